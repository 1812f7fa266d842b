"""``micdesk template check|blank|import`` (docs/design.md §3, §7): output and exit codes."""

from __future__ import annotations

import builtins
import sys
from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_store import installed_version
from micdesk.core.template_workbook import read_template_workbook
from tests.hostile_workbooks import sample_template_sheets, write_sheets
from tests.test_template_workbook import edit


def installed(template_data_dir: Path, template_id: str) -> int | None:
    """The installed version of a template in a data folder."""
    store = open_store(template_data_dir)
    try:
        with store.read() as session:
            return installed_version(session, template_id)
    finally:
        store.close()


def test_check_of_a_valid_workbook_exits_0_and_says_what_it_holds(tmp_path, capsys):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["--data-dir", str(tmp_path / "none"), "template", "check", str(path)]) == 0
    assert capsys.readouterr().out == (
        "t.xlsx: valid template 'sample-plan' version 1 (2 areas, 7 indicators)\n"
        "t.xlsx: Warning: unsigned; nothing proves this template comes from UNIDO.\n"
    )


def test_check_lists_every_problem_one_per_line_and_exits_1(tmp_path, capsys):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "kind", "number")
    edit(sheets, "indicators", "LABS", "area", "ENV")
    path = write_sheets(tmp_path / "t.xlsx", sheets)
    assert main(["template", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "indicators!G2: unknown kind 'number': use one of integer, decimal, percent, text, "
        "choice, multi_choice, yes_no",
        "indicators!B3: unknown area 'ENV': it is not on the areas sheet",
        "t.xlsx: 2 problems",
    ]


def test_check_of_an_unreadable_file_exits_1_with_one_line(tmp_path, capsys):
    path = tmp_path / "t.xlsx"
    path.write_text("not a workbook")
    assert main(["template", "check", str(path)]) == 1
    assert capsys.readouterr().out == (
        "t.xlsx: not an .xlsx workbook (the file is not a zip package)\n"
    )


def test_check_of_a_missing_file_is_wrong_usage(tmp_path, capsys):
    assert main(["template", "check", str(tmp_path / "missing.xlsx")]) == 2
    assert (
        capsys.readouterr().err == f"micdesk template: {tmp_path / 'missing.xlsx'}: no such file\n"
    )


def test_check_compares_the_version_with_the_installed_one(tmp_path, template_data_dir, capsys):
    path = tmp_path / "blank.xlsx"
    assert main(["--data-dir", str(template_data_dir), "template", "blank", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(template_data_dir), "template", "check", str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == (
        "settings!B2: version 1 is not above the installed version 1 of 'unido-mic-workplan'"
    )
    arguments = [
        "--data-dir",
        str(template_data_dir),
        "template",
        "check",
        "--ignore-installed",
        str(path),
    ]
    assert main(arguments) == 0


def test_check_does_not_create_a_data_folder(tmp_path):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    main(["--data-dir", str(tmp_path / "none"), "template", "check", str(path)])
    assert not (tmp_path / "none").exists()


def test_blank_writes_the_installed_template_which_reads_back_equal(tmp_path, capsys):
    out = tmp_path / "blank.xlsx"
    assert main(["--data-dir", str(tmp_path / "data"), "template", "blank", str(out)]) == 0
    assert capsys.readouterr().out == (f"Wrote template 'unido-mic-workplan' version 1 to {out}\n")
    assert read_template_workbook(out) == load_default_template()


def test_blank_refuses_a_name_that_is_not_xlsx(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "template", "blank", str(tmp_path / "t.csv")]) == 2
    assert "the file name must end in .xlsx" in capsys.readouterr().err


def test_blank_of_a_template_that_is_not_installed_is_wrong_usage(tmp_path, capsys):
    out = str(tmp_path / "t.xlsx")
    assert main(["--data-dir", str(tmp_path), "template", "blank", "--template-id", "x", out]) == 2
    assert capsys.readouterr().err == (
        "micdesk template: no template 'x' is installed (installed: unido-mic-workplan)\n"
    )


def test_import_with_yes_prints_the_diff_and_the_result(tmp_path, template_data_dir, capsys):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(path)]) == 0
    )
    assert capsys.readouterr().out.splitlines() == [
        "Warning: unsigned; nothing proves this template comes from UNIDO.",
        "New template 'sample-plan' version 1: 2 areas, 7 indicators "
        "(installed beside the current template)",
        "Installed template 'sample-plan' version 1.",
        "Values: 0 before, 0 after (0 moved, 0 archived, 0 restored, 0 flagged for review); "
        "nothing deleted.",
    ]
    assert installed(template_data_dir, "sample-plan") == 1


def test_import_without_a_terminal_or_yes_changes_nothing(
    tmp_path, template_data_dir, capsys, monkeypatch
):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["--data-dir", str(template_data_dir), "template", "import", str(path)]) == 2
    assert "add --yes to apply" in capsys.readouterr().err
    assert installed(template_data_dir, "sample-plan") is None


@pytest.mark.parametrize(
    ("answer", "code", "version"), [("n", 1, None), ("", 1, None), ("y", 0, 1)]
)
def test_import_asks_on_a_terminal_and_applies_only_on_yes(
    tmp_path, template_data_dir, capsys, monkeypatch, answer, code, version
):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    questions = []
    monkeypatch.setattr(builtins, "input", lambda prompt: questions.append(prompt) or answer)
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["--data-dir", str(template_data_dir), "template", "import", str(path)]) == code
    assert questions == ["Apply this update? [y/N] "]
    assert installed(template_data_dir, "sample-plan") == version


def test_import_of_a_template_with_problems_exits_1_and_changes_nothing(
    tmp_path, template_data_dir, capsys
):
    database = template_data_dir / DATABASE_FILENAME
    before = database.read_bytes()
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "min", 5000)
    path = write_sheets(tmp_path / "t.xlsx", sheets)
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(path)]) == 1
    )
    assert capsys.readouterr().out.splitlines() == [
        "indicators!J2: min 5000 is greater than max 1000",
        "t.xlsx: 1 problem; not imported, nothing was changed",
    ]
    assert database.read_bytes() == before


def test_template_without_an_action_is_wrong_usage(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["template"])
    assert exited.value.code == 2
