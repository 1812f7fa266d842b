"""One running micdesk per data folder (docs/design.md §6): the window holds the folder's writer lock.

The lock itself is the core's (micdesk.core.folder_lock), shared with every command
that writes, so that a command is refused while the window is open and the window
does not open while a command writes.
"""

from __future__ import annotations

from pathlib import Path

from micdesk.core.folder_lock import WINDOW, DataFolderBusy, DataFolderLock, LockHolder

__all__ = ["InstanceLock", "LockHolder"]


class InstanceLock:
    """The window's hold on a data folder; held from acquire() to release()."""

    def __init__(self, data_dir: Path) -> None:
        self._lock = DataFolderLock(Path(data_dir), WINDOW)
        self.path = self._lock.path

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to ``wait`` s for a command that holds it (never for a
        window); a lock left by a crashed process is no obstacle."""
        try:
            self._lock.acquire(wait)
        except DataFolderBusy:
            return False
        return True

    def holder(self) -> LockHolder | None:
        """The process that holds the lock, if the lock file can be read."""
        return self._lock.holder()

    def release(self) -> None:
        """Give the lock back (removes the lock file)."""
        self._lock.release()
