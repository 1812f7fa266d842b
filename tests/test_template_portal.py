"""The upload portal in a template's settings: checked, kept, and named as the next step."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.store import open_store
from micdesk.core.submissions import get_value, open_submission, set_value
from micdesk.core.template_diff import diff_templates
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_store import load_template
from micdesk.core.template_update import apply_template_import, preview_template_import
from micdesk.core.template_workbook import read_template_workbook, write_template_workbook
from micdesk.core.vocabulary import Notation
from tests.hostile_workbooks import Rows, sample_template_sheets, write_sheets
from tests.test_template_workbook import problems_of

PORTAL = "https://portal.unido.org/mic/upload"


def with_portal(portal: object, version: int = 1) -> dict[str, Rows]:
    sheets = sample_template_sheets(version)
    sheets["settings"][0].append("portal")
    sheets["settings"][1].append(portal)
    return sheets


def test_the_portal_is_read_from_the_settings_and_written_back_in_a_blank(tmp_path):
    template = read_template_workbook(write_sheets(tmp_path / "t.xlsx", with_portal(PORTAL)))
    assert template.portal == PORTAL
    write_template_workbook(template, tmp_path / "blank.xlsx")
    assert read_template_workbook(tmp_path / "blank.xlsx") == template


def test_a_template_without_a_portal_has_none_and_its_blank_has_no_portal_column(tmp_path):
    import openpyxl

    assert load_default_template().portal == ""
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    settings = openpyxl.load_workbook(tmp_path / "blank.xlsx")["settings"]
    assert "portal" not in [cell.value for cell in settings[1]]


@pytest.mark.parametrize(
    ("portal", "why"),
    [
        ("http://portal.unido.org", "must start with 'https://' (a web address such as "
         "'https://portal.unido.org/mic')"),
        ("portal.unido.org/mic", "must start with 'https://' (a web address such as "
         "'https://portal.unido.org/mic')"),
        ("javascript:alert(1)", "must start with 'https://' (a web address such as "
         "'https://portal.unido.org/mic')"),
        ("https://", "has no server name after 'https://'"),
        ("https://localhost/upload", "has no server name after 'https://'"),
        ("https://unido.org@evil.example/", "must not hold a user name or password before '@'"),
        ("https://portal unido.org", "contains spaces or invisible characters"),
        ("https://portal.unido.org:99999/", "is not a web address such as "
         "'https://portal.unido.org/mic'"),
    ],
)  # fmt: skip
def test_a_portal_that_is_not_an_https_address_is_refused_at_its_cell(tmp_path, portal, why):
    assert problems_of(tmp_path, with_portal(portal)) == [f"settings!H2: portal '{portal}' {why}"]


def test_an_overlong_portal_is_refused_and_shown_cut(tmp_path):
    portal = "https://portal.unido.org/" + "a" * 2000
    [problem] = problems_of(tmp_path, with_portal(portal))
    assert problem == (f"settings!H2: portal '{portal[:80]}…' is longer than 2000 characters")


def test_the_store_keeps_the_portal_and_an_update_lists_its_change(store, tmp_path):
    default = load_default_template()
    update = dataclasses.replace(default, version=default.version + 1, portal=PORTAL)
    write_template_workbook(update, tmp_path / "v2.xlsx")
    preview = preview_template_import(store, tmp_path / "v2.xlsx")
    assert f"  portal changed: (none) → {PORTAL}" in preview.diff.lines()
    apply_template_import(store, preview)
    with store.read() as session:
        assert load_template(session, default.template_id).portal == PORTAL
    assert [c.attribute for c in diff_templates(update, default).template_changed] == ["portal"]


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def _final_export(data_dir: Path, out: Path, capsys) -> str:
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    for indicator in submission.template.indicators:
        if get_value(store, submission, indicator.code) is None:
            set_value(store, submission, indicator.code, notation=Notation.NOT_ESTIMATED)
    store.close()
    capsys.readouterr()
    args = ("export", "--country", "KEN", "--period", "2025", "--final", "--out", str(out))
    assert _run(data_dir, *args) == 0
    return capsys.readouterr().out


def test_a_final_export_without_a_portal_says_to_send_the_file_to_unido(data_dir, tmp_path, capsys):
    text = _final_export(data_dir, tmp_path / "final.xlsx", capsys)
    assert "next: send this file to UNIDO, as it is" in text


def test_a_final_export_names_the_templates_portal_as_the_next_step(data_dir, tmp_path, capsys):
    default = load_default_template()
    update = dataclasses.replace(default, version=default.version + 1, portal=PORTAL)
    write_template_workbook(update, tmp_path / "v2.xlsx")
    assert _run(data_dir, "template", "import", "--yes", str(tmp_path / "v2.xlsx")) == 0
    text = _final_export(data_dir, tmp_path / "final.xlsx", capsys)
    assert f"next: upload this file to {PORTAL}, as it is" in text
    capsys.readouterr()
    args = ("export", "--country", "KEN", "--period", "2025", "--out", str(tmp_path / "d.xlsx"))
    assert _run(data_dir, *args) == 0
    assert "next:" not in capsys.readouterr().out  # a draft goes nowhere
