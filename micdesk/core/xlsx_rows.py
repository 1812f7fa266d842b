"""A faster row writer for openpyxl's write-only sheets, byte for byte the same output.

This subclasses private openpyxl classes (``WorksheetWriter``, ``WriteOnlyWorksheet``),
so it lives alone: ``tests/test_xlsx_rows.py`` compares its bytes with openpyxl's own
path, and a new openpyxl that changes those classes fails that test, not an export.

Its sheets also take two things openpyxl's do not, both cheaper than openpyxl's objects
(an export writes tens of thousands of cells and thousands of tall rows): a
``PreparedCell`` (a value, whether it is text, and its ``CellStyle``) in place of a
styled openpyxl cell, and a row's height given by ``set_row_height`` in place of a
``RowDimension``.
"""

from __future__ import annotations

from math import isfinite
from typing import Any
from xml.etree.ElementTree import _escape_cdata  # type: ignore[attr-defined]

from openpyxl import LXML, Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as _Cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as _OpenpyxlSheet
from openpyxl.worksheet._writer import WorksheetWriter

from micdesk.core.submission_format import EXCEL_CELL_LIMIT


class CellStyle:
    """A style of one workbook (a named style and a number format), shared by its cells.

    openpyxl gives a cell its style's id when the cell is written (the first cell written
    with a style adds it to the workbook's list); ``attribute`` does the same, once.
    """

    __slots__ = ("array", "_attribute")

    def __init__(self, array: StyleArray) -> None:
        self.array = array
        # An unstyled cell is written without s="..." and adds nothing, as openpyxl's.
        self._attribute: str | None = None if any(array) else ""

    def attribute(self, workbook: Workbook) -> str:
        """The cell's ` s="id"` (empty for no style), adding the style to the workbook's list."""
        if self._attribute is None:
            self._attribute = f' s="{workbook._cell_styles.add(self.array)}"'
        return self._attribute


class PreparedCell:
    """A cell of a ``new_sheet`` sheet: a number, or text that is text whatever it looks like."""

    __slots__ = ("value", "is_text", "style")

    def __init__(self, value: str | int | float, is_text: bool, style: CellStyle) -> None:
        self.value = value
        self.is_text = is_text
        self.style = style

    def cell(self, sheet: Any) -> Any:
        """The openpyxl cell this stands for (what ``xlsx_cells`` made before this class)."""
        cell = WriteOnlyCell(sheet, self.value)
        if self.is_text:
            cell.data_type = "s"
        cell._style = StyleArray(self.style.array)
        return cell


def _height_attributes(height: float) -> str:
    """A row's height as openpyxl's RowDimension writes it: ht, then customHeight."""
    return (f' ht="{height:.16g}"' if height else "") + ' customHeight="1"'


class _RowWriter(WorksheetWriter):
    """openpyxl's sheet writer, with each row's plain text and number cells written directly.

    openpyxl (without lxml) builds an element tree per cell and serialises it through a
    general namespace-aware writer; here the same bytes are put together as text. Any
    other cell (a formula, an error code, a date, text with characters XML forbids...)
    goes through openpyxl's own code, as does every cell when the stream is not the one
    this expects; a row's height is written as openpyxl writes it. ``test_fast_rows_write_what_openpyxl_writes``
    compares the two paths byte for byte.
    """

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        write = getattr(xf, "_file", None)
        heights = self.ws.row_heights
        dimensions = self.ws.row_dimensions
        if row_idx in dimensions and row_idx in heights:  # a height, then a RowDimension
            height = heights.pop(row_idx)
            if dimensions[row_idx].height is None:  # else the RowDimension's came later
                dimensions[row_idx].height = height
        if LXML or not callable(write):
            if row_idx in heights:
                dimensions[row_idx].height = heights.pop(row_idx)
            row = [cell.cell(self.ws) if type(cell) is PreparedCell else cell for cell in row]
            super().write_row(xf, _OpenpyxlSheet._values_to_row(self.ws, row, row_idx), row_idx)
            return
        # A row's height (a wrapped sentence) as openpyxl writes it: r, then ht, customHeight.
        if row_idx in dimensions:
            extra = "".join(f' {name}="{value}"' for name, value in dimensions[row_idx])
        elif row_idx in heights:
            extra = _height_attributes(heights[row_idx])
        else:
            extra = ""
        parts = [f'<row r="{row_idx}"{extra}>']
        workbook = self.ws.parent
        for column, original in enumerate(row, 1):
            if original is None:
                continue
            value, style = original, ""
            if type(original) is PreparedCell:
                value = original.value
                style = original.style.attribute(workbook)
            elif type(original) is _Cell:
                if (
                    original.data_type not in ("s", "n")
                    or original.hyperlink is not None
                    or original._comment is not None
                ):
                    value = None
                else:
                    value = original._value
                    if original.has_style:
                        style = f' s="{original.style_id}"'
            kind = type(value)
            if (
                kind is str
                and value
                and len(value) <= EXCEL_CELL_LIMIT
                and not (value[0] == "=" and len(value) > 1)
                and value not in ERROR_CODES
                and not ILLEGAL_CHARACTERS_RE.search(value)
            ):
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                parts.append(
                    f'<c r="{get_column_letter(column)}{row_idx}"{style} t="inlineStr"><is>'
                    f"<t{space}>{_escape_cdata(value)}</t></is></c>"
                )
            elif (kind is int or kind is float) and isfinite(value):
                parts.append(
                    f'<c r="{get_column_letter(column)}{row_idx}"{style} t="n">'
                    f"<v>{value:.16g}</v></c>"  # openpyxl's '%.16g'
                )
            else:  # anything else exactly as openpyxl writes it
                write("".join(parts))
                parts = []
                if type(original) is PreparedCell:
                    original = original.cell(self.ws)
                self._write_as_openpyxl(xf, original, column, row_idx)
        parts.append("</row>")
        write("".join(parts))

    def _write_as_openpyxl(self, xf: Any, value: Any, column: int, row_idx: int) -> None:
        """One cell through openpyxl's own code (as WriteOnlyWorksheet and write_row do)."""
        cell = value if isinstance(value, _Cell) else WriteOnlyCell(self.ws, value)
        cell.column = column
        cell.row = row_idx
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        if cell._comment is not None:
            self.ws._comments.append(CommentRecord.from_cell(cell))
        if cell._value is None and not cell.has_style and not cell._comment:
            return
        write_cell(xf, self.ws, cell, cell.has_style)


class _FastSheet(_OpenpyxlSheet):
    """A write-only sheet whose rows go to ``_RowWriter`` as they were appended."""

    def __init__(self, parent: Workbook, title: str) -> None:
        super().__init__(parent, title)
        self.row_heights: dict[int, float] = {}  # rows with only a height (set_row_height)

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = _RowWriter(self)
            self._writer.write_top()

    def _values_to_row(self, values: Any, row_idx: int) -> Any:
        return values


def new_sheet(workbook: Workbook, title: str) -> Any:
    """``workbook.create_sheet(title)``, with rows written by ``_RowWriter`` when it can."""
    if LXML or not FAST_ROWS:
        return workbook.create_sheet(title)
    sheet = _FastSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


def takes_prepared_cells(sheet: Any) -> bool:
    """Whether ``sheet`` (from ``new_sheet``) is written by ``_RowWriter``, which takes them."""
    return type(sheet) is _FastSheet


def set_row_height(sheet: Any, row: int, height: float) -> None:
    """``sheet.row_dimensions[row].height = height``, without the RowDimension where it can."""
    if type(sheet) is _FastSheet and row not in sheet.row_dimensions and isfinite(height):
        sheet.row_heights[row] = float(height)  # RowDimension's ht is a Float: float()
    else:
        sheet.row_dimensions[row].height = height


FAST_ROWS = True  # False writes every cell through openpyxl's own code (tests compare)
