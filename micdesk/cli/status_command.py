"""``micdesk status``: say whether a submission is draft or final, its revision and what
changed since.

Draft or final, revision, last export, values changed since the last export and open
problems of a country's submission (docs/design.md §12). Exit codes: 0 shown, 1 the
store cannot be opened, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from micdesk.cli.subcommands import Exit, add_action, writing_submission
from micdesk.core.submission_status import ReportingStatus, Stage, reporting_status


def register(subparsers: Any) -> None:
    """Add ``status`` to the command line."""
    status = add_action(subparsers, "status", run_status, submission=True, doc=__doc__)
    status.add_argument("--json", action="store_true", help="print one JSON object")


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
    # It may create the submission (and install the built-in template): a writer.
    with writing_submission(args, "status", code=Exit.REFUSED) as (store, submission):
        status = reporting_status(store, submission)
    if args.json:
        print(json.dumps(status.as_dict(), ensure_ascii=False, sort_keys=True))
    else:
        print("\n".join(describe(status)))
    return Exit.OK
