"""Small refusals: each leaves the store (or the folder) as it was, with one clear line."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template


def store_dump_hash(data_dir: Path) -> str:
    """The SHA-256 of the store's SQL dump."""
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A folder with the built-in template as a workbook and Kenya's 2025 export."""
    source = tmp_path / "source"
    store = open_store(source)
    ensure_default_template(store)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    store.close()
    argv = ["--data-dir", str(source)]
    assert main([*argv, "template", "blank", str(tmp_path / "template.xlsx")]) == 0
    assert main([*argv, "export", "--country", "KEN", "--period", "2025",
                 "--out", str(tmp_path / "ken.xlsx")]) == 0  # fmt: skip
    return tmp_path


def test_a_refused_template_import_into_a_new_folder_creates_nothing(files, capsys):
    new_folder = files / "new"
    capsys.readouterr()
    # The blank of the built-in template: the version is not above the one a new store has.
    code = main(["--data-dir", str(new_folder), "template", "import", "--yes",
                 str(files / "template.xlsx")])  # fmt: skip
    assert code == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert "is not above the installed version 1" in out[0]
    assert out[-1] == "template.xlsx: 1 problem; not imported, nothing was changed"
    assert not new_folder.exists()


def test_a_load_where_nothing_can_be_loaded_is_refused_and_creates_no_rows(files, capsys):
    crafted = files / "unknown-codes.xlsx"
    workbook = openpyxl.load_workbook(files / "ken.xlsx")
    codes = {"TEC-2"}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in codes:
                    cell.value = f"ZZZ-{cell.value[4:]}"
    workbook.save(crafted)
    data_dir = files / "fresh"
    store = open_store(data_dir)
    ensure_default_template(store)
    store.close()
    before = store_dump_hash(data_dir)
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "submission", "load", "--accept-edited",
                 str(crafted)])  # fmt: skip
    assert code == 1
    captured = capsys.readouterr()
    [line] = captured.err.strip().splitlines()
    assert line.startswith("refused: unknown-codes.xlsx: none of its values can go into")
    assert "0 new, 0 conflict(s), 0 unchanged, 1 not loadable" in captured.out
    assert store_dump_hash(data_dir) == before  # no profile, no submission


def test_a_template_value_past_column_500_is_refused_where_it_is(files, capsys):
    crafted = files / "wide.xlsx"
    workbook = openpyxl.load_workbook(files / "template.xlsx")
    sheet = workbook.worksheets[0]
    sheet.cell(row=2, column=501, value="dropped?")
    workbook.save(crafted)
    capsys.readouterr()
    assert main(["template", "check", "--ignore-installed", str(crafted)]) == 1
    [line] = capsys.readouterr().out.strip().splitlines()
    assert f"{sheet.title}!SG2: a value past column 500 (SF)" in line
