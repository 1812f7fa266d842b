"""Work a dialog runs off the window's thread: progress, cancel, failures said and logged.

``BackgroundTask`` runs one job (a function taking a progress callback) in Qt's thread
pool and reports back in the window's thread. It shows the progress on the dialog's
bar, stops the job at its next progress report when cancelled, writes a failure the
dialog did not expect to the log with its traceback (``core.log_file``) before the
dialog says it in the user's language (``unexpected_text``), and lets the dialog wait
for the job when it closes, so that nothing runs on behind a closed window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar

from micdesk.core.log_file import log_exception
from micdesk.core.placeholders import fill

Progress = Callable[[int, int], None]
Job = Callable[[Progress], Any]


class TaskCancelled(Exception):
    """The user cancelled: the job stopped at its next progress report."""


def unexpected_text(error: BaseException) -> str:
    """One line, in the user's language, for a failure nobody foresaw (it is in the log)."""
    return fill(
        QCoreApplication.translate(
            "BackgroundTask",
            "Something went wrong (%1). The details are in the log: Help → Open the log folder.",
        ),
        type(error).__name__,
    )


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(
        self,
        job: Job,
        expected: tuple[type[BaseException], ...],
        cancelled: threading.Event,
        done: threading.Event,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.job, self.expected, self.cancelled, self.done = job, expected, cancelled, done
        self.signals = _Signals()

    def report(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise TaskCancelled()
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.job(self.report)
        except Exception as error:  # reported in the window's thread; logged here if unforeseen
            if not isinstance(error, self.expected):
                log_exception("background task failed", error)
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()


class BackgroundTask(QObject):
    """Runs a dialog's jobs one at a time off the window's thread."""

    progress = Signal(int, int)
    succeeded = Signal(object)  # what the job returned
    failed = Signal(object)  # the exception (an unforeseen one is in the log already)
    busyChanged = Signal(bool)

    def __init__(
        self,
        parent: QObject,
        progress_bar: QProgressBar | None = None,
        expected: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__(parent)
        self._bar = progress_bar
        self._expected = (*expected, TaskCancelled)
        self._runnable: _Runnable | None = None
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._done.set()
        self._on_success: Callable[[Any], None] | None = None

    @property
    def running(self) -> bool:
        """Whether a job is running (or its outcome not yet delivered)."""
        return self._runnable is not None

    def start(self, job: Job, on_success: Callable[[Any], None] | None = None) -> None:
        """Run ``job(progress)`` in the thread pool, one at a time; ``on_success`` gets its result."""
        if self.running:
            raise RuntimeError("a background task is already running")
        self._on_success = on_success
        self._cancelled, self._done = threading.Event(), threading.Event()
        runnable = _Runnable(job, self._expected, self._cancelled, self._done)
        runnable.signals.progress.connect(self._on_progress)
        runnable.signals.succeeded.connect(self._on_succeeded)
        runnable.signals.failed.connect(self._on_failed)
        self._runnable = runnable
        if self._bar is not None:
            self._bar.setRange(0, 0)
        self.busyChanged.emit(True)
        QThreadPool.globalInstance().start(runnable)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (it fails with TaskCancelled)."""
        self._cancelled.set()

    def wait(self, seconds: float = 120.0) -> bool:
        """Block until the job has ended (True), or ``seconds`` passed; outcomes are dropped."""
        ended = self._done.wait(seconds)
        if ended and self._runnable is not None:
            self._end()  # what it still reports is from a job no longer current: ignored
        return ended

    def _current(self) -> bool:
        return self._runnable is not None and self.sender() is self._runnable.signals

    def stop(self, seconds: float = 120.0) -> bool:
        """Cancel the job and wait for it to end (a dialog that closes); True when it ended."""
        self.cancel()
        return self.wait(seconds)

    def is_expected(self, error: BaseException) -> bool:
        """Whether the dialog foresaw this failure (a refusal, a cancel...)."""
        return isinstance(error, self._expected)

    def _end(self, bar_value: int | None = None) -> None:
        """Forget the job; a bar (if any) stops moving and shows ``bar_value``."""
        self._runnable = None
        if self._bar is not None:
            self._bar.setRange(0, 1)
            if bar_value is not None:
                self._bar.setValue(bar_value)
        self.busyChanged.emit(False)

    def _on_progress(self, done: int, total: int) -> None:
        if not self._current():
            return
        if self._bar is not None:
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)
        self.progress.emit(done, total)

    def _on_succeeded(self, result: Any) -> None:
        if not self._current():
            return
        self._end(bar_value=1)
        if self._on_success is not None:
            self._on_success(result)
        self.succeeded.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        if not self._current():
            return
        self._end(bar_value=0)
        self.failed.emit(error)
