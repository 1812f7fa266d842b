"""The words of the domain (docs/design.md §2): the kinds, keys and states every layer names.

Nothing here imports anything of micdesk: the ORM, the formats and the window all
build on these, never the other way round.
"""

from __future__ import annotations

import enum
import re


class IndicatorKind(enum.StrEnum):
    """What an indicator's value is."""

    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    TEXT = "text"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    YES_NO = "yes_no"

    @property
    def is_numeric(self) -> bool:
        """True for kinds whose values are numbers."""
        return self in (IndicatorKind.INTEGER, IndicatorKind.DECIMAL, IndicatorKind.PERCENT)


class Notation(enum.StrEnum):
    """Explicit keys that stand in for a value: blank is not zero (docs/design.md §2)."""

    NOT_APPLICABLE = "NA"
    NOT_ESTIMATED = "NE"
    CONFIDENTIAL = "C"


class Periodicity(enum.StrEnum):
    """How often a template is reported on."""

    ANNUAL = "annual"
    SEMIANNUAL = "semiannual"


class SubmissionStatus(enum.StrEnum):
    """Where a submission stands: any edit after export re-opens it as a draft."""

    DRAFT = "draft"
    READY = "ready"
    EXPORTED = "exported"


class NarrativeField(enum.StrEnum):
    """The free-text fields reported per area and period."""

    PROGRESS = "progress"
    CHALLENGES = "challenges"
    SUPPORT = "support"


NARRATIVE_MAX_LENGTH = 4000


TOTAL_CELL = ""
"""The disaggregation key of an indicator's total."""


COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")
