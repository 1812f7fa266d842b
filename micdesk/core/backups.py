"""Automatic rotating backups of the local store, and restoring one (docs/design.md §6).

A backup is a self-contained SQLite file (no -wal beside it) written with the
SQLite backup API, so it is a consistent snapshot even while edits go on. Its
name carries the time it was taken and why, e.g.
``micdesk-20261127T101500123456Z-before-migration.sqlite3``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from micdesk.core.store import DATABASE_FILENAME, Store, migration_scripts

BACKUPS_DIRNAME = "backups"
DEFAULT_KEEP_LAST = 10
BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
# A partial file older than this was left by a crash, not by a backup still being written.
STALE_PARTIAL_AGE = timedelta(hours=1)
_TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME_PATTERN = re.compile(
    r"^micdesk-(?P<time>\d{8}T\d{12}Z)(?:-\d+)?-(?P<reason>[a-z0-9-]+)\.sqlite3$"
)


class BackupError(Exception):
    """A backup cannot be written, read or restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, how big, and its schema revision."""

    path: Path
    created_at: datetime
    reason: str
    size: int
    schema_revision: str | None

    @property
    def name(self) -> str:
        """The file name, which is how the command line names a backup."""
        return self.path.name


def backups_dir(data_dir: Path) -> Path:
    """The folder the backups of a data folder live in."""
    return Path(data_dir) / BACKUPS_DIRNAME


def reason_slug(reason: str) -> str:
    """A reason as it appears in a file name: lower-case letters, digits and dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", reason.strip().lower()).strip("-")
    return slug[:40].strip("-") or "backup"


def _fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open a folder for fsync.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _unique_backup_path(folder: Path, created_at: datetime, slug: str) -> Path:
    stamp = created_at.astimezone(UTC).strftime(_TIME_FORMAT)
    path = folder / f"micdesk-{stamp}-{slug}{BACKUP_SUFFIX}"
    counter = 1
    while path.exists():
        path = folder / f"micdesk-{stamp}-{counter}-{slug}{BACKUP_SUFFIX}"
        counter += 1
    return path


def _snapshot(source: sqlite3.Connection, target: Path) -> None:
    """Copy a database with the SQLite backup API into a single self-contained file."""
    destination = sqlite3.connect(target)
    try:
        # One step (pages=-1): one read transaction, so the copy is a consistent snapshot.
        source.backup(destination)
        # The header copied from a WAL database says WAL; a backup must be one file.
        destination.execute("PRAGMA journal_mode=DELETE")
        problems = [row[0] for row in destination.execute("PRAGMA quick_check")]
        if problems != ["ok"]:
            raise BackupError(f"the copy does not pass SQLite's check: {problems[:3]}")
    finally:
        destination.close()


def _write_atomically(folder: Path, final: Path, source: sqlite3.Connection) -> None:
    partial = folder / f".{final.name}.{os.getpid()}{PARTIAL_SUFFIX}"
    try:
        _snapshot(source, partial)
        _fsync_file(partial)
        os.replace(partial, final)
        _fsync_dir(folder)
    finally:
        partial.unlink(missing_ok=True)


def create_backup(
    store: Store,
    reason: str,
    *,
    now: datetime | None = None,
    keep_last: int = DEFAULT_KEEP_LAST,
) -> Path:
    """Write a backup of an open store into its data folder's backups, then rotate them."""
    if store.data_dir is None:
        raise BackupError("only a store in a local data folder can be backed up")
    folder = backups_dir(store.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    created_at = now or datetime.now(UTC)
    final = _unique_backup_path(folder, created_at, reason_slug(reason))
    store.wait_for_commit()  # (a change the window has shown is in the copy)
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        try:
            _write_atomically(folder, final, raw)
        except sqlite3.Error as error:
            raise BackupError(f"could not back up the store: {error}") from error
        finally:
            connection.rollback()  # end the read transaction the backup may have left
    if not store.fresh_over_backups:
        # A store created where backups already were replaces data that is gone: the
        # backups are all that is left of it, so none is rotated away.
        prune_backups(
            store.data_dir, keep_last=keep_last, now=created_at, current_size=store_size(store)
        )
    return final


def read_schema_revision(path: Path) -> str | None:
    """The schema revision recorded in a database file, None if it has none or cannot be read."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _info(path: Path) -> BackupInfo | None:
    match = _NAME_PATTERN.match(path.name)
    if match is None:
        return None
    created_at = datetime.strptime(match["time"], _TIME_FORMAT).replace(tzinfo=UTC)
    return BackupInfo(
        path=path,
        created_at=created_at,
        reason=match["reason"],
        size=path.stat().st_size,
        schema_revision=read_schema_revision(path),
    )


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup of a data folder, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [info for path in folder.glob(f"micdesk-*{BACKUP_SUFFIX}") if (info := _info(path))]
    return sorted(found, key=lambda info: (info.created_at, info.name), reverse=True)


def holds_data(path: Path) -> bool:
    """True when a store file holds anything the user entered (a profile, a value, a text)."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return any(
            connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
            for table in _USER_DATA_TABLES
        )
    except sqlite3.Error:
        return False
    finally:
        connection.close()


_USER_DATA_TABLES = ("indicator_value", "narrative", "indicator_target", "country_profile")


def store_size(store: Store) -> int:
    """The size of the store's database as a backup of it would be (pages × page size)."""
    store.wait_for_commit()
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        connection.rollback()
    return int(pages) * int(page_size)


def prune_backups(
    data_dir: Path,
    *,
    keep_last: int = DEFAULT_KEEP_LAST,
    now: datetime | None = None,
    current_size: int | None = None,
) -> list[Path]:
    """Delete backups beyond the newest `keep_last`, keeping the newest of every month.

    Never deleted, whatever their age: the newest backup that holds data, and every
    backup larger than the current store (``current_size``; by default its file's
    size) — after a store was emptied or replaced, those hold what was lost.
    """
    backups = list_backups(data_dir)
    if current_size is None:
        database = Path(data_dir) / DATABASE_FILENAME
        current_size = database.stat().st_size if database.exists() else 0
    kept = {info.path for info in backups[:keep_last]}
    kept.update(info.path for info in backups if info.size > current_size)
    newest_with_data = next((info for info in backups if holds_data(info.path)), None)
    if newest_with_data is not None:
        kept.add(newest_with_data.path)
    months_seen: set[tuple[int, int]] = set()
    for info in backups:  # newest first: the first one met in a month is its newest
        month = (info.created_at.year, info.created_at.month)
        if month not in months_seen:
            months_seen.add(month)
            kept.add(info.path)
    removed = []
    for info in backups:
        if info.path not in kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    _remove_stale_partials(Path(data_dir), now or datetime.now(UTC))
    return removed


def _remove_stale_partials(data_dir: Path, now: datetime) -> None:
    # A partial file is what a killed backup or restore left (SQLite may have left its
    # -journal beside it); one younger than STALE_PARTIAL_AGE may still be being written.
    cutoff = now - STALE_PARTIAL_AGE
    leftovers = [
        *backups_dir(data_dir).glob(f".*{PARTIAL_SUFFIX}*"),
        *data_dir.glob(f".{DATABASE_FILENAME}.restore{PARTIAL_SUFFIX}*"),
    ]
    for partial in leftovers:
        with contextlib.suppress(OSError):
            if datetime.fromtimestamp(partial.stat().st_mtime, UTC) < cutoff:
                partial.unlink()


def find_backup(data_dir: Path, name: str) -> BackupInfo:
    """The backup of a data folder with this file name (or a unique prefix of it)."""
    backups = list_backups(data_dir)
    exact = [info for info in backups if info.name == name]
    matches = exact or [info for info in backups if info.name.startswith(name)]
    if len(matches) != 1:
        known = ", ".join(info.name for info in backups[:5]) or "none"
        what = "no backup" if not matches else f"{len(matches)} backups"
        raise BackupError(f"{what} named '{name}' in {backups_dir(data_dir)} (newest: {known})")
    return matches[0]


def _known_revisions() -> frozenset[str]:
    # The cheap scan of the shipped scripts (tests hold it equal to Alembic's own list).
    return migration_scripts().revisions


def check_backup(backup: BackupInfo | Path) -> None:
    """Raise BackupError unless a backup file is a sound micdesk store this version can open."""
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(f"{path.name} is not a readable micdesk store: {error}") from error
    if problems != ["ok"]:
        raise BackupError(f"{path.name} is damaged: {'; '.join(problems[:3])}")
    revision = None if revision_row is None else str(revision_row[0])
    if revision not in _known_revisions():
        raise BackupError(
            f"{path.name} has schema {revision}, which this version of micdesk does not know"
        )


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes check_backup, if any."""
    for info in list_backups(data_dir):
        try:
            check_backup(info)
        except BackupError:
            continue
        return info
    return None


def _safety_copy(data_dir: Path, database: Path, now: datetime) -> Path:
    """Back up the current database file before it is replaced, damaged or not."""
    folder = backups_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    final = _unique_backup_path(folder, now, "before-restore")
    try:
        source = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _write_atomically(folder, final, source)
        finally:
            source.close()
        return final
    except (sqlite3.Error, BackupError):
        pass
    # A damaged file may defeat the backup API: keep its bytes as they are instead,
    # named so that it is never mistaken for a good backup.
    final = _unique_backup_path(folder, now, "damaged-before-restore")
    for suffix in ("", "-wal"):
        source_file = Path(f"{database}{suffix}")
        if not source_file.exists():
            continue
        target = Path(f"{final}{suffix}")
        partial = folder / f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}"
        shutil.copyfile(source_file, partial)
        _fsync_file(partial)
        os.replace(partial, target)
    _fsync_dir(folder)
    return final


def restore_backup(
    data_dir: Path, backup: BackupInfo | Path | str, *, now: datetime | None = None
) -> Path | None:
    """Replace the store of a closed data folder with a backup; return the safety copy taken.

    The caller closes the store first. The current file is backed up before it is
    replaced, and the replacement is atomic: a crash leaves either the old file or the
    restored one.
    """
    data_dir = Path(data_dir)
    if isinstance(backup, str):
        backup = find_backup(data_dir, backup)
    info_path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    check_backup(info_path)
    database = data_dir / DATABASE_FILENAME
    now = now or datetime.now(UTC)
    safety = _safety_copy(data_dir, database, now) if database.exists() else None
    if database.exists():
        # Fold committed transactions still in the WAL into the file (the safety copy
        # already holds them); the WAL is removed below and must not be replayed
        # onto the restored file.
        with contextlib.suppress(sqlite3.Error):
            connection = sqlite3.connect(database)
            try:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
    temporary = data_dir / f".{DATABASE_FILENAME}.restore{PARTIAL_SUFFIX}"
    try:
        shutil.copyfile(info_path, temporary)
        _fsync_file(temporary)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(temporary, database)
        _fsync_dir(data_dir)
    finally:
        temporary.unlink(missing_ok=True)
    return safety


def start_background_backup(
    store: Store,
    reason: str,
    *,
    now: datetime | None = None,
    on_error: Callable[[Exception], None] | None = None,
) -> threading.Thread | None:
    """Back up the store on its background thread, after its earlier background work.

    The daily backup and the one after an export need not be waited for by the user;
    the store owns the thread, so closing the store waits for the backup to be written.
    """
    if store.data_dir is None:
        return None  # a server database (HQ) has its own backups

    def run() -> None:
        try:
            create_backup(store, reason, now=now)
        except (BackupError, OSError, DBAPIError) as error:
            # A missed backup must not stop the work it follows; tell whoever listens.
            if on_error is not None:
                on_error(error)
            else:
                logging.getLogger(__name__).warning("%s backup failed: %s", reason, error)

    return store.run_in_background(run, f"micdesk-backup-{reason_slug(reason)}")


def wait_for_background_backups(store: Store) -> None:
    """Wait until every background backup of the store is written (closing also waits)."""
    store.wait_for_background_work()
