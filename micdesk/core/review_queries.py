"""``micdesk review write``: UNIDO's queries, typed into the consolidated workbook, out as
one ``micdesk-review/1`` workbook per return (docs/formats/review.md).

The analysts type a question into the ``query`` column beside a value of the ``Data``
sheet or a text of the ``Narratives`` sheet; micdesk wrote a stable ``query_id`` beside
it and, on the hidden ``_returns`` sheet, which export of each return the workbook shows.
``plan_reviews`` reads all that back (bounded, as any outside workbook) and says, one line
each, which queries it cannot send; ``write_reviews`` writes the rest.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select

from micdesk.core.consolidation_workbook import (
    DATA_SHEET,
    NARRATIVES_SHEET,
    QUERY_COLUMN,
    QUERY_ID_COLUMN,
    RETURNS_COLUMNS,
    RETURNS_SHEET,
)
from micdesk.core.model import SubmissionExport
from micdesk.core.review_format import ReviewIdentity, ReviewQuery, query_id
from micdesk.core.review_workbook import ReviewRefused, clean_query, write_review
from micdesk.core.sent_queries import record_sent, submission_ids
from micdesk.core.store import Store
from micdesk.core.submission_format import EXCEL_CELL_LIMIT, number_from_cell
from micdesk.core.template_store import TemplateNotInstalled, load_template
from micdesk.core.workplan import pick_text
from micdesk.core.xlsx_files import (
    UnreadableWorkbook,
    open_workbook,
    sheet_rows,
    shown,
    unreadable_workbook,
)

ReturnKey = tuple[str, str, str]
"""(country, period, template id): one return in the consolidated workbook."""

_DATA_NEEDED = (
    "country",
    "period",
    "template_id",
    "area",
    "indicator_code",
    "indicator_label",
    "disaggregation",
    "value",
    "notation",
    QUERY_ID_COLUMN,
    QUERY_COLUMN,
)
_NARRATIVE_NEEDED = ("country", "period", "template_id", "area", "field", "text")
_NARRATIVE_NEEDED += (QUERY_ID_COLUMN, QUERY_COLUMN)
_WHERE = "\x00where"  # the query cell's sheet!cell, beside the columns read
WRITER_THREADS = 4
EXCEL_MAX_ROWS = 1_048_576  # HQ's own workbook: as long as Excel allows


class NotConsolidated(UnreadableWorkbook):
    """The file is not a consolidated workbook micdesk wrote (or lost what review write needs)."""


@dataclass
class ReviewToWrite:
    """One review workbook: the return it answers and the queries on it."""

    identity: ReviewIdentity
    queries: list[ReviewQuery] = field(default_factory=list)
    area_titles: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> ReturnKey:
        """The return answered: (country, period, template id)."""
        return (self.identity.country, self.identity.period, self.identity.template_id)

    @property
    def file_name(self) -> str:
        """``review-KEN-2025-<template id>-r2.xlsx``, safe as a file name anywhere."""
        parts = [self.identity.country, self.identity.period]
        parts.append(f"{self.identity.template_id}-r{self.identity.submission_revision}")
        name = "review-" + "-".join(parts) + ".xlsx"
        return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


@dataclass
class ReviewPlan:
    """What ``review write`` would write, and the queries it refuses (one line each)."""

    reviews: list[ReviewToWrite]
    refusals: list[str]

    @property
    def query_count(self) -> int:
        """How many queries the reviews hold."""
        return sum(len(review.queries) for review in self.reviews)


def _sheet(workbook: Any, name: str, file: str) -> Any:
    for sheet_name in workbook.sheetnames:
        if sheet_name.lower() == name.lower():
            return workbook[sheet_name]
    raise NotConsolidated(
        f"{file}: no '{name}' sheet: not a consolidated workbook written by micdesk consolidate "
        "(consolidate again to get the query columns)"
    )


def _table(
    sheet: Any, needed: tuple[str, ...], file: str, *, asked_only: bool = False
) -> Iterator[tuple[int, dict[str, Any]]]:
    """The rows of a sheet as (row number, {column name: value}), columns found by header;
    with ``asked_only``, only the rows with something in the ``query`` column."""
    rows = sheet_rows(sheet, max_rows=EXCEL_MAX_ROWS)
    try:
        _number, header = next(rows)
    except StopIteration:
        raise NotConsolidated(f"{file}: {sheet.title}: the sheet is empty") from None
    positions = {str(name).strip(): i for i, name in enumerate(header) if name is not None}
    missing = [name for name in needed if name not in positions]
    if missing:
        raise NotConsolidated(
            f"{file}: {sheet.title} row 1: missing column(s): {', '.join(missing)} "
            "(consolidate again with this micdesk to get them)"
        )
    asked = positions.get(QUERY_COLUMN)
    letter = get_column_letter(asked + 1) if asked is not None else ""
    wanted = [(name, positions[name]) for name in needed]
    for number, values in rows:
        width = len(values)
        if asked_only and (asked is None or asked >= width or values[asked] is None):
            continue  # most rows: nothing asked, nothing more to read
        found = {name: values[i] if i < width else None for name, i in wanted}
        if asked is not None:
            found[_WHERE] = f"{sheet.title}!{letter}{number}"
        yield number, found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return number_from_cell(value)
    return value if isinstance(value, str) else str(value)


def plan_reviews(path: Path, store: Store | None = None) -> ReviewPlan:
    """Read the queries typed into a consolidated workbook; with ``store`` (the database the
    workbook came from), check each return is still the one the database holds."""
    path = Path(path)
    workbook = open_workbook(path)
    try:
        return _plan(path, workbook, store)
    except UnreadableWorkbook:
        raise
    except Exception as error:  # sheets are parsed lazily: a hostile part fails only here
        raise unreadable_workbook(path.name, error) from error
    finally:
        workbook.close()


def _plan(path: Path, workbook: Any, store: Store | None) -> ReviewPlan:
    file = path.name
    returns: dict[ReturnKey, ReviewIdentity] = {}
    for number, row in _table(_sheet(workbook, RETURNS_SHEET, file), RETURNS_COLUMNS, file):
        texts = {name: _text(row[name]) for name in RETURNS_COLUMNS}
        try:
            identity = ReviewIdentity(
                country=texts["country"],
                period=texts["period"],
                template_id=texts["template_id"],
                template_version=int(texts["template_version"] or 0),
                submission_uuid=texts["uuid"],
                submission_revision=int(texts["revision"] or 0),
                submission_sha256=texts["sha256"],
            )
        except ValueError:
            raise NotConsolidated(
                f"{file}: {RETURNS_SHEET} row {number}: the version or revision is not a "
                "whole number"
            ) from None
        returns[(identity.country, identity.period, identity.template_id)] = identity
    reviews: dict[ReturnKey, ReviewToWrite] = {}
    refusals: list[str] = []

    def add(key: ReturnKey, where: str, query: ReviewQuery, typed_id: str) -> None:
        identity = returns.get(key)
        if identity is None:
            refusals.append(
                f"{file}: {where}: {' '.join(key)} is not among the returns this workbook "
                f"shows ({RETURNS_SHEET}); consolidate again"
            )
            return
        if not identity.submission_uuid:
            refusals.append(
                f"{file}: {where}: {' '.join(key)} was never exported: UNIDO has no return "
                "of it to ask about"
            )
            return
        expected = query_id(
            identity.submission_uuid, query.indicator_code, query.cell, query.area, query.field
        )
        if typed_id != expected:
            refusals.append(
                f"{file}: {where}: the query_id beside this question is "
                f"'{shown(typed_id) or 'empty'}', not this row's ({expected}); type questions "
                "only in the query column of micdesk's own rows"
            )
            return
        review = reviews.setdefault(key, ReviewToWrite(identity))
        try:
            review.queries.append(clean_query(replace(query, query_id=expected)))
        except ReviewRefused as error:
            refusals.append(f"{file}: {where}: {error}")

    for sheet_name, needed, asked in (
        (DATA_SHEET, _DATA_NEEDED, _data_query),
        (NARRATIVES_SHEET, _NARRATIVE_NEEDED, _narrative_query),
    ):
        sheet = _sheet(workbook, sheet_name, file)
        for _number, row in _table(sheet, needed, file, asked_only=True):
            question = row[QUERY_COLUMN]
            if question is None or _text(question).strip() == "":
                continue
            where = row[_WHERE]
            if _refused_question(question, where, file, refusals):
                continue
            key = (_text(row["country"]), _text(row["period"]), _text(row["template_id"]))
            add(key, where, asked(row, _text(question).strip()), _text(row[QUERY_ID_COLUMN]))
    planned = [reviews[key] for key in sorted(reviews)]
    if store is not None:
        planned = _checked_against(store, planned, file, refusals)
    return ReviewPlan(planned, refusals)


def _data_query(row: dict[str, Any], question: str) -> ReviewQuery:
    """The query typed beside a value row of the Data sheet (its id checked by the caller)."""
    return ReviewQuery(
        query_id="",
        area=_text(row["area"]),
        indicator_code=_text(row["indicator_code"]),
        indicator_label=_text(row["indicator_label"]),
        cell=_text(row["disaggregation"]),
        field="",
        value_seen=_text(row["notation"]) or _text(row["value"]),
        question=question,
    )


def _narrative_query(row: dict[str, Any], question: str) -> ReviewQuery:
    """The query typed beside a narrative row (its id checked by the caller)."""
    return ReviewQuery(
        query_id="",
        area=_text(row["area"]),
        indicator_code="",
        indicator_label="",
        cell="",
        field=_text(row["field"]),
        value_seen=_text(row["text"]),
        question=question,
    )


def _refused_question(question: Any, where: str, file: str, refusals: list[str]) -> bool:
    if isinstance(question, str) and question.startswith("="):
        refusals.append(
            f"{file}: {where}: the query is a formula ('{shown(question, 40)}'); "
            "type the question as text"
        )
        return True
    if isinstance(question, str) and len(question) > EXCEL_CELL_LIMIT:
        refusals.append(f"{file}: {where}: the question is longer than a cell holds")
        return True
    return False


def _checked_against(
    store: Store, planned: list[ReviewToWrite], file: str, refusals: list[str]
) -> list[ReviewToWrite]:
    """Only the reviews of returns the database still holds in the revision shown; with the
    template's area titles. A few statements for all the returns, not a few per return."""
    kept = []
    with store.read() as session:
        ids = submission_ids(session, (review.key for review in planned))
        latest = _latest_exports(session, sorted(set(ids.values())))
        titles: dict[tuple[str, int], dict[str, str]] = {}
        for review in planned:
            identity = review.identity
            submission_id = ids.get(review.key)
            export = latest.get(submission_id) if submission_id is not None else None
            name = f"{identity.country} {identity.period}"
            if export is None:
                refusals.append(
                    f"{file}: {name}: not in the database; {len(review.queries)} "
                    "query(ies) not written"
                )
                continue
            revision, uuid = export
            if uuid != identity.submission_uuid:
                refusals.append(
                    f"{file}: {name}: the database holds revision {revision}, the "
                    f"workbook shows revision {identity.submission_revision}; consolidate "
                    f"again and ask about the newer figures ({len(review.queries)} "
                    "query(ies) not written)"
                )
                continue
            version = (identity.template_id, identity.template_version)
            if version not in titles:
                titles[version] = _area_titles(session, *version)
            review.area_titles = dict(titles[version])
            kept.append(review)
    return kept


def _latest_exports(session: Any, submission_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Each submission's newest export: (revision, UUID)."""
    latest: dict[int, tuple[int, str]] = {}
    for start in range(0, len(submission_ids), 500):
        rows = session.execute(
            select(
                SubmissionExport.submission_fk, SubmissionExport.revision, SubmissionExport.uuid
            ).where(SubmissionExport.submission_fk.in_(submission_ids[start : start + 500]))
        )
        for submission_id, revision, uuid in rows:
            if submission_id not in latest or revision > latest[submission_id][0]:
                latest[submission_id] = (revision, uuid)
    return latest


def _area_titles(session: Any, template_id: str, version: int) -> dict[str, str]:
    try:
        template = load_template(session, template_id, version)
    except TemplateNotInstalled:
        return {}
    return {
        area.code: pick_text(area.title, "en", template.default_language) for area in template.areas
    }


def record_sent_reviews(
    store: Store, written: Sequence[tuple[ReviewToWrite, Path]], when: datetime
) -> int:
    """Record in HQ's database the queries of the reviews written (for the Status sheet's
    sent, answered and open); return how many are new."""
    with store.transaction() as session:
        return record_sent(
            session, [(review.identity, review.queries) for review, _path in written], when
        )


def write_reviews(
    plan: ReviewPlan, folder: Path, *, overwrite: bool = False, written_at: datetime | None = None
) -> tuple[list[tuple[ReviewToWrite, Path]], list[str]]:
    """Write each planned review into ``folder`` (atomically); return the files written and,
    one line each, those not written (a file of that name exists, without ``overwrite``)."""
    folder = Path(folder)
    wanted: list[tuple[ReviewToWrite, Path]] = []
    refused: list[str] = []
    now = written_at or datetime.now(UTC)
    for review in plan.reviews:
        target = folder / review.file_name
        if target.exists() and not overwrite:
            refused.append(
                f"{target}: a file of that name exists (use --overwrite to replace it); "
                f"{len(review.queries)} query(ies) not written"
            )
            continue
        wanted.append((review, target))

    def write(item: tuple[ReviewToWrite, Path]) -> None:
        review, target = item
        write_review(
            target, review.identity, review.queries, written_at=now, area_titles=review.area_titles
        )

    # Each file waits on the disk (fsync, openpyxl's temporary parts): a few threads overlap
    # those waits; a file that fails raises here, after the others are done or stopped.
    with ThreadPoolExecutor(max_workers=WRITER_THREADS) as pool:
        list(pool.map(write, wanted))
    return wanted, refused
