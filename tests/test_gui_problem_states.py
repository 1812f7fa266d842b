"""Problem states in the form say what to do, once (issue 15): explained, to do, one mismatch line."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui_waits import wait_for_forms

pytestmark = pytest.mark.gui


@pytest.fixture
def open_window(qtbot, store):
    """A window on Kenya 2025, opened after the values given were stored."""
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
        wait_for_forms(qtbot, window)
        return window

    return make


def editor_of(window, code):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code)


def test_a_warning_explained_by_a_comment_reads_explained_and_loses_its_banner(
    qtbot, store, open_window
):
    from micdesk.core.submissions import open_submission, set_value

    set_value(store, open_submission(store, "KEN", "2024"), "ENV-1", value=Decimal(70))
    set_value(store, open_submission(store, "KEN", "2025"), "ENV-1", value=Decimal(65))
    window = open_window()
    env1 = editor_of(window, "ENV-1")
    assert env1.state.text() == "To explain"
    assert env1.findings.isVisibleTo(window) and "comment" in env1.findings.text()

    env1.details_button.setChecked(True)
    env1.comment.setFocus()
    qtbot.keyClicks(env1.comment, "a plant closed in March")
    qtbot.keyClick(env1.comment, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: env1.state.text() == "Explained")
    assert not env1.findings.isVisibleTo(window)
    assert window.session.state("ENV-1").comment == "a plant closed in March"


def test_an_empty_required_value_is_to_do_without_a_warning_banner(qtbot, open_window):
    window = open_window()
    tec3 = editor_of(window, "TEC-3")
    assert tec3.state.text() == "To do"
    assert not tec3.findings.isVisibleTo(window)


def test_a_breakdown_that_does_not_add_up_is_said_once_under_the_grid(qtbot, store, open_window):
    from micdesk.core.submissions import open_submission, set_value

    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "SKL-1", value=10)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=12)
    window = open_window()
    skl1 = editor_of(window, "SKL-1")
    assert skl1.state.text() == "Error"
    assert "does not match the total" in skl1.grid_status.text()
    assert not skl1.findings.isVisibleTo(window)  # not a second bar saying the same


def test_the_first_export_is_proposed_in_documents_not_the_home_folder(
    store, tmp_path, monkeypatch
):
    from PySide6.QtCore import QStandardPaths

    import micdesk.gui.dialogs.export as export_dialog
    from micdesk.gui.settings import LAST_EXPORT_DIR, Settings

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(
        export_dialog.QStandardPaths,
        "writableLocation",
        lambda where: (
            str(documents) if where == QStandardPaths.StandardLocation.DocumentsLocation else ""
        ),
    )
    settings = Settings(store.data_dir)
    assert export_dialog.default_export_folder(settings) == documents
    settings.set(LAST_EXPORT_DIR, str(tmp_path))
    assert export_dialog.default_export_folder(settings) == tmp_path  # then the last one used
