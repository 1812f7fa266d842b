"""Styles and cells shared by the sheets of the consolidated workbook (no formulas, ever)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

from micdesk.core.programme_results import finite_number
from micdesk.core.values import canonical_decimal
from micdesk.core.xlsx_cells import ExactNumber, safe_cell

HEADER_STYLE = "consolidation header"
TITLE_STYLE = "consolidation title"
QUERY_STYLE = "consolidation query"
"""The empty cells where UNIDO's analysts type a question: tinted, so they are found."""


def register_styles(workbook: Workbook) -> None:
    """Add the header and title styles every sheet of the workbook uses."""
    header = NamedStyle(name=HEADER_STYLE)
    header.font = Font(bold=True)
    header.fill = PatternFill("solid", fgColor="DDEBF7")
    header.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(header)
    title = NamedStyle(name=TITLE_STYLE)
    title.font = Font(bold=True, size=13)
    workbook.add_named_style(title)
    query = NamedStyle(name=QUERY_STYLE)
    query.fill = PatternFill("solid", fgColor="FFF2CC")
    query.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(query)


def header_row(sheet: Any, names: Sequence[str], widths: Sequence[int]) -> None:
    """Set the column widths, freeze the first row and write it as a header."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
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
