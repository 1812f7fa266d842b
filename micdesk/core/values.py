"""Indicator values: their Python types, their exact stored text, and parsing.

Each kind has one Python type (int, Decimal, str, tuple of str, bool) and one
canonical text form kept in the store, so numbers round-trip exactly.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from micdesk.core.keyed import KeyedError
from micdesk.core.vocabulary import IndicatorKind, Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate

IndicatorValueType = int | Decimal | str | tuple[str, ...] | bool
MULTI_CHOICE_SEPARATOR = " "
YES, NO = "yes", "no"


class ValueRefused(KeyedError):
    """A value does not fit its indicator (or cannot be written); nothing was written.

    ``key`` names the cause for the window: ``not_finite``, ``whole_number``, ``number``,
    ``finite_number``, ``yes_no``, ``text``, ``one_of``, ``some_of``, ``not_a_number``,
    ``not_yes_no``, ``unknown_indicator``, ``unknown_cell``, ``value_or_notation``,
    ``read_only``, ``narrative_too_long``.
    """


def canonical_decimal(number: Decimal) -> str:
    """Exact text of a decimal without exponent or trailing zeros after the point."""
    if not number.is_finite():
        raise ValueRefused(f"{number} is not a finite number", "not_finite", {"value": number})
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def coerce_value(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, value: Any
) -> IndicatorValueType:
    """Check a Python value against the indicator's kind and return it in the kind's type."""
    kind = indicator.kind
    code = indicator.code
    if kind == IndicatorKind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise ValueRefused(
                f"{code} takes a whole number, not {value!r}",
                "whole_number",
                {"code": code, "value": value},
            )
        if isinstance(value, Decimal):
            if not value.is_finite() or value != value.to_integral_value():
                raise ValueRefused(
                    f"{code} takes a whole number, not {value}",
                    "whole_number",
                    {"code": code, "value": value},
                )
            value = int(value)
        return value
    if kind in (IndicatorKind.DECIMAL, IndicatorKind.PERCENT):
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise ValueRefused(
                f"{code} takes a number, not {value!r}", "number", {"code": code, "value": value}
            )
        number = Decimal(value)
        if not number.is_finite():
            raise ValueRefused(
                f"{code} takes a finite number, not {value}",
                "finite_number",
                {"code": code, "value": value},
            )
        return Decimal(canonical_decimal(number))
    if kind == IndicatorKind.YES_NO:
        if not isinstance(value, bool):
            raise ValueRefused(
                f"{code} takes yes or no, not {value!r}", "yes_no", {"code": code, "value": value}
            )
        return value
    if kind == IndicatorKind.TEXT:
        if not isinstance(value, str):
            raise ValueRefused(
                f"{code} takes text, not {value!r}", "text", {"code": code, "value": value}
            )
        return value
    allowed = [option.value for option in template.choices_of(indicator)]
    if kind == IndicatorKind.CHOICE:
        if not isinstance(value, str) or value not in allowed:
            raise ValueRefused(
                f"{code} takes one of {', '.join(allowed)}, not {value!r}",
                "one_of",
                {"code": code, "choices": ", ".join(allowed), "value": value},
            )
        return value
    # multi_choice
    if isinstance(value, str):
        value = tuple(value.split())
    if not isinstance(value, tuple | list) or any(v not in allowed for v in value):
        raise ValueRefused(
            f"{code} takes some of {', '.join(allowed)}, not {value!r}",
            "some_of",
            {"code": code, "choices": ", ".join(allowed), "value": value},
        )
    # Keep the list's own order and drop repeats, so equal selections store equally.
    return tuple(option for option in allowed if option in value)


def encode_value(kind: IndicatorKind, value: IndicatorValueType) -> str:
    """The canonical stored text of a value already coerced to its kind."""
    if kind == IndicatorKind.YES_NO:
        return YES if value else NO
    if kind == IndicatorKind.MULTI_CHOICE:
        return MULTI_CHOICE_SEPARATOR.join(value)  # type: ignore[arg-type]
    if kind in (IndicatorKind.DECIMAL, IndicatorKind.PERCENT):
        return canonical_decimal(value)  # type: ignore[arg-type]
    return str(value)


def decode_value(kind: IndicatorKind, text: str) -> IndicatorValueType:
    """The Python value of stored text."""
    if kind == IndicatorKind.INTEGER:
        return int(text)
    if kind in (IndicatorKind.DECIMAL, IndicatorKind.PERCENT):
        return Decimal(text)
    if kind == IndicatorKind.YES_NO:
        return text == YES
    if kind == IndicatorKind.MULTI_CHOICE:
        return tuple(text.split(MULTI_CHOICE_SEPARATOR)) if text else ()
    return text


def parse_value_text(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, text: str
) -> IndicatorValueType:
    """Parse plain (C-locale) text typed in a file or on the command line."""
    text = text.strip()
    kind = indicator.kind
    if kind.is_numeric:
        try:
            number = Decimal(text.replace(" ", ""))
        except InvalidOperation:
            raise ValueRefused(
                f"{indicator.code}: '{text}' is not a number",
                "not_a_number",
                {"code": indicator.code, "value": text},
            ) from None
        return coerce_value(template, indicator, number)
    if kind == IndicatorKind.YES_NO:
        lowered = text.lower()
        if lowered in (YES, "true", "1"):
            return True
        if lowered in (NO, "false", "0"):
            return False
        raise ValueRefused(
            f"{indicator.code}: '{text}' is not yes or no",
            "not_yes_no",
            {"code": indicator.code, "value": text},
        )
    return coerce_value(template, indicator, text)


def as_number(kind: IndicatorKind, value: IndicatorValueType | None) -> Decimal | None:
    """The value as a Decimal when the kind is numeric, else None."""
    if value is None or not kind.is_numeric:
        return None
    return Decimal(value)  # type: ignore[arg-type]


def parse_notation(text: str | None) -> Notation | None:
    """A notation key from text ('NA', 'NE', 'C'), or None when it is not one."""
    if text is None:
        return None
    try:
        return Notation(text.strip().upper())
    except ValueError:
        return None
