"""Cells micdesk writes: exact numbers, and text that is never a formula or an error code."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from micdesk.core.submission_format import encode_cell_text, number_from_cell
from micdesk.core.xlsx_rows import CellStyle, PreparedCell, takes_prepared_cells

# Excel shows at most this many digits; more decimals than this keep General format.
_MAX_FORMAT_DECIMALS = 15


@dataclass(frozen=True)
class ExactNumber:
    """A number cell: the exact text and the format it is shown with."""

    text: str

    @cached_property
    def number(self) -> int | float:
        decimal = Decimal(self.text)
        if decimal == decimal.to_integral_value() and "." not in self.text:
            return int(decimal)
        return float(decimal)

    @cached_property
    def number_format(self) -> str:
        decimals = len(self.text.partition(".")[2])
        if decimals == 0:
            return "#,##0"
        if decimals > _MAX_FORMAT_DECIMALS:
            return "General"
        return "#,##0." + "0" * decimals

    @cached_property
    def fits_a_cell(self) -> bool:
        """False for numbers beyond a double's range, which are written as text."""
        return abs(Decimal(self.text)) < Decimal("1e300")

    @cached_property
    def needs_exact_text(self) -> bool:
        """True when the float a reader gets back is not exactly this number."""
        try:
            written = format(self.number, ".16g")  # what openpyxl writes
            return number_from_cell(float(written)) != self.text
        except OverflowError:
            return True


CellValue = str | ExactNumber | None


def safe_cell(sheet: Any, value: CellValue | int | float, style: str | None = None) -> Any:
    """A write-only cell; text is always a text cell, never a formula or an error code."""
    if value is None or value == "":
        if style is None:
            return None
        cell = WriteOnlyCell(sheet, None)
    elif isinstance(value, ExactNumber) and value.fits_a_cell:
        cell = WriteOnlyCell(sheet, value.number)
        cell.number_format = value.number_format
    elif isinstance(value, ExactNumber):
        cell = _text_cell(sheet, value.text)  # beyond a double's range: exact as text
    elif isinstance(value, str):
        cell = _string(sheet, value, style)
    else:
        cell = WriteOnlyCell(sheet, value)
    if style is not None:
        cell.style = style
    return cell


def safe_cells(
    sheet: Any, values: Iterable[CellValue | int | float], style: str | None = None
) -> list[Any]:
    """A row of ``safe_cell``s, one for each value, all in one style."""
    return [safe_cell(sheet, value, style) for value in values]


def fast_cell(sheet: Any, value: CellValue | int | float, style: str | None = None) -> Any:
    """``safe_cell`` for the export's own sheets, with less work per cell.

    The same values, types and formats as ``safe_cell``, with two differences that
    change nothing a reader sees: an empty cell is left out even when it would be
    styled (an alignment on a cell without text shows nothing), and a cell's style is
    computed once per workbook for each (named style, number format) rather than looked
    up by name and format for every cell. On a sheet of ``xlsx_rows.new_sheet`` a styled
    cell is a ``PreparedCell``, which that sheet writes as openpyxl writes the cell.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = encode_cell_text(value)
        if style is None and not text.startswith("=") and text not in ERROR_CODES:
            return text  # openpyxl binds a plain string as a text cell by itself
        return _cell(sheet, text, True, style, None)
    if isinstance(value, ExactNumber):
        if value.fits_a_cell:
            return _cell(sheet, value.number, False, style, value.number_format)
        return _cell(sheet, value.text, True, style, None)  # beyond a double's range: as text
    if type(value) is int or type(value) is float:
        return _cell(sheet, value, False, style, None)
    cell = WriteOnlyCell(sheet, value)
    if style is not None:
        cell._style = StyleArray(_cell_style(sheet, style, None).array)
    return cell


def _cell(
    sheet: Any,
    value: str | int | float,
    is_text: bool,
    style: str | None,
    number_format: str | None,
) -> Any:
    """A text (never a formula nor an error code) or number cell in a style and format."""
    prepared = PreparedCell(value, is_text, _cell_style(sheet, style, number_format))
    return prepared if takes_prepared_cells(sheet) else prepared.cell(sheet)


def _string(sheet: Any, value: str, style: str | None) -> Any:
    """Text as a plain string where openpyxl binds it as a text cell by itself (no style,
    nothing it could take for a formula or an error code), else as a text cell."""
    text = encode_cell_text(value)
    if style is None and not text.startswith("=") and text not in ERROR_CODES:
        return text
    return _text_cell(sheet, text)


def _text_cell(sheet: Any, text: str) -> Any:
    """A cell that holds text, never a formula nor an error code (docs/design.md §4)."""
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"
    return cell


def _cell_style(sheet: Any, style: str | None, number_format: str | None) -> CellStyle:
    """The style a cell gets from ``style`` and ``number_format``, made once per workbook.

    Made when first asked for, as openpyxl would for the first cell given them: a new
    number format takes the workbook's next format id then.
    """
    workbook = sheet.parent
    styles = workbook.__dict__.setdefault("_micdesk_cell_styles", {})
    key = (style, number_format)
    found = styles.get(key)
    if found is None:
        probe = WriteOnlyCell(sheet)
        if style is not None:
            probe.style = style
        if number_format is not None:
            probe.number_format = number_format
        array = probe._style if probe._style is not None else StyleArray()
        found = styles[key] = CellStyle(array)
    return found


def add_named_style(
    workbook: Workbook,
    name: str,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    alignment: Alignment | None = None,
    border: Border | None = None,
) -> None:
    """Add a named cell style to a workbook, with what is given of its look."""
    style = NamedStyle(name=name)
    if font is not None:
        style.font = font
    if fill is not None:
        style.fill = fill
    if alignment is not None:
        style.alignment = alignment
    if border is not None:
        style.border = border
    workbook.add_named_style(style)


def set_column_widths(sheet: Any, widths: Iterable[int]) -> None:
    """Set a sheet's column widths, from column A on."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def filter_table(sheet: Any, columns: int, rows: int) -> None:
    """Excel's filter buttons over a table: a header row, then ``rows`` rows of ``columns``."""
    sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows + 1}"
