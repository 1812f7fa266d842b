"""Reading ``micdesk-review/1`` workbooks (docs/formats/review.md), without a store.

The file is opened and its cells checked as a submission's are (``sheet_reader``), and
the queries come back as plain records (``review_format.ReviewQuery``) with the recomputed
hash beside the stored one.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

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
from micdesk.core.sheet_reader import SheetReader, find_sheet, read_workbook
from micdesk.core.xlsx_files import UnreadableWorkbook, shown

MAX_WHOLE_NUMBER = 2**31 - 1
MAX_META_KEYS = 64  # a writer puts a dozen keys there
MAX_QUERIES = 20_000  # one review per return; far more queries than cells is no review
_SHA256 = re.compile(r"[0-9a-f]{64}")


class UnreadableReview(UnreadableWorkbook):
    """A file is not a readable micdesk review; the message says what and where."""


class _ReviewReader(SheetReader):
    refusal = UnreadableReview
    holder = "a review"


def read_review(path: Path) -> ReviewFile:
    """Read and check a review workbook; raise UnreadableReview if it is not one."""
    return read_workbook(Path(path), UnreadableReview, _read)


def _read(path: Path, workbook: Any) -> ReviewFile:
    reader = _ReviewReader(path)
    meta_sheet = find_sheet(workbook, META_SHEET)
    if meta_sheet is None:
        raise UnreadableReview(
            f"{reader.name}: not a micdesk review (no hidden '{META_SHEET}' sheet; "
            f"expected a {REVIEW_FORMAT} workbook written by micdesk review write)"
        )
    meta, stray = _read_meta(meta_sheet, reader)
    for name in (COVER_SHEET, QUERIES_SHEET):
        if find_sheet(workbook, name) is None:
            reader.fail(
                name, None, None, f"the sheet is missing: this is not a {REVIEW_FORMAT} workbook"
            )
    for key in (*REQUIRED_KEYS, "sha256"):
        if not meta.get(key):
            reader.fail(META_SHEET, None, None, f"'{key}' is missing")
    numbers = {key: _whole_number(meta, key, reader) for key in WHOLE_NUMBER_KEYS}
    for key in ("submission_sha256", "sha256"):
        if not _SHA256.fullmatch(meta[key]):
            reader.fail(
                META_SHEET,
                reader.meta_rows.get(key),
                2,
                f"'{key}' is '{shown(meta[key])}', not a lower-case hex SHA-256",
            )
    identity = ReviewIdentity(**{key: meta[key] for key in REQUIRED_KEYS}, **numbers)
    queries = _read_queries(find_sheet(workbook, QUERIES_SHEET), reader)
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


def _read_meta(sheet: Any, reader: _ReviewReader) -> tuple[dict[str, str], int]:
    meta: dict[str, str] = {}
    stray = 0
    for number, values in reader.rows(sheet):
        # A writer puts keys and values in A:B, nothing else.
        stray += sum(value is not None for value in values[2:])
        key = reader.text(values[0]) if values else ""
        if not key:
            stray += int(len(values) > 1 and values[1] is not None)
            continue
        if len(meta) >= MAX_META_KEYS or key in meta:
            stray += 1
            continue
        meta[key] = reader.text(values[1]) if len(values) > 1 else ""
        reader.meta_rows[key] = number
    if meta.get("format") != REVIEW_FORMAT:
        found = meta.get("format") or "nothing"
        raise UnreadableReview(
            f"{reader.name}: {META_SHEET}!B1: the format is {shown(found)}, not {REVIEW_FORMAT}"
        )
    return meta, stray


def _whole_number(meta: dict[str, str], key: str, reader: _ReviewReader) -> int:
    text = meta.get(key, "").strip()
    row = reader.meta_rows.get(key)
    if not re.fullmatch(r"[0-9]{1,10}", text) or int(text) > MAX_WHOLE_NUMBER:
        reader.fail(META_SHEET, row, 2, f"'{key}' is '{shown(text)}', not a whole number")
    return int(text)


def _read_queries(sheet: Any, reader: _ReviewReader) -> list[ReviewQuery]:
    positions, rows = reader.header(sheet, QUERY_COLUMNS, MAX_QUERIES + 1)
    queries: list[ReviewQuery] = []
    seen: dict[str, int] = {}
    for number, values in rows:
        texts = reader.texts(values, positions, QUERY_COLUMNS)
        if not any(texts.values()):
            continue

        def fail(column: str, message: str, number: int = number) -> None:
            reader.fail(sheet.title, number, positions[column] + 1, message)

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
        queries.append(ReviewQuery.from_row(texts, number))
    return queries
