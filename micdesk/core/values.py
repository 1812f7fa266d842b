"""Indicator values against their template: the kind's rules with the indicator's choices.

Each kind (``micdesk.core.kinds``) has one Python type and one canonical stored
text, so numbers round-trip exactly; these functions hand a kind the indicator's
code and options, so callers never switch on the kind themselves.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from micdesk.core.kinds import (
    NO,
    PLAIN,
    YES,
    IndicatorValueType,
    Kind,
    NumberFormat,
    ValueRefused,
    canonical_decimal,
    kind_of,
    yes_no,
)
from micdesk.core.kinds.multi_choice import MULTI_CHOICE_SEPARATOR
from micdesk.core.vocabulary import Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate

__all__ = [
    "MULTI_CHOICE_SEPARATOR",
    "NO",
    "YES",
    "IndicatorValueType",
    "ValueRefused",
    "as_number",
    "canonical_decimal",
    "cell_refusal",
    "choice_values",
    "coerce_value",
    "decode_value",
    "encode_value",
    "parse_notation",
    "parse_value_text",
    "history_text",
]


def choice_values(template: WorkPlanTemplate, indicator: IndicatorDefinition) -> tuple[str, ...]:
    """The option values an indicator offers (empty for kinds without a list)."""
    if not indicator.kind.needs_choices:
        return ()
    return tuple(option.value for option in template.choices_of(indicator))


def coerce_value(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, value: Any
) -> IndicatorValueType:
    """Check a Python value against the indicator's kind and return it in the kind's type."""
    return indicator.kind.coerce(value, indicator.code, choice_values(template, indicator))


def encode_value(kind: Kind | str, value: IndicatorValueType) -> str:
    """The canonical stored text of a value already coerced to its kind."""
    return kind_of(kind).encode(value)


def decode_value(kind: Kind | str, text: str) -> IndicatorValueType:
    """The Python value of stored text."""
    return kind_of(kind).decode(text)


def parse_value_text(
    template: WorkPlanTemplate,
    indicator: IndicatorDefinition,
    text: str,
    *,
    number_format: NumberFormat = PLAIN,
    strict: bool = False,
) -> IndicatorValueType:
    """Parse typed text: plain (C-locale) by default, in a locale, or strictly as a file holds it."""
    return indicator.kind.parse(
        text,
        indicator.code,
        choice_values(template, indicator),
        number_format=number_format,
        strict=strict,
    )


def as_number(kind: Kind | str, value: IndicatorValueType | None) -> Decimal | None:
    """The value as a Decimal when the kind is numeric, else None."""
    if value is None:
        return None
    return kind_of(kind).as_number(value)


def parse_notation(text: str | None) -> Notation | None:
    """A notation key from text ('NA', 'NE', 'C'), or None when it is not one."""
    if text is None:
        return None
    try:
        return Notation(text.strip().upper())
    except ValueError:
        return None


def cell_refusal(template: WorkPlanTemplate, code: str, cell: str) -> ValueRefused | None:
    """Why a value cannot be kept at (indicator ``code``, ``cell``) in this template, or None."""
    if not template.has_indicator(code):
        return ValueRefused(
            f"indicator {code} is not in template {template.template_id} "
            f"version {template.version}",
            "unknown_indicator",
            {"code": code, "template": template.template_id, "version": template.version},
        )
    if cell not in template.cells_of(template.indicator(code)):
        return ValueRefused(
            f"indicator {code} has no breakdown cell '{cell}'",
            "unknown_cell",
            {"code": code, "cell": cell},
        )
    return None


def history_text(value: object) -> str | None:
    """A value (or attribute) as a change record keeps it: a flag as yes / no."""
    if value is None:
        return None
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)
