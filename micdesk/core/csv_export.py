"""A sheet of a workbook as CSV that no spreadsheet runs as formulas (docs/hq-csv-safety.md).

A submission's text is written to the workbook as text, so Excel never runs it there.
Saved as CSV (by LibreOffice, by Excel's "Save as"), the same text becomes a bare
line such as ``=HYPERLINK(...)`` or ``+1+cmd|' /C calc'!A0``, which a spreadsheet
opening the CSV runs. The OWASP rules for CSV injection are applied here instead:
every field is quoted (inner quotes doubled), and a text field that a spreadsheet
would read as a formula gets a leading apostrophe, which spreadsheets show as text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from micdesk.core.xlsx_files import UnreadableWorkbook, atomic_write, open_workbook, sheet_rows

# OWASP's list (= + - @ tab CR LF), and the full-width forms some spreadsheets also read.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")
# A plain number, which a spreadsheet reads as a number whatever its sign: left alone.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
CSV_ENCODING = "utf-8-sig"  # the byte-order mark makes Excel read UTF-8 (Arabic, Chinese)


def neutralised(text: str) -> str:
    """The text with a leading apostrophe if a spreadsheet would run it as a formula."""
    if not text or _PLAIN_NUMBER.fullmatch(text):
        return text
    stripped = text.lstrip(" \u00a0\u3000")
    if text[0] in FORMULA_TRIGGERS or (stripped and stripped[0] in FORMULA_TRIGGERS):
        return "'" + text
    return text


def csv_field(value: Any) -> tuple[str, bool]:
    """A cell value as CSV text, and whether it had to be neutralised."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), False
    if isinstance(value, int | float | Decimal):
        return str(value), False
    if isinstance(value, datetime | date | time):
        return value.isoformat(), False
    text = str(value)
    safe = neutralised(text)
    return safe, safe != text


@dataclass(frozen=True)
class CsvWritten:
    """What a CSV export wrote: its rows and how many fields were made harmless."""

    path: Path
    rows: int
    neutralised: int


def write_csv(rows: Iterable[Iterable[Any]], path: Path) -> CsvWritten:
    """Write rows as safe CSV (every field quoted, formulas made text), atomically."""
    counts = {"rows": 0, "neutralised": 0}

    def fields(row: Iterable[Any]) -> Iterator[str]:
        for value in row:
            text, changed = csv_field(value)
            counts["neutralised"] += changed
            yield text

    def write(temporary: Path) -> None:
        with open(temporary, "w", encoding=CSV_ENCODING, newline="") as handle:
            writer = csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
            for row in rows:
                writer.writerow(list(fields(row)))
                counts["rows"] += 1

    atomic_write(Path(path), write)
    return CsvWritten(Path(path), counts["rows"], counts["neutralised"])


def sheet_to_csv(workbook_path: Path, sheet: str, path: Path) -> CsvWritten:
    """Write one sheet of a workbook (a submission, a consolidation) as safe CSV.

    Raises UnreadableWorkbook for a file micdesk will not read, and KeyError naming the
    sheets there are when the workbook has no such sheet.
    """
    workbook = open_workbook(Path(workbook_path))
    try:
        names = {name.lower(): name for name in workbook.sheetnames}
        if sheet.lower() not in names:
            raise KeyError(", ".join(workbook.sheetnames))
        worksheet = workbook[names[sheet.lower()]]
        return write_csv((values for _number, values in sheet_rows(worksheet)), path)
    finally:
        workbook.close()


__all__ = [
    "CsvWritten",
    "UnreadableWorkbook",
    "csv_field",
    "neutralised",
    "sheet_to_csv",
    "write_csv",
]
