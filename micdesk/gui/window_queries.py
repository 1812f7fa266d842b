"""UNIDO's questions in the main window: loading a review, the panel's list, going to one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from micdesk.core.vocabulary import NarrativeField
from micdesk.gui.form_scheduler import scroll_of


class WindowQueries:
    """File → Load a UNIDO review…, and the problems panel's "UNIDO asks" (MainWindow's part)."""

    def show_load_review(self) -> None:
        """Read a review workbook from UNIDO and keep its questions to answer."""
        from micdesk.gui.dialogs.review_load import LoadReviewDialog

        self._commit_focused_field()
        dialog = LoadReviewDialog(self.store, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._show_review_loaded)
        dialog.open()
        self.load_review_dialog = dialog

    def _show_review_loaded(self, country: str, period: str) -> None:
        """Open the return the review is about, its questions beside their fields."""
        session = self.session
        if session is not None and (
            session.submission.country,
            session.submission.period,
        ) == (country, period):
            session.reload_queries()
        else:
            self.open_submission(country, period)

    def _watch_queries(self) -> None:
        """List the session's open questions in the problems panel, now and as they change."""
        session, panel = self.session, self.validation_panel
        if session is None or panel is None:
            return
        session.queriesChanged.connect(lambda: panel.set_queries(session.queries))
        panel.set_queries(session.queries)

    def _go_to_query(self, indicator_code: str, area_code: str) -> None:
        """Show the field a question is about and put the focus on its answer."""
        form = None if self.session is None else self.shown_form(area_code)
        if form is None:
            return
        if indicator_code and form.has_indicator(indicator_code):
            box = form.editor(indicator_code).queries
        else:
            boxes = [form.narrative(field).queries for field in NarrativeField]
            box = next((b for b in boxes if b.items), None)
        if box is None or not box.items:
            return
        item = next((i for i in box.items if i.query.is_open), box.items[0])
        item.answer.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = scroll_of(form)
        QTimer.singleShot(0, item, lambda: scroll.ensureWidgetVisible(item, 40, 80))
