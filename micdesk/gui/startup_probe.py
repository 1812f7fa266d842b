"""A start-up timer for the benchmarks (docs/design.md §11: start to an interactive window < 1.5 s).

Off unless ``MICDESK_STARTUP_PROBE`` names a file. Then it records, as wall-clock
times (``time.time()``, comparable with the process that started micdesk), when
micdesk first painted a window (the start-up skeleton, or the main window itself) and
when the main window became interactive (the submission open and its first form
painted), writes them to that file as JSON, and quits the application.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

STARTUP_PROBE_VARIABLE = "MICDESK_STARTUP_PROBE"


class StartupProbe(QObject):
    """Watches every paint of the application until the main window's form has painted."""

    def __init__(self, target: Path) -> None:
        super().__init__()
        self._target = target
        self._window: QMainWindow | None = None
        self._times: dict[str, float] = {}

    def watch_main_window(self, window: QMainWindow) -> None:
        """The window whose first painted form makes the application interactive."""
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Paint events go to the widgets themselves, so the whole application is watched.
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self._painted(watched)
        return False

    def _painted(self, widget: QWidget) -> None:
        now = time.time()
        self._times.setdefault("first_paint", now)
        window = self._window
        if window is None or widget.window() is not window:
            return
        form = getattr(window, "current_form", lambda: None)()
        if form is None or not (widget is form or form.isAncestorOf(widget)):
            return
        self._times["interactive"] = now
        QApplication.instance().removeEventFilter(self)
        self._target.write_text(json.dumps(self._times), encoding="utf-8")
        QTimer.singleShot(0, QApplication.quit)


_probe: list[StartupProbe] = []


def install_startup_probe() -> bool:
    """Watch the application's first paints when MICDESK_STARTUP_PROBE is set; True if so."""
    target = os.environ.get(STARTUP_PROBE_VARIABLE)
    if not target or _probe:
        return False
    _probe.append(StartupProbe(Path(target)))
    QApplication.instance().installEventFilter(_probe[0])
    return True


def watch_main_window(window: QMainWindow) -> None:
    """Tell the probe, if one is installed, which window's form makes start-up interactive."""
    for probe in _probe:
        probe.watch_main_window(window)
