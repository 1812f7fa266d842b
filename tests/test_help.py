"""Help → User guide: a short guide in the six languages, shipped in the package, offline."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui

# A phrase of each language's guide (its heading on notation keys).
HEADINGS = {
    "ar": "NA وNE وC",
    "zh": "没有数字时",
    "en": "When there is no figure",
    "fr": "Quand il n’y a pas de chiffre",
    "ru": "Когда цифры нет",
    "es": "Cuando no hay cifra",
}


def test_every_language_has_a_guide_in_the_package_explaining_a_round_and_the_keys():
    from micdesk.gui.dialogs.guide import guide_path

    for language, heading in HEADINGS.items():
        path = guide_path(language)
        assert path.name == f"guide_{language}.html"
        text = path.read_text(encoding="utf-8")
        assert heading in text
        for key in ("NA", "NE", "C", "DRAFT", "F8"):
            assert key in text, (language, key)
        assert "http" not in text  # offline: nothing to fetch


def test_help_opens_the_guide_in_the_window_language_and_follows_a_switch(qtbot, window):
    window.set_language("ru")
    assert window.guide_action.text() == "&Руководство пользователя"
    window.guide_action.trigger()
    guide = window.guide_dialog
    assert HEADINGS["ru"] in guide.browser.toPlainText()
    window.set_language("zh")
    assert HEADINGS["zh"] in guide.browser.toPlainText()
    assert guide.windowTitle() == "micdesk 用户指南"


def test_the_key_box_says_what_na_ne_and_c_mean_on_whats_this(qtbot, window):
    window.set_language("fr")
    form = window.current_form()
    editor = next(iter(form.built_editors()))
    text = editor.notation.whatsThis()
    assert "NA — sans objet" in text and "NE — non estimé" in text and "C — confidentiel" in text
    assert window.whats_this_action in window.help_menu.actions()
