"""One format locale writes every number and date the window shows, apart from the language.

An Arabic interface writes Arabic-Indic digits by default; a Moroccan user chooses
Morocco's format (Latin digits) and every number, the export dialog's and the
narrative counter's included, follows; what is stored does not change.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

pytestmark = pytest.mark.gui

ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


@pytest.fixture
def window(make_window, store):
    """The shared window (conftest) in Arabic, on a number, a whole number and a narrative."""
    from micdesk.core.submissions import open_submission, set_narrative, set_value
    from micdesk.core.vocabulary import NarrativeField

    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "ENV-1", value=Decimal("1234.5"))
    set_value(store, submission, "TEC-2", value=12)
    set_narrative(store, submission, "ENV", NarrativeField.PROGRESS, "Two plants switched fuel.")
    return make_window(language="ar")


def shown_texts(top) -> list[str]:
    """Every text a widget tree shows: labels, fields, buttons, titles, list rows and tips."""
    from PySide6.QtCore import QAbstractListModel
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QWidget,
    )

    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    index = model.index(row, column, root)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            texts.append(value)
        texts.append(widget.toolTip())
    return [text for text in texts if text]


def with_arabic_digits(texts: list[str]) -> list[str]:
    return [text for text in texts if ARABIC_INDIC.search(text)]


def test_a_format_locale_override_changes_the_digits_of_every_number_the_window_shows(
    qtbot, store, window
):
    from micdesk.core.submissions import get_value
    from micdesk.gui.actions import ActionId
    from micdesk.gui.settings import FORMAT_LOCALE, Settings

    window.select_area(window.area_model.row_of("ENV"))
    window.actions[ActionId.EXPORT].trigger()
    export = window.export_dialog
    counter = window.forms["ENV"].narrative("progress").counter
    # Arabic by default: Arabic-Indic digits, in the window and in the export dialog.
    assert ARABIC_INDIC.search(window.completeness_label.text())
    assert ARABIC_INDIC.search(export.summary.text())
    assert ARABIC_INDIC.search(counter.text())
    assert ARABIC_INDIC.search(window.forms["ENV"].editor("ENV-1").value_edit.text())

    window.view_menu.actions()  # the choice is in the View menu
    window.format_action.trigger()
    dialog = window.format_dialog
    dialog.combo.setCurrentIndex(dialog.combo.findData("ar_MA"))
    assert not ARABIC_INDIC.search(dialog.preview.text())
    dialog.accept()

    assert window.language == "ar"  # the language stays
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert Settings(store.data_dir).get(FORMAT_LOCALE) == "ar_MA"
    for top in (window, export):
        assert with_arabic_digits(shown_texts(top)) == []
    assert window.forms["ENV"].editor("ENV-1").value_edit.text() == "1.234,5"
    assert re.search(r"\b12\b", window.forms["TEC"].editor("TEC-2").value_edit.text())
    assert counter.text().startswith("25 / 4.000")
    assert re.search("[0-9]", export.summary.text())
    # Stored values stay exact and locale-free.
    assert get_value(store, window.session.submission, "ENV-1").value == Decimal("1234.5")


def test_a_spanish_interface_can_write_numbers_the_mexican_way(qtbot, window):
    window.set_language("es")
    editor = window.forms["ENV"].editor("ENV-1")
    assert editor.value_edit.text() == "1.234,5"  # Spain
    window.set_format_locale("es_MX")
    assert editor.value_edit.text() == "1,234.5"
    assert window.file_menu.title() == "&Archivo"


def test_the_format_locale_is_read_back_from_the_settings_at_start(qtbot, store, window):
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.numbers import chosen_format_locale
    from micdesk.gui.settings import Settings

    window.set_format_locale("ar_DZ")
    window.close()
    again = MainWindow(store, Settings(store.data_dir), report_error=lambda _m: None)
    qtbot.addWidget(again)
    assert chosen_format_locale() == "ar_DZ"
    assert again.locale.name() == "ar_DZ"


def test_dates_are_written_with_four_digit_years_in_every_language():
    from micdesk.gui.numbers import format_date, format_datetime

    for name in ("en_US", "fr", "es", "ru", "zh_CN", "ar_MA"):
        locale = QLocale(name)
        assert "2026" in format_date(date(2026, 11, 30), locale), name
        assert "2026" in format_datetime(datetime(2026, 11, 30, 9, 5, tzinfo=UTC), locale)
    assert format_date(date(2026, 11, 30), QLocale("en_US")) == "11/30/2026"


def test_sizes_are_written_in_words_with_the_locale_digits(qapp):
    from micdesk.gui.numbers import format_size

    assert format_size(512, QLocale("en")) == "512 bytes"
    assert format_size(1536, QLocale("en")) == "1.5 KB"
    assert format_size(1536 * 1024, QLocale("fr")) == "1,5 MB"
    assert "KiB" not in format_size(20_000, QLocale("ar"))
    assert ARABIC_INDIC.search(format_size(20_000, QLocale("ar")))


@pytest.mark.parametrize("text", ["Infinity", "-Infinity", "NaN"])
def test_a_value_seen_that_is_no_finite_number_is_shown_as_written_in_every_locale(text):
    # A review file's value_seen comes from outside: it is never cut into digit groups.
    from micdesk.gui.query_box import shown_value

    for name in ("en_US", "de_DE", "ar_EG", "zh_CN"):
        assert shown_value(text, True, QLocale(name)) == text
