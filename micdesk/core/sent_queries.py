"""UNIDO's queries in HQ's store: recorded when ``review write`` sends them, answered when a
later return carries its ``Queries`` sheet, counted on the consolidated Status sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from micdesk.core.model import SentQuery, Submission, utc_now
from micdesk.core.review_format import ReviewIdentity, ReviewQuery
from micdesk.core.submission_format import TIMESTAMP_FORMAT

ReturnKey = tuple[str, str, str]
"""(country, period, template id)."""


@dataclass(frozen=True)
class QueryCounts:
    """The queries UNIDO sent on a return, and how many its country answered."""

    sent: int = 0
    answered: int = 0

    @property
    def open(self) -> int:
        """Sent and not answered yet."""
        return self.sent - self.answered


@dataclass(frozen=True)
class ReturnedAnswer:
    """One row of a return's ``Queries`` sheet, as HQ needs it."""

    query_id: str
    question: str
    answer: str
    value_after: str | None
    answered_at: datetime | None


def record_sent(
    session: Session, identity: ReviewIdentity, queries: Sequence[ReviewQuery], when: datetime
) -> int:
    """Record the queries of one review written, in the caller's transaction; a query sent
    again (same id) keeps its first sending and takes the newer wording. Return how many
    are new."""
    submission = session.scalar(
        select(Submission).where(
            Submission.country == identity.country,
            Submission.period == identity.period,
            Submission.template_id == identity.template_id,
        )
    )
    if submission is None:
        return 0
    known = {
        row.query_id: row
        for row in session.scalars(
            select(SentQuery).where(SentQuery.submission_fk == submission.id)
        )
    }
    new = 0
    for query in queries:
        row = known.get(query.query_id)
        if row is None:
            new += 1
            row = SentQuery(
                submission_fk=submission.id,
                query_id=query.query_id,
                revision=identity.submission_revision,
                sent_at=when,
                answer="",
            )
            session.add(row)
        row.area, row.indicator_code, row.cell = query.area, query.indicator_code, query.cell
        row.field, row.value_seen, row.question = query.field, query.value_seen, query.question
    return new


def returned_answers(file: Any) -> list[ReturnedAnswer]:
    """The rows of a return's ``Queries`` sheet (none for a return without one)."""
    answers = []
    for row in getattr(file, "queries", None) or ():
        answered_at = getattr(row, "answered_at", None)
        if isinstance(answered_at, str):
            try:
                answered_at = datetime.strptime(answered_at, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
            except ValueError:
                answered_at = None
        answers.append(
            ReturnedAnswer(
                query_id=str(getattr(row, "query_id", "") or ""),
                question=str(getattr(row, "question", "") or ""),
                answer=str(getattr(row, "answer", "") or ""),
                value_after=getattr(row, "value_after", None) or None,
                answered_at=answered_at,
            )
        )
    return [answer for answer in answers if answer.query_id]


def take_answers(
    session: Session, submission_id: int, revision: int, answers: Iterable[ReturnedAnswer]
) -> None:
    """Note the answers a return carries on the queries sent on its submission; a query HQ
    has no record of (its review written without the database) is recorded as sent."""
    known = {
        row.query_id: row
        for row in session.scalars(
            select(SentQuery).where(SentQuery.submission_fk == submission_id)
        )
    }
    for answer in answers:
        row = known.get(answer.query_id)
        if row is None:
            row = known[answer.query_id] = SentQuery(
                submission_fk=submission_id,
                query_id=answer.query_id,
                revision=max(revision - 1, 0),
                question=answer.question,
                sent_at=utc_now(),
                answer="",
            )
            session.add(row)
        answered = answer.answered_at is not None
        if answered and (row.answered_revision or 0) <= revision:
            row.answer = answer.answer
            row.value_after = answer.value_after
            row.answered_at = answer.answered_at
            row.answered_revision = revision


def query_counts(session: Session) -> dict[ReturnKey, QueryCounts]:
    """Per return: the queries sent and answered."""
    rows = session.execute(
        select(
            Submission.country,
            Submission.period,
            Submission.template_id,
            func.count(SentQuery.id),
            func.count(SentQuery.answered_at),
        )
        .join(SentQuery, SentQuery.submission_fk == Submission.id)
        .group_by(Submission.country, Submission.period, Submission.template_id)
    )
    return {
        (country, period, template_id): QueryCounts(sent, answered)
        for country, period, template_id, sent, answered in rows
    }
