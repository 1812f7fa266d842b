"""Calling back once a widget has painted for the first time (start-up's order, issue 21)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Call back once, when a widget (or one inside it) has painted for the first time.

    A zero-delay timer would run before the paint: Qt delivers the queued call first and
    the window would stay blank until the work it stands for was done. Where a platform
    never paints a window it was asked to show (started minimised), the callback runs
    anyway after ``wait_ms``.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None], wait_ms: int) -> None:
        super().__init__(widget)
        self._widget, self._callback = widget, callback
        QApplication.instance().installEventFilter(self)  # paints go to the widgets inside
        QTimer.singleShot(wait_ms, self, self._call)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and (watched is self._widget or self._widget.isAncestorOf(watched))
        ):
            QApplication.instance().removeEventFilter(self)
            # After this paint has reached the screen, not in the middle of it.
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        if self._callback is None:
            return
        callback, self._callback = self._callback, None
        QApplication.instance().removeEventFilter(self)
        callback()
