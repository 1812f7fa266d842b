"""``micdesk status``: where a country's submission stands (docs/design.md §12)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from micdesk.core.periods import PeriodError
from micdesk.core.startup import close_store, open_for_writing
from micdesk.core.store import StoreError
from micdesk.core.submission_status import ReportingStatus, Stage, reporting_status
from micdesk.core.submissions import open_submission
from micdesk.core.template_store import ensure_default_template

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    """Add ``status`` to the command line."""
    status = subparsers.add_parser(
        "status",
        help="say whether a submission is draft or final, its revision and what changed since",
        description=(
            "Draft or final, revision, last export, values changed since the last export "
            "and open problems of a country's submission. Exit codes: 0 shown, 1 the store "
            "cannot be opened, 2 wrong usage."
        ),
    )
    status.add_argument("--country", required=True, help="ISO 3166-1 alpha-3 code, e.g. KEN")
    status.add_argument("--period", required=True, help="reporting period, e.g. 2025")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    status.set_defaults(run=run_status)


def describe(status: ReportingStatus) -> list[str]:
    """The status as lines of English for a terminal."""
    last = status.last_export
    head = f"{status.country} {status.period}: "
    if last is None:
        lines = [head + "not exported yet"]
    else:
        stage = "final (sent to UNIDO)" if status.stage == Stage.FINAL else "draft"
        lines = [
            head + f"{stage}, revision {last.revision}, exported "
            f"{last.exported_at.isoformat(timespec='seconds')}",
            f"file: {last.path}" if last.path else "file: (not recorded)",
            f"changed since the last export: {status.standing.changed_since_export}",
        ]
        if status.standing.reason:
            lines.append(f"reason for the changes: {status.standing.reason}")
    done, total = status.completeness.done, status.completeness.total
    problems = status.problems
    lines.append(f"filled: {done} of {total} ({problems.to_do} required still to do)")
    lines.append(
        f"problems: {problems.errors} errors, {problems.open_warnings} warnings to explain "
        f"({problems.explained_warnings} explained)"
    )
    return lines


def run_status(args: argparse.Namespace) -> int:
    """Print a submission's status; 0 shown, 1 the store cannot be opened, 2 wrong usage."""
    try:
        # It may create the submission (and install the built-in template): a writer.
        store = open_for_writing(args.data_dir, "micdesk status")
        ensure_default_template(store)
    except StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        try:
            submission = open_submission(store, args.country, args.period)
        except (ValueError, PeriodError, LookupError) as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_USAGE
        status = reporting_status(store, submission)
    finally:
        close_store(store)
    if args.json:
        print(json.dumps(status.as_dict(), ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(describe(status)))
    return EXIT_OK
