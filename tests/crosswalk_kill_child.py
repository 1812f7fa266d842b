"""Child of tests/test_crosswalk_kill.py: imports a redesign and is killed inside the transaction.

Usage: python crosswalk_kill_child.py DATA_DIR WORKBOOK. Once the crosswalk has written
every carried value into the open transaction (flushed to SQLite, not committed), it
prints ``written`` and waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from micdesk.core import template_update
from micdesk.core.store import open_store


def main(data_dir: str, workbook: str) -> None:
    original = template_update.apply_crosswalk

    def apply_then_wait(session, plan, reason):
        touched = original(session, plan, reason)
        session.flush()
        print("written", flush=True)
        time.sleep(120)
        return touched

    template_update.apply_crosswalk = apply_then_wait
    store = open_store(Path(data_dir))
    preview = template_update.preview_template_import(store, Path(workbook))
    print("previewed", flush=True)
    template_update.apply_template_import(store, preview)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
