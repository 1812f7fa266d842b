"""The floor for start-up (issue 21): a bare PySide6 window, no micdesk, shown and painted.

``python -m benchmarks.floor_window PROBE.json`` starts a QApplication and a main window
with what micdesk's first screen has in kind (a menu bar, a tool bar, a dock with a
list, a 20-field form in a scroll area), and records like micdesk's start-up probe the
wall-clock moments of its first paint and of the form's first paint ("interactive"),
writes them to PROBE.json and quits. benchmarks/startup.py runs it beside micdesk in the
same run, so that micdesk's start-up is read as a ratio to what Qt alone costs here.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

FIELDS = 20


def main(probe: Path) -> int:
    """Show the bare window, record its first paints in ``probe``, quit; the exit code."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QApplication,
        QDockWidget,
        QFormLayout,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QScrollArea,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    for menu_title in ("&File", "&Edit", "&View", "&Help"):
        menu = window.menuBar().addMenu(menu_title)
        for number in range(4):
            menu.addAction(QAction(f"{menu_title[1:]} action {number}", window))
    toolbar = window.addToolBar("main")
    for name in ("Open", "Export", "Undo", "Redo"):
        toolbar.addAction(QAction(name, window))
    dock = QDockWidget("Rows", window)
    rows = QListWidget()
    rows.addItems([f"Row {number}" for number in range(1, 11)])
    dock.setWidget(rows)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    form = QWidget()
    layout = QFormLayout(form)
    for number in range(1, FIELDS + 1):
        layout.addRow(f"Indicator {number}", QLineEdit())
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(form)
    window.setCentralWidget(scroll)

    times: dict[str, float] = {}

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
            if not painted or watched.window() is not window:
                return False
            now = time.time()
            times.setdefault("first_paint", now)
            on_form = watched is form or form.isAncestorOf(watched)
            if on_form and "interactive" not in times:
                times["interactive"] = now
                probe.write_text(json.dumps(times), encoding="utf-8")
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Probe()
    app.installEventFilter(watcher)
    window.resize(1280, 734)  # micdesk's size on the laptop's screen (benchmarks/screen.py)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
