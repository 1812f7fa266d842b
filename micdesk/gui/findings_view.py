"""The list of the problems panel: a finding reworded in place repaints its own row only.

QListView lays every row out again whenever one row's data changes (each word-wrapped
sentence measured anew: 11 ms for 160 findings, after every commit that moves a
warning's figures). Here the sizes the last layout gave the rows are kept, with the
item options it measured them with; when the changed rows measure the same with those
options, a new layout would place every row where it is, so the rows are only
repainted. A row that grows or shrinks, or any row inserted or removed, is laid out
by QListView as before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class _MeasuringDelegate(QStyledItemDelegate):
    """The standard delegate, telling its view what each row measured while laid out."""

    def __init__(self, view: FindingsView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        self._view._measured(option, index.row(), size)
        return size


class FindingsView(QListView):
    """A list view of word-wrapped rows that lays itself out again only when a row's size changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laying_out = False
        self._sizes: dict[int, QSize] = {}  # row → its size in the last layout
        self._option: QStyleOptionViewItem | None = None  # what the last layout measured with
        self.setItemDelegate(_MeasuringDelegate(self))

    def doItemsLayout(self) -> None:  # noqa: N802 (Qt's name)
        self._sizes, self._option = {}, None
        self._laying_out = True
        try:
            super().doItemsLayout()
        finally:
            self._laying_out = False

    def _measured(self, option: QStyleOptionViewItem, row: int, size: QSize) -> None:
        # The layout measures every row in turn with one option; what it measures after
        # (the first row again, to size the scroll steps) is not the rows' layout.
        if self._laying_out and row not in self._sizes:
            if self._option is None:
                self._option = QStyleOptionViewItem(option)
            self._sizes[row] = QSize(size)

    def dataChanged(self, top_left: Index, bottom_right: Index, roles=()) -> None:  # noqa: N802
        self.executeDelayedItemsLayout()  # a layout still due measures the new data itself
        if self._sizes_kept(top_left.row(), bottom_right.row()):
            # (QListView's own would lay out every row again)
            QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))
        else:
            super().dataChanged(top_left, bottom_right, list(roles))

    def _sizes_kept(self, first: int, last: int) -> bool:
        """Whether the rows from ``first`` to ``last`` measure as in the last layout."""
        model, option = self.model(), self._option
        if model is None or option is None or first < 0 or last < first:
            return False
        if len(self._sizes) != model.rowCount() or not all(
            row in self._sizes for row in range(first, last + 1)
        ):
            return False
        delegate = self.itemDelegate()
        return all(
            QStyledItemDelegate.sizeHint(
                delegate, QStyleOptionViewItem(option), model.index(row, 0)
            )
            == self._sizes[row]
            for row in range(first, last + 1)
        )
