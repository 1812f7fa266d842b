"""The benchmark command runs on tiny inputs and writes every measure (no timings checked)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

REPOSITORY = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_quick_benchmarks_run_and_write_every_measure_as_json(tmp_path: Path) -> None:
    from benchmarks.run import GROUPS

    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--results-dir", str(tmp_path),
         "--cache-dir", str(tmp_path / "cache")],
        cwd=REPOSITORY, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    # The table on stdout carries each failed group's ERROR row and its reason.
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    [results_file] = tmp_path.glob("*-quick.json")
    results = json.loads(results_file.read_text(encoding="utf-8"))
    assert results["quick"] is True
    assert set(results["groups"]) == set(GROUPS)
    names = set()
    for group, outcome in results["groups"].items():
        assert outcome["error"] is None, group
        assert any(m["name"].startswith("peak RSS") for m in outcome["measures"]), group
        for measure in outcome["measures"]:
            assert isinstance(measure["value"], int | float) and measure["value"] >= 0
            assert measure["status"] in ("pass", "FAIL", "info")
            names.add(measure["name"])
    for expected in (
        "start-up to first paint, default template",
        "start-up to interactive, 2×2×24 store",
        "floor: bare PySide6 window to first paint, beside default template",
        "start-up ÷ floor, first paint, default template",
        "start-up ÷ floor, interactive, 2×2×24 store",
        "switch rows, default template (worst)",
        "keystroke in a number field, default template (median)",
        "commit a value with Enter (GUI path), default template (median)",
        "commit a value, disk only (set_value), default template (median)",
        "Enter to saved on disk (GUI path), default template (worst)",
        "export, default template",
        "export ÷ openpyxl raw, 24-indicator template",
        "template import, 24-indicator workbook",
        "template import ÷ openpyxl read, 24-indicator workbook",
        "consolidation, 4 files, read in turn",
        "soak: edits per second, default template",
        "start-up ÷ floor, interactive, 2×2×40 store",
        "switch rows, 2×2×40 store (median)",
        "export ÷ openpyxl raw, 40-indicator template",
        "template import, next version into the 2×2×40 store",
        "soak: peak RSS growth after 6 edits, 24-indicator template",
        "soak: references to None/True/False lost, 24-indicator template",
        "template check, 200,001 shared strings",
        "submission check, 64,001 cell formats, peak memory",
        "template check, 10,001 cells in column XFD",
    ):
        assert expected in names
    for name in names:  # every measure appears in the printed table
        assert name in completed.stdout
    # Every flood is refused by its command in one line, with the command's exit code.
    floods = [m for m in results["groups"]["hostile_sizes"]["measures"] if m["unit"] == "s"]
    assert len(floods) == 5
    for measure in floods:
        exit_code = "exit 1: " if measure["name"].startswith("template") else "exit 4: "
        assert exit_code in measure["note"], measure
        assert " lines: " not in measure["note"], measure


def test_benchmark_windows_open_on_a_screen_the_size_of_a_focal_point_s_laptop() -> None:
    from benchmarks.screen import offscreen_platform

    shows = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "size = app.primaryScreen().geometry().size(); print(size.width(), size.height())"
    )
    completed = subprocess.run(
        [sys.executable, "-c", shows], cwd=REPOSITORY, capture_output=True, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": offscreen_platform()}, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.split() == ["1366", "768"]


def test_comparing_two_results_shows_the_change_of_each_measure() -> None:
    from benchmarks.run import compare

    def results(value: float) -> dict:
        measure = {"name": "export, default template", "value": value, "unit": "s",
                   "status": "pass"}  # fmt: skip
        return {"timestamp": "t", "groups": {"export": {"measures": [measure]}}}

    assert "0.400 → 0.200 s (-50%)" in compare(results(0.4), results(0.2))


def test_bulk_generated_values_are_what_set_value_would_have_written(tmp_path: Path) -> None:
    from benchmarks.generate import fill_in_bulk, fill_through_core, large_template, seeded_changes
    from micdesk.core.model import ChangeRecord
    from micdesk.core.store import open_store
    from micdesk.core.submissions import list_values, open_submission
    from micdesk.core.template_store import ensure_default_template, install_template

    def written(fill, folder: Path):
        store = open_store(folder)
        try:
            ensure_default_template(store)
            with store.transaction() as session:
                install_template(session, large_template(40, 3))
            submission = open_submission(store, "KEN", "2025")
            fill(store, submission, seeded_changes(submission.template, random.Random(7)))
            values = {
                key: (s.value, s.notation, s.comment, s.source, s.follow_up, s.needs_review)
                for key, s in list_values(store, submission).items()
            }
            with store.read() as session:
                history = sorted(
                    (r.indicator_code, r.cell, r.attribute, r.old, r.new, r.reason, r.origin)
                    for r in session.scalars(select(ChangeRecord))
                )
            return values, history
        finally:
            store.close()

    by_core = written(fill_through_core, tmp_path / "core")
    assert by_core[0] and by_core[1]
    assert written(fill_in_bulk, tmp_path / "bulk") == by_core
