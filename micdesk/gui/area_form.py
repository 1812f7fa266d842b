"""The form of one work-plan row: its context (collapsible), indicators and narrative.

A form shows at once with its first few indicators; the others are built one at a
time (``build_next``) while the window is idle, top to bottom, so that no click or
keystroke waits for a whole 50-indicator form. Asking for an editor not built yet
(``form.editor(code)``) builds it, and those above it, there and then.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from micdesk.core.vocabulary import NarrativeField
from micdesk.core.workplan import IndicatorDefinition, WorkPlanArea, pick_text
from micdesk.gui.commands import Editing
from micdesk.gui.editors import IndicatorEditor
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.narrative_editor import NarrativeEditor
from micdesk.gui.wrapped_label import WrappedLabel

CONTEXT_COLUMNS = ("description", "tools", "government_role", "outcomes", "outputs")
CONTEXT_MAX_HEIGHT = 200  # pixels of context shown at once when opened (it scrolls)
INITIAL_EDITORS = 2  # built with the form: what a 768-pixel screen shows of it (the rest follows)


class TitledPart(QWidget):
    """A part of the form: its title, then a framed box (``body``) holding its fields.

    Drawn as a group box looks, but with a plain frame: QGroupBox's frame (Fusion's) is
    drawn over its whole height whatever part is shown, ~2 ms for a 500-indicator row
    at every switch and every repaint after a commit; this one costs ~0.1 ms.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QFrame()
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

    def setTitle(self, title: str) -> None:  # noqa: N802 (QGroupBox's name)
        """Set the part's title."""
        self.title.setText(title)


class AreaForm(RetranslatedOnLanguageChange, QWidget):
    """Everything a focal point fills in for one area."""

    historyRequested = Signal(str, str)
    contextToggled = Signal(bool)

    def __init__(
        self,
        editing: Editing,
        area: WorkPlanArea,
        language: str,
        locale: QLocale,
        context_expanded: bool = True,
        parent: QWidget | None = None,
        initial_editors: int = INITIAL_EDITORS,
    ) -> None:
        super().__init__(parent)
        self.session, self.area = editing.session, area
        self._language, self._locale = language, locale
        self.heading = WrappedLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.context_button = QToolButton()
        self.context_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.context_button.setCheckable(True)
        self.context_button.setChecked(context_expanded)
        self.context_button.setAutoRaise(True)
        self.context_button.toggled.connect(self._toggle_context)
        self.context = QWidget()
        context_layout = QVBoxLayout(self.context)
        context_layout.setContentsMargins(16, 0, 0, 0)
        self.context_titles: dict[str, QLabel] = {}
        self.context_texts: dict[str, QLabel] = {}
        for column in CONTEXT_COLUMNS:
            title, text = QLabel(), WrappedLabel()
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.context_titles[column], self.context_texts[column] = title, text
            context_layout.addWidget(title)
            context_layout.addWidget(text)
        # Opened, the context scrolls in a band of its own instead of pushing the
        # indicators a screen down.
        self.context_view = QScrollArea()
        self.context_view.setWidgetResizable(True)
        self.context_view.setFrameShape(QScrollArea.Shape.NoFrame)
        self.context_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.context_view.setMaximumHeight(CONTEXT_MAX_HEIGHT)
        self.context_view.setWidget(self.context)
        if not context_expanded:  # (show() before it has a parent would open a window)
            self.context_view.hide()

        self._editing = editing
        self.indicators_box = TitledPart()
        self._indicators_layout = QVBoxLayout(self.indicators_box.body)
        self._pending: list[IndicatorDefinition] = list(
            self.session.template.indicators_of(area.code)
        )
        self._pending_codes = {indicator.code for indicator in self._pending}
        self._codes = [indicator.code for indicator in self._pending]  # in the form's order
        self._narrative_built = False
        self._measured = 0  # editors measured ahead of the form's first show (see measure_next)
        self._indicator_count = len(self._pending)
        self._editors: dict[str, IndicatorEditor] = {}
        # The narrative comes after every indicator (and last in the Tab order): it is
        # built once the indicators are.
        self.narrative_box = TitledPart()
        self.narrative_box.hide()
        self._narratives: dict[NarrativeField, NarrativeEditor] = {}

        # Compact for a laptop screen (issue 15): the row's title and its context switch
        # share one line, and the indicators sit close together, so that a 614-pixel
        # high window (1366×768 at 125 %) shows six or more values without scrolling.
        self._indicators_layout.setContentsMargins(4, 2, 4, 2)
        self._indicators_layout.setSpacing(0)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.context_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.context_view)
        layout.addWidget(self.indicators_box)
        layout.addWidget(self.narrative_box)
        layout.addStretch(1)
        self.session.valueChanged.connect(self._on_value_changed)
        self.session.indicatorFindingsChanged.connect(self._on_findings_changed)
        self.session.seriesRead.connect(self._on_series_read)
        self.retranslate_ui()
        for _ in range(initial_editors):
            self.build_next()
        if not self._pending:
            self.build_next()  # the narrative

    # -- building, a part at a time ------------------------------------------------------

    def pending(self) -> bool:
        """Whether some of the form is still to be built."""
        return not self._narrative_built

    def measured(self) -> bool:
        """Whether the form has been measured ahead of its first show (or shown)."""
        return self._measured > self._indicator_count

    def measure_next(self, form_width: int, editor_width: int) -> None:
        """Polish and measure the next editor (then the form) at the widths it will have.

        Done while the window is idle, so that the form's first show finds its styles
        applied and its wrapped texts laid out (the labels keep their height per width)
        instead of doing it all for some fifty editors at once.
        """
        editors = self.built_editors()
        if self._measured < len(editors):
            editor = editors[self._measured]
            editor.ensurePolished()
            editor.heightForWidth(editor_width)
        else:
            self.ensurePolished()
            self.heightForWidth(form_width)
        self._measured += 1

    def has_indicator(self, code: str) -> bool:
        """Whether an indicator is on this form, its editor built yet or not."""
        return code in self._editors or code in self._pending_codes

    def editor(self, code: str) -> IndicatorEditor:
        """An indicator's editor, built now (with those above it) if it is not yet.

        KeyError when the indicator is not on this form.
        """
        if code not in self._editors:
            if code not in self._pending_codes:
                raise KeyError(code)
            self.build_until(code)
        return self._editors[code]

    def narrative(self, field: NarrativeField | str) -> NarrativeEditor:
        """A narrative field's editor, built now (after every indicator) if it is not yet."""
        self.build_all()
        return self._narratives[NarrativeField(field)]

    def built_editors(self) -> list[IndicatorEditor]:
        """The editors built so far (without building the others)."""
        return list(self._editors.values())

    def built_count(self) -> int:
        """How many indicator editors are built."""
        return len(self._editors)

    def built_narratives(self) -> list[NarrativeEditor]:
        """The narrative fields, if built yet (without building them)."""
        return list(self._narratives.values())

    def build_next(self) -> None:
        """Build the next indicator's editor, or the narrative after the last one."""
        if self._pending:
            indicator = self._pending.pop(0)
            self._pending_codes.discard(indicator.code)
            editor = IndicatorEditor(self._editing, indicator, self._language, self._locale)
            editor.historyRequested.connect(self.historyRequested)
            editor.nextRequested.connect(self.focus_after)
            self._editors[indicator.code] = editor
            self._indicators_layout.addWidget(editor)
            return
        if self._narrative_built:
            return
        self._narrative_built = True
        narrative_layout = QVBoxLayout(self.narrative_box.body)
        for field in NarrativeField:
            narrative = NarrativeEditor(self._editing, self.area.code, field)
            self._narratives[field] = narrative
            narrative_layout.addWidget(narrative)
        self.narrative_box.show()

    def focus_after(self, code: str) -> None:
        """Put the focus on the value of the indicator after ``code`` (or the narrative)."""
        codes = self._codes
        position = codes.index(code) + 1 if code in codes else len(codes)
        if position < len(codes):
            field = self.editor(codes[position]).focus_cell("")
        else:
            field = self.narrative(NarrativeField.PROGRESS).edit
            field.setFocus(Qt.FocusReason.TabFocusReason)
        scroll = self.parentWidget().parentWidget() if self.parentWidget() else None
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(field, 20, 40)

    def build_until(self, key: str | NarrativeField | None) -> None:
        """Build the editors down to an indicator's (a narrative field or None: all)."""
        if key is None or isinstance(key, NarrativeField):
            self.build_all()
        while key in self._pending_codes:
            self.build_next()

    def build_all(self) -> None:
        """Build what is left of the form."""
        while self.pending():
            self.build_next()

    def _on_value_changed(self, code: str, cell: str) -> None:
        editor = self._editors.get(code)  # one not built yet reads the value when built
        if editor is not None:
            editor._on_value_changed(code, cell)

    def _on_series_read(self, area_code: str) -> None:
        if area_code == self.area.code:
            for editor in self.built_editors():
                editor.show_trend()

    def _on_findings_changed(self, code: str) -> None:
        editors = self.built_editors() if not code else [self._editors.get(code)]
        for editor in editors:
            if editor is not None:
                editor._show_findings()

    def set_language(self, language: str, locale: QLocale) -> None:
        """Show the form in another language and number format."""
        self._language, self._locale = language, locale
        for editor in self.built_editors():
            editor.set_language(language, locale)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text of the form in the current language."""
        template = self.session.template

        def text(texts) -> str:
            return pick_text(texts, self._language, template.default_language)

        self.heading.setText(text(self.area.title))
        self.context_button.setText(self.tr("Context of this work-plan row"))
        titles = {
            "description": self.tr("Description"),
            "tools": self.tr("UNIDO tools"),
            "government_role": self.tr("Role of MIC governments"),
            "outcomes": self.tr("Main outcomes"),
            "outputs": self.tr("UNIDO MIC-specific outputs"),
        }
        for column in CONTEXT_COLUMNS:
            content = text(getattr(self.area, column))
            self.context_titles[column].setText(titles[column])
            self.context_texts[column].setText(content)
            self.context_titles[column].setVisible(bool(content))
            self.context_texts[column].setVisible(bool(content))
        self.indicators_box.setTitle(self.tr("Success indicators"))
        self.narrative_box.setTitle(self.tr("Narrative"))
        self._toggle_arrow()

    def _toggle_arrow(self) -> None:
        expanded = self.context_button.isChecked()
        arrow = (
            Qt.ArrowType.DownArrow
            if expanded
            else (
                Qt.ArrowType.LeftArrow
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.ArrowType.RightArrow
            )
        )
        self.context_button.setArrowType(arrow)

    def _toggle_context(self, expanded: bool) -> None:
        self.context_view.setVisible(expanded)
        self._toggle_arrow()
        self.contextToggled.emit(expanded)

    def set_context_expanded(self, expanded: bool) -> None:
        """Show or hide the context without emitting a change."""
        self.context_button.blockSignals(True)
        self.context_button.setChecked(expanded)
        self.context_button.blockSignals(False)
        self.context_view.setVisible(expanded)
        self._toggle_arrow()
