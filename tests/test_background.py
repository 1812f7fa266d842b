"""Background work: progress, cancel, waiting on close, and every crash in the log for support."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt

from micdesk.core import log_file


@pytest.fixture
def log(tmp_path):
    """micdesk's log in a temporary data folder; the file it writes to."""
    path = log_file.start_log(tmp_path / "data")
    yield path
    log_file.stop_log()


def _wait_for(predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate() and time.monotonic() < deadline:
        time.sleep(0.01)


def test_a_crash_in_the_export_worker_is_said_in_the_users_language_and_logged_with_its_traceback(
    qtbot, store, log, tmp_path, monkeypatch
):
    from micdesk.core.submissions import open_submission, save_profile
    from micdesk.gui.actions import ActionId
    from micdesk.gui.dialogs import export as export_dialog
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    def crash(*_args, **_kwargs):
        raise RuntimeError("injected crash in the export worker")

    monkeypatch.setattr(export_dialog, "export_submission", crash)
    save_profile(store, "KEN", focal_point="A. Focal")
    open_submission(store, "KEN", "2025")
    window = MainWindow(store, Settings(store.data_dir), report_error=lambda _m: None)
    qtbot.addWidget(window)
    window.set_language("fr")
    window.open_submission("KEN", "2025")
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "ken.xlsx"))
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    shown = dialog.outcome.text()
    assert shown.startswith("Rien n’a été écrit") or "Rien" in shown, shown
    assert "journal" in shown and "RuntimeError" in shown and "Traceback" not in shown
    assert not dialog.task.running and dialog.export_button.isEnabled()
    written = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in written
    assert "RuntimeError: injected crash in the export worker" in written
    assert not (tmp_path / "ken.xlsx").exists()


def test_a_refusal_the_dialog_foresees_is_not_logged_as_a_crash(qtbot, log):
    from micdesk.gui.background import BackgroundTask

    task = BackgroundTask(None, expected=(ValueError,))
    with qtbot.waitSignal(task.failed, timeout=10000) as failed:
        task.start(lambda _progress: int("not a number"))
    assert isinstance(failed.args[0], ValueError)
    assert "Traceback" not in (log.read_text(encoding="utf-8") if log.exists() else "")


def test_a_cancelled_job_stops_at_its_next_progress_report(qtbot, log):
    from micdesk.gui.background import BackgroundTask, TaskCancelled

    steps: list[int] = []
    started = threading.Event()

    def job(progress):
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            started.set()
            time.sleep(0.01)
        return "finished"

    task = BackgroundTask(None)
    task.start(job)
    started.wait(10)
    with qtbot.waitSignal(task.failed, timeout=10000) as failed:
        task.cancel()
    assert isinstance(failed.args[0], TaskCancelled)
    assert len(steps) < 1000 and not task.running


def test_closing_a_dialog_cancels_its_job_and_waits_for_it(qtbot, log):
    from PySide6.QtWidgets import QDialog

    from micdesk.gui.background import BackgroundTask

    ended = threading.Event()

    class Busy(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.task = BackgroundTask(self)

        def reject(self) -> None:
            self.task.stop()
            super().reject()

    def job(progress):
        try:
            for step in range(1000):
                progress(step, 1000)
                time.sleep(0.01)
        finally:
            ended.set()

    dialog = Busy()
    qtbot.addWidget(dialog)
    dialog.task.start(job)
    dialog.reject()
    assert ended.is_set() and not dialog.task.running and not dialog.isVisible()


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_an_exception_nobody_catches_in_a_thread_is_written_to_the_log(log, tmp_path):
    log_file.start_log(tmp_path / "data")  # the hooks go on top of pytest's own, set per test

    def fail() -> None:
        raise LookupError("uncaught in a worker thread")

    thread = threading.Thread(target=fail, name="doomed")
    thread.start()
    thread.join()
    _wait_for(lambda: log.exists() and "LookupError" in log.read_text(encoding="utf-8"))
    written = log.read_text(encoding="utf-8")
    assert "uncaught exception in thread doomed" in written
    assert "LookupError: uncaught in a worker thread" in written and "Traceback" in written
