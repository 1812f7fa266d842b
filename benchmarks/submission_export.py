"""Submission export (docs/design.md §11): the default template under 0.5 s; a 500-indicator template
with disaggregations under 3 s and within 2× of openpyxl writing the same cells raw.

Each export is timed beside openpyxl writing the very cells of that export (read back
from the file, untimed) into a plain write-only workbook: the same sheets in the same
order under the same titles, every cell that holds a value with that value and type, and
every number format other than General (the Data sheet's "#,##0.00", the Cover's "0.0%").
It writes no fonts, fills or alignments, no column widths, frozen panes, autofilters or
page set-up, and it does not read the store, validate, hash, fsync or rename.

The export's time is what its caller waits for: reading the store, validating, writing
the file, fsyncing and renaming it, and recording the export. The backup taken after an
export runs on a background thread once the file is in place; it is not in the export's
time but is timed on its own row, and each run waits for it (untimed) so that it never
overlaps the next run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from benchmarks.common import Context, Measure, median, timings
from benchmarks.folders import default_folder, large_folder
from micdesk.core.backups import create_backup, wait_for_background_backups
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission
from micdesk.core.xlsx_files import open_workbook

DEFAULT_TARGET_SECONDS = 0.5
LARGE_TARGET_SECONDS = 3.0
MAX_RATIO_TO_RAW = 2.0


Cell = tuple[Any, str | None]  # a value and its number format (None: General)


def _cells(exported: Path) -> dict[str, list[list[Cell | None]]]:
    """Every sheet's cells as read back: (value, number format) or None for an empty cell."""
    workbook = open_workbook(exported)
    try:
        return {
            sheet.title: [
                [
                    None
                    if cell.value is None
                    else (cell.value, None if cell.number_format == "General" else
                          cell.number_format)
                    for cell in row
                ]
                for row in sheet.iter_rows()
            ]
            for sheet in workbook.worksheets
        }  # fmt: skip
    finally:
        workbook.close()


def raw_openpyxl_write(sheets: dict[str, list[list[Cell | None]]], path: Path) -> None:
    """openpyxl writing the cells as they are (values and number formats), write-only."""
    raw = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = raw.create_sheet(title)
        for row in rows:
            values = []
            for cell in row:
                if cell is None or cell[1] is None:
                    values.append(None if cell is None else cell[0])
                else:
                    formatted = WriteOnlyCell(sheet, cell[0])
                    formatted.number_format = cell[1]
                    values.append(formatted)
            sheet.append(values)
    raw.save(path)


def _measure(
    label: str,
    folder: Path,
    country: str,
    period: str,
    target: float,
    runs: int,
    ratio_target: float | None = MAX_RATIO_TO_RAW,
) -> list[Measure]:
    store = open_store(folder)
    try:
        submission = open_submission(store, country, period)
        out = folder / "export.xlsx"
        export: list[float] = []
        for _ in range(runs):
            export += timings(lambda: export_submission(store, submission, out), 1)
            wait_for_background_backups(store)  # untimed: never overlaps the next run
        backup = timings(lambda: create_backup(store, "after-export"), runs)
    finally:
        store.close()
    sheets = _cells(out)
    raw = timings(lambda: raw_openpyxl_write(sheets, folder / "raw.xlsx"), runs)
    cells = sum(cell is not None for rows in sheets.values() for row in rows for cell in row)
    formatted = sum(
        cell is not None and cell[1] is not None
        for rows in sheets.values() for row in rows for cell in row
    )  # fmt: skip
    ratio = median(export) / median(raw)
    note = (f"median of {runs}; {cells} cells with a value ({formatted} with a number format) "
            f"in {len(sheets)} sheets")  # fmt: skip
    return [
        Measure(f"export, {label}", median(export), "s", target, runs=runs, note=note),
        Measure(f"openpyxl raw write of the same cells, {label}", median(raw), "s", runs=runs,
                note=note),
        Measure(f"export ÷ openpyxl raw, {label}", ratio, "×", ratio_target, runs=runs,
                note="medians divided"),
        Measure(f"backup after export (background thread), {label}", median(backup), "s",
                runs=runs, note=f"median of {runs}; create_backup alone, after the file is in "
                                "place; not in the export's time"),
    ]  # fmt: skip


def measure(context: Context) -> list[Measure]:
    """Both exports, each beside openpyxl writing its cells raw."""
    default = default_folder(context.scratch / "default")
    large = large_folder(context, context.scratch / "large")
    size = context.size
    return [
        # §11 holds the default template's export to 0.5 s; its ratio to openpyxl (a few
        # hundred cells, mostly the fsyncs and the commit) is information only.
        *_measure("default template", *default, DEFAULT_TARGET_SECONDS, context.runs(7, 1),
                  ratio_target=None),
        *_measure(f"{size.indicators}-indicator template", *large, LARGE_TARGET_SECONDS,
                  context.runs(5, 1)),
    ]  # fmt: skip
