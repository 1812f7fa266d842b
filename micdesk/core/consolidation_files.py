"""The files of an HQ consolidation (docs/design.md §8): found, read, and classified, without a store.

Every file is read with the one submission reader (``submission_reader``) and
classified (ok, edited, broken, outdated, incomplete, duplicate); ``consolidation``
imports the accepted ones and ``consolidation_workbook`` reports on all of them.
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
from dataclasses import dataclass
from pathlib import Path

from micdesk.core.periods import PeriodError, parse_period
from micdesk.core.submission_format import (
    COVER_SHEET,
    DATA_SHEET,
    META_SHEET,
    NARRATIVE_SHEET,
    SubmissionFile,
)
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.vocabulary import COUNTRY_PATTERN, NarrativeField, Periodicity
from micdesk.core.xlsx_files import UnreadableWorkbook, check_regular_file, shown

Progress = Callable[[str, int, int], None]
"""progress(phase, done, total): phase is 'reading' or 'importing'."""


# Below this many files a process pool costs more (starting workers) than it saves.
PARALLEL_THRESHOLD = 12


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
    signature: str = ""
    """Who signed the file (``submission_signature.signature_summary``); empty if unreadable."""
    replaced_revision: int | None = None
    """The revision this file's import superseded in the store (kept in its history)."""

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
            try:
                check_regular_file(given)
            except UnreadableWorkbook as error:
                raise ConsolidationError(str(error)) from error
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
    except Exception as error:  # one file the reader did not foresee must not stop HQ's run
        return f"{path.name}: cannot be read ({type(error).__name__}: {shown(str(error))})"


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
    for index, reading in enumerate(readings):
        # An edited file left out is superseded too when what is consolidated is at least
        # as new, so that every one of its problems is listed.
        if isinstance(reading, SubmissionFile) and not problems[index] and index not in winner_of:
            members = groups.get((reading.country, reading.period, reading.template_id), [])
            if members:
                best = winner_of[members[0]]
                winner = readings[best]
                assert isinstance(winner, SubmissionFile)
                if (winner.revision, winner.exported_at) >= (reading.revision, reading.exported_at):
                    winner_of[index] = best

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
