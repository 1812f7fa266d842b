"""The cell-by-cell reading a submission and a review share: every refusal located, every
boundary where it is, text and numbers read back as the text they stand for.

The sheets here are stand-ins for openpyxl's read-only worksheets (a title and rows of cells
with a value and a data type): the checks are the reader's own, whatever wrote the file;
tests/test_submission_hostile.py feeds the same reader real hostile workbooks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet.formula import ArrayFormula

from micdesk.core.sheet_reader import SheetReader, find_sheet, read_workbook
from micdesk.core.submission_format import EXCEL_CELL_LIMIT
from micdesk.core.xlsx_files import UnreadableWorkbook


@dataclass
class Cell:
    value: Any
    data_type: str = "s"


@dataclass
class Sheet:
    title: str
    values: list[list[Any]]
    dimensions_reset: bool = field(default=False)

    def iter_rows(self):
        for row in self.values:
            yield [value if isinstance(value, Cell) else Cell(value) for value in row]

    def reset_dimensions(self) -> None:
        self.dimensions_reset = True


class ReviewRefused(UnreadableWorkbook):
    """A format's own refusal, as the submission and review readers have."""


class Reader(SheetReader):
    refusal = ReviewRefused
    holder = "a review"


def reader() -> Reader:
    return Reader(Path("/somewhere/return.xlsx"))


def refusal(sheet: Sheet, limit: int | None = None) -> str:
    with pytest.raises(ReviewRefused) as refused:
        list(reader().rows(sheet) if limit is None else reader().rows(sheet, limit))
    return str(refused.value)


def test_rows_are_numbered_from_one_with_trailing_empty_cells_dropped_and_inner_ones_kept():
    sheet = Sheet("Data", [["a", None, "c", None, None], [], [None, None], ["x"]])
    assert list(reader().rows(sheet)) == [(1, ["a", None, "c"]), (2, []), (3, []), (4, ["x"])]
    # LibreOffice writes wrong dimensions, which read-only mode trusts: they are read anew.
    assert sheet.dimensions_reset


def test_a_sheet_of_exactly_the_row_limit_is_read_and_one_row_more_is_refused_at_the_sheet():
    assert len(list(reader().rows(Sheet("Data", [["v"]] * 3), 3))) == 3
    assert refusal(Sheet("Data", [["v"]] * 4), 3) == (
        "return.xlsx: Data: more than 3 rows; refused"
    )


def test_cells_right_of_the_column_limit_are_not_read():
    row = ["v"] * 500 + ["far"]
    ((_, values),) = reader().rows(Sheet("Data", [row]))
    assert len(values) == 500 and "far" not in values


def test_a_cell_of_exactly_an_excel_cells_length_is_read_and_one_character_more_is_located():
    longest = "x" * EXCEL_CELL_LIMIT
    assert list(reader().rows(Sheet("Data", [[longest]]))) == [(1, [longest])]
    message = refusal(Sheet("Data", [["ok"], [None, longest + "x"]]))
    assert message == (
        f"return.xlsx: Data!B2: {EXCEL_CELL_LIMIT + 1:,} characters, more than an Excel cell "
        f"holds ({EXCEL_CELL_LIMIT:,})"
    )


@pytest.mark.parametrize(
    ("character", "code"), [("\x00", "0000"), ("\x08", "0008"), ("\x1f", "001F")]
)
def test_a_control_character_is_named_and_located(character, code):
    message = refusal(Sheet("Narrative", [["ok"], ["ok", "ok", f"a{character}b"]]))
    assert message == (
        f"return.xlsx: Narrative!C2: holds a control character (U+{code}) that a review cannot hold"
    )


def test_tab_line_feed_and_carriage_return_are_text():
    assert list(reader().rows(Sheet("Data", [["a\tb\nc\rd"]]))) == [(1, ["a\tb\nc\rd"])]


def test_escaped_text_is_decoded_before_it_is_checked():
    # '_x000d_' is how micdesk writes a carriage return; '_x0001_' decodes to a control character.
    assert list(reader().rows(Sheet("Data", [["a_x000d_b"]]))) == [(1, ["a\rb"])]
    assert "holds a control character (U+0001)" in refusal(Sheet("Data", [["a_x0001_b"]]))


def test_text_starting_with_an_equals_sign_is_text_but_a_formula_cell_is_refused_where_it_is():
    assert list(reader().rows(Sheet("Data", [["=1+1"]]))) == [(1, ["=1+1"])]
    message = refusal(Sheet("Data", [["ok"], ["ok", Cell("=SUM(A1:A2)", "f")]]))
    assert message == (
        "return.xlsx: Data!B2: the cell holds a formula ('=SUM(A1:A2)'); a review holds values only"
    )


def test_a_long_formula_is_shown_cut_to_forty_characters():
    formula = "=" + "A1+" * 20 + "A1"
    message = refusal(Sheet("Data", [[Cell(formula, "f")]]))
    assert f"('{formula[:40]}…')" in message


def test_an_array_formula_object_is_refused_with_its_text():
    formula = ArrayFormula("A1:A2", "=A3*2")
    message = refusal(Sheet("Data", [[Cell(formula, "n")]]))
    assert message == (
        "return.xlsx: Data!A1: the cell holds a formula ('=A3*2'); a review holds values only"
    )


def test_numbers_dates_and_booleans_keep_their_cell_values():
    from datetime import datetime

    moment = datetime(2025, 1, 31, 8, 30)
    ((_, values),) = reader().rows(Sheet("Data", [[12, 0.5, True, moment]]))
    assert values == [12, 0.5, True, moment]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("12", "12"),
        (True, "true"),
        (False, "false"),
        (12, "12"),
        (0.1, "0.1"),
        (1e-7, "0.0000001"),
        (2.50, "2.5"),
        (Decimal("3.10"), "3.1"),
        (-0.0, "0"),
    ],
)
def test_a_cell_value_is_read_as_the_text_it_stands_for(value, text):
    assert reader().text(value) == text


def test_another_value_is_read_as_its_own_text():
    from datetime import date

    assert reader().text(date(2025, 1, 31)) == "2025-01-31"


def test_the_header_gives_each_columns_position_and_the_rows_after_it():
    sheet = Sheet("Data", [[" code ", None, "value", "note"], ["ENV-1", None, 3], ["ENV-2"]])
    positions, rows = reader().header(sheet, ["code", "value"])
    assert positions == {"code": 0, "value": 2, "note": 3}
    assert list(rows) == [(2, ["ENV-1", None, 3]), (3, ["ENV-2"])]


def test_missing_header_columns_are_listed_in_the_expected_order():
    sheet = Sheet("Data", [["value"]])
    with pytest.raises(ReviewRefused) as refused:
        reader().header(sheet, ["code", "value", "cell"])
    assert str(refused.value) == "return.xlsx: Data row 1: missing column(s): code, cell"


def test_an_empty_sheet_is_refused_for_want_of_a_header_row():
    with pytest.raises(ReviewRefused) as refused:
        reader().header(Sheet("Queries", []), ["code"])
    assert str(refused.value) == (
        "return.xlsx: Queries row 1: the sheet is empty; it needs a header row"
    )


def test_the_header_obeys_the_row_limit_it_is_given():
    with pytest.raises(ReviewRefused, match="more than 2 rows"):
        _, rows = reader().header(Sheet("Data", [["code"], ["a"], ["b"]]), ["code"], 2)
        list(rows)


def test_texts_are_read_by_column_name_and_empty_past_the_end_of_a_short_row():
    positions = {"code": 0, "value": 1, "note": 4}
    assert reader().texts(["ENV-1", 2.5], positions, ["code", "value", "note"]) == {
        "code": "ENV-1",
        "value": "2.5",
        "note": "",
    }
    assert reader().texts(["a", None, None, None, True], positions, ["note"]) == {"note": "true"}
    # A row that ends just before the column.
    assert reader().texts(["a", None, None, None], positions, ["note"]) == {"note": ""}


def test_a_refusal_names_the_file_and_the_place_as_finely_as_it_is_known():
    with pytest.raises(ReviewRefused) as at_sheet:
        reader().fail("Meta", None, None, "bad")
    with pytest.raises(ReviewRefused) as at_row:
        reader().fail("Meta", 7, None, "bad")
    with pytest.raises(ReviewRefused) as at_cell:
        reader().fail("Meta", 7, 28, "bad")
    assert [str(e.value) for e in (at_sheet, at_row, at_cell)] == [
        "return.xlsx: Meta: bad",
        "return.xlsx: Meta row 7: bad",
        "return.xlsx: Meta!AB7: bad",
    ]


def test_the_plain_reader_refuses_as_a_workbook_that_holds_values_only():
    plain = SheetReader(Path("book.xlsx"))
    with pytest.raises(UnreadableWorkbook) as refused:
        list(plain.rows(Sheet("S", [[Cell("=A1", "f")]])))
    assert str(refused.value) == (
        "book.xlsx: S!A1: the cell holds a formula ('=A1'); a workbook holds values only"
    )


class Book:
    def __init__(self, *names: str) -> None:
        self.sheetnames = list(names)

    def __getitem__(self, name: str) -> str:
        return f"sheet {name}"


def test_a_sheet_is_found_in_any_case_and_none_when_absent():
    book = Book("Meta", "DATA")
    assert find_sheet(book, "data") == "sheet DATA"
    assert find_sheet(book, "META") == "sheet Meta"
    assert find_sheet(book, "Narrative") is None


def write_book(path: Path, *rows: list[Any]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_read_workbook_hands_the_opened_file_to_the_reader_and_returns_its_result(tmp_path):
    path = write_book(tmp_path / "r.xlsx", ["a", 1])

    def read(opened_path, workbook):
        assert opened_path == path
        return [[c.value for c in row] for row in workbook.active.iter_rows()]

    assert read_workbook(path, ReviewRefused, read) == [["a", 1]]


def test_read_workbook_passes_the_formats_own_refusal_through_unchanged(tmp_path):
    path = write_book(tmp_path / "r.xlsx", ["a"])
    own = ReviewRefused("r.xlsx: Data!A1: bad", "review_bad", {"file": "r.xlsx"})

    def read(_path, _workbook):
        raise own

    with pytest.raises(ReviewRefused) as refused:
        read_workbook(path, ReviewRefused, read)
    assert refused.value is own


def test_a_workbook_refusal_while_reading_becomes_the_formats_naming_the_file(tmp_path):
    path = write_book(tmp_path / "r.xlsx", ["a"])

    def read(_path, _workbook):
        raise UnreadableWorkbook("too many cells", "workbook_far_cells", {"limit": "5"})

    with pytest.raises(ReviewRefused) as refused:
        read_workbook(path, ReviewRefused, read)
    assert str(refused.value) == "r.xlsx: too many cells"
    assert (refused.value.key, refused.value.params) == (
        "workbook_far_cells",
        {"limit": "5", "file": "r.xlsx"},
    )


def test_any_other_failure_while_reading_is_refused_in_one_line_naming_the_file(tmp_path):
    path = write_book(tmp_path / "r.xlsx", ["a"])

    def read(_path, _workbook):
        raise ValueError("unexpected end of data")

    with pytest.raises(ReviewRefused) as refused:
        read_workbook(path, ReviewRefused, read)
    assert str(refused.value).startswith("r.xlsx: the workbook cannot be read")
    assert refused.value.key == "workbook_unreadable"
    # The parameters the window words it with in the user's language.
    assert refused.value.params == {"file": "r.xlsx", "reason": "unexpected end of data"}
    assert isinstance(refused.value.__cause__, ValueError)


def test_a_file_that_is_no_workbook_is_refused_as_the_formats_own_refusal(tmp_path):
    from micdesk.core.xlsx_files import open_workbook

    path = tmp_path / "r.xlsx"
    path.write_bytes(b"not a zip at all")
    with pytest.raises(UnreadableWorkbook) as opened:
        open_workbook(path)
    with pytest.raises(ReviewRefused) as refused:
        read_workbook(path, ReviewRefused, lambda _path, _workbook: None)
    # The same words, key and parameters, as the format's own refusal.
    assert (str(refused.value), refused.value.key, refused.value.params) == (
        str(opened.value),
        opened.value.key,
        opened.value.params,
    )
    assert "r.xlsx" in str(refused.value) and opened.value.params
    assert isinstance(refused.value.__cause__, UnreadableWorkbook)


def test_the_workbook_is_closed_after_reading_whatever_happens(tmp_path):
    path = write_book(tmp_path / "r.xlsx", ["a"])
    opened = []

    def read(_path, workbook):
        opened.append(workbook)
        raise ValueError("boom")

    with pytest.raises(ReviewRefused):
        read_workbook(path, ReviewRefused, read)
    # A closed read-only workbook has let go of its archive.
    assert opened and opened[0]._archive.fp is None
