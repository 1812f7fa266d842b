"""A kill -9 in the middle of a crosswalk import leaves the store at the old version (issue 17)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from micdesk.core.store import open_store
from micdesk.core.submissions import list_values, open_submission
from micdesk.core.template_store import installed_version
from micdesk.core.template_update import count_values
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import REDESIGN, version_two
from tests.test_crosswalk_import import COUNTRIES, PERIODS, redesigned_store  # noqa: F401

CHILD = Path(__file__).with_name("crosswalk_kill_child.py")


def everything(store) -> dict:
    """Every value cell of every redesign submission, archived ones included."""
    return {
        (country, period): list_values(
            store, open_submission(store, country, period, REDESIGN), include_archived=True
        )
        for country in COUNTRIES
        for period in PERIODS
    }


def test_a_kill_during_the_import_leaves_the_store_at_the_old_version(
    redesigned_store,  # noqa: F811
    tmp_path,
):
    store, _ = redesigned_store
    before = everything(store)
    count = count_values(store)
    folder = store.data_dir
    store.close()
    workbook = write_sheets(tmp_path / "v2-kill.xlsx", version_two())
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), str(workbook)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = [child.stdout.readline().strip(), child.stdout.readline().strip()]
        assert lines == ["previewed", "written"], child.stderr.read()
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=60) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()

    reopened = open_store(folder)
    try:
        with reopened.read() as session:
            assert installed_version(session, REDESIGN) == 1
        assert count_values(reopened) == count
        assert everything(reopened) == before
    finally:
        reopened.close()
