"""A gate on an engine's commits: held until opened, or made to fail (tests of Store.transaction(committed=))."""

from __future__ import annotations

import threading

from sqlalchemy import event

WAIT_SECONDS = 30  # only ever reached when the code under test is broken


class CommitGate:
    """Holds every commit of an engine on its way to SQLite until ``open`` (or makes it fail)."""

    def __init__(self, engine, failure: BaseException | None = None) -> None:
        self.reached = threading.Event()
        self._open = threading.Event()
        self._failure = failure
        self.threads: list[str] = []
        event.listen(engine, "commit", self._hold)

    def _hold(self, _connection) -> None:
        self.threads.append(threading.current_thread().name)
        self.reached.set()
        assert self._open.wait(WAIT_SECONDS)
        if self._failure is not None:
            raise self._failure

    def open(self) -> None:
        self._open.set()

    def remove(self, engine) -> None:
        """Let the engine's commits through again."""
        event.remove(engine, "commit", self._hold)
