"""Translated messages are filled in one pass: a value holding %1 … %9 comes through unchanged."""

from __future__ import annotations

import pytest

from micdesk.core.placeholders import fill

HOSTILE_VALUES = [f"50%{n} high" for n in range(1, 10)] + ["%1%2%3%4%5%6%7%8%9", "100%", "%%1"]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_a_value_holding_a_placeholder_is_put_in_unchanged(value):
    assert fill("%1 takes one of %2, not “%3”.", "POL-2", value, "mid") == (
        f"POL-2 takes one of {value}, not “mid”."
    )


def test_placeholders_are_filled_by_number_whatever_their_order_in_the_sentence():
    assert fill("%3 / %1 / %2", "a", "b", "c") == "c / a / b"


def test_a_placeholder_beyond_the_values_given_stays_as_it_is():
    assert fill("%1 and %2", "x") == "x and %2"


def test_two_digit_placeholders_take_the_tenth_value_and_beyond():
    values = [str(n) for n in range(1, 12)]
    assert fill("%10-%11-%1", *values) == "10-11-1"
    assert fill("%10", "a") == "a0"


@pytest.mark.gui
def test_a_choice_label_holding_a_placeholder_reaches_the_refusal_unchanged(qapp):
    from PySide6.QtCore import QLocale

    from micdesk.gui.i18n import install_language, reset_language
    from micdesk.gui.messages import keyed_message

    for language in ("en", "fr", "ar"):
        install_language(language)
        try:
            text = keyed_message(
                "one_of",
                {"code": "POL-2", "choices": "low, 50%3 high", "value": "mid %1"},
                "",
                QLocale(language),
            )
        finally:
            reset_language()
        assert "low, 50%3 high" in text and "mid %1" in text and "POL-2" in text


def test_no_translated_message_in_the_window_is_filled_by_a_chain_of_replace():
    from pathlib import Path

    import micdesk.gui

    offenders = [
        f"{path.name}:{number}"
        for path in Path(micdesk.gui.__file__).parent.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if '.replace("%' in line or '.replace(f"%' in line
    ]
    assert offenders == []
