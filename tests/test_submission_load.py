"""Planning and applying a submission load (docs/design.md §4 'Loading a submission back')."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import func, select

from micdesk.core.model import ChangeRecord
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_load import (
    EditedSubmissionRefused,
    LoadRefused,
    LoadStatus,
    UnresolvedConflicts,
    apply_submission_load,
    plan_submission_load,
)
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.submissions import (
    get_value,
    list_narratives,
    narrative_history,
    save_profile,
    set_narrative,
    set_value,
)
from micdesk.core.vocabulary import Notation


def _change_count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(ChangeRecord))


def _exported(store, submission, tmp_path, name="ken.xlsx"):
    path = tmp_path / name
    export_submission(store, submission, path)
    return path


def _set_cell(path, code, column, value) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("indicator_code")].value == code:
            row[header.index(column)].value = value
            break
    else:
        sheet.append([{"indicator_code": code, column: value}.get(name) for name in header])
    workbook.save(path)


def test_a_file_loaded_back_into_its_own_store_changes_nothing(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5, comment="from the survey")
    set_narrative(store, submission, "TEC", "progress", "On track.")
    plan = plan_submission_load(store, read_submission(_exported(store, submission, tmp_path)))
    assert plan.changes == [] and plan.unchanged == 2


def test_conflicts_show_mine_and_theirs_and_are_resolved_per_value(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    set_value(store, submission, "TEC-3", value=7)
    path = _exported(store, submission, tmp_path)
    set_value(store, submission, "TEC-2", value=50, reason="corrected")
    set_value(store, submission, "TEC-3", notation=Notation.NOT_ESTIMATED, reason="unsure")
    plan = plan_submission_load(store, read_submission(path))
    conflicts = {item.key: item for item in plan.conflicts}
    assert set(conflicts) == {("value", "TEC-2", ""), ("value", "TEC-3", "")}
    assert str(conflicts[("value", "TEC-2", "")]) == "conflict: TEC-2: mine 50 / theirs 5"
    result = apply_submission_load(
        store, plan, {("value", "TEC-2", ""): "mine", ("value", "TEC-3", ""): "theirs"}
    )
    assert (result.values_written, result.kept_mine) == (1, 1)
    assert get_value(store, submission, "TEC-2").value == 50
    tec3 = get_value(store, submission, "TEC-3")
    assert (tec3.value, tec3.notation) == (7, None)


def test_unresolved_conflicts_are_refused_and_nothing_changes(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    set_value(store, submission, "TEC-2", value=6, reason="corrected")
    set_value(store, submission, "TEC-3", value=None)
    plan = plan_submission_load(store, read_submission(path))
    before = _change_count(store)
    with pytest.raises(UnresolvedConflicts, match="TEC-2"):
        apply_submission_load(store, plan, {})
    assert _change_count(store) == before


def test_an_edited_file_is_refused_unless_accepted(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    _set_cell(path, "TEC-2", "comment", "added in Excel")
    plan = plan_submission_load(store, read_submission(path))
    assert not plan.intact
    assert [str(c) for c in plan.changes] == [
        "conflict: TEC-2: mine 5 / theirs 5 (comment 'added in Excel')"
    ]
    with pytest.raises(EditedSubmissionRefused):
        apply_submission_load(store, plan, {("value", "TEC-2", ""): "theirs"})
    assert get_value(store, submission, "TEC-2").comment == ""
    apply_submission_load(store, plan, {("value", "TEC-2", ""): "theirs"}, accept_edited=True)
    assert get_value(store, submission, "TEC-2").comment == "added in Excel"


def test_values_of_indicators_the_template_lacks_are_reported_not_dropped(
    store, submission, tmp_path
):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    _set_cell(path, "GONE-1", "value", "3")
    plan = plan_submission_load(store, read_submission(path))
    assert [str(item) for item in plan.not_loadable] == [
        "not loadable: Data row 3 (GONE-1): indicator GONE-1 is not in template "
        "unido-mic-workplan version 1"
    ]


def test_a_value_that_breaks_the_installed_rules_is_reported(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    _set_cell(path, "TEC-2", "disaggregation", "sex=other")
    plan = plan_submission_load(store, read_submission(path))
    assert "has no breakdown cell 'sex=other'" in str(plan.not_loadable[0])


def test_every_loaded_change_enters_the_history_as_a_load(store, submission, tmp_path):
    set_value(store, submission, "ENV-1", value=Decimal("1.5"), source="agency")
    set_narrative(store, submission, "ENV", "challenges", "Data gaps.")
    path = _exported(store, submission, tmp_path)
    from micdesk.core.submissions import open_submission

    other = open_submission(store, "GHA", "2025")
    moved = replace(read_submission(path), country="GHA")
    plan = plan_submission_load(store, moved)
    assert {item.status for item in plan.changes} == {LoadStatus.NEW}
    apply_submission_load(store, plan, {}, accept_edited=True)
    with store.read() as session:
        origins = set(
            session.scalars(
                select(ChangeRecord.origin).where(ChangeRecord.submission_fk == other.submission_id)
            )
        )
    assert origins == {"load"}
    assert list_narratives(store, other) == {("ENV", "challenges"): "Data gaps."}
    assert narrative_history(store, other, "ENV", "challenges")[-1].origin == "load"


def test_a_failure_midway_rolls_the_whole_load_back(store, submission, tmp_path, monkeypatch):
    set_value(store, submission, "TEC-2", value=5)
    set_value(store, submission, "TEC-3", value=6)
    path = _exported(store, submission, tmp_path)
    from micdesk.core import submission_load
    from micdesk.core.submissions import open_submission

    target = open_submission(store, "GHA", "2025")
    plan = plan_submission_load(store, replace(read_submission(path), country="GHA"))
    calls = []
    real_set_value = submission_load.set_value

    def fail_on_second(*args, **kwargs):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real_set_value(*args, **kwargs)

    monkeypatch.setattr(submission_load, "set_value", fail_on_second)
    with pytest.raises(RuntimeError):
        apply_submission_load(store, plan, {}, accept_edited=True)
    assert get_value(store, target, "TEC-2") is None


def test_a_plan_made_stale_by_an_edit_is_refused(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    set_value(store, submission, "TEC-2", value=6, reason="corrected")
    plan = plan_submission_load(store, read_submission(path))
    set_value(store, submission, "TEC-2", value=7, reason="again")
    with pytest.raises(LoadRefused, match="changed since the load was planned"):
        apply_submission_load(store, plan, {("value", "TEC-2", ""): "theirs"})
    assert get_value(store, submission, "TEC-2").value == 7


def test_a_template_that_is_not_installed_is_refused(store, submission, tmp_path):
    path = _exported(store, submission, tmp_path)
    with pytest.raises(LoadRefused, match="template 'other' is not installed"):
        plan_submission_load(store, replace(read_submission(path), template_id="other"))


@pytest.mark.parametrize(
    ("column", "bad", "message"),
    [
        ("value", "lots", "Data!F2: 'lots' is not a number (integer)"),
        ("value", 2.5, "Data!F2: 2.5 is not a whole number"),
        ("notation", "XX", "Data!G2: unknown notation 'XX' (use NA, NE or C)"),
        ("kind", "colour", "Data!E2: unknown kind 'colour'"),
        (
            "value",
            "1e309",
            "Data!F2: '1e309' is out of range (at most 308 digits either side of the decimal "
            "point)",
        ),
        (
            "last_changed",
            "yesterday",
            "Data!N2: 'yesterday' is not a UTC time like 2025-01-31T09:30:00Z",
        ),
    ],
)
def test_a_bad_cell_makes_the_file_unreadable_with_its_location(
    store, submission, tmp_path, column, bad, message
):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    _set_cell(path, "TEC-2", column, bad)
    with pytest.raises(UnreadableSubmission, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_submission(path)


def test_a_workbook_of_another_format_is_unreadable(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "_micdesk"
    workbook.active.append(["format", "micdesk-template/1"])
    workbook.save(tmp_path / "t.xlsx")
    with pytest.raises(UnreadableSubmission, match="the format is micdesk-template/1"):
        read_submission(tmp_path / "t.xlsx")


def test_a_number_at_the_edge_of_the_range_is_read_exactly(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    _set_cell(path, "TEC-2", "value", "1e308")
    (row,) = [r for r in read_submission(path).rows if r.indicator_code == "TEC-2"]
    assert row.value == 10**308


def test_an_exact_number_in_the_hidden_sheet_that_is_none_is_located(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    workbook = openpyxl.load_workbook(path)
    for column, text in zip("DEFG", ("TEC-2", None, "value", "many"), strict=True):
        workbook["_micdesk"][f"{column}2"] = text
    workbook.save(path)
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(path)
    assert str(refused.value).endswith("_micdesk!G2: 'many' is not a number")


def test_the_last_change_reads_as_a_utc_time_whether_text_or_a_date_cell(
    store, submission, tmp_path
):
    set_value(store, submission, "TEC-2", value=5)
    path = _exported(store, submission, tmp_path)
    (row,) = [r for r in read_submission(path).rows if r.indicator_code == "TEC-2"]
    assert row.last_changed is not None and row.last_changed.utcoffset() == timedelta(0)
    _set_cell(path, "TEC-2", "last_changed", datetime(2025, 1, 31, 9, 30))  # a date cell
    (row,) = [r for r in read_submission(path).rows if r.indicator_code == "TEC-2"]
    assert row.last_changed == datetime(2025, 1, 31, 9, 30, tzinfo=UTC)


def _meta_row(path, key) -> int:
    """The row of the hidden _micdesk sheet that holds ``key``."""
    rows = openpyxl.load_workbook(path)["_micdesk"].values
    return next(number for number, (name, *_) in enumerate(rows, 1) if name == key)


def _set_meta(path, key, value) -> None:
    """Set (None: delete) the value of one row of the hidden _micdesk sheet."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["_micdesk"]
    for row in sheet.iter_rows():
        if row[0].value == key:
            if value is None:
                sheet.delete_rows(row[0].row)
            else:
                row[1].value = value
            break
    workbook.save(path)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("abc", "'revision' is 'abc', not a whole number"),
        (None, "'revision' is '', not a whole number"),
        ("2147483648", "'revision' is 2147483648, out of range (0 to 2,147,483,647)"),
        ("-1", "'revision' is -1, out of range (0 to 2,147,483,647)"),
        ("0" * 30 + "1", f"'revision' is {'0' * 30}1, out of range (0 to 2,147,483,647)"),
    ],
)
def test_a_revision_that_is_not_a_whole_number_in_range_is_located(
    store, submission, tmp_path, text, problem
):
    path = _exported(store, submission, tmp_path)
    row = _meta_row(path, "revision")
    _set_meta(path, "revision", text)
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(path)
    where = "_micdesk: " if text is None else f"_micdesk!B{row}: "
    assert str(refused.value).endswith(where + problem)


@pytest.mark.parametrize("text", ["2147483647", "0" * 29 + "7"])
def test_a_revision_at_the_top_of_the_range_or_with_leading_zeros_is_read(
    store, submission, tmp_path, text
):
    path = _exported(store, submission, tmp_path)
    _set_meta(path, "revision", text)
    assert read_submission(path).revision == int(text)


@pytest.mark.parametrize(
    ("text", "read"), [("37.5", 37.5), ("100", 100.0), ("0", 0.0), ("", 0.0), (None, 0.0)]
)
def test_the_completeness_is_read_as_a_percentage_empty_or_missing_as_none_done(
    store, submission, tmp_path, text, read
):
    path = _exported(store, submission, tmp_path)
    _set_meta(path, "completeness", text)
    assert read_submission(path).completeness == read


def test_the_file_read_back_carries_every_field_of_its_meta_sheet(store, submission, tmp_path):
    from micdesk import __version__

    save_profile(
        store, "KEN", focal_point="A. Focal", institution="Ministry", email="a.focal@example.org"
    )
    template = submission.template
    for indicator in template.indicators:  # a final export needs every cell filled
        for cell in template.cells_of(indicator):
            set_value(store, submission, indicator.code, cell, notation=Notation.NOT_APPLICABLE)
    set_value(store, submission, "TEC-2", value=5)
    path = tmp_path / "ken.xlsx"
    export_submission(store, submission, path, final=True, language="fr")
    sheet = openpyxl.load_workbook(path)["_micdesk"]
    meta = {key: value for key, value, *_ in sheet.iter_rows(values_only=True)}
    read = read_submission(path)
    assert (read.country, read.period, read.template_id) == ("KEN", "2025", meta["template_id"])
    assert (read.template_version, read.uuid, read.revision) == (
        int(meta["template_version"]),
        meta["uuid"],
        int(meta["revision"]),
    )
    assert (read.final, read.language, read.app_version) == (True, "fr", __version__)
    cells = sum(len(template.cells_of(indicator)) for indicator in template.indicators)
    assert (read.cells_done, read.cells_total, read.completeness) == (cells, cells, 100.0)
    assert read.exported_at == meta["exported_at"] != ""
    assert (read.focal_point, read.institution, read.email) == (
        "A. Focal",
        "Ministry",
        "a.focal@example.org",
    )
    # A final return is signed: its two signature rows are read beside the hashed payload.
    signed = {key: meta[key] for key in ("signature_public_key", "signature")}
    assert (read.signature_rows, read.stray_meta_cells, read.intact) == (signed, 0, True)


@pytest.mark.parametrize(
    "key", ["exported_at", "app_version", "language", "focal_point", "institution", "email"]
)
def test_a_descriptive_meta_key_left_out_is_read_as_empty(store, submission, tmp_path, key):
    save_profile(store, "KEN", focal_point="A. Focal", institution="Ministry", email="a@b.org")
    path = _exported(store, submission, tmp_path)
    _set_meta(path, key, None)  # the row left out: not part of the hashed identity
    read = read_submission(path)
    assert getattr(read, key) == ""
    assert read.intact


@pytest.mark.parametrize("key", ["country", "period", "template_id", "uuid", "sha256"])
@pytest.mark.parametrize("emptied", ["", None])
def test_an_identity_key_empty_or_left_out_is_refused_naming_it(
    store, submission, tmp_path, key, emptied
):
    path = _exported(store, submission, tmp_path)
    _set_meta(path, key, emptied)  # None: the row left out
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(path)
    assert str(refused.value) == f"ken.xlsx: _micdesk: '{key}' is missing"


@pytest.mark.parametrize(
    ("text", "shown"), [("yes", "yes"), ("TRUE", "TRUE"), ("", ""), (None, "")]
)
def test_a_final_flag_other_than_true_or_false_is_refused_saying_what_it_is(
    store, submission, tmp_path, text, shown
):
    path = _exported(store, submission, tmp_path)
    _set_meta(path, "final", text)  # None: the row left out
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(path)
    assert str(refused.value) == f"ken.xlsx: _micdesk: 'final' is '{shown}', not true or false"


@pytest.mark.parametrize("text", ["abc", "100.5", "-0.5", "nan"])
def test_a_completeness_that_is_no_percentage_is_located(store, submission, tmp_path, text):
    path = _exported(store, submission, tmp_path)
    row = _meta_row(path, "completeness")
    _set_meta(path, "completeness", text)
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(path)
    assert str(refused.value).endswith(
        f"_micdesk!B{row}: 'completeness' is '{text}', not a percentage from 0 to 100"
    )
