"""How a form's fields look and move: the styles of errors, warnings and states, and Tab order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

BANNER_BOX = "border-radius: 3px; padding: 2px 4px;"
ERROR_STYLE = f"color: palette(bright-text); background: #b3261e; {BANNER_BOX}"
WARNING_STYLE = f"color: #5c3c00; background: #fff0c2; {BANNER_BOX}"
HINT_STYLE = "color: palette(placeholder-text);"
# A hint where a banner may come (a breakdown's sum, a text's length) takes the banner's
# box: turning into one then moves nothing below it, which would lay out and repaint
# the whole form at the first commit that makes the sum wrong.
HINT_IN_BANNER_BOX_STYLE = f"{HINT_STYLE} {BANNER_BOX}"
STATE_ERROR_STYLE = "color: #b3261e; font-weight: bold;"
STATE_WARNING_STYLE = "color: #7a5200; font-weight: bold;"
STATE_DONE_STYLE = "color: #1b6e3a;"
STATE_TODO_STYLE = "color: palette(placeholder-text);"


def set_style(widget: QWidget, style: str) -> None:
    """Give a widget a style sheet unless it has it already.

    Setting one, even the same, polishes the widget again and invalidates the layouts
    up to the form's, which a commit would then lay out again whole.
    """
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def focus_next(widget: QWidget) -> None:
    """Move the focus to the next field of the form, as Tab would."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusProxy() is None
        ):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


class CommitOnFocusOut(QObject):
    """Calls a function when a watched widget loses the focus."""

    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False
