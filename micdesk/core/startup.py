"""Opening the store at start-up: check it, back it up, migrate it (docs/design.md §6).

The Qt-free part of start-up; the window adds the single-instance lock and the
dialogs that offer a way out when the check fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import DatabaseError, OperationalError

from micdesk.core.backups import (
    create_backup,
    list_backups,
    newest_good_backup,
    start_background_backup,
)
from micdesk.core.folder_lock import (
    COMMAND_WAIT_SECONDS,
    LOCK_FILENAME,
    DataFolderBusy,
    DataFolderLock,
)
from micdesk.core.quick_check import QuickCheckAhead
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

__all__ = ["LOCK_FILENAME", "DataFolderBusy"]  # re-exported for the window and commands

DAILY_BACKUP_INTERVAL = timedelta(days=1)


class StoreDamagedError(StoreError):
    """The store cannot be trusted (SQLite's check failed, or it is empty or missing while
    backups of earlier data exist): restore the newest good backup."""

    def __init__(self, database: Path, problems: list[str], *, readable: bool = True) -> None:
        self.database = database
        self.problems = problems
        # False when there is nothing to read (an empty or missing file): only a restore helps.
        self.readable = readable
        backup = newest_good_backup(database.parent)
        if backup is None:
            restore = "There is no good backup to restore"
        else:
            restore = (
                f"Restore the newest good backup: micdesk backup restore {backup.name} "
                "(or File → Restore a backup in the window)"
            )
        read_only = (
            ", or open it read-only in the window to export what is left" if readable else ""
        )
        super().__init__(
            f"The data file {database} is damaged ({'; '.join(problems[:3])}). "
            f"{restore}{read_only}; nothing was changed."
        )


def _check(store: Store, database: Path, checked_ahead: QuickCheckAhead | None) -> None:
    ahead = checked_ahead is not None and checked_ahead.database == database
    if ahead and checked_ahead.found_sound():  # type: ignore[union-attr]
        return
    try:
        problems = sqlite_quick_check(store)
    except OperationalError:
        raise
    except DatabaseError as error:
        problems = [str(error.orig)]
    if problems:
        raise StoreDamagedError(database, problems)


def _check_not_emptied(database: Path) -> bool:
    """Refuse an empty file, or a missing one beside backups; True if the store is new.

    SQLite opens a 0-byte file as an empty database: a sync conflict or a failed copy
    that emptied the store would silently start the user over, and the backups that
    follow would rotate the good ones away.
    """
    backups = list_backups(database.parent)
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        if backups:
            raise StoreDamagedError(
                database,
                [f"the file is missing, but the backups folder holds {len(backups)} backup(s)"],
                readable=False,
            ) from None
        return True
    if size == 0 and backups:
        raise StoreDamagedError(database, ["the file is empty (0 bytes)"], readable=False)
    return size == 0


def prepare_store(
    data_dir: Path | None = None,
    *,
    now: datetime | None = None,
    daily_backup: bool = True,
    checked_ahead: QuickCheckAhead | None = None,
) -> Store:
    """Open the store for work: quick_check, refuse a newer schema, back up then migrate.

    ``checked_ahead``: the quick_check of this store started earlier (the window starts it
    while it loads); when it found the file sound, it is not run again.

    Raises StoreDamagedError when the check fails or the file is empty, or missing while
    backups exist, and StoreTooNewError (leaving the file untouched) when a newer
    micdesk wrote it. The daily backup, when due, runs on the store's background thread,
    which closing the store waits for.
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / DATABASE_FILENAME
    new = _check_not_emptied(database)
    store = Store(create_store_engine(f"sqlite:///{database}"), data_dir)
    store.fresh_over_backups = new and bool(list_backups(data_dir))
    try:
        _check(store, database, checked_ahead)
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


def open_for_writing(
    data_dir: Path | None, application: str, *, wait: float = COMMAND_WAIT_SECONDS
) -> Store:
    """Take the data folder's writer lock, then open the store as prepare_store does.

    For commands that write: the lock is released when the store is closed. Raises
    DataFolderBusy (one line naming the holder) when another process writes there.
    """
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    lock = DataFolderLock(data_dir, application)
    lock.acquire(wait)
    try:
        store = prepare_store(data_dir, daily_backup=False)
    except BaseException:
        lock.release()
        raise
    store.folder_lock = lock
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
    """Close the store: its background work is waited for, then its folder lock released."""
    store.close()
