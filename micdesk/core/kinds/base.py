"""What every indicator kind answers: the protocol one module per kind implements.

A kind knows its value's Python type and how to check a value (``coerce``), its
exact stored text (``encode``/``decode``), how to read typed text in a locale
(``parse``) and how to show a value (``format``). Everything that used to switch on
the kind asks the kind instead; the window asks ``micdesk.gui.kinds`` for its editor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from micdesk.core.keyed import KeyedError
from micdesk.core.kinds.number_text import PLAIN, NumberFormat

IndicatorValueType = int | Decimal | str | tuple[str, ...] | bool


class ValueRefused(KeyedError):
    """A value does not fit its indicator (or cannot be written); nothing was written.

    ``key`` names the cause for the window (``RefusalKey``).
    """


def canonical_decimal(number: Decimal) -> str:
    """Exact text of a decimal without exponent or trailing zeros after the point."""
    if not number.is_finite():
        raise ValueRefused(f"{number} is not a finite number", "not_finite", {"value": number})
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class Kind:
    """One kind of indicator value; subclasses set ``name`` and override what differs.

    A kind compares equal to its name (and to the ``IndicatorKind`` of that name), so
    ``indicator.kind == IndicatorKind.TEXT`` and ``indicator.kind.value`` keep working.
    """

    name: ClassVar[str] = ""
    is_numeric: ClassVar[bool] = False
    # Which value editor the window builds when no editor is registered for the name:
    # "line" (typed text), "choice" (a drop-down of options) or "choices" (check boxes).
    editor: ClassVar[str] = "line"
    # True when an indicator of the kind names a choice list (its options).
    needs_choices: ClassVar[bool] = False
    # The review key (``review``) of a stored value the kind cannot read, and its parameters.
    unreadable_key: ClassVar[str] = "not_kind"
    unreadable_params: ClassVar[tuple[str, ...]] = ("value", "kind", "code")
    # The Python type coerce() accepts as it is, and how it says so when refused.
    value_type: ClassVar[type] = str
    takes: ClassVar[str] = "text"
    takes_key: ClassVar[str] = "text"
    # How parse() refuses typed text read() cannot read: the key, and what was expected.
    typed_refusal_key: ClassVar[str] = "not_kind"
    typed_as: ClassVar[str] = "a value of this kind"

    @property
    def value(self) -> str:
        """The kind's name, as the template and the workbook spell it."""
        return self.name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Kind | str):
            return self.name == str(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.name)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<kind {self.name}>"

    # -- the protocol ----------------------------------------------------------------------

    def coerce(self, value: Any, code: str, choices: Sequence[str] = ()) -> IndicatorValueType:
        """Check a Python value and return it in the kind's type (ValueRefused if it does not fit)."""
        if not isinstance(value, self.value_type):
            raise ValueRefused(
                f"{code} takes {self.takes}, not {value!r}",
                self.takes_key,
                {"code": code, "value": value},
            )
        return value

    def encode(self, value: IndicatorValueType) -> str:
        """The canonical stored text of a coerced value (also the Data sheet's text)."""
        return str(value)

    def decode(self, text: str) -> IndicatorValueType:
        """The value of canonical stored text."""
        return text

    def parse(
        self,
        text: str,
        code: str,
        choices: Sequence[str] = (),
        *,
        number_format: NumberFormat = PLAIN,
        strict: bool = False,
    ) -> IndicatorValueType:
        """Read typed text (in ``number_format``'s locale); ``strict`` accepts only the stored spelling.

        The window, the command line and a template update read text this way; the load
        of a submission file reads strictly, since the file holds canonical text.
        """
        typed = text if strict else text.strip()
        try:
            value = self.read(typed, number_format, strict=strict)
        except (ValueError, ArithmeticError):
            raise ValueRefused(
                f"{code}: '{typed}' is not {self.typed_as}",
                self.typed_refusal_key,
                {"code": code, "value": typed},
            ) from None
        return self.coerce(value, code, choices)

    def read(self, text: str, number_format: NumberFormat, *, strict: bool) -> Any:
        """What parse() makes of text (stripped unless ``strict``) before coerce() checks it;
        ValueError or ArithmeticError where the kind cannot read it."""
        return text

    def format(
        self,
        value: IndicatorValueType,
        number_format: NumberFormat = PLAIN,
        labels: Mapping[str, str] | None = None,
    ) -> str:
        """A value as a person reads it: numbers in the locale, options by their label."""
        return self.show(value, number_format, labels or {})

    def show(
        self, value: IndicatorValueType, number_format: NumberFormat, labels: Mapping[str, str]
    ) -> str:
        """What format() gives, its defaults filled in (the kinds say it here)."""
        return str(value)

    def as_number(self, value: IndicatorValueType | None) -> Decimal | None:
        """The value as a Decimal for a numeric kind, else None."""
        return None

    def unreadable(self, text: str, code: str, choice_list: str | None) -> tuple[str, dict]:
        """The review key and parameters for stored text this kind cannot read."""
        known = {"value": text, "kind": self.name, "code": code, "choice_list": choice_list}
        return self.unreadable_key, {name: known[name] for name in self.unreadable_params}
