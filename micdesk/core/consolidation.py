"""HQ consolidation (DESIGN §8): check many countries' submissions and combine them.

Every file is read with the one submission reader (``submission_reader``), classified
(ok, edited, broken, outdated, incomplete, duplicate), and the accepted ones are
imported into a store of the ordinary model — a throw-away SQLite file, or a
PostgreSQL database that keeps many years of returns. The consolidated workbook is
then built from the store (``consolidation_workbook``), so a database can be
re-output without its files.
"""

from __future__ import annotations

import enum
import math
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from micdesk.core.model import (
    TOTAL_CELL,
    ChangeRecord,
    CountryProfile,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    NarrativeField,
    Periodicity,
    Submission,
    SubmissionExport,
    SubmissionStatus,
    utc_now,
)
from micdesk.core.periods import PeriodError, parse_period
from micdesk.core.store import Store
from micdesk.core.submission_reader import (
    COVER_SHEET,
    DATA_COLUMNS,
    DATA_SHEET,
    META_SHEET,
    NARRATIVE_SHEET,
    TIMESTAMP_FORMAT,
    SubmissionFile,
    UnreadableSubmission,
    read_submission,
)
from micdesk.core.submissions import COUNTRY_PATTERN
from micdesk.core.template_store import installed_template_ids, installed_version

Progress = Callable[[str, int, int], None]
"""progress(phase, done, total): phase is 'reading' or 'importing'."""

# Below this many files a process pool costs more (starting workers) than it saves.
PARALLEL_THRESHOLD = 12
IMPORT_BATCH = 50
_BASELINE = DATA_COLUMNS.index("baseline")
_TARGET = DATA_COLUMNS.index("target")
# Column widths of the model (PostgreSQL enforces them; SQLite would not).
_MAX_LENGTHS = {
    "uuid": 36,
    "template_id": 100,
    "indicator code": 50,
    "disaggregation": 300,
    "area code": 50,
    "focal point": 200,
    "institution": 300,
    "e-mail": 300,
}


class FileStatus(enum.StrEnum):
    """What consolidation made of one file; the order is the order of precedence."""

    BROKEN = "broken"
    EDITED = "edited"
    DUPLICATE = "duplicate"
    OUTDATED = "outdated"
    INCOMPLETE = "incomplete"
    OK = "ok"


class ConsolidationError(Exception):
    """Consolidation cannot start; the message says why and nothing was changed."""


class NothingReadable(ConsolidationError):
    """Not one of the files is a readable micdesk submission; nothing was changed."""

    def __init__(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes
        super().__init__(f"none of the {len(outcomes)} file(s) is a readable micdesk submission")


@dataclass(frozen=True)
class FileOutcome:
    """One file's classification, why, and whether its data was consolidated."""

    path: Path
    status: FileStatus
    reasons: tuple[str, ...]
    submission: SubmissionFile | None
    accepted: bool
    superseded_by: Path | None = None

    @property
    def why(self) -> str:
        """Every reason, in one line."""
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class ConsolidationResult:
    """What a consolidation run read, decided and wrote."""

    outcomes: tuple[FileOutcome, ...]
    out: Path
    submissions_in_store: int

    def count(self, status: FileStatus) -> int:
        """How many files ended with this status."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def all_ok(self) -> bool:
        """Every file read is ok."""
        return all(outcome.status == FileStatus.OK for outcome in self.outcomes)


def normalise_database_url(url: str) -> str:
    """Use the psycopg 3 driver for a bare ``postgresql://`` URL (SQLAlchemy assumes psycopg2)."""
    for bare in ("postgresql://", "postgres://"):
        if url.startswith(bare):
            return "postgresql+psycopg://" + url[len(bare) :]
    return url


def collect_submission_paths(inputs: Sequence[Path], exclude: Iterable[Path] = ()) -> list[Path]:
    """The .xlsx files named or found (recursively) in folders, each once, in a stable order.

    Excel's lock files (``~$…``) and hidden files are skipped; so is anything in
    ``exclude`` (the output workbook, which may sit in an input folder).
    """
    excluded = {Path(path).resolve() for path in exclude}
    missing = [str(path) for path in inputs if not Path(path).exists()]
    if missing:
        raise ConsolidationError(f"no such file or folder: {', '.join(missing)}")
    found: list[Path] = []
    seen: set[Path] = set()
    for given in inputs:
        given = Path(given)
        if given.is_dir():
            candidates = sorted(
                path
                for path in given.rglob("*")
                if path.is_file()
                and path.suffix.lower() == ".xlsx"
                and not path.name.startswith(("~$", "."))
            )
        else:
            candidates = [given]
        for path in candidates:
            resolved = path.resolve()
            if resolved in seen or resolved in excluded:
                continue
            seen.add(resolved)
            found.append(path)
    return found


def _read_one(path: Path) -> SubmissionFile | str:
    """Read one file; its reader message instead of raising, so a pool can carry it back."""
    try:
        return read_submission(path)
    except UnreadableSubmission as error:
        return str(error)
    except OSError as error:
        return f"{path.name}: cannot be read ({error.strerror or error})"


def default_workers(file_count: int) -> int:
    """How many processes read ``file_count`` files: one per core for many files, else 1."""
    if file_count < PARALLEL_THRESHOLD or getattr(sys, "frozen", False):
        # A frozen bundle would re-run micdesk itself in each spawned worker.
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def read_submissions(
    paths: Sequence[Path], *, workers: int | None = None, progress: Progress | None = None
) -> list[SubmissionFile | str]:
    """Read every file (in a process pool when it helps): a SubmissionFile or why it is unreadable."""
    workers = default_workers(len(paths)) if workers is None else workers
    results: list[SubmissionFile | str] = []
    if workers <= 1:
        readings: Iterable[SubmissionFile | str] = map(_read_one, paths)
        for reading in readings:
            results.append(reading)
            if progress is not None:
                progress("reading", len(results), len(paths))
        return results
    # Parsing is CPU-bound (openpyxl is pure Python); "spawn" behaves the same on every OS
    # and never forks a process that holds database connections or threads.
    chunk = max(1, min(16, len(paths) // (workers * 8)))
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            for reading in pool.map(_read_one, paths[len(results) :], chunksize=chunk):
                results.append(reading)
                if progress is not None:
                    progress("reading", len(results), len(paths))
    except (BrokenProcessPool, OSError):
        # No worker could start (no fork/spawn here, or a bare interpreter without a
        # __main__ file): read the rest in this process rather than fail.
        for path in paths[len(results) :]:
            results.append(_read_one(path))
            if progress is not None:
                progress("reading", len(results), len(paths))
    return results


def store_template_versions(store: Store) -> dict[str, int]:
    """The newest installed version of every template id in the store."""
    with store.read() as session:
        return {
            template_id: installed_version(session, template_id) or 0
            for template_id in installed_template_ids(session)
        }


def identity_problems(file: SubmissionFile) -> list[str]:
    """What in a readable file cannot go into the store, located as ``file: sheet: message``."""
    name = file.path.name
    problems = []
    if not COUNTRY_PATTERN.match(file.country):
        problems.append(
            f"{name}: {META_SHEET}: the country '{file.country}' is not an ISO 3166-1 "
            "alpha-3 code such as KEN"
        )
    try:
        parse_period(file.period)
    except PeriodError:
        try:
            parse_period(file.period, Periodicity.SEMIANNUAL)
        except PeriodError as error:
            problems.append(f"{name}: {META_SHEET}: {error}")
    if file.revision < 1:
        problems.append(f"{name}: {META_SHEET}: the revision {file.revision} is not 1 or more")
    checks = [
        ("uuid", META_SHEET, file.uuid),
        ("template_id", META_SHEET, file.template_id),
        ("focal point", COVER_SHEET, file.focal_point),
        ("institution", COVER_SHEET, file.institution),
        ("e-mail", COVER_SHEET, file.email),
    ]
    for row in file.rows:
        where = f"{DATA_SHEET} row {row.sheet_row}"
        checks.append(("indicator code", where, row.indicator_code))
        checks.append(("disaggregation", where, row.cell))
    fields = {field.value for field in NarrativeField}
    for narrative in file.narratives:
        where = f"{NARRATIVE_SHEET} row {narrative.sheet_row}"
        checks.append(("area code", where, narrative.area))
        if narrative.field not in fields:
            problems.append(
                f"{name}: {where}: the field '{narrative.field}' is not one of "
                f"{', '.join(sorted(fields))}"
            )
    for what, where, text in checks:
        if len(text) > _MAX_LENGTHS[what]:
            problems.append(
                f"{name}: {where}: the {what} has {len(text)} characters, "
                f"at most {_MAX_LENGTHS[what]}"
            )
    return problems


def _percent(value: float) -> str:
    # Rounded down, so 99.96 % never shows as a complete 100 %.
    return f"{math.floor(value * 10) / 10:g}%"


def classify(
    paths: Sequence[Path],
    readings: Sequence[SubmissionFile | str],
    installed_versions: dict[str, int],
    *,
    accept_edited: bool = False,
) -> list[FileOutcome]:
    """Classify every file; duplicates (same country, period, template) keep the newest revision."""
    newest = dict(installed_versions)
    problems: dict[int, list[str]] = {}
    for index, reading in enumerate(readings):
        if isinstance(reading, SubmissionFile):
            problems[index] = identity_problems(reading)
            if not problems[index]:
                newest[reading.template_id] = max(
                    newest.get(reading.template_id, 0), reading.template_version
                )
    groups: dict[tuple[str, str, str], list[int]] = {}
    for index, reading in enumerate(readings):
        usable = isinstance(reading, SubmissionFile) and not problems[index]
        if usable and (reading.intact or accept_edited):  # type: ignore[union-attr]
            key = (reading.country, reading.period, reading.template_id)  # type: ignore[union-attr]
            groups.setdefault(key, []).append(index)
    winner_of: dict[int, int] = {}
    for members in groups.values():
        # Newest revision, then newest export; on a tie the first file named wins.
        best = max(
            members,
            key=lambda i: (readings[i].revision, readings[i].exported_at, -i),  # type: ignore[union-attr]
        )
        for member in members:
            winner_of[member] = best

    outcomes = []
    for index, (path, reading) in enumerate(zip(paths, readings, strict=True)):
        if not isinstance(reading, SubmissionFile):
            outcomes.append(FileOutcome(path, FileStatus.BROKEN, (reading,), None, False))
            continue
        if problems[index]:
            outcomes.append(
                FileOutcome(path, FileStatus.BROKEN, tuple(problems[index]), reading, False)
            )
            continue
        statuses: list[FileStatus] = []
        reasons: list[str] = []
        superseded_by = None
        if not reading.intact:
            statuses.append(FileStatus.EDITED)
            reasons.append(
                "edited by hand after export: the SHA-256 of its data no longer matches"
                + ("; consolidated anyway (--accept-edited)" if accept_edited else "; left out")
            )
        best = winner_of.get(index, index)
        if best != index:
            winner = readings[best]
            assert isinstance(winner, SubmissionFile)
            superseded_by = paths[best]
            statuses.append(FileStatus.DUPLICATE)
            if winner.uuid == reading.uuid:
                reasons.append(f"the same export (uuid {reading.uuid}) as {paths[best].name}")
            else:
                reasons.append(
                    f"revision {reading.revision} of {reading.country} {reading.period} is "
                    f"superseded by revision {winner.revision} in {paths[best].name}"
                )
        if reading.template_version < newest[reading.template_id]:
            statuses.append(FileStatus.OUTDATED)
            reasons.append(
                f"template {reading.template_id} version {reading.template_version}; "
                f"version {newest[reading.template_id]} is the newest"
            )
        if reading.completeness < 100:
            statuses.append(FileStatus.INCOMPLETE)
            reasons.append(
                f"{_percent(reading.completeness)} complete "
                f"({reading.cells_done} of {reading.cells_total} cells)"
            )
        status = min(statuses, key=list(FileStatus).index) if statuses else FileStatus.OK
        accepted = (reading.intact or accept_edited) and best == index
        outcomes.append(FileOutcome(path, status, tuple(reasons), reading, accepted, superseded_by))
    return outcomes


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
    origin "load"; an older or equal revision changes nothing.
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
            Submission.country == file.country,
            Submission.period == file.period,
            Submission.template_id == file.template_id,
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
    profile.focal_point = file.focal_point
    profile.institution = file.institution
    profile.email = file.email
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
    submission.revision = file.revision
    submission.status = SubmissionStatus.EXPORTED.value
    submission.updated_at = now
    session.add(
        SubmissionExport(
            submission_fk=submission.id,
            revision=file.revision,
            uuid=file.uuid,
            template_version=file.template_version,
            final=file.final,
            sha256=file.stored_sha256,
            path=str(file.path.resolve()),
            exported_at=_exported_at(file),
        )
    )
    session.flush()
    return (ImportResult.REPLACED if replacing else ImportResult.IMPORTED), ""


def _history(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _replace_values(
    session: Session, submission_id: int, file: SubmissionFile, replacing: bool, now: datetime
) -> None:
    existing: dict[tuple[str, str], IndicatorValue] = {}
    if replacing:
        for row in session.scalars(
            select(IndicatorValue).where(IndicatorValue.submission_fk == submission_id)
        ):
            existing[(row.indicator_code, row.cell)] = row
    records: list[ChangeRecord] = []

    def record(code: str, cell: str, attribute: str, old: object, new: object) -> None:
        records.append(
            ChangeRecord(
                submission_fk=submission_id,
                indicator_code=code,
                cell=cell,
                attribute=attribute,
                old=_history(old),
                new=_history(new),
                reason=f"consolidated from {file.path.name} (revision {file.revision})",
                origin="load",
                changed_at=now,
            )
        )

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
    existing: dict[tuple[str, str], Narrative] = {}
    if replacing:
        for row in session.scalars(
            select(Narrative).where(Narrative.submission_fk == submission_id)
        ):
            existing[(row.area_code, row.field)] = row
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
            session.add(
                _narrative_record(
                    submission_id, narrative.area, narrative.field, old, narrative.text, file, now
                )
            )
    for (area, field), row in existing.items():
        session.add(_narrative_record(submission_id, area, field, row.text, "", file, now))
        session.delete(row)


def _narrative_record(
    submission_id: int,
    area: str,
    field: str,
    old: str,
    new: str,
    file: SubmissionFile,
    now: datetime,
) -> ChangeRecord:
    return ChangeRecord(
        submission_fk=submission_id,
        area_code=area,
        attribute=f"narrative:{field}",
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
                what, message = import_submission(session, outcome.submission)
                if what == ImportResult.OLDER:
                    result[index] = replace(
                        outcome,
                        status=FileStatus.DUPLICATE,
                        reasons=(*outcome.reasons, message),
                        accepted=False,
                    )
                if progress is not None:
                    progress("importing", done, len(order))
    return result


def consolidate(
    store: Store,
    paths: Sequence[Path],
    out: Path,
    *,
    accept_edited: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
) -> ConsolidationResult:
    """Read, classify and import the files, then write the consolidated workbook from the store.

    Raises NothingReadable (changing nothing) when files were given and none can be read.
    """
    from micdesk.core.consolidation_workbook import write_consolidated_workbook

    readings = read_submissions(paths, workers=workers, progress=progress)
    outcomes = classify(
        paths, readings, store_template_versions(store), accept_edited=accept_edited
    )
    if paths and not any(outcome.submission is not None for outcome in outcomes):
        raise NothingReadable(outcomes)
    outcomes = import_accepted(store, outcomes, progress)
    count = write_consolidated_workbook(store, out, outcomes)
    return ConsolidationResult(tuple(outcomes), Path(out), count)
