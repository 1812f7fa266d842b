"""Reading ``micdesk-review/1`` workbooks (docs/formats/review.md), without a store.

The file is opened with the same bounds as a submission (``xlsx_files.open_workbook``:
size, zip bombs, entities, macros, far cells), every cell is checked (no formulas, no
forbidden characters, no over-long text), and the queries come back as plain records
(``review_format.ReviewQuery``) with the recomputed hash beside the stored one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from micdesk.core.cell_values import formula_text
from micdesk.core.review_format import (
    COVER_SHEET,
    IDENTITY_KEYS,
    MAX_QUERY_ID_LENGTH,
    META_SHEET,
    QUERIES_SHEET,
    QUERY_COLUMNS,
    REQUIRED_KEYS,
    REVIEW_FORMAT,
    WHOLE_NUMBER_KEYS,
    ReviewFile,
    ReviewIdentity,
    ReviewQuery,
    canonical_sha256,
)
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

MAX_WHOLE_NUMBER = 2**31 - 1
MAX_META_KEYS = 64  # a writer puts a dozen keys there
MAX_QUERIES = 20_000  # one review per return; far more queries than cells is no review
_SHA256 = re.compile(r"[0-9a-f]{64}")


class UnreadableReview(UnreadableWorkbook):
    """A file is not a readable micdesk review; the message says what and where."""


class _Locator:
    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.meta_rows: dict[str, int] = {}

    def fail(self, sheet: str, row: int | None, column: int | None, message: str) -> None:
        where = sheet
        if row is not None:
            where += f"!{get_column_letter(column)}{row}" if column else f" row {row}"
        raise UnreadableReview(f"{self.name}: {where}: {message}")


def read_review(path: Path) -> ReviewFile:
    """Read and check a review workbook; raise UnreadableReview if it is not one."""
    path = Path(path)
    try:
        workbook = open_workbook(path)
    except UnreadableReview:
        raise
    except UnreadableWorkbook as error:
        raise UnreadableReview(str(error), error.key, error.params) from error
    try:
        return _read(path, workbook)
    except UnreadableReview:
        raise
    except UnreadableWorkbook as error:
        params = {**error.params, "file": path.name}
        raise UnreadableReview(f"{path.name}: {error}", error.key, params) from error
    except Exception as error:  # sheets are parsed lazily: a hostile part fails only here
        refusal = unreadable_workbook(path.name, error)
        raise UnreadableReview(str(refusal), refusal.key, refusal.params) from error
    finally:
        workbook.close()


def _text(value: Any) -> str:
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


def _rows(sheet: Any, locator: _Locator, limit: int) -> Iterator[tuple[int, list[Any]]]:
    """Rows as (number, values) with text decoded; formulas, forbidden characters and
    over-long cells refused where they are (a review holds plain values only)."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # LibreOffice sometimes writes wrong dimensions
    for number, row in enumerate(sheet.iter_rows(), start=1):
        if number > limit:
            locator.fail(sheet.title, None, None, f"more than {limit:,} rows; refused")
        values = []
        for column, cell in enumerate(row[:MAX_SHEET_COLUMNS], start=1):
            value = cell.value
            formula = None if isinstance(value, str) else formula_text(value)
            if getattr(cell, "data_type", None) == "f" or formula is not None:
                locator.fail(
                    sheet.title,
                    number,
                    column,
                    f"the cell holds a formula ('{shown(formula or value, 40)}'); "
                    "a review holds values only",
                )
            if isinstance(value, str):
                value = decode_cell_text(value)
                if len(value) > EXCEL_CELL_LIMIT:
                    locator.fail(
                        sheet.title,
                        number,
                        column,
                        f"{len(value):,} characters, more than an Excel cell holds "
                        f"({EXCEL_CELL_LIMIT:,})",
                    )
                illegal = XML_ILLEGAL_CHARACTERS.search(value)
                if illegal:
                    locator.fail(
                        sheet.title,
                        number,
                        column,
                        f"holds a control character (U+{ord(illegal.group()):04X}) "
                        "that a review cannot hold",
                    )
            values.append(value)
        while values and values[-1] is None:
            values.pop()
        yield number, values


def _sheet(workbook: Any, name: str) -> Any | None:
    for sheet_name in workbook.sheetnames:
        if sheet_name.lower() == name.lower():
            return workbook[sheet_name]
    return None


def _read(path: Path, workbook: Any) -> ReviewFile:
    locator = _Locator(path)
    meta_sheet = _sheet(workbook, META_SHEET)
    if meta_sheet is None:
        raise UnreadableReview(
            f"{locator.name}: not a micdesk review (no hidden '{META_SHEET}' sheet; "
            f"expected a {REVIEW_FORMAT} workbook written by micdesk review write)"
        )
    meta, stray = _read_meta(meta_sheet, locator)
    for name in (COVER_SHEET, QUERIES_SHEET):
        if _sheet(workbook, name) is None:
            locator.fail(
                name, None, None, f"the sheet is missing: this is not a {REVIEW_FORMAT} workbook"
            )
    for key in (*REQUIRED_KEYS, "sha256"):
        if not meta.get(key):
            locator.fail(META_SHEET, None, None, f"'{key}' is missing")
    numbers = {key: _whole_number(meta, key, locator) for key in WHOLE_NUMBER_KEYS}
    for key in ("submission_sha256", "sha256"):
        if not _SHA256.fullmatch(meta[key]):
            locator.fail(
                META_SHEET,
                locator.meta_rows.get(key),
                2,
                f"'{key}' is '{shown(meta[key])}', not a lower-case hex SHA-256",
            )
    identity = ReviewIdentity(
        country=meta["country"],
        period=meta["period"],
        template_id=meta["template_id"],
        template_version=numbers["template_version"],
        submission_uuid=meta["submission_uuid"],
        submission_revision=numbers["submission_revision"],
        submission_sha256=meta["submission_sha256"],
    )
    queries = _read_queries(_sheet(workbook, QUERIES_SHEET), locator)
    computed = canonical_sha256(
        {key: meta.get(key, "") for key in IDENTITY_KEYS}, (q.canonical for q in queries)
    )
    return ReviewFile(
        path=path,
        identity=identity,
        written_at=meta.get("written_at", ""),
        app_version=meta.get("app_version", ""),
        stored_sha256=meta["sha256"],
        computed_sha256=computed,
        queries=tuple(queries),
        stray_meta_cells=stray,
    )


def _read_meta(sheet: Any, locator: _Locator) -> tuple[dict[str, str], int]:
    meta: dict[str, str] = {}
    stray = 0
    for number, values in _rows(sheet, locator, MAX_SHEET_ROWS):
        # A writer puts keys and values in A:B, nothing else.
        stray += sum(value is not None for value in values[2:])
        key = _text(values[0]) if values else ""
        if not key:
            stray += int(len(values) > 1 and values[1] is not None)
            continue
        if len(meta) >= MAX_META_KEYS or key in meta:
            stray += 1
            continue
        meta[key] = _text(values[1]) if len(values) > 1 else ""
        locator.meta_rows[key] = number
    if meta.get("format") != REVIEW_FORMAT:
        found = meta.get("format") or "nothing"
        raise UnreadableReview(
            f"{locator.name}: {META_SHEET}!B1: the format is {shown(found)}, not {REVIEW_FORMAT}"
        )
    return meta, stray


def _whole_number(meta: dict[str, str], key: str, locator: _Locator) -> int:
    text = meta.get(key, "").strip()
    row = locator.meta_rows.get(key)
    if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) > MAX_WHOLE_NUMBER:
        locator.fail(META_SHEET, row, 2, f"'{key}' is '{shown(text)}', not a whole number")
    return int(text)


def _read_queries(sheet: Any, locator: _Locator) -> list[ReviewQuery]:
    rows = _rows(sheet, locator, MAX_QUERIES + 1)
    try:
        _number, header = next(rows)
    except StopIteration:
        locator.fail(sheet.title, 1, None, "the sheet is empty; it needs a header row")
        raise AssertionError from None
    positions = {str(name).strip(): index for index, name in enumerate(header) if name is not None}
    missing = [name for name in QUERY_COLUMNS if name not in positions]
    if missing:
        locator.fail(sheet.title, 1, None, f"missing column(s): {', '.join(missing)}")
    queries: list[ReviewQuery] = []
    seen: dict[str, int] = {}
    for number, values in rows:
        texts = {
            name: _text(values[index]) if index < len(values) else ""
            for name, index in ((name, positions[name]) for name in QUERY_COLUMNS)
        }
        if not any(texts.values()):
            continue

        def fail(column: str, message: str, number: int = number) -> None:
            locator.fail(sheet.title, number, positions[column] + 1, message)

        query = texts["query_id"]
        if not query or len(query) > MAX_QUERY_ID_LENGTH:
            fail("query_id", f"the query id is empty or longer than {MAX_QUERY_ID_LENGTH}")
        if query in seen:
            fail("query_id", f"query {shown(query)} appears twice (also row {seen[query]})")
        seen[query] = number
        if not texts["area"] and not texts["indicator_code"]:
            fail("area", "a query needs an indicator code, or an area for a narrative query")
        if texts["indicator_code"] and texts["field"]:
            fail("field", "a query is on a value (indicator code) or a narrative field, not both")
        if not texts["question"].strip():
            fail("question", "the question is empty")
        queries.append(
            ReviewQuery(
                query_id=query,
                area=texts["area"],
                indicator_code=texts["indicator_code"],
                indicator_label=texts["indicator_label"],
                cell=texts["disaggregation"],
                field=texts["field"],
                value_seen=texts["value_seen"],
                question=texts["question"],
                sheet_row=number,
            )
        )
    return queries
