"""Numbers, dates and sizes typed and shown in the user's *format locale*, stored exactly.

The format locale is separate from the interface language: an Arabic interface may
show Latin digits (Morocco, Algeria), a Spanish one Mexico's ``1,200.5``. It is the
locale chosen in View → Number and date format, else the system's when the system
speaks the interface language, else the language's usual locale. Everything the
window shows goes through the functions below with that locale; what is stored
stays locale-free (canonical decimal text, UTC times).

``QLocale.toDouble`` would round through a float; these functions only swap the
locale's digits and separators for plain ones and hand the text to ``Decimal``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from micdesk.core.placeholders import fill

# Invisible marks that copy-paste from right-to-left text brings along (ALM, LRM, RLM, embeddings).
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
_MINUS_SIGNS = ("-", "\u2212")


# The locale name chosen in the settings ("" = automatic), set by the window at start.
_chosen_format_locale = [""]


def set_format_locale(name: str) -> None:
    """Choose the format locale by name (e.g. ``ar_MA``, ``es_MX``); "" follows the system."""
    _chosen_format_locale[0] = name


def chosen_format_locale() -> str:
    """The format locale chosen in the settings, "" when automatic."""
    return _chosen_format_locale[0]


def locale_for_language(language: str) -> QLocale:
    """The format locale for an interface language (see the module's docstring)."""
    if _chosen_format_locale[0]:
        return QLocale(_chosen_format_locale[0])
    return automatic_locale(language)


def automatic_locale(language: str) -> QLocale:
    """The system's locale when it speaks the interface language, else the language's usual one."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def _digits(locale: QLocale) -> str:
    zero = locale.zeroDigit()
    if len(zero) != 1 or zero == "0":
        return "0123456789"
    return "".join(chr(ord(zero) + i) for i in range(10))


def _plain(text: str) -> str:
    """Compatibility forms folded (full-width digits, every kind of space), marks dropped."""
    return unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)


def parse_number(text: str, locale: QLocale) -> Decimal:
    """Parse a number typed in a locale (decimal comma, group separators, local digits).

    Accepted: the locale's decimal separator (and ``.`` where ``.`` does not group
    thousands), the locale's group separator or any space between groups of exactly
    three digits, the locale's digits or ASCII ones, a leading minus, a trailing
    percent sign. Anything else, an exponent, NaN or infinity raises ValueError, so
    that a number is never read as another one (``1,5`` in English is refused, not 15).
    """
    cleaned = _plain(text).strip()
    for percent in {"%", _plain(locale.percent()).strip()}:
        if percent and cleaned.endswith(percent):
            cleaned = cleaned[: -len(percent)].strip()
    negative = False
    for minus in {*_MINUS_SIGNS, _plain(locale.negativeSign()).strip()}:
        if minus and cleaned.startswith(minus):
            negative, cleaned = True, cleaned[len(minus) :].strip()
            break
    cleaned = "".join(
        str(unicodedata.decimal(c)) if unicodedata.decimal(c, None) is not None else c
        for c in cleaned
    )
    group = _plain(locale.groupSeparator())
    groups = {" ", group} - {""}
    decimals = {_plain(locale.decimalPoint()), "."} - groups - {""}
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


def format_integer(number: int, locale: QLocale | None = None) -> str:
    """A count (cells, errors, characters, revisions) with the locale's grouping and digits.

    Without a locale, the format locale in force (``QLocale()``, which the window sets).
    """
    return format_number(Decimal(number), QLocale() if locale is None else locale)


def _four_digit_years(pattern: str) -> str:
    # Short formats write two-digit years (11/30/26); a year of a report is never ambiguous.
    return re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)


def format_date(day: date, locale: QLocale) -> str:
    """A date the locale's short way with a four-digit year (30/11/2026, 2026/11/30…)."""
    pattern = _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_datetime(moment: datetime, locale: QLocale, *, seconds: bool = False) -> str:
    """A moment in local time: the locale's short date (four-digit year) and its time."""
    when = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    kind = QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    time_pattern = re.sub(r"\s*\(?t+\)?\s*", " ", locale.timeFormat(kind)).strip()
    date_pattern = _four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat))
    return (
        f"{locale.toString(when.date(), date_pattern)} {locale.toString(when.time(), time_pattern)}"
    )


def format_size(size: int, locale: QLocale) -> str:
    """A file size in words the user reads (bytes, KB, MB, GB: powers of 1024), one decimal."""
    translate = QCoreApplication.translate
    units = (
        translate("sizes", "%1 bytes"),
        translate("sizes", "%1 KB"),
        translate("sizes", "%1 MB"),
        translate("sizes", "%1 GB"),
    )
    value, unit = Decimal(size), 0
    while value >= 1024 and unit < len(units) - 1:
        value, unit = value / 1024, unit + 1
    shown = value.quantize(Decimal(1) if unit == 0 else Decimal("0.1"))
    return fill(units[unit], format_number(shown, locale))
