"""Consolidation of files with several problems at once (issue 25, README 'Consolidation').

Precedence, first wins: broken, edited, duplicate, outdated, incomplete, ok. A file with
several problems shows the first and lists every one, in that order.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from micdesk.cli.main import main
from micdesk.core.consolidation_files import FileStatus, classify
from micdesk.core.submission_format import SubmissionFile

PRECEDENCE = ("broken", "edited", "duplicate", "outdated", "incomplete", "ok")
PROBLEMS = ("edited", "duplicate", "outdated", "incomplete")
# What each problem's reason says, so a test can tell which reasons were listed.
REASON_SAYS = {
    "edited": "edited by hand after export",
    "duplicate": "superseded by revision",
    "outdated": "is the newest",
    "incomplete": "complete (",
}


def returned(name: str, **changes) -> SubmissionFile:
    """An intact, complete return of Kenya 2025 on version 2 of template 'plan'."""
    fields = dict(
        path=Path(name), country="KEN", period="2025", template_id="plan", template_version=2,
        uuid=f"uuid-{name}", revision=1, final=True, completeness=100.0, cells_done=10,
        cells_total=10, exported_at="2025-03-01T09:00:00Z", app_version="1", language="en",
        focal_point="", institution="", email="", stored_sha256="a" * 64,
        computed_sha256="a" * 64, rows=(), narratives=(),
    )  # fmt: skip
    fields.update(changes)
    return SubmissionFile(**fields)


def with_problems(problems: set[str]) -> list[SubmissionFile]:
    """The file 'target.xlsx' with these problems, and the files that cause them."""
    changes = {}
    if "edited" in problems:
        changes["computed_sha256"] = "b" * 64
    if "outdated" in problems:
        changes["template_version"] = 1
    if "incomplete" in problems:
        changes.update(completeness=90.0, cells_done=9)
    files = [returned("target.xlsx", **changes)]
    if "duplicate" in problems:
        files.append(returned("newer.xlsx", revision=2))
    return files


def outcome_of(problems: set[str], accept_edited: bool):
    files = with_problems(problems)
    outcomes = classify([f.path for f in files], files, {"plan": 2}, accept_edited=accept_edited)
    return outcomes[0], outcomes[1:]


@given(problems=st.sets(st.sampled_from(PROBLEMS)), accept_edited=st.booleans())
def test_the_first_problem_in_precedence_wins_and_every_problem_is_listed(problems, accept_edited):
    outcome, others = outcome_of(problems, accept_edited)
    expected = next((s for s in PRECEDENCE if s in problems), "ok")
    assert outcome.status == FileStatus(expected)
    listed = [p for p in PROBLEMS if any(REASON_SAYS[p] in reason for reason in outcome.reasons)]
    assert listed == [p for p in PROBLEMS if p in problems]
    assert len(outcome.reasons) == len(problems)
    assert outcome.accepted == (
        ("edited" not in problems or accept_edited) and "duplicate" not in problems
    )
    assert all(other.status == FileStatus.OK and other.accepted for other in others)


@pytest.mark.parametrize("problem", PROBLEMS)
def test_each_problem_alone_gives_its_own_status(problem):
    outcome, _ = outcome_of({problem}, accept_edited=False)
    assert outcome.status == FileStatus(problem)


def test_an_edited_file_says_whether_it_was_consolidated_anyway():
    left_out, _ = outcome_of({"edited"}, accept_edited=False)
    taken, _ = outcome_of({"edited"}, accept_edited=True)
    assert left_out.why.endswith("; left out") and not left_out.accepted
    assert taken.why.endswith("consolidated anyway (--accept-edited)") and taken.accepted


def test_an_older_edited_revision_beside_a_newer_intact_one_loses_either_way():
    for accept_edited in (False, True):
        files = [
            returned("edited.xlsx", computed_sha256="b" * 64),
            returned("new.xlsx", revision=2),
        ]
        edited, newer = classify([f.path for f in files], files, {}, accept_edited=accept_edited)
        assert (edited.accepted, newer.accepted) == (False, True)
        assert newer.status == FileStatus.OK


def test_a_newer_edited_revision_is_left_out_without_accept_edited_and_wins_with_it():
    files = [returned("old.xlsx"), returned("edited.xlsx", revision=2, computed_sha256="b" * 64)]
    old, edited = classify([f.path for f in files], files, {})
    assert (old.status, old.accepted, edited.accepted) == (FileStatus.OK, True, False)
    old, edited = classify([f.path for f in files], files, {}, accept_edited=True)
    assert (old.status, old.accepted, edited.accepted) == (FileStatus.DUPLICATE, False, True)
    assert edited.status == FileStatus.EDITED


def test_a_file_with_an_identity_the_store_cannot_hold_is_broken_whatever_else_it_has():
    bad = returned("bad.xlsx", country="K3N", computed_sha256="b" * 64, completeness=50.0)
    [outcome] = classify([bad.path], [bad], {"plan": 9})
    assert outcome.status == FileStatus.BROKEN and not outcome.accepted
    assert any("K3N" in reason for reason in outcome.reasons)


def test_an_unreadable_file_is_broken_with_the_readers_message():
    [outcome] = classify([Path("x.xlsx")], ["x.xlsx: Data!B2: the indicator code is empty"], {})
    assert (outcome.status, outcome.why, outcome.accepted) == (
        FileStatus.BROKEN,
        "x.xlsx: Data!B2: the indicator code is empty",
        False,
    )


@pytest.mark.parametrize(
    ("completeness", "status", "shown"),
    [(100.0, FileStatus.OK, None), (99.96, FileStatus.INCOMPLETE, "99.9% complete"),
     (0.0, FileStatus.INCOMPLETE, "0% complete")],
)  # fmt: skip
def test_only_a_file_below_100_percent_is_incomplete_and_it_never_shows_as_100(
    completeness, status, shown
):
    file = returned("f.xlsx", completeness=completeness)
    [outcome] = classify([file.path], [file], {})
    assert outcome.status == status
    assert (shown is None and outcome.reasons == ()) or shown in outcome.why


def test_a_file_is_outdated_only_below_the_newest_version_among_files_and_store():
    current = returned("current.xlsx", country="UGA")
    [outcome] = classify([current.path], [current], {"plan": 2})
    assert outcome.status == FileStatus.OK
    [outcome] = classify([current.path], [current], {"plan": 3})
    assert outcome.status == FileStatus.OUTDATED
    newer = returned("newer.xlsx", template_version=3)
    first, _ = classify([current.path, newer.path], [current, newer], {})
    assert first.status == FileStatus.OUTDATED


def test_a_file_on_version_0_of_an_unknown_template_is_not_called_outdated():
    # The reader takes any version from 0; no version 1 exists here to be "the newest".
    alone = returned("alone.xlsx", template_id="other", template_version=0)
    [outcome] = classify([alone.path], [alone], {"plan": 2})
    assert outcome.status == FileStatus.OK and outcome.reasons == ()


def test_the_same_export_twice_is_a_duplicate_of_the_first_file_named():
    one, two = returned("one.xlsx", uuid="same"), returned("two.xlsx", uuid="same")
    first, second = classify([one.path, two.path], [one, two], {})
    assert (first.status, second.status) == (FileStatus.OK, FileStatus.DUPLICATE)
    assert "the same export (uuid same) as one.xlsx" in second.why


# -- end to end: the command line with --accept-edited ---------------------------------


@pytest.fixture
def two_returns(store, tmp_path) -> Path:
    """Kenya's and Uganda's 2025 returns; Kenya's then edited by hand (TEC-2 = 999)."""
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import open_submission, set_value

    folder = tmp_path / "in"
    for country, number in (("KEN", 5), ("UGA", 7)):
        opened = open_submission(store, country, "2025")
        set_value(store, opened, "TEC-2", value=number)
        export_submission(store, opened, folder / f"{country}.xlsx")
    workbook = openpyxl.load_workbook(folder / "KEN.xlsx")
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "TEC-2")
    row[header.index("value")].value = 999
    workbook.save(folder / "KEN.xlsx")
    return folder


def _sheet(path: Path, name: str) -> list[dict[str, object]]:
    rows = list(openpyxl.load_workbook(path)[name].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def _tec2(out: Path) -> dict[str, object]:
    return {r["country"]: r["value"] for r in _sheet(out, "Data") if r["indicator_code"] == "TEC-2"}


def test_consolidation_leaves_an_edited_file_out_unless_accept_edited(two_returns, tmp_path):
    out = tmp_path / "hq.xlsx"
    assert main(["consolidate", str(two_returns), "--out", str(out)]) == 1
    assert _tec2(out) == {"UGA": 7}
    status = {Path(r["file"]).name: r["status"] for r in _sheet(out, "Status")}
    assert status == {"KEN.xlsx": "edited", "UGA.xlsx": "incomplete"}

    accepted = tmp_path / "hq-accepted.xlsx"
    assert main(["consolidate", str(two_returns), "--out", str(accepted), "--accept-edited"]) == 1
    assert _tec2(accepted) == {"KEN": 999, "UGA": 7}
    [kenya] = [r for r in _sheet(accepted, "Status") if Path(r["file"]).name == "KEN.xlsx"]
    assert kenya["status"] == "edited" and "consolidated anyway" in kenya["why"]


def test_an_accepted_edited_file_older_than_the_database_stays_edited_and_says_both(
    two_returns, tmp_path, store
):
    from micdesk.core.consolidation import consolidate
    from micdesk.core.store import open_store
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import open_submission

    revision_2 = export_submission(
        store, open_submission(store, "KEN", "2025"), tmp_path / "KEN-r2.xlsx"
    )
    assert revision_2.revision == 2
    hq = open_store(tmp_path / "hq")
    try:
        consolidate(hq, [tmp_path / "KEN-r2.xlsx"], tmp_path / "1.xlsx")
        result = consolidate(
            hq, [two_returns / "KEN.xlsx"], tmp_path / "2.xlsx", accept_edited=True
        )
    finally:
        hq.close()
    [outcome] = result.outcomes
    assert outcome.status == FileStatus.EDITED and not outcome.accepted
    assert "edited by hand after export" in outcome.why
    assert "revision 2" in outcome.why


# -- identities the store cannot hold: every limit, at and one past it ------------------

LIMITS = {  # what, the identity field or row that holds it, the store's column width
    "uuid": 36,
    "template_id": 100,
    "focal point": 200,
    "institution": 300,
    "e-mail": 300,
    "indicator code": 50,
    "disaggregation": 300,
    "area code": 50,
}
WHERE = {
    "uuid": "_micdesk",
    "template_id": "_micdesk",
    "focal point": "Cover",
    "institution": "Cover",
    "e-mail": "Cover",
    "indicator code": "Data row 7",
    "disaggregation": "Data row 7",
    "area code": "Narrative row 4",
}


def _with_text(what: str, text: str) -> SubmissionFile:
    from micdesk.core.submission_format import DataRow, NarrativeRow

    field = {"uuid": "uuid", "template_id": "template_id", "focal point": "focal_point",
             "institution": "institution", "e-mail": "email"}.get(what)  # fmt: skip
    if field is not None:
        return returned("f.xlsx", **{field: text})
    if what == "area code":
        return returned("f.xlsx", narratives=(NarrativeRow(4, text, "progress", "t"),))
    code, cell = ("X" * 3, text) if what == "disaggregation" else (text, "")
    row = DataRow(7, "A", code, "", cell, None, None, None, "", None, None, "", "", False, None,
                  canonical=())  # fmt: skip
    return returned("f.xlsx", rows=(row,))


@pytest.mark.parametrize("what", LIMITS)
def test_a_text_at_the_stores_width_is_fine_and_one_character_more_is_broken(what):
    from micdesk.core.consolidation_files import identity_problems

    limit = LIMITS[what]
    assert identity_problems(_with_text(what, "a" * limit)) == []
    assert identity_problems(_with_text(what, "a" * (limit + 1))) == [
        f"f.xlsx: {WHERE[what]}: the {what} has {limit + 1} characters, at most {limit}"
    ]


def test_the_identity_needs_an_iso_country_a_period_and_a_revision_of_one_or_more():
    from micdesk.core.consolidation_files import identity_problems

    assert identity_problems(returned("f.xlsx", revision=1, period="2025-H2")) == []
    problems = identity_problems(returned("f.xlsx", country="KE", period="2025-Q5", revision=0))
    assert problems[0] == (
        "f.xlsx: _micdesk: the country 'KE' is not an ISO 3166-1 alpha-3 code such as KEN"
    )
    assert problems[1].startswith("f.xlsx: _micdesk: ") and "2025-Q5" in problems[1]
    assert problems[2] == "f.xlsx: _micdesk: the revision 0 is not 1 or more"
    assert len(problems) == 3


def test_a_narrative_of_an_unknown_field_cannot_go_into_the_store():
    from micdesk.core.consolidation_files import identity_problems
    from micdesk.core.submission_format import NarrativeRow

    fine = returned("f.xlsx", narratives=(NarrativeRow(2, "TEC", "support", "t"),))
    assert identity_problems(fine) == []
    odd = returned("f.xlsx", narratives=(NarrativeRow(3, "TEC", "mood", "t"),))
    assert identity_problems(odd) == [
        "f.xlsx: Narrative row 3: the field 'mood' is not one of challenges, progress, support"
    ]


def test_every_outcome_of_a_mixed_run_is_complete_and_in_the_order_of_the_files():
    paths = [Path(n) for n in ("unreadable.xlsx", "bad.xlsx", "old.xlsx", "new.xlsx", "ed.xlsx")]
    bad = returned("bad.xlsx", country="XX")
    old, new = returned("old.xlsx"), returned("new.xlsx", revision=2, uuid="uuid-new")
    edited = returned("ed.xlsx", country="UGA", computed_sha256="b" * 64)
    readings = ["unreadable.xlsx: not a zip file", bad, old, new, edited]
    outcomes = classify(paths, readings, {"plan": 2})
    assert [(o.path, o.status, o.submission, o.accepted, o.superseded_by) for o in outcomes] == [
        (paths[0], FileStatus.BROKEN, None, False, None),
        (paths[1], FileStatus.BROKEN, bad, False, None),
        (paths[2], FileStatus.DUPLICATE, old, False, paths[3]),
        (paths[3], FileStatus.OK, new, True, None),
        (paths[4], FileStatus.EDITED, edited, False, None),
    ]
    assert all(o.accepted in (True, False) for o in outcomes)
    assert outcomes[0].reasons == ("unreadable.xlsx: not a zip file",)
    assert outcomes[2].reasons == (
        "revision 1 of KEN 2025 is superseded by revision 2 in new.xlsx",
    )
    assert outcomes[4].reasons == (
        "edited by hand after export: the SHA-256 of its data no longer matches; left out",
    )


def test_an_edited_copy_of_the_same_export_is_also_listed_as_that_export():
    intact, edited = returned("a.xlsx", uuid="same"), returned("b.xlsx", uuid="same",
                                                                computed_sha256="b" * 64)  # fmt: skip
    _, outcome = classify([intact.path, edited.path], [intact, edited], {})
    assert outcome.status == FileStatus.EDITED
    assert outcome.reasons[1] == "the same export (uuid same) as a.xlsx"
    assert outcome.superseded_by == intact.path


def test_paths_and_readings_must_match_one_to_one():
    file = returned("a.xlsx")
    with pytest.raises(ValueError):
        classify([file.path, Path("b.xlsx")], [file], {})
