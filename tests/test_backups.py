"""Backups: written whole, rotated, restored atomically; a damaged store is caught at start."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from micdesk.cli.main import main
from micdesk.core.backups import (
    BackupError,
    create_backup,
    list_backups,
    newest_good_backup,
    prune_backups,
    restore_backup,
    wait_for_background_backups,
)
from micdesk.core.model import SubmissionExport
from micdesk.core.startup import (
    StoreDamagedError,
    close_store,
    daily_backup_due,
    is_read_only,
    open_read_only_store,
    prepare_store,
)
from micdesk.core.store import DATABASE_FILENAME, StoreReadOnly, head_revision, open_store
from micdesk.core.submissions import get_value, open_submission, set_narrative, set_value
from micdesk.core.values import ValueRefused

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _tec2(data_dir: Path) -> int | None:
    store = open_store(data_dir)
    try:
        state = get_value(store, open_submission(store, "KEN", "2025"), "TEC-2")
        return None if state is None else state.value
    finally:
        store.close()


def _set_tec2(data_dir: Path, value: int) -> None:
    store = open_store(data_dir)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=value)
    store.close()


def _backup(data_dir: Path, reason: str, now: datetime, **options) -> Path:
    store = open_store(data_dir)
    try:
        return create_backup(store, reason, now=now, **options)
    finally:
        store.close()


def _overwrite_middle_pages(path: Path, pages: int = 3) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + pages * 4096] = b"\x5a" * (pages * 4096)
    path.write_bytes(bytes(data))


def test_backup_is_listed_with_time_reason_size_and_schema_revision(data_dir):
    path = _backup(data_dir, "After export", START)
    [info] = list_backups(data_dir)
    assert info.path == path and path.parent == data_dir / "backups"
    assert info.created_at == START
    assert info.reason == "after-export"
    assert info.size == path.stat().st_size > 0
    assert info.schema_revision == head_revision()


def test_backup_is_one_self_contained_file_that_holds_the_values(data_dir, tmp_path):
    path = _backup(data_dir, "manual", START)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / DATABASE_FILENAME).write_bytes(path.read_bytes())
    assert _tec2(copy) == 7


def test_backup_sees_edits_still_in_the_write_ahead_log(data_dir):
    store = open_store(data_dir)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=8)
    path = create_backup(store, "manual", now=START)  # the edit is not checkpointed yet
    store.close()
    restore_backup(data_dir, path)
    assert _tec2(data_dir) == 8


def test_rotation_keeps_the_newest_ten_and_the_newest_of_each_month(data_dir):
    times = [START + timedelta(days=day) for day in range(0, 75, 3)]  # Jan, Feb, Mar 2026
    for when in times:
        _backup(data_dir, "daily", when)
    kept = [info.created_at for info in list_backups(data_dir)]
    newest_ten = sorted(times, reverse=True)[:10]
    newest_of_january = max(t for t in times if t.month == 1)
    newest_of_february = max(t for t in times if t.month == 2)
    assert kept == sorted({*newest_ten, newest_of_january, newest_of_february}, reverse=True)


def test_rotation_keeps_as_many_as_asked(data_dir):
    for hour in range(6):
        _backup(data_dir, "manual", START + timedelta(hours=hour), keep_last=3)
    assert [info.created_at.hour for info in list_backups(data_dir)] == [14, 13, 12]


def test_rotation_with_the_store_file_gone_deletes_no_backup(data_dir):
    for hour in range(4):
        _backup(data_dir, "manual", START + timedelta(hours=hour))
    for leftover in data_dir.glob(DATABASE_FILENAME + "*"):
        leftover.unlink()
    assert prune_backups(data_dir, keep_last=1) == []
    assert len(list_backups(data_dir)) == 4


def test_rotation_with_the_store_file_gone_keeps_even_a_backup_of_one_byte(data_dir):
    # A missing store counts as 0 bytes: every backup larger than that is kept.
    paths = [_backup(data_dir, "manual", START + timedelta(hours=hour)) for hour in range(3)]
    for older in paths[:2]:
        older.write_bytes(b"S")  # cut short, e.g. by a full disk
    for leftover in data_dir.glob(DATABASE_FILENAME + "*"):
        leftover.unlink()
    assert prune_backups(data_dir, keep_last=1) == []
    assert sorted(info.path for info in list_backups(data_dir)) == sorted(paths)


def test_backups_taken_at_the_same_instant_do_not_overwrite_each_other(data_dir):
    first = _backup(data_dir, "manual", START)
    second = _backup(data_dir, "manual", START)
    assert first != second and first.exists() and second.exists()


def test_partial_backup_left_by_a_crash_is_not_listed_and_is_cleaned_later(data_dir):
    _backup(data_dir, "manual", START)
    partial = data_dir / "backups" / ".micdesk-20260101T000000000000Z-daily.sqlite3.1.partial"
    partial.write_bytes(b"half a database")
    assert len(list_backups(data_dir)) == 1
    prune_backups(data_dir, now=datetime.now(UTC) + timedelta(days=1))
    assert not partial.exists()


def test_restore_brings_back_the_values_of_the_backup(data_dir):
    path = _backup(data_dir, "manual", START)
    _set_tec2(data_dir, 99)
    restore_backup(data_dir, path)
    assert _tec2(data_dir) == 7


def test_restore_keeps_a_safety_backup_of_the_data_it_replaces(data_dir):
    path = _backup(data_dir, "manual", START)
    _set_tec2(data_dir, 99)
    safety = restore_backup(data_dir, path, now=START + timedelta(hours=1))
    assert safety is not None and "before-restore" in safety.name
    restore_backup(data_dir, safety)
    assert _tec2(data_dir) == 99


def test_restore_does_not_replay_the_old_write_ahead_log_onto_the_backup(data_dir):
    path = _backup(data_dir, "manual", START)
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    # Edits left in the WAL by a store that is never closed cleanly.
    for value in range(100, 140):
        set_value(store, submission, "TEC-2", value=value)
    raw = store.engine.raw_connection()  # keeps the WAL from being checkpointed away
    try:
        assert (data_dir / f"{DATABASE_FILENAME}-wal").stat().st_size > 0
        restore_backup(data_dir, path)
    finally:
        raw.close()
        store.close()
    assert _tec2(data_dir) == 7
    restored = open_store(data_dir)
    with restored.engine.connect() as connection:
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    restored.close()


def test_restore_of_a_damaged_backup_is_refused_and_the_store_is_unchanged(data_dir):
    path = _backup(data_dir, "manual", START)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # truncated
    _set_tec2(data_dir, 99)
    before = (data_dir / DATABASE_FILENAME).read_bytes()
    with pytest.raises(BackupError, match=path.name):
        restore_backup(data_dir, path)
    assert (data_dir / DATABASE_FILENAME).read_bytes() == before
    assert _tec2(data_dir) == 99


def test_restore_of_a_file_that_is_not_a_database_is_refused(data_dir):
    path = _backup(data_dir, "manual", START)
    path.write_bytes(b"PK\x03\x04 this is a workbook, not a store" * 100)
    with pytest.raises(BackupError, match="not a readable micdesk store"):
        restore_backup(data_dir, path)


def test_restore_of_a_backup_from_a_newer_micdesk_is_refused(data_dir):
    path = _backup(data_dir, "manual", START)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError, match="9999_future"):
        restore_backup(data_dir, path)


def test_newest_good_backup_skips_damaged_ones(data_dir):
    good = _backup(data_dir, "manual", START)
    damaged = _backup(data_dir, "manual", START + timedelta(hours=1))
    damaged.write_bytes(b"\x00" * 8192)
    assert newest_good_backup(data_dir).path == good


def test_damaged_store_is_refused_at_start_and_left_as_it_was(data_dir):
    database = data_dir / DATABASE_FILENAME
    _overwrite_middle_pages(database)
    before = database.read_bytes()
    with pytest.raises(StoreDamagedError, match="damaged") as caught:
        prepare_store(data_dir)
    assert caught.value.problems
    assert database.read_bytes() == before


def test_file_that_is_not_a_database_is_refused_at_start_as_damaged(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / DATABASE_FILENAME).write_bytes(b"\x5a" * 40960)
    with pytest.raises(StoreDamagedError, match="not a database"):
        prepare_store(folder)


def test_damaged_store_can_still_be_read_read_only(data_dir):
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    for number in range(200):  # narratives enough to put pages between the value and the end
        set_narrative(store, submission, "TEC", "progress", f"{number} " + "x" * 1500)
    store.close()
    database = data_dir / DATABASE_FILENAME
    _overwrite_middle_pages(database)
    with pytest.raises(StoreDamagedError):
        prepare_store(data_dir)
    reader = open_read_only_store(data_dir)
    try:
        assert is_read_only(reader)
        with reader.engine.connect() as connection:
            values = connection.execute(
                text("SELECT indicator_code, value FROM indicator_value")
            ).all()
        assert values == [("TEC-2", "7")]
    finally:
        reader.close()


def test_read_only_store_refuses_writes(data_dir):
    reader = open_read_only_store(data_dir)
    try:
        submission = open_submission(reader, "KEN", "2025")
        with pytest.raises(ValueRefused, match="read-only"):
            set_value(reader, submission, "TEC-2", value=1)
        with pytest.raises(StoreReadOnly), reader.transaction():
            pass
    finally:
        reader.close()
    assert _tec2(data_dir) == 7


def test_read_only_store_still_exports_without_recording_the_export(data_dir, tmp_path):
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submission_reader import read_submission

    reader = open_read_only_store(data_dir)
    try:
        result = export_submission(
            reader, open_submission(reader, "KEN", "2025"), tmp_path / "r.xlsx"
        )
    finally:
        reader.close()
    assert read_submission(result.path).intact
    store = open_store(data_dir)
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(SubmissionExport)) == 0
    finally:
        store.close()


def test_damaged_store_is_replaced_by_the_newest_good_backup(data_dir):
    _backup(data_dir, "manual", START)
    _overwrite_middle_pages(data_dir / DATABASE_FILENAME)
    safety = restore_backup(data_dir, newest_good_backup(data_dir))
    store = prepare_store(data_dir, daily_backup=False)
    try:
        assert get_value(store, open_submission(store, "KEN", "2025"), "TEC-2").value == 7
    finally:
        close_store(store)
    assert safety.exists()


def test_daily_backup_is_taken_at_most_once_a_day(data_dir):
    for hours in (0, 5, 23):
        store = prepare_store(data_dir, now=START + timedelta(hours=hours))
        close_store(store)
    assert [info.created_at for info in list_backups(data_dir)] == [START]
    store = prepare_store(data_dir, now=START + timedelta(days=1))
    wait_for_background_backups(store)
    store.close()
    assert len(list_backups(data_dir)) == 2
    assert not daily_backup_due(data_dir, now=START + timedelta(days=1, hours=1))


def test_cli_creates_lists_and_restores_a_backup(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "backup", "create", "--reason", "before trip"]) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.exists() and "before-trip" in created.name
    assert main(["--data-dir", str(data_dir), "backup", "list"]) == 0
    assert created.name in capsys.readouterr().out
    _set_tec2(data_dir, 99)
    assert main(["--data-dir", str(data_dir), "backup", "restore", created.name]) == 0
    assert "restored" in capsys.readouterr().out
    assert _tec2(data_dir) == 7


def test_cli_restore_of_an_unknown_backup_fails_with_a_message(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "backup", "restore", "nothing-like-it"]) == 1
    assert "no backup named 'nothing-like-it'" in capsys.readouterr().err


def test_a_check_started_ahead_on_a_sound_store_spares_start_up_a_second_one(data_dir, monkeypatch):
    import micdesk.core.startup as startup
    from micdesk.core.quick_check import QuickCheckAhead

    ahead = QuickCheckAhead(data_dir / DATABASE_FILENAME)
    assert ahead.found_sound()

    def checked_again(_store):
        raise AssertionError("quick_check ran again")

    monkeypatch.setattr(startup, "sqlite_quick_check", checked_again)
    prepare_store(data_dir, daily_backup=False, checked_ahead=ahead).close()


def test_a_damaged_store_is_refused_at_start_though_its_check_was_started_ahead(data_dir):
    from micdesk.core.quick_check import QuickCheckAhead

    database = data_dir / DATABASE_FILENAME
    _overwrite_middle_pages(database)
    ahead = QuickCheckAhead(database)
    assert not ahead.found_sound()
    with pytest.raises(StoreDamagedError, match="damaged") as caught:
        prepare_store(data_dir, checked_ahead=ahead)
    assert caught.value.problems


@pytest.mark.parametrize("content", [None, b"", b"\x5a" * 40960])
def test_a_check_ahead_finds_no_missing_empty_or_foreign_file_sound(tmp_path, content):
    from micdesk.core.quick_check import QuickCheckAhead

    database = tmp_path / DATABASE_FILENAME
    if content is not None:
        database.write_bytes(content)
    assert not QuickCheckAhead(database).found_sound()
    assert database.exists() == (content is not None)  # nothing created
