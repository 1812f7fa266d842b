"""``micdesk --self-test``: passes on a sound installation, names the step that breaks."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from micdesk import self_test
from micdesk.cli.main import main

ALL_STEPS = [title for title, _ in self_test.DATA_STEPS] + [
    self_test.QT_STEP[0],
    self_test.BINDING_STEP[0],
]


def _lines_by_step(output: str) -> dict[str, str]:
    """The report line of each step, keyed by the step's title."""
    return {title: line for line in output.splitlines() for title in ALL_STEPS if title in line}


@pytest.mark.slow
def test_self_test_from_source_passes_every_step(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, "-m", "micdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tmp_path,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    lines = _lines_by_step(completed.stdout)
    assert sorted(lines) == sorted(ALL_STEPS)
    assert all(line.startswith("ok ") for line in lines.values()), completed.stdout
    assert "self-test passed: 11 of 11 steps ok" in completed.stdout
    binding = lines["check the Qt binding keeps reference counts"]
    assert "6,000 calls, counts kept" in binding


def test_a_broken_step_fails_the_self_test_and_is_marked_failed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_args, **_kwargs):
        raise OSError("disk full (deliberately)")

    monkeypatch.setattr(self_test, "set_value", refuse)

    exit_code = main(["--self-test"])

    output = capsys.readouterr().out
    lines = _lines_by_step(output)
    assert exit_code != 0
    assert lines["fill sample values for every indicator"].startswith("FAILED")
    assert "disk full (deliberately)" in lines["fill sample values for every indicator"]
    assert lines["export a submission"].startswith("not run")
    assert lines["open a store in a throw-away folder"].startswith("ok")
    assert "self-test FAILED" in output


def test_a_broken_export_fails_the_self_test_after_the_steps_before_it_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from micdesk.core import submission_export

    def refuse(*_args, **_kwargs):
        raise submission_export.ExportRefused("refused (deliberately)")

    monkeypatch.setattr(submission_export, "export_submission", refuse)
    out = io.StringIO()

    exit_code = self_test.run_self_test(out)

    lines = _lines_by_step(out.getvalue())
    assert exit_code == 1
    assert lines["export a submission"].startswith("FAILED")
    assert lines["fill sample values for every indicator"].startswith("ok")
    assert lines["compare the two stores"].startswith("not run")


def test_a_window_that_cannot_be_built_fails_the_qt_step_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from micdesk.gui import app

    def broken_window(*_args, **_kwargs):
        raise ImportError("libQt6Widgets.so.6: cannot open shared object file (deliberately)")

    monkeypatch.setattr(app, "show_main_window", broken_window)

    results = {result.title: result for result in self_test.run_steps(tmp_path)}

    qt_result = results[self_test.QT_STEP[0]]
    assert qt_result.status == "FAILED"
    assert "libQt6Widgets" in qt_result.detail
    assert all(results[title].passed for title, _ in self_test.DATA_STEPS)


def test_self_test_leaves_no_files_and_touches_no_user_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_data_dir: Path
) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))

    assert self_test.run_self_test(io.StringIO()) == 0

    assert list(scratch.iterdir()) == []
    assert list(isolated_data_dir.iterdir()) == []


def test_sample_values_fill_every_cell_of_the_default_template() -> None:
    from micdesk.core.template_sheets import load_default_template

    template = load_default_template()
    for indicator in template.indicators:
        assert set(self_test.sample_values(template, indicator)) == set(
            template.cells_of(indicator)
        )


def test_a_qt_binding_that_drops_references_fails_the_self_test_naming_the_call(
    monkeypatch: pytest.MonkeyPatch, qapp
) -> None:
    from micdesk.gui import binding_check

    dropped = binding_check.CountDrift("None", "QLabel.setText", 50, 25_451, 25_401)
    monkeypatch.setattr(binding_check, "find_reference_drifts", lambda calls: [dropped])
    out = io.StringIO()

    exit_code = self_test.run_self_test(out)

    lines = _lines_by_step(out.getvalue())
    assert exit_code == 1
    failed = lines["check the Qt binding keeps reference counts"]
    assert failed.startswith("FAILED")
    assert (
        "None's reference count went from 25,451 to 25,401 after 50 calls of QLabel.setText"
        in failed
    )
    assert lines["load Qt offscreen and build the main window"].startswith("ok")


def test_the_binding_step_makes_a_few_thousand_qt_calls_and_passes_here(
    qapp, tmp_path: Path
) -> None:
    result = self_test._run_step(self_test.BINDING_STEP, self_test.SelfTestRun(tmp_path))

    assert result.passed, result.detail
    calls = int(result.detail.split(" calls")[0].replace(",", ""))
    assert 2_000 <= calls <= 20_000
