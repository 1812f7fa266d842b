"""An emptied or missing store is damage, never a fresh start; its backups all survive."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from micdesk.cli.main import main
from micdesk.core.backups import create_backup, holds_data, list_backups, prune_backups
from micdesk.core.startup import StoreDamagedError, prepare_store
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import get_value, open_submission, set_value
from micdesk.core.template_store import ensure_default_template

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder holding Kenya's TEC-2 = 7 and three good backups of it."""
    folder = tmp_path / "data"
    store = open_store(folder)
    ensure_default_template(store)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    for day in range(3):
        create_backup(store, "daily", now=START + timedelta(days=day))
    store.close()
    return folder


def _backup_names(data_dir: Path) -> list[str]:
    return [info.name for info in list_backups(data_dir)]


def _tec2(data_dir: Path) -> object:
    store = open_store(data_dir)
    try:
        state = get_value(store, open_submission(store, "KEN", "2025"), "TEC-2")
        return None if state is None else state.value
    finally:
        store.close()


def _empty(data_dir: Path) -> None:
    """What a sync conflict or a failed copy does: ``: > micdesk.sqlite3``."""
    database = data_dir / DATABASE_FILENAME
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _remove(data_dir: Path) -> None:
    database = data_dir / DATABASE_FILENAME
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


@pytest.mark.parametrize("damage", [_empty, _remove], ids=["emptied", "missing"])
def test_an_emptied_or_missing_store_is_refused_as_damaged(data_dir, damage):
    damage(data_dir)
    newest = list_backups(data_dir)[0].name
    with pytest.raises(StoreDamagedError) as refused:
        prepare_store(data_dir)
    assert not refused.value.readable  # nothing to read: only a restore helps
    assert f"micdesk backup restore {newest}" in str(refused.value)


@pytest.mark.parametrize("damage", [_empty, _remove], ids=["emptied", "missing"])
def test_commands_on_an_emptied_store_change_nothing_however_often_they_run(
    data_dir, tmp_path, damage, capsys
):
    good = _backup_names(data_dir)
    damage(data_dir)
    argv = ["--data-dir", str(data_dir)]
    database = data_dir / DATABASE_FILENAME
    damaged = database.read_bytes() if database.exists() else None
    # With the exit code each command documents for a store it cannot open.
    commands = [
        (["backup", "create"], 1),
        (["export", "--country", "KEN", "--period", "2025", "--out", str(tmp_path / "k.xlsx")], 1),
        (["template", "blank", str(tmp_path / "t.xlsx")], 2),
    ]
    for round_ in range(12):
        command, code = commands[round_ % len(commands)]
        capsys.readouterr()
        assert main([*argv, *command]) == code, command
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "is damaged" in err[0] and "backup restore" in err[0]
        # The damaged store is left exactly as it was: never re-created, never filled.
        assert (database.read_bytes() if database.exists() else None) == damaged
    assert _backup_names(data_dir) == good
    assert not (tmp_path / "k.xlsx").exists()
    # The restore the message names brings the data back.
    assert main([*argv, "backup", "restore", good[0]]) == 0
    assert _tec2(data_dir) == 7
    assert set(good) <= set(_backup_names(data_dir))


def test_a_store_created_where_backups_are_never_rotates_them_away(data_dir):
    good = _backup_names(data_dir)
    _remove(data_dir)
    store = open_store(data_dir)  # what an older micdesk or a script would do
    try:
        assert store.fresh_over_backups
        for day in range(15):
            create_backup(store, "daily", now=START + timedelta(days=10 + day))
    finally:
        store.close()
    assert set(good) <= set(_backup_names(data_dir))


def test_rotation_never_deletes_a_backup_larger_than_the_store(data_dir):
    names = _backup_names(data_dir)
    largest = max(info.size for info in list_backups(data_dir))
    assert prune_backups(data_dir, keep_last=1, current_size=largest - 1) == []
    assert _backup_names(data_dir) == names
    # The same backups beside a store as large: the rotation does its usual work.
    removed = prune_backups(data_dir, keep_last=1, current_size=largest)
    assert len(removed) == 2 and _backup_names(data_dir) == names[:1]


def test_rotation_keeps_the_newest_backup_holding_data_even_when_not_larger(data_dir):
    folder = data_dir / "backups"
    with_data = _backup_names(data_dir)
    store = open_store(data_dir)
    try:
        # Newer backups of the same size but without data: the store was emptied of its
        # rows (not of its pages), then backed up many times.
        with store.transaction() as session:
            for table in ("change_record", "indicator_value", "submission", "country_profile"):
                session.execute(text(f"DELETE FROM {table}"))
        for day in range(12):
            create_backup(store, "daily", now=START + timedelta(days=10 + day), keep_last=3)
    finally:
        store.close()
    names = _backup_names(data_dir)
    assert with_data[0] in names and holds_data(folder / with_data[0])
    assert not any(holds_data(folder / name) for name in names[:3])
    assert len(names) == 4


def test_a_stale_partial_journal_left_by_a_killed_backup_is_cleaned(data_dir):
    folder = data_dir / "backups"
    leftovers = [
        folder / ".micdesk-20260101T000000000000Z-daily.sqlite3.123.partial-journal",
        folder / ".micdesk-20260101T000000000000Z-daily.sqlite3.123.partial",
        data_dir / f".{DATABASE_FILENAME}.restore.partial",
    ]
    for path in leftovers:
        path.write_bytes(b"x")
    fresh = folder / ".micdesk-20260101T000000000001Z-daily.sqlite3.124.partial-journal"
    fresh.write_bytes(b"x")
    old = (datetime.now(UTC) - timedelta(hours=2)).timestamp()
    for path in leftovers:
        os.utime(path, (old, old))
    prune_backups(data_dir)
    assert not any(path.exists() for path in leftovers)
    assert fresh.exists()  # may still be being written
