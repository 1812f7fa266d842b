"""A word-wrapped label that lays its text out once per width.

QLabel measures a wrapped text by laying it out again at every heightForWidth call,
and a form's layouts ask each label for several widths every time they are
invalidated (a first show asks hundreds of labels dozens of times). The heights
are kept per width until the text, font, style or margins change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

KEPT_WIDTHS = 16  # a window dragged wider and narrower asks for many: forget them then


class WrappedLabel(QLabel):
    """A QLabel with word wrap on, its height for each width remembered.

    Its text is plain text: wrapped labels show template and user text (titles,
    hints, context, messages quoting a cell), which must never render as HTML.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= KEPT_WIDTHS:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # a font, style, margin or direction change re-measures
        super().changeEvent(event)
