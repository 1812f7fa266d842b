"""Faults of the machine under the store (a full disk, a read-only folder), told apart once.

The command line words them in English (``cli/faults.py``) and the window in the user's
language (``gui/commands.py``); both tell them apart here, from the error SQLite or the
system raised (SQLAlchemy's wrapper set aside).
"""

from __future__ import annotations

import errno
from enum import StrEnum

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}
_DENIED = {errno.EACCES, errno.EPERM}


class MachineFault(StrEnum):
    """What the machine refused, where it is one of the faults a user can act on."""

    FULL = "full"
    READ_ONLY = "read_only"
    DENIED = "denied"
    BUSY = "busy"
    DISK_ERROR = "disk_error"


def root_error(error: BaseException) -> BaseException:
    """The driver's or the system's error: SQLAlchemy wraps it in ``orig``, with the SQL."""
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def first_line(error: BaseException) -> str:
    """The first line of the root error's text, or its type's name when it has none."""
    text = str(root_error(error)).strip()
    return text.splitlines()[0] if text else type(root_error(error)).__name__


def machine_fault(error: BaseException) -> MachineFault | None:
    """Which fault of the machine ``error`` is (None: none of those)."""
    root = root_error(error)
    lowered = first_line(root).lower()
    number = getattr(root, "errno", None)
    if number in _FULL or "disk is full" in lowered:
        return MachineFault.FULL
    if number in _READ_ONLY or "readonly" in lowered or "read-only" in lowered:
        return MachineFault.READ_ONLY
    if number in _DENIED:
        return MachineFault.DENIED
    if "database is locked" in lowered or "database is busy" in lowered:
        return MachineFault.BUSY
    if "disk i/o error" in lowered:
        return MachineFault.DISK_ERROR
    return None
