"""Where the data folder is (the per-user one, or the one MICDESK_DATA_DIR names), and its store's file.

Apart from the store so that the window can find its settings and paint before the
store's modules (SQLAlchemy) are loaded (issue 21).
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENVIRONMENT_VARIABLE = "MICDESK_DATA_DIR"
# The store's SQLite file in the data folder.
DATABASE_FILENAME = "micdesk.sqlite3"


def default_data_dir() -> Path:
    """Return the per-user data folder, or the one named by MICDESK_DATA_DIR."""
    override = os.environ.get(DATA_DIR_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("micdesk", "UNIDO"))
