"""Validation of a submission's values: hard errors and warnings as data (docs/design.md §5).

A draft export is always possible; a final export needs no errors and a comment
on every warning. Messages are English for the command line; the window
translates from ``rule`` and ``params``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from micdesk.core.records import ValueState
from micdesk.core.values import as_number
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate

SUDDEN_INCREASE_FACTOR = Decimal(3)


class Severity(enum.StrEnum):
    """How bad a finding is."""

    ERROR = "error"
    WARNING = "warning"


class Rule(enum.StrEnum):
    """Which check a finding comes from."""

    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    DISAGGREGATION_MISMATCH = "disaggregation_mismatch"
    INVALID_STORED_VALUE = "invalid_stored_value"
    REQUIRED_MISSING = "required_missing"
    CUMULATIVE_DECREASED = "cumulative_decreased"
    SUDDEN_INCREASE = "sudden_increase"
    NEEDS_REVIEW = "needs_review"


RULE_SEVERITY = {
    Rule.BELOW_MINIMUM: Severity.ERROR,
    Rule.ABOVE_MAXIMUM: Severity.ERROR,
    Rule.DISAGGREGATION_MISMATCH: Severity.ERROR,
    Rule.INVALID_STORED_VALUE: Severity.ERROR,
    Rule.REQUIRED_MISSING: Severity.WARNING,
    Rule.CUMULATIVE_DECREASED: Severity.WARNING,
    Rule.SUDDEN_INCREASE: Severity.WARNING,
    Rule.NEEDS_REVIEW: Severity.WARNING,
}

RULE_MESSAGES = {
    Rule.BELOW_MINIMUM: "{value} is below the minimum {minimum}",
    Rule.ABOVE_MAXIMUM: "{value} is above the maximum {maximum}",
    Rule.DISAGGREGATION_MISMATCH: "the breakdown adds up to {sum}, but the total is {total}",
    Rule.INVALID_STORED_VALUE: "the stored value '{value}' does not fit this indicator any more",
    Rule.REQUIRED_MISSING: "required: enter a value or a notation key (NA, NE or C)",
    Rule.CUMULATIVE_DECREASED: (
        "cumulative value {value} is below the previous period's {previous}: explain in a comment"
    ),
    Rule.SUDDEN_INCREASE: (
        "{value} is more than three times the previous period's {previous}: confirm it in a comment"
    ),
    Rule.NEEDS_REVIEW: "to review after a template update: {reason}",
}


@dataclass(frozen=True)
class Finding:
    """One error or warning, located at a value cell of an indicator."""

    rule: Rule
    area_code: str
    indicator_code: str
    cell: str = TOTAL_CELL
    params: dict[str, str] = field(default_factory=dict, compare=False)
    explained: bool = False

    @property
    def severity(self) -> Severity:
        """Error or warning."""
        return RULE_SEVERITY[self.rule]

    @property
    def message(self) -> str:
        """The English message (the command line's; the window translates its own)."""
        return RULE_MESSAGES[self.rule].format(**self.params)

    def __str__(self) -> str:
        where = self.indicator_code + (f" [{self.cell}]" if self.cell else "")
        return f"{self.severity.value}: {where}: {self.message}"


def _finding(
    rule: Rule,
    indicator: IndicatorDefinition,
    cell: str,
    state: ValueState | None,
    **params: object,
) -> Finding:
    return Finding(
        rule=rule,
        area_code=indicator.area,
        indicator_code=indicator.code,
        cell=cell,
        params={key: str(value) for key, value in params.items()},
        explained=bool(state and state.comment.strip()),
    )


def validate_values(
    template: WorkPlanTemplate,
    values: dict[tuple[str, str], ValueState],
    previous: dict[tuple[str, str], ValueState] | None = None,
) -> list[Finding]:
    """Check every value against its indicator and the previous period's values."""
    findings: list[Finding] = []
    for indicator in template.indicators:
        findings.extend(validate_indicator(template, indicator, values, previous or {}))
    return findings


def validate_indicator(
    template: WorkPlanTemplate,
    indicator: IndicatorDefinition,
    values: dict[tuple[str, str], ValueState],
    previous: dict[tuple[str, str], ValueState],
) -> list[Finding]:
    """The findings of one indicator (the window re-checks one at a time as the user types)."""
    findings = []
    kind = indicator.kind
    for cell in template.cells_of(indicator):
        state = values.get((indicator.code, cell))
        if state is None:
            continue
        if state.needs_review:
            findings.append(
                _finding(
                    Rule.NEEDS_REVIEW,
                    indicator,
                    cell,
                    state,
                    reason=state.needs_review,  # English, for the command line
                    review=state.review.encode() if state.review else state.needs_review,
                )
            )
        if state.value is None:
            continue
        if kind.is_numeric and not isinstance(state.value, int | Decimal):
            findings.append(
                _finding(Rule.INVALID_STORED_VALUE, indicator, cell, state, value=state.value)
            )
            continue
        number = as_number(kind, state.value)
        if number is None:
            continue
        if indicator.min_value is not None and number < indicator.min_value:
            findings.append(
                _finding(
                    Rule.BELOW_MINIMUM,
                    indicator,
                    cell,
                    state,
                    value=number,
                    minimum=indicator.min_value,
                )
            )
        if indicator.max_value is not None and number > indicator.max_value:
            findings.append(
                _finding(
                    Rule.ABOVE_MAXIMUM,
                    indicator,
                    cell,
                    state,
                    value=number,
                    maximum=indicator.max_value,
                )
            )
    total_state = values.get((indicator.code, TOTAL_CELL))
    total = (
        as_number(kind, total_state.value)
        if total_state and total_state.value is not None and not isinstance(total_state.value, str)
        else None
    )
    if indicator.required and not (total_state and total_state.is_filled):
        findings.append(_finding(Rule.REQUIRED_MISSING, indicator, TOTAL_CELL, total_state))
    if indicator.disaggregation and total is not None:
        parts = [values.get((indicator.code, cell)) for cell in template.cells_of(indicator)[1:]]
        numbers = [
            as_number(kind, p.value)
            for p in parts
            if p is not None and p.value is not None and not isinstance(p.value, str)
        ]
        all_numeric = len(numbers) == len(parts)
        part_sum = sum(numbers, Decimal(0))
        if numbers and ((all_numeric and part_sum != total) or part_sum > total):
            findings.append(
                _finding(
                    Rule.DISAGGREGATION_MISMATCH,
                    indicator,
                    TOTAL_CELL,
                    total_state,
                    sum=part_sum,
                    total=total,
                )
            )
    before_state = previous.get((indicator.code, TOTAL_CELL))
    before = (
        as_number(kind, before_state.value)
        if before_state
        and before_state.value is not None
        and not isinstance(before_state.value, str)
        else None
    )
    if total is not None and before is not None:
        if indicator.cumulative and total < before:
            findings.append(
                _finding(
                    Rule.CUMULATIVE_DECREASED,
                    indicator,
                    TOTAL_CELL,
                    total_state,
                    value=total,
                    previous=before,
                )
            )
        if before > 0 and total > SUDDEN_INCREASE_FACTOR * before:
            findings.append(
                _finding(
                    Rule.SUDDEN_INCREASE,
                    indicator,
                    TOTAL_CELL,
                    total_state,
                    value=total,
                    previous=before,
                )
            )
    return findings


def errors(findings: list[Finding]) -> list[Finding]:
    """The hard errors among findings."""
    return [f for f in findings if f.severity == Severity.ERROR]


def unexplained_warnings(findings: list[Finding]) -> list[Finding]:
    """The warnings that still need a comment before a final export."""
    return [f for f in findings if f.severity == Severity.WARNING and not f.explained]
