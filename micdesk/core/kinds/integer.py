"""``integer``: a whole number (a count of people, firms, projects)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, ValueRefused
from micdesk.core.kinds.number import NumberKind


class IntegerKind(NumberKind):
    """Whole numbers, kept as Python ints."""

    name = "integer"
    unreadable_key = "not_whole_number"

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """An int, or a Decimal without a fraction as an int."""
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

    def encode(self, value: IndicatorValueType) -> str:
        """The int's digits."""
        return str(value)

    def decode(self, text: str) -> IndicatorValueType:
        """The int of stored text."""
        return int(text)
