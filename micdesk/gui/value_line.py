"""An indicator's value line: its context beside the value when it fits on one line, else below.

Beside a value, key and unit, a long context (Russian's "Предыдущий период (2024): —")
wrapped to three lines in a narrow column and made every indicator three lines
high; below them it takes the editor's whole width and one line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel

GAP = 12  # between the value line's last field and the context beside it


class ValueLine(QGridLayout):
    """The value row, and the context beside it or under it, whichever keeps it on one line."""

    def __init__(self, row: QHBoxLayout, context: QLabel) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(GAP)
        self.setVerticalSpacing(1)
        row.setSpacing(1)  # as in the editor's own column, which the row sat in before
        self.addLayout(row, 0, 0)
        self.setColumnStretch(1, 1)
        self._row, self._context = row, context
        self.beside: bool | None = None
        self._place(beside=True)

    def fit_to(self, width: int) -> None:
        """Put the context beside the value if its text fits there on one line in ``width``."""
        text = self._context.fontMetrics().horizontalAdvance(self._context.text())
        self._place(beside=self._row.sizeHint().width() + GAP + text <= width)

    def _place(self, *, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        self.removeWidget(self._context)
        if beside:
            self.addWidget(self._context, 0, 1)
        else:
            self.addWidget(self._context, 1, 0, 1, 2)
