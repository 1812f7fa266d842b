"""The model of an indicator's breakdown grid: the cells of up to two dimensions, with sums."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from micdesk.core.values import as_number
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import IndicatorDefinition, pick_text
from micdesk.gui.kinds import parse_typed
from micdesk.gui.numbers import format_number

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class DisaggregationModel(QAbstractTableModel):
    """An indicator's breakdown: dimension 1 × dimension 2, with sums in a last row/column."""

    invalidInput = Signal(str)

    def __init__(
        self, session, editing, indicator: IndicatorDefinition, language, locale, parent=None
    ):
        super().__init__(parent)
        self._session, self._editing, self._indicator = session, editing, indicator
        self._language, self._locale = language, locale
        template = session.template
        dimensions = template.disaggregations[indicator.disaggregation].dimensions
        self._rows_dim = dimensions[0]
        self._cols_dim = dimensions[1] if len(dimensions) == 2 else None
        if len(dimensions) > 2:  # more than two: one row per cell
            self._flat = template.cells_of(indicator)[1:]
        else:
            self._flat = None
        session.valueChanged.connect(self._on_value_changed)

    def undo_stack(self):
        """The window's undo stack (a paste of many cells is one step on it)."""
        return self._editing.stack

    def set_locale(self, language: str, locale: QLocale) -> None:
        """Show labels and numbers in another language."""
        self._language, self._locale = language, locale
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )

    def _on_value_changed(self, code: str, cell: str) -> None:
        # The grid shows the breakdown's cells and their sums, never the total: a new
        # total (a commit of the value field) leaves every cell of it as it was.
        if code == self._indicator.code and cell != TOTAL_CELL:
            self._all_changed()

    def _data_rows(self) -> int:
        return len(self._flat) if self._flat is not None else len(self._rows_dim.values)

    def _data_columns(self) -> int:
        return len(self._cols_dim.values) if self._cols_dim else 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._data_rows() + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return self._data_columns() + (1 if self._cols_dim else 0)

    def cell_key(self, row: int, column: int) -> str | None:
        """The cell key of a data cell, None for the sums."""
        if row >= self._data_rows() or column >= self._data_columns():
            return None
        if self._flat is not None:
            return self._flat[row]
        key = f"{self._rows_dim.name}={self._rows_dim.values[row].value}"
        if self._cols_dim:
            key += f";{self._cols_dim.name}={self._cols_dim.values[column].value}"
        return key

    def _number(self, key: str) -> Decimal | None:
        state = self._session.state(self._indicator.code, key)
        if state is None or state.value is None or isinstance(state.value, str):
            return None
        return as_number(self._indicator.kind, state.value)

    def _sum(self, keys: list[str]) -> Decimal | None:
        numbers = [n for n in (self._number(k) for k in keys) if n is not None]
        return sum(numbers, Decimal(0)) if numbers else None

    def breakdown_sum(self) -> Decimal | None:
        """The sum of every filled cell (None when none is filled)."""
        keys = [
            self.cell_key(r, c)
            for r in range(self._data_rows())
            for c in range(self._data_columns())
        ]
        return self._sum([k for k in keys if k])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        key = self.cell_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key is None:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._accessible(row, column)
            return None
        if key is None:
            if row < self._data_rows():
                keys = [self.cell_key(row, c) for c in range(self._data_columns())]
            elif column < self._data_columns():
                keys = [self.cell_key(r, column) for r in range(self._data_rows())]
            else:
                keys = [
                    self.cell_key(r, c)
                    for r in range(self._data_rows())
                    for c in range(self._data_columns())
                ]
            total = self._sum([k for k in keys if k])
            return "" if total is None else format_number(total, self._locale)
        state = self._session.state(self._indicator.code, key)
        if state is None:
            return ""
        if state.notation is not None:
            return state.notation.value
        if state.value is None:
            return ""
        if isinstance(state.value, str):
            return state.value
        return format_number(state.value, self._locale)

    def _accessible(self, row: int, column: int) -> str:
        header = self.headerData(row, Qt.Orientation.Vertical)
        if self._cols_dim:
            header = f"{header}, {self.headerData(column, Qt.Orientation.Horizontal)}"
        return f"{header}: {self.data(self.index(row, column))}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        template = self._session.template
        lang, default = self._language, template.default_language
        if orientation == Qt.Orientation.Vertical:
            if section >= self._data_rows():
                return translate("DisaggregationModel", "Sum")
            if self._flat is not None:
                return template.cell_label(self._indicator, self._flat[section], lang)
            return pick_text(self._rows_dim.values[section].label, lang, default) or (
                self._rows_dim.values[section].value
            )
        if self._cols_dim is None:
            return translate("DisaggregationModel", "Value")
        if section >= self._data_columns():
            return translate("DisaggregationModel", "Sum")
        option = self._cols_dim.values[section]
        return pick_text(option.label, lang, default) or option.value

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell_key(index.row(), index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.cell_key(index.row(), index.column())
        if key is None:
            return False
        changes, problem = parse_typed(
            self._session.template, self._indicator, str(value), self._locale
        )
        if changes is None:
            self.invalidInput.emit(problem)
            return False
        self.invalidInput.emit("")
        return self._editing.edit_value(self._indicator.code, key, **changes)
