"""The reporting round in the core and on the command line: status, reasons, export names (§12)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_status import (
    Stage,
    export_file_name,
    next_revision,
    reporting_status,
    set_burst_reason,
)
from micdesk.core.submissions import (
    ReasonRequired,
    get_value,
    open_submission,
    set_narrative,
    set_value,
    value_history,
)
from tests.final_exports import send_as_final


def test_after_a_draft_export_changes_need_no_reason(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "draft.xlsx")
    set_value(store, submission, "TEC-2", value=4)
    assert get_value(store, submission, "TEC-2").value == 4
    assert value_history(store, submission, "TEC-2")[-1].reason == ""


def test_after_a_final_export_the_first_change_asks_one_reason_for_the_whole_burst(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3, "TEC-3": 8})
    with pytest.raises(ReasonRequired) as asked:
        set_value(store, submission, "TEC-2", value=4)
    assert asked.value.key == "exported"
    assert get_value(store, submission, "TEC-2").value == 3  # nothing written
    set_value(store, submission, "TEC-2", value=4, reason="UNIDO queried the figure")
    set_value(store, submission, "TEC-3", value=9)  # same burst: not asked again
    assert value_history(store, submission, "TEC-3")[-1].reason == "UNIDO queried the figure"


def test_a_new_export_ends_the_burst_and_the_next_final_value_change_asks_again(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "r1.xlsx", {"TEC-2": 3})
    set_value(store, submission, "TEC-3", value=1, reason="first burst")
    export_submission(store, submission, tmp_path / "r2.xlsx", final=True)
    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-3", value=2)


def test_a_key_in_the_final_export_changed_to_a_figure_asks_a_reason(store, submission, tmp_path):
    send_as_final(store, submission, tmp_path / "final.xlsx")
    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-2", value=3)


@pytest.mark.parametrize("change", ["value", "narrative"])
def test_a_change_after_an_export_makes_the_stored_submission_a_draft_again(
    store, submission, tmp_path, change
):
    from micdesk.core.model import Submission
    from micdesk.core.vocabulary import NarrativeField

    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "draft.xlsx")
    with store.read() as session:
        exported = session.get(Submission, submission.submission_id)
        assert exported.status == "exported"
        exported_at = exported.updated_at

    if change == "value":
        set_value(store, submission, "TEC-2", value=4)
    else:
        set_narrative(store, submission, "TEC", NarrativeField.PROGRESS, "Ahead of plan.")

    with store.read() as session:
        stored = session.get(Submission, submission.submission_id)
        assert stored.status == "draft"
        assert stored.updated_at > exported_at


def test_status_before_any_export_says_not_exported(store, submission):
    status = reporting_status(store, submission)
    assert status.stage == Stage.NOT_EXPORTED
    assert status.last_export is None
    assert next_revision(store, submission) == 1
    # An untouched submission has work to do, not problems: empty is not a warning.
    assert (status.problems.errors, status.problems.open_warnings) == (0, 0)
    assert status.problems.to_do == sum(i.required for i in submission.template.indicators) > 0


def test_status_counts_values_changed_since_the_last_export_once_each(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "draft.xlsx")
    set_value(store, submission, "TEC-2", value=4)
    set_value(store, submission, "TEC-2", value=5)  # the same cell again
    set_value(store, submission, "TEC-3", value=1)
    set_value(store, submission, "TEC-4", value=2)
    set_value(store, submission, "TEC-4", value=None)  # typed and taken back: unchanged
    set_narrative(store, submission, "TEC", "progress", "Roadmap adopted")
    status = reporting_status(store, submission)
    assert status.stage == Stage.DRAFT
    assert status.last_export.revision == 1
    assert status.standing.changed_since_export == 3


def test_status_after_a_final_export_says_final_and_its_file(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "a.xlsx")
    send_as_final(store, submission, tmp_path / "b.xlsx")
    status = reporting_status(store, submission)
    assert status.stage == Stage.FINAL
    assert status.last_export.revision == 2
    assert status.last_export.path == str((tmp_path / "b.xlsx").resolve())
    assert status.standing.changed_since_export == 0
    assert next_revision(store, submission) == 3


def test_the_burst_reason_can_be_reworded_for_every_change_of_the_burst(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3, "TEC-3": 3})
    set_value(store, submission, "TEC-2", value=4, reason="typo")
    set_value(store, submission, "TEC-3", value=5)
    assert set_burst_reason(store, submission, "figures revised by the statistics office") == 2
    assert (
        reporting_status(store, submission).standing.reason
        == "figures revised by the statistics office"
    )
    assert value_history(store, submission, "TEC-3")[-1].reason == (
        "figures revised by the statistics office"
    )


def test_export_names_carry_country_period_kind_and_revision():
    assert export_file_name("KEN", "2025", final=True, revision=3) == "KEN-2025-final-r3.xlsx"
    assert export_file_name("KEN", "2025-H1", final=False, revision=2) == (
        "KEN-2025-H1-draft-r2.xlsx"
    )


# -- command line ----------------------------------------------------------------------


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """A data folder with Kenya's 2025 submission, TEC-2 filled in."""
    return make_data_dir(
        lambda store: set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=5)
    )


def _run(data_dir: Path, *args: str) -> int:
    return main(["--data-dir", str(data_dir), *args])


def test_export_into_a_folder_uses_the_default_name(data_dir, tmp_path, capsys):
    out = tmp_path / "exports"
    out.mkdir()
    assert _run(data_dir, "export", "--country", "KEN", "--period", "2025", "--out", str(out)) == 0
    assert _run(data_dir, "export", "--country", "KEN", "--period", "2025", "--out", str(out)) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "KEN-2025-draft-r1.xlsx",
        "KEN-2025-draft-r2.xlsx",
    ]


def test_export_refuses_to_overwrite_a_file_without_overwrite(data_dir, tmp_path, capsys):
    out = tmp_path / "mine.xlsx"
    out.write_bytes(b"someone's work")
    args = ("export", "--country", "KEN", "--period", "2025", "--out", str(out))
    assert _run(data_dir, *args) == 1
    assert "exists already" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's work"
    assert _run(data_dir, *args, "--overwrite") == 0
    assert out.read_bytes()[:2] == b"PK"


def test_status_command_prints_the_stage_revision_and_changes(data_dir, tmp_path, capsys):
    assert _run(data_dir, "status", "--country", "KEN", "--period", "2025") == 0
    assert "not exported yet" in capsys.readouterr().out
    out = tmp_path / "r1.xlsx"
    assert _run(data_dir, "export", "--country", "KEN", "--period", "2025", "--out", str(out)) == 0
    store = open_store(data_dir)
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-3", value=2)
    store.close()
    capsys.readouterr()
    assert _run(data_dir, "status", "--country", "KEN", "--period", "2025") == 0
    text = capsys.readouterr().out
    assert "draft, revision 1" in text
    assert "changed since the last export: 1" in text
    assert _run(data_dir, "status", "--country", "KEN", "--period", "2025", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["stage"] == "draft"
    assert data["revision"] == 1
    assert data["changed_since_export"] == 1
    assert data["last_export_file"] == str(out.resolve())


def test_status_of_a_malformed_period_is_wrong_usage(data_dir, capsys):
    assert _run(data_dir, "status", "--country", "KEN", "--period", "25") == 2
    assert "reporting period" in capsys.readouterr().err


def test_new_periods_are_offered_from_ten_years_back_to_next_year_in_the_periodicity():
    from micdesk.core.periods import period_choices
    from micdesk.core.vocabulary import Periodicity

    annual = period_choices(Periodicity.ANNUAL, 2026)
    assert (annual[0], annual[-1], len(annual)) == ("2016", "2027", 12)
    halves = period_choices(Periodicity.SEMIANNUAL, 2026)
    assert (halves[0], halves[-1], len(halves)) == ("2016-H1", "2027-H2", 24)
