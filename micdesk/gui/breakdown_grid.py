"""The breakdown grid with a spreadsheet's habits (docs/design.md §5).

Enter commits a cell and moves down, Tab moves right (then to the next row's first
cell, then out of the grid), and a block copied from Excel (tab-separated lines)
is pasted into the cells from the current one, as one undoable step. The sums
row and column are not edited.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from micdesk.core.placeholders import fill

DOWN, RIGHT, LEFT = (1, 0), (0, 1), (0, -1)


def clipboard_block(text: str) -> list[list[str]]:
    """Rows of cells of a tab-separated block as Excel and LibreOffice copy it."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the copy ends with a line break
    return [line.split("\t") for line in lines]


class _SpreadsheetKeys(QStyledItemDelegate):
    """Enter and Tab in a cell being typed: commit it, then move as a spreadsheet does."""

    def __init__(self, grid: BreakdownGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = _step_of(event)
            if step is not None and isinstance(editor, QWidget):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._grid.step(*step)
                return True
        return super().eventFilter(editor, event)


def _step_of(event: QKeyEvent) -> tuple[int, int] | None:
    key = event.key()
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return DOWN
    if key == Qt.Key.Key_Tab:
        return RIGHT
    if key == Qt.Key.Key_Backtab:
        return LEFT
    return None


class BreakdownGrid(QTableView):
    """A table view of a DisaggregationModel that types and pastes like a spreadsheet."""

    pasteProblems = Signal(str)  # one line on what could not be pasted ("" when all went in)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_SpreadsheetKeys(self))
        self.setTabKeyNavigation(True)

    def _data_size(self) -> tuple[int, int]:
        model = self.model()
        rows = sum(model.cell_key(r, 0) is not None for r in range(model.rowCount()))
        columns = sum(model.cell_key(0, c) is not None for c in range(model.columnCount()))
        return rows, columns

    def step(self, rows: int, columns: int) -> None:
        """Move the current cell down or sideways; past the last cell, leave the grid."""
        current = self.currentIndex()
        data_rows, data_columns = self._data_size()
        row, column = (current.row(), current.column()) if current.isValid() else (0, -1)
        row, column = row + rows, column + columns
        if column >= data_columns:
            row, column = row + 1, 0
        elif column < 0:
            row, column = row - 1, data_columns - 1
        if row >= data_rows or row < 0:
            self.clearSelection()
            # With Tab navigation on, the view would turn this into a Tab key for itself.
            self.setTabKeyNavigation(False)
            self.focusNextPrevChild(rows >= 0 and columns >= 0)
            self.setTabKeyNavigation(True)
            return
        self.setCurrentIndex(self.model().index(row, column))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        step = _step_of(event)
        if step is not None and self.state() != QTableView.State.EditingState:
            self.step(*step)
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> int:
        """Fill the cells from the current one with a tab-separated block; return how many.

        Every cell is its own change in the history, all of them one undo step. What
        does not fit (outside the breakdown, or not a number) is said in one line.
        """
        block = clipboard_block(text)
        model = self.model()
        start = self.currentIndex()
        if not block or not start.isValid():
            return 0
        data_rows, data_columns = self._data_size()
        outside = refused = written = 0
        stack = getattr(model, "undo_stack", lambda: None)()
        if stack is not None:
            stack.beginMacro(self.tr("paste into the breakdown"))
        try:
            for r, cells in enumerate(block):
                for c, text_of_cell in enumerate(cells):
                    row, column = start.row() + r, start.column() + c
                    if row >= data_rows or column >= data_columns:
                        outside += 1
                        continue
                    if model.setData(model.index(row, column), text_of_cell):
                        written += 1
                    else:
                        refused += 1
        finally:
            if stack is not None:
                stack.endMacro()
        problems = []
        if outside:
            problems.append(
                self.tr("%Ln value(s) fell outside the breakdown and were left out", "", outside)
            )
        if refused:
            problems.append(self.tr("%Ln value(s) could not be read as numbers", "", refused))
        self.pasteProblems.emit(
            fill(
                self.tr("Pasted %1 of %Ln value(s): %2.", "", written + outside + refused),
                written,
                "; ".join(problems),
            )
            if problems
            else ""
        )
        last = model.index(
            min(start.row() + len(block) - 1, data_rows - 1),
            min(start.column() + max(len(cells) for cells in block) - 1, data_columns - 1),
        )
        if last.isValid() and last != QModelIndex():
            self.setCurrentIndex(last)
        return written


class GridHolder(QWidget):
    """The grid's place in a form: it gives the grid its own size and passes nothing up.

    A table view asks the layouts above it to measure again whenever it is shown (its
    headers' show events), so each switch to a row laid the whole form out again, every
    editor of it. The grid's height is fixed and its width is the one it is given, so
    nothing it could ask changes the form: a parent without a layout keeps the asking
    from going further.
    """

    def __init__(self, grid: BreakdownGrid, height: int) -> None:
        super().__init__()
        self.grid = grid
        grid.setParent(self)
        self.setFixedHeight(height)
        self.setMinimumWidth(grid.minimumSizeHint().width())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self.grid.setGeometry(self.rect())
        super().resizeEvent(event)
