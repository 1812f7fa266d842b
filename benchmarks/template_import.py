"""Template check and import of a 500-indicator workbook (docs/design.md §11: import under 2 s).

The workbook is the seeded template (benchmarks/generate.py) written by the app's own
template writer. Timed, as medians, beside openpyxl merely reading every cell of it:

- check: ``read_template_workbook`` (safety checks, read, every rule);
- import into a store holding the built-in template and Kenya's 2024 and 2025 values
  (``preview_template_import`` + ``apply_template_import``: the full update path);
- import of the next version into the store of 20 periods × 5 countries × 500
  indicators, whose every value must be carried across ("stays as fast").
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from benchmarks.common import Context, Measure, median, timings
from benchmarks.folders import default_folder, large_folder
from benchmarks.generate import write_large_workbook
from micdesk.core.store import open_store
from micdesk.core.template_update import apply_template_import, preview_template_import
from micdesk.core.template_workbook import read_template_workbook

TARGET_SECONDS = 2.0


def openpyxl_read(path: Path) -> None:
    """openpyxl reading every cell (read-only): the floor any reader of the file pays."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    for worksheet in workbook.worksheets:
        for _ in worksheet.iter_rows(values_only=True):
            pass
    workbook.close()


def _timed_import(folder: Path, workbook: Path) -> float:
    """Seconds to preview and apply the workbook into the data folder's store."""
    store = open_store(folder)
    try:
        return timings(
            lambda: apply_template_import(store, preview_template_import(store, workbook)), 1
        )[0]
    finally:
        store.close()


def measure(context: Context) -> list[Measure]:
    """Check and import times, and openpyxl reading the same workbook."""
    size = context.size
    runs = context.runs(5, 1)
    first = write_large_workbook(context.scratch / "v2.xlsx", size, version=2)
    later = write_large_workbook(context.scratch / "v3.xlsx", size, version=3)
    read = timings(lambda: openpyxl_read(first), runs)
    check = timings(lambda: read_template_workbook(first), runs)
    fresh = [
        _timed_import(default_folder(context.scratch / f"fresh{n}")[0], first) for n in range(runs)
    ]
    big_runs = context.runs(3, 1)
    big = [
        _timed_import(large_folder(context, context.scratch / f"big{n}")[0], later)
        for n in range(big_runs)
    ]
    label = f"{size.indicators}-indicator workbook"
    store_label = f"{size.periods}×{size.countries}×{size.indicators} store"
    note = f"median of {runs}"
    return [
        Measure(f"openpyxl read-only read, {label}", median(read), "s", runs=runs, note=note),
        Measure(f"template check, {label}", median(check), "s", TARGET_SECONDS, runs=runs,
                note=note),
        Measure(f"template import, {label}", median(fresh), "s", TARGET_SECONDS, runs=runs,
                note=f"{note}; over the built-in template and Kenya's values"),
        Measure(f"template import ÷ openpyxl read, {label}", median(fresh) / median(read), "×",
                runs=runs, note="medians divided"),
        Measure(f"template import, next version into the {store_label}", median(big), "s",
                TARGET_SECONDS, runs=big_runs,
                note=f"median of {big_runs}; every value carried across"),
    ]  # fmt: skip
