"""A UNIDO review workbook loaded on the country's side: `submission load`, all or nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.queries import ReviewRefused, list_queries
from micdesk.core.review_format import ReviewIdentity, ReviewQuery, query_id
from micdesk.core.review_load import is_review_workbook, load_review_file
from micdesk.core.review_workbook import write_review
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template


def _query(uuid: str, code: str, seen: str, question: str) -> ReviewQuery:
    return ReviewQuery(
        query_id=query_id(uuid, code, "", "", ""),
        area=code.split("-")[0],
        indicator_code=code,
        indicator_label="",
        cell="",
        field="",
        value_seen=seen,
        question=question,
    )


@pytest.fixture
def exported(tmp_path: Path):
    """A data folder with Kenya 2025 exported once, and UNIDO's review of that export."""
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        ensure_default_template(store)
        submission = open_submission(store, "KEN", "2025")
        set_value(store, submission, "ENV-1", value=Decimal(30))
        set_value(store, submission, "TEC-2", value=4)
        result = export_submission(store, submission, tmp_path / "r1.xlsx")
        template = submission.template
    finally:
        close_store(store)
    identity = ReviewIdentity(
        "KEN", "2025", template.template_id, template.version, result.uuid, 1, result.sha256
    )
    review = tmp_path / "KEN-2025-review.xlsx"
    write_review(
        review,
        identity,
        [
            _query(result.uuid, "ENV-1", "30", "ENV-1 fell by 40 %, please confirm"),
            _query(result.uuid, "TEC-2", "4", "Why so few firms?"),
        ],
    )
    return folder, review, identity


def _load(folder: Path, review: Path, *extra: str) -> int:
    return main(["--data-dir", str(folder), "submission", "load", str(review), *extra])


def _queries(folder: Path):
    store = open_store(folder)
    try:
        return list_queries(store, open_submission(store, "KEN", "2025"))
    finally:
        close_store(store)


def test_submission_load_recognises_a_review_and_keeps_its_queries(exported, capsys):
    folder, review, _identity = exported
    assert is_review_workbook(review)
    assert _load(folder, review) == 0
    output = capsys.readouterr().out
    assert "UNIDO's review of KEN 2025 revision 1, intact, 2 queries" in output
    assert "kept 2 of UNIDO's queries to answer in KEN 2025" in output
    assert [(q.indicator_code, q.value_seen, q.is_open) for q in _queries(folder)] == [
        ("ENV-1", "30", True),
        ("TEC-2", "4", True),
    ]


def test_the_same_review_twice_is_refused_the_second_time(exported, capsys):
    folder, review, _identity = exported
    assert _load(folder, review) == 0
    assert _load(folder, review) == 1
    assert "loaded already" in capsys.readouterr().err
    assert len(_queries(folder)) == 2


def test_an_edited_review_is_kept_only_with_accept_edited(exported, tmp_path, capsys):
    folder, review, _identity = exported
    workbook = openpyxl.load_workbook(review)
    sheet = workbook["Queries"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=header.index("question") + 1).value = "Changed by hand"
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    assert _load(folder, edited) == 3
    assert "edited after UNIDO wrote it" in capsys.readouterr().err
    assert _queries(folder) == []
    assert _load(folder, edited, "--accept-edited") == 0
    assert "Changed by hand" in {q.question for q in _queries(folder)}


def test_a_review_for_another_country_is_refused_and_nothing_kept(exported, tmp_path, capsys):
    folder, _review, identity = exported
    other = tmp_path / "UGA.xlsx"
    uga = ReviewIdentity(
        "UGA", "2025", identity.template_id, identity.template_version,
        identity.submission_uuid, 1, identity.submission_sha256,
    )  # fmt: skip
    write_review(other, uga, [_query(identity.submission_uuid, "ENV-1", "30", "?")])
    assert _load(folder, other) == 1
    assert "this review is for UGA" in capsys.readouterr().err
    assert _queries(folder) == []


def test_the_core_loads_a_review_file_into_a_store(exported):
    folder, review, _identity = exported
    store = open_store(folder)
    try:
        recorded = load_review_file(store, review)
        assert (recorded.recorded, recorded.submission.country) == (2, "KEN")
        with pytest.raises(ReviewRefused):
            load_review_file(store, review)
    finally:
        close_store(store)


def test_a_submission_is_not_taken_for_a_review(exported, tmp_path):
    assert not is_review_workbook(tmp_path / "r1.xlsx")
