"""The editor of one narrative field of a work-plan row, with its character counter."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from micdesk.core.placeholders import fill
from micdesk.core.vocabulary import NARRATIVE_MAX_LENGTH, NarrativeField
from micdesk.gui.commands import Editing
from micdesk.gui.dialog_layout import column, row
from micdesk.gui.field_look import (
    ERROR_STYLE,
    HINT_IN_BANNER_BOX_STYLE,
    CommitOnFocusOut,
    set_style,
)
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.numbers import format_integer
from micdesk.gui.query_box import QueryBox
from micdesk.gui.wrapped_label import WrappedLabel

FIRST_FIELD = next(iter(NarrativeField))  # also shows questions on the whole area


class NarrativeEditor(RetranslatedOnLanguageChange, QWidget):
    """One narrative field of an area, with a character counter; committed on leaving it."""

    def __init__(
        self, editing: Editing, area_code: str, field: NarrativeField, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.editing = editing.session, editing
        self.area_code, self.field = area_code, field
        self.label = WrappedLabel()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.label.setBuddy(self.edit)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.error = WrappedLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._committer = CommitOnFocusOut(self.commit, self)
        self.edit.installEventFilter(self._committer)
        self.edit.textChanged.connect(self._count)
        footer = row(self.error, self.counter, stretch=self.error)
        column(self, self.label, self.edit, footer, margins=(0, 0, 0, 0))
        self.queries: QueryBox | None = None
        self._query_fields = (field.value, "") if field == FIRST_FIELD else (field.value,)
        self.session.queriesChanged.connect(self._show_queries)
        self._show_queries()
        self.session.narrativeChanged.connect(self._on_changed)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        """Set every text of the field in the current language."""
        titles = {
            NarrativeField.PROGRESS: self.tr("Pro&gress made in the period"),
            NarrativeField.CHALLENGES: self.tr("Ch&allenges met"),
            NarrativeField.SUPPORT: self.tr("Support &needed from UNIDO"),
        }
        self.label.setText(titles[self.field])
        self.edit.setAccessibleName(titles[self.field].replace("&", ""))
        self._count()

    def _show_queries(self) -> None:
        if self.queries is not None:
            return
        box_fields = self._query_fields
        asked = any(
            not q.indicator_code and q.area_code == self.area_code and q.field in box_fields
            for q in self.session.queries
        )
        if asked:
            self.queries = QueryBox(
                self.session, QLocale(), area_code=self.area_code, fields=box_fields
            )
            self.layout().addWidget(self.queries)

    def _on_changed(self, area: str, field: str) -> None:
        if area == self.area_code and field == self.field.value:
            self.refresh()

    def refresh(self) -> None:
        """Show the stored text."""
        text = self.session.narrative(self.area_code, self.field)
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)

    def _count(self) -> None:
        length = len(self.edit.toPlainText())
        self.counter.setText(
            fill(
                self.tr("%1 / %2 characters"),
                format_integer(length),
                format_integer(NARRATIVE_MAX_LENGTH),
            )
        )
        too_long = length > NARRATIVE_MAX_LENGTH
        set_style(self.counter, ERROR_STYLE if too_long else HINT_IN_BANNER_BOX_STYLE)
        if too_long:
            self.error.setText(
                fill(
                    self.tr("At most %1 characters: shorten the text to save it."),
                    format_integer(NARRATIVE_MAX_LENGTH),
                )
            )
        self.error.setVisible(too_long)

    def commit(self) -> bool:
        """Save the text if it changed and fits; True when what is shown is saved."""
        text = self.edit.toPlainText()
        if len(text) > NARRATIVE_MAX_LENGTH:
            return False
        return self.editing.edit_narrative(self.area_code, self.field, text)
