"""SQLite's quick_check of the data file, run on a thread while the window is still loading.

Start-up checks the store before it opens it (docs/design.md §6). On a large store
the check alone takes a tenth to a quarter of a second, all of it inside SQLite, which
lets other Python threads run: started as soon as the window's skeleton is painted, it
is done by the time the store's modules (SQLAlchemy, the ORM) are loaded (issue 21).

Only a clean answer is used: anything else (a missing, empty, locked or damaged
file) leaves the check to ``prepare_store``, which says what is wrong its usual way.
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from pathlib import Path


class QuickCheckAhead:
    """A quick_check of one SQLite file, started now on its own thread."""

    def __init__(self, database: Path) -> None:
        self.database = Path(database)
        self._sound = False
        self._thread = threading.Thread(target=self._run, name="micdesk-quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self.database.stat().st_size == 0:
                return  # SQLite would call an empty file a sound empty database
            uri = f"{self.database.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                rows = connection.execute("PRAGMA quick_check").fetchall()
            self._sound = rows == [("ok",)]
        except (OSError, sqlite3.Error):
            self._sound = False

    def found_sound(self) -> bool:
        """Wait for the check; True only if SQLite found the file sound."""
        self._thread.join()
        return self._sound
