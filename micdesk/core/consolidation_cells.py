"""Styles and cells shared by the sheets of the consolidated workbook (no formulas, ever)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from micdesk.core.programme_results import finite_number
from micdesk.core.values import canonical_decimal
from micdesk.core.xlsx_cells import ExactNumber, add_named_style, safe_cell, set_column_widths

HEADER_STYLE = "consolidation header"
TITLE_STYLE = "consolidation title"
QUERY_STYLE = "consolidation query"
"""The empty cells where UNIDO's analysts type a question: tinted, so they are found."""


def register_styles(workbook: Workbook) -> None:
    """Add the header and title styles every sheet of the workbook uses."""
    top_wrap = Alignment(wrap_text=True, vertical="top")
    add_named_style(
        workbook,
        HEADER_STYLE,
        font=Font(bold=True),
        fill=PatternFill("solid", fgColor="DDEBF7"),
        alignment=top_wrap,
    )
    add_named_style(workbook, TITLE_STYLE, font=Font(bold=True, size=13))
    add_named_style(
        workbook, QUERY_STYLE, fill=PatternFill("solid", fgColor="FFF2CC"), alignment=top_wrap
    )


def header_row(sheet: Any, names: Sequence[str], widths: Sequence[int]) -> None:
    """Set the column widths, freeze the first row and write it as a header."""
    set_column_widths(sheet, widths)
    sheet.freeze_panes = "A2"
    sheet.append([safe_cell(sheet, name, HEADER_STYLE) for name in names])


def number_cell(text: str) -> ExactNumber | str:
    """A stored value as an exact number when it is one, else as the text it is."""
    number = finite_number(text)
    return ExactNumber(canonical_decimal(number)) if number is not None else text


def figure_cell(sheet: Any, value: Decimal | str | None) -> Any:
    """A computed figure: an exact number, a notation key as the key, or nothing."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return safe_cell(sheet, ExactNumber(canonical_decimal(value)))
    return safe_cell(sheet, value)
