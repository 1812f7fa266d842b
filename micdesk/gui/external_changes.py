"""Noticing what another process committed to the store, and showing it (docs/design.md §6).

The data folder's lock keeps other micdesk processes from writing while the window
is open, but not everything honours it (an older micdesk, a script, a second
computer on a shared folder where the lock does not reach). The window asks the
store whether another connection committed (SQLite's ``PRAGMA data_version``)
when it becomes active again and every few seconds, and reloads when one did. It
never writes what it showed before over such a change: fields save only what the
user typed, and a field being typed in is left alone until it is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from micdesk.core.store import Store

CHECK_INTERVAL_MS = 2000


class ExternalChangeWatcher(QObject):
    """Calls ``reload`` once another process has committed to the store and no edit is open."""

    reloaded = Signal()

    def __init__(
        self, store: Store, window: QWidget, reload: Callable[[], None], parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.window = window
        self._reload = reload
        self._token = self._read_token()
        self._pending = False
        self._stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.applicationStateChanged.connect(self._on_application_state)

    def stop(self) -> None:
        """Look no more (the window closes, and its store with it)."""
        self._stopped = True
        self.timer.stop()

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _read_token(self) -> object:
        try:
            return self.store.change_token()
        except SQLAlchemyError:
            return None  # a store that cannot be read now: the next check tries again

    def check(self) -> bool:
        """Reload if another process committed since the last look; True if it reloaded."""
        if self._stopped:
            return False
        token = self._read_token()
        if token is not None and token != self._token:
            self._token = token
            self._pending = True
        if not self._pending or self._editing_in_progress():
            return False
        self._pending = False
        self._reload()
        # The reload itself may write (a submission opened for the first time): those
        # are this window's own writes and need no second reload.
        self._token = self._read_token() or self._token
        self.reloaded.emit()
        return True

    def _editing_in_progress(self) -> bool:
        """True while a field of the window holds typed text not saved yet."""
        focused = QApplication.focusWidget()
        if focused is None or not self.window.isAncestorOf(focused):
            return False
        if isinstance(focused, QLineEdit):
            return focused.isModified()
        if isinstance(focused, QPlainTextEdit | QTextEdit):
            return focused.document().isModified()
        view = focused if isinstance(focused, QAbstractItemView) else None
        parent = focused.parentWidget()
        while view is None and parent is not None:
            view = parent if isinstance(parent, QAbstractItemView) else None
            parent = parent.parentWidget()
        return view is not None and view.state() == QAbstractItemView.State.EditingState
