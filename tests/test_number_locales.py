"""Numbers and kinds read back exactly in every locale the format dialog offers (property tests).

View → Number and date format offers every locale Qt knows (``format_locale.locale_names``),
so every one of them must write a number the core reads back as the same number.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.gui


def _every_locale() -> list[str]:
    from micdesk.gui.dialogs.format_locale import locale_names

    return locale_names("en")


EVERY_LOCALE = _every_locale()
finite_decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=6, allow_nan=False
)
SAMPLES = ("-1234567.25", "0.125", "1000", "0.000001", "-0.5", "123456789012345678901234.5")


def number_format(name: str):
    from PySide6.QtCore import QLocale

    from micdesk.gui.numbers import number_format_of

    return number_format_of(QLocale(name))


def test_the_format_dialog_offers_hundreds_of_locales_the_six_languages_among_them():
    assert len(EVERY_LOCALE) > 300
    assert {"ar_EG", "zh_CN", "en_US", "fr_FR", "ru_RU", "es_ES"} <= set(EVERY_LOCALE)


def test_every_locale_writes_numbers_the_core_reads_back_exactly():
    from micdesk.core.kinds import kind_of
    from micdesk.core.kinds.number_text import format_number

    misread = []
    for name in EVERY_LOCALE:
        written = number_format(name)
        for exact in SAMPLES:
            shown = format_number(Decimal(exact), written)
            if kind_of("decimal").parse(shown, "X-1", number_format=written) != Decimal(exact):
                misread.append((name, exact, shown))
        shown = format_number(-1234567, written)
        if kind_of("integer").parse(shown, "X-1", number_format=written) != -1234567:
            misread.append((name, "-1234567", shown))
    assert not misread


@settings(max_examples=200, deadline=None)
@given(number=finite_decimals, name=st.sampled_from(EVERY_LOCALE))
def test_any_number_shown_in_any_locale_reads_back_as_the_same_number(number, name):
    from micdesk.core.kinds import kind_of
    from micdesk.core.kinds.number_text import format_number

    written = number_format(name)
    shown = format_number(number, written)
    assert kind_of("decimal").parse(shown, "X-1", number_format=written) == number
    assert kind_of("percent").parse(shown, "X-1", number_format=written) == number


@settings(max_examples=100, deadline=None)
@given(
    kind_value=st.one_of(
        st.tuples(st.just("integer"), st.integers(min_value=-(10**15), max_value=10**15)),
        st.tuples(st.just("decimal"), finite_decimals),
        st.tuples(st.just("percent"), finite_decimals),
        st.tuples(st.just("yes_no"), st.booleans()),
    ),
    name=st.sampled_from(EVERY_LOCALE),
)
def test_a_value_shown_by_its_kind_in_any_locale_is_typed_back_to_the_same_stored_text(
    kind_value, name
):
    from micdesk.core.kinds import kind_of

    kind_name, value = kind_value
    kind = kind_of(kind_name)
    written = number_format(name)
    stored = kind.encode(kind.coerce(value, "X-1"))
    shown = kind.format(kind.decode(stored), written)
    assert kind.encode(kind.parse(shown, "X-1", number_format=written)) == stored
