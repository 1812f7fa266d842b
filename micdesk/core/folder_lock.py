"""One writer per data folder (docs/design.md §6): the lock every writing process holds.

The window holds it from start to close; every command that writes (template
import, submission load, export, backup create and restore) holds it while it
runs. Read-only commands (``submission check``, ``backup list``) take none.

The lock is an operating-system lock (``flock`` on POSIX, ``LockFileEx`` through
msvcrt on Windows) on ``micdesk.lock`` in the data folder. The system drops it
when its process ends, however it ends, so a lock left by a crash is never in
the way and a reused process id is never mistaken for the holder. The file's
text says who holds it: the process id, the program, the host and since when,
one per line (the first three as Qt's QLockFile writes them).
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from micdesk.core.store import StoreError

LOCK_FILENAME = "micdesk.lock"
WINDOW = "micdesk window"
# A command waits this long for another command to finish; never for a window,
# which may stay open all day.
COMMAND_WAIT_SECONDS = 10.0
_POLL_SECONDS = 0.1
# Windows locks are mandatory: lock a byte far past the text so readers can still read it.
_WINDOWS_LOCK_OFFSET = 1 << 20


@dataclass(frozen=True)
class LockHolder:
    """Who holds a data folder's lock, as its lock file says."""

    pid: int
    hostname: str
    application: str
    since: datetime | None

    def describe(self) -> str:
        """'the micdesk window (process 12 on host, since 2026-12-01 09:15 UTC)'."""
        what = "the micdesk window" if self.application == WINDOW else self.application
        when = f", since {self.since:%Y-%m-%d %H:%M} UTC" if self.since else ""
        return f"{what} (process {self.pid} on {self.hostname}{when})"


class DataFolderBusy(StoreError):
    """Another micdesk process is writing to the data folder; the message says which."""

    def __init__(self, data_dir: Path, holder: LockHolder | None) -> None:
        self.data_dir = data_dir
        self.holder = holder
        who = holder.describe() if holder is not None else "another micdesk process"
        advice = "close it" if holder is not None and holder.application == WINDOW else "wait"
        super().__init__(
            f"the data folder {data_dir} is in use by {who}; {advice}, then try again "
            "(nothing was changed)"
        )


def read_holder(data_dir: Path) -> LockHolder | None:
    """What the data folder's lock file says about its holder (None if unreadable)."""
    try:
        lines = (Path(data_dir) / LOCK_FILENAME).read_text(encoding="utf-8").splitlines()
        pid = int(lines[0])
    except (OSError, UnicodeDecodeError, IndexError, ValueError):
        return None
    application = lines[1] if len(lines) > 1 and lines[1] else "micdesk"
    hostname = lines[2] if len(lines) > 2 and lines[2] else "this computer"
    since = None
    if len(lines) > 3:
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(lines[3]).astimezone(UTC)
    return LockHolder(pid, hostname, application, since) if pid > 0 else None


class DataFolderLock:
    """The writer lock of a data folder; held from acquire() to release()."""

    def __init__(self, data_dir: Path, application: str) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / LOCK_FILENAME
        self.application = application
        self._descriptor: int | None = None

    def try_acquire(self) -> bool:
        """Take the lock if no live process holds it; never waits."""
        if self._descriptor is not None:
            return True
        self.data_dir.mkdir(parents=True, exist_ok=True)
        while True:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _lock(descriptor):
                os.close(descriptor)
                return False
            if _same_file(descriptor, self.path):
                break
            # The holder released (and removed) the file between our open and lock:
            # we hold a lock on a file nobody else will look at; start again.
            os.close(descriptor)
        since = datetime.now(UTC).isoformat(timespec="seconds")
        text = f"{os.getpid()}\n{self.application}\n{socket.gethostname()}\n{since}\n"
        os.ftruncate(descriptor, 0)
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.write(descriptor, text.encode("utf-8"))
        self._descriptor = descriptor
        return True

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock, waiting up to ``wait`` seconds for a command (never for the window).

        Raises DataFolderBusy, which names the holder, if it cannot be had.
        """
        deadline = time.monotonic() + wait
        while not self.try_acquire():
            holder = self.holder()
            if time.monotonic() >= deadline or (
                holder is not None and holder.application == WINDOW
            ):
                raise DataFolderBusy(self.data_dir, holder)
            time.sleep(_POLL_SECONDS)

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as its file says."""
        return read_holder(self.data_dir)

    def release(self) -> None:
        """Give the lock back (and remove the file, where the system allows it)."""
        descriptor, self._descriptor = self._descriptor, None
        if descriptor is None:
            return
        if os.name == "posix":
            # Removed while still locked, so nobody can lock this file again after us;
            # a process waiting on it sees it is gone and opens a new one.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        os.close(descriptor)  # the system lock goes with the descriptor

    def __enter__(self) -> DataFolderLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _lock(descriptor: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(descriptor, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(descriptor: int, path: Path) -> bool:
    if os.name == "nt":
        return True  # Windows never removes the file (it is open), so it cannot change
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (opened.st_dev, opened.st_ino) == (named.st_dev, named.st_ino)
