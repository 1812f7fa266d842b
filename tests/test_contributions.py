"""Contributor workbooks: ask a ministry for some cells, take them back checked."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.contributions import READABLE_SHEET, REQUEST_SHEET
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.submissions import list_values, open_submission, value_history
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import Notation


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """A data folder with Kenya's 2025 submission, empty."""
    return make_data_dir(lambda store: open_submission(store, "KEN", "2025"))


def write(data_dir: Path, out: Path, *extra: str) -> Path:
    args = ["--data-dir", str(data_dir), "contributor", "write", "--country", "KEN"]
    args += ["--period", "2025", "--to", "Ministry of Environment", "--out", str(out), *extra]
    assert main(args) == 0
    return out


def rows_by_code(sheet) -> dict[str, int]:
    return {
        row[0].value: row[0].row
        for row in sheet.iter_rows(min_row=2)
        if row[0].value and not row[2].value
    }


def fill(path: Path, entries: dict[str, dict[str, object]]) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[READABLE_SHEET]
    rows = rows_by_code(sheet)
    columns = {"value": 8, "notation": 9, "comment": 10, "source": 11}
    for code, fields in entries.items():
        for name, value in fields.items():
            sheet.cell(rows[code], columns[name]).value = value
    workbook.save(path)


def dump(data_dir: Path) -> list[str]:
    connection = sqlite3.connect(data_dir / "micdesk.sqlite3")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def values(data_dir: Path):
    store = open_store(data_dir)
    try:
        submission = open_submission(store, "KEN", "2025")
        return list_values(store, submission), value_history(store, submission, "ENV-1")
    finally:
        close_store(store)


def test_the_workbook_asks_just_the_cells_of_the_indicators_with_validation_and_locks(
    tmp_path, data_dir
):
    path = write(data_dir, tmp_path / "env.xlsx", "--area", "ENV")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[READABLE_SHEET]
    assert [c.value for c in sheet[1]][:8] == [
        "code",
        "indicator",
        "breakdown",
        "unit",
        "hint",
        "previous period",
        "target",
        "value",
    ]
    assert list(rows_by_code(sheet)) == ["ENV-1", "ENV-2", "ENV-3"]
    assert sheet.protection.sheet
    assert not sheet["H2"].protection.locked and sheet["A2"].protection.locked
    kinds = {dv.type for dv in sheet.data_validations.dataValidation}
    assert {"decimal", "list"} <= kinds
    assert workbook[REQUEST_SHEET].sheet_state == "hidden"


def test_a_filled_workbook_loads_valid_values_with_the_contributor_as_source(
    tmp_path, data_dir, capsys
):
    path = write(data_dir, tmp_path / "env.xlsx", "--area", "ENV")
    fill(
        path,
        {
            "ENV-1": {"value": 12.5, "comment": "plant survey"},
            "ENV-2": {"notation": "NE"},
            "ENV-3": {"value": "lots"},  # not a number
        },
    )
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    out = capsys.readouterr().out
    assert "invalid: Contribution!H4: ENV-3: 'lots' is not a number" in out
    stored, history = values(data_dir)
    assert stored[("ENV-1", "")].value == Decimal("12.5")
    assert stored[("ENV-1", "")].source == "Ministry of Environment"
    assert stored[("ENV-1", "")].comment == "plant survey"
    assert stored[("ENV-2", "")].notation == Notation.NOT_ESTIMATED
    assert ("ENV-3", "") not in stored or stored[("ENV-3", "")].value is None
    assert any(entry.origin == "contribution" for entry in history)


def test_a_value_outside_the_indicators_limits_is_located_and_not_stored(
    tmp_path, data_dir, capsys
):
    path = write(data_dir, tmp_path / "skl.xlsx", "--indicators", "SKL-2")
    fill(path, {"SKL-2": {"value": -5}})
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    assert "invalid: Contribution!H2:" in capsys.readouterr().out
    stored, _history = values(data_dir)
    assert ("SKL-2", "") not in stored


def test_a_conflict_needs_a_choice_and_take_mine_keeps_the_stored_value(tmp_path, data_dir, capsys):
    store = open_store(data_dir)
    from micdesk.core.submissions import set_value

    set_value(store, open_submission(store, "KEN", "2025"), "ENV-1", value=Decimal("3"))
    close_store(store)
    path = write(data_dir, tmp_path / "env.xlsx", "--indicators", "ENV-1")
    fill(path, {"ENV-1": {"value": 4}})
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    assert "choose --take theirs or --take mine" in capsys.readouterr().out
    assert (
        main(["--data-dir", str(data_dir), "contributor", "load", str(path), "--take", "mine"]) == 0
    )
    assert values(data_dir)[0][("ENV-1", "")].value == Decimal("3")
    assert (
        main(["--data-dir", str(data_dir), "contributor", "load", str(path), "--take", "theirs"])
        == 0
    )
    assert values(data_dir)[0][("ENV-1", "")].value == Decimal("4")


def test_a_hand_edited_request_is_refused_and_changes_nothing(tmp_path, data_dir, capsys):
    path = write(data_dir, tmp_path / "env.xlsx", "--indicators", "ENV-1")
    fill(path, {"ENV-1": {"value": 1}})
    workbook = openpyxl.load_workbook(path)
    workbook[REQUEST_SHEET].append(["cell", "TEC-2", "", 3])  # a cell nobody asked for
    workbook[READABLE_SHEET].append(["TEC-2", "", "", "", "", "", "", 99])
    workbook.save(path)
    before = dump(data_dir)
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    assert "the workbook's request was changed" in capsys.readouterr().out
    assert dump(data_dir) == before


def test_a_workbook_for_another_country_or_an_unknown_request_is_refused(
    tmp_path, data_dir, capsys
):
    path = write(data_dir, tmp_path / "env.xlsx", "--indicators", "ENV-1")
    workbook = openpyxl.load_workbook(path)
    for row in workbook[REQUEST_SHEET].iter_rows():
        if row[0].value == "country":
            row[1].value = "EGY"
    workbook.save(path)
    before = dump(data_dir)
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    assert "the request was for KEN 2025" in capsys.readouterr().out
    assert dump(data_dir) == before
    other = tmp_path / "other"
    store = open_store(other)
    ensure_default_template(store)
    close_store(store)
    assert main(["--data-dir", str(other), "contributor", "load", str(path)]) == 1
    assert "never asked for this workbook" in capsys.readouterr().out


def test_a_formula_is_not_a_value(tmp_path, data_dir, capsys):
    path = write(data_dir, tmp_path / "env.xlsx", "--indicators", "ENV-1")
    fill(path, {"ENV-1": {"value": "=1+1"}})
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(path)]) == 1
    assert "invalid: Contribution!H2: a formula is not a value" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_contribution_re_saved_by_libreoffice_loads(tmp_path, data_dir):
    from tests.test_template_workbook import resave_with_libreoffice

    path = write(data_dir, tmp_path / "env.xlsx", "--area", "ENV")
    fill(path, {"ENV-1": {"value": 7.25}, "ENV-2": {"notation": "C"}})
    saved = resave_with_libreoffice(path, tmp_path / "lo")
    workbook = openpyxl.load_workbook(saved)
    assert workbook[READABLE_SHEET].data_validations.dataValidation  # the lists survive
    assert main(["--data-dir", str(data_dir), "contributor", "load", str(saved)]) == 0
    stored, _history = values(data_dir)
    assert stored[("ENV-1", "")].value == Decimal("7.25")
    assert stored[("ENV-2", "")].notation == Notation.CONFIDENTIAL


def test_the_workbook_speaks_the_chosen_language_and_reads_right_to_left_in_arabic(
    tmp_path, data_dir
):
    path = write(data_dir, tmp_path / "env.xlsx", "--indicators", "ENV-1", "--language", "ar")
    sheet = openpyxl.load_workbook(path)[READABLE_SHEET]
    assert sheet["H1"].value == "القيمة"
    assert sheet.sheet_view.rightToLeft
    assert sheet.page_setup.orientation == "landscape"
