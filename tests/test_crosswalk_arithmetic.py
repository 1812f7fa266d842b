"""plan_crosswalk on its own, without a store: every figure, action, flag and lineage a redesign
plans, value by value (the import tests carry the same redesign through a real store).

The redesign is tests/redesign_sheets.py's: ENV-1 t → kt (× 0.001, crosswalk row 2), CNT-A,
CNT-B and CNT-C summed into CNT (rows 3-5), WASTE split 0.4 / 0.6 (rows 6-7), AREA split
without shares (rows 8-9), JOBS moved (row 10) with its age groups 15-24 and 25-35 re-binned
into 15-35 (rows 11-12).
"""

from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from micdesk.core.crosswalk_plan import (
    CarriedValue,
    CrosswalkPlan,
    StoredValue,
    crosswalk_codes,
    plan_crosswalk,
)
from micdesk.core.review import ReviewReason, decode_review
from micdesk.core.template_workbook import read_template_workbook
from micdesk.core.workplan import CrosswalkRule, WorkPlanTemplate
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import version_one, version_two

Y15_24, Y25_35, Y36, Y15_35 = "age=y15_24", "age=y25_35", "age=y36", "age=y15_35"
_ids = itertools.count(100)


@pytest.fixture(scope="module")
def versions(tmp_path_factory) -> tuple[WorkPlanTemplate, WorkPlanTemplate]:
    folder: Path = tmp_path_factory.mktemp("redesign")
    one = read_template_workbook(write_sheets(folder / "v1.xlsx", version_one()))
    two = read_template_workbook(write_sheets(folder / "v2.xlsx", version_two()), previous=one)
    return one, two


def stored(
    code: str,
    value: str | None = None,
    cell: str = "",
    *,
    notation: str | None = None,
    submission: int = 1,
    archived: bool = False,
    review: str = "",
) -> StoredValue:
    """One stored value cell, with an id of its own."""
    return StoredValue(next(_ids), submission, code, cell, value, notation, archived, review)


def no_rule_broken(_code: str, _cell: str, _value: str | None) -> ReviewReason | None:
    return None


def plan(versions, *sources: StoredValue, check=no_rule_broken) -> CrosswalkPlan:
    one, two = versions
    return plan_crosswalk(tuple(sources), one, two, check)


def carried(result: CrosswalkPlan, code: str, cell: str = "", submission: int = 1) -> CarriedValue:
    (found,) = [
        c for c in result.carried if (c.submission_id, c.code, c.cell) == (submission, code, cell)
    ]
    return found


def reason(item: CarriedValue) -> tuple[str, dict[str, str]] | None:
    decoded = decode_review(item.needs_review)
    return None if decoded is None else (decoded.key, dict(decoded.params))


def with_indicator(template: WorkPlanTemplate, code: str, **changes) -> WorkPlanTemplate:
    indicators = tuple(
        dataclasses.replace(i, **changes) if i.code == code else i for i in template.indicators
    )
    return dataclasses.replace(template, indicators=indicators)


def test_a_unit_change_converts_exactly_in_place_and_says_how(versions):
    source = stored("ENV-1", "12.5")
    result = plan(versions, source)
    item = carried(result, "ENV-1")
    assert (item.value, item.notation, item.action, item.needs_review) == (
        "0.0125",
        None,
        "converted",
        "",
    )
    assert item.arithmetic == "ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt"
    assert item.lineage == "ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt (crosswalk row 2)"
    assert (item.rows, item.sources, item.existing) == ((2,), (source,), source)
    assert item.changes
    assert (result.archived, result.handled, result.inserted) == ((), {source.id}, 0)
    assert result.sources == (source,)


def test_a_notation_key_goes_through_a_unit_change_as_it_is(versions):
    item = carried(plan(versions, stored("ENV-1", notation="NE")), "ENV-1")
    assert (item.value, item.notation, item.action, item.needs_review) == (None, "NE", "moved", "")
    assert item.arithmetic == "ENV-1 v1 NE × 0.001 → ENV-1 v2 NE"


def test_three_counts_are_summed_into_a_new_row_and_each_source_is_archived_with_its_lineage(
    versions,
):
    parts = stored("CNT-A", "3"), stored("CNT-B", "4"), stored("CNT-C", "5")
    result = plan(versions, *parts)
    item = carried(result, "CNT")
    assert (item.value, item.action, item.needs_review, item.existing) == ("12", "summed", "", None)
    assert (
        item.arithmetic
        == "CNT-A v1 3 firms + CNT-B v1 4 firms + CNT-C v1 5 firms → CNT v2 12 firms"
    )
    assert item.lineage == item.arithmetic + " (crosswalk rows 3, 4, 5)"
    assert (item.rows, item.sources) == ((3, 4, 5), parts)
    assert result.archived == tuple((part, item.lineage) for part in parts)
    assert (result.handled, result.inserted) == ({p.id for p in parts}, 1)


@pytest.mark.parametrize(
    ("cnt_b", "listed", "term"),
    [
        (None, "CNT-A 3, CNT-B —, CNT-C 5", "CNT-B v1 —"),
        (stored("CNT-B", notation="NE"), "CNT-A 3, CNT-B NE, CNT-C 5", "CNT-B v1 NE"),
        (stored("CNT-B", archived=True, value="4"), "CNT-A 3, CNT-B —, CNT-C 5", "CNT-B v1 —"),
        (stored("CNT-B"), "CNT-A 3, CNT-B —, CNT-C 5", "CNT-B v1 —"),  # a comment alone
    ],
)
def test_a_sum_missing_a_part_or_with_a_key_is_flagged_with_every_part_never_summed(
    versions, cnt_b, listed, term
):
    parts = [stored("CNT-A", "3"), stored("CNT-C", "5")]
    if cnt_b is not None:
        parts.append(cnt_b)
    item = carried(plan(versions, *parts), "CNT")
    assert (item.value, item.notation, item.action) == (None, None, "flagged")
    assert reason(item) == ("crosswalk_sum_incomplete", {"parts": listed, "code": "CNT"})
    assert item.arithmetic == f"CNT-A v1 3 firms + {term} + CNT-C v1 5 firms → CNT v2 —"


def test_a_sum_of_parts_none_of_which_holds_anything_plans_nothing(versions):
    result = plan(versions, stored("CNT-A"), stored("CNT-B", "4", archived=True))
    assert result.carried == () and result.archived == ()


def test_a_split_with_shares_applies_each_and_the_source_keeps_both_lineages(versions):
    source = stored("WASTE", "10.5")
    result = plan(versions, source)
    household, industrial = carried(result, "WASTE-H"), carried(result, "WASTE-I")
    assert (household.value, household.action) == ("4.2", "split")
    assert (industrial.value, industrial.action) == ("6.3", "split")
    assert household.arithmetic == "WASTE v1 10.5 t × 0.4 → WASTE-H v2 4.2 t"
    assert industrial.lineage == "WASTE v1 10.5 t × 0.6 → WASTE-I v2 6.3 t (crosswalk row 7)"
    assert result.archived == ((source, f"{household.lineage}; {industrial.lineage}"),)
    assert result.inserted == 2


@pytest.mark.parametrize(("value", "notation", "shown"), [("50", None, "50"), (None, "C", "C")])
def test_a_split_without_shares_leaves_each_part_empty_and_flagged_beside_the_old_value(
    versions, value, notation, shown
):
    source = stored("AREA", value, notation=notation)
    result = plan(versions, source)
    for code in ("AREA-U", "AREA-R"):
        item = carried(result, code)
        assert (item.value, item.notation, item.action) == (None, None, "flagged")
        assert reason(item) == (
            "crosswalk_to_split",
            {"code": "AREA", "value": shown, "parts": "AREA-U, AREA-R"},
        )
    assert [s for s, _ in result.archived] == [source]


def test_re_binned_age_groups_are_summed_and_the_total_and_36_plus_move(versions):
    total, young, middle, older = (
        stored("JOBS", "30"),
        stored("JOBS", "10", Y15_24),
        stored("JOBS", "11", Y25_35),
        stored("JOBS", "9", Y36),
    )
    result = plan(versions, total, young, middle, older)
    rebinned = carried(result, "JOBS", Y15_35)
    assert (rebinned.value, rebinned.action, rebinned.existing) == ("21", "summed", None)
    assert rebinned.arithmetic == (
        "JOBS[age=y15_24] v1 10 jobs + JOBS[age=y25_35] v1 11 jobs → JOBS[age=y15_35] v2 21 jobs"
    )
    assert rebinned.rows == (11, 12)
    for item, source in ((carried(result, "JOBS"), total), (carried(result, "JOBS", Y36), older)):
        # Moved onto itself unchanged: nothing to write, no flag.
        assert (item.value, item.action, item.existing, item.needs_review) == (
            source.value,
            "moved",
            source,
            "",
        )
        assert not item.changes
    assert carried(result, "JOBS").arithmetic == "JOBS v1 30 jobs → JOBS v2 30 jobs"
    assert [s for s, _ in result.archived] == [young, middle]
    assert result.handled == {total.id, older.id, young.id, middle.id}


def test_a_stored_cell_moved_onto_itself_is_written_again_when_flagged_or_archived(versions):
    flagged = stored("JOBS", "30", review="old reason")
    archived = stored("JOBS", "9", Y36, archived=True)
    result = plan(versions, flagged, archived)
    assert carried(result, "JOBS").changes  # its flag is cleared
    # An archived value is not a source: its cell gets nothing.
    assert [c.cell for c in result.carried] == [""]


@pytest.mark.parametrize("source", [stored("ENV-1", "1", archived=True), stored("ENV-1")])
def test_an_archived_or_empty_source_carries_nothing(versions, source):
    assert plan(versions, source).carried == ()


@pytest.mark.parametrize(
    ("value", "written", "flagged"),
    [("4", "2", False), ("5", "3", True), ("-5", "-3", True), ("4.5", "2", True)],
)
def test_a_share_into_a_whole_number_kind_is_rounded_half_up_and_flagged_with_the_exact_value(
    versions, value, written, flagged
):
    one, two = versions
    halves = tuple(
        dataclasses.replace(m, factor=Decimal("0.5")) if m.from_code == "AREA" else m
        for m in two.crosswalk
    )
    result = plan((one, dataclasses.replace(two, crosswalk=halves)), stored("AREA", value))
    item = carried(result, "AREA-U")
    assert item.value == written
    exact = str(Decimal(value) * Decimal("0.5")).rstrip("0").rstrip(".")
    if flagged:
        assert item.action == "flagged"
        assert reason(item) == (
            "crosswalk_rounded",
            {"value": written, "exact": exact, "code": "AREA-U"},
        )
    else:
        assert (item.action, item.needs_review) == ("split", "")


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("10", None),  # 0.01: exactly the minimum
        ("9", ("below_minimum", {"value": "0.009", "minimum": "0.01"})),
        ("1000", None),  # 1: exactly the maximum
        ("1001", ("above_maximum", {"value": "1.001", "maximum": "1"})),
    ],
)
def test_a_computed_number_is_judged_against_the_new_limits_exactly(versions, value, verdict):
    one, two = versions
    limited = with_indicator(two, "ENV-1", min_value=Decimal("0.01"), max_value=Decimal("1"))
    item = carried(plan((one, limited), stored("ENV-1", value)), "ENV-1")
    assert reason(item) == verdict
    assert item.action == ("converted" if verdict is None else "flagged")


def test_a_value_of_its_own_at_a_target_is_kept_and_flagged_with_what_would_have_come(versions):
    own = stored("CNT", "7")
    result = plan(versions, stored("CNT-A", "3"), stored("CNT-B", "4"), stored("CNT-C", "5"), own)
    item = carried(result, "CNT")
    assert (item.value, item.action, item.existing) == ("7", "flagged", own)
    assert reason(item) == ("crosswalk_not_written", {"value": "12", "code": "CNT"})
    assert item.changes and result.inserted == 0
    assert own.id in result.handled


def test_an_empty_row_at_a_target_is_written_in_place(versions):
    empty = stored("CNT")  # a comment alone
    result = plan(versions, stored("CNT-A", "3"), stored("CNT-B", "4"), stored("CNT-C", "5"), empty)
    item = carried(result, "CNT")
    assert (item.value, item.action, item.existing) == ("12", "summed", empty)
    assert result.inserted == 0


def test_each_submission_is_planned_apart_in_order(versions):
    result = plan(
        versions,
        stored("CNT-A", "1", submission=2),
        stored("CNT-B", "2", submission=2),
        stored("CNT-C", "3", submission=2),
        stored("ENV-1", "1000", submission=1),
        stored("CNT-A", "10", submission=1),
        stored("CNT-B", "20", submission=1),
        stored("CNT-C", "30", submission=1),
    )
    assert [(c.submission_id, c.code, c.value) for c in result.carried] == [
        (1, "ENV-1", "1"),
        (1, "CNT", "60"),
        (2, "CNT", "6"),
    ]


def test_a_text_is_moved_as_it_is_and_judged_by_the_new_rules(tmp_path):
    one_sheets, two_sheets = version_one(), version_two()
    one_sheets["indicators"].append(["NOTE", "ENV", 9, "Note", "text", None, None])
    two_sheets["indicators"].append(["REMARK", "ENV", 9, "Remark", "text", None, None])
    two_sheets["crosswalk"].append(["NOTE", "REMARK", None, None, None, "move", None])
    one = read_template_workbook(write_sheets(tmp_path / "v1.xlsx", one_sheets))
    two = read_template_workbook(write_sheets(tmp_path / "v2.xlsx", two_sheets), previous=one)
    asked = []

    def check(code, cell, value):
        asked.append((code, cell, value))
        return (
            ReviewReason.of("not_kind", value=value, kind="text", code=code)
            if value == "bad"
            else None
        )

    result = plan_crosswalk(
        (stored("NOTE", "fine", submission=1), stored("NOTE", "bad", submission=2)), one, two, check
    )
    fine, bad = carried(result, "REMARK"), carried(result, "REMARK", submission=2)
    assert (fine.value, fine.action, fine.needs_review) == ("fine", "moved", "")
    assert fine.arithmetic == "NOTE v1 fine → REMARK v2 fine"
    assert (bad.value, bad.action, reason(bad)) == (
        "bad",
        "flagged",
        ("not_kind", {"value": "bad", "kind": "text", "code": "REMARK"}),
    )
    assert asked == [("REMARK", "", "fine"), ("REMARK", "", "bad")]


def test_without_an_installed_version_or_a_crosswalk_nothing_is_planned(versions):
    one, two = versions
    sources = (stored("ENV-1", "1"),)
    assert plan_crosswalk(sources, None, two, no_rule_broken) == CrosswalkPlan()
    bare = dataclasses.replace(two, crosswalk=())
    assert plan_crosswalk(sources, one, bare, no_rule_broken) == CrosswalkPlan()


def test_the_crosswalk_reads_and_writes_every_code_it_names(versions):
    _, two = versions
    assert crosswalk_codes(two) == {
        "ENV-1", "CNT-A", "CNT-B", "CNT-C", "CNT", "WASTE", "WASTE-H", "WASTE-I",
        "AREA", "AREA-U", "AREA-R", "JOBS",
    }  # fmt: skip
    assert {m.rule for m in two.crosswalk} == set(CrosswalkRule)


def test_a_sum_applies_each_parts_factor_before_adding(versions):
    one, two = versions
    tens = tuple(
        dataclasses.replace(m, factor=Decimal(10)) if m.from_code == "CNT-A" else m
        for m in two.crosswalk
    )
    parts = stored("CNT-A", "3"), stored("CNT-B", "4"), stored("CNT-C", "5")
    item = carried(plan_crosswalk(parts, one, dataclasses.replace(two, crosswalk=tens),
                                  no_rule_broken), "CNT")  # fmt: skip
    assert (item.value, item.action) == ("39", "summed")
    assert item.arithmetic.startswith("CNT-A v1 3 firms × 10 + CNT-B v1 4 firms")


def test_a_re_binned_group_missing_a_part_is_flagged_naming_each_part_by_its_cell(versions):
    item = carried(plan(versions, stored("JOBS", "10", Y15_24)), "JOBS", Y15_35)
    assert (item.value, item.action) == (None, "flagged")
    assert reason(item) == (
        "crosswalk_sum_incomplete",
        {"parts": "JOBS[age=y15_24] 10, JOBS[age=y25_35] —", "code": "JOBS"},
    )


def test_a_value_of_its_own_beside_a_sum_that_cannot_be_made_says_nothing_would_have_come(
    versions,
):
    own = stored("CNT", "7")
    item = carried(plan(versions, stored("CNT-A", "3"), own), "CNT")
    assert (item.value, item.action) == ("7", "flagged")
    assert reason(item) == ("crosswalk_not_written", {"value": "—", "code": "CNT"})


def test_a_part_to_split_by_hand_that_is_missing_shows_another_part_as_context(versions):
    one, two = versions
    # AREA-U takes AREA (split, no shares) and ENV-1 (summed): only ENV-1 holds a value.
    extra = dataclasses.replace(two.crosswalk[0], row=13, to_code="AREA-U", factor=None,
                                rule=CrosswalkRule.SUM)  # fmt: skip
    both = dataclasses.replace(two, crosswalk=(*two.crosswalk, extra))
    item = carried(plan_crosswalk((stored("ENV-1", "8"),), one, both, no_rule_broken), "AREA-U")
    assert (item.value, item.action) == (None, "flagged")
    assert reason(item) == (
        "crosswalk_to_split",
        {"code": "AREA", "value": "8", "parts": "AREA-U, AREA-R"},
    )


def redesigned(tmp_path: Path, crosswalk: list[list], *indicators: list):
    """Versions 1 and 2 with version 2's crosswalk rows (and more indicators) replaced."""
    one_sheets, two_sheets = version_one(), version_two()
    two_sheets["indicators"] += [list(row) for row in indicators]
    two_sheets["crosswalk"] = [two_sheets["crosswalk"][0], *crosswalk]
    one = read_template_workbook(write_sheets(tmp_path / "v1.xlsx", one_sheets))
    two = read_template_workbook(write_sheets(tmp_path / "v2.xlsx", two_sheets), previous=one)
    return one, two


def test_a_cell_of_a_breakdown_moved_to_a_total_carries_that_cell_alone(tmp_path):
    one, two = redesigned(
        tmp_path,
        [["JOBS", "YOUTH", None, "age=y15_24", None, "move", None]],
        ["YOUTH", "SOC", 3, "Youth jobs", "integer", "jobs", None],
    )
    young = stored("JOBS", "10", Y15_24)
    result = plan_crosswalk((stored("JOBS", "30"), young), one, two, no_rule_broken)
    assert [(c.code, c.cell, c.value) for c in result.carried] == [("YOUTH", "", "10")]
    assert carried(result, "YOUTH").arithmetic == "JOBS[age=y15_24] v1 10 jobs → YOUTH v2 10 jobs"
    assert [source for source, _ in result.archived] == [young]  # its cell is gone from JOBS


def test_a_whole_indicator_moved_carries_only_the_cells_its_new_breakdown_has(tmp_path):
    one, two = redesigned(tmp_path, [["JOBS", "JOBS", None, None, None, "move", None]])
    sources = [stored("JOBS", "5", cell) for cell in ("", Y15_24, Y25_35, Y36)]
    result = plan_crosswalk(tuple(sources), one, two, no_rule_broken)
    # 15-24 and 25-35 are left to the update's own rules (flagged there), not carried.
    assert [c.cell for c in result.carried] == ["", Y36]


def test_a_cell_with_a_row_of_its_own_is_carried_by_that_row_alone_not_by_the_whole_indicators(
    tmp_path,
):
    one, two = redesigned(
        tmp_path,
        [["JOBS", "JOBS", None, None, None, "move", None],
         ["JOBS", "SENIOR", None, "age=y36", None, "move", None]],
        ["SENIOR", "SOC", 3, "Jobs for people 36 and over", "integer", "jobs", None],
    )  # fmt: skip
    sources = [stored("JOBS", "30"), stored("JOBS", "8", Y36)]
    result = plan_crosswalk(tuple(sources), one, two, no_rule_broken)
    # 36+ goes to SENIOR only: never counted twice (also in the new JOBS's own 36+ cell).
    assert [(c.code, c.cell, c.value) for c in result.carried] == [
        ("JOBS", "", "30"),
        ("SENIOR", "", "8"),
    ]


def test_a_factor_of_exactly_one_is_not_written_into_the_arithmetic(tmp_path):
    one, two = redesigned(
        tmp_path,
        [["ENV-1", "ENV-1", 1, None, None, "move", None],
         ["WASTE", "WASTE-H", 2, None, None, "move", None]],
    )  # fmt: skip
    result = plan_crosswalk((stored("ENV-1", "4"), stored("WASTE", "3")), one, two, no_rule_broken)
    assert carried(result, "ENV-1").arithmetic == "ENV-1 v1 4 t → ENV-1 v2 4 kt"
    assert carried(result, "WASTE-H").arithmetic == "WASTE v1 3 t × 2 → WASTE-H v2 6 t"


def test_a_source_that_stays_in_the_new_version_is_read_but_not_archived(tmp_path):
    one, two = redesigned(
        tmp_path,
        [["CNT-A", "CNT", None, None, None, "sum", None],
         ["CNT-B", "CNT", None, None, None, "sum", None]],
        ["CNT-A", "SOC", 3, "Firms advised", "integer", "firms", None],
    )  # fmt: skip
    kept, merged = stored("CNT-A", "3"), stored("CNT-B", "4")
    result = plan_crosswalk((kept, merged), one, two, no_rule_broken)
    assert carried(result, "CNT").value == "7"
    assert [source for source, _ in result.archived] == [merged]


def test_a_value_of_its_own_beside_a_carried_notation_key_names_the_key(versions):
    own = stored("WASTE-H", "2")
    result = plan(versions, stored("WASTE", notation="NE"), own)
    assert reason(carried(result, "WASTE-H")) == (
        "crosswalk_not_written",
        {"value": "NE", "code": "WASTE-H"},
    )
