"""Numbers typed and shown in a locale, read exactly (docs/design.md §5).

A locale's conventions come in as a ``NumberFormat`` (the window builds one from
its QLocale), so the core reads ``1 234,5`` without Qt. Nothing goes through a
float: the locale's digits and separators are swapped for plain ones and the text
handed to ``Decimal``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Invisible marks that copy-paste from right-to-left text brings along (ALM, LRM, RLM, embeddings).
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_MINUS_SIGNS = ("-", "\u2212")


@dataclass(frozen=True)
class NumberFormat:
    """How a locale writes numbers; ``plain`` is the C locale of files and the command line."""

    decimal_point: str = "."
    group_separator: str = ","
    zero_digit: str = "0"
    percent: str = "%"
    negative_sign: str = "-"
    plain: bool = False


PLAIN = NumberFormat(group_separator="", plain=True)
"""Text in files and on the command line: ``1234.5``, spaces ignored, an exponent allowed."""


def _digits(number_format: NumberFormat) -> str:
    zero = number_format.zero_digit
    if len(zero) != 1 or zero == "0":
        return "0123456789"
    return "".join(chr(ord(zero) + i) for i in range(10))


def _folded(text: str) -> str:
    """Compatibility forms folded (full-width digits, every kind of space), marks dropped."""
    return unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)


def parse_number(text: str, number_format: NumberFormat = PLAIN) -> Decimal:
    """Parse a number typed in a locale (decimal comma, group separators, local digits).

    Accepted: the locale's decimal separator (and ``.`` where ``.`` does not group
    thousands), the locale's group separator or any space between groups of exactly
    three digits, the locale's digits or ASCII ones, a leading minus, a trailing
    percent sign. Anything else, an exponent, NaN or infinity raises ValueError, so
    that a number is never read as another one (``1,5`` in English is refused, not 15).
    With ``PLAIN`` the text is read as ``Decimal`` reads it, spaces removed.
    """
    if number_format.plain:
        try:
            return Decimal(text.strip().replace(" ", ""))
        except InvalidOperation:
            raise ValueError(text) from None
    cleaned = _folded(text).strip()
    for percent in {"%", _folded(number_format.percent).strip()}:
        if percent and cleaned.endswith(percent):
            cleaned = cleaned[: -len(percent)].strip()
    negative = False
    for minus in {*_MINUS_SIGNS, _folded(number_format.negative_sign).strip()}:
        if minus and cleaned.startswith(minus):
            negative, cleaned = True, cleaned[len(minus) :].strip()
            break
    cleaned = "".join(
        str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c
        for c in cleaned
    )
    group = _folded(number_format.group_separator)
    groups = {" ", group} - {""}
    decimals = {_folded(number_format.decimal_point), "."} - groups - {""}
    if group not in (".", ",", " ") and "." in decimals:
        groups.add(",")  # e.g. Arabic typed with Western digits: 1,234.5
    points = [i for i, c in enumerate(cleaned) if c in decimals]
    if len(points) > 1:
        raise ValueError(text)
    whole, fraction = (cleaned[: points[0]], cleaned[points[0] + 1 :]) if points else (cleaned, "")
    used = {c for c in whole if c in groups}
    if len(used) > 1:
        raise ValueError(text)
    if used:
        separator = re.escape(used.pop())
        if not re.fullmatch(rf"[0-9]{{1,3}}({separator}[0-9]{{3}})+", whole):
            raise ValueError(text)
        whole = re.sub(separator, "", whole)
    if not re.fullmatch(r"[0-9]*", whole) or not re.fullmatch(r"[0-9]*", fraction):
        raise ValueError(text)
    if not whole and not fraction:
        raise ValueError(text)
    try:
        number = Decimal(f"{'-' if negative else ''}{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:
        raise ValueError(text) from None
    # Exact, and as written: 1,50 stays 1.50 (Decimal keeps the digits typed).
    return number if fraction else number.quantize(Decimal(1))


def format_number(number: int | Decimal, number_format: NumberFormat = PLAIN) -> str:
    """Show a number exactly, with the locale's decimal point, grouping and digits."""
    if isinstance(number, Decimal) and not number.is_finite():
        return str(number)  # 'Infinity' from a foreign file: no digits to group
    text = format(Decimal(number), "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    group = number_format.group_separator
    if len(whole) > 3 and group:
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        whole = group.join(parts)
    result = whole + (number_format.decimal_point + fraction if fraction else "")
    digits = _digits(number_format)
    if digits != "0123456789":
        result = result.translate({ord(str(i)): d for i, d in enumerate(digits)})
    return (number_format.negative_sign if negative else "") + result
