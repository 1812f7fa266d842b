"""UNIDO's questions about a return and the country's answers (docs/formats/review.md).

A review workbook (``micdesk-review/1``) carries HQ's queries about one exported
revision of a submission. ``record_review`` stores them, all or nothing, after the
same kind of checks a submission load makes (the right country and return, not
older than what is already loaded, not edited unless the user accepts it). A query
stays open until it is answered, in text and/or by a changed value; ``mark_answer_later``
lets a final export go without an answer. The next export carries every query with
its answer in a ``Queries`` sheet (docs/formats/submission.md).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from micdesk.core.field_copy import record_from, same_named
from micdesk.core.keyed import Keyed
from micdesk.core.model import (
    CountryProfile,
    HqQuery,
    SubmissionExport,
    columns,
    utc_now,
)
from micdesk.core.records import OpenSubmission, ValueState
from micdesk.core.store import Store
from micdesk.core.submissions import list_narratives, list_values
from micdesk.core.template_store import TemplateNotInstalled, load_template
from micdesk.core.values import canonical_decimal, encode_value
from micdesk.core.vocabulary import TOTAL_CELL, NarrativeField
from micdesk.core.workplan import WorkPlanTemplate

QUERY_ID_MAX = 100
ANSWER_MAX = 32_767


class ReviewRefused(Keyed):
    """Nothing was recorded or answered; the message says why (``key``/``params`` for the window).

    ``key``: ``review_read_only``, ``review_other_country``, ``review_no_return``,
    ``review_other_return``, ``review_revision``, ``review_older``,
    ``review_already_loaded``, ``review_unknown_cell``, ``review_duplicate_query``,
    ``review_no_queries``, ``review_edited``, ``review_unknown_query``,
    ``review_answer_empty``, ``review_answer_too_long``.
    """


class EditedReviewRefused(ReviewRefused):
    """The review was edited after HQ wrote it; it is recorded only when the user accepts that."""


@dataclass(frozen=True)
class QueryToRecord:
    """One question of a review workbook: about a value cell, or about an area's narrative."""

    query_id: str
    question: str
    indicator_code: str = ""  # "" for a question about an area's narrative
    cell: str = TOTAL_CELL
    area_code: str = ""
    value_seen: str = ""  # what HQ saw: canonical value text, a notation key, or the text
    field: str = ""  # the narrative field of an area query ("" for the whole area)
    where: str = ""  # sheet and row in the review workbook, for refusals


@dataclass(frozen=True)
class ReviewToRecord:
    """What ``record_review`` needs of a review workbook as read."""

    source: str  # the file's name, for messages
    country: str
    period: str
    template_id: str
    answers_uuid: str  # the export the queries are about
    answers_revision: int
    answers_sha256: str  # the hash of that export's data, as HQ read it
    review_sha256: str  # the hash the review workbook states
    intact: bool  # its recomputed hash matches the stated one
    queries: tuple[QueryToRecord, ...]


# What a stored query keeps of the review it came in: the file and the export it questions.
_REVIEW_COLUMNS = ("review_sha256", "answers_uuid", "answers_revision", "answers_sha256")


@dataclass(frozen=True)
class RecordedReview:
    """What recording a review did."""

    submission: OpenSubmission
    recorded: int
    answers_revision: int
    exported_since: int  # the newest revision exported from this store (≥ the one HQ saw)


@dataclass(frozen=True)
class QueryState:
    """One of UNIDO's questions as it stands, with the store's value now."""

    query_id: str
    indicator_code: str
    cell: str
    area_code: str
    field: str
    question: str
    value_seen: str
    value_before: str
    value_now: str
    answer: str
    answered_at: datetime | None
    answer_later: bool
    answers_revision: int
    loaded_at: datetime

    @property
    def is_open(self) -> bool:
        """Not answered yet (a query marked "will answer later" is still open)."""
        return self.answered_at is None

    @property
    def blocks_final(self) -> bool:
        """Open and not marked "will answer later": a final export asks about it."""
        return self.is_open and not self.answer_later

    @property
    def changed_since(self) -> bool:
        """The store differs from what HQ saw (a value, or a narrative field's text)."""
        return bool(self.indicator_code or self.field) and self.value_now != self.value_seen

    @property
    def key(self) -> tuple[str, str]:
        """(indicator code, cell) of the field it is about; ('', '') for an area query."""
        return self.indicator_code, self.cell


def value_text(template: WorkPlanTemplate, state: ValueState | None) -> str:
    """A stored cell as the Data sheet's canonical text: its value, or its notation key."""
    # The export's own rule (submission_document.value_cell), without its workbook imports:
    # the window shows queries at start-up, before any workbook is read or written.
    if state is None:
        return ""
    if state.notation is not None:
        return state.notation.value
    value = state.value
    if value is None:
        return ""
    if not template.has_indicator(state.indicator_code):
        return str(value)
    kind = template.indicator(state.indicator_code).kind
    if kind.is_numeric and isinstance(value, int | Decimal) and not isinstance(value, bool):
        return canonical_decimal(Decimal(value))
    if isinstance(value, str) and not kind.is_numeric:
        return value
    try:
        return str(encode_value(kind, value))  # type: ignore[arg-type]
    except (TypeError, ValueError, ArithmeticError):
        return str(value)


def _refuse(message: str, key: str, **params: object) -> ReviewRefused:
    return ReviewRefused(message, key, params)


def _submission_of(session: Session, review: ReviewToRecord) -> tuple[OpenSubmission, int]:
    """The submission the review is about and the newest revision exported from it."""
    source = review.source
    country = review.country.strip().upper()
    if session.get(CountryProfile, country) is None:
        reported = sorted(session.scalars(select(CountryProfile.country)))
        raise _refuse(
            f"{source}: this review is for {country}; this store reports for "
            f"{', '.join(reported) or 'no country yet'}",
            "review_other_country",
            file=source,
            country=country,
            reported=", ".join(reported),
        )
    export = session.scalar(
        select(SubmissionExport).where(SubmissionExport.uuid == review.answers_uuid)
    )
    if export is None:
        raise _refuse(
            f"{source}: it asks about the return {review.answers_uuid} "
            f"({country} {review.period}, revision {review.answers_revision}), "
            "which was not exported from this store",
            "review_no_return",
            file=source,
            country=country,
            period=review.period,
            revision=review.answers_revision,
        )
    row = export.submission
    if (row.country, row.period, row.template_id) != (country, review.period, review.template_id):
        raise _refuse(
            f"{source}: it names {country} {review.period}, but the return it asks about "
            f"was exported for {row.country} {row.period}",
            "review_other_return",
            file=source,
            country=row.country,
            period=row.period,
        )
    if export.revision != review.answers_revision:
        raise _refuse(
            f"{source}: it asks about revision {review.answers_revision}, but that return "
            f"is revision {export.revision} here",
            "review_revision",
            file=source,
            revision=review.answers_revision,
            stored=export.revision,
        )
    if review.answers_sha256 and review.answers_sha256 != export.sha256:
        raise _refuse(
            f"{source}: it asks about revision {review.answers_revision} with the data hash "
            f"{review.answers_sha256[:12]}…, but that return's hash here is {export.sha256[:12]}…",
            "review_revision",
            file=source,
            revision=review.answers_revision,
            stored=export.revision,
        )
    try:
        template = load_template(session, row.template_id)
    except TemplateNotInstalled:
        raise _refuse(
            f"{source}: template '{row.template_id}' is not installed",
            "template_not_installed",
            file=source,
            template=row.template_id,
        ) from None
    newest = session.scalar(
        select(func.max(SubmissionExport.revision)).where(SubmissionExport.submission_fk == row.id)
    )
    return OpenSubmission(row.id, row.country, row.period, template), int(newest or 0)


def _check_queries(review: ReviewToRecord, template: WorkPlanTemplate) -> None:
    source = review.source
    if not review.queries:
        raise _refuse(f"{source}: the review holds no query", "review_no_queries", file=source)
    seen: set[str] = set()
    for query in review.queries:
        where = f"{source}: {query.where or query.query_id}"
        if not query.query_id or len(query.query_id) > QUERY_ID_MAX or query.query_id in seen:
            raise _refuse(
                f"{where}: the query id '{query.query_id[:QUERY_ID_MAX]}' is empty, too long "
                "or used twice",
                "review_duplicate_query",
                where=where,
                query=query.query_id[:QUERY_ID_MAX],
            )
        seen.add(query.query_id)
        if query.indicator_code:
            known = template.has_indicator(query.indicator_code) and query.cell in (
                template.cells_of(template.indicator(query.indicator_code))
            )
        else:
            known = any(area.code == query.area_code for area in template.areas) and (
                not query.field or query.field in {f.value for f in NarrativeField}
            )
        if not known:
            what = query.indicator_code or query.area_code
            if query.cell or query.field:
                what += f" [{query.cell or query.field}]"
            raise _refuse(
                f"{where}: {what or 'nothing'} is not a field of template "
                f"{template.template_id} version {template.version}",
                "review_unknown_cell",
                where=where,
                field=what,
            )


def record_review(
    store: Store,
    review: ReviewToRecord,
    *,
    accept_edited: bool = False,
    now: datetime | None = None,
) -> RecordedReview:
    """Store a review's queries in one transaction; refuse (nothing stored) if it does not fit."""
    source = review.source
    if store.read_only:
        raise _refuse(
            f"{source}: the data are open read-only; nothing was recorded", "review_read_only"
        )
    with store.transaction() as session:
        submission, newest = _submission_of(session, review)
        _check_queries(review, submission.template)
        loaded = session.scalar(
            select(func.max(HqQuery.answers_revision)).where(
                HqQuery.submission_fk == submission.submission_id
            )
        )
        if loaded is not None and loaded > review.answers_revision:
            raise _refuse(
                f"{source}: it asks about revision {review.answers_revision}; UNIDO's review "
                f"of revision {loaded} is loaded already",
                "review_older",
                file=source,
                revision=review.answers_revision,
                loaded=loaded,
            )
        known = set(
            session.scalars(
                select(HqQuery.query_id).where(HqQuery.submission_fk == submission.submission_id)
            )
        )
        if {q.query_id for q in review.queries} <= known:
            raise _refuse(
                f"{source}: this review's {len(review.queries)} queries are loaded already",
                "review_already_loaded",
                file=source,
                count=len(review.queries),
            )
        if not review.intact and not accept_edited:
            raise EditedReviewRefused(
                f"{source}: the review was edited after UNIDO wrote it (its hash no longer "
                "matches); nothing was recorded",
                "review_edited",
                {"file": source},
            )
        current = _current_texts(store, submission)
        moment = now or utc_now()
        recorded = 0
        for query in review.queries:
            if query.query_id in known:
                continue  # asked again in a later review: its answer is kept
            before = current(query.indicator_code, query.cell, query.area_code, query.field)
            area = query.area_code
            if query.indicator_code and not area:
                area = submission.template.indicator(query.indicator_code).area
            session.add(
                HqQuery(
                    submission_fk=submission.submission_id,
                    **same_named(review, *_REVIEW_COLUMNS),
                    **same_named(query, "query_id", "question", "value_seen", "indicator_code"),
                    cell=query.cell if query.indicator_code else TOTAL_CELL,
                    area_code=area,
                    field="" if query.indicator_code else query.field,
                    value_before=before,
                    loaded_at=moment,
                )
            )
            recorded += 1
    return RecordedReview(submission, recorded, review.answers_revision, newest)


def _current_texts(store: Store, submission: OpenSubmission) -> Callable[[str, str, str, str], str]:
    """What the store holds now for a query: (code, cell, area, field) → canonical text."""
    values = list_values(store, submission, include_archived=True)
    narratives = list_narratives(store, submission)

    def text(code: str, cell: str, area: str, field: str) -> str:
        if code:
            return value_text(submission.template, values.get((code, cell)))
        return narratives.get((area, field), "") if field else ""

    return text


def _states(rows: Sequence[Any], current: Callable[[str, str, str, str], str]) -> list[QueryState]:
    return [
        record_from(
            QueryState,
            row,
            value_now=current(row.indicator_code, row.cell, row.area_code, row.field),
        )
        for row in rows
    ]


def list_queries(store: Store, submission: OpenSubmission) -> list[QueryState]:
    """Every query about a submission, in the order they were loaded."""
    with store.read() as session:
        row = columns(HqQuery)
        rows = session.execute(
            select(HqQuery.__table__)
            .where(row.submission_fk == submission.submission_id)
            .order_by(row.id)
        ).all()
        if not rows:
            return []
    return _states(rows, _current_texts(store, submission))


def open_queries(store: Store, submission: OpenSubmission) -> list[QueryState]:
    """The queries not answered yet (including those marked "will answer later")."""
    return [query for query in list_queries(store, submission) if query.is_open]


def answered_queries(store: Store, submission: OpenSubmission) -> list[QueryState]:
    """The queries answered."""
    return [query for query in list_queries(store, submission) if not query.is_open]


def queries_blocking_final(store: Store, submission: OpenSubmission) -> list[QueryState]:
    """Open queries not marked "will answer later": a final export asks about them first."""
    return [query for query in list_queries(store, submission) if query.blocks_final]


def _query_row(session: Session, submission: OpenSubmission, query_id: str) -> HqQuery:
    row = session.scalar(
        select(HqQuery).where(
            HqQuery.submission_fk == submission.submission_id, HqQuery.query_id == query_id
        )
    )
    if row is None:
        raise _refuse(
            f"UNIDO asked no query '{query_id}' about {submission.country} {submission.period}",
            "review_unknown_query",
            query=query_id,
        )
    return row


def _one_state(store: Store, submission: OpenSubmission, query_id: str) -> QueryState:
    for state in list_queries(store, submission):
        if state.query_id == query_id:
            return state
    raise _refuse(
        f"UNIDO asked no query '{query_id}' about {submission.country} {submission.period}",
        "review_unknown_query",
        query=query_id,
    )


def answer_query(
    store: Store,
    submission: OpenSubmission,
    query_id: str,
    answer: str,
    *,
    now: datetime | None = None,
) -> QueryState:
    """Answer a query in text; an empty text answers it only if the value changed since HQ saw it."""
    if store.read_only:
        raise _refuse("the data are open read-only; nothing was answered", "review_read_only")
    answer = answer.strip()
    if len(answer) > ANSWER_MAX:
        raise _refuse(
            f"the answer to {query_id} is {len(answer):,} characters; at most {ANSWER_MAX:,}",
            "review_answer_too_long",
            query=query_id,
            limit=ANSWER_MAX,
        )
    current = _one_state(store, submission, query_id)
    if not answer and not current.changed_since:
        raise _refuse(
            f"{query_id}: write an answer, or change the value UNIDO asked about",
            "review_answer_empty",
            query=query_id,
        )
    with store.transaction() as session:
        row = _query_row(session, submission, query_id)
        row.answer = answer
        row.answered_at = now or utc_now()
        row.value_after = current.value_now
        row.answer_later = False
    return _one_state(store, submission, query_id)


def mark_answer_later(
    store: Store, submission: OpenSubmission, query_id: str, later: bool = True
) -> QueryState:
    """Mark an open query "will answer later" (or take the mark back); it stays open."""
    if store.read_only:
        raise _refuse("the data are open read-only; nothing was changed", "review_read_only")
    with store.transaction() as session:
        row = _query_row(session, submission, query_id)
        row.answer_later = later and row.answered_at is None
    return _one_state(store, submission, query_id)


def reopen_query(store: Store, submission: OpenSubmission, query_id: str) -> QueryState:
    """Take an answer back: the query is open again (its text is kept to edit)."""
    if store.read_only:
        raise _refuse("the data are open read-only; nothing was changed", "review_read_only")
    with store.transaction() as session:
        row = _query_row(session, submission, query_id)
        row.answered_at = None
        row.value_after = None
    return _one_state(store, submission, query_id)


def query_summary(queries: Sequence[QueryState]) -> tuple[int, int]:
    """(queries, answered)."""
    return len(queries), sum(1 for query in queries if not query.is_open)
