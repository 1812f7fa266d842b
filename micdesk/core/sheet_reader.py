"""Reading the plain-value sheets of the workbooks micdesk writes for machines, without a store.

A submission and a review are read alike: the file is opened within ``open_workbook``'s
bounds (size, zip bombs, entities, macros, far cells), every cell is checked (no formulas, no
forbidden characters, no over-long text), and a refusal says where it is, as
``file: sheet!cell: message``, raised as the format's own ``UnreadableWorkbook`` subclass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from openpyxl.utils import get_column_letter

from micdesk.core.cell_values import formula_text
from micdesk.core.submission_format import (
    EXCEL_CELL_LIMIT,
    XML_ILLEGAL_CHARACTERS,
    decode_cell_text,
    number_from_cell,
)
from micdesk.core.xlsx_files import (
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    UnreadableWorkbook,
    open_workbook,
    shown,
    unreadable_workbook,
)

Read = TypeVar("Read")


class SheetReader:
    """Reads the sheets of one file and locates what it refuses there."""

    refusal: type[UnreadableWorkbook] = UnreadableWorkbook
    holder = "a workbook"  # what the file is: '<holder> holds values only'

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.meta_rows: dict[str, int] = {}  # key of the hidden sheet → its row

    def fail(self, sheet: str, row: int | None, column: int | None, message: str) -> NoReturn:
        """Refuse the file at a sheet, a row or a cell (column numbers count from 1)."""
        where = sheet
        if row is not None:
            where += f"!{get_column_letter(column)}{row}" if column else f" row {row}"
        raise self.refusal(f"{self.name}: {where}: {message}")

    def text(self, value: Any) -> str:
        """A cell's value as the text it stands for (strings arrive decoded by rows())."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float | Decimal):
            # A spreadsheet may turn a text '12' into a number on re-save: the same text back.
            return number_from_cell(value)
        return str(value)

    def rows(self, sheet: Any, limit: int = MAX_SHEET_ROWS) -> Iterator[tuple[int, list[Any]]]:
        """Rows as (number, values), text decoded; formulas, control characters and over-long
        cells refused where they are (the file holds plain values only)."""
        if hasattr(sheet, "reset_dimensions"):
            # LibreOffice sometimes writes wrong dimensions, which read-only mode trusts.
            sheet.reset_dimensions()
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > limit:
                self.fail(sheet.title, None, None, f"more than {limit:,} rows; refused")
            values = [
                self._value(sheet.title, number, column, cell)
                for column, cell in enumerate(row[:MAX_SHEET_COLUMNS], start=1)
            ]
            while values and values[-1] is None:
                values.pop()
            yield number, values

    def _value(self, sheet: str, row: int, column: int, cell: Any) -> Any:
        value = cell.value
        # Text starting with '=' is text here (micdesk writes it so, formula-safe); a
        # formula is a cell of type f, or an object openpyxl made of one.
        formula = None if isinstance(value, str) else formula_text(value)
        if getattr(cell, "data_type", None) == "f" or formula is not None:
            self.fail(
                sheet,
                row,
                column,
                f"the cell holds a formula ('{shown(formula or value, 40)}'); "
                f"{self.holder} holds values only",
            )
        if not isinstance(value, str):
            return value
        value = decode_cell_text(value)
        if len(value) > EXCEL_CELL_LIMIT:
            self.fail(
                sheet,
                row,
                column,
                f"{len(value):,} characters, more than an Excel cell holds ({EXCEL_CELL_LIMIT:,})",
            )
        illegal = XML_ILLEGAL_CHARACTERS.search(value)
        if illegal:
            self.fail(
                sheet,
                row,
                column,
                f"holds a control character (U+{ord(illegal.group()):04X}) "
                f"that {self.holder} cannot hold",
            )
        return value

    def header(
        self, sheet: Any, expected: Sequence[str], limit: int = MAX_SHEET_ROWS
    ) -> tuple[dict[str, int], Iterator[tuple[int, list[Any]]]]:
        """The positions of the header row's columns (every expected one there), and the
        rows after it."""
        rows = self.rows(sheet, limit)
        try:
            _number, header = next(rows)
        except StopIteration:
            self.fail(sheet.title, 1, None, "the sheet is empty; it needs a header row")
        positions = {
            str(name).strip(): index for index, name in enumerate(header) if name is not None
        }
        missing = [name for name in expected if name not in positions]
        if missing:
            self.fail(sheet.title, 1, None, f"missing column(s): {', '.join(missing)}")
        return positions, rows

    def texts(
        self, values: list[Any], positions: dict[str, int], columns: Sequence[str]
    ) -> dict[str, str]:
        """The row's text in each of `columns` (found at `positions`), empty where it ends."""
        return {
            name: self.text(values[positions[name]]) if positions[name] < len(values) else ""
            for name in columns
        }


def find_sheet(workbook: Any, name: str) -> Any | None:
    """The workbook's sheet called `name` in any case, or None."""
    for sheet_name in workbook.sheetnames:
        if sheet_name.lower() == name.lower():
            return workbook[sheet_name]
    return None


def read_workbook(
    path: Path, refusal: type[UnreadableWorkbook], read: Callable[[Path, Any], Read]
) -> Read:
    """Open `path` within open_workbook's bounds, `read` it and close it; whatever the file
    fails on is raised as `refusal` (its message names the file)."""
    try:
        workbook = open_workbook(path)
    except refusal:
        raise
    except UnreadableWorkbook as error:
        raise refusal(str(error), error.key, error.params) from error
    try:
        return read(path, workbook)
    except refusal:
        raise
    except UnreadableWorkbook as error:
        params = {**error.params, "file": path.name}
        raise refusal(f"{path.name}: {error}", error.key, params) from error
    except Exception as error:  # sheets are parsed lazily: a hostile part fails only here
        unreadable = unreadable_workbook(path.name, error)
        raise refusal(str(unreadable), unreadable.key, unreadable.params) from error
    finally:
        workbook.close()
