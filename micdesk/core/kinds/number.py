"""What the number kinds share: exact decimals, read in a locale, shown in one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, Kind, ValueRefused, canonical_decimal
from micdesk.core.kinds.number_text import NumberFormat, format_number, parse_number


class NumberKind(Kind):
    """A kind whose values are exact decimal numbers."""

    is_numeric = True
    unreadable_key = "not_number"
    unreadable_params = ("value", "code")
    typed_refusal_key = "not_a_number"
    typed_as = "a number"

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """A number as an exact, finite Decimal in canonical form."""
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

    def encode(self, value: IndicatorValueType) -> str:
        """Canonical decimal text (no exponent, no trailing zeros)."""
        return canonical_decimal(Decimal(value))  # type: ignore[arg-type]

    def decode(self, text: str) -> IndicatorValueType:
        """The Decimal of stored text."""
        return Decimal(text)

    def read(self, text: str, number_format: NumberFormat, *, strict: bool) -> Any:
        """A number typed in a locale (or, ``strict``, the canonical text of a file)."""
        return Decimal(text) if strict else parse_number(text, number_format)

    def show(
        self, value: IndicatorValueType, number_format: NumberFormat, labels: Mapping[str, str]
    ) -> str:
        """The exact number with the locale's separators and digits."""
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            return str(value)  # a stored text an older rule allowed, shown as it stands
        return format_number(value, number_format)

    def as_number(self, value: IndicatorValueType | None) -> Decimal | None:
        """The value as a Decimal (None for none)."""
        if value is None:
            return None
        return Decimal(value)  # type: ignore[arg-type]
