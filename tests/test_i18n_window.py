"""Switching the language of the open window: texts, numbers, direction; nothing typed is lost."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, store):
    """The shared window (conftest), Kenya's TEC-1 answered yes before it opens."""
    from micdesk.core.submissions import open_submission, set_value

    set_value(store, open_submission(store, "KEN", "2025"), "TEC-1", value=True)
    return make_window()


def editor_of(window, code):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code)


def commit_from_input_method(widget, text):
    """Type text as an input method (pinyin, Arabic or Cyrillic keyboard) commits it."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose_language(window, code):
    """Pick a language from View → Language, as the user would."""
    action = next(a for a in window.language_menu.actions() if a.data() == code)
    action.trigger()


def test_switching_language_keeps_half_typed_text_and_retranslates_the_window(qtbot, store, window):
    from micdesk.core.submissions import get_value
    from micdesk.gui.settings import LANGUAGE, Settings

    field = editor_of(window, "ENV-1")
    field.value_edit.setFocus()
    qtbot.keyClicks(field.value_edit, "1,234.5")  # not committed: no Enter, focus stays
    qtbot.keyClicks(field.comment, "figures from the ministry, to be")
    english_title = window.windowTitle()
    assert window.file_menu.title() == "&File"

    choose_language(window, "fr")

    assert field.value_edit.text() == "1\u202f234,5"  # the same number, written the French way
    assert field.comment.text() == "figures from the ministry, to be"
    assert get_value(store, window.session.submission, "ENV-1") is None  # nothing committed
    assert window.file_menu.title() == "&Fichier"
    assert window.edit_menu.title() == "É&dition"
    assert window.windowTitle() != english_title
    assert "Plan de travail" in window.windowTitle()
    assert field.value_label.text() == "Valeur :"
    assert window.completeness_label.text().startswith("1 cellules remplies sur 13")
    assert Settings(store.data_dir).get(LANGUAGE) == "fr"

    qtbot.keyClick(field.value_edit, Qt.Key.Key_Return)
    stored = get_value(store, window.session.submission, "ENV-1")
    assert stored.value == Decimal("1234.5")


def test_arabic_lays_the_window_out_right_to_left_with_the_problems_panel_on_the_left(
    qtbot, window
):
    from PySide6.QtWidgets import QApplication

    narrative = window.forms["TEC"].narrative("progress").edit
    narrative.setFocus()
    qtbot.keyClicks(narrative, "Half a sentence")

    choose_language(window, "ar")

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.dockWidgetArea(window.validation_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    QApplication.processEvents()  # the main window lays its docks out on its next turn
    assert window.validation_dock.geometry().right() < window.splitter.geometry().left()
    assert window.file_menu.title() == "&ملف"
    assert window.validation_dock.windowTitle() == "المشكلات"
    assert narrative.toPlainText() == "Half a sentence"
    assert editor_of(window, "TEC-1").value_combo.currentText() == "نعم"

    choose_language(window, "zh")

    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.dockWidgetArea(window.validation_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.file_menu.title() == "文件(&F)"
    assert editor_of(window, "TEC-1").value_combo.currentText() == "是"
    assert narrative.toPlainText() == "Half a sentence"


def test_the_language_menu_checks_the_language_in_use(window):
    choose_language(window, "ru")
    checked = [a.data() for a in window.language_menu.actions() if a.isChecked()]
    assert checked == ["ru"]
    assert window.view_menu.title() == "&Вид"


def test_template_texts_fall_back_to_the_default_language_where_a_translation_is_missing(
    qtbot, store, window
):
    from dataclasses import replace

    indicator = window.session.template.indicator("TEC-2")
    without_russian = {k: v for k, v in indicator.label.items() if k != "ru"}
    field = editor_of(window, "TEC-2")
    field.indicator = replace(indicator, label=without_russian)

    choose_language(window, "ru")

    assert field.title.text() == f"TEC-2  {indicator.label['en']}"
    assert editor_of(window, "TEC-3").title.text() == (
        f"TEC-3  {window.session.template.indicator('TEC-3').label['ru']}"
    )


def test_the_wizard_speaks_the_language_as_soon_as_it_is_picked(qtbot, store):
    from micdesk.gui.settings import Settings
    from micdesk.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(store, Settings(store.data_dir))
    qtbot.addWidget(wizard)
    combo = wizard.language_page.combo
    combo.setCurrentIndex(combo.findData("es"))
    assert wizard.windowTitle() == "Bienvenido a micdesk"
    assert wizard.language_page.label.text() == "&Idioma:"
    combo.setCurrentIndex(combo.findData("ar"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize(
    ("language", "typed"),
    [("zh", "肯尼亚"), ("ar", "كينيا"), ("ru", "Кения"), ("zh", "Kenya"), ("ar", "KEN")],
)
def test_the_wizard_finds_kenya_by_its_name_in_the_language_its_english_name_or_its_code(
    qtbot, store, language, typed
):
    from micdesk.core.countries import country_name
    from micdesk.gui.settings import Settings
    from micdesk.gui.wizard import FirstRunWizard

    wizard = FirstRunWizard(store, Settings(store.data_dir))
    qtbot.addWidget(wizard)
    combo = wizard.language_page.combo
    combo.setCurrentIndex(combo.findData(language))
    wizard.show()
    wizard.next()
    page = wizard.country_page
    page.search.setFocus()
    if typed.isascii():
        qtbot.keyClicks(page.search, typed)
    else:
        commit_from_input_method(page.search, typed)
    assert page.country() == "KEN"
    assert page.list.currentIndex().data() == f"{country_name('KEN', language)} (KEN)"
    assert country_name("KEN", language) in page.search.placeholderText()


def test_the_window_title_and_country_box_name_the_country_in_the_window_language(qtbot, window):
    choose_language(window, "zh")
    assert "肯尼亚" in window.windowTitle()
    assert window.country_combo.currentText() == "肯尼亚 (KEN)"
    choose_language(window, "ru")
    assert window.country_combo.currentText() == "Кения (KEN)"


@pytest.mark.parametrize(
    ("saved_in", "reopened_in", "side"),
    [
        ("en", "ar", Qt.DockWidgetArea.LeftDockWidgetArea),
        ("ar", "en", Qt.DockWidgetArea.RightDockWidgetArea),
        ("ar", "ar", Qt.DockWidgetArea.LeftDockWidgetArea),
    ],
)
def test_a_layout_saved_in_one_direction_reopens_mirrored_in_the_other(
    qtbot, make_window, store, saved_in, reopened_in, side
):
    """The problems panel sits at the end of a line whatever language saved the layout."""
    from PySide6.QtWidgets import QApplication

    from micdesk.gui.i18n import install_language
    from micdesk.gui.settings import Settings

    first = make_window(language=saved_in)
    first.save_layout()
    first.close()
    install_language(reopened_in)  # the language is installed before the window is built
    window = make_window(language=None, settings=Settings(store.data_dir))
    assert window.dockWidgetArea(window.validation_dock) == side
    QApplication.processEvents()
    dock, form = window.validation_dock.geometry(), window.splitter.geometry()
    if side == Qt.DockWidgetArea.LeftDockWidgetArea:
        assert dock.right() < form.left()
    else:
        assert form.right() < dock.left()
