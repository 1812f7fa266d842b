"""``micdesk contributor write|load``: ask another ministry for some indicators' figures, and
load them back.

Exit codes: 0 done; 1 refused (a workbook this data folder never asked for, for another
country or period, a changed request, conflicts without --take; invalid cells are listed
and not loaded, the rest is); 2 wrong usage; 4 not a readable contributor workbook.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from micdesk.cli.subcommands import Exit, Refused, action_group, writing_store, writing_submission
from micdesk.core.contributions import (
    ContributionRefused,
    apply_contribution_load,
    plan_contribution_load,
    write_contribution,
)
from micdesk.core.workplan import UN_LANGUAGES
from micdesk.core.xlsx_files import UnreadableWorkbook


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``contributor`` and its sub-commands."""
    commands = action_group(subparsers, "contributor", doc=__doc__)
    write = commands.add_parser(
        "write", help="write a contributor workbook (micdesk-contribution/1)"
    )
    write.add_argument("--country", required=True)
    write.add_argument("--period", required=True)
    asked = write.add_mutually_exclusive_group(required=True)
    asked.add_argument("--indicators", help="indicator codes, comma-separated (ENV-1,ENV-2)")
    asked.add_argument("--area", help="every indicator of one area (ENV)")
    write.add_argument("--to", required=True, metavar="CONTRIBUTOR", help="whom it is for")
    write.add_argument("--out", required=True, type=Path)
    write.add_argument("--language", choices=UN_LANGUAGES, default="en")
    write.set_defaults(run=run_write)
    load = commands.add_parser("load", help="check a filled contributor workbook and load it")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--take", choices=("theirs", "mine"), help="for every conflict")
    load.set_defaults(run=run_load)


PREFIX = "micdesk contributor: "


def _refused(message: str, code: int) -> Refused:
    """A refusal said as ``micdesk contributor: message``."""
    return Refused(f"{PREFIX}{message}", code)


def run_write(args: argparse.Namespace) -> int:
    """Write a contributor workbook; 0 written, 1 refused, 2 wrong usage."""
    if args.out.suffix.lower() != ".xlsx":
        raise _refused(f"{args.out}: the file name must end in .xlsx", Exit.USAGE)
    if args.out.exists():
        raise _refused(f"{args.out}: a file of that name exists; choose another", Exit.USAGE)
    # It records the request in the store: a writer, under the folder's lock.
    writer = writing_submission(args, "contributor write", code=Exit.REFUSED, prefix=PREFIX)
    with writer as (store, submission):
        template = submission.template
        if args.area:
            codes = [i.code for i in template.indicators if i.area == args.area.upper()]
            if not codes:
                raise _refused(f"there is no area '{args.area}' in the template", Exit.USAGE)
        else:
            codes = [code.strip() for code in args.indicators.split(",") if code.strip()]
        try:
            write_contribution(store, submission, codes, args.to, args.out, args.language)
        except ContributionRefused as error:
            raise _refused(str(error), Exit.USAGE) from error
        except OSError as error:
            raise _refused(
                f"{args.out}: cannot be written ({error.strerror})", Exit.REFUSED
            ) from error
    print(
        f"Wrote {args.out} for {args.to}: {', '.join(codes)} of {args.country.upper()} {args.period}"
    )
    return Exit.OK


def run_load(args: argparse.Namespace) -> int:
    """Check and load a contributor workbook; see the module's exit codes."""
    if not args.file.is_file():
        raise _refused(f"{args.file}: no such file", Exit.USAGE)
    with writing_store(
        args, "contributor load", code=Exit.REFUSED, prefix=PREFIX, template=False
    ) as store:
        try:
            plan = plan_contribution_load(store, args.file)
        except UnreadableWorkbook as error:
            print(error)
            return Exit.UNREADABLE
        except ContributionRefused as error:
            print(error)
            return Exit.UNREADABLE if error.key == "not_a_contribution" else Exit.REFUSED
        for problem in plan.invalid:
            print(f"invalid: {problem}")
        for value in plan.values:
            print(f"  {value}")
        try:
            written = apply_contribution_load(store, plan, args.take)
        except ContributionRefused as error:
            print(error)
            return Exit.REFUSED
    print(
        f"{args.file.name}: {written} value(s) loaded from {plan.contributor}, "
        f"{len(plan.invalid)} invalid (not loaded)"
    )
    return Exit.REFUSED if plan.invalid else Exit.OK
