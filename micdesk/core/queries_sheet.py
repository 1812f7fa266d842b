"""The ``Queries`` sheet of a return: UNIDO's questions and the answers (submission.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook

from micdesk.core.print_layout import PrintLayout, fit_row_height
from micdesk.core.submission_format import QUERIES_SHEET, QUERY_COLUMNS, QueryRow
from micdesk.core.xlsx_cells import fast_cell, filter_table, set_column_widths
from micdesk.core.xlsx_rows import new_sheet

# Widths by column; the question and the answer are sentences, wrapped.
_WIDTHS = {
    "query_id": 16,
    "area": 8,
    "indicator_code": 12,
    "disaggregation": 18,
    "field": 12,
    "question": 50,
    "answer": 50,
    "value_before": 14,
    "value_after": 14,
    "answer_later": 10,
    "answered_at": 21,
}
_SENTENCES = ("question", "answer")


def write_queries_sheet(
    workbook: Workbook,
    rows: Sequence[QueryRow],
    layout: PrintLayout,
    header_style: str,
    wrap_style: str,
) -> Any:
    """Add the Queries sheet after the Narrative one: a header, then one row per query."""
    sheet = new_sheet(workbook, QUERIES_SHEET)
    layout.apply(sheet, landscape=True, title_rows="1:1")
    sheet.freeze_panes = "A2"
    set_column_widths(sheet, [_WIDTHS[name] for name in QUERY_COLUMNS])
    sheet.append([fast_cell(sheet, name, header_style) for name in QUERY_COLUMNS])
    styles = [wrap_style if name in _SENTENCES else None for name in QUERY_COLUMNS]
    for number, row in enumerate(rows, start=2):
        texts = row.canonical
        fit_row_height(
            sheet,
            number,
            [(texts[QUERY_COLUMNS.index(name)], _WIDTHS[name]) for name in _SENTENCES],
        )
        sheet.append(
            [fast_cell(sheet, text, style) for text, style in zip(texts, styles, strict=True)]
        )
    filter_table(sheet, len(QUERY_COLUMNS), len(rows))
    return sheet
