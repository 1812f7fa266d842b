"""Keyboard mnemonics (Alt+letter) are unique within each window and menu, in every language.

A clash makes Alt+letter go to the wrong place (Alt+F opened File instead of "Follow
up"); the same mnemonic repeated on every indicator reaches none of them. The test
collects what Qt would bind in each window, each menu and each dialog, in each of the
six languages, and fails on any letter bound twice. Standard shortcuts (Ctrl+E: export)
work while the focus is in a text field.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

pytestmark = pytest.mark.gui

LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().lower()


def bound_mnemonics(top) -> dict[str, list[str]]:
    """Alt+letter → the texts that bind it among the widgets a window shows."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QWidget

    found: dict[str, list[str]] = defaultdict(list)
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        texts = []
        if (
            isinstance(widget, QLabel)
            and widget.buddy() is not None
            or isinstance(widget, QAbstractButton)
        ):
            texts.append(widget.text())
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
        for text in texts:
            key = mnemonic(text)
            if key:
                found[key].append(text)
    return found


def menu_mnemonics(menu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator():
            key = mnemonic(action.text())
            if key:
                found[key].append(action.text())
    return found


def clashes(where: str, found: dict[str, list[str]]) -> list[str]:
    return [f"{where}: {key} → {texts}" for key, texts in found.items() if len(texts) > 1]


def test_mnemonics_are_unique_in_the_window_its_menus_and_its_dialogs_in_every_language(
    qtbot, store, window
):
    from PySide6.QtWidgets import QWizard

    from micdesk.gui.actions import ActionId
    from micdesk.gui.wizard import FirstRunWizard

    problems: list[str] = []
    for language in LANGUAGES:
        window.set_language(language)
        for row in range(window.area_model.rowCount()):
            window.select_area(row)
            problems += clashes(f"{language} window, row {row}", bound_mnemonics(window))
        for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
            problems += clashes(f"{language} menu {menu.title()}", menu_mnemonics(menu))
        for action, name in (
            (ActionId.EXPORT, "export_dialog"),
            (ActionId.IMPORT_TEMPLATE, "template_import_dialog"),
            (ActionId.LOAD_SUBMISSION, "load_dialog"),
            (ActionId.SIGNING_KEYS, "signing_keys_dialog"),
            (ActionId.LOAD_REVIEW, "load_review_dialog"),
        ):
            window.actions[action].trigger()
            dialog = getattr(window, name)
            problems += clashes(f"{language} {name}", bound_mnemonics(dialog))
            dialog.close()
        window.format_action.trigger()
        problems += clashes(f"{language} format dialog", bound_mnemonics(window.format_dialog))
        window.format_dialog.close()
        wizard = FirstRunWizard(store, window.settings, ask_language=True)
        qtbot.addWidget(wizard)
        wizard.show()
        while True:
            page = wizard.currentPage()
            problems += clashes(f"{language} wizard {page.title()}", bound_mnemonics(wizard))
            if not wizard.button(QWizard.WizardButton.NextButton).isVisible():
                break
            if page is wizard.country_page:
                page.search.setText("KEN")
            wizard.next()
        wizard.close()
    assert not problems, "\n".join(problems)


def test_ctrl_e_exports_while_typing_in_a_field(qtbot, window):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QLineEdit

    class X11LineEdit(QLineEdit):
        """A line edit that claims Ctrl+E for "end of line", as it does on Linux desktops."""

        def event(self, event):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E:
                event.accept()
                return True
            return super().event(event)

    window.select_area(0)
    form = window.current_form()
    field = X11LineEdit(form)
    field.show()
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None)
    assert window.export_dialog.isVisible()


def test_undo_in_a_field_stays_the_field_s_own(qtbot, window):
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    field = next(w for w in window.current_form().findChildren(QLineEdit) if w.isVisible())
    undo = QKeyEvent(
        QKeyEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert window._shortcuts_first.eventFilter(field, undo) is False
    export = QKeyEvent(
        QKeyEvent.Type.ShortcutOverride, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
    )
    assert window._shortcuts_first.eventFilter(field, export) is True
