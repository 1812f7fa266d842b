"""Writing the ``micdesk-submission/1`` workbook for UNIDO (docs/design.md §4).

Everything is prepared and checked in memory first (text cleaned, long cells
refused, the hash computed), then written with openpyxl's write-only mode to a
temporary file beside the target, renamed into place, and then recorded in the store.
"""

from __future__ import annotations

import contextlib
import logging
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from micdesk import __version__
from micdesk.core.backups import start_background_backup
from micdesk.core.crosswalk_lineage import value_lineage
from micdesk.core.model import Submission, SubmissionExport, utc_now
from micdesk.core.periods import previous_period
from micdesk.core.print_layout import A4
from micdesk.core.queries import QueryState, list_queries
from micdesk.core.records import (
    Completeness,
    OpenSubmission,
    completeness,
    overall_completeness,
)
from micdesk.core.store import Store
from micdesk.core.submission_document import SubmissionDocument, area_sections, plain_text
from micdesk.core.submission_format import (
    EXCEL_CELL_LIMIT,
    QUERIES_SHEET,
    SUBMISSION_FORMAT,
    TIMESTAMP_FORMAT,
    QueryRow,
    canonical_sha256,
)
from micdesk.core.submission_signature import signature_meta_rows
from micdesk.core.submission_workbook import (
    CONTEXT_ROWS,
    Progress,
    RemovedCharacters,
    TextCleaner,
    build_workbook,
    canonical_text,
    discard_workbook,
    prepare_rows,
)
from micdesk.core.submissions import get_profile, list_narratives, list_values, values_of_period
from micdesk.core.targets import list_targets
from micdesk.core.validation import Finding, errors, unexplained_warnings, validate_values
from micdesk.core.workplan import pick_text
from micdesk.core.xlsx_files import atomic_path, save_workbook

logger = logging.getLogger(__name__)


class ExportRefused(Exception):
    """Nothing was written; the message says why."""


class FinalExportRefused(ExportRefused):
    """A final export needs no hard errors and a comment on every warning (docs/design.md §4)."""

    def __init__(self, problems: list[Finding]) -> None:
        self.problems = problems
        lines = [str(finding) for finding in problems]
        count_errors = len(errors(problems))
        count_warnings = len(problems) - count_errors
        super().__init__(
            f"A final export is refused: {count_errors} error(s) to fix and "
            f"{count_warnings} warning(s) without a comment:\n  " + "\n  ".join(lines)
        )


class CellTooLong(ExportRefused):
    """Some text is longer than the 32,767 characters an Excel cell holds."""

    def __init__(self, places: list[str]) -> None:
        self.places = places
        super().__init__(
            f"Export refused: {len(places)} text(s) longer than the {EXCEL_CELL_LIMIT:,} "
            "characters an Excel cell can hold; shorten them:\n  " + "\n  ".join(places)
        )


class OpenQueriesRefused(ExportRefused):
    """A final export asks first about UNIDO's queries that are neither answered nor put off."""

    def __init__(self, queries: list[QueryState]) -> None:
        self.queries = queries
        lines = [
            f"{q.query_id} ({q.indicator_code or q.area_code}"
            + (f" [{q.cell or q.field}]" if q.cell or q.field else "")
            + f"): {q.question}"
            for q in queries
        ]
        super().__init__(
            f"A final export is refused: {len(queries)} of UNIDO's queries are open; answer "
            "them or mark them 'will answer later':\n  " + "\n  ".join(lines)
        )


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    uuid: str
    revision: int
    final: bool
    sha256: str
    completeness: Completeness
    data_rows: int
    narrative_rows: int
    queries: int = 0
    queries_answered: int = 0
    removed_characters: tuple[RemovedCharacters, ...] = ()
    findings: tuple[Finding, ...] = ()
    document: SubmissionDocument | None = None  # what the workbook says, for the PDF


def _check_final(findings: list[Finding]) -> None:
    problems = errors(findings) + unexplained_warnings(findings)
    if problems:
        raise FinalExportRefused(problems)


def export_submission(
    store: Store,
    submission: OpenSubmission,
    path: Path,
    *,
    final: bool = False,
    language: str = "en",
    include_archived: bool = False,
    paper: str = A4,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the submission workbook, record the export, and return what was written."""
    path = Path(path)
    template = submission.template
    values = list_values(store, submission, include_archived=include_archived)
    # The totals alone: all validation compares with (a second full read at 2,000 indicators).
    previous = values_of_period(
        store, submission, previous_period(submission.period), totals_only=True
    )
    findings = validate_values(template, values, previous)
    if final:
        _check_final(findings)
    queries = list_queries(store, submission)
    if final and [q for q in queries if q.blocks_final]:
        raise OpenQueriesRefused([q for q in queries if q.blocks_final])
    narratives = list_narratives(store, submission)
    targets = list_targets(store, submission)
    profile = get_profile(store, submission.country)
    per_area = completeness(template, values)
    overall = overall_completeness(per_area)

    clean = TextCleaner()
    lineage = value_lineage(store, submission.submission_id)
    prepared = prepare_rows(template, values, narratives, targets, language, clean, lineage)
    people = {
        "focal_point": clean(profile.focal_point if profile else "", "Cover focal point"),
        "institution": clean(profile.institution if profile else "", "Cover institution"),
        "email": clean(profile.email if profile else "", "Cover e-mail"),
    }
    area_texts = {
        area.code: {
            name: clean(
                pick_text(getattr(area, name), language, template.default_language),
                f"sheet {area.code} {name}",
            )
            for name in ("title", *(key for key, _ in CONTEXT_ROWS))
        }
        for area in template.areas
    }
    query_rows = [_query_row(number, query, clean) for number, query in enumerate(queries, 2)]
    if clean.too_long:
        raise CellTooLong(clean.too_long)

    with store.read() as session:
        row = session.get(Submission, submission.submission_id)
        if row is None:
            raise ExportRefused(f"submission {submission.submission_id} does not exist")
        last = session.scalar(
            select(func.max(SubmissionExport.revision)).where(
                SubmissionExport.submission_fk == submission.submission_id
            )
        )
        revision = max(row.revision, last or 0) + 1
    export_uuid = str(uuid_module.uuid4())
    exported_at = utc_now().replace(microsecond=0)
    identity = {
        "country": submission.country,
        "period": submission.period,
        "template_id": template.template_id,
        "template_version": str(template.version),
        "uuid": export_uuid,
        "revision": str(revision),
        "final": "true" if final else "false",
    }
    sha256 = canonical_sha256(
        identity,
        ([canonical_text(cell) for cell in row] for row in prepared.data),
        prepared.narratives,
        (row.canonical for row in query_rows),
    )
    meta = {
        "format": SUBMISSION_FORMAT,
        **identity,
        "sha256": sha256,
        "completeness": repr(round(overall.percent, 4)),
        "cells_done": str(overall.done),
        "cells_total": str(overall.total),
        "exported_at": exported_at.strftime(TIMESTAMP_FORMAT),
        "app_version": __version__,
        "language": language,
        **people,
    }
    if final and store.data_dir is not None:
        # The installation vouches for a final return; outside the hashed payload.
        meta.update(signature_meta_rows(store.data_dir, sha256))
    document = SubmissionDocument(
        meta=meta,
        template_title=plain_text(pick_text(template.title, language, template.default_language)),
        final=final,
        language=language,
        completeness=overall,
        open_problems=tuple(f for f in findings if f.severity.value == "error" or not f.explained),
        areas=area_sections(
            template,
            area_texts,
            prepared.by_key,
            prepared.narratives,
            targets,
            per_area,
            language,
        ),
    )
    workbook = build_workbook(
        template,
        submission,
        prepared,
        meta,
        document,
        findings,
        overall,
        language,
        final,
        paper,
        progress,
        query_rows,
    )
    result = ExportResult(
        path=path,
        uuid=export_uuid,
        revision=revision,
        final=final,
        sha256=sha256,
        completeness=overall,
        data_rows=len(prepared.data),
        narrative_rows=len(prepared.narratives),
        queries=len(query_rows),
        queries_answered=sum(1 for row in query_rows if row.answered),
        removed_characters=tuple(clean.removed),
        findings=tuple(findings),
        document=document,
    )
    try:
        written = _save_and_record(store, submission, workbook, path, result)
    except BaseException:
        discard_workbook(workbook)
        raise
    if written:
        # The file is in place (fsynced, renamed) and recorded before this starts.
        start_background_backup(store, "after-export")
    return result


def _query_row(number: int, query: QueryState, clean: TextCleaner) -> QueryRow:
    """One row of the Queries sheet: what UNIDO saw, what the store holds now, the answer."""
    where = f"{QUERIES_SHEET} row {number} ({query.query_id})"
    return QueryRow(
        sheet_row=number,
        query_id=query.query_id,
        area=query.area_code,
        indicator_code=query.indicator_code,
        cell=query.cell,
        field=query.field,
        question=clean(query.question, f"{where} question"),
        answer=clean(query.answer, f"{where} answer"),
        value_before=clean(query.value_seen, f"{where} value_before"),
        value_after=clean(query.value_now, f"{where} value_after"),
        answer_later=query.answer_later,
        answered_at=(
            query.answered_at.strftime(TIMESTAMP_FORMAT) if query.answered_at is not None else ""
        ),
    )


def _save_and_record(
    store: Store, submission: OpenSubmission, workbook: Workbook, path: Path, result: ExportResult
) -> bool:
    """Save beside ``path``, rename into place, then record the export; False if not recorded."""
    template = submission.template
    with atomic_path(path) as temporary:
        save_workbook(workbook, temporary)
    if store.read_only:
        # Rescuing damaged data: the file is what matters; the store cannot record it.
        return False
    # Recorded only once the file is in place (fsynced and renamed): a process killed
    # before this leaves a file the store does not count as exported, never a revision
    # (a final one, say) recorded for a file that does not exist.
    try:
        with store.transaction() as session:
            parent = session.get(Submission, submission.submission_id)
            assert parent is not None
            session.add(
                parent.record_export(
                    result,
                    template_version=template.version,
                    sha256=result.sha256,
                    exported_at=utc_now(),
                )
            )
    except BaseException:
        # Not recorded: no file may claim a revision the store does not know.
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return True
