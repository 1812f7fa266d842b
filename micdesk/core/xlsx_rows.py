"""A faster row writer for openpyxl's write-only sheets, byte for byte the same output.

This subclasses private openpyxl classes (``WorksheetWriter``, ``WriteOnlyWorksheet``),
so it lives alone: ``tests/test_xlsx_rows.py`` compares its bytes with openpyxl's own
path, and a new openpyxl that changes those classes fails that test, not an export.
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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as _OpenpyxlSheet
from openpyxl.worksheet._writer import WorksheetWriter

from micdesk.core.submission_format import EXCEL_CELL_LIMIT


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
        if LXML or not callable(write):
            super().write_row(xf, _OpenpyxlSheet._values_to_row(self.ws, row, row_idx), row_idx)
            return
        dimensions = self.ws.row_dimensions
        # A row's height (a wrapped sentence) as openpyxl writes it: r, then ht, customHeight.
        extra = (
            "".join(f' {name}="{value}"' for name, value in dimensions[row_idx])
            if row_idx in dimensions
            else ""
        )
        parts = [f'<row r="{row_idx}"{extra}>']
        for column, original in enumerate(row, 1):
            if original is None:
                continue
            value, style = original, ""
            if type(original) is _Cell:
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


FAST_ROWS = True  # False writes every cell through openpyxl's own code (tests compare)
