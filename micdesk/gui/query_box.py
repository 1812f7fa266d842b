"""UNIDO's questions beside the field they are about: the question, what UNIDO saw, the answer.

A query is open until it is answered, in text and/or by changing the value; "Will
answer later" keeps it open but lets a final export go. Every text here is UNIDO's or
the user's, shown as plain text.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.queries import QueryState, ReviewRefused
from micdesk.gui.dialog_layout import column
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.numbers import format_number
from micdesk.gui.review_messages import review_refusal_message
from micdesk.gui.session import SubmissionSession
from micdesk.gui.wrapped_label import WrappedLabel

QUERY_STYLE = "background: #e8f0fe; border-radius: 3px; padding: 2px 4px;"
CHANGED_STYLE = "color: #5c3c00; background: #fff0c2; border-radius: 3px; padding: 2px 4px;"
ANSWERED_STYLE = "color: #2e7d32;"


def shown_value(text: str, numeric: bool, locale: QLocale) -> str:
    """What UNIDO saw (canonical text) as the user reads numbers; a dash when empty."""
    if not text:
        return "—"
    if numeric:
        try:
            return format_number(Decimal(text), locale)
        except (InvalidOperation, ValueError):
            pass
    return text


class QueryItem(RetranslatedOnLanguageChange, QFrame):
    """One query: UNIDO's question, the value it saw, the answer field and its buttons."""

    def __init__(
        self,
        session: SubmissionSession,
        query: QueryState,
        where: str,
        numeric: bool,
        locale: QLocale,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.query, self.where = session, query, where
        self._numeric, self._locale = numeric, locale
        self.setObjectName(f"query-{query.query_id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.question = WrappedLabel()
        self.question.setStyleSheet(QUERY_STYLE)
        self.seen = WrappedLabel()
        # Object names for the tests and the screenshots; signals connected as Qt keywords.
        self.answer = QLineEdit(query.answer, objectName="query-answer", returnPressed=self.submit)
        self.answer_button = QPushButton(objectName="query-answer-button", clicked=self.submit)
        self.later = QCheckBox(
            objectName="query-later", checked=query.answer_later, clicked=self._mark_later
        )
        self.reopen = QPushButton(
            objectName="query-reopen", clicked=lambda: self._apply(self.session.reopen_query)
        )
        self.problem = WrappedLabel()
        self.problem.setStyleSheet(CHANGED_STYLE)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.answer, 1)
        row.addWidget(self.answer_button)
        row.addWidget(self.later)
        row.addWidget(self.reopen)
        column(self, self.question, self.seen, row, self.problem, margins=(0, 2, 0, 2), spacing=2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        query = self.query
        prefix = f"{self.where}: " if self.where else ""
        self.question.setText(prefix + fill(self.tr("UNIDO asks: %1"), query.question))
        if query.indicator_code or query.field:
            seen = fill(
                self.tr("UNIDO saw: %1"),
                shown_value(query.value_seen, self._numeric, self._locale),
            )
            if query.changed_since:
                seen += "  ·  " + fill(
                    self.tr("changed since: now %1"),
                    shown_value(query.value_now, self._numeric, self._locale),
                )
            self.seen.setText(seen)
            self.seen.setStyleSheet(CHANGED_STYLE if query.changed_since else "")
        self.seen.setVisible(bool(query.indicator_code or query.field))
        self.answer.setPlaceholderText(
            self.tr("Your answer (or correct the value and press Answer)")
        )
        self.answer.setAccessibleName(self.tr("Answer to UNIDO"))
        self.answer_button.setText(self.tr("Answer") if query.is_open else self.tr("Change answer"))
        self.later.setText(self.tr("Will answer later"))
        self.reopen.setText(self.tr("Reopen"))
        answered = not query.is_open
        self.later.setVisible(not answered)
        self.reopen.setVisible(answered)
        if answered:
            self.question.setText(self.question.text() + "  ✓ " + self.tr("Answered"))

    def submit(self) -> None:
        """Answer the query with the text typed (or with the corrected value alone)."""
        text = self.answer.text()
        self._apply(lambda query_id: self.session.answer_query(query_id, text))

    def _mark_later(self, checked: bool) -> None:
        self._apply(lambda query_id: self.session.mark_answer_later(query_id, checked))

    def _apply(self, action) -> None:
        try:
            action(self.query.query_id)
        except ReviewRefused as error:
            self.problem.setText(self._refusal(error))
            self.problem.show()
            return
        self.problem.hide()

    def _refusal(self, error: ReviewRefused) -> str:
        return review_refusal_message(error.key, error.params, str(error))


class QueryBox(QWidget):
    """Every query about one indicator (or one area's narrative), one under another."""

    def __init__(
        self,
        session: SubmissionSession,
        locale: QLocale,
        *,
        indicator_code: str = "",
        area_code: str = "",
        fields: tuple[str, ...] = (),
        cell_label=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self._locale = session, locale
        self.indicator_code, self.area_code = indicator_code, area_code
        self.fields = fields  # an area's narrative fields ("" = the whole area) it shows
        self._cell_label = cell_label  # cell key → its label in the user's language
        self.setObjectName(f"queries-{indicator_code or area_code}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.items: list[QueryItem] = []
        session.queriesChanged.connect(self.refresh)
        self.refresh()

    def queries(self) -> list[QueryState]:
        """The queries this box shows."""
        if self.indicator_code:
            return self.session.queries_of(self.indicator_code)
        return [
            q
            for q in self.session.queries
            if not q.indicator_code and q.area_code == self.area_code and q.field in self.fields
        ]

    def set_locale(self, locale: QLocale) -> None:
        """Show numbers in another locale."""
        self._locale = locale
        self.refresh()

    def refresh(self) -> None:
        """Show the queries as they now stand."""
        queries = self.queries()
        typing = {
            item.query.query_id: item.answer.text()
            for item in self.items
            if item.answer.isModified()
        }
        for item in self.items:
            item.setParent(None)
            item.deleteLater()
        self.items = []
        numeric = False
        if self.indicator_code and self.session.template.has_indicator(self.indicator_code):
            numeric = self.session.template.indicator(self.indicator_code).kind.is_numeric
        for query in queries:
            where = self._cell_label(query.cell) if self._cell_label and query.cell else ""
            if query.field:
                where = query.field
            item = QueryItem(self.session, query, where, numeric, self._locale, self)
            if query.query_id in typing and query.is_open:
                item.answer.setText(typing[query.query_id])  # half-typed text is kept
            self._layout.addWidget(item)
            item.show()  # its box is its parent: never a window of its own
            self.items.append(item)
        if not queries:
            self.hide()
        elif self.parent() is not None:  # a parentless show() would open a window of its own
            self.show()
