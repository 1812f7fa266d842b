"""``micdesk export`` and ``micdesk submission check|load``: output and exit codes (docs/design.md §4)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.store import open_store
from micdesk.core.submissions import get_value, open_submission, set_value, value_history


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder with Kenya's 2025 submission partly filled in."""
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "export", "--country", "KEN", "--period", "2025",
                 "--out", str(tmp_path / "warm-up.xlsx")]) == 0  # fmt: skip
    store = open_store(folder)
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=5, reason="first figures")
    set_value(store, submission, "ENV-1", value=Decimal("2.5"), reason="first figures")
    store.close()
    return folder


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _export(data_dir: Path, out: Path, *extra: str) -> int:
    return _run(
        data_dir, "export", "--country", "KEN", "--period", "2025", "--out", str(out), *extra
    )


def _edit_value(path: Path, code: str, new_value: object) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("indicator_code")].value == code:
            row[header.index("value")].value = new_value
    workbook.save(path)


def test_export_writes_a_draft_and_says_how_complete(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    assert _export(data_dir, out) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out} (draft, revision 2, 15% complete: 2 of 13 cells" in printed


def test_final_export_with_open_warnings_exits_1_and_lists_them(data_dir, tmp_path, capsys):
    assert _export(data_dir, tmp_path / "final.xlsx", "--final") == 1
    assert "warning: TEC-3: required" in capsys.readouterr().err
    assert not (tmp_path / "final.xlsx").exists()


def test_export_with_a_bad_country_is_wrong_usage(data_dir, tmp_path, capsys):
    assert _run(data_dir, "export", "--country", "Kenya", "--period", "2025",
                "--out", str(tmp_path / "x.xlsx")) == 2  # fmt: skip
    assert "not an ISO 3166-1 alpha-3" in capsys.readouterr().err


def test_check_of_an_intact_draft_exits_0_and_says_draft(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    capsys.readouterr()
    assert _run(data_dir, "submission", "check", str(out)) == 0
    printed = capsys.readouterr().out
    assert "intact, draft, 15% complete (2 of 13 cells), KEN 2025" in printed
    assert "template unido-mic-workplan version 1" in printed


def test_check_of_a_hand_edited_file_exits_3(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    _edit_value(out, "TEC-2", 6)
    assert _run(data_dir, "submission", "check", str(out)) == 3
    assert "EDITED since export" in capsys.readouterr().out


def test_check_of_something_else_exits_4_and_of_nothing_2(data_dir, tmp_path, capsys):
    other = tmp_path / "notes.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "hello"
    workbook.save(other)
    assert _run(data_dir, "submission", "check", str(other)) == 4
    assert "no hidden '_micdesk' sheet" in capsys.readouterr().err
    # A path that names no file is wrong usage, as for every command (README).
    assert _run(data_dir, "submission", "check", str(tmp_path / "missing.xlsx")) == 2


def test_wrong_usage_exits_2(data_dir):
    with pytest.raises(SystemExit) as exited:
        _run(data_dir, "submission", "check")
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        _run(data_dir, "submission", "load", "x.xlsx", "--take", "both")
    assert exited.value.code == 2


def test_load_of_an_edited_file_lists_exactly_that_change_and_refuses(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    _edit_value(out, "TEC-2", 6)
    capsys.readouterr()
    assert _run(data_dir, "submission", "load", str(out)) == 3
    printed = capsys.readouterr().out
    listed = [line.strip() for line in printed.splitlines() if line.startswith("  ")]
    assert listed == ["conflict: TEC-2: mine 5 / theirs 6"]
    assert "0 new, 1 conflict(s), 1 unchanged, 0 not loadable" in printed
    store = open_store(data_dir)
    assert get_value(store, open_submission(store, "KEN", "2025"), "TEC-2").value == 5
    store.close()


def test_load_of_an_edited_file_with_accept_edited_and_take_theirs_changes_it(
    data_dir, tmp_path, capsys
):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    _edit_value(out, "TEC-2", 6)
    assert _run(data_dir, "submission", "load", str(out), "--accept-edited") == 1
    assert "conflicts need a choice" in capsys.readouterr().err
    assert (
        _run(data_dir, "submission", "load", str(out), "--accept-edited", "--take", "theirs") == 0
    )
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    assert get_value(store, submission, "TEC-2").value == 6
    last = value_history(store, submission, "TEC-2")[-1]
    assert (last.origin, last.old, last.new) == ("load", "5", "6")
    store.close()


def test_load_with_take_mine_keeps_the_store(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    _edit_value(out, "TEC-2", 6)
    assert _run(data_dir, "submission", "load", str(out), "--accept-edited", "--take", "mine") == 0
    assert "0 value(s) and 0 narrative(s) written, 1 kept" in capsys.readouterr().out


def test_load_into_another_data_folder_creates_the_submission(data_dir, tmp_path, capsys):
    out = tmp_path / "ken.xlsx"
    _export(data_dir, out)
    laptop = tmp_path / "new-laptop"
    assert _run(laptop, "submission", "load", str(out)) == 0
    assert "2 value(s) and 0 narrative(s) written" in capsys.readouterr().out
    store = open_store(laptop)
    assert get_value(store, open_submission(store, "KEN", "2025"), "ENV-1").value == Decimal("2.5")
    store.close()
    # The next export continues the revision numbers of the file loaded.
    assert _export(laptop, tmp_path / "next.xlsx") == 0
    assert "revision 3" in capsys.readouterr().out


def test_load_of_an_unreadable_file_exits_4(data_dir, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    assert _run(data_dir, "submission", "load", str(bad)) == 4
