"""``micdesk --help``: a command's help line and description come from its module docstring."""

from __future__ import annotations

import pytest

from micdesk.cli.main import build_parser


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit):
        build_parser().parse_args([*argv, "--help"])
    return capsys.readouterr().out


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    # argparse wraps to the terminal's width: one line per command, whatever runs the tests.
    monkeypatch.setenv("COLUMNS", "200")


def test_each_commands_help_line_is_its_docstrings_first_paragraph_without_the_name(capsys):
    lines = [" ".join(line.split()) for line in _help(capsys).splitlines()]
    assert "csv write a sheet of a submission or consolidated workbook as formula-safe CSV" in lines
    assert "template check, import or write a template workbook (micdesk-template/1)" in lines


def test_a_commands_description_is_the_rest_of_its_docstring_with_its_line_breaks(capsys):
    text = _help(capsys, "consolidate")
    assert "Check every submission (format, hash, template version" in text
    assert "\nexit codes: 0 every file ok; 1 some files not ok" in text
    assert "``micdesk consolidate``" not in text


def test_an_action_groups_description_is_its_docstring_after_the_help_line(capsys):
    text = _help(capsys, "keys")
    assert "Private keys are never printed." in text
    assert "``micdesk keys``" not in text
