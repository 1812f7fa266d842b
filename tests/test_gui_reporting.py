"""The reporting round in the window: drafts never nag, finals ask once, the status is in view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from micdesk.gui.actions import ActionId
from tests.gui_waits import wait_for_forms
from tests.window_typing import type_value

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, store, tmp_path):
    """Kenya 2025 with every indicator filled (a key where there is no figure), in a window."""
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.core.vocabulary import Notation
    from micdesk.gui.settings import LAST_EXPORT_DIR, Settings

    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=5)
    set_value(store, submission, "TEC-3", value=8)
    for indicator in submission.template.indicators:
        if indicator.code not in ("TEC-2", "TEC-3"):
            set_value(store, submission, indicator.code, notation=Notation.NOT_ESTIMATED)
    settings = Settings(store.data_dir)
    exports = tmp_path / "exports"
    exports.mkdir()
    settings.set(LAST_EXPORT_DIR, str(exports))
    asked: list[str] = []
    main = make_window(
        settings=settings, ask_reason=lambda detail: asked.append(detail) or "UNIDO query"
    )
    main.asked, main.exports = asked, exports
    return main


def export(qtbot, window, *, final: bool) -> Path:
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    if final:
        qtbot.mouseClick(dialog.final, Qt.MouseButton.LeftButton)
    path = Path(dialog.path.text())
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return path


def test_editing_after_a_draft_export_asks_no_reason(qtbot, window):
    export(qtbot, window, final=False)
    type_value(qtbot, window, "TEC-2", "6")
    type_value(qtbot, window, "TEC-3", "9")
    assert window.asked == []
    assert window.session.state("TEC-2").value == 6


def test_editing_after_a_final_export_asks_one_reason_for_the_burst(qtbot, window, store):
    from micdesk.core.submissions import value_history

    export(qtbot, window, final=True)
    type_value(qtbot, window, "TEC-2", "6")
    type_value(qtbot, window, "TEC-3", "9")
    type_value(qtbot, window, "TEC-2", "7")
    assert len(window.asked) == 1
    assert "final revision 1" in window.asked[0]
    history = value_history(store, window.session.submission, "TEC-3")
    assert history[-1].reason == "UNIDO query"
    qtbot.waitUntil(lambda: "Reason: “UNIDO query”" in window.status_line.text())


def test_export_names_say_draft_or_final_and_revision_in_the_remembered_folder(qtbot, window):
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    assert Path(dialog.path.text()) == window.exports / "KEN-2025-draft-r1.xlsx"
    qtbot.mouseClick(dialog.final, Qt.MouseButton.LeftButton)
    assert Path(dialog.path.text()) == window.exports / "KEN-2025-final-r1.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.next_step.isVisible()
    assert "KEN-2025-final-r1.xlsx" in dialog.next_step.text()
    assert str(window.exports) in dialog.next_step.text()
    assert "Send this file to UNIDO" in dialog.next_step.text()
    assert dialog.copy_path.isEnabled() and dialog.show_folder.isEnabled()
    assert not dialog.open_portal.isVisible()  # the template names no portal
    qtbot.mouseClick(dialog.copy_path, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == str(window.exports / "KEN-2025-final-r1.xlsx")
    assert Path(dialog.path.text()).name == "KEN-2025-final-r1.xlsx"  # the name stays
    dialog.draft.setFocus()
    qtbot.keyClick(dialog.draft, Qt.Key.Key_Space)  # (a click right after another is a double)
    assert Path(dialog.path.text()).name == "KEN-2025-draft-r2.xlsx"  # the next revision


def test_after_a_final_export_the_next_step_names_the_templates_portal_and_opens_it_on_request(
    qtbot, window, store, tmp_path, monkeypatch
):
    import dataclasses

    from PySide6.QtGui import QDesktopServices

    from micdesk.core.template_sheets import load_default_template
    from micdesk.core.template_update import apply_template_import, preview_template_import
    from micdesk.core.template_workbook import write_template_workbook

    portal = "https://portal.unido.org/mic/upload"
    default = load_default_template()
    update = dataclasses.replace(default, version=default.version + 1, portal=portal)
    write_template_workbook(update, tmp_path / "v2.xlsx")
    apply_template_import(store, preview_template_import(store, tmp_path / "v2.xlsx"))
    window.open_submission("KEN", "2025")
    wait_for_forms(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))

    path = export(qtbot, window, final=True)
    dialog = window.export_dialog
    assert dialog.next_step.textFormat() == Qt.TextFormat.PlainText
    assert f"Upload this file to \u2066{portal}\u2069, as it is" in dialog.next_step.text()
    assert path.name in dialog.next_step.text()
    assert opened == []  # nothing is opened without being asked
    assert dialog.open_portal.isVisible()
    qtbot.mouseClick(dialog.open_portal, Qt.MouseButton.LeftButton)
    assert opened == [portal]


def test_export_over_an_existing_file_asks_first_and_a_no_writes_nothing(qtbot, window):
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    target = Path(dialog.path.text())
    target.write_bytes(b"a colleague's copy")
    asked: list[Path] = []
    dialog.confirm_overwrite = lambda path: asked.append(path) or False
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [target]
    assert target.read_bytes() == b"a colleague's copy"
    assert dialog.result is None


def test_status_is_shown_and_follows_edits_and_exports(qtbot, window):
    line = window.status_line
    assert line.isVisible()
    assert "Not exported yet" in line.text()
    export(qtbot, window, final=False)
    qtbot.waitUntil(lambda: "Draft r1" in line.text())
    assert "no change since" in line.text()
    type_value(qtbot, window, "TEC-2", "6")
    qtbot.waitUntil(lambda: "1 change since" in line.text())
    type_value(qtbot, window, "TEC-3", "9")
    qtbot.waitUntil(lambda: "2 changes since" in line.text())
    export(qtbot, window, final=True)
    qtbot.waitUntil(lambda: "Final r2" in line.text())
    assert "no change since" in line.text()


def test_a_new_form_is_calm_and_problems_read_as_plain_counts(qtbot, store, window):
    from micdesk.core.submissions import open_submission

    window.open_submission("KEN", "2024")  # nothing entered
    qtbot.waitUntil(lambda: "to fill" in window.status_line.text())
    text = window.status_line.text()
    assert "error" not in text and "warning" not in text
    assert open_submission(store, "KEN", "2024").period == "2024"


def test_the_reason_can_be_reworded_from_the_status_line(qtbot, window, store):
    from micdesk.core.submissions import value_history

    export(qtbot, window, final=True)
    type_value(qtbot, window, "TEC-2", "6")
    qtbot.waitUntil(lambda: window.status_line.reword.isVisible())
    window.asked.clear()
    window._ask_reason = lambda detail: window.asked.append(detail) or "figure revised by NSO"
    qtbot.mouseClick(window.status_line.reword, Qt.MouseButton.LeftButton)
    assert "UNIDO query" in window.asked[0]
    assert value_history(store, window.session.submission, "TEC-2")[-1].reason == (
        "figure revised by NSO"
    )
    assert "figure revised by NSO" in window.status_line.text()
