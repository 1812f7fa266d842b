"""``micdesk review write`` on 500 consolidated returns with 1,000 queries (issue 18).

Uses the 500 generated returns of ``benchmarks/consolidation.py`` (cached), consolidates
them into a throw-away SQLite store, types two questions per return into the consolidated
workbook with openpyxl (one beside a value, one beside a narrative), then times what the
command does: read the workbook's queries (``plan_reviews``) and write one review per
return (``write_reviews``). Target ≤ 10 s.

Run ``python benchmarks/review_write.py``; ``run()`` returns the numbers.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

import openpyxl

from benchmarks import consolidation
from micdesk.core.consolidation import import_accepted, store_template_versions
from micdesk.core.consolidation_files import classify, read_submissions
from micdesk.core.consolidation_workbook import (
    DATA_SHEET,
    NARRATIVES_SHEET,
    QUERY_COLUMN,
    write_consolidated_workbook,
)
from micdesk.core.review_queries import plan_reviews, write_reviews
from micdesk.core.store import open_store
from micdesk.core.template_store import ensure_default_template

TARGET_SECONDS = 10.0


def _type_questions(path: Path, per_return: int) -> int:
    """Type ``per_return`` questions for each return: values first, then narratives."""
    workbook = openpyxl.load_workbook(path)
    asked = 0
    for name, wanted in (
        (DATA_SHEET, per_return - per_return // 2),
        (NARRATIVES_SHEET, per_return // 2),
    ):
        sheet = workbook[name]
        header = {cell.value: cell.column for cell in sheet[1]}
        count: dict[tuple[Any, Any], int] = {}
        for row in range(2, sheet.max_row + 1):
            key = (
                sheet.cell(row, header["country"]).value,
                sheet.cell(row, header["period"]).value,
            )
            if count.get(key, 0) < wanted:
                count[key] = count.get(key, 0) + 1
                sheet.cell(row, header[QUERY_COLUMN]).value = f"Please confirm this figure ({row})."
                asked += 1
    workbook.save(path)
    return asked


def measure_files(paths: list[Path], per_return: int = 2) -> dict[str, Any]:
    """Consolidate ``paths``, type the questions, and time ``review write``."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store = open_store(folder / "hq")
        try:
            ensure_default_template(store)
            outcomes = classify(
                paths, read_submissions(paths, workers=1), store_template_versions(store)
            )
            outcomes = import_accepted(store, outcomes)
            workbook = folder / "consolidated.xlsx"
            write_consolidated_workbook(store, workbook, outcomes)
        finally:
            store.close()
        asked = _type_questions(workbook, per_return)
        started = time.perf_counter()
        plan = plan_reviews(workbook)
        planned = time.perf_counter()
        written, refused = write_reviews(plan, folder / "reviews")
        finished = time.perf_counter()
    assert not plan.refusals and not refused, (plan.refusals, refused)
    return {
        "returns": len(paths),
        "queries": plan.query_count,
        "typed": asked,
        "reviews": len(written),
        "read_s": round(planned - started, 2),
        "write_s": round(finished - planned, 2),
        "total_s": round(finished - started, 2),
    }


def run() -> dict[str, Any]:
    """``review write`` for the 500 cached returns, two questions each."""
    return measure_files(consolidation.generate())


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>10}: {value}")
