"""Where the main window opens: inside the screen's available area, status bar in view.

A laptop at 1366×768 (1093×614 logical pixels at the 125 % scaling Windows sets
by default) with a task bar has less room than the window would like; the window
then takes what there is instead of running off the bottom of the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize

PREFERRED_SIZE = QSize(1280, 760)
# A window manager's frame before the window is shown (its real one is known after).
ASSUMED_FRAME = QMargins(4, 30, 4, 4)


def fitted_geometry(
    available: QRect,
    frame: QMargins = ASSUMED_FRAME,
    wanted: QSize = PREFERRED_SIZE,
    minimum: QSize | None = None,
    current: QRect | None = None,
) -> QRect:
    """The window's inner geometry so that its frame lies inside ``available``.

    Keeps ``current`` (a restored geometry) where it fits, else shrinks it to the
    available area and moves it in; a new window is centred.
    """
    room = QSize(
        available.width() - frame.left() - frame.right(),
        available.height() - frame.top() - frame.bottom(),
    )
    size = (current.size() if current is not None else wanted).boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum.boundedTo(room))
    inner = QRect(QPoint(0, 0), size)
    if current is not None:
        inner.moveTopLeft(current.topLeft())
    else:
        outer_width = size.width() + frame.left() + frame.right()
        outer_height = size.height() + frame.top() + frame.bottom()
        inner.moveTopLeft(
            QPoint(
                available.left() + (available.width() - outer_width) // 2 + frame.left(),
                available.top() + (available.height() - outer_height) // 2 + frame.top(),
            )
        )
    # Move it in from whichever edge it crosses (the frame included).
    left = max(inner.left(), available.left() + frame.left())
    top = max(inner.top(), available.top() + frame.top())
    left = min(left, available.right() - frame.right() - inner.width() + 1)
    top = min(top, available.bottom() - frame.bottom() - inner.height() + 1)
    inner.moveTopLeft(QPoint(left, top))
    return inner


def frame_inside(frame_geometry: QRect, available: QRect) -> bool:
    """Whether a window's frame lies entirely inside the available area."""
    return available.contains(frame_geometry)
