"""Text that is not a number is never dropped: kept in its field, listed, kept across a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def open_window(qtbot, store):
    """Open a main window on Kenya 2025 (again: a restart reads the same data folder)."""
    from micdesk.core.submissions import save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    save_profile(store, "KEN", focal_point="A. Focal")

    def make():
        window = MainWindow(store, Settings(store.data_dir), ask_reason=lambda _: "x")
        qtbot.addWidget(window)
        window.set_language("en")
        with qtbot.waitExposed(window):
            window.show()
        window.open_submission("KEN", "2025")
        qtbot.waitUntil(lambda: not window.forms_pending())
        return window

    return make


def tec3(window):
    window.select_area(0)
    return window.forms["TEC"].editor("TEC-3")


def listed(window) -> list[str]:
    view = window.validation_panel.unsaved_view
    return [view.item(i).text() for i in range(view.count())]


def test_text_that_is_not_a_number_is_listed_and_survives_a_restart(qtbot, open_window, store):
    window = open_window()
    field = tec3(window).value_edit
    field.setFocus()
    qtbot.keyClicks(field, "4O")  # a letter O typed for a zero
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.session.state("TEC-3") is None  # nothing saved
    assert field.text() == "4O"
    assert tec3(window).input_error.isVisible()
    assert listed(window) == ["Not saved in TEC-3: “4O” is not a number. Correct or clear it."]
    window.close()

    again = open_window()  # a restart on the same data folder
    editor = tec3(again)
    assert editor.value_edit.text() == "4O"
    assert "is not a number" in editor.input_error.text()
    assert len(listed(again)) == 1
    editor.value_edit.setFocus()
    editor.value_edit.selectAll()
    qtbot.keyClicks(editor.value_edit, "40")
    qtbot.keyClick(editor.value_edit, Qt.Key.Key_Return)
    assert again.session.state("TEC-3").value == 40
    assert listed(again) == []
    again.close()
    assert tec3(open_window()).value_edit.text() == "40"


def test_clicking_the_listed_text_goes_to_its_field(qtbot, open_window):
    window = open_window()
    field = tec3(window).value_edit
    field.setFocus()
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    window.select_area(2)
    view = window.validation_panel.unsaved_view
    view.itemActivated.emit(view.item(0))
    assert window.current_form() is window.forms["TEC"]
    assert field.hasFocus()
