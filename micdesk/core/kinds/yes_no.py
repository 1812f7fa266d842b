"""``yes_no``: a yes-or-no answer, kept as a bool and stored as ``yes`` / ``no``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, Kind
from micdesk.core.kinds.number_text import NumberFormat

YES, NO = "yes", "no"
_TYPED_YES = (YES, "true", "1")
_TYPED_NO = (NO, "false", "0")


def yes_no(flag: bool) -> str:
    """The stored word of a flag: ``yes`` or ``no`` (the one bool → text in micdesk)."""
    return YES if flag else NO


class YesNoKind(Kind):
    """A bool."""

    name = "yes_no"
    editor = "choice"
    unreadable_key = "not_yes_no"
    unreadable_params = ("value", "code")
    value_type = bool  # True or False, nothing else
    takes = "yes or no"
    takes_key = "yes_no"
    typed_refusal_key = "not_yes_no"
    typed_as = "yes or no"

    def encode(self, value: IndicatorValueType) -> str:
        """``yes`` or ``no``."""
        return yes_no(bool(value))

    def decode(self, text: str) -> IndicatorValueType:
        """True for ``yes``."""
        return text == YES

    def read(self, text: str, number_format: NumberFormat, *, strict: bool) -> Any:
        """``yes``/``true``/``1`` or ``no``/``false``/``0`` (``strict``: only ``yes`` or ``no``)."""
        word = text if strict else text.lower()
        if word in ((YES,) if strict else _TYPED_YES):
            return True
        if word in ((NO,) if strict else _TYPED_NO):
            return False
        raise ValueError(text)

    def show(
        self, value: IndicatorValueType, number_format: NumberFormat, labels: Mapping[str, str]
    ) -> str:
        """``yes`` or ``no`` (or ``labels``' words for them)."""
        word = yes_no(value in (True, YES))
        return labels.get(word, word)
