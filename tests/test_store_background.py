"""The store owns its background work: closing it always waits, whoever forgets to."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from micdesk.core.backups import list_backups
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template


def test_closing_a_store_waits_for_its_background_work(tmp_path):
    store = open_store(tmp_path / "data")
    finished = threading.Event()

    def slow() -> None:
        time.sleep(0.5)
        finished.set()

    store.run_in_background(slow, "slow work")
    store.close()
    assert finished.is_set()


def test_background_work_runs_one_piece_after_the_other(tmp_path):
    store = open_store(tmp_path / "data")
    order: list[str] = []
    store.run_in_background(lambda: (time.sleep(0.3), order.append("first")), "first")
    store.run_in_background(lambda: order.append("second"), "second")
    store.close()
    assert order == ["first", "second"]


def test_a_folder_can_be_removed_right_after_an_export_and_close(tmp_path):
    # benchmarks/consolidation.py did exactly this, and the export's background backup
    # was still writing: "OSError: [Errno 39] Directory not empty: 'backups'".
    for _ in range(3):
        with tempfile.TemporaryDirectory(dir=tmp_path) as scratch:
            store = open_store(Path(scratch))
            ensure_default_template(store)
            submission = open_submission(store, "KEN", "2025")
            set_value(store, submission, "TEC-2", value=7)
            export_submission(store, submission, Path(scratch) / "ken.xlsx")
            store.close()  # nothing else waits for the after-export backup
            assert [b.reason for b in list_backups(Path(scratch))] == ["after-export"]


def test_the_change_token_moves_for_other_connections_commits_only(tmp_path):
    store = open_store(tmp_path / "data")
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    token = store.change_token()
    set_value(store, submission, "TEC-2", value=7)  # its own write
    assert store.change_token() == token
    other = open_store(tmp_path / "data")  # another process, as far as SQLite can tell
    set_value(other, open_submission(other, "KEN", "2025"), "TEC-3", value=1)
    other.close()
    assert store.change_token() != token
    store.close()


def test_the_change_token_does_not_wait_for_a_write_under_way(tmp_path):
    store = open_store(tmp_path / "data")
    ensure_default_template(store)
    writing, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with store.transaction():
            writing.set()
            release.wait(10)

    worker = threading.Thread(target=long_write)
    worker.start()
    writing.wait(10)
    try:
        assert store.change_token() is None  # "cannot tell now", at once
    finally:
        release.set()
        worker.join()
    assert store.change_token() is not None
    store.close()
