"""``micdesk export`` and ``micdesk submission check|load`` (docs/design.md §4, §7)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from micdesk.cli.faults import path_refusal
from micdesk.cli.subcommands import (
    Exit,
    Refused,
    action_group,
    add_action,
    writing_store,
    writing_submission,
)
from micdesk.core.print_layout import A4, LETTER, system_paper
from micdesk.core.queries import mark_answer_later, queries_blocking_final
from micdesk.core.submission_export import ExportRefused, ExportResult, export_submission
from micdesk.core.submission_format import SubmissionFile
from micdesk.core.submission_load import (
    LoadRefused,
    apply_submission_load,
    plan_submission_load,
)
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.submission_signature import check_submission_signature, signature_summary
from micdesk.core.submission_status import export_file_name, next_revision
from micdesk.core.xlsx_files import UnreadableWorkbook, check_regular_file

EXIT_PROBLEMS = 1
EXIT_EDITED = 3


def register(subparsers: Any) -> None:
    """Add ``export`` and ``submission check|load`` to the command line."""
    export = add_action(
        subparsers,
        "export",
        run_export,
        submission=True,
        help="write a country's submission workbook for UNIDO",
        description="Write the micdesk-submission/1 workbook of a country and period.",
    )
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        help=(
            "the .xlsx file to write, or a folder to write it in under its default name "
            "(e.g. KEN-2025-final-r3.xlsx)"
        ),
    )
    export.add_argument(
        "--overwrite", action="store_true", help="replace the file if it exists already"
    )
    export.add_argument(
        "--final",
        action="store_true",
        help="submit to UNIDO: refused while there are errors or warnings without a comment",
    )
    export.add_argument("--language", default="en", help="language of the labels (default en)")
    export.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf|FOLDER",
        help="also write the PDF of this export, to print and sign (same rows, same hash)",
    )
    export.add_argument(
        "--paper",
        choices=(A4, LETTER),
        help="paper of the printed workbook and the PDF (default: the system locale's)",
    )
    export.add_argument(
        "--answer-later",
        action="store_true",
        help=(
            "mark UNIDO's open queries 'will answer later' so that a final export can go "
            "(without it, a final export with open queries is refused and lists them)"
        ),
    )
    export.add_argument(
        "--include-archived",
        action="store_true",
        help="also export values of indicators removed from the template",
    )

    actions = action_group(subparsers, "submission", "check or load a submission workbook")
    check = add_action(
        actions,
        "check",
        run_check,
        help="say whether a submission is intact, draft or final, and how complete",
        description=(
            "Exit codes: 0 intact (draft or final), 3 edited since export, "
            "4 not a readable micdesk submission, 2 wrong usage (also a path that is "
            "not a file: missing, a folder, a device or a pipe)."
        ),
    )
    check.add_argument("file", type=Path)
    load = add_action(
        actions,
        "load",
        run_load,
        help="merge a submission's values into the local store, or keep UNIDO's review queries",
        description=(
            "Lists every change and conflict first. Exit codes: 0 loaded, 1 conflicts "
            "without --take or a refusal, 3 edited since export (use --accept-edited), "
            "4 not a readable micdesk submission, 2 wrong usage (also a path that is "
            "not a file). A UNIDO review workbook (micdesk-review/1) is recognised: its "
            "queries are kept to answer (micdesk query list|answer|later), all or none."
        ),
    )
    load.add_argument("file", type=Path)
    load.add_argument(
        "--accept-edited",
        action="store_true",
        help="load a file that was edited after it was exported",
    )
    load.add_argument(
        "--take",
        choices=("theirs", "mine"),
        help="resolve every conflict: take the file's value, or keep the store's",
    )


def run_export(args: argparse.Namespace) -> int:
    """Export a submission; 0 written, 1 refused, 2 wrong usage."""
    with writing_submission(args, "export", code=EXIT_PROBLEMS) as (store, submission):
        out = args.out
        if out.is_dir():
            revision = next_revision(store, submission)
            name = export_file_name(
                submission.country, submission.period, final=args.final, revision=revision
            )
            out = out / name
        pdf = args.pdf
        if pdf is not None and pdf.is_dir():
            pdf = pdf / out.with_suffix(".pdf").name  # beside it, named like the workbook
        for target in (out, pdf):
            if target is not None and target.exists() and not args.overwrite:
                raise Refused(
                    f"error: {target} exists already: choose another name, or add --overwrite",
                    EXIT_PROBLEMS,
                )
        if args.answer_later:
            for query in queries_blocking_final(store, submission):
                mark_answer_later(store, submission, query.query_id)
                print(f"{query.query_id}: will answer later")
        try:
            result = export_submission(
                store,
                submission,
                out,
                final=args.final,
                language=args.language,
                include_archived=args.include_archived,
                paper=args.paper or system_paper(),
            )
        except ExportRefused as error:
            raise Refused(str(error), EXIT_PROBLEMS) from error
        except OSError as error:
            raise Refused(_cannot_write(out, error), EXIT_PROBLEMS) from error
        kind = "final" if result.final else "draft"
        print(
            f"wrote {result.path} ({kind}, revision {result.revision}, "
            f"{result.completeness.percent:.0f}% complete: {result.completeness.done} of "
            f"{result.completeness.total} cells, {result.data_rows} data rows)",
        )
        print(f"sha256 {result.sha256}")
        if result.queries:
            print(_query_count(result.queries, result.queries_answered))
        for removed in result.removed_characters:
            print(f"note: {removed}")
        if result.final:
            print(f"next: {final_next_step(submission.template.portal)}")
        if pdf is not None:
            return _write_pdf(result, pdf, args.paper or system_paper())
        return Exit.OK


def _cannot_write(path: Path, error: OSError) -> str:
    return f"error: cannot write {path}: {error.strerror or error}"


def final_next_step(portal: str) -> str:
    """What UNIDO expects of a final file: the template's portal, or sending it."""
    where = f"upload this file to {portal}" if portal else "send this file to UNIDO"
    return f"{where}, as it is: do not open and re-save it in Excel"


def _write_pdf(result: ExportResult, path: Path, paper: str | None) -> int:
    """The PDF of the export just written; 1 if it cannot be written (the workbook stays)."""
    from micdesk.gui.submission_pdf import write_submission_pdf_from_command_line  # Qt only here

    assert result.document is not None
    try:
        pages = write_submission_pdf_from_command_line(result.document, path, paper)
    except OSError as error:
        raise Refused(_cannot_write(path, error), EXIT_PROBLEMS) from error
    print(f"wrote {path} ({pages} pages)")
    return Exit.OK


def _query_count(queries: int, answered: int) -> str:
    """'3 queries, 2 answered', as export, check and load say it."""
    return f"{queries} {'query' if queries == 1 else 'queries'}, {answered} answered"


def _describe(file: SubmissionFile) -> str:
    return (
        f"{file.status_word}, {file.completeness:.0f}% complete "
        f"({file.cells_done} of {file.cells_total} cells), {file.country} {file.period}, "
        f"template {file.template_id} version {file.template_version}, "
        f"revision {file.revision}, uuid {file.uuid}"
    )


def _read(path: Path) -> SubmissionFile:
    """The file read; refused in one line when it is not a readable submission."""
    try:
        check_regular_file(path)
    except UnreadableWorkbook as error:
        # Not a file at all (missing, a folder, a device, a pipe): wrong usage, as for
        # every other command.
        raise Refused(f"micdesk submission: {path_refusal(path, error)}", Exit.USAGE) from error
    try:
        return read_submission(path)
    except UnreadableSubmission as error:
        raise Refused(f"not a readable micdesk submission: {error}", Exit.UNREADABLE) from error


def run_check(args: argparse.Namespace) -> int:
    """Check a submission file; 0 intact, 3 edited, 4 unreadable, 2 not a file."""
    file = _read(args.file)
    if not file.intact:
        why = (
            "the SHA-256 of its data no longer matches"
            if file.stored_sha256 != file.computed_sha256
            else f"{file.stray_meta_cells:,} cells were added to its hidden _micdesk sheet"
        )
        print(f"{args.file}: EDITED since export ({why}); it says: {_describe(file)}")
        return EXIT_EDITED
    print(f"{args.file}: intact, {_describe(file)}")
    if file.queries:
        answered = sum(1 for query in file.queries if query.answered)
        print(f"{args.file}: {_query_count(len(file.queries), answered)}")
    if file.final:
        signature = check_submission_signature(file.signature_rows, file.computed_sha256)
        print(f"{args.file}: {signature_summary(signature, registry_given=False)}")
    return Exit.OK


def run_load(args: argparse.Namespace) -> int:
    """Load a submission file into the store, listing every change first."""
    from micdesk.core.review_load import is_review_workbook

    if args.file.is_file() and is_review_workbook(args.file):
        return _load_review(args)
    file = _read(args.file)
    with writing_store(args, "submission load", code=EXIT_PROBLEMS) as store:
        try:
            plan = plan_submission_load(store, file)
        except LoadRefused as error:
            raise Refused(f"refused: {error}", EXIT_PROBLEMS) from error
        state = "intact" if plan.intact else "EDITED since export"
        print(f"{args.file}: {state}, {_describe(file)}")
        for note in plan.notes:
            print(f"note: {note}")
        for item in (*plan.changes, *plan.not_loadable):
            print(f"  {item}")
        conflicts = plan.conflicts
        print(
            f"{len(plan.changes) - len(conflicts)} new, {len(conflicts)} conflict(s), "
            f"{plan.unchanged} unchanged, {len(plan.not_loadable)} not loadable",
        )
        if not plan.intact and not args.accept_edited:
            raise Refused(
                "refused: the file was edited after export; nothing was loaded. "
                "Rerun with --accept-edited to load the changes listed above.",
                EXIT_EDITED,
            )
        if conflicts and args.take is None:
            raise Refused(
                "refused: conflicts need a choice; nothing was loaded. Rerun with "
                "--take theirs (use the file's values) or --take mine (keep yours).",
                EXIT_PROBLEMS,
            )
        resolutions = {item.key: args.take for item in conflicts}
        try:
            result = apply_submission_load(
                store, plan, resolutions, accept_edited=args.accept_edited
            )
        except LoadRefused as error:
            raise Refused(f"refused: {error}", EXIT_PROBLEMS) from error
    print(
        f"loaded into {plan.country} {plan.period}: {result.values_written} value(s) and "
        f"{result.narratives_written} narrative(s) written, {result.kept_mine} kept as "
        f"they were, {result.not_loaded} not loadable",
    )
    return Exit.OK


def _load_review(args: argparse.Namespace) -> int:
    """Keep the queries of UNIDO's review workbook to answer; 0 kept, 1 refused, 3 edited."""
    from micdesk.core.queries import EditedReviewRefused, ReviewRefused, record_review
    from micdesk.core.review_load import read_review_to_record
    from micdesk.core.review_reader import UnreadableReview

    try:
        review = read_review_to_record(args.file)
    except UnreadableReview as error:
        raise Refused(f"not a readable micdesk review: {error}", Exit.UNREADABLE) from error
    state = "intact" if review.intact else "EDITED since UNIDO wrote it"
    print(
        f"{args.file}: UNIDO's review of {review.country} {review.period} revision "
        f"{review.answers_revision}, {state}, {len(review.queries)} "
        f"{'query' if len(review.queries) == 1 else 'queries'}"
    )
    for query in review.queries:
        place = query.indicator_code or query.area_code
        if query.cell or query.field:
            place += f" [{query.cell or query.field}]"
        print(f"  {query.query_id} {place}: {query.question}")
    with writing_store(args, "submission load", code=EXIT_PROBLEMS) as store:
        try:
            recorded = record_review(store, review, accept_edited=args.accept_edited)
        except EditedReviewRefused as error:
            raise Refused(
                f"refused: {error}. Rerun with --accept-edited to keep them.", EXIT_EDITED
            ) from error
        except ReviewRefused as error:
            raise Refused(f"refused: {error}", EXIT_PROBLEMS) from error
    submission = recorded.submission
    print(
        f"kept {recorded.recorded} of UNIDO's queries to answer in {submission.country} "
        f"{submission.period} (micdesk query list --country {submission.country} "
        f"--period {submission.period})"
    )
    if recorded.exported_since > recorded.answers_revision:
        print(
            f"note: UNIDO saw revision {recorded.answers_revision}; revision "
            f"{recorded.exported_since} was exported since"
        )
    return Exit.OK
