"""A start-up timer for the benchmarks (docs/design.md §11: start to an interactive window < 1.5 s).

Off unless ``MICDESK_STARTUP_PROBE`` names a file. Then it records, as wall-clock
times (``time.time()``, comparable with the process that started micdesk), when the
main window first painted and when it became interactive (the submission open and
its first form painted), writes them to that file as JSON, and quits the application.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

STARTUP_PROBE_VARIABLE = "MICDESK_STARTUP_PROBE"


class _StartupProbe(QObject):
    def __init__(self, window: QMainWindow, target: Path) -> None:
        super().__init__(window)
        self._window, self._target = window, target
        self._times: dict[str, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Paint events go to the widgets themselves, so the whole application is watched.
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._painted(watched)
        return False

    def _painted(self, widget: QWidget) -> None:
        window = self._window
        if widget.window() is not window:
            return
        now = time.time()
        self._times.setdefault("first_paint", now)
        form = getattr(window, "current_form", lambda: None)()
        if form is None or not (widget is form or form.isAncestorOf(widget)):
            return
        self._times["interactive"] = now
        QApplication.instance().removeEventFilter(self)
        self._target.write_text(json.dumps(self._times), encoding="utf-8")
        QTimer.singleShot(0, QApplication.quit)


def install_startup_probe(window: QMainWindow) -> bool:
    """Watch the window's first paints when MICDESK_STARTUP_PROBE is set; True if installed."""
    target = os.environ.get(STARTUP_PROBE_VARIABLE)
    if not target:
        return False
    QApplication.instance().installEventFilter(_StartupProbe(window, Path(target)))
    return True
