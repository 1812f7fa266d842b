"""HQ consolidation (docs/design.md §8): check many countries' submissions and combine them.

Every file is read and classified (``consolidation_files``), and the accepted ones are
imported into a store of the ordinary model — a throw-away SQLite file, or a
PostgreSQL database that keeps many years of returns. The consolidated workbook is
then built from the store (``consolidation_workbook``), so a database can be
re-output without its files.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from micdesk.core.consolidation_files import (
    ConsolidationResult,
    FileOutcome,
    FileStatus,
    NothingReadable,
    Progress,
    classify,
    read_submissions,
)
from micdesk.core.consolidation_workbook import write_consolidated_workbook
from micdesk.core.model import (
    ChangeRecord,
    CountryProfile,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Submission,
    SubmissionExport,
    submission_rows,
    utc_now,
)
from micdesk.core.sent_queries import returned_answers, take_answers
from micdesk.core.store import Store
from micdesk.core.submission_format import (
    DATA_COLUMNS,
    TIMESTAMP_FORMAT,
    SubmissionFile,
)
from micdesk.core.submission_signature import check_submission_signature, signature_summary
from micdesk.core.template_store import installed_template_ids, installed_version
from micdesk.core.values import history_text
from micdesk.core.vocabulary import (
    TOTAL_CELL,
)

IMPORT_BATCH = 50
_BASELINE = DATA_COLUMNS.index("baseline")
_TARGET = DATA_COLUMNS.index("target")


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for a bare ``postgresql://`` URL (SQLAlchemy assumes psycopg2)."""
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def store_template_versions(store: Store) -> dict[str, int]:
    """The newest installed version of every template id in the store."""
    with store.read() as session:
        return {
            template_id: installed_version(session, template_id) or 0
            for template_id in installed_template_ids(session)
        }


class ImportResult(enum.StrEnum):
    """What importing one accepted file did to the store."""

    IMPORTED = "imported"
    REPLACED = "replaced"
    ALREADY = "already in the database"
    OLDER = "older than the database"


def _exported_at(file: SubmissionFile) -> datetime:
    try:
        return datetime.strptime(file.exported_at, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return utc_now()


def import_submission(session: Session, file: SubmissionFile) -> tuple[ImportResult, str]:
    """Put one accepted file into the store, in the caller's transaction; say what it did.

    Re-importing the same export (same UUID) changes nothing; a newer revision replaces
    the values and narratives of its country and period, each change recorded with
    origin "load" (the older revision's export row and every value it held stay in the
    history); an older or equal revision changes nothing. The answers a return carries
    on UNIDO's queries are noted (``sent_queries``).
    """
    known = session.scalar(select(SubmissionExport).where(SubmissionExport.uuid == file.uuid))
    if known is not None:
        parent = session.get(Submission, known.submission_fk)
        assert parent is not None
        if (parent.country, parent.period, parent.template_id) != (
            file.country,
            file.period,
            file.template_id,
        ):
            return ImportResult.OLDER, (
                f"its uuid {file.uuid} is already in the database for "
                f"{parent.country} {parent.period}; not consolidated"
            )
        return ImportResult.ALREADY, "already in the database"
    submission = session.scalar(
        select(Submission).where(
            Submission.identified_by(file.country, file.period, file.template_id)
        )
    )
    if submission is not None and submission.revision >= file.revision:
        last = session.scalar(
            select(SubmissionExport)
            .where(SubmissionExport.submission_fk == submission.id)
            .order_by(SubmissionExport.revision.desc())
            .limit(1)
        )
        source = f" (from {Path(last.path).name})" if last is not None and last.path else ""
        return ImportResult.OLDER, (
            f"revision {submission.revision} of {file.country} {file.period} is already "
            f"in the database{source}; this revision {file.revision} is not newer"
        )
    profile = session.get(CountryProfile, file.country)
    if profile is None:
        profile = CountryProfile(country=file.country)
        session.add(profile)
    profile.take_contact(file)
    replacing = submission is not None
    if submission is None:
        submission = Submission(
            country=file.country, period=file.period, template_id=file.template_id
        )
        session.add(submission)
        session.flush()
    now = utc_now()
    _replace_values(session, submission.id, file, replacing, now)
    _replace_narratives(session, submission.id, file, replacing, now)
    _replace_targets(session, file)
    submission.updated_at = now
    session.add(
        submission.record_export(
            file,
            template_version=file.template_version,
            sha256=file.stored_sha256,
            exported_at=_exported_at(file),
        )
    )
    session.flush()
    take_answers(session, submission.id, file.revision, returned_answers(file))
    return (ImportResult.REPLACED if replacing else ImportResult.IMPORTED), ""


_Row = TypeVar("_Row", IndicatorValue, Narrative)


def _stored(
    session: Session, model: type[_Row], submission_id: int, replacing: bool, *matched_on: str
) -> dict[tuple[str, ...], _Row]:
    """The submission's stored rows of a model by the columns a file's row is matched on
    (none unless the file replaces the submission)."""
    if not replacing:
        return {}
    key = attrgetter(*matched_on)
    return {key(row): row for row in submission_rows(session, model, submission_id)}


def _replace_values(
    session: Session, submission_id: int, file: SubmissionFile, replacing: bool, now: datetime
) -> None:
    existing = _stored(session, IndicatorValue, submission_id, replacing, "indicator_code", "cell")
    records: list[ChangeRecord] = []

    def record(code: str, cell: str, attribute: str, old: object, new: object) -> None:
        old_text, new_text = history_text(old), history_text(new)
        where = {"indicator_code": code, "cell": cell}
        records.append(_change(file, submission_id, now, attribute, old_text, new_text, **where))

    for data in file.rows:
        wanted = {
            "value": data.value_text or None,
            "notation": data.notation.value if data.notation else None,
            "comment": data.comment,
            "source": data.source,
            "follow_up": data.follow_up,
        }
        row = existing.pop(data.key, None)
        if row is None:
            session.add(
                IndicatorValue(
                    submission_fk=submission_id,
                    indicator_code=data.indicator_code,
                    cell=data.cell,
                    archived=False,
                    needs_review="",
                    updated_at=data.last_changed or now,
                    **wanted,
                )
            )
            if replacing:
                for attribute, new in wanted.items():
                    if new not in (None, "", False):
                        record(data.indicator_code, data.cell, attribute, None, new)
            continue
        changed = False
        for attribute, new in wanted.items():
            old = getattr(row, attribute)
            if old != new:
                record(data.indicator_code, data.cell, attribute, old, new)
                setattr(row, attribute, new)
                changed = True
        if changed:
            row.updated_at = data.last_changed or now
    # Cells the newer revision no longer holds: removed, and the removal recorded.
    for (code, cell), row in existing.items():
        for attribute in ("value", "notation", "comment", "source", "follow_up"):
            old = getattr(row, attribute)
            if old not in (None, "", False):
                record(code, cell, attribute, old, None)
        session.delete(row)
    session.add_all(records)


def _replace_narratives(
    session: Session, submission_id: int, file: SubmissionFile, replacing: bool, now: datetime
) -> None:
    existing = _stored(session, Narrative, submission_id, replacing, "area_code", "field")
    for narrative in file.narratives:
        row = existing.pop((narrative.area, narrative.field), None)
        old = row.text if row is not None else ""
        if row is None:
            session.add(
                Narrative(
                    submission_fk=submission_id,
                    area_code=narrative.area,
                    field=narrative.field,
                    text=narrative.text,
                    updated_at=now,
                )
            )
        elif row.text != narrative.text:
            row.text, row.updated_at = narrative.text, now
        if replacing and old != narrative.text:
            attribute = f"narrative:{narrative.field}"
            where = {"area_code": narrative.area}
            session.add(_change(file, submission_id, now, attribute, old, narrative.text, **where))
    for (area, field), row in existing.items():
        where = {"area_code": area}
        session.add(_change(file, submission_id, now, f"narrative:{field}", row.text, "", **where))
        session.delete(row)


def _change(
    file: SubmissionFile,
    submission_id: int,
    now: datetime,
    attribute: str,
    old: str | None,
    new: str | None,
    **where: str,
) -> ChangeRecord:
    """A change consolidating ``file`` made to one attribute (of a cell or area ``where``)."""
    return ChangeRecord(
        **where,
        submission_fk=submission_id,
        attribute=attribute,
        old=old,
        new=new,
        reason=f"consolidated from {file.path.name} (revision {file.revision})",
        origin="load",
        changed_at=now,
    )


def _replace_targets(session: Session, file: SubmissionFile) -> None:
    stored = {
        row.indicator_code: row
        for row in session.scalars(
            select(IndicatorTarget).where(
                IndicatorTarget.country == file.country,
                IndicatorTarget.template_id == file.template_id,
            )
        )
    }
    for data in file.rows:
        if data.cell != TOTAL_CELL:
            continue
        baseline, target = data.canonical[_BASELINE] or None, data.canonical[_TARGET] or None
        row = stored.get(data.indicator_code)
        if row is None and baseline is None and target is None:
            continue
        if row is None:
            row = IndicatorTarget(
                country=file.country,
                template_id=file.template_id,
                indicator_code=data.indicator_code,
            )
            session.add(row)
        row.baseline, row.target = baseline, target


def import_accepted(
    store: Store, outcomes: Sequence[FileOutcome], progress: Progress | None = None
) -> list[FileOutcome]:
    """Import every accepted file; one whose country and period the store already holds
    in a newer revision becomes a duplicate, and says so."""
    order = [index for index, outcome in enumerate(outcomes) if outcome.accepted]
    result = list(outcomes)
    # A commit per batch, not per file: a commit waits for the disk, and an interrupted
    # run loses at most one batch, which running again imports (re-imports are idempotent).
    for start in range(0, len(order), IMPORT_BATCH):
        with store.transaction() as session:
            for done, index in enumerate(order[start : start + IMPORT_BATCH], start=start + 1):
                outcome = outcomes[index]
                assert outcome.submission is not None
                file = outcome.submission
                previous = session.scalar(
                    select(Submission.revision).where(
                        Submission.identified_by(file.country, file.period, file.template_id)
                    )
                )
                what, message = import_submission(session, file)
                if what == ImportResult.REPLACED:
                    result[index] = replace(outcome, replaced_revision=previous)
                if what == ImportResult.OLDER:
                    # Precedence still holds (an accepted edited file stays 'edited'), and
                    # the reasons stay in its order: the edit's reason first.
                    edited = outcome.status == FileStatus.EDITED
                    reasons = list(outcome.reasons)
                    reasons.insert(1 if edited else 0, message)
                    result[index] = replace(
                        outcome,
                        status=FileStatus.EDITED if edited else FileStatus.DUPLICATE,
                        reasons=tuple(reasons),
                        accepted=False,
                    )
                if progress is not None:
                    progress("importing", done, len(order))
    return result


def with_signature(
    outcome: FileOutcome, registered_keys: Mapping[str, Set[str]] | None
) -> FileOutcome:
    """The outcome with its file's signature judged against the country's registered keys."""
    file = outcome.submission
    if file is None:
        return outcome
    registered = (registered_keys or {}).get(file.country.upper(), frozenset())
    check = check_submission_signature(file.signature_rows, file.computed_sha256, registered)
    summary = signature_summary(check, registry_given=registered_keys is not None)
    return replace(outcome, signature=summary)


def consolidate(
    store: Store,
    paths: Sequence[Path],
    out: Path,
    *,
    accept_edited: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    registered_keys: Mapping[str, Set[str]] | None = None,
    language: str = "en",
) -> ConsolidationResult:
    """Read, classify and import the files, then write the consolidated workbook from the store.

    ``registered_keys``: country → the focal points' key fingerprints HQ registered; each
    file's signature is judged against its country's. Raises NothingReadable (changing
    nothing) when files were given and none can be read.
    """
    readings = read_submissions(paths, workers=workers, progress=progress)
    outcomes = classify(
        paths, readings, store_template_versions(store), accept_edited=accept_edited
    )
    if paths and not any(outcome.submission is not None for outcome in outcomes):
        raise NothingReadable(outcomes)
    outcomes = [with_signature(outcome, registered_keys) for outcome in outcomes]
    outcomes = import_accepted(store, outcomes, progress)
    count = write_consolidated_workbook(store, out, outcomes, language)
    return ConsolidationResult(tuple(outcomes), Path(out), count)
