"""What the ``micdesk-submission/1`` workbook *is* (docs/formats/submission.md).

Its sheets, its columns, how text is escaped in the XML, and the canonical form
the SHA-256 covers: the writer (``submission_workbook``) and every reader
(``submission_reader``, the load, HQ consolidation) share this one definition.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from micdesk.core.kinds import Kind
from micdesk.core.values import IndicatorValueType, canonical_decimal
from micdesk.core.vocabulary import Notation

SUBMISSION_FORMAT = "micdesk-submission/1"


COVER_SHEET = "Cover"


DATA_SHEET = "Data"


NARRATIVE_SHEET = "Narrative"


META_SHEET = "_micdesk"


QUERIES_SHEET = "Queries"


FIXED_SHEETS = (COVER_SHEET, DATA_SHEET, NARRATIVE_SHEET, QUERIES_SHEET, META_SHEET)


DATA_COLUMNS = (
    "area",
    "indicator_code",
    "indicator_label",
    "disaggregation",
    "kind",
    "value",
    "notation",
    "unit",
    "baseline",
    "target",
    "comment",
    "source",
    "follow_up",
    "last_changed",
)


# An optional column after DATA_COLUMNS, outside the hash: the lineage of a value a
# template's crosswalk carried (e.g. 'ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt
# (crosswalk row 2)'). Readers that do not know it ignore it, as every extra column.
DERIVED_FROM_COLUMN = "derived_from"


# Columns whose cells are numbers when the row's kind is numeric.
NUMBER_COLUMNS = ("value", "baseline", "target")


NARRATIVE_COLUMNS = ("area", "field", "text")


QUERY_COLUMNS = (
    "query_id",
    "area",
    "indicator_code",
    "disaggregation",
    "field",
    "question",
    "answer",
    "value_before",
    "value_after",
    "answer_later",
    "answered_at",
)
"""The ``Queries`` sheet: UNIDO's questions (review.md) and the answers; only when there are any."""


# The hidden sheet holds ``key | value`` pairs in columns A:B, and in columns D:G the
# exact text of numbers that a binary float in a number cell cannot hold.
EXACT_NUMBER_COLUMNS = ("indicator_code", "disaggregation", "column", "exact")


EXACT_NUMBER_FIRST_COLUMN = 4  # D


IDENTITY_KEYS = (
    "country",
    "period",
    "template_id",
    "template_version",
    "uuid",
    "revision",
    "final",
)


SIGNATURE_META_KEYS = ("signature_public_key", "signature")
"""``_micdesk`` rows outside the hashed payload: a final return's signature (signatures.md)."""


FOLLOW_UP_MARK = "yes"


ANSWER_LATER_MARK = "yes"


TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


EXCEL_CELL_LIMIT = 32_767


# XML 1.0 forbids these; openpyxl would refuse them (and surrogates cannot be encoded).
XML_ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")


def encode_cell_text(text: str) -> str:
    """Escape text for an xlsx cell so that Excel, LibreOffice and openpyxl all read it back.

    XML turns a carriage return into a line feed, Excel reads ``_xHHHH_`` as an
    escaped character, and openpyxl deletes every ``x005F_`` it reads. So a CR is
    written ``_x000d_``; an underscore that would start ``_xHHHH_`` (followed by
    ``_`` or CR) is written ``_x005f_`` (lower-case f, which openpyxl leaves
    alone); and the ``F`` of an ``x005F`` followed by ``_`` or CR is written
    ``_x0046_``. ``decode_cell_text`` undoes exactly this.
    """
    if "\r" not in text and "_" not in text:
        return text
    out = []
    length = len(text)
    for index, character in enumerate(text):
        following = text[index + 6] if index + 6 < length else ""
        if character == "\r":
            out.append("_x000d_")
        elif (
            character == "_"
            and text[index + 1 : index + 2] == "x"
            and _is_hex4(text[index + 2 : index + 6])
            and following in ("_", "\r")
        ):
            out.append("_x005f_")
        elif (
            character == "F"
            and text[index - 4 : index + 1] == "x005F"
            and text[index + 1 : index + 2] in ("_", "\r")
        ):
            out.append("_x0046_")
        else:
            out.append(character)
    return "".join(out)


def _is_hex4(text: str) -> bool:
    return len(text) == 4 and all(c in "0123456789abcdefABCDEF" for c in text)


def decode_cell_text(text: str) -> str:
    """Undo ``encode_cell_text`` (and Excel's own ``_xHHHH_`` escapes)."""
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def number_from_cell(value: int | float | Decimal) -> str:
    """Canonical decimal text of a number read from a cell, robust to how it was written.

    A float goes through its shortest round-trip ``repr``, so '0.1', '0.1000000000000000'
    and Excel's '0.10000000000000001' all give '0.1'.
    """
    if isinstance(value, float):
        return canonical_decimal(Decimal(repr(value)))
    return canonical_decimal(Decimal(value))


def canonical_payload(
    identity: dict[str, str],
    data_rows: Iterable[Sequence[str]],
    narrative_rows: Iterable[Sequence[str]],
    query_rows: Iterable[Sequence[str]] = (),
) -> bytes:
    """The bytes the submission's SHA-256 is taken of.

    The canonical form is the UTF-8 encoding of the JSON text (``ensure_ascii=False``,
    keys sorted, separators ``,`` and ``:`` without spaces) of the object::

        {"format": "micdesk-submission/1",
         "identity": {country, period, template_id, template_version, uuid, revision, final},
         "data": [[one string per DATA_COLUMNS entry], ...],
         "narrative": [[area, field, text], ...]}

    Every cell is a string: an empty cell is ``""``; text is the cell's text as
    entered (after control characters were removed at export, before the xlsx
    escaping); a number is its exact decimal text without exponent or trailing
    zeros (``values.canonical_decimal``: ``1.50`` → ``"1.5"``, ``-0`` → ``"0"``),
    taken from the hidden sheet's exact-number table when the float in the cell
    is that number, else from the float's shortest round-trip form. Identity
    values are strings too (``final`` is ``"true"`` or ``"false"``). The data and
    narrative rows are sorted (lists of strings compare element by element, by
    code point), so sorting or filtering the sheets does not count as an edit.

    A return that carries answers to UNIDO's queries adds ``"queries": [[one string
    per QUERY_COLUMNS entry], ...]``, sorted likewise; a return without queries has no
    ``queries`` key at all, so its bytes are those of a return written before queries.
    """
    payload: dict[str, object] = {
        "format": SUBMISSION_FORMAT,
        "identity": {key: identity.get(key, "") for key in IDENTITY_KEYS},
        "data": sorted(list(row) for row in data_rows),
        "narrative": sorted(list(row) for row in narrative_rows),
    }
    queries = sorted(list(row) for row in query_rows)
    if queries:
        payload["queries"] = queries
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def canonical_sha256(
    identity: dict[str, str],
    data_rows: Iterable[Sequence[str]],
    narrative_rows: Iterable[Sequence[str]],
    query_rows: Iterable[Sequence[str]] = (),
) -> str:
    """Hex SHA-256 of ``canonical_payload``."""
    payload = canonical_payload(identity, data_rows, narrative_rows, query_rows)
    return hashlib.sha256(payload).hexdigest()


@dataclass(frozen=True)
class DataRow:
    """One row of the Data sheet, typed by its indicator's kind."""

    sheet_row: int
    area: str
    indicator_code: str
    indicator_label: str
    cell: str
    kind: Kind | None
    value: IndicatorValueType | None
    notation: Notation | None
    unit: str
    baseline: IndicatorValueType | None
    target: IndicatorValueType | None
    comment: str
    source: str
    follow_up: bool
    last_changed: datetime | None
    canonical: tuple[str, ...] = field(repr=False)

    @property
    def key(self) -> tuple[str, str]:
        """(indicator code, cell)."""
        return self.indicator_code, self.cell

    @property
    def value_text(self) -> str:
        """The value's canonical text ('' when none)."""
        return self.canonical[DATA_COLUMNS.index("value")]


@dataclass(frozen=True)
class NarrativeRow:
    """One row of the Narrative sheet."""

    sheet_row: int
    area: str
    field: str
    text: str


def record_field(column: str) -> str:
    """The record field a sheet column is read into: the disaggregation is a record's cell."""
    return "cell" if column == "disaggregation" else column


@dataclass(frozen=True)
class QueryRow:
    """One row of the Queries sheet: a question of UNIDO's and the country's answer."""

    sheet_row: int
    query_id: str
    area: str
    indicator_code: str
    cell: str  # the disaggregation ('' for the total or a narrative query)
    field: str  # the narrative field of a narrative query
    question: str
    answer: str
    value_before: str  # what UNIDO saw
    value_after: str  # what the store held at this export
    answer_later: bool
    answered_at: str  # TIMESTAMP_FORMAT, '' while open

    @classmethod
    def from_row(cls, texts: Mapping[str, str], sheet_row: int) -> QueryRow:
        """The query a row of the Queries sheet holds (its texts by column name)."""
        fields: dict[str, Any] = {record_field(column): texts[column] for column in QUERY_COLUMNS}
        fields["answer_later"] = texts["answer_later"] == ANSWER_LATER_MARK
        return cls(sheet_row=sheet_row, **fields)

    @property
    def answered(self) -> bool:
        """The country answered it (it has an answer time)."""
        return bool(self.answered_at)

    @property
    def canonical(self) -> tuple[str, ...]:
        """The row's strings in QUERY_COLUMNS order, as the hash covers them."""
        return (
            self.query_id,
            self.area,
            self.indicator_code,
            self.cell,
            self.field,
            self.question,
            self.answer,
            self.value_before,
            self.value_after,
            ANSWER_LATER_MARK if self.answer_later else "",
            self.answered_at,
        )


@dataclass(frozen=True)
class SubmissionFile:
    """A submission workbook as read: its identity, rows, and whether it is intact."""

    path: Path
    country: str
    period: str
    template_id: str
    template_version: int
    uuid: str
    revision: int
    final: bool
    completeness: float
    cells_done: int
    cells_total: int
    exported_at: str
    app_version: str
    language: str
    focal_point: str
    institution: str
    email: str
    stored_sha256: str
    computed_sha256: str
    rows: tuple[DataRow, ...]
    narratives: tuple[NarrativeRow, ...]
    queries: tuple[QueryRow, ...] = ()
    """The Queries sheet's rows (none when the return answers no query)."""
    signature_rows: dict[str, str] = field(default_factory=dict, compare=False)
    """The ``_micdesk`` rows of the installation's signature (empty when unsigned)."""
    stray_meta_cells: int = 0
    """Cells of the hidden ``_micdesk`` sheet where an export writes none (added later)."""

    @property
    def intact(self) -> bool:
        """The file is what was exported: the recomputed hash matches, nothing was added."""
        return self.stored_sha256 == self.computed_sha256 and not self.stray_meta_cells

    @property
    def status_word(self) -> str:
        """'final' or 'draft'."""
        return "final" if self.final else "draft"
