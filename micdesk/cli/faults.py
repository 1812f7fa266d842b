"""Faults of the machine (a full disk, a read-only folder, a damaged store) in one line.

A command that meets one prints this line and its exit code, never a traceback:
SQLite's and SQLAlchemy's own texts carry SQL statements and links that say
nothing to the person at the keyboard.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from micdesk.core.machine_faults import MachineFault, first_line, machine_fault, root_error
from micdesk.core.store import StoreError
from micdesk.core.xlsx_files import shown

EXIT_FAULT = 1
# Commands whose documented code for "could not be written" is another one.
FAULT_EXIT_CODES = {"consolidate": 3}
_MACHINE_LINES = {
    MachineFault.FULL: "{name}the disk is full; free some space and try again",
    MachineFault.READ_ONLY: "{name}the data folder is read-only; micdesk cannot write there",
    MachineFault.DENIED: "{name}permission denied; micdesk may not write there",
    MachineFault.BUSY: "the store is busy: another micdesk is writing to it; try again in a moment",
    MachineFault.DISK_ERROR: (
        "the disk reported an error while writing (disk I/O error): is it full or removed?"
    ),
}


def fault_line(error: BaseException) -> str:
    """What went wrong, in the user's terms, in one line (no SQL, no traceback)."""
    if isinstance(error, StoreError):
        return str(error)  # micdesk's own: it already says why and what to do
    root = root_error(error)
    text = first_line(root)
    lowered = text.lower()
    where = getattr(root, "filename", None)
    name = f"{Path(str(where)).name}: " if where else ""
    fault = machine_fault(root)
    if fault is not None:
        return _MACHINE_LINES[fault].format(name=name)
    if isinstance(root, sqlite3.DatabaseError) and not isinstance(root, sqlite3.OperationalError):
        return (
            f"the data file is damaged ({shown(text)}); restore the newest good backup "
            "with 'micdesk backup restore'"
        )
    if isinstance(root, sqlite3.OperationalError) and "decode" in lowered:
        return (
            "the data file is damaged (text that is not UTF-8); restore the newest good "
            "backup with 'micdesk backup restore'"
        )
    if isinstance(root, OSError):
        return f"{name}{root.strerror or shown(text)}"
    return f"{type(root).__name__}: {shown(text)}"


def is_fault(error: BaseException) -> bool:
    """Whether ``error`` is a fault of the machine or the store, not a bug of micdesk."""
    if isinstance(error, OSError | sqlite3.Error):
        return True
    try:
        from sqlalchemy.exc import DBAPIError
    except ImportError:  # pragma: no cover - SQLAlchemy is a dependency
        return False
    return isinstance(error, DBAPIError)


def path_refusal(path: Path, error: Exception) -> str:
    """A refusal of a path named on the command line, with the path as typed."""
    message = str(error)
    prefix = f"{Path(path).name}: "
    return f"{path}: {message[len(prefix) :]}" if message.startswith(prefix) else message
