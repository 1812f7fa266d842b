"""``micdesk review write``: UNIDO's queries, typed into the consolidated workbook, out as one
review workbook per return (docs/formats/review.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from micdesk.cli.consolidate_command import hq_database
from micdesk.cli.faults import fault_line
from micdesk.cli.subcommands import (
    Exit,
    Refused,
)
from micdesk.core.review_queries import plan_reviews, record_sent_reviews, write_reviews
from micdesk.core.store import Store
from micdesk.core.xlsx_files import UnreadableWorkbook

EXIT_SOME_REFUSED = 1

EPILOG = """\
exit codes: 0 every query written (or none typed); 1 some queries or files refused (one
line each on stderr), the others written; 2 wrong usage (a workbook or folder that does
not exist); 3 the database or a review file could not be opened or written; 4 not a
readable consolidated workbook, nothing written."""


def register(subparsers: Any) -> None:
    """Add ``review`` and its ``write`` sub-command."""
    review = subparsers.add_parser(
        "review",
        help="UNIDO's queries on returns, as review workbooks for the countries (HQ)",
        description=__doc__,
    )
    commands = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    write = commands.add_parser(
        "write",
        help="write one micdesk-review/1 workbook per return that has queries",
        description=(
            "Read the questions typed into the 'query' column of a consolidated workbook's "
            "Data and Narratives sheets and write one review workbook per country and "
            "period into the folder --out."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    write.add_argument("workbook", type=Path, metavar="CONSOLIDATED.xlsx")
    write.add_argument("--out", required=True, type=Path, metavar="DIR")
    write.add_argument(
        "--db",
        metavar="URL",
        help="the database the workbook was consolidated from: each return is checked against it",
    )
    write.add_argument(
        "--overwrite", action="store_true", help="replace review files of the same name"
    )
    write.set_defaults(run=run_write)


def _refused(message: str, code: int) -> Refused:
    """A refusal said as ``micdesk review: message``."""
    return Refused(f"micdesk review: {message}", code)


def run_write(args: argparse.Namespace) -> int:
    """Write the review workbooks; see EPILOG for the exit codes."""
    if not args.workbook.is_file():
        raise _refused(f"{args.workbook}: no such file", Exit.USAGE)
    if args.out.exists() and not args.out.is_dir():
        raise _refused(f"--out {args.out}: not a folder", Exit.USAGE)
    if args.db is None:
        return _write(args, None)
    with hq_database(args.db, "micdesk review: ", "micdesk-review-") as store:
        return _write(args, store)


def _write(args: argparse.Namespace, store: Store | None) -> int:
    try:
        plan = plan_reviews(args.workbook, store)
    except UnreadableWorkbook as error:
        raise _refused(str(error), Exit.UNREADABLE) from error
    for refusal in plan.refusals:
        print(f"refused: {refusal}", file=sys.stderr)
    if not plan.reviews:
        print(f"{args.workbook.name}: no queries to write ({len(plan.refusals)} refused)")
        return EXIT_SOME_REFUSED if plan.refusals else Exit.OK
    now = datetime.now(UTC)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        written, refused = write_reviews(plan, args.out, overwrite=args.overwrite, written_at=now)
    except OSError as error:
        raise _refused(
            f"cannot write into {args.out}: {fault_line(error)}", Exit.NOT_WRITTEN
        ) from error
    for refusal in refused:
        print(f"refused: {refusal}", file=sys.stderr)
    if store is not None:
        record_sent_reviews(store, written, now)
    for review, path in written:
        identity = review.identity
        print(
            f"{path}: {len(review.queries)} query(ies) on {identity.country} {identity.period} "
            f"revision {identity.submission_revision}"
        )
    queries = sum(len(review.queries) for review, _path in written)
    print(f"{len(written)} review(s) written, {queries} query(ies)")
    return EXIT_SOME_REFUSED if plan.refusals or refused else Exit.OK
