"""``yes_no``: a yes-or-no answer, kept as a bool and stored as ``yes`` / ``no``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from micdesk.core.kinds.base import IndicatorValueType, Kind, ValueRefused
from micdesk.core.kinds.number_text import PLAIN, NumberFormat

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

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """True or False, nothing else."""
        if not isinstance(value, bool):
            raise ValueRefused(
                f"{code} takes yes or no, not {value!r}", "yes_no", {"code": code, "value": value}
            )
        return value

    def encode(self, value: IndicatorValueType) -> str:
        """``yes`` or ``no``."""
        return yes_no(bool(value))

    def decode(self, text: str) -> IndicatorValueType:
        """True for ``yes``."""
        return text == YES

    def parse(
        self,
        text: str,
        code: str,
        choices: Sequence[str] = (),
        *,
        number_format: NumberFormat = PLAIN,
        strict: bool = False,
    ) -> IndicatorValueType:
        """``yes``/``true``/``1`` or ``no``/``false``/``0`` (``strict``: only ``yes`` or ``no``)."""
        word = text if strict else text.strip().lower()
        if word in ((YES,) if strict else _TYPED_YES):
            return True
        if word in ((NO,) if strict else _TYPED_NO):
            return False
        shown = text if strict else text.strip()
        raise ValueRefused(
            f"{code}: '{shown}' is not yes or no", "not_yes_no", {"code": code, "value": shown}
        )

    def format(
        self,
        value: IndicatorValueType,
        number_format: NumberFormat = PLAIN,
        labels: Mapping[str, str] | None = None,
    ) -> str:
        """``yes`` or ``no`` (or ``labels``' words for them)."""
        word = yes_no(value in (True, YES))
        return (labels or {}).get(word, word)
