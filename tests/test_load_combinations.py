"""Loading a value into a cell that already holds part of a value cell (issue 25).

A stored cell that holds only a comment, only a source or only a follow-up flag is not
empty: a loaded value meeting it is a conflict, so nothing the user typed is overwritten
without being asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_format import DataRow, NarrativeRow, SubmissionFile
from micdesk.core.submission_load import (
    CellContent,
    LoadRefused,
    LoadStatus,
    UnresolvedConflicts,
    apply_submission_load,
    plan_submission_load,
)
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import (
    get_value,
    open_submission,
    save_profile,
    set_narrative,
    set_value,
)
from micdesk.core.template_store import ensure_default_template
from micdesk.core.values import decode_value
from micdesk.core.vocabulary import NARRATIVE_MAX_LENGTH, IndicatorKind, Notation

THEIRS = {"value": 5, "comment": "survey", "source": "Ministry", "follow_up": True}
MINE_ONLY = {  # what is left in the store after the export: one attribute, no value
    "comment": {"comment": "asked the ministry"},
    "source": {"source": "Census 2024"},
    "follow-up flag": {"follow_up": True},
    "notation key": {"notation": Notation.CONFIDENTIAL},
}
CLEARED = {"value": None, "notation": None, "comment": "", "source": "", "follow_up": False}


@pytest.fixture
def kenya_file(store, tmp_path) -> tuple[object, Path]:
    """A colleague's Kenya 2025 file with TEC-2 = 5 (comment, source, follow-up), and
    Kenya 2025 in this store, where TEC-2 was typed and then cleared again."""
    colleague = open_store(tmp_path / "colleague")
    try:
        ensure_default_template(colleague)
        theirs = open_submission(colleague, "KEN", "2025")
        set_value(colleague, theirs, "TEC-2", **THEIRS)
        path = tmp_path / "ken.xlsx"
        export_submission(colleague, theirs, path)
    finally:
        colleague.close()
    kenya = open_submission(store, "KEN", "2025")
    set_value(store, kenya, "TEC-2", **THEIRS)
    set_value(store, kenya, "TEC-2", **CLEARED)
    return kenya, path


def _plan_for(store, path):
    plan = plan_submission_load(store, read_submission(path))
    [item] = [v for v in plan.values if v.indicator_code == "TEC-2"]
    return plan, item


def test_a_loaded_value_into_an_emptied_cell_is_new_and_written(store, kenya_file):
    kenya, path = kenya_file
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.NEW and item.mine.is_empty
    apply_submission_load(store, plan, {})
    stored = get_value(store, kenya, "TEC-2")
    assert (stored.value, stored.comment, stored.source, stored.follow_up) == (
        5,
        "survey",
        "Ministry",
        True,
    )


@pytest.mark.parametrize("only", MINE_ONLY, ids=list(MINE_ONLY))
def test_a_cell_holding_only_one_attribute_meeting_a_loaded_value_is_a_conflict(
    store, kenya_file, only
):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **MINE_ONLY[only])
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.CONFLICT
    assert not item.mine.is_empty and item.mine == CellContent(**MINE_ONLY[only])
    with pytest.raises(UnresolvedConflicts):
        apply_submission_load(store, plan, {})
    before = get_value(store, kenya, "TEC-2")
    apply_submission_load(store, plan, {item.key: "mine"})
    assert get_value(store, kenya, "TEC-2") == before  # kept exactly
    apply_submission_load(store, plan_submission_load(store, read_submission(path)),
                          {item.key: "theirs"})  # fmt: skip
    taken = get_value(store, kenya, "TEC-2")
    assert (taken.value, taken.notation, taken.comment, taken.source, taken.follow_up) == (
        5,
        None,
        "survey",
        "Ministry",
        True,
    )


@pytest.mark.parametrize(
    ("attribute", "other"),
    [("comment", "another comment"), ("source", "another source"), ("follow_up", False)],
)
def test_the_same_value_with_one_attribute_different_is_a_conflict(
    store, kenya_file, attribute, other
):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **{**THEIRS, attribute: other})
    _plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.CONFLICT


def test_the_same_value_and_attributes_are_unchanged(store, kenya_file):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **THEIRS)
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.UNCHANGED and plan.changes == []


@pytest.mark.parametrize(
    ("content", "empty"),
    [
        (CellContent(), True),
        (CellContent(value=0), False),
        (CellContent(value=False), False),
        (CellContent(value=""), False),
        (CellContent(notation=Notation.NOT_APPLICABLE), False),
        (CellContent(comment="c"), False),
        (CellContent(source="s"), False),
        (CellContent(follow_up=True), False),
    ],
)
def test_a_cell_is_empty_only_when_it_holds_nothing_at_all(content, empty):
    assert content.is_empty is empty


# -- planning a load from a file's rows, without a workbook ----------------------------


def _file(*, rows=(), narratives=(), **identity) -> SubmissionFile:
    """A read return of Kenya 2025 on the installed default template."""
    fields = dict(
        path=Path("ken.xlsx"), country="KEN", period="2025", template_id="unido-mic-workplan",
        template_version=1, uuid="u-1", revision=3, final=False, completeness=10.0,
        cells_done=1, cells_total=10, exported_at="2025-03-01T09:00:00Z", app_version="1",
        language="en", focal_point="F", institution="I", email="e@x", stored_sha256="a",
        computed_sha256="a", rows=tuple(rows), narratives=tuple(narratives),
    )  # fmt: skip
    fields.update(identity)
    return SubmissionFile(**fields)


def _row(code: str, value_text: str, *, cell: str = "", kind=IndicatorKind.INTEGER, **more):
    columns = dict.fromkeys(
        ("area", "indicator_code", "indicator_label", "disaggregation", "kind", "value",
         "notation", "unit", "baseline", "target", "comment", "source", "follow_up",
         "last_changed"), "",
    )  # fmt: skip
    columns.update(indicator_code=code, disaggregation=cell, value=value_text)
    value = None if value_text == "" else decode_value(kind, value_text)
    return DataRow(
        sheet_row=2, area="TEC", indicator_code=code, indicator_label="", cell=cell, kind=kind,
        value=value, notation=more.get("notation"), unit="", baseline=None, target=None,
        comment=more.get("comment", ""), source="", follow_up=False, last_changed=None,
        canonical=tuple(columns.values()),
    )  # fmt: skip


def test_a_narrative_at_the_length_limit_loads_and_one_character_more_does_not(store):
    at_limit = NarrativeRow(2, "TEC", "progress", "x" * NARRATIVE_MAX_LENGTH)
    over = NarrativeRow(3, "SKL", "progress", "y" * (NARRATIVE_MAX_LENGTH + 1))
    plan = plan_submission_load(store, _file(narratives=[at_limit, over]))
    assert [(n.area_code, n.status) for n in plan.narratives] == [("TEC", LoadStatus.NEW)]
    [refused] = plan.not_loadable
    assert (refused.sheet, refused.sheet_row, refused.key) == ("Narrative", 3, "narrative_length")
    assert refused.params == {"length": str(NARRATIVE_MAX_LENGTH + 1),
                              "maximum": str(NARRATIVE_MAX_LENGTH)}  # fmt: skip


def test_a_narrative_of_an_unknown_area_or_field_is_not_loadable_and_says_why(store):
    plan = plan_submission_load(
        store,
        _file(
            narratives=[
                NarrativeRow(2, "XYZ", "progress", "a"),
                NarrativeRow(3, "TEC", "mood", "b"),
            ]
        ),  # fmt: skip
    )
    assert plan.narratives == ()
    assert [(n.sheet_row, n.key, n.params) for n in plan.not_loadable] == [
        (2, "area_not_in_template", {"area": "XYZ", "version": "1"}),
        (3, "not_narrative_field", {"name": "mood", "fields": "challenges, progress, support"}),
    ]
    assert [str(n) for n in plan.not_loadable] == [
        "not loadable: Narrative row 2 (XYZ progress): area 'XYZ' is not in template version 1",
        "not loadable: Narrative row 3 (TEC mood): "
        "'mood' is not a narrative field (challenges, progress, support)",
    ]


def test_narratives_are_new_unchanged_or_in_conflict_with_the_stored_text(store):
    kenya = open_submission(store, "KEN", "2025")
    set_narrative(store, kenya, "TEC", "progress", "same")
    set_narrative(store, kenya, "SKL", "progress", "mine")
    plan = plan_submission_load(
        store,
        _file(
            narratives=[
                NarrativeRow(2, "TEC", "progress", "same"),
                NarrativeRow(3, "SKL", "progress", "theirs"),
                NarrativeRow(4, "ENV", "support", "new"),
            ]
        ),  # fmt: skip
    )
    assert [(n.area_code, n.status) for n in plan.narratives] == [
        ("TEC", LoadStatus.UNCHANGED),
        ("SKL", LoadStatus.CONFLICT),
        ("ENV", LoadStatus.NEW),
    ]
    assert (plan.unchanged, len(plan.changes), len(plan.conflicts)) == (1, 2, 1)


def test_a_file_of_another_template_version_is_planned_with_a_note(store):
    plan = plan_submission_load(store, _file(template_version=7))
    assert plan.notes == ("the file was exported on template version 7; version 1 is installed",)
    assert plan_submission_load(store, _file()).notes == ()


def test_a_load_for_a_country_without_profile_says_it_creates_one(store):
    assert plan_submission_load(store, _file(country="uga")).creates_profile
    assert plan_submission_load(store, _file(country="uga")).country == "UGA"
    save_profile(store, "UGA", focal_point="someone")
    assert not plan_submission_load(store, _file(country="UGA")).creates_profile


def test_a_bad_country_or_period_in_the_file_refuses_the_load_naming_file_and_text(store):
    with pytest.raises(LoadRefused) as refused:
        plan_submission_load(store, _file(country="K3N"))
    assert str(refused.value) == (
        "ken.xlsx: 'K3N' is not an ISO 3166-1 alpha-3 country code such as KEN"
    )
    assert (refused.value.key, refused.value.params) == ("country_code", {"text": "K3N"})
    with pytest.raises(LoadRefused) as refused:
        plan_submission_load(store, _file(period="2025-Q9"))
    assert str(refused.value) == (
        "ken.xlsx: '2025-Q9' is not an annual reporting period such as 2025"
    )
    assert (refused.value.key, refused.value.params) == (
        "annual",
        {"text": "2025-Q9", "example": "2025"},
    )


def test_a_file_of_a_template_that_is_not_installed_is_refused_naming_file_and_template(store):
    with pytest.raises(LoadRefused) as refused:
        plan_submission_load(store, _file(template_id="other-plan"))
    assert str(refused.value) == (
        "ken.xlsx: template 'other-plan' is not installed; "
        "import it first (micdesk template import)"
    )
    assert (refused.value.key, refused.value.params) == (
        "template_not_installed",
        {"file": "ken.xlsx", "template": "other-plan"},
    )


def test_values_the_installed_template_cannot_take_are_listed_with_their_reason(store):
    rows = [
        _row("NOPE-1", "1"),
        _row("TEC-2", "1", cell="sex=female"),
        _row("TEC-2", "2.5", kind=IndicatorKind.DECIMAL),
        _row("TEC-1", "maybe", kind=IndicatorKind.TEXT),
        _row("TEC-3", "1"),
    ]
    plan = plan_submission_load(store, _file(rows=rows))
    assert [(n.what, n.key) for n in plan.not_loadable] == [
        ("NOPE-1", "unknown_indicator"),
        ("TEC-2 [sex=female]", "unknown_cell"),
        ("TEC-2", "whole_number"),
        ("TEC-1", "not_yes_no"),
    ]
    # The window words each reason from its key and params; the command line prints reason.
    assert [(dict(n.params), n.reason) for n in plan.not_loadable] == [
        (
            {"code": "NOPE-1", "template": "unido-mic-workplan", "version": "1"},
            "indicator NOPE-1 is not in template unido-mic-workplan version 1",
        ),
        (
            {"code": "TEC-2", "cell": "sex=female"},
            "indicator TEC-2 has no breakdown cell 'sex=female'",
        ),
        ({"code": "TEC-2", "value": "2.5"}, "TEC-2 takes a whole number, not 2.5"),
        ({"code": "TEC-1", "value": "maybe"}, "TEC-1: 'maybe' is not yes or no"),
    ]
    assert [(v.indicator_code, v.status) for v in plan.values] == [("TEC-3", LoadStatus.NEW)]


def test_a_yes_no_value_and_a_notation_key_are_loaded_as_such(store):
    rows = [
        _row("TEC-1", "yes", kind=IndicatorKind.YES_NO),
        _row("TEC-3", "", notation=Notation.NOT_APPLICABLE),
    ]
    plan = plan_submission_load(store, _file(rows=rows))
    assert [(v.indicator_code, v.theirs) for v in plan.values] == [
        ("TEC-1", CellContent(value=True)),
        ("TEC-3", CellContent(notation=Notation.NOT_APPLICABLE)),
    ]


def test_planning_reports_progress_up_to_the_total(store):
    calls = []
    rows = [_row("TEC-3", "1")]
    narratives = [NarrativeRow(2, "TEC", "progress", "a")]
    plan_submission_load(store, _file(rows=rows, narratives=narratives),
                         progress=lambda done, total: calls.append((done, total)))  # fmt: skip
    assert calls[-1] == (2, 2)


def test_a_value_is_read_as_strictly_as_a_file_holds_it_for_the_installed_kind(store):
    # A hand-edited file says TEC-1 (yes / no) is the text "true": a person typing may
    # mean yes, a file may not, so the load refuses it rather than guess.
    rows = [
        _row("TEC-1", "true", kind=IndicatorKind.TEXT),
        _row("TEC-3", "1", kind=IndicatorKind.TEXT),
    ]
    plan = plan_submission_load(store, _file(rows=rows))
    assert [(n.what, n.key) for n in plan.not_loadable] == [("TEC-1", "not_yes_no")]
    assert [(v.indicator_code, v.theirs) for v in plan.values] == [("TEC-3", CellContent(value=1))]


def test_a_choice_value_is_loaded_against_the_installed_templates_list(tmp_path):
    from dataclasses import replace

    from micdesk.core.template_store import install_template
    from micdesk.core.workplan import ChoiceOption

    store = open_store(tmp_path / "choices")
    try:
        default = ensure_default_template(store)
        indicators = tuple(
            replace(i, kind=IndicatorKind.CHOICE, choice_list="levels") if i.code == "TEC-1" else i
            for i in default.indicators
        )
        levels = (ChoiceOption("low"), ChoiceOption("high"))
        template = replace(
            default, version=2, indicators=indicators, choice_lists={"levels": levels}
        )
        with store.transaction() as session:
            install_template(session, template)
        rows = [
            _row("TEC-1", "high", kind=IndicatorKind.CHOICE),
            _row("TEC-1", "medium", cell="", kind=IndicatorKind.CHOICE),
        ]
        plan = plan_submission_load(store, _file(rows=rows, template_version=2))
        assert [(v.indicator_code, v.theirs) for v in plan.values] == [
            ("TEC-1", CellContent(value="high"))
        ]
        assert [(n.what, n.key) for n in plan.not_loadable] == [("TEC-1", "one_of")]
    finally:
        store.close()


# -- which stored submission a file meets -------------------------------------------


def _second_template(store, template_id: str, **changes):
    """Install the default template again under another id (and other settings)."""
    import dataclasses

    from micdesk.core.template_store import install_template

    template = dataclasses.replace(
        ensure_default_template(store), template_id=template_id, **changes
    )
    with store.transaction() as session:
        install_template(session, template)
    return template


def test_a_file_meets_only_the_submission_of_its_own_country_period_and_template(store):
    _second_template(store, "second-plan")
    for country, period, template_id in (
        ("UGA", "2025", "unido-mic-workplan"),
        ("KEN", "2024", "unido-mic-workplan"),
        ("KEN", "2025", "second-plan"),
    ):
        set_value(store, open_submission(store, country, period, template_id), "TEC-3", value=5)
    plan = plan_submission_load(store, _file(rows=[_row("TEC-3", "7")]))
    assert plan.submission_id is None
    assert [(v.status, v.mine.value) for v in plan.values] == [(LoadStatus.NEW, None)]
    kenya = open_submission(store, "KEN", "2025", "unido-mic-workplan")
    set_value(store, kenya, "TEC-3", value=6)
    plan = plan_submission_load(store, _file(rows=[_row("TEC-3", "7")]))
    assert plan.submission_id == kenya.submission_id
    assert [(v.status, v.mine.value, v.sheet_row) for v in plan.values] == [
        (LoadStatus.CONFLICT, 6, 2)
    ]


def test_a_half_yearly_template_takes_the_files_half_year(store):
    from micdesk.core.vocabulary import Periodicity

    _second_template(store, "half-yearly-plan", periodicity=Periodicity.SEMIANNUAL)
    plan = plan_submission_load(store, _file(template_id="half-yearly-plan", period=" 2025-h1 "))
    assert (plan.period, plan.template.template_id) == ("2025-H1", "half-yearly-plan")
    with pytest.raises(LoadRefused) as refused:
        plan_submission_load(store, _file(template_id="half-yearly-plan", period="2025"))
    assert refused.value.key == "semiannual"


def test_planning_a_long_file_reports_progress_every_200_rows_and_at_the_end(store):
    rows = [_row("TEC-3", str(number)) for number in range(450)]
    calls = []
    plan_submission_load(
        store, _file(rows=rows), progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(200, 450), (400, 450), (450, 450)]


def test_planning_progress_never_reports_more_rows_than_the_file_has(store):
    # 399 rows: a count one row ahead would report 400 of 399 before the end.
    rows = [_row("TEC-3", str(number)) for number in range(399)]
    calls = []
    plan_submission_load(
        store, _file(rows=rows), progress=lambda done, total: calls.append((done, total))
    )
    assert calls == [(200, 399), (399, 399)]
