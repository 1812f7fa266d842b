"""Each kind's answers pinned whole: what it refuses (message, key, params), how it reads
typed text in a locale, how it shows a value, and what it says of text it cannot read.

The window words a refusal from its key and params and the command line prints its
message, so a wrong word in either is a bug a user sees (issue 25: mutation testing).
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from micdesk.core.kinds import PLAIN, NumberFormat, ValueRefused, kind_of
from micdesk.core.kinds.number_text import format_number, parse_number
from micdesk.core.vocabulary import IndicatorKind

FRENCH = NumberFormat(decimal_point=",", group_separator="\u202f")
GERMAN = NumberFormat(decimal_point=",", group_separator=".")
ENGLISH = NumberFormat()
ARABIC = NumberFormat(
    decimal_point="\u066b", group_separator="\u066c", zero_digit="\u0660", negative_sign="\u061c-"
)
OPTIONS = ("a", "b")


def refusal(call) -> tuple[str, str, dict]:
    with pytest.raises(ValueRefused) as refused:
        call()
    return str(refused.value), refused.value.key, dict(refused.value.params)


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("text", 5, ("X-1 takes text, not 5", "text", {"code": "X-1", "value": 5})),
        ("yes_no", "yes", ("X-1 takes yes or no, not 'yes'", "yes_no",
                           {"code": "X-1", "value": "yes"})),
        ("choice", "c", ("X-1 takes one of a, b, not 'c'", "one_of",
                         {"code": "X-1", "choices": "a, b", "value": "c"})),
        ("choice", 1, ("X-1 takes one of a, b, not 1", "one_of",
                       {"code": "X-1", "choices": "a, b", "value": 1})),
        ("multi_choice", ("a", "c"), ("X-1 takes some of a, b, not ('a', 'c')", "some_of",
                                      {"code": "X-1", "choices": "a, b", "value": ("a", "c")})),
        ("multi_choice", 7, ("X-1 takes some of a, b, not 7", "some_of",
                             {"code": "X-1", "choices": "a, b", "value": 7})),
        ("integer", 1.5, ("X-1 takes a whole number, not 1.5", "whole_number",
                          {"code": "X-1", "value": 1.5})),
        ("integer", True, ("X-1 takes a whole number, not True", "whole_number",
                           {"code": "X-1", "value": True})),
        ("integer", Decimal("1.5"), ("X-1 takes a whole number, not 1.5", "whole_number",
                                     {"code": "X-1", "value": Decimal("1.5")})),
        ("integer", Decimal("Infinity"), ("X-1 takes a whole number, not Infinity",
                                          "whole_number",
                                          {"code": "X-1", "value": Decimal("Infinity")})),
        ("decimal", "1", ("X-1 takes a number, not '1'", "number", {"code": "X-1", "value": "1"})),
        ("percent", False, ("X-1 takes a number, not False", "number",
                            {"code": "X-1", "value": False})),
        ("decimal", Decimal("NaN"), ("X-1 takes a finite number, not NaN", "finite_number",
                                     {"code": "X-1", "value": Decimal("NaN")})),
    ],
)  # fmt: skip
def test_a_value_that_does_not_fit_its_kind_is_refused_with_message_key_and_params(
    kind, value, expected
):
    message, key, params = expected
    # Params reach the window as text, whatever the value was.
    texts = {name: str(value) for name, value in params.items()}
    assert refusal(lambda: kind_of(kind).coerce(value, "X-1", OPTIONS)) == (message, key, texts)


def test_a_fitting_value_comes_back_in_the_kinds_own_type_and_order():
    assert kind_of("text").coerce("as typed ", "X-1") == "as typed "
    assert kind_of("yes_no").coerce(False, "X-1") is False
    assert kind_of("choice").coerce("b", "X-1", OPTIONS) == "b"
    assert kind_of("multi_choice").coerce("b a a", "X-1", OPTIONS) == ("a", "b")
    assert kind_of("multi_choice").coerce(["b"], "X-1", OPTIONS) == ("b",)
    whole = kind_of("integer").coerce(Decimal("3.00"), "X-1")
    assert (whole, type(whole)) == (3, int)
    assert kind_of("integer").coerce(-4, "X-1") == -4
    number = kind_of("decimal").coerce(Decimal("1.500"), "X-1")
    assert (str(number), type(number)) == ("1.5", Decimal)
    assert str(kind_of("percent").coerce(12, "X-1")) == "12"


@pytest.mark.parametrize(
    ("text", "strict", "expected"),
    [
        (" TRUE ", False, True), ("1", False, True), ("Yes", False, True),
        ("0", False, False), ("false", False, False), (" no", False, False),
        ("yes", True, True), ("no", True, False),
    ],
)  # fmt: skip
def test_yes_no_reads_the_words_people_type_and_only_yes_or_no_from_a_file(text, strict, expected):
    assert kind_of("yes_no").parse(text, "X-1", strict=strict) is expected


@pytest.mark.parametrize(
    ("text", "strict", "shown"),
    [
        ("  maybe ", False, "maybe"),
        ("true", True, "true"),
        (" yes", True, " yes"),
        ("1", True, "1"),
        ("YES", True, "YES"),
        ("false", True, "false"),
        ("0", True, "0"),
    ],
)
def test_yes_no_refuses_other_text_naming_it_as_read(text, strict, shown):
    assert refusal(lambda: kind_of("yes_no").parse(text, "X-1", strict=strict)) == (
        f"X-1: '{shown}' is not yes or no",
        "not_yes_no",
        {"code": "X-1", "value": shown},
    )


def test_text_is_read_trimmed_when_typed_and_as_it_stands_from_a_file():
    assert kind_of("text").parse("  two words ", "X-1") == "two words"
    assert kind_of("text").parse("  two words ", "X-1", strict=True) == "  two words "


def test_a_number_is_read_in_the_users_locale_or_strictly_as_a_file_holds_it():
    decimal = kind_of("decimal")
    assert str(decimal.parse(" 1\u202f234,50 ", "X-1", number_format=FRENCH)) == "1234.5"
    assert str(decimal.parse("1.50", "X-1", strict=True)) == "1.5"
    assert kind_of("integer").parse("1,234", "X-1", number_format=ENGLISH) == 1234
    assert refusal(lambda: decimal.parse(" 1,5 ", "X-1", number_format=ENGLISH)) == (
        "X-1: '1,5' is not a number", "not_a_number", {"code": "X-1", "value": "1,5"}
    )  # fmt: skip
    assert refusal(lambda: decimal.parse(" 1,5", "X-1", strict=True)) == (
        "X-1: ' 1,5' is not a number", "not_a_number", {"code": "X-1", "value": " 1,5"}
    )  # fmt: skip
    assert refusal(lambda: kind_of("integer").parse("2,5", "X-1", number_format=FRENCH))[1] == (
        "whole_number"
    )


@pytest.mark.parametrize(
    ("text", "number_format", "expected"),
    [
        ("1\u202f234,5", FRENCH, "1234.5"),
        ("1 234 567", FRENCH, "1234567"),
        ("1.234,5", GERMAN, "1234.5"),
        ("1.5", FRENCH, "1.5"),
        ("1,234.5", ENGLISH, "1234.5"),
        ("1,50", FRENCH, "1.50"),
        ("12 %", ENGLISH, "12"),
        ("12%", FRENCH, "12"),
        ("\u22123", ENGLISH, "-3"),
        ("- 3,5", FRENCH, "-3.5"),
        ("\uff11\uff12", ENGLISH, "12"),
        ("\u200f1,234", ENGLISH, "1234"),
        ("\u0661\u066c\u0662\u0663\u0664\u066b\u0665", ARABIC, "1234.5"),
        ("1,234.5", ARABIC, "1234.5"),
        (".5", ENGLISH, "0.5"),
        ("5.", ENGLISH, "5"),
        (" 1 234.5 ", PLAIN, "1234.5"),
        ("1e3", PLAIN, "1E+3"),
        ("7", ENGLISH, "7"),
    ],
)
def test_a_number_typed_in_a_locale_is_read_exactly_as_written(text, number_format, expected):
    assert str(parse_number(text, number_format)) == expected


@pytest.mark.parametrize(
    ("text", "number_format"),
    [
        ("1,5", ENGLISH), ("1.2.3", ENGLISH), ("1,23,456", ENGLISH), ("12,34", ENGLISH),
        ("1.234,5", ENGLISH), ("1,234 567", ENGLISH), ("1e3", ENGLISH), ("NaN", ENGLISH),
        ("", ENGLISH), ("-", ENGLISH), (".", FRENCH), ("1,2,3", FRENCH), ("abc", PLAIN),
        ("1 2", ENGLISH), ("1,234,5", ENGLISH), ("1234,567", ENGLISH),
        ("--1", ENGLISH), ("1-", ENGLISH), ("x1", ENGLISH),
    ],
)  # fmt: skip
def test_a_number_that_could_be_read_two_ways_or_not_at_all_is_refused(text, number_format):
    with pytest.raises(ValueError):
        parse_number(text, number_format)


@pytest.mark.parametrize(
    ("number", "number_format", "expected"),
    [
        (Decimal("1234567.5"), FRENCH, "1\u202f234\u202f567,5"),
        (Decimal("1234"), ENGLISH, "1,234"),
        (Decimal("123"), ENGLISH, "123"),
        (Decimal("123456"), ENGLISH, "123,456"),
        (Decimal("-1234.25"), GERMAN, "-1.234,25"),
        (Decimal("1234.5"), PLAIN, "1234.5"),
        (1234, ARABIC, "\u0661\u066c\u0662\u0663\u0664"),
        (Decimal("-0.5"), ARABIC, "\u061c-\u0660\u066b\u0665"),
        (Decimal("1E+3"), ENGLISH, "1,000"),
    ],
)
def test_a_number_is_shown_exactly_with_the_locales_separators_and_digits(
    number, number_format, expected
):
    assert format_number(number, number_format) == expected
    assert kind_of("decimal").format(number, number_format) == expected


def test_each_kind_shows_a_value_as_a_person_reads_it():
    labels = {"a": "Alpha", "b": "", "yes": "oui"}
    assert kind_of("yes_no").format(True) == "yes"
    assert kind_of("yes_no").format("yes") == "yes"
    assert kind_of("yes_no").format(False) == "no"
    assert kind_of("yes_no").format(True, labels=labels) == "oui"
    assert kind_of("yes_no").format(False, labels=labels) == "no"
    assert kind_of("choice").format("a", labels=labels) == "Alpha"
    assert kind_of("choice").format("b", labels=labels) == "b"
    assert kind_of("choice").format("a") == "a"
    assert kind_of("multi_choice").format(("a", "b"), labels=labels) == "Alpha, b"
    assert kind_of("multi_choice").format(("b",)) == "b"
    assert kind_of("text").format("as typed") == "as typed"
    assert kind_of("integer").format("legacy text") == "legacy text"
    assert kind_of("integer").format(True) == "True"
    assert kind_of("percent").format(Decimal("12.5"), FRENCH) == "12,5"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("text", ("not_kind", {"value": "?", "kind": "text", "code": "X-1"})),
        ("yes_no", ("not_yes_no", {"value": "?", "code": "X-1"})),
        ("choice", ("not_in_choice_list", {"value": "?", "choice_list": "levels"})),
        ("multi_choice", ("not_in_choice_list", {"value": "?", "choice_list": "levels"})),
        ("integer", ("not_whole_number", {"value": "?", "code": "X-1"})),
        ("decimal", ("not_number", {"value": "?", "code": "X-1"})),
        ("percent", ("not_percent", {"value": "?", "code": "X-1"})),
    ],
)
def test_stored_text_a_kind_cannot_read_is_named_for_review_with_its_own_key(kind, expected):
    assert kind_of(kind).unreadable("?", "X-1", "levels") == expected


def test_a_kind_is_found_by_its_name_or_its_indicator_kind_in_a_mapping():
    by_kind = {kind_of(name): name for name in ("text", "integer", "multi_choice")}
    assert by_kind[IndicatorKind.INTEGER] == "integer"
    assert {"text": 1}[kind_of("text")] == 1
    assert kind_of("decimal") == IndicatorKind.DECIMAL and kind_of("decimal") != "percent"
    assert str(kind_of("percent")) == kind_of("percent").value == "percent"


def test_stored_text_decodes_to_the_value_it_encodes():
    assert kind_of("multi_choice").decode("") == ()
    assert kind_of("multi_choice").decode("a b") == ("a", "b")
    assert kind_of("multi_choice").encode(("a", "b")) == "a b"
    assert kind_of("yes_no").decode("yes") is True and kind_of("yes_no").decode("no") is False
    assert kind_of("yes_no").encode(False) == "no"
    assert kind_of("integer").decode("-12") == -12
    assert str(kind_of("decimal").decode("0.50")) == "0.50"
    assert kind_of("decimal").encode(Decimal("0.50")) == "0.5"
    assert kind_of("decimal").as_number(None) is None
    assert kind_of("integer").as_number(3) == Decimal(3)
    assert kind_of("text").as_number("3") is None


def test_a_number_that_is_not_finite_has_no_canonical_text():
    from micdesk.core.kinds import canonical_decimal

    for number in (Decimal("Infinity"), Decimal("-Infinity"), Decimal("NaN")):
        assert refusal(lambda number=number: canonical_decimal(number)) == (
            f"{number} is not a finite number", "not_finite", {"value": str(number)}
        )  # fmt: skip
    assert canonical_decimal(Decimal("-0.000")) == "0"
    assert canonical_decimal(Decimal("10.500")) == "10.5"
    assert canonical_decimal(Decimal("1E+2")) == "100"


def test_a_file_number_is_read_strictly_and_typed_text_refused_in_the_kinds_words():
    assert refusal(lambda: kind_of("integer").parse("1 234", "X-1", strict=True))[1] == (
        "not_a_number"
    )
    assert kind_of("integer").parse("1 234", "X-1") == 1234
    assert refusal(lambda: kind_of("integer").parse("2,5", "X-1", number_format=FRENCH)) == (
        "X-1 takes a whole number, not 2.5", "whole_number", {"code": "X-1", "value": "2.5"}
    )  # fmt: skip


def test_a_percent_sign_and_a_space_between_thousands_are_read_in_every_locale():
    arabic_percent = dataclasses.replace(ARABIC, percent="\u066a")
    assert str(parse_number("12%", arabic_percent)) == "12"
    assert str(parse_number("\u0661\u0662\u066a", arabic_percent)) == "12"
    assert str(parse_number("1 234", ENGLISH)) == "1234"
    assert str(parse_number("1 234,5", GERMAN)) == "1234.5"


def test_a_stored_option_holding_a_no_break_space_or_a_tab_decodes_as_one_option():
    # Only the plain space separates stored options; a template's choice value may hold others.
    multi = kind_of("multi_choice")
    options = ("10\u00a0km", "a\tb", "c")
    chosen = multi.coerce(("10\u00a0km", "a\tb"), "X-1", options)
    assert multi.encode(chosen) == "10\u00a0km a\tb"
    assert multi.decode(multi.encode(chosen)) == ("10\u00a0km", "a\tb")


SWISS = NumberFormat(decimal_point=".", group_separator="\u202f")


def test_a_comma_is_no_thousands_separator_where_the_locale_groups_with_a_space():
    assert str(parse_number("1\u202f234.5", SWISS)) == "1234.5"
    assert str(parse_number("1 234.5", SWISS)) == "1234.5"
    with pytest.raises(ValueError):
        parse_number("1,234.5", SWISS)


@pytest.mark.parametrize(
    ("text", "number_format"),
    [("1.5e3", ENGLISH), (".5e3", ENGLISH), ("1,5E3", FRENCH), ("1.5_0", ENGLISH)],
)
def test_an_exponent_or_an_underscore_after_the_decimal_point_is_refused(text, number_format):
    with pytest.raises(ValueError):
        parse_number(text, number_format)


@pytest.mark.parametrize("zero", ["", "00"])
def test_a_zero_digit_that_is_not_one_character_leaves_the_digits_ascii(zero):
    odd = NumberFormat(zero_digit=zero)
    assert format_number(Decimal("-1234.5"), odd) == "-1,234.5"


def test_an_infinite_number_is_shown_as_written_not_cut_into_groups():
    assert format_number(Decimal("Infinity"), ENGLISH) == "Infinity"
    assert format_number(Decimal("-Infinity"), GERMAN) == "-Infinity"
    assert format_number(Decimal("NaN"), ARABIC) == "NaN"
