"""Opening the store at start-up: check it, back it up, migrate it (DESIGN §6).

The Qt-free part of start-up; the window adds the single-instance lock and the
dialogs that offer a way out when the check fails.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DatabaseError, OperationalError

from micdesk.core.backups import (
    create_backup,
    list_backups,
    start_background_backup,
    wait_for_background_backups,
)
from micdesk.core.store import (
    DATABASE_FILENAME,
    Store,
    StoreError,
    check_revision_known,
    create_store_engine,
    current_revision,
    default_data_dir,
    head_revision,
    migrate,
    sqlite_quick_check,
)

LOCK_FILENAME = "micdesk.lock"
DAILY_BACKUP_INTERVAL = timedelta(days=1)


class StoreDamagedError(StoreError):
    """SQLite's quick_check found damage: restore a backup, or open read-only to export."""

    def __init__(self, database: Path, problems: list[str]) -> None:
        self.database = database
        self.problems = problems
        super().__init__(
            f"The data file {database} is damaged ({'; '.join(problems[:3])}). "
            "Restore the newest good backup, or open it read-only to export what can be read."
        )


def _check(store: Store, database: Path) -> None:
    try:
        problems = sqlite_quick_check(store)
    except OperationalError:
        raise
    except DatabaseError as error:
        problems = [str(error.orig)]
    if problems:
        raise StoreDamagedError(database, problems)


def prepare_store(
    data_dir: Path | None = None,
    *,
    now: datetime | None = None,
    daily_backup: bool = True,
) -> Store:
    """Open the store for work: quick_check, refuse a newer schema, back up then migrate.

    Raises StoreDamagedError when the check fails and StoreTooNewError (leaving the
    file untouched) when a newer micdesk wrote it. The daily backup, when due, runs on
    a background thread: see micdesk.core.backups.wait_for_background_backups.
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / DATABASE_FILENAME
    store = Store(create_store_engine(f"sqlite:///{database}"), data_dir)
    try:
        _check(store, database)
        revision = current_revision(store.engine)
        check_revision_known(revision)
        if revision != head_revision():
            if revision is not None:
                # Data written by an older micdesk: keep it as it was before changing it.
                create_backup(store, "before-migration", now=now)
            migrate(store.engine)
        if daily_backup:
            start_daily_backup(store, now=now)
    except OperationalError as error:  # locked, no permission, disk full: not damage
        store.close()
        raise StoreError(f"The data file {database} cannot be opened: {error.orig}") from error
    except DatabaseError as error:  # "file is not a database", "disk image is malformed"
        store.close()
        raise StoreDamagedError(database, [str(error.orig)]) from error
    except Exception:
        store.close()
        raise
    return store


def open_read_only_store(data_dir: Path | None = None) -> Store:
    """Open the store without any write, even to a damaged file, to read and export it."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    database = data_dir / DATABASE_FILENAME
    if not database.exists():
        raise StoreError(f"There is no data file at {database}.")
    uri = f"{database.resolve().as_uri()}?mode=ro"
    # No safety pragmas: switching journal modes or syncing would be writes.
    engine = create_engine(f"sqlite:///{database}", creator=lambda: _read_only_connection(uri))
    return Store(engine, data_dir, read_only=True)


def _read_only_connection(uri: str):
    import sqlite3

    connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA query_only=ON")
    return connection


def is_read_only(store: Store) -> bool:
    """True for a store opened by open_read_only_store."""
    return store.read_only


def daily_backup_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup of the data folder is younger than a day."""
    now = now or datetime.now(UTC)
    backups = list_backups(data_dir)
    return not backups or now - backups[0].created_at >= DAILY_BACKUP_INTERVAL


def start_daily_backup(
    store: Store,
    *,
    now: datetime | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> threading.Thread | None:
    """Back up the store on a background thread if no backup is younger than a day."""
    if store.data_dir is None or not daily_backup_due(store.data_dir, now):
        return None
    return start_background_backup(store, "daily", now=now, on_error=on_error)


def close_store(store: Store) -> None:
    """Let the background backups finish, then close the store."""
    wait_for_background_backups(store)
    store.close()


def lock_holder_pid(data_dir: Path) -> int | None:
    """The process id in the data folder's instance lock file, if that process is running."""
    lock = Path(data_dir) / LOCK_FILENAME
    try:
        first_line = lock.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first_line.strip())
    except (OSError, IndexError, ValueError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    return pid if _process_running(pid) else None


def _process_running(pid: int) -> bool:
    if os.name == "nt":
        # os.kill(pid, 0) would terminate the process on Windows.
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x00000102
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == wait_timeout
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists but belongs to someone else
    return True
