"""File → Load a UNIDO review…: read UNIDO's questions about a return and keep them to answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QListWidget,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.queries import EditedReviewRefused, ReviewRefused, ReviewToRecord, record_review
from micdesk.core.store import Store
from micdesk.core.xlsx_files import UnreadableWorkbook
from micdesk.gui.dialogs.workbook_check import WorkbookCheckDialog
from micdesk.gui.messages import keyed_message
from micdesk.gui.numbers import locale_for_language
from micdesk.gui.review_messages import review_refusal_message
from micdesk.gui.wrapped_label import WrappedLabel


class LoadReviewDialog(WorkbookCheckDialog):
    """Check a review workbook from UNIDO, show its questions, then keep them to answer."""

    applied = Signal(str, str)  # country, period

    def __init__(self, store: Store, language: str, parent: QWidget | None = None) -> None:
        super().__init__(self.check, self.load, parent)
        self.store, self.language = store, language
        self.review: ReviewToRecord | None = None
        self.load_button = self.apply_button
        self.about = WrappedLabel()
        self.questions = QListWidget()
        self.questions.setWordWrap(True)
        self.accept_edited = QCheckBox()
        self.accept_edited.hide()
        self._lay_out(self.about, self.questions, self.accept_edited, stretch=self.questions)
        self.resize(680, 480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Load a UNIDO review"))
        self.file_row.set_texts(
            self.tr("&Review workbook:"),
            self.tr("Review workbook"),
            self.tr("UNIDO review workbook"),
        )
        self.check_button.setText(self.tr("Chec&k"))
        self.load_button.setText(self.tr("Kee&p the questions to answer"))
        self.accept_edited.setText(
            self.tr("The review was edited after UNIDO wrote it: &load it anyway")
        )
        self.questions.setAccessibleName(self.tr("UNIDO's questions"))
        if self.review is not None:
            self._show(self.review)

    def _refusal(self, error: Exception) -> str:
        key, params = getattr(error, "key", ""), getattr(error, "params", {}) or {}
        if isinstance(error, ReviewRefused):
            return review_refusal_message(key, params, str(error))
        return keyed_message(key, params, str(error), locale_for_language(self.language))

    def check(self) -> None:
        """Read the review; show which return it is about and its questions."""
        self.review = None
        self.load_button.setEnabled(False)
        self.questions.clear()
        self.about.clear()
        self.accept_edited.hide()
        self.accept_edited.setChecked(False)
        from micdesk.core.review_load import read_review_to_record  # reads workbooks: openpyxl

        try:
            review = read_review_to_record(Path(self.file_row.text()))
        except (UnreadableWorkbook, OSError) as error:
            self.outcome.setText(fill(self.tr("Nothing was loaded: %1"), self._refusal(error)))
            return
        self.review = review
        self._show(review)
        self.accept_edited.setVisible(not review.intact)
        self.load_button.setEnabled(True)
        self.outcome.setText(
            self.tr("Keep the questions to answer them beside their fields.")
            if review.intact
            else review_refusal_message("review_edited", {"file": review.source}, "")
        )

    def _show(self, review: ReviewToRecord) -> None:
        self.about.setText(
            fill(
                self.tr(
                    "UNIDO's questions about %1 %2, revision %3: %Ln question(s).",
                    "",
                    len(review.queries),
                ),
                review.country,
                review.period,
                review.answers_revision,
            )
        )
        self.questions.clear()
        for query in review.queries:
            place = query.indicator_code or query.area_code
            if query.cell or query.field:
                place += f" [{query.cell or query.field}]"
            self.questions.addItem(f"{place}: {query.question}")

    def load(self) -> None:
        """Keep the review's questions in the store, all or none."""
        if self.review is None:
            return
        try:
            recorded = record_review(
                self.store, self.review, accept_edited=self.accept_edited.isChecked()
            )
        except EditedReviewRefused as error:
            self.accept_edited.show()
            self.outcome.setText(self._refusal(error))
            return
        except ReviewRefused as error:
            self.outcome.setText(fill(self.tr("Nothing was loaded: %1"), self._refusal(error)))
            return
        self.outcome.setText(
            fill(
                self.tr("%Ln question(s) from UNIDO to answer in %1 %2.", "", recorded.recorded),
                recorded.submission.country,
                recorded.submission.period,
            )
        )
        self.load_button.setEnabled(False)
        self.applied.emit(recorded.submission.country, recorded.submission.period)
