"""Damaged data opened read-only, and restoring a backup from the File menu."""

from __future__ import annotations

from decimal import Decimal

import pytest

from micdesk.core.backups import create_backup
from micdesk.core.startup import open_read_only_store
from micdesk.core.submissions import get_value, open_submission, save_profile, set_value
from micdesk.gui.actions import ActionId
from micdesk.gui.main_window import MainWindow
from micdesk.gui.settings import Settings

pytestmark = pytest.mark.gui


def test_read_only_window_says_so_and_refuses_edits_with_a_clear_message(qtbot, store):
    save_profile(store, "KEN")
    set_value(store, open_submission(store, "KEN", "2025"), "ENV-1", value=Decimal("4.5"))
    data_dir = store.data_dir
    store.close()
    reader = open_read_only_store(data_dir)
    errors: list[str] = []
    window = MainWindow(reader, Settings(data_dir), report_error=errors.append)
    qtbot.addWidget(window)
    window.show()
    window.open_submission("KEN", "2025")
    assert not window.read_only_label.isHidden()
    assert "Read-only" in window.read_only_label.text()
    assert not window.actions[ActionId.IMPORT_TEMPLATE].isEnabled()
    assert window.actions[ActionId.EXPORT].isEnabled()
    window.editing.edit_value("ENV-1", value=Decimal("5"))
    assert errors and "read-only" in errors[0]
    assert get_value(reader, window.session.submission, "ENV-1").value == Decimal("4.5")
    reader.close()


def test_restoring_a_backup_from_the_menu_asks_the_app_to_reopen_on_it(qtbot, store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    save_profile(store, "KEN")
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=3)
    create_backup(store, "manual")
    set_value(store, submission, "TEC-2", value=9)
    window = MainWindow(store, Settings(store.data_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_submission("KEN", "2025")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    dialog = window.restore_dialog
    dialog.backups.setCurrentRow(
        next(
            i
            for i in range(dialog.backups.count())
            if "made on request" in dialog.backups.item(i).text()  # reason "manual", in words
        )
    )
    assert dialog.restore_selected()
    assert window.restart_requested and not window.isVisible()
    assert get_value(store, submission, "TEC-2").value == 3
