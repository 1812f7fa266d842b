"""A list view whose rows stay where they are laid out until one of them changes size.

QListView lays every row out again whenever one row's data changes (each word-wrapped
row measured anew: 11 ms for 160 findings in the problems panel, after every commit
that moves a warning's figures; the work-plan rows' list likewise when a badge moves).
Here the sizes the last layout gave the rows are kept, with the item options it
measured them with; when the changed rows measure the same with those options, a new
layout would place every row where it is, so the rows are only repainted. A row that
grows or shrinks, or any row inserted or removed, is laid out by QListView as before.

The view's delegate must be a ``MeasuredRows`` one, made with the view as its parent:
it tells the view what each row measured while the view was laid out.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class MeasuredRows:
    """A delegate mixin: the sizes it gives while its StableListView is laid out are kept.

    A delegate that measures rows itself passes each size through ``measured``.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return self.measured(option, index, super().sizeHint(option, index))  # type: ignore[misc]

    def measured(self, option: QStyleOptionViewItem, index: Index, size: QSize) -> QSize:
        """The size of a row, told to the view (which keeps it while it is laid out)."""
        view = self.parent()  # type: ignore[attr-defined]
        if isinstance(view, StableListView):
            view._measured(option, index.row(), size)
        return size


class MeasuredDelegate(MeasuredRows, QStyledItemDelegate):
    """Qt's standard delegate, measured for a StableListView."""


class TextSizedDelegate(MeasuredDelegate):
    """The standard delegate for rows whose size follows from their text alone.

    (Every row has an icon of the view's icon size, or none does.)

    A layout measures every row (a list view lays them all out again when one is
    inserted or removed): each size is kept by what decides it, so that a row measured
    before, at that width and in that font, is not laid out as text again.
    """

    KEPT_SIZES = 4096  # then they are forgotten (a window dragged wider asks for many)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple, QSize] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        key = (
            index.data(Qt.ItemDataRole.DisplayRole),
            option.rect.width(),
            option.font.key(),
            option.decorationSize.toTuple(),
            option.features,
            option.decorationPosition,
            option.displayAlignment,
        )
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) >= self.KEPT_SIZES:
                self._sizes.clear()
            size = self._sizes[key] = QStyledItemDelegate.sizeHint(self, option, index)
        return self.measured(option, index, QSize(size))


class StableListView(QListView):
    """A list view that lays itself out again only when a row's size changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laying_out = False
        self._sizes: dict[int, QSize] = {}  # row → its size in the last layout
        self._option: QStyleOptionViewItem | None = None  # what the last layout measured with
        self.setItemDelegate(MeasuredDelegate(self))

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
        model, option, delegate = self.model(), self._option, self.itemDelegate()
        if model is None or option is None or not isinstance(delegate, MeasuredRows):
            return False
        rows = range(first, last + 1)
        if (
            first < 0
            or len(self._sizes) != model.rowCount()
            or any(row not in self._sizes for row in rows)
        ):
            return False
        return all(
            delegate.sizeHint(QStyleOptionViewItem(option), model.index(row, 0)) == self._sizes[row]
            for row in rows
        )
