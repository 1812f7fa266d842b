"""Damaged, hostile and out-of-range inputs, and faults of the machine, through every command.

Each refusal is one line with the documented exit code, and the store is unchanged
(the SHA-256 of its ``iterdump``). The crafted files come from
``tests/hostile_workbooks.py`` or are built here.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest
from hostile_workbooks import (
    HostileWorkbook,
    minimal_template_sheets,
    write_hostile_workbooks,
    write_sheets,
)
from sqlalchemy import event
from sqlalchemy.engine import Engine

from micdesk.cli.main import main
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template

# The damaged packages of issue 13 (item 4) and the floods (item 7), with the words
# of their refusal.
DAMAGED = {
    "encrypted_part": "is encrypted",
    "deflate64": "compressed with Deflate64",
    "corrupt_deflate": "damaged or truncated",
    "non_utf8_name": "not valid UTF-8",
    "shared_string_flood": "more than 200,000 distinct texts",
    "cell_format_flood": "more than 64,000 cell formats",
    "big_part": "more than the 32 MB limit",
    "sheet_outside_worksheets": "xl/data/tall.xml has more than 100,000 rows",
    "far_column": "more than 10,000 cells beyond column 500 (SF)",
    "xml_entity_bomb": "defusedxml EntitiesForbidden",
    "hidden_macros": "contains macros",
}


def store_digest(data_dir: Path) -> str:
    """SHA-256 of the store's SQL dump: equal digests, equal contents."""
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, list[str]]:
    """Run micdesk in this process: the exit code and every line it printed (both streams)."""
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return code, (captured.out + captured.err).splitlines()


def _export(folder: Path, country: str, value: int) -> Path:
    store = open_store(folder / f"source-{country}")
    try:
        ensure_default_template(store)
        submission = open_submission(store, country, "2025")
        set_value(store, submission, "TEC-2", value=value, comment="fine")
        return export_submission(store, submission, folder / f"{country}.xlsx").path
    finally:
        store.close()


def _sheets(path: Path) -> dict[str, list[list[object]]]:
    workbook = openpyxl.load_workbook(path)
    return {
        sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()]
        for sheet in workbook.worksheets
    }


def _with_meta(sheets: dict[str, list[list[object]]], key: str, value: object) -> dict:
    copied = {name: [list(row) for row in rows] for name, rows in sheets.items()}
    for row in copied["_micdesk"]:
        if row and row[0] == key:
            row[1] = value
    return copied


class Inputs:
    """Two good returns, every damaged kind built from a return, and a data folder."""

    def __init__(self, folder: Path) -> None:
        self.good = [_export(folder, "KEN", 5), _export(folder, "GHA", 7)]
        sheets = _sheets(self.good[0])
        self.cases: dict[str, HostileWorkbook] = write_hostile_workbooks(
            folder / "cases", base=sheets, target=("Data", "F2")
        )
        self.revision_2_63 = write_sheets(
            folder / "revision_2_63.xlsx", _with_meta(sheets, "revision", str(2**63))
        )
        self.data_dir = folder / "data"
        store = open_store(self.data_dir)
        ensure_default_template(store)
        store.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    """Built once: the corpus takes seconds."""
    return Inputs(tmp_path_factory.mktemp("hostile-inputs"))


# Item 4 and 7: every reader refuses each damaged kind in one line. ---------------------


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_submission_check_refuses_a_damaged_package_in_one_line_with_exit_4(inputs, capsys, name):
    path = inputs.cases[name].path
    code, lines = run(capsys, "submission", "check", path)
    assert code == 4
    assert len(lines) == 1 and DAMAGED[name] in lines[0], lines
    assert str(path.parent) not in lines[0]  # the file's name, never its whole path


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_submission_load_refuses_a_damaged_package_and_changes_nothing(inputs, capsys, name):
    before = store_digest(inputs.data_dir)
    code, lines = run(
        capsys, "--data-dir", inputs.data_dir, "submission", "load", inputs.cases[name].path
    )
    assert code == 4
    assert len(lines) == 1 and DAMAGED[name] in lines[0], lines
    assert store_digest(inputs.data_dir) == before


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_template_check_refuses_a_damaged_package_in_one_line_with_exit_1(inputs, capsys, name):
    code, lines = run(capsys, "template", "check", "--ignore-installed", inputs.cases[name].path)
    assert code == 1
    assert len(lines) == 1 and DAMAGED[name] in lines[0], lines


def test_consolidate_lists_every_damaged_file_as_broken_and_still_writes_its_workbook(
    inputs, tmp_path, capsys
):
    folder = tmp_path / "returns"
    folder.mkdir()
    for path in inputs.good:
        (folder / path.name).write_bytes(path.read_bytes())
    damaged = {name: inputs.cases[name].path for name in DAMAGED}
    damaged["array_formula"] = inputs.cases["array_formula"].path
    damaged["revision_2_63"] = inputs.revision_2_63
    for name, path in damaged.items():
        (folder / f"{name}.xlsx").write_bytes(path.read_bytes())
    out = tmp_path / "consolidated.xlsx"
    code, _ = run(capsys, "consolidate", folder, "--out", out, "--workers", "1")
    assert code == 1
    status = openpyxl.load_workbook(out)["Status"]
    rows = list(status.iter_rows(values_only=True))
    header = [str(cell).lower() for cell in rows[0]]
    by_file = {
        Path(str(row[header.index("file")])).stem: row[header.index("status")] for row in rows[1:]
    }
    whys = {Path(str(row[0])).stem: str(row[header.index("why")]) for row in rows[1:]}
    assert by_file.pop("KEN") != "broken" and by_file.pop("GHA") != "broken"
    assert by_file == dict.fromkeys(damaged, "broken")
    for name, words in DAMAGED.items():
        assert words in whys[name], whys[name]
    assert "formula" in whys["array_formula"]
    assert "out of range" in whys["revision_2_63"]


# Item 5: anything that is not a regular file is refused at once. --------------------


def _not_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    return {
        "device": (Path("/dev/zero"), "is not a regular file"),
        "named pipe": (pipe, "is not a regular file"),
        "folder": (folder, "is a folder, not a workbook file"),
        "missing": (tmp_path / "missing.xlsx", "no such file"),
    }


COMMANDS = {
    "submission check": ("submission", "check"),
    "submission load": ("submission", "load"),
    "template check": ("template", "check"),
    "template import": ("template", "import", "--yes"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_path_that_is_not_a_regular_file_is_wrong_usage_said_truthfully(tmp_path, command):
    data_dir = tmp_path / "data"
    for what, (path, words) in _not_files(tmp_path).items():
        # A child process with a timeout: reading /dev/zero or a pipe would never end.
        done = subprocess.run(
            [sys.executable, "-m", "micdesk", "--data-dir", str(data_dir)]
            + [*COMMANDS[command], str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        lines = (done.stdout + done.stderr).splitlines()
        assert done.returncode == 2, (what, lines)
        assert len(lines) == 1 and words in lines[0], (what, lines)
    assert not (data_dir / DATABASE_FILENAME).exists() or command == "template import"


def test_consolidate_refuses_a_device_named_as_input_at_once(tmp_path, capsys):
    code, lines = run(capsys, "consolidate", "/dev/zero", "--out", tmp_path / "out.xlsx")
    assert code == 2
    assert lines == ["error: zero: is not a regular file (a device, pipe or socket); "
                     "only workbook files are read"]  # fmt: skip


# Item 9: numbers out of range. -------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "shown"),
    [
        (2**63, "9.223372036854776e+18"),  # a cell holds it as a double
        (1e308, "1e+308"),
        ("9" * 5000, "9" * 80 + "…"),
    ],
    ids=["2**63", "1e308", "5000 digits"],
)
def test_a_template_version_out_of_range_is_refused_where_it_is(
    inputs, tmp_path, capsys, version, shown
):
    sheets = minimal_template_sheets()
    sheets["settings"][1][1] = version
    path = write_sheets(tmp_path / "version.xlsx", sheets)
    before = store_digest(inputs.data_dir)
    code, lines = run(capsys, "template", "check", "--ignore-installed", path)
    assert code == 1
    assert lines[0] == f"settings!B2: version {shown} is out of range: at most 2,147,483,647"
    code, lines = run(capsys, "--data-dir", inputs.data_dir, "template", "import", "--yes", path)
    assert code == 1
    assert lines[0].startswith("settings!B2: version") and "out of range" in lines[0]
    assert store_digest(inputs.data_dir) == before


def test_a_submission_revision_of_2_to_the_63_is_refused_where_it_is(inputs, capsys):
    before = store_digest(inputs.data_dir)
    for command in (("submission", "check"), ("submission", "load")):
        code, lines = run(capsys, "--data-dir", inputs.data_dir, *command, inputs.revision_2_63)
        assert code == 4
        assert len(lines) == 1
        assert "revision_2_63.xlsx: _micdesk!B" in lines[0]
        assert "'revision' is 9223372036854775808, out of range (0 to 2,147,483,647)" in lines[0]
    assert store_digest(inputs.data_dir) == before


def test_a_number_with_a_billion_digit_exponent_is_refused_not_expanded(inputs, tmp_path, capsys):
    sheets = _sheets(inputs.good[0])
    header = sheets["Data"][0]
    sheets["Data"][1][header.index("value")] = "1e999999999"
    path = write_sheets(tmp_path / "exponent.xlsx", sheets)
    code, lines = run(capsys, "submission", "check", path)
    assert code == 4
    assert len(lines) == 1 and "'1e999999999' is out of range" in lines[0]


# Item 10: faults of the machine end in one line and change nothing. ------------------


@pytest.fixture
def failing_writes():
    """Every INSERT, UPDATE or DELETE fails with the given SQLite error, as SQLite says it."""
    messages: list[str] = []

    def fail(connection, cursor, statement, parameters, context, executemany):
        if messages and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError(messages[0])

    event.listen(Engine, "before_cursor_execute", fail)
    yield messages
    event.remove(Engine, "before_cursor_execute", fail)


def _version_2(tmp_path: Path, data_dir: Path, capsys) -> Path:
    path = tmp_path / "template.xlsx"
    code, _ = run(capsys, "--data-dir", data_dir, "template", "blank", path)
    assert code == 0
    workbook = openpyxl.load_workbook(path)
    settings = workbook["settings"]
    column = [cell.value for cell in settings[1]].index("version") + 1
    settings.cell(row=2, column=column).value = 2
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("sqlite_says", "user_reads"),
    [
        ("database or disk is full", "the disk is full; free some space and try again"),
        (
            "attempt to write a readonly database",
            "the data folder is read-only; micdesk cannot write there",
        ),
    ],
)
def test_a_write_fault_during_template_import_is_one_line_and_changes_nothing(
    tmp_path, capsys, failing_writes, sqlite_says, user_reads
):
    data_dir = tmp_path / "data"
    template = _version_2(tmp_path, data_dir, capsys)
    before = store_digest(data_dir)
    failing_writes.append(sqlite_says)
    code, lines = run(capsys, "--data-dir", data_dir, "template", "import", "--yes", template)
    failing_writes.clear()
    assert code == 1
    faults = [line for line in lines if line.startswith("micdesk:")]
    assert faults == [f"micdesk: {user_reads}; nothing was changed"], lines
    assert not any("Traceback" in line or "INSERT" in line for line in lines)
    assert store_digest(data_dir) == before


def test_a_full_disk_during_submission_load_is_one_line_and_changes_nothing(
    inputs, tmp_path, capsys, failing_writes
):
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    ensure_default_template(store)
    store.close()
    before = store_digest(data_dir)
    failing_writes.append("database or disk is full")
    code, lines = run(capsys, "--data-dir", data_dir, "submission", "load", inputs.good[0])
    failing_writes.clear()
    assert code == 1
    assert (
        lines[-1] == "micdesk: the disk is full; free some space and try again; nothing was changed"
    )
    assert store_digest(data_dir) == before


def test_a_backup_into_a_read_only_folder_is_one_line(tmp_path, capsys, monkeypatch):
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    store.close()

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(data_dir / "backups"))

    monkeypatch.setattr("micdesk.cli.backup_commands.create_backup", read_only)
    code, lines = run(capsys, "--data-dir", data_dir, "backup", "create")
    assert code == 1
    assert lines == [
        "micdesk: backups: the data folder is read-only; micdesk cannot write there; "
        "nothing was changed"
    ]


FULL_DISK = textwrap.dedent(
    """
    import errno, io, sys

    class FullDisk(io.FileIO):
        # The disk fills after the first 2 KB of a workbook being written.
        written = 0

        def write(self, data):
            FullDisk.written += len(data)
            if FullDisk.written > 2048:
                raise OSError(errno.ENOSPC, "No space left on device")
            return super().write(data)

    real_open = io.open

    def open_on_a_full_disk(file, mode="r", *args, **kwargs):
        if str(file).endswith(".xlsx.part") and "w" in mode:
            return io.BufferedRandom(FullDisk(file, "w+"))
        return real_open(file, mode, *args, **kwargs)

    io.open = open_on_a_full_disk
    from micdesk.cli.main import main
    sys.exit(main(sys.argv[1:]))
    """
)


def test_an_export_to_a_full_disk_prints_one_line_and_leaves_no_file(tmp_path):
    data_dir = tmp_path / "data"
    out = tmp_path / "out" / "KEN-2025.xlsx"
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "--data-dir", str(data_dir), "export"]
        + ["--country", "KEN", "--period", "2025", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"error: cannot write {out}: No space left on device"
    ]  # and no "Exception ignored … OSError" when the half-written zip is collected
    assert list(out.parent.iterdir()) == []


# Item 11: messages. ---------------------------------------------------------------------


def test_openpyxl_warnings_never_reach_the_terminal(inputs, tmp_path):
    # A data-validation extension makes openpyxl warn that it drops it.
    source = inputs.good[0]
    warned = tmp_path / "warned.xlsx"
    import zipfile

    with zipfile.ZipFile(source) as original, zipfile.ZipFile(warned, "w") as package:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(
                    b"</worksheet>",
                    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
                    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
                    b"</ext></extLst></worksheet>",
                )
            package.writestr(entry, data)
    done = subprocess.run(
        [sys.executable, "-W", "default", "-m", "micdesk", "submission", "check", str(warned)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 3), done.stderr
    assert done.stderr == ""


def test_a_store_damaged_inside_its_pages_prints_one_line(tmp_path, capsys):
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    ensure_default_template(store)
    store.close()
    database = data_dir / DATABASE_FILENAME
    damaged = bytearray(database.read_bytes())
    # Text columns of the template rows: quick_check passes, reading them fails.
    for offset in range(len(damaged) // 2, len(damaged) - 200, 4096):
        damaged[offset : offset + 200] = b"\xff" * 200
    database.write_bytes(bytes(damaged))
    code, lines = run(capsys, "--data-dir", data_dir, "export", "--country", "KEN",
                      "--period", "2025", "--out", tmp_path / "out.xlsx")  # fmt: skip
    assert code == 1
    assert len(lines) == 1, lines
    assert "damaged" in lines[0]


def test_a_long_cell_echoed_in_a_refusal_is_cut(inputs, tmp_path, capsys):
    sheets = _sheets(inputs.good[0])
    header = sheets["Data"][0]
    sheets["Data"][1][header.index("value")] = "x" * 5000
    path = write_sheets(tmp_path / "long.xlsx", sheets)
    code, lines = run(capsys, "submission", "check", path)
    assert code == 4
    assert len(lines) == 1
    assert "'" + "x" * 80 + "…' is not a number" in lines[0]
    assert len(lines[0]) < 250
