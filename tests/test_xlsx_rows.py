"""The fast row writer (xlsx_rows) writes exactly the bytes openpyxl's own code writes."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

import micdesk.core.xlsx_rows as rows_module
from micdesk.core.submission_workbook import Styles
from micdesk.core.xlsx_cells import ExactNumber, fast_cell
from micdesk.core.xlsx_rows import PreparedCell, new_sheet, set_row_height

TEXTS = [
    "plain",
    " leading space",
    "trailing space ",
    "   ",
    "a & b < c > d \"quoted\" 'single'",
    "=1+2",
    "=",
    "+1",
    "-1",
    "@SUM(A1)",
    "\ttab",
    "line\nbreak",
    "carriage\rreturn",
    "_x000D_ underscore",
    "#N/A",
    "#DIV/0!",
    "Ünïcödé — ✓ 中文 العربية",
    "x" * 40_000,
    "bell\x07inside",
]
NUMBERS = [
    ExactNumber("0"),
    ExactNumber("1.5"),
    ExactNumber("-12345678901234567890"),
    ExactNumber("0.1234567890123456789"),
    ExactNumber("1e400"),
    ExactNumber("123456789.000001"),
]
OTHERS = [0, 1, -7, 2.5, 1e300, float("nan"), float("inf"), True, False, Decimal("1.25")]


def _rows(sheet) -> list[list]:
    rows: list[list] = []
    for style in (None, Styles.WRAP, Styles.HEADER):
        rows.append([fast_cell(sheet, text, style) for text in TEXTS if "\x07" not in text])
        rows.append([fast_cell(sheet, number, style) for number in NUMBERS])
    rows.append([])
    rows.append([None, "a", None, None, "b"])
    rows.append(list(OTHERS))
    empty = WriteOnlyCell(sheet, None)
    empty.style = Styles.WRAP
    blank = WriteOnlyCell(sheet, "")
    blank.data_type = "s"
    forced = WriteOnlyCell(sheet, "=SUM(A1:A2)")
    forced.data_type = "s"
    formula = WriteOnlyCell(sheet, "=SUM(A1:A2)")
    linked = WriteOnlyCell(sheet, "link")
    linked.hyperlink = "https://example.org"
    rows.append([empty, blank, forced, formula, linked, WriteOnlyCell(sheet, 3)])
    return rows


def _write(path: Path, fast: bool, monkeypatch) -> dict[str, bytes]:
    monkeypatch.setattr(rows_module, "FAST_ROWS", fast)
    workbook = Workbook(write_only=True)
    Styles(workbook)
    for title in ("One", "Two"):
        sheet = new_sheet(workbook, title)
        assert isinstance(sheet, rows_module._FastSheet) is fast
        sheet.freeze_panes = "A2"
        sheet.row_dimensions[2].height = 31.8  # a wrapped sentence's row
        sheet.row_dimensions[4].height = 15
        sheet.row_dimensions[5].hidden = True
        for row in _rows(sheet):
            sheet.append(row)
        sheet.auto_filter.ref = "A1:C3"
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_fast_rows_write_what_openpyxl_writes(tmp_path, monkeypatch):
    fast = _write(tmp_path / "fast.xlsx", True, monkeypatch)
    plain = _write(tmp_path / "plain.xlsx", False, monkeypatch)
    assert fast.keys() == plain.keys()
    for name in fast:
        if name != "docProps/core.xml":
            assert fast[name] == plain[name], name


@pytest.mark.parametrize("fast", [True, False])
def test_text_with_a_character_xml_forbids_is_refused_by_either_path(tmp_path, monkeypatch, fast):
    monkeypatch.setattr(rows_module, "FAST_ROWS", fast)
    workbook = Workbook(write_only=True)
    sheet = new_sheet(workbook, "One")
    with pytest.raises(Exception, match="cannot be used in worksheets"):
        sheet.append(["bell\x07inside"])
        workbook.save(tmp_path / "out.xlsx")


def _write_heights(path: Path, fast: bool, monkeypatch) -> dict[str, bytes]:
    monkeypatch.setattr(rows_module, "FAST_ROWS", fast)
    workbook = Workbook(write_only=True)
    Styles(workbook)
    sheet = new_sheet(workbook, "One")
    set_row_height(sheet, 1, 31.8)  # a wrapped sentence's row
    set_row_height(sheet, 2, 42)  # a whole number of points
    set_row_height(sheet, 3, 0.0)
    set_row_height(sheet, 4, 15.5)
    sheet.row_dimensions[4].hidden = True  # a RowDimension after the height
    sheet.row_dimensions[5].hidden = True
    set_row_height(sheet, 5, 20.1)  # a height after the RowDimension
    set_row_height(sheet, 6, 14.4)
    sheet.row_dimensions[6].height = 60  # the RowDimension's height came later
    for number in range(1, 8):
        sheet.append([fast_cell(sheet, f"row {number}", Styles.WRAP)])
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_row_height_set_without_a_row_dimension_is_written_as_openpyxl_writes_it(
    tmp_path, monkeypatch
):
    fast = _write_heights(tmp_path / "fast.xlsx", True, monkeypatch)
    plain = _write_heights(tmp_path / "plain.xlsx", False, monkeypatch)
    for name in fast:
        if name != "docProps/core.xml":
            assert fast[name] == plain[name], name
    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")["One"]
    assert sheet.row_dimensions[1].height == 31.8
    assert sheet.row_dimensions[4].hidden and sheet.row_dimensions[4].height == 15.5
    assert sheet.row_dimensions[6].height == 60


def _write_styled_values(path: Path, fast: bool, monkeypatch, *, lxml_path: bool = False):
    monkeypatch.setattr(rows_module, "FAST_ROWS", fast)
    workbook = Workbook(write_only=True)
    Styles(workbook)
    sheet = new_sheet(workbook, "One")
    values = [*TEXTS[:-1], *NUMBERS, *OTHERS, 12, -0.5]
    rows = [[fast_cell(sheet, value, style) for value in values]
            for style in (Styles.HEADER, None, Styles.WRAP_LOW, Styles.TOP)]  # fmt: skip
    if lxml_path:  # the row writer's fallback to openpyxl's own code for every row
        monkeypatch.setattr(rows_module, "LXML", True)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    monkeypatch.setattr(rows_module, "LXML", False)
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("lxml_path", [False, True])
def test_styled_text_and_numbers_are_written_as_openpyxl_writes_their_cells(
    tmp_path, monkeypatch, lxml_path
):
    fast = _write_styled_values(tmp_path / "fast.xlsx", True, monkeypatch, lxml_path=lxml_path)
    plain = _write_styled_values(tmp_path / "plain.xlsx", False, monkeypatch)
    for name in fast:
        if name != "docProps/core.xml":
            assert fast[name] == plain[name], name


def test_a_styled_cell_of_a_fast_sheet_is_prepared_and_a_plain_value_stays_a_string(
    monkeypatch,
):
    workbook = Workbook(write_only=True)
    Styles(workbook)
    sheet = new_sheet(workbook, "One")
    assert fast_cell(sheet, "plain") == "plain"
    prepared = fast_cell(sheet, "=1+2")  # text, never a formula
    assert isinstance(prepared, PreparedCell) and prepared.is_text
    number = fast_cell(sheet, ExactNumber("1.50"), Styles.TOP)
    assert isinstance(number, PreparedCell) and number.value == 1.5 and not number.is_text
    assert number.style is fast_cell(sheet, ExactNumber("2.25"), Styles.TOP).style
    monkeypatch.setattr(rows_module, "FAST_ROWS", False)
    plain = new_sheet(workbook, "Two")
    assert not isinstance(fast_cell(plain, "=1+2"), PreparedCell)
