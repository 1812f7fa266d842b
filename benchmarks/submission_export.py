"""Speed of submission export (DESIGN §11): the default template, and a 500-indicator one.

Not a test: run ``python benchmarks/submission_export.py``; ``run()`` returns the numbers.
"""

from __future__ import annotations

import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from micdesk.core.model import IndicatorKind, Notation, Periodicity
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import DATA_SHEET, FIXED_SHEETS, read_submission
from micdesk.core.submissions import OpenSubmission, open_submission, set_value
from micdesk.core.template_store import ensure_default_template, install_template
from micdesk.core.workplan import (
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

DEFAULT_TARGET_SECONDS = 0.5
LARGE_TARGET_SECONDS = 3.0
LARGE_MAX_RATIO_TO_RAW = 2.0
SEED = 20250101
REPEATS = 3


def large_template(indicators: int = 500, seed: int = SEED) -> WorkPlanTemplate:
    """A seeded template of ``indicators`` numeric indicators over 5 areas, half disaggregated."""
    rng = random.Random(seed)
    areas = tuple(
        WorkPlanArea(
            code=f"A{number}",
            order=number,
            title={"en": f"Area {number}", "fr": f"Domaine {number}"},
            tools={"en": "Tools. " * rng.randint(20, 60)},
            outcomes={"en": "Outcomes. " * rng.randint(20, 60)},
        )
        for number in range(1, 6)
    )
    kinds = (IndicatorKind.INTEGER, IndicatorKind.DECIMAL, IndicatorKind.PERCENT)
    definitions = tuple(
        IndicatorDefinition(
            code=f"IND-{number:03d}",
            area=areas[number % len(areas)].code,
            order=number,
            label={"en": f"Indicator {number} " + "words " * rng.randint(3, 15)},
            kind=rng.choice(kinds),
            unit=rng.choice(["count", "t", "%", "MWh"]),
            disaggregation="sex_age" if number % 2 else None,
        )
        for number in range(1, indicators + 1)
    )
    dimension = DisaggregationDimension
    return WorkPlanTemplate(
        template_id="benchmark-500",
        version=1,
        title={"en": "Benchmark work plan"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=areas,
        indicators=definitions,
        disaggregations={
            "sex_age": Disaggregation(
                "sex_age",
                (
                    dimension("sex", (ChoiceOption("female"), ChoiceOption("male"))),
                    dimension("age", (ChoiceOption("youth"), ChoiceOption("adult"))),
                ),
            )
        },
    )


def _fill(store, submission: OpenSubmission, seed: int = SEED) -> None:
    """Every cell filled (seeded), a comment on one in five, a notation on one in twenty."""
    rng = random.Random(seed)
    template = submission.template
    with store.transaction() as session:
        for indicator in template.indicators:
            for cell in template.cells_of(indicator):
                roll = rng.random()
                if roll < 0.05:
                    figure = {"notation": rng.choice(list(Notation))}
                elif indicator.kind == IndicatorKind.YES_NO:
                    figure = {"value": rng.random() < 0.5}
                elif indicator.kind == IndicatorKind.INTEGER:
                    figure = {"value": rng.randint(0, 100_000)}
                else:
                    figure = {"value": Decimal(rng.randint(0, 10**6)) / 100}
                comment = f"checked with the ministry ({rng.randint(1, 99)})" if roll > 0.8 else ""
                set_value(store, submission, indicator.code, cell, comment=comment,
                          origin="benchmark", session=session, **figure)  # fmt: skip


def _best_of(function, repeats: int = REPEATS) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def _raw_openpyxl_seconds(path: Path, exported: Path) -> float:
    """openpyxl writing the same cells as the export, raw: no styles, no checks, no hashing."""
    sheets = {}
    source = read_submission(exported)  # only to know the cells; not timed
    from micdesk.core.xlsx_files import open_workbook

    workbook = open_workbook(exported)
    for sheet in workbook.worksheets:
        sheets[sheet.title] = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    assert source.rows and DATA_SHEET in sheets and set(FIXED_SHEETS) <= set(sheets)

    def write() -> None:
        raw = Workbook(write_only=True)
        for title, rows in sheets.items():
            sheet = raw.create_sheet(title)
            for row in rows:
                sheet.append(row)
        raw.save(path)

    return _best_of(write)


def run() -> dict:
    """Measure both exports; return seconds, targets and whether each target is met."""
    with tempfile.TemporaryDirectory(prefix="micdesk-bench-") as folder:
        folder_path = Path(folder)
        store = open_store(folder_path / "store")
        try:
            ensure_default_template(store)
            default = open_submission(store, "KEN", "2025")
            _fill(store, default)
            default_seconds = _best_of(
                lambda: export_submission(store, default, folder_path / "default.xlsx")
            )
            template = large_template()
            with store.transaction() as session:
                install_template(session, template)
            large = open_submission(store, "KEN", "2025", template.template_id)
            _fill(store, large)
            large_path = folder_path / "large.xlsx"
            large_seconds = _best_of(lambda: export_submission(store, large, large_path))
            raw_seconds = _raw_openpyxl_seconds(folder_path / "raw.xlsx", large_path)
            cells = len(read_submission(large_path).rows)
        finally:
            store.close()
    ratio = large_seconds / raw_seconds
    return {
        "default_export_seconds": round(default_seconds, 3),
        "default_target_seconds": DEFAULT_TARGET_SECONDS,
        "default_ok": default_seconds < DEFAULT_TARGET_SECONDS,
        "large_indicators": 500,
        "large_value_cells": cells,
        "large_export_seconds": round(large_seconds, 3),
        "large_target_seconds": LARGE_TARGET_SECONDS,
        "raw_openpyxl_seconds": round(raw_seconds, 3),
        "large_ratio_to_raw": round(ratio, 2),
        "large_ok": large_seconds < LARGE_TARGET_SECONDS and ratio <= LARGE_MAX_RATIO_TO_RAW,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
