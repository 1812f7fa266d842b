"""One running micdesk per data folder, and the way out when the store is damaged."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import micdesk.gui.startup_dialogs as startup_dialogs
from micdesk.core.backups import create_backup, list_backups
from micdesk.core.startup import LOCK_FILENAME, is_read_only
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import get_value, open_submission, set_narrative, set_value
from micdesk.gui.instance_lock import InstanceLock
from micdesk.gui.startup_dialogs import (
    DamagedStoreChoice,
    DamagedStoreDialog,
    RestoreBackupDialog,
    close_session_store,
    open_store_for_session,
)

pytestmark = pytest.mark.gui

HOLD_LOCK = """
import sys, time
from pathlib import Path
from micdesk.gui.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
time.sleep(120)
"""


def _child_holding_the_lock(data_dir: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "locked"
    return child


def _tec2(store) -> int | None:
    state = get_value(store, open_submission(store, "KEN", "2025"), "TEC-2")
    return None if state is None else state.value


def _damage(data_dir: Path) -> None:
    database = data_dir / DATABASE_FILENAME
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 3 * 4096] = b"\x5a" * (3 * 4096)
    database.write_bytes(bytes(data))


def test_second_lock_on_the_same_data_folder_fails_while_the_first_holds_it(tmp_path):
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def test_lock_held_by_another_running_process_is_refused_and_names_it(tmp_path):
    child = _child_holding_the_lock(tmp_path)
    try:
        lock = InstanceLock(tmp_path)
        assert not lock.acquire()
        assert lock.holder().pid == child.pid
    finally:
        child.kill()
        child.wait()


def test_stale_lock_left_by_a_killed_process_does_not_block_the_next_start(tmp_path):
    child = _child_holding_the_lock(tmp_path)
    child.kill()  # SIGKILL: the lock file stays behind
    child.wait()
    assert (tmp_path / LOCK_FILENAME).exists()
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_lock_file_cut_short_by_a_crash_does_not_block_the_next_start(tmp_path):
    (tmp_path / LOCK_FILENAME).write_text("")
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_second_instance_shows_a_message_and_opens_nothing(qtbot, data_dir, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    child = _child_holding_the_lock(data_dir)
    try:
        assert open_store_for_session(data_dir) is None
    finally:
        child.kill()
        child.wait()
    assert len(shown) == 1 and "already open" in shown[0] and str(child.pid) in shown[0]


def test_session_holds_the_lock_until_it_is_closed(qtbot, data_dir):
    store = open_store_for_session(data_dir)
    assert store is not None
    try:
        assert not InstanceLock(data_dir).acquire()
    finally:
        close_session_store(store)
    assert InstanceLock(data_dir).acquire()


def test_damaged_store_restored_from_the_newest_backup_opens_with_its_values(
    qtbot, data_dir, monkeypatch
):
    backup_store = open_store(data_dir)
    create_backup(backup_store, "manual", now=datetime(2026, 1, 1, tzinfo=UTC))
    backup_store.close()
    _damage(data_dir)
    monkeypatch.setattr(
        startup_dialogs,
        "ask_damaged_store_choice",
        lambda error, folder: DamagedStoreChoice.RESTORE_NEWEST_BACKUP,
    )
    store = open_store_for_session(data_dir)
    assert store is not None
    try:
        assert _tec2(store) == 7
    finally:
        close_session_store(store)
    assert any(info.reason == "damaged-before-restore" for info in list_backups(data_dir))


def test_damaged_store_opened_read_only_still_shows_its_values(qtbot, data_dir, monkeypatch):
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    for number in range(200):  # so that the damage falls in narrative pages, not the template's
        set_narrative(store, submission, "TEC", "progress", f"{number} " + "x" * 1500)
    store.close()
    _damage(data_dir)
    monkeypatch.setattr(
        startup_dialogs,
        "ask_damaged_store_choice",
        lambda error, folder: DamagedStoreChoice.OPEN_READ_ONLY,
    )
    store = open_store_for_session(data_dir)
    assert store is not None
    try:
        assert is_read_only(store)
        assert _tec2(store) == 7
    finally:
        close_session_store(store)


def test_quitting_at_the_damaged_store_dialog_opens_nothing_and_changes_nothing(
    qtbot, data_dir, monkeypatch
):
    _damage(data_dir)
    before = (data_dir / DATABASE_FILENAME).read_bytes()
    monkeypatch.setattr(
        startup_dialogs, "ask_damaged_store_choice", lambda error, folder: DamagedStoreChoice.QUIT
    )
    assert open_store_for_session(data_dir) is None
    assert (data_dir / DATABASE_FILENAME).read_bytes() == before
    assert InstanceLock(data_dir).acquire()  # the lock was given back


def test_damaged_store_dialog_offers_restore_only_when_there_is_a_good_backup(qtbot, data_dir):
    from micdesk.core.startup import StoreDamagedError

    error = StoreDamagedError(data_dir / DATABASE_FILENAME, ["database disk image is malformed"])
    without = DamagedStoreDialog(error, None)
    qtbot.addWidget(without)
    assert not without.restore_button.isEnabled()
    store = open_store(data_dir)
    create_backup(store, "manual")
    store.close()
    [backup] = list_backups(data_dir)
    with_backup = DamagedStoreDialog(error, backup)
    qtbot.addWidget(with_backup)
    assert with_backup.restore_button.isEnabled()
    with_backup.read_only_button.click()
    assert with_backup.choice is DamagedStoreChoice.OPEN_READ_ONLY


def test_restore_dialog_lists_backups_and_restores_the_chosen_one_after_confirmation(
    qtbot, data_dir, monkeypatch
):
    store = open_store(data_dir)
    create_backup(store, "manual", now=datetime(2026, 1, 1, tzinfo=UTC))
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=99)
    create_backup(store, "after export", now=datetime(2026, 1, 2, tzinfo=UTC))
    released = []
    dialog = RestoreBackupDialog(data_dir, release_store=lambda: released.append(store.close()))
    qtbot.addWidget(dialog)
    assert dialog.backups.count() == 2
    assert dialog.selected_backup().reason == "after-export"  # newest first
    dialog.backups.setCurrentRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    assert released == [None]
    assert dialog.restored.reason == "manual" and dialog.safety_backup.exists()
    reopened = open_store(data_dir)
    try:
        assert _tec2(reopened) == 7
    finally:
        reopened.close()


def test_restore_dialog_does_nothing_when_the_user_does_not_confirm(qtbot, data_dir, monkeypatch):
    store = open_store(data_dir)
    create_backup(store, "manual")
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=99)
    released = []
    dialog = RestoreBackupDialog(data_dir, release_store=lambda: released.append(True))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dialog.restore_button.click()
    assert released == [] and dialog.restored is None
    try:
        assert _tec2(store) == 99
    finally:
        store.close()
