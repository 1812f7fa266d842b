"""The window's skeleton, painted while the store's modules load and the store is checked.

Start-up paints this first (issue 21: first paint within 2.5 × a bare PySide6 window):
the main window's place and size, its last title (the last country, period and
template, when it was written in the same language), an empty row list and
"Opening…". It shows no figure at all, so nothing it shows can be stale; the main
window takes its place once it has painted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QToolBar,
)

from micdesk.gui import settings as keys
from micdesk.gui.first_paint import AfterFirstPaint
from micdesk.gui.placement import ASSUMED_FRAME, fitted_geometry

# How long start-up waits for the window system to show the skeleton before going on
# without it (a platform that never exposes a window must not stall the start).
SHOWN_WAIT_MS = 500

translate = QCoreApplication.translate


class StartupShell(QMainWindow):
    """An empty main window saying "Opening…", where the main window will be."""

    def __init__(self, settings: keys.Settings) -> None:
        super().__init__()
        self.setObjectName("micdesk-startup-shell")
        self.shown = False  # painted, or given up on after SHOWN_WAIT_MS
        language = settings.get(keys.LANGUAGE)
        title = settings.get(keys.WINDOW_TITLE)
        same_language = settings.get(keys.WINDOW_TITLE_LANGUAGE) == language
        self.setWindowTitle(title if title and same_language else self.tr("micdesk"))
        # The main window's menus and tool bar, greyed: the window keeps its shape when the
        # real ones take their place (their words are the main window's own).
        for title in (
            translate("MainWindow", "&File"),
            translate("MainWindow", "&Edit"),
            translate("MainWindow", "&View"),
            translate("MainWindow", "&Language"),
            translate("MainWindow", "&Help"),
        ):
            self.menuBar().addMenu(title).setEnabled(False)
        toolbar = QToolBar()
        toolbar.setMovable(False)
        for label in (translate("MainWindow", "&Country: "), translate("MainWindow", " &Period: ")):
            box = QComboBox()
            box.setMinimumContentsLength(12)
            box.setEnabled(False)
            buddy = QLabel(label)
            buddy.setBuddy(box)  # the '&' marks a shortcut, as in the main window
            toolbar.addWidget(buddy)
            toolbar.addWidget(box)
        self.addToolBar(toolbar)
        rows = QListView()
        rows.setEnabled(False)
        rows.setMinimumWidth(170)
        opening = QLabel(self.tr("Opening…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter()
        splitter.addWidget(rows)
        splitter.addWidget(opening)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 800])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Opening the data file…"))
        geometry = settings.get(keys.WINDOW_GEOMETRY)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not (self.isMaximized() or self.isFullScreen()):
            available = self.screen().availableGeometry()
            current = self.geometry() if restored else None
            self.setGeometry(fitted_geometry(available, ASSUMED_FRAME, current=current))

    def show_painted(self) -> None:
        """Show the skeleton and return once it has painted (or after a short wait)."""
        AfterFirstPaint(self, self._on_screen, SHOWN_WAIT_MS)
        self.show()
        app = QApplication.instance()
        while not self.shown:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def _on_screen(self) -> None:
        self.shown = True

    def give_way_to(self, window: QMainWindow) -> None:
        """Put the main window where the skeleton is now (the user may have moved it)."""
        if not (self.isMaximized() or self.isFullScreen() or window.isMaximized()):
            window.setGeometry(self.geometry())
