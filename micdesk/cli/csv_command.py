"""``micdesk csv``: write a sheet of a submission or consolidated workbook as formula-safe CSV.

Write one sheet as CSV (UTF-8, every field quoted) in which no cell can run as a formula
when a spreadsheet opens it: text that starts like a formula (= + - @, tab, line breaks)
gets a leading apostrophe. Use it instead of saving a submission as CSV from a spreadsheet
(HQ).

Exit codes: 0 written; 2 wrong usage (a file that does not exist, no such sheet);
4 not a workbook micdesk will read. See docs/hq-csv-safety.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from micdesk.cli.subcommands import Exit, add_action


def register(subparsers: Any) -> None:
    """Add ``csv`` to the command line."""
    parser = add_action(subparsers, "csv", run_csv, doc=__doc__)
    parser.add_argument("workbook", type=Path, metavar="WORKBOOK.xlsx")
    parser.add_argument("--out", required=True, type=Path, help="the .csv file to write")
    parser.add_argument("--sheet", default="Data", help="which sheet (default: Data)")


def run_csv(args: argparse.Namespace) -> int:
    """Write the sheet as CSV; 0 written, 2 wrong usage, 4 unreadable workbook."""
    from micdesk.core.csv_export import UnreadableWorkbook, sheet_to_csv

    if not args.workbook.is_file():
        print(f"micdesk csv: {args.workbook}: no such file", file=sys.stderr)
        return Exit.USAGE
    try:
        written = sheet_to_csv(args.workbook, args.sheet, args.out)
    except UnreadableWorkbook as error:
        print(f"micdesk csv: {error}", file=sys.stderr)
        return Exit.UNREADABLE
    except KeyError as error:
        print(
            f"micdesk csv: {args.workbook.name} has no sheet '{args.sheet}' "
            f"(it has: {error.args[0]})",
            file=sys.stderr,
        )
        return Exit.USAGE
    except OSError as error:
        print(f"micdesk csv: cannot write {args.out}: {error.strerror or error}", file=sys.stderr)
        return Exit.USAGE
    print(
        f"wrote {written.path}: {written.rows} rows from {args.workbook.name}!{args.sheet}; "
        f"{written.neutralised} cell(s) that would run as formulas kept as text"
    )
    return Exit.OK
