"""Value parsing and the exact stored text of every kind (micdesk/core/values.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from micdesk.core.kinds import NumberFormat
from micdesk.core.values import (
    ValueRefused,
    as_number,
    canonical_decimal,
    cell_refusal,
    choice_values,
    coerce_value,
    decode_value,
    encode_value,
    history_text,
    parse_notation,
    parse_value_text,
)
from micdesk.core.vocabulary import IndicatorKind, Notation, Periodicity
from micdesk.core.workplan import ChoiceOption, IndicatorDefinition, WorkPlanArea, WorkPlanTemplate

LEVELS = (ChoiceOption("low"), ChoiceOption("mid"), ChoiceOption("high"))


def indicator_of(kind: IndicatorKind) -> IndicatorDefinition:
    """An indicator of this kind (choice kinds take the list low, mid, high)."""
    choices = "levels" if kind in (IndicatorKind.CHOICE, IndicatorKind.MULTI_CHOICE) else None
    return IndicatorDefinition(
        code="X-1", area="A", order=1, label={"en": "X"}, kind=kind, choice_list=choices
    )


TEMPLATE = WorkPlanTemplate(
    template_id="values",
    version=1,
    title={"en": "Values"},
    default_language="en",
    periodicity=Periodicity.ANNUAL,
    areas=(WorkPlanArea(code="A", order=1, title={"en": "Area"}),),
    indicators=tuple(indicator_of(kind) for kind in IndicatorKind),
    choice_lists={"levels": LEVELS},
)


def coerce(kind: IndicatorKind, value):
    return coerce_value(TEMPLATE, indicator_of(kind), value)


def parse(kind: IndicatorKind, text: str):
    return parse_value_text(TEMPLATE, indicator_of(kind), text)


def refusal_key(function, *arguments) -> str:
    with pytest.raises(ValueRefused) as refused:
        function(*arguments)
    return refused.value.key


@pytest.mark.parametrize(
    ("number", "text"),
    [
        ("1.50", "1.5"),
        ("1.0", "1"),
        ("100", "100"),
        ("1E+3", "1000"),
        ("1E-7", "0.0000001"),
        ("-0", "0"),
        ("-0.00", "0"),
        ("0.000", "0"),
        ("-2.50", "-2.5"),
        ("10.010", "10.01"),
    ],
)
def test_canonical_decimal_has_no_exponent_no_trailing_zeros_and_no_negative_zero(number, text):
    assert canonical_decimal(Decimal(number)) == text


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "sNaN"])
def test_canonical_decimal_refuses_what_is_not_a_finite_number(number):
    assert refusal_key(canonical_decimal, Decimal(number)) == "not_finite"


@given(st.decimals(allow_nan=False, allow_infinity=False, places=8))
def test_canonical_text_reads_back_as_the_same_number(number):
    text = canonical_decimal(number)
    assert Decimal(text) == number and "E" not in text.upper()
    assert not ("." in text and text.endswith("0"))


def test_an_integer_indicator_takes_whole_numbers_only():
    assert coerce(IndicatorKind.INTEGER, 7) == 7
    assert coerce(IndicatorKind.INTEGER, Decimal("7.000")) == 7
    assert type(coerce(IndicatorKind.INTEGER, Decimal("7"))) is int
    for refused in (Decimal("7.5"), Decimal("NaN"), True, "7", 7.0, None):
        assert refusal_key(coerce, IndicatorKind.INTEGER, refused) == "whole_number"


@pytest.mark.parametrize("kind", [IndicatorKind.DECIMAL, IndicatorKind.PERCENT])
def test_a_decimal_or_percent_indicator_takes_finite_numbers_kept_exactly(kind):
    assert coerce(kind, 3) == Decimal(3)
    assert str(coerce(kind, Decimal("0.10"))) == "0.1"
    assert coerce(kind, Decimal("12345678901234567890.123456789")) == Decimal(
        "12345678901234567890.123456789"
    )
    for refused in (True, "1.5", 1.5, None):
        assert refusal_key(coerce, kind, refused) == "number"
    assert refusal_key(coerce, kind, Decimal("Infinity")) == "finite_number"


def test_yes_no_and_text_take_only_their_own_types():
    assert coerce(IndicatorKind.YES_NO, False) is False
    assert refusal_key(coerce, IndicatorKind.YES_NO, 1) == "yes_no"
    assert refusal_key(coerce, IndicatorKind.YES_NO, "yes") == "yes_no"
    assert coerce(IndicatorKind.TEXT, "") == ""
    assert refusal_key(coerce, IndicatorKind.TEXT, 5) == "text"


def test_a_choice_is_one_of_its_list():
    assert coerce(IndicatorKind.CHOICE, "mid") == "mid"
    assert refusal_key(coerce, IndicatorKind.CHOICE, "medium") == "one_of"
    assert refusal_key(coerce, IndicatorKind.CHOICE, ("mid",)) == "one_of"


def test_a_multi_choice_keeps_the_lists_order_without_repeats():
    assert coerce(IndicatorKind.MULTI_CHOICE, ("high", "low", "high")) == ("low", "high")
    assert coerce(IndicatorKind.MULTI_CHOICE, "high  low") == ("low", "high")
    assert coerce(IndicatorKind.MULTI_CHOICE, ["mid"]) == ("mid",)
    assert coerce(IndicatorKind.MULTI_CHOICE, ()) == ()
    assert refusal_key(coerce, IndicatorKind.MULTI_CHOICE, ("low", "medium")) == "some_of"
    assert refusal_key(coerce, IndicatorKind.MULTI_CHOICE, 3) == "some_of"


@pytest.mark.parametrize(
    ("kind", "value", "text"),
    [
        (IndicatorKind.INTEGER, 42, "42"),
        (IndicatorKind.DECIMAL, Decimal("2.50"), "2.5"),
        (IndicatorKind.PERCENT, Decimal("100"), "100"),
        (IndicatorKind.YES_NO, True, "yes"),
        (IndicatorKind.YES_NO, False, "no"),
        (IndicatorKind.TEXT, "a  b", "a  b"),
        (IndicatorKind.CHOICE, "mid", "mid"),
        (IndicatorKind.MULTI_CHOICE, ("low", "high"), "low high"),
        (IndicatorKind.MULTI_CHOICE, (), ""),
    ],
)
def test_every_kind_is_stored_as_one_text_that_decodes_to_the_same_value(kind, value, text):
    assert encode_value(kind, value) == text
    decoded = decode_value(kind, text)
    assert decoded == value and type(decoded) is type(value)


@pytest.mark.parametrize(
    ("kind", "text", "value"),
    [
        (IndicatorKind.INTEGER, " 1 234 ", 1234),
        (IndicatorKind.DECIMAL, "0.50", Decimal("0.5")),
        (IndicatorKind.PERCENT, "-3", Decimal(-3)),
        (IndicatorKind.YES_NO, "Yes", True),
        (IndicatorKind.YES_NO, "TRUE", True),
        (IndicatorKind.YES_NO, "1", True),
        (IndicatorKind.YES_NO, " no ", False),
        (IndicatorKind.YES_NO, "false", False),
        (IndicatorKind.YES_NO, "0", False),
        (IndicatorKind.TEXT, "  padded  ", "padded"),
        (IndicatorKind.CHOICE, "high", "high"),
        (IndicatorKind.MULTI_CHOICE, "mid low", ("low", "mid")),
    ],
)
def test_typed_text_is_parsed_in_plain_c_locale(kind, text, value):
    parsed = parse(kind, text)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize(
    ("kind", "text", "key"),
    [
        (IndicatorKind.INTEGER, "12a", "not_a_number"),
        (IndicatorKind.INTEGER, "1.5", "whole_number"),
        (IndicatorKind.DECIMAL, "", "not_a_number"),
        (IndicatorKind.DECIMAL, "1,5", "not_a_number"),
        (IndicatorKind.PERCENT, "inf", "finite_number"),
        (IndicatorKind.YES_NO, "maybe", "not_yes_no"),
        (IndicatorKind.CHOICE, "medium", "one_of"),
    ],
)
def test_text_that_does_not_fit_the_kind_is_refused_with_its_reason(kind, text, key):
    assert refusal_key(parse, kind, text) == key


def test_only_numeric_kinds_have_a_number():
    assert as_number(IndicatorKind.INTEGER, 3) == Decimal(3)
    assert as_number(IndicatorKind.PERCENT, Decimal("0.5")) == Decimal("0.5")
    assert as_number(IndicatorKind.DECIMAL, None) is None
    assert as_number(IndicatorKind.TEXT, "3") is None
    assert as_number(IndicatorKind.YES_NO, True) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [("NA", Notation.NOT_APPLICABLE), (" ne ", Notation.NOT_ESTIMATED), ("c", Notation.CONFIDENTIAL),
     ("N/A", None), ("", None), (None, None), ("0", None)],
)  # fmt: skip
def test_a_notation_key_is_read_from_text_without_regard_to_case_or_spaces(text, key):
    assert parse_notation(text) == key


def test_a_value_for_an_indicator_the_template_lacks_is_refused_naming_template_and_version():
    refusal = cell_refusal(TEMPLATE, "Z-9", "")
    assert refusal is not None
    assert str(refusal) == "indicator Z-9 is not in template values version 1"
    assert refusal.key == "unknown_indicator"
    assert refusal.params == {"code": "Z-9", "template": "values", "version": "1"}


def test_a_value_for_a_breakdown_cell_the_indicator_lacks_is_refused_naming_the_cell():
    refusal = cell_refusal(TEMPLATE, "X-1", "female")
    assert refusal is not None
    assert str(refusal) == "indicator X-1 has no breakdown cell 'female'"
    assert refusal.key == "unknown_cell"
    assert refusal.params == {"code": "X-1", "cell": "female"}


def test_the_total_cell_of_a_known_indicator_is_no_refusal():
    assert cell_refusal(TEMPLATE, "X-1", "") is None


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, None), (True, "yes"), (False, "no"), (0, "0"), (Decimal("1.5"), "1.5"), ("", "")],
)
def test_history_keeps_a_flag_as_yes_or_no_and_anything_else_as_its_text(value, text):
    assert history_text(value) == text


def test_only_choice_kinds_offer_the_values_of_their_list():
    for kind in IndicatorKind:
        offered = choice_values(TEMPLATE, indicator_of(kind))
        wanted = (
            ("low", "mid", "high")
            if kind in (IndicatorKind.CHOICE, IndicatorKind.MULTI_CHOICE)
            else ()
        )
        assert offered == wanted, kind


@pytest.mark.parametrize(
    ("function", "argument"),
    [(coerce_value, 1.5), (parse_value_text, "12a")],
    ids=["coerce", "parse"],
)
def test_a_refusal_names_the_indicator_it_is_about(function, argument):
    with pytest.raises(ValueRefused) as refused:
        function(TEMPLATE, indicator_of(IndicatorKind.INTEGER), argument)
    assert str(refused.value).startswith(("X-1 ", "X-1:"))
    assert refused.value.params["code"] == "X-1"


def test_typed_text_is_read_in_the_locale_it_was_typed_in():
    french = NumberFormat(decimal_point=",", group_separator="\u202f")
    decimal = indicator_of(IndicatorKind.DECIMAL)
    assert parse_value_text(TEMPLATE, decimal, "1\u202f234,5", number_format=french) == Decimal(
        "1234.5"
    )
    with pytest.raises(ValueRefused):
        parse_value_text(TEMPLATE, decimal, "1\u202f234,5")  # not plain text


def test_strict_reading_passes_through_to_the_kind():
    flag = indicator_of(IndicatorKind.YES_NO)
    assert parse_value_text(TEMPLATE, flag, "TRUE") is True  # typed by a person
    with pytest.raises(ValueRefused):
        parse_value_text(TEMPLATE, flag, "TRUE", strict=True)  # a file holds yes / no
    assert parse_value_text(TEMPLATE, flag, "yes", strict=True) is True
