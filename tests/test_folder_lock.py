"""One writer per data folder: every command that writes holds the folder's lock."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.folder_lock import WINDOW, DataFolderBusy, DataFolderLock, read_holder
from micdesk.core.startup import open_for_writing
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template

REPOSITORY = Path(__file__).resolve().parent.parent

HOLD_LOCK = """
import sys, time
from pathlib import Path
from micdesk.core.folder_lock import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]), sys.argv[2])
lock.acquire()
print("locked", flush=True)
time.sleep(float(sys.argv[3]))
lock.release()
"""


def _hold(data_dir: Path, application: str = WINDOW, seconds: float = 120) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir), application, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def _stop(child: subprocess.Popen) -> None:
    child.kill()
    child.wait()


def store_dump_hash(data_dir: Path) -> str:
    """The SHA-256 of the store's SQL dump: equal hashes, equal contents."""
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding Kenya's TEC-2 = 7, a backup, an export and a template workbook."""
    tmp_path = tmp_path_factory.mktemp("prepared")
    folder = tmp_path / "data"
    store = open_store(folder)
    ensure_default_template(store)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    store.close()
    argv = ["--data-dir", str(folder)]
    assert main([*argv, "backup", "create"]) == 0
    assert main([*argv, "export", "--country", "KEN", "--period", "2025",
                 "--out", str(tmp_path / "ken.xlsx")]) == 0  # fmt: skip
    assert main([*argv, "template", "blank", str(tmp_path / "template.xlsx")]) == 0
    return tmp_path


@pytest.fixture
def data_dir(prepared: Path, tmp_path: Path) -> Path:
    """A private copy of the prepared folder (the data folder is its ``data``)."""
    shutil.copytree(prepared, tmp_path, dirs_exist_ok=True)
    return tmp_path / "data"


def _writers(data_dir: Path) -> dict[str, list[str]]:
    folder = data_dir.parent
    backup = sorted((data_dir / "backups").glob("micdesk-*.sqlite3"))[0].name
    return {
        "template import": ["template", "import", "--yes", str(folder / "template.xlsx")],
        "submission load": ["submission", "load", "--take", "theirs", str(folder / "ken.xlsx")],
        "backup restore": ["backup", "restore", backup],
        "backup create": ["backup", "create"],
        "export": [
            "export",
            "--country",
            "KEN",
            "--period",
            "2025",
            "--out",
            str(folder / "again.xlsx"),
        ],  # fmt: skip
        "template blank": ["template", "blank", str(folder / "blank-again.xlsx")],
        "contributor write": [
            "contributor",
            "write",
            "--country",
            "KEN",
            "--period",
            "2025",
            "--area",
            "TEC",
            "--to",
            "Ministry",
            "--out",
            str(folder / "ask.xlsx"),
        ],  # fmt: skip
        "contributor load": ["contributor", "load", str(folder / "ken.xlsx")],
    }


@pytest.mark.parametrize(
    "command",
    [
        "template import",
        "submission load",
        "backup restore",
        "backup create",
        "export",
        "template blank",
        "contributor write",
        "contributor load",
    ],  # fmt: skip
)
def test_a_writing_command_is_refused_in_one_line_naming_the_open_window(data_dir, command, capsys):
    before = store_dump_hash(data_dir)
    backups_before = sorted(p.name for p in (data_dir / "backups").iterdir())
    window = _hold(data_dir)
    capsys.readouterr()
    try:
        code = main(["--data-dir", str(data_dir), *_writers(data_dir)[command]])
    finally:
        _stop(window)
    captured = capsys.readouterr()
    assert code != 0
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert f"in use by the micdesk window (process {window.pid} on " in lines[0]
    assert " since " in lines[0] and "close it" in lines[0]
    assert captured.out == ""
    assert store_dump_hash(data_dir) == before
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups_before


def test_read_only_commands_run_beside_an_open_window(data_dir, capsys):
    window = _hold(data_dir)
    argv = ["--data-dir", str(data_dir)]
    try:
        assert main([*argv, "submission", "check", str(data_dir.parent / "ken.xlsx")]) == 0
        assert main([*argv, "backup", "list"]) == 0
        # It reads the installed version beside the window: the same version is refused.
        assert main([*argv, "template", "check", str(data_dir.parent / "template.xlsx")]) == 1
    finally:
        _stop(window)
    captured = capsys.readouterr()
    assert "not above the installed version 1" in captured.out
    assert "in use" not in captured.err


def test_a_command_waits_for_another_command_to_finish(data_dir, capsys):
    other = _hold(data_dir, "micdesk export", seconds=1.5)
    try:
        started = time.monotonic()
        assert main(["--data-dir", str(data_dir), "backup", "create"]) == 0
        assert time.monotonic() - started >= 0.5  # it waited rather than writing beside it
    finally:
        _stop(other)


def test_a_command_gives_up_in_one_line_when_another_command_keeps_the_folder(
    data_dir, monkeypatch, capsys
):
    import micdesk.core.startup as startup

    monkeypatch.setattr(startup, "COMMAND_WAIT_SECONDS", 0.3)
    other = _hold(data_dir, "micdesk submission load")
    try:
        with pytest.raises(DataFolderBusy) as refused:
            startup.open_for_writing(data_dir, "micdesk export", wait=0.3)
    finally:
        _stop(other)
    message = str(refused.value)
    assert "in use by micdesk submission load (process" in message and "wait, then" in message


def test_a_lock_left_by_a_killed_process_is_no_obstacle(data_dir, capsys):
    window = _hold(data_dir)
    _stop(window)  # SIGKILL: the file stays, the system lock went with the process
    assert (data_dir / "micdesk.lock").exists()
    assert main(["--data-dir", str(data_dir), "backup", "create"]) == 0


def test_the_lock_file_names_the_holder_and_goes_when_released(tmp_path):
    lock = DataFolderLock(tmp_path, "micdesk export")
    lock.acquire()
    holder = read_holder(tmp_path)
    assert holder is not None and holder.application == "micdesk export"
    assert holder.since is not None
    with pytest.raises(DataFolderBusy):
        DataFolderLock(tmp_path, "micdesk backup create").acquire()
    lock.release()
    assert not (tmp_path / "micdesk.lock").exists()
    assert DataFolderLock(tmp_path, "micdesk backup create").try_acquire()


def test_a_store_opened_for_writing_releases_the_lock_when_closed(data_dir):
    store = open_for_writing(data_dir, "micdesk export")
    assert not DataFolderLock(data_dir, "other").try_acquire()
    store.close()
    assert DataFolderLock(data_dir, "other").try_acquire()


def test_two_exports_started_together_both_finish_one_after_the_other(data_dir, tmp_path):
    command = [sys.executable, "-m", "micdesk", "--data-dir", str(data_dir), "export",
               "--country", "KEN", "--period", "2025", "--out"]  # fmt: skip
    runs = [
        subprocess.Popen(
            [*command, str(tmp_path / f"together-{n}.xlsx")],
            cwd=REPOSITORY,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in (1, 2)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    for run, (_out, err) in zip(runs, outputs, strict=True):
        assert "Traceback" not in err and "IntegrityError" not in err
        assert run.returncode == 0, err
    revisions = sorted(out.split("revision ")[1].split(",")[0] for out, _ in outputs)
    assert revisions == ["2", "3"]  # the fixture exported revision 1


def test_a_consolidation_into_a_data_folders_store_is_refused_beside_the_window(data_dir, capsys):
    before = store_dump_hash(data_dir)
    window = _hold(data_dir)
    capsys.readouterr()
    try:
        code = main(["consolidate", str(data_dir.parent / "ken.xlsx"),
                     "--db", f"sqlite:///{data_dir / DATABASE_FILENAME}",
                     "--out", str(data_dir.parent / "hq.xlsx")])  # fmt: skip
    finally:
        _stop(window)
    assert code == 3
    [line] = capsys.readouterr().err.strip().splitlines()
    assert "in use by the micdesk window (process" in line
    assert store_dump_hash(data_dir) == before
    assert not (data_dir.parent / "hq.xlsx").exists()


def test_two_template_imports_started_together_install_once_and_refuse_the_other_cleanly(
    data_dir, tmp_path
):
    import openpyxl

    template = tmp_path / "version-2.xlsx"
    workbook = openpyxl.load_workbook(data_dir.parent / "template.xlsx")
    settings = workbook["settings"]
    column = [cell.value for cell in settings[1]].index("version") + 1
    settings.cell(row=2, column=column).value = 2
    workbook.save(template)
    command = [sys.executable, "-m", "micdesk", "--data-dir", str(data_dir),
               "template", "import", "--yes", str(template)]  # fmt: skip
    runs = [
        subprocess.Popen(command, cwd=REPOSITORY, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
        for _ in (1, 2)
    ]  # fmt: skip
    outputs = [run.communicate(timeout=120) for run in runs]
    codes = [run.returncode for run in runs]
    for out, err in outputs:
        assert "Traceback" not in out + err and "IntegrityError" not in out + err
    # One installs version 2; the other waits for the lock, then finds it installed.
    assert sorted(codes) == [0, 1], outputs
    out, err = outputs[codes.index(1)]
    assert "not above the installed version 2" in out + err, (out, err)
    assert out.strip().splitlines()[-1].endswith("; not imported, nothing was changed")
