"""The first-run wizard says why Next is not available and speaks the language just picked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qtbot, store):
    from micdesk.gui.i18n import install_language
    from micdesk.gui.settings import Settings
    from micdesk.gui.wizard import FirstRunWizard

    install_language("en")
    made = FirstRunWizard(store, Settings(store.data_dir))
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    return made


def test_the_buttons_speak_the_language_picked_on_the_first_page(wizard):
    next_button = QWizard.WizardButton.NextButton
    assert wizard.buttonText(next_button) == "&Next >"
    combo = wizard.language_page.combo
    combo.setCurrentIndex(combo.findData("es"))
    assert wizard.buttonText(next_button) == "&Siguiente >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Cancelar"
    combo.setCurrentIndex(combo.findData("fr"))
    assert wizard.buttonText(next_button) == "&Suivant >"


def test_a_half_typed_e_mail_says_why_next_is_disabled(qtbot, wizard):
    page = wizard.focal_point_page
    qtbot.keyClicks(page.email, "amina@")
    assert not page.isComplete()
    assert "e-mail address is not complete" in page.why.text()
    qtbot.keyClicks(page.email, "industry.go.ke")
    assert page.isComplete()
    assert page.why.text() == ""


def test_the_country_page_says_to_choose_a_country(qtbot, wizard):
    page = wizard.country_page
    qtbot.keyClicks(page.search, "zzzz")
    assert "No country matches" in page.why.text()
    page.search.clear()
    qtbot.keyClicks(page.search, "Kenya")
    assert page.isComplete()
    assert page.why.text() == ""
