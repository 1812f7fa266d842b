"""HQ consolidation of 500 submissions of the default template (docs/design.md §8, §11).

Generates 500 submissions once (50 countries × 10 periods, every cell filled, real
exports from one store) into ``benchmarks/results/consolidation-cache/`` (git-ignored),
then times ``consolidate`` into a throw-away SQLite store, reading the files in turn
(1 process) and in a process pool (one worker per core), and reports files per second
and the time of each phase (read, classify + import, write the workbook).

Run ``python benchmarks/consolidation.py``; ``run()`` returns the numbers.
"""

from __future__ import annotations

import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from micdesk.core.consolidation import import_accepted, store_template_versions
from micdesk.core.consolidation_files import (
    FileStatus,
    classify,
    collect_submission_paths,
    read_submissions,
)
from micdesk.core.consolidation_workbook import write_consolidated_workbook
from micdesk.core.startup import close_store
from micdesk.core.store import Store, open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, set_narrative, set_value
from micdesk.core.template_store import ensure_default_template

FILES = 500
CACHE = Path(__file__).resolve().parent / "results" / "consolidation-cache"
COUNTRIES = [f"C{a}{b}" for a in "ABCDEFGHIJ" for b in "ABCDE"]  # 50 made-up alpha-3 codes
PERIODS = [str(year) for year in range(2015, 2025)]


def generate(folder: Path = CACHE, files: int = FILES) -> list[Path]:
    """Export ``files`` complete submissions into ``folder`` once; reuse them afterwards."""
    marker = folder / f".complete-{files}"
    if marker.exists():
        return sorted(folder.glob("*.xlsx"))
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch))
        try:
            template = ensure_default_template(store)
            for index in range(files):
                country = COUNTRIES[index // len(PERIODS)]
                period = PERIODS[index % len(PERIODS)]
                submission = open_submission(store, country, period)
                _fill(store, submission, template, index)
                export_submission(store, submission, folder / f"{country}-{period}.xlsx")
        finally:
            # Each export starts a backup thread: let it finish before the folder goes.
            close_store(store)
    marker.touch()
    return sorted(folder.glob("*.xlsx"))


def _fill(store: Store, submission: Any, template: Any, index: int) -> None:
    with store.transaction() as session:
        for indicator in template.indicators:
            for number, cell in enumerate(template.cells_of(indicator)):
                if indicator.kind.value == "yes_no":
                    value: Any = index % 2 == 0
                elif indicator.kind.value == "integer":
                    value = index + number
                else:
                    value = Decimal(index) / 8 + number
                set_value(store, submission, indicator.code, cell, value=value, session=session)
        for area in template.areas:
            set_narrative(
                store, submission, area.code, "progress", f"progress {index}", session=session
            )


def _consolidate(paths: list[Path], workers: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(Path(scratch))
        try:
            ensure_default_template(store)
            started = time.perf_counter()
            readings = read_submissions(paths, workers=workers)
            read_done = time.perf_counter()
            outcomes = classify(paths, readings, store_template_versions(store))
            outcomes = import_accepted(store, outcomes)
            import_done = time.perf_counter()
            write_consolidated_workbook(store, Path(scratch) / "consolidated.xlsx", outcomes)
            finished = time.perf_counter()
        finally:
            store.close()
    assert all(outcome.status == FileStatus.OK for outcome in outcomes)
    total = finished - started
    return {
        "read_s": round(read_done - started, 2),
        "import_s": round(import_done - read_done, 2),
        "write_s": round(finished - import_done, 2),
        "total_s": round(total, 2),
        "files_per_s": round(len(paths) / total, 1),
    }


def run() -> dict[str, Any]:
    """Consolidate 500 submissions read in turn and in a process pool; files per second."""
    paths = collect_submission_paths([CACHE]) if (CACHE / f".complete-{FILES}").exists() else []
    if len(paths) != FILES:
        paths = generate()
    cores = os.cpu_count() or 1
    in_turn = _consolidate(paths, workers=1)
    pooled = _consolidate(paths, workers=cores)
    result: dict[str, Any] = {"files": len(paths), "cores": cores}
    result.update({f"serial_{key}": value for key, value in in_turn.items()})
    result.update({f"pool_{key}": value for key, value in pooled.items()})
    result["pool_speed_up"] = round(in_turn["total_s"] / pooled["total_s"], 2)
    return result


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>20}: {value}")
