"""Writing ``micdesk-review/1`` workbooks (docs/formats/review.md): UNIDO's queries on a return.

A cover for people, the machine-read ``Queries`` sheet, one readable sheet per area that
has queries, and the hidden ``_review`` sheet with the identity and the hash. No formulas:
every cell is a text cell, escaped by ``encode_cell_text`` as in every micdesk workbook;
the file is written atomically.

Written with XlsxWriter rather than openpyxl: ``review write`` writes one small workbook
per return (500 at HQ in one go), and openpyxl spends ~20 ms of CPU on each (a temporary
file per sheet, its object model for every cell) where XlsxWriter spends ~6 ms.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from micdesk import __version__
from micdesk.core.review_format import (
    COVER_SHEET,
    FIXED_SHEETS,
    META_SHEET,
    QUERIES_SHEET,
    QUERY_COLUMNS,
    REVIEW_FORMAT,
    ReviewIdentity,
    ReviewQuery,
    canonical_sha256,
)
from micdesk.core.submission_format import (
    EXCEL_CELL_LIMIT,
    TIMESTAMP_FORMAT,
    XML_ILLEGAL_CHARACTERS,
    encode_cell_text,
)
from micdesk.core.xlsx_files import atomic_write, unique_sheet_name

_HEADER_STYLE = "review header"
_TITLE_STYLE = "review title"
_AREA_COLUMNS = ("query", "indicator", "breakdown", "value UNIDO saw", "question")
_NARRATIVE_TARGET = "narrative"
# Every cell is written with write_string; these keep XlsxWriter from guessing anyway.
_OPTIONS = {
    "in_memory": True,  # no temporary file per sheet: 500 reviews are 2,500 sheets
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


class ReviewRefused(ValueError):
    """A review cannot be written as asked (a text too long for a cell); nothing was written."""


def clean_text(text: str, where: str) -> str:
    """The text without the control characters XML forbids; refused when longer than a cell."""
    text = XML_ILLEGAL_CHARACTERS.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        raise ReviewRefused(
            f"{where}: {len(text):,} characters, more than an Excel cell holds "
            f"({EXCEL_CELL_LIMIT:,})"
        )
    return text


def clean_query(query: ReviewQuery) -> ReviewQuery:
    """The query with its texts as the workbook will hold them (and the hash cover them)."""
    where = f"query {query.query_id}"
    return ReviewQuery(
        query_id=clean_text(query.query_id, where),
        area=clean_text(query.area, where),
        indicator_code=clean_text(query.indicator_code, where),
        indicator_label=clean_text(query.indicator_label, where),
        cell=clean_text(query.cell, where),
        field=clean_text(query.field, where),
        value_seen=clean_text(query.value_seen, where),
        question=clean_text(query.question, where),
        sheet_row=query.sheet_row,
    )


def review_sha256(identity: ReviewIdentity, queries: Sequence[ReviewQuery]) -> str:
    """The hash a review of these queries carries (docs/formats/review.md, The hash)."""
    return canonical_sha256(identity.as_texts(), (query.canonical for query in queries))


def write_review(
    path: Path,
    identity: ReviewIdentity,
    queries: Sequence[ReviewQuery],
    *,
    written_at: datetime | None = None,
    area_titles: dict[str, str] | None = None,
) -> str:
    """Write one review workbook atomically; return its SHA-256."""
    queries = [clean_query(query) for query in queries]
    sha256 = review_sha256(identity, queries)
    moment = written_at or datetime.now(UTC)
    when = moment.strftime(TIMESTAMP_FORMAT)
    import xlsxwriter  # here: every CLI command imports this module, few write reviews

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, _OPTIONS)
    workbook.set_properties({"created": moment.replace(tzinfo=None)})
    styles = {
        _HEADER_STYLE: workbook.add_format(
            {"bold": True, "bg_color": "#FCE4D6", "text_wrap": True, "valign": "top"}
        ),
        _TITLE_STYLE: workbook.add_format({"bold": True, "font_size": 13}),
    }
    sheets = _Sheets(workbook, styles)
    used = {name.lower() for name in FIXED_SHEETS}
    _write_cover(sheets, identity, queries, sha256, when)
    _write_queries(sheets, queries)
    by_area: dict[str, list[ReviewQuery]] = {}
    for query in queries:
        by_area.setdefault(query.area, []).append(query)
    for area in sorted(by_area):
        title = (area_titles or {}).get(area, "")
        _write_area(sheets, unique_sheet_name(area, used, "area"), area, title, by_area[area])
    _write_meta(sheets, identity, sha256, when)
    workbook.close()
    atomic_write(Path(path), lambda temporary: temporary.write_bytes(buffer.getvalue()))
    return sha256


class _Sheets:
    """The workbook being written, with its two styles: every cell a text cell."""

    def __init__(self, workbook: Any, styles: dict[str, Any]) -> None:
        self.workbook = workbook
        self.styles = styles

    def add(self, name: str, widths: Sequence[int]) -> _Sheet:
        """A new sheet named ``name`` with these column widths."""
        sheet = self.workbook.add_worksheet(name)
        for column, width in enumerate(widths):
            sheet.set_column(column, column, width)
        return _Sheet(sheet, self.styles)


class _Sheet:
    def __init__(self, sheet: Any, styles: dict[str, Any]) -> None:
        self.sheet = sheet
        self.styles = styles
        self.rows = 0

    def append(self, values: Sequence[str], style: str | None = None) -> None:
        """One row of text cells (``write_string``: never a formula, a number or a link);
        empty texts are left out unless styled."""
        look = self.styles[style] if style is not None else None
        for column, value in enumerate(values):
            if value:
                # encode_cell_text: the escapes micdesk's readers undo (openpyxl drops
                # every 'x005F_' it reads; a CR would come back as a line feed).
                self.sheet.write_string(self.rows, column, encode_cell_text(value), look)
            elif look is not None:
                self.sheet.write_blank(self.rows, column, None, look)
        self.rows += 1

    def append_labelled(self, label: str, value: str) -> None:
        """A header-styled label and its plain value."""
        self.sheet.write_string(self.rows, 0, encode_cell_text(label), self.styles[_HEADER_STYLE])
        if value:
            self.sheet.write_string(self.rows, 1, encode_cell_text(value))
        self.rows += 1


def _write_cover(
    sheets: _Sheets,
    identity: ReviewIdentity,
    queries: Sequence[ReviewQuery],
    sha256: str,
    when: str,
) -> None:
    sheet = sheets.add(COVER_SHEET, (34, 70))
    sheet.append([f"UNIDO's queries: {identity.country} {identity.period}"], _TITLE_STYLE)
    sheet.append(
        [
            "Load this workbook in micdesk (File → Load a UNIDO review), answer each "
            "query or correct the value, and send the next export back to UNIDO."
        ]
    )
    facts = (
        ("Country", identity.country),
        ("Period", identity.period),
        ("Template", identity.template_id),
        ("Template version", str(identity.template_version)),
        ("Submission UUID", identity.submission_uuid),
        ("Revision answered", str(identity.submission_revision)),
        ("SHA-256 of that return", identity.submission_sha256),
        ("Queries", str(len(queries))),
        ("Written at (UTC)", when),
        ("SHA-256 of this review", sha256),
    )
    for label, value in facts:
        sheet.append_labelled(label, value)


def _write_queries(sheets: _Sheets, queries: Sequence[ReviewQuery]) -> None:
    sheet = sheets.add(QUERIES_SHEET, (16, 8, 12, 36, 24, 12, 24, 70))
    sheet.sheet.freeze_panes(1, 0)
    sheet.append(QUERY_COLUMNS, _HEADER_STYLE)
    for query in queries:
        sheet.append(
            [
                query.query_id,
                query.area,
                query.indicator_code,
                query.indicator_label,
                query.cell,
                query.field,
                # A text cell, so the exact figure UNIDO saw survives any spreadsheet.
                query.value_seen,
                query.question,
            ]
        )
    sheet.sheet.autofilter(0, 0, len(queries), len(QUERY_COLUMNS) - 1)


def _write_area(
    sheets: _Sheets, name: str, area: str, title: str, queries: Sequence[ReviewQuery]
) -> None:
    sheet = sheets.add(name, (16, 44, 24, 24, 70))
    heading = f"{area} — {title}" if title else area
    sheet.append([heading], _TITLE_STYLE)
    sheet.append(_AREA_COLUMNS, _HEADER_STYLE)
    sheet.sheet.freeze_panes(2, 0)
    for query in queries:
        if query.is_narrative:
            indicator = f"{_NARRATIVE_TARGET}: {query.field}" if query.field else _NARRATIVE_TARGET
        else:
            indicator = " — ".join(t for t in (query.indicator_code, query.indicator_label) if t)
        sheet.append(
            [
                query.query_id,
                indicator,
                query.cell or ("" if query.is_narrative else "total"),
                query.value_seen,
                query.question,
            ]
        )


def _write_meta(sheets: _Sheets, identity: ReviewIdentity, sha256: str, when: str) -> None:
    sheet = sheets.add(META_SHEET, ())
    sheet.sheet.hide()
    rows = [("format", REVIEW_FORMAT), *identity.as_texts().items()]
    rows += [("sha256", sha256), ("written_at", when), ("app_version", __version__)]
    for key, value in rows:
        # Whole numbers as text cells too: the hash covers the text.
        sheet.append([key, value])
