"""Indicator kinds live behind one protocol: a new kind works in the store, the export and the window."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from micdesk.core.kinds import (
    PLAIN,
    IndicatorValueType,
    NumberFormat,
    ValueRefused,
    kind_names,
    kind_of,
    register,
    unregister,
)
from micdesk.core.kinds.integer import IntegerKind
from micdesk.core.vocabulary import IndicatorKind


class StarsKind(IntegerKind):
    """A toy kind: a rating of one to five stars."""

    name = "stars"

    def coerce(self, value, code, choices=()) -> IndicatorValueType:
        number = super().coerce(value, code, choices)
        if not 1 <= number <= 5:  # type: ignore[operator]
            raise ValueRefused(f"{code} takes 1 to 5 stars, not {number}", "stars", {"code": code})
        return number


@pytest.fixture
def stars():
    kind = register(StarsKind())
    yield kind
    unregister(kind.name)


@pytest.fixture
def starred(store, stars):
    """The default template's next version with a 'stars' indicator in its first row."""
    from micdesk.core.template_store import install_template
    from micdesk.core.workplan import IndicatorDefinition

    with store.transaction() as session:
        from micdesk.core.template_store import load_template

        template = load_template(session, "unido-mic-workplan")
        area = template.areas[0].code
        rating = IndicatorDefinition(
            code="STAR-1", area=area, order=0, label={"en": "Satisfaction"}, kind="stars"
        )
        starred = dataclasses.replace(
            template, version=template.version + 1, indicators=(rating, *template.indicators)
        )
        install_template(session, starred)
    return starred


def test_every_built_in_kind_is_registered_under_its_template_word():
    assert set(kind_names()) >= {kind.value for kind in IndicatorKind}
    for word in IndicatorKind:
        assert kind_of(word) == word and kind_of(word.value) is kind_of(word)


def test_a_new_kind_works_in_the_store_the_export_and_the_window(
    qtbot, store, starred, stars, tmp_path
):
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import get_value, open_submission, set_value

    submission = open_submission(store, "KEN", "2025")
    assert submission.template.indicator("STAR-1").kind is stars

    # The store keeps it through the kind's rules.
    set_value(store, submission, "STAR-1", value=4)
    assert get_value(store, submission, "STAR-1").value == 4
    with pytest.raises(ValueRefused, match="1 to 5 stars"):
        set_value(store, submission, "STAR-1", value=9)

    # The export writes it as a number of its kind.
    result = export_submission(store, submission, tmp_path / "out.xlsx")
    sheet = load_workbook(result.path, read_only=True)["Data"]
    rows = [row for row in sheet.iter_rows(values_only=True) if row[1] == "STAR-1"]
    assert [(row[4], row[5]) for row in rows] == [("stars", 4)]

    # The window builds its field from the kind: typed text, read and checked as it is typed.
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    window = MainWindow(store, Settings(store.data_dir), report_error=lambda _m: None)
    qtbot.addWidget(window)
    window.open_submission("KEN", "2025")
    editor = window.form(starred.areas[0].code).editor("STAR-1")
    assert editor.value_edit is not None and editor.value_edit.text() == "4"
    editor.value_edit.setText("5")
    editor.value_edit.editingFinished.emit()
    assert get_value(store, submission, "STAR-1").value == 5
    editor.value_edit.setText("7")
    editor.value_edit.editingFinished.emit()
    assert get_value(store, submission, "STAR-1").value == 5
    assert editor.input_error.text()  # one line saying why


@pytest.mark.parametrize(
    ("kind", "text", "number_format", "expected"),
    [
        ("integer", "1 234", NumberFormat(group_separator="\u202f", decimal_point=","), 1234),
        (
            "decimal",
            "1.234,5",
            NumberFormat(group_separator=".", decimal_point=","),
            Decimal("1234.5"),
        ),
        (
            "percent",
            "12,5 %",
            NumberFormat(group_separator="\u202f", decimal_point=","),
            Decimal("12.5"),
        ),
        ("decimal", "1e3", PLAIN, Decimal("1000")),
        ("yes_no", " Yes ", PLAIN, True),
        ("text", " as typed ", PLAIN, "as typed"),
    ],
)
def test_one_parser_reads_typed_text_in_a_locale(kind, text, number_format, expected):
    assert kind_of(kind).parse(text, "X-1", number_format=number_format) == expected


@pytest.mark.parametrize(("kind", "text"), [("integer", "1 234"), ("yes_no", "true")])
def test_strict_reading_takes_only_what_a_file_holds(kind, text):
    assert kind_of(kind).parse(text, "X-1") is not None  # typed by a person: read
    with pytest.raises(ValueRefused):
        kind_of(kind).parse(text, "X-1", strict=True)


# How the six UN languages' usual locales write numbers (as QLocale gives them).
NUMBER_FORMATS = {
    "en": NumberFormat(decimal_point=".", group_separator=","),
    "zh": NumberFormat(decimal_point=".", group_separator=","),
    "fr": NumberFormat(decimal_point=",", group_separator="\u202f"),
    "es": NumberFormat(decimal_point=",", group_separator="."),
    "ru": NumberFormat(decimal_point=",", group_separator="\u00a0"),
    "ar": NumberFormat(
        decimal_point="\u066b",
        group_separator="\u066c",
        zero_digit="\u0660",
        negative_sign="\u061c-",
    ),
}
finite_decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=6, allow_nan=False
)


@settings(max_examples=200)
@given(number=finite_decimals, language=st.sampled_from(sorted(NUMBER_FORMATS)))
def test_a_number_shown_in_any_locale_reads_back_as_the_same_number(number, language):
    from micdesk.core.kinds.number_text import format_number

    number_format = NUMBER_FORMATS[language]
    shown = format_number(number, number_format)
    assert kind_of("decimal").parse(shown, "X-1", number_format=number_format) == number


@given(number=st.integers(min_value=-(10**15), max_value=10**15))
def test_a_whole_number_typed_in_any_locale_is_an_integer(number):
    from micdesk.core.kinds.number_text import format_number

    for number_format in NUMBER_FORMATS.values():
        shown = format_number(number, number_format)
        assert kind_of("integer").parse(shown, "X-1", number_format=number_format) == number


@given(
    value=st.one_of(
        st.tuples(st.just("integer"), st.integers(min_value=-(10**18), max_value=10**18)),
        st.tuples(st.just("decimal"), finite_decimals),
        st.tuples(st.just("percent"), finite_decimals),
        st.tuples(st.just("text"), st.text(min_size=1)),
        st.tuples(st.just("yes_no"), st.booleans()),
    )
)
def test_what_a_kind_stores_reads_back_strictly_as_the_same_value(value):
    name, python_value = value
    kind = kind_of(name)
    coerced = kind.coerce(python_value, "X-1")
    stored = kind.encode(coerced)
    assert kind.decode(stored) == coerced
    if name != "text":  # text is stored as typed, spaces and all
        assert kind.parse(stored, "X-1", strict=True) == coerced
