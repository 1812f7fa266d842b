"""Long work off the GUI thread (QThreadPool + QRunnable), reported back through signals.

A job is a plain function taking a progress callback; the core functions it
calls open their own sessions through the Store, so each thread has its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Job = Callable[[Callable[[int, int], None]], Any]


class WorkerSignals(QObject):
    """What a worker reports; delivered in the GUI thread (queued connections)."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class Worker(QRunnable):
    """Runs one job in the thread pool."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit)
        except Exception as error:  # reported to the dialog, which says what went wrong
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)


def start(job: Job, *, on_progress=None, on_success=None, on_failure=None) -> Worker:
    """Run a job in the global thread pool; the caller keeps the returned worker alive."""
    worker = Worker(job)
    worker.setAutoDelete(False)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_success is not None:
        worker.signals.succeeded.connect(on_success)
    if on_failure is not None:
        worker.signals.failed.connect(on_failure)
    QThreadPool.globalInstance().start(worker)
    return worker
