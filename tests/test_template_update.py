"""Importing a new template version: preview, then carry every entered value across (docs/design.md §3)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from micdesk.core.model import ChangeRecord, IndicatorValue, Submission
from micdesk.core.submissions import list_values, open_submission, set_value, value_history
from micdesk.core.targets import list_targets, set_target
from micdesk.core.template_checker import TemplateProblems
from micdesk.core.template_diff import (
    AttributeChange,
    ListChange,
    Replacement,
    TextChange,
    diff_templates,
)
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_store import installed_template_ids, load_template
from micdesk.core.template_update import (
    TemplateImportRefused,
    apply_template_import,
    archived_values,
    count_values,
    preview_template_import,
)
from micdesk.core.template_workbook import read_template_workbook, write_template_workbook
from micdesk.core.vocabulary import SubmissionStatus
from tests import redesign_sheets
from tests.hostile_workbooks import Rows, sample_template_sheets, write_sheets
from tests.test_crosswalk_import import COUNTRIES, PERIODS, fill_and_preview
from tests.test_template_workbook import edit

SAMPLE = "sample-plan"


def remove_row(sheets: dict[str, Rows], sheet: str, key: str) -> None:
    """Delete the first row holding ``key`` in one of its first cells."""
    rows = sheets[sheet]
    rows.remove(next(r for r in rows[1:] if key in r[:3]))


def install(store, tmp_path: Path, sheets: dict[str, Rows], name: str = "t.xlsx"):
    """Preview and apply a template workbook; return the result."""
    preview = preview_template_import(store, write_sheets(tmp_path / name, sheets))
    return apply_template_import(store, preview)


def version_two() -> dict[str, Rows]:
    """v2 of the sample: LABS removed, EXPORTS replaces SHARE, FIRMS max 100, choice 'medium'."""
    sheets = sample_template_sheets(version=2)
    remove_row(sheets, "indicators", "LABS")
    edit(sheets, "indicators", "SHARE", "replaces", "SHARE")
    edit(sheets, "indicators", "SHARE", "code", "EXPORTS")
    edit(sheets, "indicators", "FIRMS", "max", 100)
    sheets["choices"].append(["levels", "medium", "Medium", "Moyen"])
    return sheets


@pytest.fixture
def sample(store, tmp_path):
    """The sample template v1 installed beside the default one, with Kenya's 2025 values."""
    install(store, tmp_path, sample_template_sheets(), "v1.xlsx")
    kenya = open_submission(store, "KEN", "2025", SAMPLE)
    set_value(store, kenya, "FIRMS", value=50)
    set_value(store, kenya, "LABS", value=3, comment="two new, one upgraded")
    set_value(store, kenya, "SHARE", value=Decimal("40.5"))
    set_value(store, kenya, "LEVEL", value="high")
    set_value(store, kenya, "POLICY", value=True)
    set_value(store, kenya, "TRAINED", value=10)
    set_value(store, kenya, "TRAINED", "sex=female;age=youth", value=4)
    set_value(store, kenya, "NOTE", value="on track")
    earlier = open_submission(store, "KEN", "2024", SAMPLE)
    set_value(store, earlier, "FIRMS", value=500)
    return kenya


def reopen(store, submission):
    """The submission again, on the newest template version."""
    return open_submission(store, submission.country, submission.period, SAMPLE)


def test_an_update_carries_values_archives_removed_and_flags_new_rule_breakers(
    store, tmp_path, sample
):
    before = count_values(store)
    result = install(store, tmp_path, version_two(), "v2.xlsx")
    kenya = reopen(store, sample)
    values = list_values(store, kenya)
    assert (result.values_before, result.values_after, count_values(store)) == (9, 9, before)
    assert (result.moved, result.archived, result.flagged) == (1, 1, 1)
    assert values[("FIRMS", "")].value == 50 and values[("FIRMS", "")].needs_review == ""
    assert values[("EXPORTS", "")].value == Decimal("40.5")
    assert ("SHARE", "") not in values and ("LABS", "") not in values
    assert values[("LEVEL", "")].value == "high" and not values[("LEVEL", "")].needs_review
    assert values[("TRAINED", "sex=female;age=youth")].value == 4
    assert values[("NOTE", "")].value == "on track"
    [labs] = archived_values(store, kenya)
    assert (labs.indicator_code, labs.value, labs.comment) == ("LABS", "3", "two new, one upgraded")
    earlier = list_values(store, reopen(store, open_submission(store, "KEN", "2024", SAMPLE)))
    assert earlier[("FIRMS", "")].needs_review == "500 is above the maximum 100"


def test_a_replaced_indicators_values_move_with_a_template_change_record(store, tmp_path, sample):
    install(store, tmp_path, version_two(), "v2.xlsx")
    history = value_history(store, reopen(store, sample), "EXPORTS")
    moved = [entry for entry in history if entry.attribute == "indicator_code"]
    assert [(e.old, e.new, e.origin) for e in moved] == [("SHARE", "EXPORTS", "template")]
    assert moved[0].reason == "template 'sample-plan' version 2"
    # History is never rewritten: earlier changes stay filed under the code they were made on.
    earlier = value_history(store, reopen(store, sample), "SHARE")
    assert [(e.attribute, e.new) for e in earlier] == [("value", "40.5")]


def test_archiving_is_recorded_and_nothing_is_deleted(store, tmp_path, sample):
    install(store, tmp_path, version_two(), "v2.xlsx")
    history = value_history(store, reopen(store, sample), "LABS")
    assert [(e.attribute, e.old, e.new, e.origin) for e in history][-1] == (
        "archived",
        "no",
        "yes",
        "template",
    )
    assert len(list_values(store, reopen(store, sample), include_archived=True)) == 8


def test_the_diff_lists_removed_replaced_tightened_and_new_choices(store, tmp_path, sample):
    preview = preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", version_two()))
    diff = preview.diff
    assert (diff.old_version, diff.new_version) == (1, 2)
    assert diff.indicators_removed == ("LABS",)
    assert diff.indicators_added == ()
    assert diff.indicators_replaced == (Replacement("SHARE", "EXPORTS"),)
    assert diff.indicators_changed == (AttributeChange("FIRMS", "max", "1000", "100"),)
    assert diff.choice_lists_changed == (ListChange("levels", added=("medium",)),)
    assert diff.lines() == [
        "Template 'sample-plan': version 1 → 2",
        "  indicator removed: LABS (its values are archived, not deleted)",
        "  indicator SHARE replaced by EXPORTS (its values move to EXPORTS)",
        "  indicator FIRMS: max 1000 → 100",
        "  choice list levels: options added medium",
    ]
    assert (preview.values_total, preview.values_to_move, preview.values_to_archive) == (9, 1, 1)
    assert preview.values_to_flag == 1
    assert preview.review_reasons == ("500 is above the maximum 100",)


def test_preview_writes_nothing(store, tmp_path, sample):
    database = store.database_path
    before = database.read_bytes(), Path(f"{database}-wal").read_bytes()
    preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", version_two()))
    assert (database.read_bytes(), Path(f"{database}-wal").read_bytes()) == before
    with store.read() as session:
        assert load_template(session, SAMPLE).version == 1


def test_a_relabelling_in_any_language_and_new_areas_are_listed(store, tmp_path, sample):
    sheets = sample_template_sheets(version=2)
    edit(sheets, "indicators", "FIRMS", "label::fr", "Entreprises soutenues")
    edit(sheets, "areas", "SKL", "tools::en", "Vocational training")
    edit(sheets, "settings", SAMPLE, "title::fr", "Plan de travail révisé")
    sheets["areas"].append(["ENV", 3, "Environment", "Environnement", None])
    diff = preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", sheets)).diff
    assert diff.indicators_relabelled == (TextChange("FIRMS", "label", ("fr",)),)
    assert diff.areas_relabelled == (TextChange("SKL", "tools", ("en",)),)
    assert diff.areas_added == ("ENV",)
    assert diff.template_changed == (
        AttributeChange(SAMPLE, "title::fr", "Plan de travail", "Plan de travail révisé"),
    )
    assert "  title::fr changed: Plan de travail → Plan de travail révisé" in diff.lines()
    assert "  area added: ENV" in diff.lines()
    assert "  indicator FIRMS: label changed (fr)" in diff.lines()


def test_a_value_that_no_longer_decodes_as_the_new_kind_is_flagged(store, tmp_path, sample):
    set_value(store, sample, "NOTE", value="many")
    sheets = sample_template_sheets(version=2)
    edit(sheets, "indicators", "NOTE", "kind", "integer")
    install(store, tmp_path, sheets, "v2.xlsx")
    note = list_values(store, reopen(store, sample))[("NOTE", "")]
    assert note.value == "many"
    assert note.needs_review == "'many' is not a whole number, which NOTE now takes"


def test_a_choice_removed_from_its_list_is_flagged(store, tmp_path, sample):
    sheets = sample_template_sheets(version=2)
    remove_row(sheets, "choices", "high")
    install(store, tmp_path, sheets, "v2.xlsx")
    level = list_values(store, reopen(store, sample))[("LEVEL", "")]
    assert level.needs_review == "'high' is not in the choice list 'levels' any more"


def test_a_cell_no_longer_in_the_disaggregation_is_flagged(store, tmp_path, sample):
    sheets = sample_template_sheets(version=2)
    remove_row(sheets, "disaggregations", "youth")
    install(store, tmp_path, sheets, "v2.xlsx")
    values = list_values(store, reopen(store, sample))
    assert values[("TRAINED", "sex=female;age=youth")].needs_review == (
        "the cell 'sex=female;age=youth' is no longer part of the breakdown of TRAINED ('sex_age')"
    )
    assert values[("TRAINED", "")].needs_review == ""


def test_a_value_already_breaking_an_unchanged_rule_is_not_flagged_again(store, tmp_path, sample):
    set_value(store, sample, "FIRMS", value=5000)  # above v1's max 1000 already
    install(store, tmp_path, sample_template_sheets(version=2), "v2.xlsx")
    assert list_values(store, reopen(store, sample))[("FIRMS", "")].needs_review == ""


def test_a_value_breaking_a_rule_the_new_version_keeps_is_not_flagged_when_another_changes(
    store, tmp_path, sample
):
    set_value(store, sample, "FIRMS", value=5000)  # above the maximum 1000 in v1 and v2
    earlier = open_submission(store, "KEN", "2024", SAMPLE)
    set_value(store, earlier, "FIRMS", value=5)
    sheets = sample_template_sheets(version=2)
    edit(sheets, "indicators", "FIRMS", "min", 10)  # only the minimum changes
    result = install(store, tmp_path, sheets, "v2.xlsx")
    assert list_values(store, reopen(store, sample))[("FIRMS", "")].needs_review == ""
    flagged = list_values(store, reopen(store, earlier))[("FIRMS", "")].needs_review
    assert (flagged, result.flagged) == ("5 is below the minimum 10", 1)


def test_a_replaced_indicators_value_that_broke_the_same_rule_before_is_not_flagged(
    store, tmp_path, sample
):
    set_value(store, sample, "SHARE", value=Decimal("140"))  # above 100 as SHARE and EXPORTS
    result = install(store, tmp_path, version_two(), "v2.xlsx")
    exports = list_values(store, reopen(store, sample))[("EXPORTS", "")]
    assert (exports.value, exports.needs_review) == (Decimal("140"), "")
    assert result.moved == 1


def test_values_of_an_indicator_that_comes_back_are_restored_from_the_archive(
    store, tmp_path, sample
):
    install(store, tmp_path, version_two(), "v2.xlsx")
    back = version_two()
    edit(back, "settings", SAMPLE, "version", 3)
    labs = next(r for r in sample_template_sheets()["indicators"] if r[0] == "LABS")
    back["indicators"].append(labs)
    result = install(store, tmp_path, back, "v3.xlsx")
    kenya = reopen(store, sample)
    assert result.restored == 1
    assert list_values(store, kenya)[("LABS", "")].value == 3
    assert archived_values(store, kenya) == []


def test_a_move_onto_a_cell_that_already_holds_a_value_keeps_both(store, tmp_path, sample):
    # v2 drops NOTE (its value archived); v3 brings NOTE back as the replacement of LABS,
    # so LABS's value cannot move onto NOTE's archived one: both are kept.
    v2 = sample_template_sheets(version=2)
    remove_row(v2, "indicators", "NOTE")
    install(store, tmp_path, v2, "v2.xlsx")
    v3 = sample_template_sheets(version=3)
    remove_row(v3, "indicators", "LABS")
    edit(v3, "indicators", "NOTE", "replaces", "LABS")
    edit(v3, "indicators", "NOTE", "kind", "integer")
    result = install(store, tmp_path, v3, "v3.xlsx")
    kenya = reopen(store, sample)
    assert result.values_before == result.values_after
    note = list_values(store, kenya)[("NOTE", "")]
    assert note.value == "on track" and not note.archived
    [labs] = archived_values(store, kenya)
    assert (labs.indicator_code, labs.value) == ("LABS", "3")
    assert labs.needs_review == (
        "not moved to NOTE, which replaces LABS: NOTE already has a value here"
    )


def test_an_equal_or_older_version_is_refused_at_the_version_cell(store, tmp_path, sample):
    path = write_sheets(tmp_path / "again.xlsx", sample_template_sheets(version=1))
    database = store.database_path
    before = database.read_bytes(), Path(f"{database}-wal").read_bytes()
    with pytest.raises(TemplateProblems) as refused:
        preview_template_import(store, path)
    assert [str(p) for p in refused.value.problems] == [
        "settings!B2: version 1 is not above the installed version 1 of 'sample-plan'"
    ]
    assert (database.read_bytes(), Path(f"{database}-wal").read_bytes()) == before


def test_a_preview_overtaken_by_another_import_is_refused(store, tmp_path, sample):
    path = write_sheets(tmp_path / "v2.xlsx", version_two())
    first, second = preview_template_import(store, path), preview_template_import(store, path)
    apply_template_import(store, first)
    with pytest.raises(TemplateImportRefused, match="changed since the preview"):
        apply_template_import(store, second)
    assert count_values(store) == 9


def test_a_different_template_id_is_installed_beside_the_current_one(store, tmp_path):
    preview = preview_template_import(
        store, write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    )
    assert preview.diff.is_new_template
    assert preview.diff.lines() == [
        "New template 'sample-plan' version 1: 2 areas, 7 indicators "
        "(installed beside the current template)"
    ]
    apply_template_import(store, preview)
    with store.read() as session:
        assert installed_template_ids(session) == ["sample-plan", "unido-mic-workplan"]
        assert load_template(session, "unido-mic-workplan") == load_default_template()


def test_a_countrys_baseline_and_target_move_with_a_replaced_indicator(store, tmp_path, sample):
    set_target(store, sample, "SHARE", baseline=Decimal(30), target=Decimal(50))
    install(store, tmp_path, version_two(), "v2.xlsx")
    targets = list_targets(store, reopen(store, sample))
    assert (targets["EXPORTS"].baseline, targets["EXPORTS"].target) == (30, 50)


def test_an_exported_submission_whose_values_change_is_a_draft_again(store, tmp_path, sample):
    with store.transaction() as session:
        session.get(Submission, sample.submission_id).status = SubmissionStatus.EXPORTED.value
    install(store, tmp_path, version_two(), "v2.xlsx")
    with store.read() as session:
        status = session.get(Submission, sample.submission_id).status
        origins = set(session.scalars(select(ChangeRecord.origin)))
    assert status == SubmissionStatus.DRAFT.value
    assert origins == {"user", "template"}


def test_the_blank_of_the_installed_template_imports_as_an_empty_update(store, tmp_path):
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    read_back = read_template_workbook(tmp_path / "blank.xlsx")
    bumped = dataclasses.replace(read_back, version=2)
    diff = diff_templates(load_default_template(), bumped)
    assert diff.is_empty
    assert diff.lines() == [
        "Template 'unido-mic-workplan': version 1 → 2",
        "  no changes to areas, indicators or lists",
    ]


def _changing_plans(store, preview, quiet_too: bool):
    """What the import would do to each value, reading quiet values too or leaving them out."""
    from micdesk.core import template_update as update

    template = preview.template
    with store.read() as session:
        old = load_template(session, template.template_id)
        renames = update.diff_templates(old, template).renames
        quiet = frozenset() if quiet_too else update._quiet_codes(old, template, renames)
        rows = update._read_values(session, template.template_id, quiet)
        stored = update._changeable(rows, quiet, frozenset())
        return {p for p in update._plan_values(stored, old, template, renames) if p.changes}


def test_values_left_unread_as_quiet_are_exactly_those_the_import_leaves_alone(
    store, tmp_path, sample
):
    # The import reads only values whose indicator is replaced, removed, has new rules,
    # or which are archived or flagged: reading every value must plan the same changes.
    set_value(store, sample, "LEVEL", value="low")
    with store.transaction() as session:  # as an older micdesk left it: plain text, now passing
        policy = session.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_code == "POLICY")
        ).one()
        policy.needs_review = "'maybe' is not yes or no, which POLICY now takes"
    versions = [version_two()]
    again = version_two()  # v3: FIRMS's flag under an unchanged rule stays; LABS comes back
    edit(again, "settings", SAMPLE, "version", 3)
    again["indicators"].append(
        next(r for r in sample_template_sheets()["indicators"] if r[0] == "LABS")
    )
    versions.append(again)
    for number, sheets in enumerate(versions, start=2):
        preview = preview_template_import(store, write_sheets(tmp_path / f"q{number}.xlsx", sheets))
        assert _changing_plans(store, preview, True) == _changing_plans(store, preview, False)
        apply_template_import(store, preview)
    kenya = open_submission(store, "KEN", "2024", SAMPLE)
    assert list_values(store, kenya)[("FIRMS", "")].needs_review == "500 is above the maximum 100"
    assert list_values(store, reopen(store, sample))[("POLICY", "")].needs_review == ""


def test_only_kept_indicators_with_unchanged_rules_are_quiet(store, tmp_path, sample):
    # v2: FIRMS gets a maximum, LEVEL a choice, EXPORTS replaces SHARE, LABS goes.
    from micdesk.core import template_update as update

    preview = preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", version_two()))
    with store.read() as session:
        old = load_template(session, SAMPLE)
    renames = diff_templates(old, preview.template).renames
    assert update._quiet_codes(old, preview.template, renames) == {"POLICY", "TRAINED", "NOTE"}


def test_of_a_quiet_indicator_only_flagged_values_not_the_crosswalks_are_planned():
    from micdesk.core import template_update as update

    def row(value_id, code, *, archived=False, review=""):
        return (value_id, 1, code, "", "5", None, archived, review)

    rows = [
        row(1, "QUIET"),
        row(2, "QUIET", review="'x' is not a number"),
        row(3, "QUIET", archived=True),
        row(4, "CHANGED"),
        row(5, "CHANGED"),  # the crosswalk carries it
        row(6, "QUIET", review="'y' is not a number"),  # the crosswalk carries it
    ]
    planned = update._changeable(rows, frozenset({"QUIET"}), frozenset({5, 6}))
    assert [value.id for value in planned] == [2, 4]


def test_a_restored_values_old_flag_that_says_what_the_new_rule_says_is_left_as_it_is(
    store, tmp_path, sample
):
    install(store, tmp_path, version_two(), "v2.xlsx")
    legacy = "3 is above the maximum 2"  # as an older micdesk stored a flag: its sentence alone
    with store.transaction() as session:
        labs = session.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_code == "LABS")
        ).one()
        labs.needs_review = legacy
    back = version_two()
    edit(back, "settings", SAMPLE, "version", 3)
    labs_row = next(r for r in sample_template_sheets()["indicators"] if r[0] == "LABS")
    back["indicators"].append(labs_row)
    edit(back, "indicators", "LABS", "max", 2)
    install(store, tmp_path, back, "v3.xlsx")
    with store.read() as session:
        labs = session.scalars(
            select(IndicatorValue).where(IndicatorValue.indicator_code == "LABS")
        ).one()
        assert (labs.archived, labs.needs_review) == (False, legacy)


def test_values_the_crosswalk_handles_are_left_to_it_whatever_their_ids(store, tmp_path):
    # Values of another template first: the redesign's value ids then run far ahead of the
    # submission ids, so a value id and a submission id can no longer be taken for each other.
    earlier = open_submission(store, "ZAF", "2020")
    for indicator in earlier.template.indicators:
        for cell in earlier.template.cells_of(indicator):
            if indicator.kind.is_numeric:
                set_value(store, earlier, indicator.code, cell, value=1)
    preview = fill_and_preview(store, tmp_path)
    handled = preview.crosswalk.handled
    assert min(handled) > 10 >= len(COUNTRIES) * len(PERIODS) + 1
    apply_template_import(store, preview)
    with store.read() as session:
        archived = session.execute(
            select(ChangeRecord.submission_fk, ChangeRecord.indicator_code, ChangeRecord.cell)
            .where(ChangeRecord.attribute == "archived", ChangeRecord.new == "yes")
        ).all()  # fmt: skip
    # Each archived once: by the crosswalk or by the update's own rules, never by both.
    planned = len(preview.crosswalk.archived) + preview.values_to_archive
    assert len(archived) == len(set(archived)) == planned


def redesign_then_relabel(
    store, tmp_path: Path, figures: dict[tuple[str, str], int], jobs_maximum: int | None = None
):
    """The redesign's version 1 with Kenya's 2025 ``figures``, version 2 (its crosswalk, AREA
    split in halves), then a version 3 that relabels (and gives JOBS ``jobs_maximum``);
    Kenya's 2025 submission after."""
    install(store, tmp_path, redesign_sheets.version_one(), "v1.xlsx")
    kenya = open_submission(store, "KEN", "2025", redesign_sheets.REDESIGN)
    for (code, cell), figure in figures.items():
        set_value(store, kenya, code, cell, value=figure)
    two = redesign_sheets.version_two()
    for row in two["crosswalk"][7:9]:  # AREA → AREA-U, AREA-R: halves
        row[2] = 0.5
    install(store, tmp_path, two, "v2.xlsx")
    three = redesign_sheets.version_two()
    del three["crosswalk"]
    three["settings"][1][1] = 3
    three["indicators"][1][3] = "CO2 emissions avoided"
    three["indicators"][0].append("max")
    next(row for row in three["indicators"] if row[0] == "JOBS").append(jobs_maximum)
    install(store, tmp_path, three, "v3.xlsx")
    return open_submission(store, "KEN", "2025", redesign_sheets.REDESIGN)


def test_a_crosswalk_flag_survives_the_next_template_version_until_the_value_is_changed(
    store, tmp_path
):
    # "Rounded" and "split it by hand" ask the focal point for work no rule checks: a later
    # version that only relabels must not take the request away.
    figures = {("AREA", ""): 51, ("WASTE", ""): 10, ("CNT-A", ""): 3}  # CNT-B, CNT-C: not summed
    kenya = redesign_then_relabel(store, tmp_path, figures)

    values = list_values(store, kenya)
    assert {values[(code, "")].review.key for code in ("AREA-U", "AREA-R")} == {"crosswalk_rounded"}
    assert values[("WASTE-H", "")].needs_review == ""
    assert values[("CNT", "")].review.key == "crosswalk_sum_incomplete"
    set_value(store, kenya, "AREA-R", value=25)
    assert list_values(store, kenya)[("AREA-R", "")].needs_review == ""


@pytest.mark.parametrize("jobs_maximum", [None, 10])  # JOBS's rules kept, or changed
def test_cells_the_crosswalk_archived_stay_archived_through_later_versions(
    store, tmp_path, jobs_maximum
):
    # Re-binned into 15-35 by version 2: brought back, they would count twice.
    figures = {("JOBS", "age=y15_24"): 5, ("JOBS", "age=y25_35"): 6}
    kenya = redesign_then_relabel(store, tmp_path, figures, jobs_maximum)

    values = list_values(store, kenya)
    assert list(values) == [("JOBS", "age=y15_35")] and values[("JOBS", "age=y15_35")].value == 11
    # A new maximum still flags the carried sum, planned after the archived cells it came from.
    flag = values[("JOBS", "age=y15_35")].review
    assert (flag.key if flag else None) == (None if jobs_maximum is None else "above_maximum")
    assert [(v.key, v.value) for v in archived_values(store, kenya)] == [
        (("JOBS", "age=y15_24"), 5),
        (("JOBS", "age=y25_35"), 6),
    ]
