"""The open window owns its data folder, and still shows what another process wrote."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from micdesk.cli.main import main
from micdesk.core.backups import create_backup, list_backups
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import get_value, open_submission, save_profile, set_value
from micdesk.core.template_store import ensure_default_template
from tests.gui_waits import wait_for_forms

pytestmark = pytest.mark.gui

# A writer that does not honour the folder's lock (an older micdesk, a script).
WRITE_BESIDE = """
import sys
from pathlib import Path
from micdesk.core.store import open_store
from micdesk.core.submissions import open_submission, set_value
store = open_store(Path(sys.argv[1]))
set_value(store, open_submission(store, "KEN", "2025"), sys.argv[2], value=int(sys.argv[3]),
          reason="changed elsewhere")
store.close()
"""


def _write_beside(data_dir: Path, code: str, value: int) -> None:
    subprocess.run(
        [sys.executable, "-c", WRITE_BESIDE, str(data_dir), code, str(value)], check=True
    )


def store_dump_hash(data_dir: Path) -> str:
    """The SHA-256 of the store's SQL dump."""
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Kenya's 2025 submission with TEC-2 = 7, a backup, an export and a template workbook."""
    tmp_path = tmp_path_factory.mktemp("prepared")
    folder = tmp_path / "data"
    store = open_store(folder)
    ensure_default_template(store)
    save_profile(store, "KEN", focal_point="A. Focal")
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    create_backup(store, "manual")
    store.close()
    argv = ["--data-dir", str(folder)]
    assert main([*argv, "export", "--country", "KEN", "--period", "2025",
                 "--out", str(tmp_path / "ken.xlsx")]) == 0  # fmt: skip
    assert main([*argv, "template", "blank", str(tmp_path / "template.xlsx")]) == 0
    return tmp_path


@pytest.fixture
def data_dir(prepared: Path, tmp_path: Path) -> Path:
    """A private copy of the prepared folder (the data folder is its ``data``)."""
    shutil.copytree(prepared, tmp_path, dirs_exist_ok=True)
    return tmp_path / "data"


@pytest.fixture
def open_window(qtbot, data_dir):
    """The window on Kenya 2025, opened as the application opens it (holding the lock)."""
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import LANGUAGE, Settings
    from micdesk.gui.startup_dialogs import close_session_store, open_store_for_session

    store = open_store_for_session(data_dir)
    assert store is not None
    settings = Settings(data_dir)
    settings.set(LANGUAGE, "en")
    window = MainWindow(store, settings, ask_reason=lambda _detail: "why", report_error=print)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    window.open_submission("KEN", "2025")
    wait_for_forms(qtbot, window)
    yield window
    window.close()
    close_session_store(store)


def _field(window, code: str):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code).value_edit


def _stored(data_dir: Path, code: str):
    store = open_store(data_dir)
    try:
        state = get_value(store, open_submission(store, "KEN", "2025"), code)
        return None if state is None else state.value
    finally:
        store.close()


@pytest.mark.parametrize("command", ["template import", "submission load", "backup restore"])
def test_a_writing_command_is_refused_while_the_window_is_open(
    open_window, data_dir, command, capsys
):
    folder = data_dir.parent
    argv = {
        "template import": ["template", "import", "--yes", str(folder / "template.xlsx")],
        "submission load": ["submission", "load", "--take", "theirs", str(folder / "ken.xlsx")],
        "backup restore": ["backup", "restore", list_backups(data_dir)[-1].name],
    }[command]
    before = store_dump_hash(data_dir)
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), *argv]) == (2 if "template" in command else 1)
    captured = capsys.readouterr()
    [line] = captured.err.strip().splitlines()
    assert f"in use by the micdesk window (process {os.getpid()} on " in line
    assert " since " in line
    assert store_dump_hash(data_dir) == before
    assert _field(open_window, "TEC-2").text() == "7"


def test_a_change_by_another_process_reaches_the_open_window_within_seconds(
    qtbot, open_window, data_dir
):
    _write_beside(data_dir, "TEC-2", 42)
    # Neither a click nor a focus change: the window's own timer finds it.
    qtbot.waitUntil(lambda: _field(open_window, "TEC-2").text() == "42", timeout=10_000)
    assert open_window.session.state("TEC-2").value == 42


def test_the_window_notices_a_change_when_it_becomes_active_again(qtbot, open_window, data_dir):
    open_window.external_changes.timer.stop()
    _write_beside(data_dir, "TEC-2", 43)
    open_window.external_changes._on_application_state(Qt.ApplicationState.ApplicationActive)
    assert _field(open_window, "TEC-2").text() == "43"


def test_a_field_being_typed_in_keeps_its_text_and_is_saved_before_the_reload(
    qtbot, open_window, data_dir
):
    watcher = open_window.external_changes
    watcher.timer.stop()
    field = _field(open_window, "TEC-2")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "5")  # typed, not saved yet
    _write_beside(data_dir, "TEC-3", 3)
    assert not watcher.check()  # the reload waits for the field
    assert field.text() == "5"
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field saves it
    assert _stored(data_dir, "TEC-2") == 5
    assert watcher.check()  # now the other process's value comes in
    assert _field(open_window, "TEC-2").text() == "5"
    assert open_window.session.state("TEC-3").value == 3
    assert _stored(data_dir, "TEC-3") == 3  # not written over


def test_the_windows_own_edits_do_not_count_as_changes_from_elsewhere(qtbot, open_window):
    watcher = open_window.external_changes
    watcher.timer.stop()
    field = _field(open_window, "TEC-2")
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "8")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert open_window.session.state("TEC-2").value == 8
    assert not watcher.check()


def test_the_next_start_on_an_emptied_store_offers_the_restore(qtbot, data_dir, monkeypatch):
    import micdesk.gui.startup_dialogs as startup_dialogs
    from micdesk.gui.startup_dialogs import DamagedStoreChoice, DamagedStoreDialog

    (data_dir / DATABASE_FILENAME).write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / DATABASE_FILENAME}{suffix}").unlink(missing_ok=True)
    offered = []

    def choose(error, folder):
        dialog = DamagedStoreDialog(error, startup_dialogs.newest_good_backup(folder))
        qtbot.addWidget(dialog)
        offered.append(
            (dialog.restore_button.isEnabled(), dialog.read_only_button.isVisibleTo(dialog))
        )
        return DamagedStoreChoice.RESTORE_NEWEST_BACKUP

    monkeypatch.setattr(startup_dialogs, "ask_damaged_store_choice", choose)
    store = startup_dialogs.open_store_for_session(data_dir)
    assert store is not None
    try:
        assert offered == [(True, False)]  # restore offered; nothing to open read-only
        state = get_value(store, open_submission(store, "KEN", "2025"), "TEC-2")
        assert state is not None and state.value == 7
    finally:
        startup_dialogs.close_session_store(store)
