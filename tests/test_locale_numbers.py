"""Numbers typed in each UN language's locale are stored exactly; anything else is refused."""

from __future__ import annotations

from decimal import Decimal

import pytest

pytestmark = pytest.mark.gui

SPACES = {"space": " ", "no-break space": "\u00a0", "narrow no-break space": "\u202f"}


@pytest.mark.parametrize("language", ["fr", "ru"])
@pytest.mark.parametrize("space", SPACES.values(), ids=SPACES.keys())
def test_a_space_groups_thousands_before_a_decimal_comma(qapp, language, space):
    from micdesk.gui.numbers import locale_for_language, parse_number

    number = parse_number(f"1{space}234,5", locale_for_language(language))
    assert number == Decimal("1234.5")
    assert number.as_tuple() == Decimal("1234.5").as_tuple()


@pytest.mark.parametrize(
    ("language", "typed", "exact"),
    [
        ("es", "1.234,5", "1234.5"),
        ("en", "1,234.5", "1234.5"),
        ("zh", "1,234.5", "1234.5"),
        ("ar", "١٢٣٫٥", "123.5"),
        ("ar", "١٬٢٣٤٫٥", "1234.5"),
        ("ar", "1,234.5", "1234.5"),  # Western digits, as typed in much of the Arab world
        ("ar", "\u061c-١٬٢٣٤٫٥", "-1234.5"),  # the locale's minus, with its letter mark
        ("zh", "１，２３４．５", "1234.5"),  # full-width, as a Chinese input method types
        ("fr", "1,50", "1.50"),  # the digits typed are kept
        ("fr", "0,1", "0.1"),
        ("fr", "1.5", "1.5"),  # a dot is a decimal point where it never groups
        ("en", "1,234,567.25", "1234567.25"),
        ("en", "12%", "12"),
    ],
)
def test_numbers_typed_in_each_locale_are_the_exact_decimal(qapp, language, typed, exact):
    from micdesk.gui.numbers import locale_for_language, parse_number

    number = parse_number(typed, locale_for_language(language))
    assert isinstance(number, Decimal)
    assert number.as_tuple() == Decimal(exact).as_tuple()


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("en", "1,5"),  # a decimal comma in English: not read as 15
        ("es", "1.5"),  # a dot groups thousands in Spanish: not read as 15
        ("en", "1,23,4"),
        ("fr", "12 34,5"),
        ("fr", "1 234.567,8"),
        ("en", "1.2.3"),
        ("en", "1e5"),
        ("en", "NaN"),
        ("en", "Infinity"),
        ("en", ""),
        ("en", "-"),
        ("en", "abc"),
    ],
)
def test_ambiguous_or_malformed_numbers_are_refused(qapp, language, typed):
    from micdesk.gui.numbers import locale_for_language, parse_number

    with pytest.raises(ValueError):
        parse_number(typed, locale_for_language(language))


@pytest.mark.parametrize("language", ["ar", "zh", "en", "fr", "ru", "es"])
def test_a_number_shown_in_a_locale_reads_back_exactly(qapp, language):
    from micdesk.gui.numbers import format_number, locale_for_language, parse_number

    locale = locale_for_language(language)
    for exact in ("-1234567.25", "0.125", "1000", "0.000001", "123456789012345678901234.5"):
        shown = format_number(Decimal(exact), locale)
        assert parse_number(shown, locale).as_tuple() == Decimal(exact).as_tuple()


@pytest.fixture
def window_in(qtbot, store):
    from micdesk.core.submissions import save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    save_profile(store, "KEN", focal_point="A. Focal")

    def make(language: str):
        window = MainWindow(store, Settings(store.data_dir), report_error=lambda _m: None)
        qtbot.addWidget(window)
        window.set_language(language)
        window.show()
        window.open_submission("KEN", "2025")
        return window

    return make


def editor_of(window, code):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code)


@pytest.mark.parametrize(
    ("language", "typed", "message"),
    [
        ("fr", "abc", "« abc » n’est pas un nombre. Tapez-le comme 1\u202f234,5, ou NA, NE ou C."),
        ("es", "1.5", "«1.5» no es un número. Escríbalo como 1.234,5, o NA, NE o C."),
        ("ar", "abc", "«abc» ليس رقمًا. اكتبه على هذا النحو ١٬٢٣٤٫٥، أو NA أو NE أو C."),
        ("zh", "1,5", "“1,5”不是数字。请按 1,234.5 的格式输入，或输入 NA、NE 或 C。"),
        ("ru", "x", "«x» — не число. Введите его в виде 1\u00a0234,5 или NA, NE либо C."),
    ],
)
def test_a_refused_number_is_explained_in_the_users_language_and_nothing_is_saved(
    qtbot, store, window_in, language, typed, message
):
    from PySide6.QtCore import Qt

    from micdesk.core.submissions import get_value

    window = window_in(language)
    field = editor_of(window, "ENV-1")
    field.value_edit.setFocus()
    qtbot.keyClicks(field.value_edit, typed)
    qtbot.keyClick(field.value_edit, Qt.Key.Key_Return)
    assert field.input_error.text() == message
    assert get_value(store, window.session.submission, "ENV-1") is None


def test_a_number_typed_in_arabic_is_exported_as_a_plain_number(qtbot, store, window_in, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt

    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import get_value

    window = window_in("ar")
    field = editor_of(window, "ENV-1")
    field.value_edit.setFocus()
    field.value_edit.insert("١٬٢٣٤٫٥")  # QTest types ASCII only: the input method's way in
    qtbot.keyClick(field.value_edit, Qt.Key.Key_Return)
    stored = get_value(store, window.session.submission, "ENV-1")
    assert stored.value.as_tuple() == Decimal("1234.5").as_tuple()
    assert field.value_edit.text() == "١٬٢٣٤٫٥"
    path = tmp_path / "ken.xlsx"
    export_submission(store, window.session.submission, path, language="ar")
    sheet = load_workbook(path)["Data"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(2)]
    env1 = next(r for r in rows if r["indicator_code"] == "ENV-1" and not r["disaggregation"])
    assert env1["value"] == 1234.5 and isinstance(env1["value"], float)
