"""Submission export (DESIGN §11): the default template under 0.5 s; a 500-indicator template
with disaggregations under 3 s and within 2× of openpyxl writing the same cells raw.

Each export is timed beside openpyxl writing the very cells of that export (read back
from the file, untimed) into a plain write-only workbook: no styles, no checks, no hash.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from benchmarks.common import Context, Measure, median, timings
from benchmarks.folders import default_folder, large_folder
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission
from micdesk.core.xlsx_files import open_workbook

DEFAULT_TARGET_SECONDS = 0.5
LARGE_TARGET_SECONDS = 3.0
MAX_RATIO_TO_RAW = 2.0


def _cells(exported: Path) -> dict[str, list[list]]:
    workbook = open_workbook(exported)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def raw_openpyxl_write(sheets: dict[str, list[list]], path: Path) -> None:
    """openpyxl writing the cells as they are: the floor any xlsx writer in Python pays."""
    raw = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = raw.create_sheet(title)
        for row in rows:
            sheet.append(row)
    raw.save(path)


def _measure(
    label: str, folder: Path, country: str, period: str, target: float, runs: int
) -> list[Measure]:
    store = open_store(folder)
    try:
        submission = open_submission(store, country, period)
        out = folder / "export.xlsx"
        export = timings(lambda: export_submission(store, submission, out), runs)
    finally:
        store.close()
    sheets = _cells(out)
    raw = timings(lambda: raw_openpyxl_write(sheets, folder / "raw.xlsx"), runs)
    cells = sum(len(row) for rows in sheets.values() for row in rows)
    ratio = median(export) / median(raw)
    note = f"median of {runs}; {cells} cells in {len(sheets)} sheets"
    return [
        Measure(f"export, {label}", median(export), "s", target, runs=runs, note=note),
        Measure(f"openpyxl raw write of the same cells, {label}", median(raw), "s", runs=runs,
                note=note),
        Measure(f"export ÷ openpyxl raw, {label}", ratio, "×", MAX_RATIO_TO_RAW, runs=runs,
                note="medians divided"),
    ]  # fmt: skip


def measure(context: Context) -> list[Measure]:
    """Both exports, each beside openpyxl writing its cells raw."""
    default = default_folder(context.scratch / "default")
    large = large_folder(context, context.scratch / "large")
    size = context.size
    return [
        *_measure("default template", *default, DEFAULT_TARGET_SECONDS, context.runs(7, 1)),
        *_measure(f"{size.indicators}-indicator template", *large, LARGE_TARGET_SECONDS,
                  context.runs(5, 1)),
    ]  # fmt: skip
