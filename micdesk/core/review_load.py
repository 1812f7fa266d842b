"""A review workbook (``micdesk-review/1``) read into the store: the country's side of it.

``review_reader`` reads the file as plain records; this turns them into what
``queries.record_review`` checks and stores, so that the window, ``submission load``
and the round-trip tests load a review the same way.
"""

from __future__ import annotations

from pathlib import Path

from micdesk.core.field_copy import record_from, same_named
from micdesk.core.queries import (
    QueryToRecord,
    RecordedReview,
    ReviewToRecord,
    record_review,
)
from micdesk.core.review_format import META_SHEET, ReviewFile
from micdesk.core.review_reader import read_review
from micdesk.core.store import Store
from micdesk.core.xlsx_files import UnreadableWorkbook, open_workbook


def review_to_record(review: ReviewFile) -> ReviewToRecord:
    """What ``record_review`` needs of a review workbook as read."""
    identity = review.identity
    return ReviewToRecord(
        source=review.path.name,
        **same_named(identity, "country", "period", "template_id"),
        answers_uuid=identity.submission_uuid,
        answers_revision=identity.submission_revision,
        answers_sha256=identity.submission_sha256,
        review_sha256=review.stored_sha256,
        intact=review.intact,
        queries=tuple(
            record_from(
                QueryToRecord,
                query,
                area_code=query.area,
                where=f"Queries row {query.sheet_row}" if query.sheet_row else "",
            )
            for query in review.queries
        ),
    )


def read_review_to_record(path: Path) -> ReviewToRecord:
    """Read a review workbook (UnreadableReview if it is not one) for ``record_review``."""
    return review_to_record(read_review(Path(path)))


def load_review_file(store: Store, path: Path, *, accept_edited: bool = False) -> RecordedReview:
    """Read a review workbook and store its queries, all or none (ReviewRefused if not)."""
    return record_review(store, read_review_to_record(path), accept_edited=accept_edited)


def is_review_workbook(path: Path) -> bool:
    """The file is a workbook with a review's hidden sheet (what ``submission load`` asks)."""
    try:
        workbook = open_workbook(Path(path))
    except (UnreadableWorkbook, OSError):
        return False
    try:
        return any(name.lower() == META_SHEET.lower() for name in workbook.sheetnames)
    finally:
        workbook.close()
