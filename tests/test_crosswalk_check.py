"""The crosswalk sheet is checked with the template: every problem located as ``crosswalk!cell``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.core.template_checker import TemplateProblems
from micdesk.core.template_workbook import (
    read_template_sheets,
    read_template_workbook,
    write_template_workbook,
)
from micdesk.core.workplan import CrosswalkRule
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import CROSSWALK_HEADERS, version_one, version_two


@pytest.fixture
def previous(tmp_path: Path):
    """Version 1 of the redesign, as the installed version the crosswalk maps from."""
    return read_template_workbook(write_sheets(tmp_path / "v1.xlsx", version_one()))


def crosswalk_problems(tmp_path: Path, previous, *changes: tuple[int, int, object]) -> list[str]:
    """The problems of version 2 with crosswalk cells changed ((row, column, value), 1-based)."""
    sheets = version_two()
    rows = sheets["crosswalk"]
    for row, column, value in changes:
        while len(rows) < row:
            rows.append([None] * len(rows[0]))
        rows[row - 1][column - 1] = value
    return problems_of(tmp_path, previous, sheets)


def problems_of(tmp_path: Path, previous, sheets) -> list[str]:
    """The problems of the sheets read as a template over ``previous`` installed."""
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(write_sheets(tmp_path / "v2.xlsx", sheets), previous=previous)
    return [str(problem) for problem in refused.value.problems]


def version_two_with(*codes: str):
    """Version 2's sheets with more decimal indicators (``codes``) in its ENV area."""
    sheets = version_two()
    for code in codes:
        sheets["indicators"].append([code, "ENV", 9, code, "decimal", "t", None])
    return sheets


def problems_over(tmp_path: Path, one, two) -> list[str]:
    """The problems of sheets ``two`` read over ``one`` installed (both changed by the test)."""
    old = read_template_workbook(write_sheets(tmp_path / "v1.xlsx", one))
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(write_sheets(tmp_path / "v2.xlsx", two), previous=old)
    return [str(problem) for problem in refused.value.problems]


def with_a_text_row(tmp_path: Path, factor: object, rule: str):
    """Version 2 read over version 1, both with a text indicator NOTE that the crosswalk maps
    onto itself with ``factor`` and ``rule`` (row 13): the template, or TemplateProblems."""
    one, two = version_one(), version_two()
    for sheets in (one, two):
        sheets["indicators"].append(["NOTE", "SOC", 9, "Note", "text", None, None])
    two["crosswalk"].append(["NOTE", "NOTE", factor, None, None, rule, None])
    old = read_template_workbook(write_sheets(tmp_path / "v1.xlsx", one))
    return read_template_workbook(write_sheets(tmp_path / "v2.xlsx", two), previous=old)


def test_the_redesign_crosswalk_is_read_row_by_row(tmp_path, previous):
    template = read_template_workbook(
        write_sheets(tmp_path / "v2.xlsx", version_two()), previous=previous
    )
    first, *_, last = template.crosswalk
    assert (first.row, first.from_code, first.to_code, first.factor) == (
        2,
        "ENV-1",
        "ENV-1",
        Decimal("0.001"),
    )
    assert first.note == {"en": "t to kt"}
    assert (last.from_cell, last.to_cell, last.rule) == (
        "age=y25_35",
        "age=y15_35",
        CrosswalkRule.SUM,
    )
    assert len(template.crosswalk) == 11


def test_an_unknown_from_code_in_the_installed_version_is_located(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (3, 1, "CNT-Z")) == [
        "crosswalk!A3: unknown from_code 'CNT-Z': the installed version 1 has no such indicator"
    ]


def test_an_unknown_to_code_in_the_new_version_is_located(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (2, 2, "ENV-9")) == [
        "crosswalk!B2: unknown to_code 'ENV-9': version 2 has no such indicator"
    ]


def test_a_factor_that_is_not_a_number_is_located(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (2, 3, "a thousandth")) == [
        "crosswalk!C2: factor 'a thousandth' is not a number"
    ]


def test_kinds_that_cannot_convert_are_located(tmp_path, previous):
    sheets_changes = [(12, 1, "JOBS"), (12, 2, "ENV-1"), (12, 6, "move")]
    # A yes/no cannot become a number: make version 2's ENV-1 a yes/no indicator.
    sheets = version_two()
    sheets["indicators"][1][4] = "yes_no"
    sheets["indicators"][1][5] = None
    sheets["crosswalk"][1][2] = None
    path = write_sheets(tmp_path / "v2.xlsx", sheets)
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(path, previous=previous)
    assert [str(p) for p in refused.value.problems] == [
        "crosswalk!B2: ENV-1 (decimal) cannot be converted to ENV-1 (yes_no): only numbers "
        "convert between kinds"
    ]
    assert sheets_changes  # the same check runs for every row; one is enough to locate


def test_split_factors_that_do_not_sum_to_one_are_located(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (7, 3, 0.5)) == [
        "crosswalk!C6: the split factors of WASTE (rows 6, 7) sum to 0.9, not 1"
    ]


def test_a_split_with_some_factors_missing_is_located(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (7, 3, None)) == [
        "crosswalk!C7: the split of WASTE gives factors on some rows (6, 7) but not on this "
        "one: give every share, or none to split by hand"
    ]


def test_a_cycle_is_located(tmp_path):
    # P and Q exist in both versions; the crosswalk swaps them: P → Q and Q → P.
    one, two = version_one(), version_two()
    for sheets in (one, two):
        sheets["indicators"].append(["P", "SOC", 8, "P", "integer", None, None])
        sheets["indicators"].append(["Q", "SOC", 9, "Q", "integer", None, None])
    two["crosswalk"].append(["P", "Q", None, None, None, "move", None])
    two["crosswalk"].append(["Q", "P", None, None, None, "move", None])
    assert problems_over(tmp_path, one, two) == [
        "crosswalk!A13: the crosswalk goes round in a circle: P → Q → P; map each "
        "value once, from the installed version to this one"
    ]


def test_a_mapping_declared_by_replaces_and_the_crosswalk_is_located(tmp_path, previous):
    sheets = version_two()
    sheets["indicators"][0].append("replaces")
    sheets["indicators"][6].append("CNT-A")  # CNT replaces CNT-A, and the crosswalk sums it
    path = write_sheets(tmp_path / "v2.xlsx", sheets)
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(path, previous=previous)
    assert [str(p) for p in refused.value.problems] == [
        "crosswalk!A3: 'CNT-A' is carried both by this crosswalk and by replaces on indicator "
        "'CNT': declare the mapping once"
    ]


def test_unknown_breakdown_cells_and_rules_are_located(tmp_path, previous):
    assert crosswalk_problems(
        tmp_path, previous, (11, 4, "age=y99"), (11, 5, "age=y0"), (4, 6, "average")
    ) == [
        "crosswalk!F4: unknown rule 'average': use one of move, sum, split",
        "crosswalk!D11: 'age=y99' is not a cell of the breakdown of JOBS in the installed "
        "version 1",
        "crosswalk!E11: 'age=y0' is not a cell of the breakdown of JOBS in version 2",
    ]


def test_several_moves_onto_one_indicator_ask_for_sum(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (4, 6, "move")) == [
        "crosswalk!F4: several rows (3, 4, 5) map to CNT: set rule sum on them to add them up"
    ]


def test_without_an_installed_version_only_the_new_side_is_checked(tmp_path):
    template = read_template_workbook(write_sheets(tmp_path / "v2.xlsx", version_two()))
    assert len(template.crosswalk) == 11


def test_a_blank_template_has_an_empty_crosswalk_sheet_to_fill(tmp_path, previous):
    path = tmp_path / "blank.xlsx"
    write_template_workbook(previous, path)
    table = read_template_sheets(path)["crosswalk"]
    assert table.headers == [
        "from_code",
        "to_code",
        "factor",
        "from_disaggregation",
        "to_disaggregation",
        "rule",
        "note::en",
    ]
    assert table.rows == []
    assert read_template_workbook(path) == previous


def test_a_crosswalk_survives_writing_and_reading_back(tmp_path, previous):
    template = read_template_workbook(
        write_sheets(tmp_path / "v2.xlsx", version_two()), previous=previous
    )
    write_template_workbook(template, tmp_path / "again.xlsx")
    assert read_template_workbook(tmp_path / "again.xlsx", previous=previous) == template


def test_an_empty_or_malformed_code_is_located_naming_its_column(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (2, 1, None), (3, 2, "CNT A")) == [
        "crosswalk!A2: from_code is empty",
        "crosswalk!B3: to_code 'CNT A' is malformed: use letters, digits, '-', '_' or '.', "
        "starting with a letter (at most 50 characters)",
    ]


@pytest.mark.parametrize("factor", [0, -0.5])
def test_a_factor_of_zero_or_below_is_located(tmp_path, previous, factor):
    assert crosswalk_problems(tmp_path, previous, (2, 3, factor)) == [
        f"crosswalk!C2: factor {Decimal(str(factor))} must be above 0"
    ]


def test_an_unknown_rule_is_the_only_problem_of_its_row(tmp_path):
    # A text row with a rule it cannot have: no "cannot be converted" follows from it.
    with pytest.raises(TemplateProblems) as refused:
        with_a_text_row(tmp_path, None, "merge")
    assert [str(p) for p in refused.value.problems] == [
        "crosswalk!F13: unknown rule 'merge': use one of move, sum, split"
    ]


@pytest.mark.parametrize("factor", [2, 0.5])
def test_a_text_moved_with_a_factor_other_than_one_cannot_convert(tmp_path, factor):
    with pytest.raises(TemplateProblems) as refused:
        with_a_text_row(tmp_path, factor, "move")
    assert [str(p) for p in refused.value.problems] == [
        "crosswalk!B13: NOTE (text) cannot be converted to NOTE (text)"
    ]


def test_a_text_moved_with_a_factor_of_one_is_carried(tmp_path):
    mapping = with_a_text_row(tmp_path, 1, "move").crosswalk[-1]
    assert (mapping.from_code, mapping.to_code, mapping.row) == ("NOTE", "NOTE", 13)


def test_the_written_crosswalk_sheet_spells_its_headers_as_documented(tmp_path, previous):
    template = read_template_workbook(
        write_sheets(tmp_path / "v2.xlsx", version_two()), previous=previous
    )
    write_template_workbook(template, tmp_path / "again.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "again.xlsx", read_only=True)
    try:
        header = next(workbook["crosswalk"].iter_rows(max_row=1, values_only=True))
    finally:
        workbook.close()
    assert [h for h in header if h is not None] == CROSSWALK_HEADERS


def test_a_mapping_given_twice_is_located_at_each_repeat(tmp_path, previous):
    sheets = version_two()
    rows = sheets["crosswalk"]
    rows.append(list(rows[1]))  # row 13 repeats row 2
    rows.append(list(rows[2]))  # row 14 repeats row 3
    assert problems_of(tmp_path, previous, sheets) == [
        "crosswalk!A13: the same mapping ENV-1 → ENV-1 is already on row 2",
        "crosswalk!A14: the same mapping CNT-A → CNT is already on row 3",
    ]


def test_a_value_sent_to_several_indicators_without_rule_split_is_located(tmp_path, previous):
    sheets = version_two_with("ENV-2", "ENV-3")
    sheets["crosswalk"].append(["ENV-1", "ENV-2", None, None, None, "move", None])  # row 13
    sheets["crosswalk"].append(["WASTE", "ENV-3", None, None, None, "move", None])  # row 14
    assert problems_of(tmp_path, previous, sheets) == [
        "crosswalk!F2: ENV-1 is mapped by several rows (2, 13): a value goes to several "
        "indicators only with rule split",
        "crosswalk!F14: WASTE is mapped by several rows (6, 7, 14): a value goes to several "
        "indicators only with rule split",
    ]


def test_a_circle_that_does_not_pass_through_the_first_code_is_found_once(tmp_path):
    # P → Q → R → Q: the walk from P meets the circle Q ⇄ R without coming back to P.
    one, two = version_one(), version_two()
    for sheets in (one, two):
        for order, code in enumerate(("P", "Q", "R"), start=8):
            sheets["indicators"].append([code, "SOC", order, code, "integer", None, None])
    two["crosswalk"].append(["P", "Q", None, None, None, "sum", None])  # row 13
    two["crosswalk"].append(["Q", "R", None, None, None, "move", None])  # row 14
    two["crosswalk"].append(["R", "Q", None, None, None, "sum", None])  # row 15
    assert problems_over(tmp_path, one, two) == [
        "crosswalk!A14: the crosswalk goes round in a circle: Q → R → Q; map each value "
        "once, from the installed version to this one"
    ]


def test_two_moves_onto_one_cell_of_a_breakdown_ask_for_sum_naming_the_cell(tmp_path, previous):
    assert crosswalk_problems(tmp_path, previous, (11, 6, "move")) == [
        "crosswalk!F11: several rows (11, 12) map to JOBS (age=y15_35): set rule sum on them "
        "to add them up"
    ]


def test_a_row_with_a_problem_is_not_taken_as_a_mapping(tmp_path, previous):
    # Row 13 would repeat row 2 were it read as a mapping despite its bad factor.
    assert crosswalk_problems(
        tmp_path,
        previous,
        *(
            (13, c, v)
            for c, v in enumerate(["ENV-1", "ENV-1", "a lot", None, None, "move", None], start=1)
        ),
    ) == ["crosswalk!C13: factor 'a lot' is not a number"]


def test_every_split_with_some_factors_missing_is_located(tmp_path, previous):
    sheets = version_two_with("ENV-2", "ENV-3")
    sheets["crosswalk"][1] = ["ENV-1", "ENV-2", 0.5, None, None, "split", None]  # row 2
    sheets["crosswalk"].append(["ENV-1", "ENV-3", None, None, None, "split", None])  # row 13
    sheets["crosswalk"][6][2] = None  # row 7: WASTE's second share
    assert problems_of(tmp_path, previous, sheets) == [
        "crosswalk!C7: the split of WASTE gives factors on some rows (6, 7) but not on this "
        "one: give every share, or none to split by hand",
        "crosswalk!C13: the split of ENV-1 gives factors on some rows (2, 13) but not on this "
        "one: give every share, or none to split by hand",
    ]
