"""One running micdesk per data folder (DESIGN §6): a QLockFile beside the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from micdesk.core.startup import LOCK_FILENAME


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as the lock file says."""

    pid: int
    hostname: str
    application: str


class InstanceLock:
    """The single-instance lock of a data folder; held from acquire() to release()."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / LOCK_FILENAME
        self._lock = QLockFile(str(self.path))
        # 0: a lock is stale only when its process is gone. With the default (30 s), a
        # second start would take the lock from a window that has simply been open a while.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock without waiting; a lock left by a crashed process is taken over."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._holder_is_gone():
            # Qt recognises most stale locks itself; this covers a holder Qt cannot judge
            # (for instance a lock file whose contents were cut short by the crash).
            self._lock.removeStaleLockFile()
            return self._lock.tryLock(0)
        return False

    def _holder_is_gone(self) -> bool:
        from micdesk.core.startup import lock_holder_pid

        holder = self.holder()
        return holder is None or lock_holder_pid(self.path.parent) is None

    def holder(self) -> LockHolder | None:
        """The process that holds the lock, if the lock file can be read."""
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, application)
        if not isinstance(info, tuple) or len(info) != 3 or not info[0] or int(info[0]) <= 0:
            return None
        pid, hostname, application = info
        return LockHolder(int(pid), str(hostname), str(application))

    @property
    def is_locked(self) -> bool:
        """True while this object holds the lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the lock back (removes the lock file)."""
        if self._lock.isLocked():
            self._lock.unlock()
