"""Pseudo-localisation: with every translation bracketed and 40 % longer, nothing is English
and no label is cut, in the main window, the wizard and every dialog.

A text shown outside the brackets did not go through Qt's translation (a hard-coded
English string); a label or button narrower than its text is clipped in a longer language.
Texts from the template, the user and CLDR are data and are not translated by micdesk.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.pseudo_translation import CLOSE, OPEN, PseudoTranslator

pytestmark = pytest.mark.gui

BRACKETED = re.compile(re.escape(OPEN) + ".*?" + re.escape(CLOSE), re.S)
WORD = re.compile(r"[A-Za-z]{3,}")


def data_words(value, found: set[str]) -> set[str]:
    """Every word of the template's texts, in any language (they are data, not the UI's)."""
    if isinstance(value, str):
        found.update(WORD.findall(value))
    elif isinstance(value, dict):
        for item in value.values():
            data_words(item, found)
    elif isinstance(value, list | tuple):
        for item in value:
            data_words(item, found)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            data_words(getattr(value, field.name), found)
    return found


def visible_texts(top) -> list[tuple[str, str]]:
    """(where, text) of every text the window shows: labels, buttons, menus, headers, rows."""
    from PySide6.QtCore import QAbstractListModel
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QMenuBar,
        QWidget,
    )

    texts = [("title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top) and not isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        elif isinstance(widget, QLineEdit):
            texts.append((name, widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        elif isinstance(widget, QComboBox) and widget.objectName() != "format-locale-combo":
            # (the format locales are listed by their own native names: data)
            texts.extend((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar | QMenu):
            texts.extend((name, action.text()) for action in widget.actions())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    texts.append((name + " header", header))
                for row in range(min(model.rowCount(), 50)):
                    shown = model.index(row, column).data()
                    if isinstance(shown, str):
                        texts.append((name + " row", shown))
        if widget.toolTip():
            texts.append((name + " tip", widget.toolTip()))
    return [(where, text) for where, text in texts if text]


def english_outside_brackets(texts, allowed: set[str]) -> list[str]:
    found = []
    for where, text in texts:
        outside = BRACKETED.sub(" ", text)
        words = [w for w in WORD.findall(re.sub(r"<[^>]*>", " ", outside)) if w not in allowed]
        if words:
            found.append(f"{where}: {text!r}")
    return found


def clipped(top) -> list[str]:
    """Labels and buttons narrower than their text (word-wrapped labels grow instead)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.width() + 1 < widget.sizeHint().width():
                found.append(f"label {widget.text()!r}: {widget.width()} < {widget.sizeHint()}")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() + 1 < widget.sizeHint().width()
        ):
            found.append(f"button {widget.text()!r}: {widget.width()} < {widget.sizeHint()}")
    return found


@pytest.fixture
def pseudo_language(qapp):
    from micdesk.gui import i18n

    i18n.reset_language()
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    i18n.reset_language()


@pytest.fixture
def window(qtbot, make_window, store, pseudo_language):
    """The shared window (conftest) at 1366×768 in the pseudo language, with figures to show."""
    from micdesk.core.submissions import open_submission, save_profile, set_value

    save_profile(store, "KEN", focal_point="Amina Wanjiru", institution="Ministry of Industry")
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=12, comment="survey", source="MoI")
    set_value(store, submission, "ENV-1", value=Decimal("-1"))
    main = make_window(language=None)  # the pseudo translator stays on top
    # The offscreen screen is 800×600 and the window fits itself to it once shown: look at
    # it at the size micdesk is designed for.
    main.resize(1366, 768)
    qtbot.waitUntil(lambda: main.width() == 1366)
    return main


def allowed_words(window) -> set[str]:
    from micdesk.core.countries import country_names
    from micdesk.gui.i18n import LANGUAGE_NAMES

    allowed = data_words(window.session.template, set())
    allowed |= {"KEN", "Kenya", "Amina", "Wanjiru", "Ministry", "Industry", "survey", "MoI"}
    for code, name in country_names("en").items():  # CLDR's names: data
        allowed |= {code, *WORD.findall(name)}
    allowed |= {"micdesk", "xlsx", "KEN"}  # the program's name, file names
    for name in LANGUAGE_NAMES.values():  # each language is named in itself, never translated
        allowed |= set(WORD.findall(name))
    return allowed


def test_every_visible_text_is_translated_and_none_is_clipped(qtbot, store, window):
    from micdesk.gui.actions import ActionId
    from micdesk.gui.wizard import FirstRunWizard

    allowed = allowed_words(window)
    allowed |= {w for w in WORD.findall(str(store.data_dir))}
    problems: list[str] = []

    def look(top, where: str) -> None:
        qtbot.wait(10)
        problems.extend(
            f"{where}: English {t}" for t in english_outside_brackets(visible_texts(top), allowed)
        )
        problems.extend(f"{where}: clipped {c}" for c in clipped(top))

    for row in range(window.area_model.rowCount()):
        window.select_area(row)
        look(window, f"main window, row {row}")
    dialogs = [
        (ActionId.EXPORT, "export_dialog"),
        (ActionId.IMPORT_TEMPLATE, "template_import_dialog"),
        (ActionId.LOAD_SUBMISSION, "load_dialog"),
        (ActionId.ABOUT, "about_dialog"),
        (ActionId.SIGNING_KEYS, "signing_keys_dialog"),
        (ActionId.LOAD_REVIEW, "load_review_dialog"),
    ]
    for action, name in dialogs:
        window.actions[action].trigger()
        dialog = getattr(window, name)
        # allowed: the path the export dialog proposes (a file name, not a text)
        look(dialog, name)
        dialog.close()
    for trigger, name in (
        (window.format_action, "format_dialog"),
        (window.guide_action, "guide_dialog"),
    ):
        trigger.trigger()
        look(getattr(window, name), name)
        getattr(window, name).close()
    window.show_history("TEC-2", "")
    look(window.history_dialog, "history")
    window.history_dialog.close()

    wizard = FirstRunWizard(store, window.settings, ask_language=True)
    qtbot.addWidget(wizard)
    wizard.show()
    for _page in range(4):
        look(wizard, f"wizard page {wizard.currentId()}")
        if wizard.currentPage() is wizard.country_page:
            wizard.country_page.search.setText("KEN")
        wizard.next()
    wizard.close()
    assert not problems, "\n".join(problems)
