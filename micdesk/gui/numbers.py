"""Numbers typed and shown in the user's locale, stored exactly (DESIGN §5).

``QLocale.toDouble`` would round through a float; these functions only swap the
locale's digits and separators for plain ones and hand the text to ``Decimal``.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale

_SPACES = ("\u00a0", "\u202f", " ", "\u2009")


def locale_for_language(language: str) -> QLocale:
    """The QLocale of a UN language code (its usual country's conventions)."""
    return QLocale(language)


def _digits(locale: QLocale) -> str:
    zero = locale.zeroDigit()
    if len(zero) != 1 or zero == "0":
        return "0123456789"
    return "".join(chr(ord(zero) + i) for i in range(10))


def parse_number(text: str, locale: QLocale) -> Decimal:
    """Parse a number typed in a locale (decimal comma, group separators, local digits).

    Raises ValueError when the text is not a number.
    """
    cleaned = text.strip().removesuffix("%").removesuffix(locale.percent()).strip()
    digits = _digits(locale)
    cleaned = cleaned.translate({ord(d): str(i) for i, d in enumerate(digits)})
    decimal_point = locale.decimalPoint()
    group = locale.groupSeparator()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    if group and group != decimal_point and group not in _SPACES:
        cleaned = cleaned.replace(group, "")
    # A dot typed where the custom is a comma still reads as the decimal point.
    cleaned = cleaned.replace(decimal_point, ".")
    cleaned = cleaned.replace(locale.negativeSign(), "-").replace("\u2212", "-")
    if not cleaned or cleaned.count(".") > 1:
        raise ValueError(text)
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not number.is_finite() or "e" in cleaned.lower():
        raise ValueError(text)
    return number


def format_number(number: int | Decimal, locale: QLocale) -> str:
    """Show a number exactly, with the locale's decimal point, grouping and digits."""
    text = format(Decimal(number), "f")
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    group = locale.groupSeparator()
    if len(whole) > 3 and group:
        head = len(whole) % 3 or 3
        parts = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
        whole = group.join(parts)
    result = whole + (locale.decimalPoint() + fraction if fraction else "")
    digits = _digits(locale)
    if digits != "0123456789":
        result = result.translate({ord(str(i)): d for i, d in enumerate(digits)})
    return (locale.negativeSign() if negative else "") + result
