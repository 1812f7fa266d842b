"""The local store: SQLite through SQLAlchemy, migrated by Alembic (docs/design.md §6)."""

from __future__ import annotations

import ast
import contextlib
import functools
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from micdesk.core.data_folder import DATABASE_FILENAME, default_data_dir

if TYPE_CHECKING:
    from concurrent.futures import Executor

# Alembic is imported only where a migration runs or an unknown revision is judged:
# it and what it pulls in (mako, every SQL dialect) cost about half a second, which a
# start on a store already at head must not pay (docs/design.md §11: start-up under 1.5 s).

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class StoreError(Exception):
    """The store cannot be opened; the message says why and what to do."""


class StoreReadOnly(StoreError):
    """A write was attempted on a store opened read-only (damaged data being rescued)."""


READ_ONLY_MESSAGE = (
    "This data is open read-only because the data file is damaged: export what you "
    "need, then restore a backup (File → Restore a backup)."
)


class StoreTooNewError(StoreError):
    """The database was written by a newer micdesk: refuse rather than damage it."""


def _set_sqlite_pragmas(dbapi_connection, _connection_record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed edit survives a power cut, not only a crash (docs/design.md §6).
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_store_engine(url: str) -> Engine:
    """Create an engine for a database URL, with SQLite's safety pragmas where it applies."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _alembic_config(connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


VERSION_TABLE = "alembic_version"
# ``revision = "0002"`` and ``down_revision = "0001"`` (or None, or a tuple for a merge),
# as Alembic writes them at the top of every script, optionally with a type annotation.
_REVISION_LINE = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=\n]*)?=\s*(?P<value>.+?)\s*$", re.MULTILINE
)
# The files Alembic reads as revisions (alembic.script.base._only_source_rev_file).
_SCRIPT_NAME = re.compile(r"(?!\.\#|__init__)(.*\.py)$")


@dataclass(frozen=True)
class MigrationScripts:
    """The revisions this micdesk ships: the head and every known revision id."""

    head: str
    revisions: frozenset[str]


def migration_scripts() -> MigrationScripts:
    """The shipped revisions, read cheaply from the scripts' text (Alembic if that fails)."""
    versions = Path(MIGRATIONS_DIR) / "versions"
    try:
        # Keyed on names and modification times, so an edited folder is read again.
        listing = tuple(
            sorted(
                (entry.name, entry.stat().st_mtime_ns)
                for entry in os.scandir(versions)
                if entry.is_file() and _SCRIPT_NAME.match(entry.name)
            )
        )
    except OSError:
        listing = ()
    return _scan_migrations(str(MIGRATIONS_DIR), listing)


@functools.lru_cache(maxsize=8)
def _scan_migrations(directory: str, listing: tuple[tuple[str, int], ...]) -> MigrationScripts:
    scanned = _scan_revision_lines(Path(directory) / "versions", [name for name, _ in listing])
    return scanned if scanned is not None else _alembic_migration_scripts(directory)


def _scan_revision_lines(versions: Path, names: list[str]) -> MigrationScripts | None:
    # None whenever the text is not what Alembic writes (no sources shipped, an odd
    # assignment, several heads): Alembic itself then decides, slowly but surely.
    revisions: set[str] = set()
    parents: set[str] = set()
    for name in names:
        try:
            source = (versions / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        found: dict[str, object] = {}
        for match in _REVISION_LINE.finditer(source):
            if match["name"] in found:
                return None
            try:
                found[match["name"]] = ast.literal_eval(match["value"])
            except (ValueError, SyntaxError):
                return None
        revision, down = found.get("revision"), found.get("down_revision")
        if not isinstance(revision, str) or revision in revisions:
            return None
        if isinstance(down, str):
            down = (down,)
        elif down is None:
            down = ()
        if not isinstance(down, (tuple, list)) or not all(isinstance(d, str) for d in down):
            return None
        revisions.add(revision)
        parents.update(down)
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return MigrationScripts(head=heads.pop(), revisions=frozenset(revisions))


def _alembic_migration_scripts(directory: str) -> MigrationScripts:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(directory)
    head = script.get_current_head()
    assert head is not None
    return MigrationScripts(
        head=head, revisions=frozenset(r.revision for r in script.walk_revisions())
    )


def head_revision() -> str:
    """Return the newest schema revision this version of micdesk knows."""
    return migration_scripts().head


def current_revision(engine: Engine) -> str | None:
    """Return the schema revision the database is at (None for a new database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if len(rows) > 1:
        # Several heads at once: Alembic's own reading raises the error that says so.
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0]) if rows else None


def check_schema_known(engine: Engine) -> None:
    """Raise StoreTooNewError if the database was migrated by a newer micdesk."""
    check_revision_known(current_revision(engine))


def check_revision_known(revision: str | None) -> None:
    """Raise StoreTooNewError unless a schema revision (None: a new database) is one of ours."""
    if revision is None or revision in migration_scripts().revisions:
        return
    # Not one of ours by its id: ask Alembic, which also knows partial ids and symbols.
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    try:
        script.get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown id
        raise StoreTooNewError(
            f"This data was written by a newer version of micdesk (schema {revision}). "
            "Install the newer version to open it; nothing has been changed."
        ) from error


def _upgrade_in_one_sqlite_transaction(connection) -> None:
    # pysqlite runs DDL outside any transaction, so a crash half-way through an upgrade
    # would leave a half-made schema that no later start could migrate. Alembic keeps
    # out of a transaction it finds open, so the whole upgrade commits or rolls back.
    driver = connection.connection.driver_connection
    driver.isolation_level = None  # we issue BEGIN ourselves
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            from alembic import command

            command.upgrade(_alembic_config(connection), "head")
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
    finally:
        driver.isolation_level = ""


def migrate(engine: Engine) -> None:
    """Upgrade the schema to head on a connection with foreign keys off, then verify them."""
    check_schema_known(engine)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # The pragma is ignored inside a transaction, and batch migrations copy
            # tables, which foreign keys would refuse (docs/design.md §10).
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
            _upgrade_in_one_sqlite_transaction(connection)
        else:
            from alembic import command

            command.upgrade(_alembic_config(connection), "head")
            connection.commit()
        if engine.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise StoreError(f"Migration left broken references: {problems[:5]}")


Committed = Callable[[BaseException | None], None]
"""Told, on the store's committer thread, that a transaction is on disk (None) or why not."""


class HeldLock(Protocol):
    """A lock a store keeps until it is closed (the data folder's one-writer lock)."""

    def release(self) -> None:
        """Give the lock back."""


@dataclass
class Store:
    """An open store: the engine, the way to run one committed transaction, and its own
    background work, which closing waits for."""

    engine: Engine
    data_dir: Path | None = None
    read_only: bool = False
    # The data folder's writer lock, released by close() (None: the caller holds none).
    folder_lock: HeldLock | None = None
    # True when this open created the database in a folder that already held backups:
    # such a store must not rotate away the backups of the data it replaced.
    fresh_over_backups: bool = False
    _background: threading.Thread | None = field(default=None, init=False, repr=False)
    _background_guard: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False
    )
    _writer: Connection | None = field(default=None, init=False, repr=False)
    _writer_generation: int = field(default=0, init=False, repr=False)
    _commits: int = field(default=0, init=False, repr=False)  # transactions committed here
    _writer_guard: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)
    _closed: bool = field(default=False, init=False, repr=False)
    # Set while no commit handed to the committer thread is under way (transaction(committed=)).
    _no_commit_pending: threading.Event = field(
        default_factory=threading.Event, init=False, repr=False
    )
    _committer: Executor | None = field(default=None, init=False, repr=False)
    _writer_failed: bool = field(default=False, init=False, repr=False)  # dropped at next use

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._no_commit_pending.set()

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, when the store is a local file."""
        return self.data_dir / DATABASE_FILENAME if self.data_dir else None

    @contextmanager
    def transaction(self, committed: Committed | None = None) -> Iterator[Session]:
        """Run a block in one transaction: committed on success, rolled back on error.

        With ``committed``, the commit (SQLite's fsync) is left to the store's committer
        thread and the block's caller goes on at once; ``committed`` is then called on
        that thread. Until it is, every read and write of the store waits for it.
        """
        if self.read_only:
            raise StoreReadOnly(READ_ONLY_MESSAGE)
        # Every write of this store goes through one connection, one at a time: SQLite
        # has one writer anyway, and that connection's PRAGMA data_version then changes
        # only for what other connections (other processes) commit (see change_token).
        with self._writer_guard:
            self._no_commit_pending.wait()
            if self._writer_failed:  # (a commit on the committer thread failed on it)
                self._writer_failed = False
                self._drop_writer()
            connection = self._writer_connection()
            if committed is not None:
                with self._handed_over(connection, committed) as session:
                    yield session
                return
            try:
                with Session(bind=connection, expire_on_commit=False) as session, session.begin():
                    yield session
            except DBAPIError:
                self._drop_writer()  # a connection that failed (disk I/O, …) is not reused
                raise
            self._commits += 1

    @contextmanager
    def _handed_over(self, connection: Connection, committed: Committed) -> Iterator[Session]:
        """A transaction whose commit runs on the committer thread (see ``transaction``)."""
        session = Session(bind=connection, expire_on_commit=False)
        transaction = session.begin()
        try:
            yield session
        except BaseException as error:
            with contextlib.suppress(Exception):
                transaction.rollback()
            session.close()
            if isinstance(error, DBAPIError):
                self._drop_writer()
            raise
        if self._committer is None:
            # Imported at the first commit handed over, not at start-up (~1 ms there).
            from concurrent.futures import ThreadPoolExecutor

            self._committer = ThreadPoolExecutor(1, thread_name_prefix="micdesk-commit")
        self._no_commit_pending.clear()  # (the writer guard is held: no one else uses it)
        self._committer.submit(self._commit, session, committed)

    def _commit(self, session: Session, committed: Committed) -> None:
        # Runs on the committer thread, without the writer guard: every other use of the
        # writer connection waits for _no_commit_pending first (under the guard).
        failure: BaseException | None = None
        try:
            session.commit()
            self._commits += 1
        except BaseException as error:  # (reported to the caller, whatever it is)
            failure = error
            with contextlib.suppress(Exception):
                session.rollback()
            self._writer_failed = isinstance(error, DBAPIError)
        finally:
            session.close()
            self._no_commit_pending.set()
        committed(failure)

    def wait_for_commit(self) -> None:
        """Wait until the commit handed to the committer thread, if any, is done."""
        self._no_commit_pending.wait()

    def change_token(self) -> tuple[int, int] | None:
        """A value that changes when another connection or process commits to the store.

        Its own writes (through transaction()) leave it as it is. None where it cannot be
        told (a read-only or a server store, or a write of its own under way).
        """
        if self.read_only or self.engine.dialect.name != "sqlite":
            return None
        # Never waits: while a long write (an import on a worker thread) holds the
        # connection, the answer is "cannot tell now", not a frozen window.
        if not self._writer_guard.acquire(blocking=False):
            return None
        try:
            if not self._no_commit_pending.is_set():
                return None
            connection = self._writer_connection()
            raw = connection.connection.driver_connection
            (version,) = raw.execute("PRAGMA data_version").fetchone()
            return self._writer_generation, int(version)
        finally:
            self._writer_guard.release()

    def commit_token(self) -> tuple[int, int, int] | None:
        """A value that changes whenever a transaction is committed, here or by another connection.

        Equal tokens taken before a read and later mean the store holds what was read.
        None where it cannot be told (see change_token).
        """
        token = self.change_token()
        return None if token is None else (*token, self._commits)

    def checkpoint(self) -> bool:
        """Copy what SQLite's write-ahead log holds into the database file, without waiting.

        SQLite does it by itself in the commit that fills the log (a thousand pages),
        which made that one commit tens of milliseconds longer; the window calls this
        while idle instead, so the log never fills while someone types. PASSIVE: it
        neither waits for readers nor holds up writers. False when nothing was done (a
        read-only, closed or server store, a write of its own under way, or SQLite busy).
        """
        if self.read_only or self._closed or self.engine.dialect.name != "sqlite":
            return False
        if not self._writer_guard.acquire(blocking=False):
            return False
        try:
            if not self._no_commit_pending.is_set():
                return False
            raw = self._writer_connection().connection.driver_connection
            (busy, _log, _copied) = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return busy == 0
        except sqlite3.Error:  # (a disk fault: the next write says so, in its own words)
            return False
        finally:
            self._writer_guard.release()

    def _writer_connection(self) -> Connection:
        if self._writer is None:
            self._writer = self.engine.connect()
            self._writer_generation += 1
        return self._writer

    def _drop_writer(self) -> None:
        with self._writer_guard:
            writer, self._writer = self._writer, None
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.invalidate()
                    writer.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading (once a commit under way is done); nothing it does is committed."""
        self._no_commit_pending.wait()
        with self._sessions() as session:
            yield session

    def run_in_background(self, work: Callable[[], None], name: str) -> threading.Thread:
        """Run work on a thread after the store's earlier background work; close() waits."""
        with self._background_guard:
            previous = self._background

            def run() -> None:
                if previous is not None:
                    previous.join()
                work()

            # Not a daemon: a process that exits right after an export still finishes
            # the backup that follows it.
            thread = threading.Thread(target=run, name=name)
            self._background = thread
            thread.start()
        return thread

    def wait_for_background_work(self) -> None:
        """Wait until every piece of background work started on the store has ended."""
        with self._background_guard:
            thread = self._background
        if thread is not None and thread is not threading.current_thread():
            thread.join()  # it joined the one before it

    @property
    def is_closed(self) -> bool:
        """Whether close() was called (work done later, while idle, must not reopen it)."""
        return self._closed

    def close(self) -> None:
        """Wait for the background work, release every connection, then the folder lock."""
        self._closed = True
        self.wait_for_background_work()
        self.wait_for_commit()
        if self._committer is not None:
            self._committer.shutdown()
        with self._writer_guard:
            writer, self._writer = self._writer, None
            if writer is not None:
                writer.close()
        self.engine.dispose()
        lock, self.folder_lock = self.folder_lock, None
        if lock is not None:
            lock.release()


def open_store(data_dir: Path | None = None, *, migrate_schema: bool = True) -> Store:
    """Open (creating and migrating as needed) the store in a data folder."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    database = data_dir / DATABASE_FILENAME
    new = not database.exists() or database.stat().st_size == 0
    store = Store(create_store_engine(f"sqlite:///{database}"), data_dir)
    # Backups (backups/micdesk-*.sqlite3) of data this new file replaces: keep them all.
    store.fresh_over_backups = new and any((data_dir / "backups").glob("micdesk-*.sqlite3"))
    return _prepare(store, migrate_schema)


def open_store_url(url: str, *, migrate_schema: bool = True) -> Store:
    """Open a store at a database URL (e.g. PostgreSQL for HQ consolidation)."""
    return _prepare(Store(create_store_engine(url)), migrate_schema)


def _prepare(store: Store, migrate_schema: bool) -> Store:
    try:
        if migrate_schema:
            migrate(store.engine)
        else:
            check_schema_known(store.engine)
    except Exception:
        store.close()
        raise
    return store


def sqlite_quick_check(store: Store) -> list[str]:
    """Run PRAGMA quick_check; an empty list means the file is sound."""
    with store.engine.connect() as connection:
        rows = [row[0] for row in connection.execute(text("PRAGMA quick_check"))]
    return [] if rows == ["ok"] else rows
