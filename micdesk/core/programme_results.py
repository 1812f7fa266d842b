"""The programme's results: each success indicator summed up over the countries, per period.

One computation serves the consolidated workbook's ``Results`` sheet, the command line
and the HQ window. The rules (also written under the sheet's table):

- yes/no indicators: the number of countries answering yes (UNIDO counts the MICs);
- whole numbers and decimals: the sum over the countries reporting a number;
- cumulative indicators: the sum of each country's latest number up to that period —
  never a sum across periods;
- percentages, text and choices: no programme figure (shares are not added up);
- notation keys (NA, NE, C) are listed, never counted as zero.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from micdesk.core.periods import period_sort_key
from micdesk.core.values import YES
from micdesk.core.vocabulary import IndicatorKind

_LAST = 1 << 30


class FigureRule(enum.StrEnum):
    """How an indicator's programme figure is computed."""

    YES_COUNT = "yes_count"  # countries answering yes
    SUM = "sum"  # the sum of the countries' numbers
    SUM_OF_LATEST = "sum_of_latest"  # cumulative: each country's latest number, summed
    NONE = "none"  # percentages, text, choices: no figure

    @classmethod
    def of(cls, kind: IndicatorKind | None, cumulative: bool) -> FigureRule:
        """The rule for an indicator of this kind."""
        if kind == IndicatorKind.YES_NO:
            return cls.YES_COUNT
        if kind in (IndicatorKind.INTEGER, IndicatorKind.DECIMAL):
            return cls.SUM_OF_LATEST if cumulative else cls.SUM
        return cls.NONE


@dataclass(frozen=True)
class ResultIndicator:
    """An indicator as the results need it: its words, kind and place in the template."""

    template_id: str
    code: str
    label: str
    unit: str
    kind: IndicatorKind | None
    cumulative: bool
    order: tuple[int, int] = (_LAST, 0)

    @property
    def rule(self) -> FigureRule:
        """How its programme figure is computed."""
        return FigureRule.of(self.kind, self.cumulative)


@dataclass(frozen=True)
class ReportedTotal:
    """One country's total for one indicator and period, as stored (value text or a key)."""

    template_id: str
    code: str
    country: str
    period: str
    value: str | None
    notation: str | None = None


@dataclass(frozen=True)
class PeriodResult:
    """One indicator in one period, over the countries."""

    returns: int  # countries with a return for this period
    reporting: int  # of them, countries with a figure or a notation key
    figure: Decimal | None  # the programme figure (None: not computed, or nothing to add)
    notation_keys: tuple[tuple[str, str], ...] = ()  # (country, key), by country

    @property
    def completeness(self) -> float:
        """Share of the countries with a return that reported (0–1)."""
        return self.reporting / self.returns if self.returns else 0.0


@dataclass(frozen=True)
class IndicatorResults:
    """An indicator's results in every period."""

    indicator: ResultIndicator
    periods: dict[str, PeriodResult] = field(default_factory=dict)


def finite_number(text: str | None) -> Decimal | None:
    """A stored value's text as a finite Decimal, or None (empty, not a number, infinite)."""
    if text is None or text == "":
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def sorted_periods(periods: Iterable[str]) -> list[str]:
    """Periods in time order; ones that do not parse last, by name."""

    def key(period: str) -> tuple[tuple[int, int], str]:
        try:
            return period_sort_key(period), ""
        except ValueError:
            return (_LAST, 0), period

    return sorted(set(periods), key=key)


def programme_results(
    indicators: Iterable[ResultIndicator],
    totals: Iterable[ReportedTotal],
    returns: Mapping[tuple[str, str], set[str]],
) -> list[IndicatorResults]:
    """Every indicator's results per period, in template order.

    ``returns``: (template id, period) → the countries with a return for it.
    """
    by_indicator: dict[tuple[str, str], dict[tuple[str, str], ReportedTotal]] = {}
    for total in totals:
        key = (total.template_id, total.code)
        by_indicator.setdefault(key, {})[(total.country, total.period)] = total
    results = []
    for indicator in sorted(indicators, key=lambda i: (i.template_id, i.order, i.code)):
        entries = by_indicator.get((indicator.template_id, indicator.code), {})
        periods = sorted_periods(
            [p for (template_id, p) in returns if template_id == indicator.template_id]
        )
        results.append(
            IndicatorResults(
                indicator,
                {
                    period: _period_result(
                        indicator,
                        entries,
                        period,
                        periods,
                        returns[(indicator.template_id, period)],
                    )
                    for period in periods
                },
            )
        )
    return results


def _period_result(
    indicator: ResultIndicator,
    entries: Mapping[tuple[str, str], ReportedTotal],
    period: str,
    periods: list[str],
    countries: set[str],
) -> PeriodResult:
    here = {
        country: entries[(country, period)] for country in countries if (country, period) in entries
    }
    reporting = {c for c, e in here.items() if e.notation or e.value not in (None, "")}
    keys = tuple(sorted((c, e.notation) for c, e in here.items() if e.notation))
    rule = indicator.rule
    figure: Decimal | None = None
    if rule is FigureRule.YES_COUNT:
        answered = [e for e in here.values() if not e.notation and e.value not in (None, "")]
        figure = Decimal(sum(1 for e in answered if e.value == YES)) if answered else None
    elif rule is FigureRule.SUM:
        figure = _sum(finite_number(e.value) for e in here.values() if not e.notation)
    elif rule is FigureRule.SUM_OF_LATEST:
        up_to = periods[: periods.index(period) + 1]
        latest = []
        for country in {c for (c, p) in entries if p in up_to}:
            for earlier in reversed(up_to):
                entry = entries.get((country, earlier))
                number = None if entry is None or entry.notation else finite_number(entry.value)
                if number is not None:
                    latest.append(number)
                    break
        figure = _sum(latest)
    return PeriodResult(len(countries), len(reporting), figure, keys)


def _sum(numbers: Iterable[Decimal | None]) -> Decimal | None:
    present = [number for number in numbers if number is not None]
    return sum(present, Decimal(0)) if present else None


RULE_NOTES: dict[FigureRule, str] = {
    FigureRule.YES_COUNT: "yes/no: the number of countries answering yes",
    FigureRule.SUM: "numbers: the sum over the countries reporting one",
    FigureRule.SUM_OF_LATEST: (
        "cumulative: the sum of each country's latest number up to that period, "
        "never a sum across periods"
    ),
    FigureRule.NONE: "percentages, text and choices: no programme figure (shares are not added)",
}
"""One English line per rule, written under the Results table."""
