"""Does the installed Qt binding keep Python's reference counts? (issue 23)

PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every Qt call that
returns nothing and one to ``True``/``False`` on every signal emission; when a count
reaches zero the interpreter aborts (``Fatal Python error: none_dealloc``), in front of
the user, after a few thousand edits. Only CPython 3.12+ is immune (the three objects
are immortal there). This makes many such calls and reports every count that moved,
checking after each small batch so that a bad binding is caught long before a count
can reach zero. The test suite (tests/test_qt_binding_refcounts.py) and
``micdesk --self-test`` both run it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

# The objects a binding must hand back exactly the references it takes.
WATCHED: dict[str, object] = {"None": None, "True": True, "False": False}

# How far a count may move over a whole run for reasons of its own (the cyclic GC, caches
# filling): far below one reference per call, so a binding that gets one call in a
# hundred wrong still shows.
NOISE = 40

# Calls between two looks at the counts: small, so that a dropping binding is stopped
# while every count is still in the hundreds.
BATCH = 50


@dataclass(frozen=True)
class CountDrift:
    """A reference count that moved while one kind of Qt call was repeated."""

    watched: str  # "None", "True" or "False"
    call: str  # which Qt call, as written in Python
    calls: int  # how many calls had been made when the drift was seen
    before: int
    after: int

    def __str__(self) -> str:
        return (
            f"{self.watched}'s reference count went from {self.before:,} to {self.after:,} "
            f"after {self.calls:,} calls of {self.call}"
        )


class _Emitter(QObject):
    number_changed = Signal(int)
    switched = Signal(bool)


@contextmanager
def _qt_objects() -> Iterator[list[tuple[str, Callable[[], object]]]]:
    """The Qt calls to repeat, on throw-away objects deleted afterwards."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("the reference-count check needs a QApplication")
    label = QLabel()
    emitter = _Emitter()
    # Connected to Python callables, so each emission converts its argument and the slot's
    # return value (None) through the binding, as the window's own signals do.
    emitter.number_changed.connect(lambda number: None)
    emitter.switched.connect(lambda on: None)
    try:
        yield [
            ("QLabel.setText", lambda: label.setText("a")),
            ("QWidget.setEnabled", lambda: label.setEnabled(True)),
            ("QWidget.update", label.update),
            ("QCoreApplication.processEvents", QCoreApplication.processEvents),
            ("Signal(int).emit", lambda: emitter.number_changed.emit(1)),
            ("Signal(bool).emit", lambda: emitter.switched.emit(False)),
        ]
    finally:
        emitter.deleteLater()
        label.deleteLater()
        QCoreApplication.processEvents()


def call_names() -> list[str]:
    """The Qt calls the check repeats, as written in Python."""
    with _qt_objects() as qt_calls:
        return [name for name, _ in qt_calls]


def _counts() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in WATCHED.items()}


def _settle(call: Callable[[], object], batch: int, most: int = 3) -> None:
    # The first calls may run work queued before the check (processEvents finishing a closed
    # window's deferred deletions and idle slices), which rightly takes or frees references.
    # A bad binding never settles: after `most` batches the check goes on regardless.
    for _ in range(most):
        before = _counts()
        for _ in range(batch):
            call()
        if _counts() == before:
            return


def repeat_and_watch(
    call: Callable[[], object], name: str, calls: int, *, batch: int = BATCH, noise: int = NOISE
) -> list[CountDrift]:
    """Call ``call`` ``calls`` times; the counts of None/True/False that moved by more than noise."""
    _settle(call, batch)
    before = _counts()
    made = 0
    while made < calls:
        for _ in range(min(batch, calls - made)):
            call()
        made += min(batch, calls - made)
        now = _counts()
        drifts = [
            CountDrift(watched, name, made, before[watched], now[watched])
            for watched in WATCHED
            if abs(now[watched] - before[watched]) > noise
        ]
        if drifts:
            return drifts  # stop at once: one more batch could bring a count to zero
    return []


def find_reference_drifts(calls_per_kind: int) -> list[CountDrift]:
    """Repeat each kind of Qt call; every reference count of None/True/False that moved."""
    drifts: list[CountDrift] = []
    with _qt_objects() as qt_calls:
        for name, call in qt_calls:
            drifts += repeat_and_watch(call, name, calls_per_kind)
    return drifts


def is_immortal(value: object) -> bool:
    """True where the interpreter never counts references to ``value`` (CPython 3.12+)."""
    return sys.version_info >= (3, 12) and sys.getrefcount(value) >= 2**30
