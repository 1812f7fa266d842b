"""Reading ``micdesk-submission/1`` workbooks (docs/design.md §4), without a store.

What the format is (sheets, columns, escaping, the canonical hash) is defined
once in ``submission_format``; this module checks a file against it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from micdesk.core.kinds import Kind, kind_of
from micdesk.core.sheet_reader import SheetReader, find_sheet, read_workbook
from micdesk.core.submission_format import (
    ANSWER_LATER_MARK,
    COVER_SHEET,
    DATA_COLUMNS,
    DATA_SHEET,
    EXACT_NUMBER_FIRST_COLUMN,
    FOLLOW_UP_MARK,
    IDENTITY_KEYS,
    META_SHEET,
    NARRATIVE_COLUMNS,
    NARRATIVE_SHEET,
    NUMBER_COLUMNS,
    QUERIES_SHEET,
    QUERY_COLUMNS,
    SIGNATURE_META_KEYS,
    SUBMISSION_FORMAT,
    TIMESTAMP_FORMAT,
    DataRow,
    NarrativeRow,
    QueryRow,
    SubmissionFile,
    canonical_sha256,
    number_from_cell,
)
from micdesk.core.values import IndicatorValueType, canonical_decimal, decode_value
from micdesk.core.vocabulary import IndicatorKind, Notation
from micdesk.core.xlsx_files import UnreadableWorkbook, shown

# Revisions, versions and cell counts go into 64-bit database columns (and Qt's ints).
MAX_WHOLE_NUMBER = 2**31 - 1
MAX_DECIMAL_EXPONENT = 308  # as far as a double reaches: nothing real is larger


class UnreadableSubmission(UnreadableWorkbook):
    """A file is not a readable micdesk submission; the message says what and where."""


class _SubmissionReader(SheetReader):
    refusal = UnreadableSubmission
    holder = "a submission"

    def text(self, value: Any) -> str:
        """A cell's value as the text it stands for; a date as the format's UTC time."""
        if isinstance(value, datetime):
            return value.strftime(TIMESTAMP_FORMAT)
        return super().text(value)


def read_submission(path: Path) -> SubmissionFile:
    """Read and check a submission workbook; raise UnreadableSubmission if it is not one."""
    return read_workbook(Path(path), UnreadableSubmission, _read)


def _sheet(workbook: Any, reader: _SubmissionReader, name: str) -> Any:
    sheet = find_sheet(workbook, name)
    if sheet is None:
        reader.fail(
            name,
            None,
            None,
            f"the sheet is missing: this is not a {SUBMISSION_FORMAT} workbook exported by micdesk",
        )
    return sheet


def _read(path: Path, workbook: Any) -> SubmissionFile:
    reader = _SubmissionReader(path)
    meta, exact, stray = _read_meta(workbook, reader)
    _sheet(workbook, reader, COVER_SHEET)  # for people only, but part of the format
    kinds_seen: dict[str, Kind | None] = {}
    rows = _read_data(_sheet(workbook, reader, DATA_SHEET), reader, exact, kinds_seen)
    narratives = _read_narratives(_sheet(workbook, reader, NARRATIVE_SHEET), reader)
    queries_sheet = find_sheet(workbook, QUERIES_SHEET)
    queries = [] if queries_sheet is None else _read_queries(queries_sheet, reader)
    identity = {key: meta.get(key, "") for key in IDENTITY_KEYS}
    computed = canonical_sha256(
        identity,
        (row.canonical for row in rows),
        ((n.area, n.field, n.text) for n in narratives),
        (query.canonical for query in queries),
    )

    def integer(key: str) -> int:
        text = meta.get(key, "")
        row = reader.meta_rows.get(key)
        if not re.fullmatch(r"[+-]?[0-9]+", text.strip()):
            reader.fail(META_SHEET, row, 2, f"'{key}' is '{shown(text)}', not a whole number")
        # int() refuses over 4,300 digits; the store holds at most 64-bit integers.
        number = int(text) if len(text) <= 30 else MAX_WHOLE_NUMBER + 1
        if not 0 <= number <= MAX_WHOLE_NUMBER:
            reader.fail(
                META_SHEET,
                row,
                2,
                f"'{key}' is {shown(text)}, out of range (0 to {MAX_WHOLE_NUMBER:,})",
            )
        return number

    completeness_text = meta.get("completeness", "0") or "0"
    try:
        completeness = float(completeness_text)
    except ValueError:
        completeness = -1.0
    if not 0 <= completeness <= 100:  # also NaN
        reader.fail(
            META_SHEET,
            reader.meta_rows.get("completeness"),
            2,
            f"'completeness' is '{shown(completeness_text)}', not a percentage from 0 to 100",
        )
    final_text = meta.get("final", "")
    if final_text not in ("true", "false"):
        reader.fail(META_SHEET, None, None, f"'final' is '{shown(final_text)}', not true or false")
    for key in ("country", "period", "template_id", "uuid", "sha256"):
        if not meta.get(key):
            reader.fail(META_SHEET, None, None, f"'{key}' is missing")
    return SubmissionFile(
        path=path,
        country=meta["country"],
        period=meta["period"],
        template_id=meta["template_id"],
        template_version=integer("template_version"),
        uuid=meta["uuid"],
        revision=integer("revision"),
        final=final_text == "true",
        completeness=completeness,
        cells_done=integer("cells_done"),
        cells_total=integer("cells_total"),
        exported_at=meta.get("exported_at", ""),
        app_version=meta.get("app_version", ""),
        language=meta.get("language", ""),
        focal_point=meta.get("focal_point", ""),
        institution=meta.get("institution", ""),
        email=meta.get("email", ""),
        stored_sha256=meta["sha256"],
        computed_sha256=computed,
        rows=tuple(rows),
        narratives=tuple(narratives),
        queries=tuple(queries),
        signature_rows={key: meta[key] for key in SIGNATURE_META_KEYS if key in meta},
        stray_meta_cells=stray,
    )


# An export writes about twenty keys; room for more, none for tens of thousands.
MAX_META_KEYS = 64


def _read_meta(
    workbook: Any, reader: _SubmissionReader
) -> tuple[dict[str, str], dict[tuple[str, str, str], str], int]:
    sheet = find_sheet(workbook, META_SHEET)
    if sheet is None:
        raise UnreadableSubmission(
            f"{reader.name}: not a micdesk submission (no hidden '{META_SHEET}' sheet; "
            f"expected a {SUBMISSION_FORMAT} workbook exported by micdesk)"
        )
    meta: dict[str, str] = {}
    exact: dict[tuple[str, str, str], str] = {}
    first = EXACT_NUMBER_FIRST_COLUMN - 1
    stray = keys = 0
    for number, values in reader.rows(sheet):
        # An export writes keys and values in A:B and exact numbers in D:G, nothing else.
        stray += sum(
            value is not None
            for column, value in enumerate(values)
            if column == 2 or column >= first + 4
        )
        key = reader.text(values[0]) if values else ""
        if not key and len(values) > 1 and values[1] is not None:
            stray += 1
        if key:
            keys += 1
            if keys > MAX_META_KEYS:
                stray += 1
                continue
            meta[key] = reader.text(values[1]) if len(values) > 1 else ""
            reader.meta_rows[key] = number
        if number > 1 and len(values) > first + 3 and values[first] is not None:
            code, cell, column, text = (reader.text(v) for v in values[first : first + 4])
            _decimal(text, reader, META_SHEET, number, first + 4, "")
            exact[(code, cell, column)] = text
    if meta.get("format") != SUBMISSION_FORMAT:
        found = meta.get("format") or "nothing"
        raise UnreadableSubmission(
            f"{reader.name}: {META_SHEET}!B1: the format is {shown(found)}, not {SUBMISSION_FORMAT}"
        )
    return meta, exact, stray


def _read_data(
    sheet: Any,
    reader: _SubmissionReader,
    exact: dict[tuple[str, str, str], str],
    kinds_seen: dict[str, Kind | None],
) -> list[DataRow]:
    positions, rows = reader.header(sheet, DATA_COLUMNS)
    title = sheet.title
    result: list[DataRow] = []
    seen: dict[tuple[str, str], int] = {}
    for number, values in rows:
        if not any(v is not None and v != "" for v in values):
            continue

        def raw(name: str, values: list[Any] = values) -> Any:
            index = positions[name]
            return values[index] if index < len(values) else None

        def column_of(name: str) -> int:
            return positions[name] + 1

        code = reader.text(raw("indicator_code"))
        cell = reader.text(raw("disaggregation"))
        if not code:
            reader.fail(title, number, column_of("indicator_code"), "the indicator code is empty")
        if (code, cell) in seen:
            reader.fail(
                title,
                number,
                column_of("indicator_code"),
                f"{code} {cell or 'total'} appears twice (also row {seen[(code, cell)]})",
            )
        seen[(code, cell)] = number
        kind_text = reader.text(raw("kind"))
        kind: Kind | None = None
        if kind_text:
            try:
                kind = kind_of(kind_text)
            except ValueError:
                reader.fail(title, number, column_of("kind"), f"unknown kind '{shown(kind_text)}'")
        if kinds_seen.setdefault(code, kind) != kind:
            reader.fail(title, number, column_of("kind"), f"{code} has two different kinds")
        canonical: dict[str, str] = {}
        typed: dict[str, IndicatorValueType | None] = {}
        for name in DATA_COLUMNS:
            value = raw(name)
            if name in NUMBER_COLUMNS:
                text, typed_value = _typed_value(
                    value,
                    kind,
                    exact.get((code, cell, name)),
                    reader,
                    title,
                    number,
                    column_of(name),
                )
                canonical[name], typed[name] = text, typed_value
            else:
                canonical[name] = reader.text(value)
        notation_text = canonical["notation"]
        notation = None
        if notation_text:
            try:
                notation = Notation(notation_text)
            except ValueError:
                reader.fail(
                    title,
                    number,
                    column_of("notation"),
                    f"unknown notation '{shown(notation_text)}' (use NA, NE or C)",
                )
        if notation is not None and canonical["value"]:
            reader.fail(
                title,
                number,
                column_of("value"),
                "a cell holds a value or a notation key, not both",
            )
        follow_text = canonical["follow_up"].lower()
        if follow_text not in ("", FOLLOW_UP_MARK, "no", "true", "false"):
            reader.fail(
                title, number, column_of("follow_up"), f"'{shown(follow_text)}' is not yes or empty"
            )
        result.append(
            DataRow(
                sheet_row=number,
                area=canonical["area"],
                indicator_code=code,
                indicator_label=canonical["indicator_label"],
                cell=cell,
                kind=kind,
                value=typed["value"],
                notation=notation,
                unit=canonical["unit"],
                baseline=typed["baseline"],
                target=typed["target"],
                comment=canonical["comment"],
                source=canonical["source"],
                follow_up=follow_text in (FOLLOW_UP_MARK, "true"),
                last_changed=_timestamp(
                    canonical["last_changed"], reader, title, number, column_of("last_changed")
                ),
                canonical=tuple(canonical[name] for name in DATA_COLUMNS),
            )
        )
    return result


def _typed_value(
    value: Any,
    kind: Kind | None,
    exact: str | None,
    reader: _SubmissionReader,
    sheet: str,
    row: int,
    column: int,
) -> tuple[str, IndicatorValueType | None]:
    if value is None or value == "":
        return "", None
    if kind is None:
        # An archived value whose indicator the template no longer has: kept as text.
        return reader.text(value), reader.text(value)
    if kind.is_numeric:
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
            reader.fail(sheet, row, column, f"'{shown(value)}' is not a number")
        if isinstance(value, str):
            text = _decimal(value.strip().replace(" ", ""), reader, sheet, row, column, kind.value)
        else:
            text = number_from_cell(value)
            if exact is not None and float(value) in _floats_written_for(exact):
                text = canonical_decimal(Decimal(exact))
        if kind == IndicatorKind.INTEGER and "." in text:
            reader.fail(sheet, row, column, f"{text} is not a whole number (integer indicator)")
        return text, decode_value(kind, text)
    text = reader.text(value)
    if kind == IndicatorKind.YES_NO and text not in ("yes", "no"):
        reader.fail(sheet, row, column, f"'{shown(text)}' is not yes or no")
    return text, decode_value(kind, text)


def _decimal(
    text: str, reader: _SubmissionReader, sheet: str, row: int, column: int, kind: str
) -> str:
    """The canonical text of a number written as text, refused when it is none or absurd."""
    try:
        number = Decimal(text)
    except (InvalidOperation, ValueError):
        number = Decimal("NaN")
    if not number.is_finite():
        what = f" ({kind})" if kind else ""
        reader.fail(sheet, row, column, f"'{shown(text)}' is not a number{what}")
    # '1e999999999' is a valid decimal whose digits would fill the memory.
    if number and abs(number.adjusted()) > MAX_DECIMAL_EXPONENT:
        reader.fail(
            sheet,
            row,
            column,
            f"'{shown(text)}' is out of range (at most {MAX_DECIMAL_EXPONENT} digits "
            "either side of the decimal point)",
        )
    return canonical_decimal(number)


def _floats_written_for(exact: str) -> tuple[float, ...]:
    """The doubles a cell holds for this exact number: openpyxl's 16 digits, or the nearest."""
    try:
        nearest = float(Decimal(exact))
        return float(format(nearest, ".16g")), nearest
    except (InvalidOperation, ValueError, OverflowError):
        return ()


def _timestamp(
    text: str, reader: _SubmissionReader, sheet: str, row: int, column: int
) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, TIMESTAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        reader.fail(
            sheet, row, column, f"'{shown(text)}' is not a UTC time like 2025-01-31T09:30:00Z"
        )


def _read_narratives(sheet: Any, reader: _SubmissionReader) -> list[NarrativeRow]:
    positions, rows = reader.header(sheet, NARRATIVE_COLUMNS)
    result = []
    seen: dict[tuple[str, str], int] = {}
    for number, values in rows:
        texts = reader.texts(values, positions, NARRATIVE_COLUMNS)
        if not any(texts.values()):
            continue
        key = (texts["area"], texts["field"])
        if not texts["area"] or not texts["field"]:
            reader.fail(sheet.title, number, None, "a narrative needs an area and a field")
        if key in seen:
            reader.fail(
                sheet.title, number, None, f"{key[0]} {key[1]} appears twice (row {seen[key]})"
            )
        seen[key] = number
        result.append(NarrativeRow(number, texts["area"], texts["field"], texts["text"]))
    return result


def _read_queries(sheet: Any, reader: _SubmissionReader) -> list[QueryRow]:
    """The Queries sheet: every column a text; a query id once; answer_later 'yes' or empty."""
    positions, rows = reader.header(sheet, QUERY_COLUMNS)
    result = []
    seen: dict[str, int] = {}
    for number, values in rows:
        texts = reader.texts(values, positions, QUERY_COLUMNS)
        if not any(texts.values()):
            continue
        query_id = texts["query_id"]
        if not query_id or query_id in seen:
            where = f"appears twice (row {seen[query_id]})" if query_id else "is empty"
            reader.fail(sheet.title, number, positions["query_id"] + 1, f"the query id {where}")
        seen[query_id] = number
        if texts["answer_later"] not in ("", ANSWER_LATER_MARK):
            reader.fail(
                sheet.title,
                number,
                positions["answer_later"] + 1,
                f"'{shown(texts['answer_later'])}' is not '{ANSWER_LATER_MARK}' or empty",
            )
        result.append(QueryRow.from_row(texts, number))
    return result
