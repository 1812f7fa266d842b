"""Reporting periods: ``2025`` (annual) or ``2025-H1`` / ``2025-H2`` (semiannual)."""

from __future__ import annotations

import re

from micdesk.core.keyed import KeyedError
from micdesk.core.vocabulary import Periodicity

_ANNUAL = re.compile(r"^(\d{4})$")
_SEMIANNUAL = re.compile(r"^(\d{4})-H([12])$")


class PeriodError(KeyedError):
    """A reporting period is malformed or does not fit the template's periodicity.

    Its ``key`` is the periodicity (``annual`` or ``semiannual``), with the ``text`` typed
    and an ``example`` as ``params``.
    """


def parse_period(text: str, periodicity: Periodicity = Periodicity.ANNUAL) -> str:
    """Validate and normalise a period for a periodicity (e.g. ' 2025-h1 ' → '2025-H1')."""
    period = text.strip().upper()
    pattern = _ANNUAL if periodicity == Periodicity.ANNUAL else _SEMIANNUAL
    match = pattern.match(period)
    annual = periodicity == Periodicity.ANNUAL
    example = "2025" if annual else "2025-H1"
    if not match or not 1990 <= int(match.group(1)) <= 2100:
        raise PeriodError(
            f"'{text}' is not {'an annual' if annual else 'a half-yearly'} reporting period "
            f"such as {example}",
            periodicity.value,
            {"text": text, "example": example},
        )
    return period


def previous_period(period: str) -> str:
    """The period before this one ('2025' → '2024', '2025-H1' → '2024-H2')."""
    match = _SEMIANNUAL.match(period)
    if match:
        year, half = int(match.group(1)), int(match.group(2))
        return f"{year - 1}-H2" if half == 1 else f"{year}-H1"
    return str(int(period) - 1)


def period_sort_key(period: str) -> tuple[int, int]:
    """Sort key putting periods in time order."""
    match = _SEMIANNUAL.match(period)
    if match:
        return int(match.group(1)), int(match.group(2))
    return int(period), 0


def current_period(year: int, month: int, periodicity: Periodicity) -> str:
    """The period usually reported on at a date: the last completed one."""
    if periodicity == Periodicity.ANNUAL:
        return str(year - 1)
    return f"{year - 1}-H2" if month <= 6 else f"{year}-H1"


PAST_YEARS = 10  # how far back a new period may be started
AHEAD_YEARS = 1  # and how far ahead (a plan, or a half-year under way)


def period_choices(periodicity: Periodicity, year: int) -> list[str]:
    """The periods a new submission may be started for, oldest first.

    From ten years back to next year, in the template's periodicity: a slip of the
    keyboard (2052) is refused instead of creating a period that stays for good.
    """
    years = range(year - PAST_YEARS, year + AHEAD_YEARS + 1)
    if periodicity == Periodicity.ANNUAL:
        return [str(y) for y in years]
    return [f"{y}-H{half}" for y in years for half in (1, 2)]
