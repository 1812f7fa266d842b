"""Template import of a 500-indicator workbook (DESIGN §11: under 2 s).

Generates a seeded workbook (500 indicators in 10 areas, two languages,
disaggregations and choice lists), then times, as the median of several runs:

- ``openpyxl_read``: openpyxl merely reading every cell of the same file
  (read-only), the floor any reader pays;
- ``check``: ``read_template_workbook`` (safety checks, read, every rule);
- ``import``: ``preview_template_import`` + ``apply_template_import`` into a
  store holding Kenya's values on the previous version (the full update path).

Run ``python benchmarks/template_import.py``; ``run()`` returns the numbers.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from micdesk.core.store import open_store
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.template_update import apply_template_import, preview_template_import
from micdesk.core.template_workbook import read_template_workbook

SEED = 20250101
INDICATORS = 500
AREAS = 10
RUNS = 5
TARGET_SECONDS = 2.0
KINDS = ("integer", "decimal", "percent", "text", "choice", "multi_choice", "yes_no")


def generate_workbook(path: Path, version: int = 1, seed: int = SEED) -> Path:
    """Write a seeded template workbook with INDICATORS indicators, lists and disaggregations."""
    rng = random.Random(seed)
    workbook = openpyxl.Workbook()
    settings = workbook.active
    settings.title = "settings"
    settings.append(
        ["template_id", "version", "format", "default_language", "title::en", "title::fr"]
    )
    settings.append(["bench-plan", version, "micdesk-template/1", "en", "Bench", "Banc"])
    areas = workbook.create_sheet("areas")
    areas.append(["code", "order", "title::en", "title::fr", "tools::en", "outcomes::en"])
    for index in range(AREAS):
        text = " ".join(rng.choice(("industry", "skills", "energy", "trade")) for _ in range(80))
        areas.append([f"A{index}", index, f"Area {index}", f"Domaine {index}", text, text])
    choices = workbook.create_sheet("choices")
    choices.append(["list", "value", "label::en", "label::fr"])
    for list_index in range(20):
        for option in range(6):
            choices.append(
                [f"list{list_index}", f"opt{option}", f"Option {option}", f"Option {option}"]
            )
    disaggregations = workbook.create_sheet("disaggregations")
    disaggregations.append(["name", "dimension", "value", "label::en"])
    for name, dimensions in (
        ("sex_age", {"sex": ("female", "male"), "age": ("youth", "adult", "senior")}),
        ("sex", {"sex": ("female", "male")}),
        ("size", {"size": ("micro", "small", "medium", "large")}),
    ):
        for dimension, values in dimensions.items():
            for value in values:
                disaggregations.append([name, dimension, value, value.title()])
    indicators = workbook.create_sheet("indicators")
    indicators.append(
        ["code", "area", "order", "label::en", "label::fr", "hint::en", "kind", "unit",
         "required", "min", "max", "cumulative", "disaggregation", "choices", "replaces"]
    )  # fmt: skip
    for index in range(INDICATORS):
        kind = rng.choice(KINDS)
        numeric = kind in ("integer", "decimal", "percent")
        indicators.append(
            [
                f"IND-{index}",
                f"A{index % AREAS}",
                index,
                f"Indicator {index} (version {version})",
                f"Indicateur {index}",
                "Count once per year" if index % 3 == 0 else None,
                kind,
                "units" if numeric else None,
                rng.choice(("yes", "no")),
                0 if numeric else None,
                rng.choice((None, 1000, 10**6)) if numeric else None,
                rng.choice(("yes", "no")) if numeric else "no",
                rng.choice((None, "sex_age", "sex", "size")) if numeric else None,
                f"list{rng.randrange(20)}" if kind in ("choice", "multi_choice") else None,
                None,
            ]
        )
    workbook.save(path)
    return path


def _median_seconds(action: Callable[[], Any], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _openpyxl_read(path: Path) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True)
    for worksheet in workbook.worksheets:
        for _ in worksheet.iter_rows(values_only=True):
            pass
    workbook.close()


def _timed_update(folder: Path, first: Path, second: Path) -> float:
    """Install v1 with some values in a fresh store, then time importing v2 over it."""
    store = open_store(folder)
    try:
        ensure_default_template(store)
        apply_template_import(store, preview_template_import(store, first))
        kenya = open_submission(store, "KEN", "2025", "bench-plan")
        for indicator in kenya.template.indicators[:100]:
            if indicator.kind.is_numeric:
                set_value(store, kenya, indicator.code, value=5)
        started = time.perf_counter()
        apply_template_import(store, preview_template_import(store, second))
        return time.perf_counter() - started
    finally:
        store.close()


def run(runs: int = RUNS) -> dict[str, float | int | bool]:
    """Time openpyxl reading, checking and importing a 500-indicator template; seconds."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        first = generate_workbook(folder / "v1.xlsx", version=1)
        second = generate_workbook(folder / "v2.xlsx", version=2)
        openpyxl_read = _median_seconds(lambda: _openpyxl_read(second), runs)
        check = _median_seconds(lambda: read_template_workbook(second), runs)
        import_seconds = statistics.median(
            _timed_update(folder / f"store{index}", first, second) for index in range(runs)
        )
    return {
        "indicators": INDICATORS,
        "openpyxl_read_s": round(openpyxl_read, 3),
        "check_s": round(check, 3),
        "import_s": round(import_seconds, 3),
        "target_s": TARGET_SECONDS,
        "within_target": import_seconds < TARGET_SECONDS,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:>16}: {value}")
