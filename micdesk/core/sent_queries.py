"""UNIDO's queries in HQ's store: recorded when ``review write`` sends them, answered when a
later return carries its ``Queries`` sheet, counted on the consolidated Status sheet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from micdesk.core.model import SentQuery, Submission, submission_rows, utc_now
from micdesk.core.review_format import ReviewIdentity, ReviewQuery
from micdesk.core.submission_format import TIMESTAMP_FORMAT

ReturnKey = tuple[str, str, str]
"""(country, period, template id)."""
_IN_BATCH = 500  # values in one IN (...): well below SQLite's and PostgreSQL's limits


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


def submission_ids(session: Session, keys: Iterable[ReturnKey]) -> dict[ReturnKey, int]:
    """The database id of each return among ``keys`` the database holds (a statement per
    500 countries, not one per return)."""
    wanted = set(keys)
    found: dict[ReturnKey, int] = {}
    countries = sorted({country for country, _period, _template in wanted})
    for start in range(0, len(countries), _IN_BATCH):
        rows = session.execute(
            select(
                Submission.id, Submission.country, Submission.period, Submission.template_id
            ).where(Submission.country.in_(countries[start : start + _IN_BATCH]))
        )
        for id_, country, period, template_id in rows:
            if (country, period, template_id) in wanted:
                found[(country, period, template_id)] = id_
    return found


def record_sent(
    session: Session,
    sent: Sequence[tuple[ReviewIdentity, Sequence[ReviewQuery]]],
    when: datetime,
) -> int:
    """Record the queries of the reviews written, in the caller's transaction; a query sent
    again (same id) keeps its first sending and takes the newer wording. Return how many
    are new. A few statements for all the reviews, not a few per query."""
    ids = submission_ids(session, ((i.country, i.period, i.template_id) for i, _queries in sent))
    fks = sorted(set(ids.values()))
    known: dict[tuple[int, str], SentQuery] = {}
    for start in range(0, len(fks), _IN_BATCH):
        for row in session.scalars(
            select(SentQuery).where(SentQuery.submission_fk.in_(fks[start : start + _IN_BATCH]))
        ):
            known[(row.submission_fk, row.query_id)] = row
    new: dict[tuple[int, str], dict[str, Any]] = {}
    for identity, queries in sent:
        fk = ids.get((identity.country, identity.period, identity.template_id))
        if fk is None:
            continue
        for query in queries:
            wording = {
                "area": query.area,
                "indicator_code": query.indicator_code,
                "cell": query.cell,
                "field": query.field,
                "value_seen": query.value_seen,
                "question": query.question,
            }
            row = known.get((fk, query.query_id))
            if row is None:
                first = new.get((fk, query.query_id), {})
                new[(fk, query.query_id)] = {
                    "submission_fk": fk,
                    "query_id": query.query_id,
                    "revision": identity.submission_revision,
                    "sent_at": first.get("sent_at", when),
                    "answer": "",
                    **wording,
                }
                continue
            for name, value in wording.items():
                setattr(row, name, value)
    if new:
        session.execute(insert(SentQuery), list(new.values()))  # one executemany
    return len(new)


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
    known = {row.query_id: row for row in submission_rows(session, SentQuery, submission_id)}
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
