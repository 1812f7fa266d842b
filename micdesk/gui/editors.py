"""The editor of one indicator (a narrative field's is in ``narrative_editor``).

Each editor shows what the session holds and hands every committed change to
``Editing`` (the one write path). Nothing is saved on a keystroke; a field is
committed on Enter, Tab or leaving it, a choice when it is picked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.records import ValueState
from micdesk.core.validation import Rule, Severity
from micdesk.core.workplan import IndicatorDefinition, pick_text
from micdesk.gui.breakdown_grid import BreakdownGrid, GridHolder
from micdesk.gui.breakdown_model import DisaggregationModel
from micdesk.gui.commands import Editing
from micdesk.gui.dialog_layout import column
from micdesk.gui.field_look import (
    ERROR_STYLE,
    HINT_IN_BANNER_BOX_STYLE,
    HINT_STYLE,
    STATE_DONE_STYLE,
    STATE_ERROR_STYLE,
    STATE_TODO_STYLE,
    STATE_WARNING_STYLE,
    WARNING_STYLE,
    focus_next,
    set_style,
)
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.kinds import ChecksValueEditor, ChoiceValueEditor, LineValueEditor, value_editor
from micdesk.gui.kinds.line import in_locale
from micdesk.gui.messages import finding_message, notation_text, unit_text
from micdesk.gui.models import NOTATIONS
from micdesk.gui.numbers import format_number
from micdesk.gui.plain_text import plain, plain_tooltip
from micdesk.gui.query_box import QueryBox
from micdesk.gui.trend import TrendChart
from micdesk.gui.value_line import ValueLine, context_texts
from micdesk.gui.wrapped_label import WrappedLabel


class IndicatorEditor(RetranslatedOnLanguageChange, QFrame):
    """One indicator: its value (or notation), breakdown, comment, source, follow-up and context.

    The value field is the kind's (``micdesk.gui.kinds.value_editor``); this frame
    composes it with the parts every indicator has.
    """

    historyRequested = Signal(str, str)  # indicator code, cell
    nextRequested = Signal(str)  # Enter in the value: go on to the next indicator's value

    def __init__(
        self,
        editing: Editing,
        indicator: IndicatorDefinition,
        language: str,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editing, self.indicator = editing, indicator
        self.session = editing.session
        self._language, self._locale = language, locale
        self.setObjectName(f"indicator-{indicator.code}")
        kind = indicator.kind

        self.title = WrappedLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = WrappedLabel()
        self.hint.setStyleSheet(HINT_STYLE)
        self.trend = TrendChart()
        if not kind.is_numeric:
            # Only ever hidden before it has a parent: show() on a parentless widget opens
            # it as a window of its own (which takes the focus from the main window).
            self.trend.hide()

        self.value_label = QLabel()
        self.value = value_editor(self.session.template, indicator, language, locale, self)
        self.value.committed.connect(self._commit_value)
        self.value.problem.connect(self._show_input_error)
        if isinstance(self.value, LineValueEditor):
            self.value.kept.connect(self._keep_unsaved)
            self.value.settled.connect(self._drop_unsaved)
            # Enter goes down to the next indicator's value, as in a spreadsheet; Tab
            # visits the key and the details on the way.
            self.value.line.returnPressed.connect(
                lambda: self.nextRequested.emit(self.indicator.code)
            )
        value_widget = self.value.widget
        self.value_label.setBuddy(value_widget)
        self.unit = QLabel()
        plain(self.unit)  # the template's unit
        self.notation = QComboBox()
        for notation in NOTATIONS:
            self.notation.addItem("", notation)
        self.notation.activated.connect(self._commit_notation)
        # Narrow when closed ("NA — not app…"); the list opens at full width.
        self.notation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.notation.setMinimumContentsLength(8)
        self.notation_label = QLabel()
        self.notation_label.setBuddy(self.notation)
        self.context = WrappedLabel()
        self.context.setStyleSheet(HINT_STYLE)
        self.input_error = WrappedLabel()
        self.input_error.setStyleSheet(ERROR_STYLE)
        self.input_error.hide()
        self.findings = WrappedLabel()
        self.findings.hide()

        self.grid: BreakdownGrid | None = None
        self.grid_model: DisaggregationModel | None = None
        self.grid_status = WrappedLabel()
        if indicator.disaggregation:
            self._build_grid()

        self.comment_label, self.comment = QLabel(), QLineEdit()
        self.source_label, self.source = QLabel(), QLineEdit()
        self.comment_label.setBuddy(self.comment)
        self.source_label.setBuddy(self.source)
        for edit, attribute in ((self.comment, "comment"), (self.source, "source")):
            edit.editingFinished.connect(lambda e=edit, a=attribute: self._commit_text(e, a))
            edit.returnPressed.connect(lambda e=edit: focus_next(e))
        self.follow_up = QCheckBox()
        self.follow_up.clicked.connect(self._commit_follow_up)
        self.history = QPushButton()
        self.history.clicked.connect(lambda: self.historyRequested.emit(indicator.code, ""))

        # A compact row per indicator (DHIS2-like): what is typed is in one line under its
        # label; the rest (hint, breakdown, comment, source, follow-up, trend, history) is
        # in a details part that takes no room until it is opened or holds something.
        self.state = QLabel()
        self.state.setObjectName("indicator-state")
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.details_button = QToolButton()
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.toggled.connect(self._toggle_details)
        self.details = QWidget()
        self.details.hide()  # (before it has a parent, see the trend chart above)
        self.context.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        # Two lines per indicator (issue 15: six or more in view on a laptop): its title
        # with its state and the details switch; then the value, its key, and the
        # previous period, baseline and target beside them (wrapped when long).
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addSpacing(8)
        # (as high as the switch, so that both texts sit on the title's first line)
        self.state.setMinimumHeight(self.details_button.sizeHint().height())
        title_row.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_label)
        value_row.addWidget(value_widget, 1 if self.value.stretches else 0)
        value_row.addWidget(self.unit)
        value_row.addSpacing(8)
        value_row.addWidget(self.notation_label)
        value_row.addWidget(self.notation)
        value_row.addStretch(0)
        self.value_line = ValueLine(value_row, self.context)
        notes = QGridLayout()
        notes.addWidget(self.comment_label, 0, 0)
        notes.addWidget(self.comment, 0, 1)
        notes.addWidget(self.source_label, 1, 0)
        notes.addWidget(self.source, 1, 1)
        flags = QHBoxLayout()
        flags.addWidget(self.follow_up)
        flags.addStretch(1)
        flags.addWidget(self.history)
        notes.addLayout(flags, 2, 0, 1, 2)
        notes.setColumnStretch(1, 1)
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.trend, 0, Qt.AlignmentFlag.AlignTop)
        details_layout.addLayout(hint_row)
        if self.grid is not None:
            details_layout.addWidget(self.grid_holder)
            details_layout.addWidget(self.grid_status)
        details_layout.addLayout(notes)

        column(
            self,
            title_row,
            self.value_line,
            self.input_error,
            self.findings,
            self.details,
            margins=(6, 2, 6, 2),
            spacing=1,
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        # UNIDO's questions: a box only where there are some (most indicators have none).
        self.queries: QueryBox | None = None
        self.session.queriesChanged.connect(self._show_queries)
        self._show_queries()
        # The breakdown is where a disaggregated figure is typed: open from the start.
        self.details_button.setChecked(self.grid is not None)

        # The form passes on the session's changes of this indicator (one connection per
        # form, not one per editor: a commit then calls the editors concerned only).
        self.retranslate_ui()
        self.refresh()

    # -- building ------------------------------------------------------------------------

    @property
    def value_edit(self) -> QLineEdit | None:
        """The typed-text field, for kinds read from text."""
        return self.value.line if isinstance(self.value, LineValueEditor) else None

    @property
    def value_combo(self) -> QComboBox | None:
        """The drop-down, for kinds picked from options."""
        return self.value.combo if isinstance(self.value, ChoiceValueEditor) else None

    @property
    def choice_boxes(self) -> list[QCheckBox]:
        """The check boxes, for kinds of several options."""
        return self.value.boxes if isinstance(self.value, ChecksValueEditor) else []

    def _build_grid(self) -> None:
        self.grid_model = DisaggregationModel(
            self.session, self.editing, self.indicator, self._language, self._locale, self
        )
        self.grid = BreakdownGrid()
        self.grid.setModel(self.grid_model)
        self.grid.pasteProblems.connect(self._show_input_error)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header, rows = self.grid.horizontalHeader(), self.grid.verticalHeader()
        # Rows measured once, here, and then fixed: a row holds one line of text whatever
        # its value (ResizeToContents would ask every cell its size at every show).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        heights = [
            max(rows.sectionSizeHint(i), self.grid.sizeHintForRow(i))
            for i in range(self.grid_model.rowCount())
        ]
        for i, row_height in enumerate(heights):
            rows.resizeSection(i, row_height)
        height = header.sizeHint().height() + 2 * self.grid.frameWidth() + sum(heights)
        self.grid_holder = GridHolder(self.grid, height)
        self.grid_model.invalidInput.connect(self._show_input_error)

    # -- texts ---------------------------------------------------------------------------

    def set_language(self, language: str, locale: QLocale) -> None:
        """Show the indicator in another language and number format.

        What is typed and not yet committed stays in its field: a number that reads in
        the old locale is shown in the new one (the same number), any other text as typed.
        """
        old_locale = self._locale
        typed = self.value.uncommitted()
        comment, source = self.comment.text(), self.source.text()
        cell = self._open_grid_editor()
        cell_text = cell.text() if cell is not None else None
        self._language, self._locale = language, locale
        if self.grid_model is not None:
            self.grid_model.set_locale(language, locale)
        self.value.set_locale(language, locale)
        if self.queries is not None:
            self.queries.set_locale(locale)
        self.retranslate_ui()
        self.refresh()
        if typed is not None and isinstance(self.value, LineValueEditor):
            self.value.line.setText(in_locale(self.indicator, typed, old_locale, locale))
            self.value.check_typing(self.value.line.text())
        for edit, text in ((self.comment, comment), (self.source, source)):
            if edit.text() != text:
                edit.setText(text)
        if cell is not None and cell_text is not None:
            cell.setText(in_locale(self.indicator, cell_text, old_locale, locale))

    def _show_queries(self) -> None:
        if self.queries is None and self.session.queries_of(self.indicator.code):
            self.queries = QueryBox(
                self.session,
                self._locale,
                indicator_code=self.indicator.code,
                cell_label=lambda cell: self.session.template.cell_label(
                    self.indicator, cell, self._language
                ),
            )
            layout = self.layout()
            layout.insertWidget(layout.indexOf(self.details), self.queries)

    def _open_grid_editor(self) -> QLineEdit | None:
        """The breakdown cell being typed in, if any."""
        if self.grid is None or self.grid.state() != QAbstractItemView.State.EditingState:
            return None
        editors = [e for e in self.grid.viewport().findChildren(QLineEdit) if e.isVisible()]
        return editors[0] if editors else None

    def _text(self, texts) -> str:
        return pick_text(texts, self._language, self.session.template.default_language)

    def retranslate_ui(self) -> None:
        """Set every text of the editor in the current language."""
        indicator = self.indicator
        label = self._text(indicator.label)
        self.title.setText(fill(self.tr("%1  %2"), indicator.code, label))
        self.hint.setText(self._text(indicator.hint))
        self.hint.setVisible(bool(self._text(indicator.hint)))
        self.title.setToolTip(plain_tooltip(self._text(indicator.hint)))
        self.unit.setText(unit_text(indicator.unit))
        self.value_label.setText(self.tr("Value:"))
        self.notation_label.setText(self.tr("No figure?"))
        self.details_button.setToolTip(
            self.tr("Hint, breakdown, comment, source, follow-up, trend and history")
        )
        self.details_button.setAccessibleName(fill(self.tr("%1 details"), indicator.code))
        self._show_details_button()
        for i, notation in enumerate(NOTATIONS):
            self.notation.setItemText(i, notation_text(notation))
        self.notation.setToolTip(
            self.tr("Blank is not zero: choose NA, NE or C when there is no figure.")
        )
        self.notation.setWhatsThis(
            self.tr(
                "<b>Notation key</b>: what to say when there is no figure (a blank is not "
                "zero).<br><b>NA — not applicable</b>: the indicator does not apply to your "
                "country in this period.<br><b>NE — not estimated</b>: it applies, but no figure "
                "exists or could be estimated.<br><b>C — confidential</b>: a figure exists but "
                "cannot be shared.<br>A cell holds a value or a key, never both."
            )
        )
        self.comment_label.setText(self.tr("Comment:"))
        self.source_label.setText(self.tr("Source:"))
        self.follow_up.setText(self.tr("Follow up"))
        self.history.setText(self.tr("History…"))
        self.value.retranslate(fill(self.tr("%1 value"), indicator.code), label)
        self.notation.setAccessibleName(fill(self.tr("%1 notation key"), indicator.code))
        self.comment.setAccessibleName(fill(self.tr("%1 comment"), indicator.code))
        self.source.setAccessibleName(fill(self.tr("%1 source"), indicator.code))
        self.follow_up.setAccessibleName(fill(self.tr("%1 follow up"), indicator.code))
        if self.grid is not None:
            self.grid.setAccessibleName(fill(self.tr("%1 breakdown"), indicator.code))

    # -- showing -------------------------------------------------------------------------

    def _on_value_changed(self, code: str, _cell: str) -> None:
        if code == self.indicator.code:
            self.refresh()

    def display_value(self, value: Any) -> str:
        """A value as the user reads it (numbers in their locale, labels for choices)."""
        return self.value.display(value)

    def _state_text(self, state: ValueState | None) -> str:
        if state is None:
            return "—"
        if state.notation is not None:
            return state.notation.value
        return self.display_value(state.value)

    def refresh(self) -> None:
        """Show the stored state of the indicator."""
        state = self.session.state(self.indicator.code)
        notation = state.notation if state else None
        self.value.show(state.value if state else None, notation)
        unsaved = self.editing.unsaved
        kept = unsaved.text(self.indicator.code) if unsaved is not None else None
        if kept is not None and notation is None and isinstance(self.value, LineValueEditor):
            self.value.line.setText(kept)  # typed before, not a number: shown again
            self.value.check_typing(kept)
        self.notation.setCurrentIndex(NOTATIONS.index(notation))
        for edit, text in (
            (self.comment, state.comment if state else ""),
            (self.source, state.source if state else ""),
        ):
            if edit.text() != text:
                edit.setText(text)
        self.follow_up.setChecked(bool(state and state.follow_up))
        self._show_details_button()
        self._show_context()
        self._show_findings()
        self.show_trend()

    def show_trend(self) -> None:
        """Draw the indicator's series, once its row's were read (the window reads them)."""
        if not self.indicator.kind.is_numeric:
            return
        points = self.session.known_trend(self.indicator.code)
        if points is not None:
            self.trend.set_points(points, self.session.converted(self.indicator.code))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.value_line.fit_to(event.size().width() - 12)

    def _show_context(self) -> None:
        full, compact, tooltip = context_texts(
            self.session, self.indicator.code, self._state_text, self.display_value
        )
        self.value_line.set_texts(full, compact)
        self.value_line.fit_to(self.contentsRect().width() - 12)  # (the side margins)
        self.context.setToolTip(plain_tooltip(tooltip))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self._show_details_button()

    def _show_details_button(self) -> None:
        shown = self.details_button.isChecked()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        closed = Qt.ArrowType.LeftArrow if rtl else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else closed)
        state = self.session.state(self.indicator.code)
        noted = bool(state and (state.comment or state.source or state.follow_up))
        # A closed details part says when it holds a comment, source or follow-up flag.
        self.details_button.setText(self.tr("Details •") if noted else self.tr("Details"))

    def show_details(self) -> None:
        """Open the details part (comment, source, breakdown…)."""
        self.details_button.setChecked(True)

    def _show_findings(self) -> None:
        findings = self.session.findings_of(self.indicator.code)
        state = self.session.state(self.indicator.code)
        # What needs doing is said once: an empty required value is "to do" (the state),
        # an explained warning is "explained", and the breakdown's own line says when it
        # does not add up. Only what is left (errors, warnings to explain) gets a banner.
        shown = [
            f
            for f in findings
            if not f.explained
            and f.rule != Rule.REQUIRED_MISSING
            and not (self.grid is not None and f.rule == Rule.DISAGGREGATION_MISMATCH)
        ]
        errors = any(f.severity == Severity.ERROR for f in findings)
        if not shown:
            self.findings.hide()
        else:
            only_warnings = all(f.severity != Severity.ERROR for f in shown)
            set_style(self.findings, WARNING_STYLE if only_warnings else ERROR_STYLE)
            lines = []
            for finding in shown:
                where = (
                    self.session.template.cell_label(self.indicator, finding.cell, self._language)
                    if finding.cell
                    else ""
                )
                message = finding_message(finding, self._locale)
                lines.append(f"{where}: {message}" if where else message)
            self.findings.setText("\n".join(lines))
            self.findings.show()
        if errors:
            label, style = self.tr("Error"), STATE_ERROR_STYLE
        elif shown:
            label, style = self.tr("To explain"), STATE_WARNING_STYLE
        elif findings and all(f.explained for f in findings):
            label, style = self.tr("Explained"), STATE_DONE_STYLE
        elif any(f.rule == Rule.REQUIRED_MISSING for f in findings):
            label, style = self.tr("To do"), STATE_TODO_STYLE
        elif state is not None and state.is_filled:
            label, style = self.tr("Done"), STATE_DONE_STYLE
        else:
            label, style = "", STATE_TODO_STYLE  # optional and empty: nothing to say
        self.state.setText(label)
        set_style(self.state, style)
        if self.grid_model is not None:
            total = self.session.state(self.indicator.code)
            part_sum = self.grid_model.breakdown_sum()
            mismatch = any(f.rule.value == "disaggregation_mismatch" for f in findings)
            if part_sum is None:
                text = self.tr("Enter the breakdown: the cells must add up to the total.")
            elif mismatch:
                text = fill(
                    self.tr("The breakdown adds up to %1: it does not match the total %2."),
                    format_number(part_sum, self._locale),
                    self._state_text(total),
                )
            else:
                text = fill(
                    self.tr("The breakdown adds up to %1."), format_number(part_sum, self._locale)
                )
            self.grid_status.setText(text)
            set_style(self.grid_status, ERROR_STYLE if mismatch else HINT_IN_BANNER_BOX_STYLE)

    def _show_input_error(self, message: str) -> None:
        self.input_error.setText(message)
        self.input_error.setVisible(bool(message))

    # -- committing ----------------------------------------------------------------------

    def _commit_value(self, changes: dict[str, Any]) -> None:
        self.editing.edit_value(self.indicator.code, "", **changes)

    def _keep_unsaved(self, text: str) -> None:
        if self.editing.unsaved is not None:
            self.editing.unsaved.keep(self.indicator.code, text)

    def _drop_unsaved(self) -> None:
        if self.editing.unsaved is not None:
            self.editing.unsaved.drop(self.indicator.code)

    def _commit_notation(self, index: int) -> None:
        notation = NOTATIONS[index]
        state = self.session.state(self.indicator.code)
        current = state.notation if state else None
        if notation == current:
            return
        self.editing.edit_value(self.indicator.code, "", notation=notation)

    def _commit_text(self, edit: QLineEdit, attribute: str) -> None:
        state = self.session.state(self.indicator.code)
        current = getattr(state, attribute) if state else ""
        if edit.text() != current:
            self.editing.edit_value(self.indicator.code, "", **{attribute: edit.text()})

    def _commit_follow_up(self, checked: bool) -> None:
        self.editing.edit_value(self.indicator.code, "", follow_up=checked)

    # -- navigation ----------------------------------------------------------------------

    def focus_cell(self, cell: str) -> QWidget:
        """Put the focus on the field of a cell; return that field."""
        if cell and self.grid is not None and self.grid_model is not None:
            for row in range(self.grid_model.rowCount()):
                for column in range(self.grid_model.columnCount()):
                    if self.grid_model.cell_key(row, column) == cell:
                        self.grid.setCurrentIndex(self.grid_model.index(row, column))
            self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.grid
        target = self.value.focus_widget() or self.notation
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target
