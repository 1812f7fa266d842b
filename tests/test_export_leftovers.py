"""An export killed at any point leaves no half-truth: recorded only once its file is in place."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from micdesk.core.model import SubmissionExport
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.xlsx_files import STALE_PART_SECONDS

# Exports Kenya 2025 as final, and dies by SIGKILL at the moment named by argv[3]:
# "before-rename" (the workbook is written, not yet renamed) or "after-rename".
KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
import micdesk.core.xlsx_files as xlsx_files
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if sys.argv[3] == "before-rename":
    xlsx_files.os.replace = lambda *args: die()
else:
    rename = xlsx_files.os.replace
    xlsx_files.os.replace = lambda *args: (rename(*args), die())
store = open_store(Path(sys.argv[1]))
export_submission(store, open_submission(store, "KEN", "2025"), Path(sys.argv[2]), final=True)
"""


def store_dump_hash(data_dir: Path) -> str:
    """The SHA-256 of the store's SQL dump."""
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """Kenya's 2025 submission, complete enough to be exported as final."""

    def fill(store) -> None:
        submission = open_submission(store, "KEN", "2025")
        template = submission.template
        for indicator in template.indicators:
            for cell in template.cells_of(indicator):
                if indicator.kind.value == "yes_no":
                    value: object = True
                else:
                    value = 10 if cell == "" else 2
                if indicator.code == "SKL-1" and cell == "":
                    value = 8
                set_value(store, submission, indicator.code, cell, value=value, comment="checked")

    return make_data_dir(fill)


def _exports(data_dir: Path) -> int:
    store = open_store(data_dir)
    try:
        with store.read() as session:
            return session.scalar(select(func.count()).select_from(SubmissionExport)) or 0
    finally:
        store.close()


def _killed_export(data_dir: Path, target: Path, moment: str) -> int:
    completed = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(data_dir), str(target), moment],
        capture_output=True,
        text=True,
        timeout=120,
    )
    return completed.returncode


def test_an_export_killed_before_its_rename_is_not_recorded_and_its_part_is_cleaned_later(
    data_dir, tmp_path
):
    target = tmp_path / "out" / "KEN-2025.xlsx"
    before = store_dump_hash(data_dir)
    assert _killed_export(data_dir, target, "before-rename") == -9
    assert not target.exists()
    [part] = target.parent.glob(".KEN-2025-*.xlsx.part")
    assert store_dump_hash(data_dir) == before  # nothing recorded: not submitted
    # The next export beside it removes what the killed one left, once it is stale.
    old = time.time() - STALE_PART_SECONDS - 60
    os.utime(part, (old, old))
    store = open_store(data_dir)
    try:
        result = export_submission(store, open_submission(store, "KEN", "2025"), target)
    finally:
        store.close()
    assert not part.exists()
    assert result.revision == 1 and target.exists()
    assert list(target.parent.glob(".*.part")) == []


def test_a_fresh_part_file_of_an_export_at_work_is_left_alone(data_dir, tmp_path):
    target = tmp_path / "KEN-2025.xlsx"
    at_work = tmp_path / ".KEN-2025-abcd1234.xlsx.part"
    at_work.write_bytes(b"being written")
    store = open_store(data_dir)
    try:
        export_submission(store, open_submission(store, "KEN", "2025"), target)
    finally:
        store.close()
    assert at_work.exists()


def test_an_export_killed_after_its_rename_is_never_recorded_without_its_file(data_dir, tmp_path):
    target = tmp_path / "KEN-2025.xlsx"
    before = store_dump_hash(data_dir)
    assert _killed_export(data_dir, target, "after-rename") == -9
    # The file got its name but the store does not claim it: the next export is
    # revision 1 again, and the store says submitted only for a file that exists.
    assert target.exists() and read_submission(target).final
    assert store_dump_hash(data_dir) == before
    assert _exports(data_dir) == 0


def test_an_export_the_store_cannot_record_leaves_no_file_behind(data_dir, tmp_path, monkeypatch):
    from micdesk.core.store import Store

    target = tmp_path / "KEN-2025.xlsx"
    before = store_dump_hash(data_dir)
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")

    def refuse(self):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "transaction", refuse)
    try:
        with pytest.raises(OSError):
            export_submission(store, submission, target, final=True)
    finally:
        monkeypatch.undo()
        store.close()
    assert not target.exists()
    assert list(tmp_path.glob(".*.part")) == []
    assert store_dump_hash(data_dir) == before
