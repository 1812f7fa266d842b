"""What the ``micdesk-review/1`` workbook *is* (docs/formats/review.md).

UNIDO's queries on one return: the submission they answer, one row per query, and the
canonical form its SHA-256 covers. The writer (``review_workbook``) and the reader
(``review_reader``) share this one definition; the country side loads what the reader
returns, plain records without a store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from micdesk.core.submission_format import record_field

REVIEW_FORMAT = "micdesk-review/1"
COVER_SHEET = "Review"
QUERIES_SHEET = "Queries"
META_SHEET = "_review"
FIXED_SHEETS = (COVER_SHEET, QUERIES_SHEET, META_SHEET)

QUERY_COLUMNS = (
    "query_id",
    "area",
    "indicator_code",
    "indicator_label",
    "disaggregation",
    "field",
    "value_seen",
    "question",
)
"""The Queries sheet's columns, found by header name."""

HASHED_QUERY_COLUMNS = (
    "query_id",
    "area",
    "indicator_code",
    "disaggregation",
    "field",
    "value_seen",
    "question",
)
"""The columns the hash covers: every one but the label, which is for people."""

IDENTITY_KEYS = (
    "country",
    "period",
    "template_id",
    "template_version",
    "submission_uuid",
    "submission_revision",
    "submission_sha256",
)
"""The ``_review`` keys that say which return the queries are about (all hashed)."""

REQUIRED_KEYS = ("country", "period", "template_id", "submission_uuid", "submission_sha256")
WHOLE_NUMBER_KEYS = ("template_version", "submission_revision")
MAX_QUERY_ID_LENGTH = 64
QUERY_ID_PREFIX = "q-"
QUERY_ID_DIGITS = 12


def query_id(submission_uuid: str, indicator_code: str, cell: str, area: str, field: str) -> str:
    """The stable id of a query: the same return and the same cell (or narrative) give the
    same id every time a consolidated workbook is written, another revision another id."""
    target = (
        f"value\x1f{indicator_code}\x1f{cell}" if indicator_code else f"text\x1f{area}\x1f{field}"
    )
    digest = hashlib.sha256(f"{submission_uuid}\x1f{target}".encode()).hexdigest()
    return QUERY_ID_PREFIX + digest[:QUERY_ID_DIGITS]


@dataclass(frozen=True)
class ReviewIdentity:
    """The return a review answers: its country, period, template, and which export."""

    country: str
    period: str
    template_id: str
    template_version: int
    submission_uuid: str
    submission_revision: int
    submission_sha256: str

    def as_texts(self) -> dict[str, str]:
        """The identity as the ``_review`` sheet and the hash hold it: strings."""
        return {key: str(getattr(self, key)) for key in IDENTITY_KEYS}


@dataclass(frozen=True)
class ReviewQuery:
    """One question of UNIDO's: on a value cell (``indicator_code`` set) or on an area's
    narrative (``indicator_code`` empty; ``field`` the narrative field, or empty for the
    whole area), with the value or text UNIDO saw."""

    query_id: str
    area: str
    indicator_code: str
    indicator_label: str
    cell: str
    field: str
    value_seen: str
    question: str
    sheet_row: int = field(default=0, compare=False)

    @property
    def is_narrative(self) -> bool:
        """The query is about an area's narrative, not a value cell."""
        return not self.indicator_code

    @classmethod
    def from_row(cls, texts: Mapping[str, str], sheet_row: int) -> ReviewQuery:
        """The query a row of the Queries sheet holds (its texts by column name)."""
        return cls(
            **{record_field(column): texts[column] for column in QUERY_COLUMNS}, sheet_row=sheet_row
        )

    @property
    def canonical(self) -> tuple[str, ...]:
        """The strings the hash covers, in ``HASHED_QUERY_COLUMNS`` order."""
        return tuple(getattr(self, record_field(column)) for column in HASHED_QUERY_COLUMNS)


@dataclass(frozen=True)
class ReviewFile:
    """A review workbook as read: which return it answers, its queries, and whether intact."""

    path: Path
    identity: ReviewIdentity
    written_at: str
    app_version: str
    stored_sha256: str
    computed_sha256: str
    queries: tuple[ReviewQuery, ...]
    stray_meta_cells: int = 0
    """Cells of the hidden ``_review`` sheet where a writer puts none (added later)."""

    @property
    def intact(self) -> bool:
        """The file is what micdesk wrote: the recomputed hash matches, nothing was added."""
        return self.stored_sha256 == self.computed_sha256 and not self.stray_meta_cells


def canonical_payload(identity: dict[str, str], query_rows: Iterable[Sequence[str]]) -> bytes:
    """The bytes the review's SHA-256 is taken of.

    The UTF-8 JSON (``ensure_ascii=False``, keys sorted, separators ``,`` and ``:``) of
    ``{"format": "micdesk-review/1", "identity": {the seven IDENTITY_KEYS as strings},
    "queries": [[the seven HASHED_QUERY_COLUMNS as strings], ...]}``, the query rows
    sorted (element by element, by code point), so sorting the sheet is no edit.
    """
    payload = {
        "format": REVIEW_FORMAT,
        "identity": {key: identity.get(key, "") for key in IDENTITY_KEYS},
        "queries": sorted(list(row) for row in query_rows),
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def canonical_sha256(identity: dict[str, str], query_rows: Iterable[Sequence[str]]) -> str:
    """Hex SHA-256 of ``canonical_payload``."""
    return hashlib.sha256(canonical_payload(identity, query_rows)).hexdigest()
