"""``multi_choice``: some options of the indicator's choice list, stored space-separated."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, ValueRefused
from micdesk.core.kinds.choice import ChoiceKind
from micdesk.core.kinds.number_text import NumberFormat

MULTI_CHOICE_SEPARATOR = " "


class MultiChoiceKind(ChoiceKind):
    """A tuple of option values, in the list's order."""

    name = "multi_choice"
    editor = "choices"

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """Option values (a tuple, a list, or space-separated text), in the list's order."""
        if isinstance(value, str):
            value = tuple(value.split())
        if not isinstance(value, tuple | list) or any(v not in choices for v in value):
            raise ValueRefused(
                f"{code} takes some of {', '.join(choices)}, not {value!r}",
                "some_of",
                {"code": code, "choices": ", ".join(choices), "value": value},
            )
        # Keep the list's own order and drop repeats, so equal selections store equally.
        return tuple(option for option in choices if option in value)

    def encode(self, value: IndicatorValueType) -> str:
        """The option values separated by a space."""
        return MULTI_CHOICE_SEPARATOR.join(value)  # type: ignore[arg-type]

    def decode(self, text: str) -> IndicatorValueType:
        """The tuple of option values."""
        return tuple(text.split(MULTI_CHOICE_SEPARATOR)) if text else ()

    def show(
        self, value: IndicatorValueType, number_format: NumberFormat, labels: Mapping[str, str]
    ) -> str:
        """The options' labels, comma-separated."""
        return ", ".join(labels.get(v) or v for v in value)  # type: ignore[union-attr]
