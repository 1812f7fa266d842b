"""The form of one work-plan row: its context (collapsible), indicators and narrative."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from micdesk.core.model import NarrativeField
from micdesk.core.workplan import WorkPlanArea, pick_text
from micdesk.gui.commands import Editing
from micdesk.gui.editors import IndicatorEditor, NarrativeEditor
from micdesk.gui.session import SubmissionSession

CONTEXT_COLUMNS = ("description", "tools", "government_role", "outcomes", "outputs")


class AreaForm(QWidget):
    """Everything a focal point fills in for one area."""

    historyRequested = Signal(str, str)
    contextToggled = Signal(bool)

    def __init__(
        self,
        session: SubmissionSession,
        editing: Editing,
        area: WorkPlanArea,
        language: str,
        locale: QLocale,
        context_expanded: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.area = session, area
        self._language, self._locale = language, locale
        self.heading = QLabel()
        self.heading.setWordWrap(True)
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
            title, text = QLabel(), QLabel()
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.context_titles[column], self.context_texts[column] = title, text
            context_layout.addWidget(title)
            context_layout.addWidget(text)
        self.context.setVisible(context_expanded)

        self.indicators_box = QGroupBox()
        indicators_layout = QVBoxLayout(self.indicators_box)
        self.editors: dict[str, IndicatorEditor] = {}
        for indicator in session.template.indicators_of(area.code):
            editor = IndicatorEditor(session, editing, indicator, language, locale)
            editor.historyRequested.connect(self.historyRequested)
            self.editors[indicator.code] = editor
            indicators_layout.addWidget(editor)
        self.narrative_box = QGroupBox()
        narrative_layout = QVBoxLayout(self.narrative_box)
        self.narratives: dict[NarrativeField, NarrativeEditor] = {}
        for field in NarrativeField:
            self.narratives[field] = NarrativeEditor(session, editing, area.code, field)
            narrative_layout.addWidget(self.narratives[field])

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.context_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.context)
        layout.addWidget(self.indicators_box)
        layout.addWidget(self.narrative_box)
        layout.addStretch(1)
        session.valueChanged.connect(self._on_value_changed)
        session.indicatorFindingsChanged.connect(self._on_findings_changed)
        self.retranslate_ui()

    def _on_value_changed(self, code: str, cell: str) -> None:
        editor = self.editors.get(code)
        if editor is not None:
            editor._on_value_changed(code, cell)

    def _on_findings_changed(self, code: str) -> None:
        editors = self.editors.values() if not code else [self.editors.get(code)]
        for editor in editors:
            if editor is not None:
                editor._show_findings()

    def set_language(self, language: str, locale: QLocale) -> None:
        """Show the form in another language and number format."""
        self._language, self._locale = language, locale
        for editor in self.editors.values():
            editor.set_language(language, locale)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        self.context.setVisible(expanded)
        self._toggle_arrow()
        self.contextToggled.emit(expanded)

    def set_context_expanded(self, expanded: bool) -> None:
        """Show or hide the context without emitting a change."""
        self.context_button.blockSignals(True)
        self.context_button.setChecked(expanded)
        self.context_button.blockSignals(False)
        self.context.setVisible(expanded)
        self._toggle_arrow()
