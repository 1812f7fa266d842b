"""Where the main window sits: its geometry, the docks' side and the splitter, kept across runs."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDockWidget

from micdesk.gui import settings as keys
from micdesk.gui.placement import ASSUMED_FRAME, fitted_geometry, frame_inside

DOCK_WIDTH = 280  # the problems panel's width when the window opens in right-to-left


class WindowLayout:
    """Fits the window to the screen, mirrors its docks for right-to-left, remembers its layout."""

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        self.fit_to_screen(keep_place=restored)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
            # The saved dock sides belong to the direction they were saved in: a
            # window saved in English and reopened in Arabic mirrors them.
            self._docks_direction = saved_direction(self.settings.get(keys.WINDOW_STATE_DIRECTION))
            self._mirror_docks()
        else:  # on a laptop the problems panel leaves the form most of the width
            width = max(200, min(DOCK_WIDTH, self.width() * 22 // 100))
            self.resizeDocks([self.validation_dock], [width], Qt.Orientation.Horizontal)
        splitter = self.settings.get(keys.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def fit_to_screen(self, available: QRect | None = None, *, keep_place: bool = True) -> None:
        """Keep the window, frame and status bar included, inside the screen's free area.

        A new window opens centred at its preferred size or smaller; a restored one
        stays where it was if it fits (another screen, a new task bar: moved in).
        """
        if self.isMaximized() or self.isFullScreen():
            return
        if available is None:
            available = self.screen().availableGeometry()
        frame = ASSUMED_FRAME
        outer, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and outer != inner:  # the window manager's real frame
            frame = QMargins(
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                outer.right() - inner.right(),
                outer.bottom() - inner.bottom(),
            )
        self.setGeometry(fitted_geometry(available, frame, current=inner if keep_place else None))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_after_show:
            # The frame is known only once the window manager has framed the window.
            self._fitted_after_show = True
            QTimer.singleShot(0, self, self._fit_if_outside)

    def _fit_if_outside(self) -> None:
        if not frame_inside(self.frameGeometry(), self.screen().availableGeometry()):
            self.fit_to_screen()

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitter."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.WINDOW_STATE_DIRECTION, direction_name(self._docks_direction))
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()

    def _mirror_docks(self) -> None:
        """Move docks to the other side when the layout direction flips (Qt keeps them put)."""
        direction = QGuiApplication.layoutDirection()
        if direction == self._docks_direction:
            return
        self._docks_direction = direction
        swap = {
            Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
        }
        moved = [
            dock
            for dock in self.findChildren(QDockWidget)
            if self.dockWidgetArea(dock) in swap and not dock.isFloating()
        ]
        # Before the window is first shown, docks have no laid-out width yet.
        widths = [dock.width() if self.isVisible() else DOCK_WIDTH for dock in moved]
        for dock in moved:
            self.addDockWidget(swap[self.dockWidgetArea(dock)], dock)
        if moved:  # a re-added dock shrinks to its minimum: keep the width it had
            self.resizeDocks(moved, widths, Qt.Orientation.Horizontal)


def trailing_dock_area(direction: Qt.LayoutDirection) -> Qt.DockWidgetArea:
    """The dock area at the end of a line in a layout direction."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.LeftDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


def direction_name(direction: Qt.LayoutDirection) -> str:
    """How a layout direction is written in the settings file."""
    return "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"


def saved_direction(name: str) -> Qt.LayoutDirection:
    """The layout direction a saved window state was laid out in ("" before it was kept: LTR)."""
    if name == "rtl":
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight
