"""``choice``: one option of the indicator's choice list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, Kind, ValueRefused
from micdesk.core.kinds.number_text import NumberFormat


class ChoiceKind(Kind):
    """One option value of a named list."""

    name = "choice"
    editor = "choice"
    needs_choices = True
    unreadable_key = "not_in_choice_list"
    unreadable_params = ("value", "choice_list")

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """One of the list's option values."""
        if not isinstance(value, str) or value not in choices:
            raise ValueRefused(
                f"{code} takes one of {', '.join(choices)}, not {value!r}",
                "one_of",
                {"code": code, "choices": ", ".join(choices), "value": value},
            )
        return value

    def show(
        self, value: IndicatorValueType, number_format: NumberFormat, labels: Mapping[str, str]
    ) -> str:
        """The option's label (its value when it has none)."""
        return labels.get(str(value)) or str(value)
