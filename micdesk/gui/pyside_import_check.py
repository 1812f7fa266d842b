"""A faster answer to the question PySide6 asks of every module imported after it.

PySide6 (its ``__feature__`` support, PYSIDE-2029) checks each newly imported module
for the text "PySide6" by reading its whole source through ``inspect.getsource``,
which tokenizes the file and fills ``linecache``: for the ~400 modules the window
loads after Qt (SQLAlchemy, the ORM, micdesk's own), that is ~50 ms of start-up
(issue 21). Reading the file's bytes answers the same question in a quarter of that.
Where PySide6 no longer has that check (a later release), nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType


def read_source_faster_on_import() -> bool:
    """Make PySide6's per-import source check read bytes; True if the check was found."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return False

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # built-in, compiled or zipped: PySide's own way
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True
