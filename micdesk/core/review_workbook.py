"""Writing ``micdesk-review/1`` workbooks (docs/formats/review.md): UNIDO's queries on a return.

A cover for people, the machine-read ``Queries`` sheet, one readable sheet per area that
has queries, and the hidden ``_review`` sheet with the identity and the hash. No formulas;
every text goes through ``xlsx_cells.safe_cell``; the file is written atomically.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter

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
)
from micdesk.core.xlsx_cells import safe_cell
from micdesk.core.xlsx_files import unique_sheet_name, write_workbook

_HEADER_STYLE = "review header"
_TITLE_STYLE = "review title"
_AREA_COLUMNS = ("query", "indicator", "breakdown", "value UNIDO saw", "question")
_NARRATIVE_TARGET = "narrative"


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
    when = (written_at or datetime.now(UTC)).strftime(TIMESTAMP_FORMAT)
    workbook = Workbook(write_only=True)
    _register_styles(workbook)
    used = {name.lower() for name in FIXED_SHEETS}
    _write_cover(workbook, identity, queries, sha256, when)
    _write_queries(workbook, queries)
    by_area: dict[str, list[ReviewQuery]] = {}
    for query in queries:
        by_area.setdefault(query.area, []).append(query)
    for area in sorted(by_area):
        title = (area_titles or {}).get(area, "")
        _write_area(workbook, unique_sheet_name(area, used, "area"), area, title, by_area[area])
    _write_meta(workbook, identity, sha256, when)
    write_workbook(Path(path), workbook)
    return sha256


def _register_styles(workbook: Workbook) -> None:
    header = NamedStyle(name=_HEADER_STYLE)
    header.font = Font(bold=True)
    header.fill = PatternFill("solid", fgColor="FCE4D6")
    header.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(header)
    title = NamedStyle(name=_TITLE_STYLE)
    title.font = Font(bold=True, size=13)
    workbook.add_named_style(title)


def _widths(sheet: Any, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _write_cover(
    workbook: Workbook,
    identity: ReviewIdentity,
    queries: Sequence[ReviewQuery],
    sha256: str,
    when: str,
) -> None:
    sheet = workbook.create_sheet(COVER_SHEET)
    _widths(sheet, (34, 70))
    sheet.append(
        [safe_cell(sheet, f"UNIDO's queries: {identity.country} {identity.period}", _TITLE_STYLE)]
    )
    sheet.append(
        [
            safe_cell(
                sheet,
                "Load this workbook in micdesk (File → Load a UNIDO review), answer each "
                "query or correct the value, and send the next export back to UNIDO.",
            )
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
        sheet.append([safe_cell(sheet, label, _HEADER_STYLE), safe_cell(sheet, value)])


def _write_queries(workbook: Workbook, queries: Sequence[ReviewQuery]) -> None:
    sheet = workbook.create_sheet(QUERIES_SHEET)
    _widths(sheet, (16, 8, 12, 36, 24, 12, 24, 70))
    sheet.freeze_panes = "A2"
    sheet.append([safe_cell(sheet, name, _HEADER_STYLE) for name in QUERY_COLUMNS])
    for query in queries:
        sheet.append(
            [
                safe_cell(sheet, query.query_id),
                safe_cell(sheet, query.area),
                safe_cell(sheet, query.indicator_code),
                safe_cell(sheet, query.indicator_label),
                safe_cell(sheet, query.cell),
                safe_cell(sheet, query.field),
                # A text cell, so the exact figure UNIDO saw survives any spreadsheet.
                safe_cell(sheet, query.value_seen),
                safe_cell(sheet, query.question),
            ]
        )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(QUERY_COLUMNS))}{len(queries) + 1}"


def _write_area(
    workbook: Workbook, name: str, area: str, title: str, queries: Sequence[ReviewQuery]
) -> None:
    sheet = workbook.create_sheet(name)
    _widths(sheet, (16, 44, 24, 24, 70))
    heading = f"{area} — {title}" if title else area
    sheet.append([safe_cell(sheet, heading, _TITLE_STYLE)])
    sheet.append([safe_cell(sheet, name, _HEADER_STYLE) for name in _AREA_COLUMNS])
    sheet.freeze_panes = "A3"
    for query in queries:
        if query.is_narrative:
            indicator = f"{_NARRATIVE_TARGET}: {query.field}" if query.field else _NARRATIVE_TARGET
        else:
            indicator = " — ".join(t for t in (query.indicator_code, query.indicator_label) if t)
        sheet.append(
            [
                safe_cell(sheet, query.query_id),
                safe_cell(sheet, indicator),
                safe_cell(sheet, query.cell or ("" if query.is_narrative else "total")),
                safe_cell(sheet, query.value_seen),
                safe_cell(sheet, query.question),
            ]
        )


def _write_meta(workbook: Workbook, identity: ReviewIdentity, sha256: str, when: str) -> None:
    sheet = workbook.create_sheet(META_SHEET)
    sheet.sheet_state = "hidden"
    rows = [("format", REVIEW_FORMAT), *identity.as_texts().items()]
    rows += [("sha256", sha256), ("written_at", when), ("app_version", __version__)]
    for key, value in rows:
        # Whole numbers as text cells too: the hash covers the text.
        sheet.append([safe_cell(sheet, key), safe_cell(sheet, value)])
