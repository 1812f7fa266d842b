"""Numbers, dates and sizes typed and shown in the user's *format locale*, stored exactly.

The format locale is separate from the interface language: an Arabic interface may
show Latin digits (Morocco, Algeria), a Spanish one Mexico's ``1,200.5``. It is the
locale chosen in View → Number and date format, else the system's when the system
speaks the interface language, else the language's usual locale. Everything the
window shows goes through the functions below with that locale; what is stored
stays locale-free (canonical decimal text, UTC times).

``QLocale.toDouble`` would round through a float; the core's ``number_text`` swaps the
locale's digits and separators for plain ones and hands the text to ``Decimal``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from micdesk.core.kinds.number_text import NumberFormat
from micdesk.core.kinds.number_text import format_number as core_format_number
from micdesk.core.kinds.number_text import parse_number as core_parse_number
from micdesk.core.placeholders import fill

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


def number_format_of(locale: QLocale) -> NumberFormat:
    """How a QLocale writes numbers, for the core's one reading and writing of them."""
    return NumberFormat(
        decimal_point=locale.decimalPoint(),
        group_separator=locale.groupSeparator(),
        zero_digit=locale.zeroDigit(),
        percent=locale.percent(),
        negative_sign=locale.negativeSign(),
    )


def parse_number(text: str, locale: QLocale) -> Decimal:
    """Parse a number typed in a locale (decimal comma, group separators, local digits).

    The core reads it (``micdesk.core.kinds.number_text.parse_number``): anything that
    is not exactly one number raises ValueError, so a number is never read as another.
    """
    return core_parse_number(text, number_format_of(locale))


def format_number(number: int | Decimal, locale: QLocale) -> str:
    """Show a number exactly, with the locale's decimal point, grouping and digits."""
    return core_format_number(number, number_format_of(locale))


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
