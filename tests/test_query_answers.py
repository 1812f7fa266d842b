"""The next return carries the answers to UNIDO's queries: Queries sheet, hash, check, final."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.queries import (
    QueryToRecord,
    ReviewToRecord,
    answer_query,
    list_queries,
    mark_answer_later,
    record_review,
)
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.submission_export import OpenQueriesRefused, export_submission
from micdesk.core.submission_format import QUERIES_SHEET, canonical_payload, canonical_sha256
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import Notation

ANSWERED = datetime(2026, 4, 2, 9, 30, tzinfo=UTC)
QUERY_COLUMNS = (
    "query_id",
    "area",
    "indicator_code",
    "disaggregation",
    "field",
    "question",
    "answer",
    "value_before",
    "value_after",
    "answer_later",
    "answered_at",
)  # written out on purpose: a column dropped from the writer must fail here
IDENTITY = {
    "country": "KEN",
    "period": "2025",
    "template_id": "unido-mic-workplan",
    "template_version": "1",
    "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "revision": "2",
    "final": "false",
}
DATA = [["TEC", "TEC-2", "Firms", "", "integer", "6", "", "firms", "", "", "", "", "", ""]]
NARRATIVE = [["TEC", "progress", "On track."]]
QUERY = [
    "q-1",
    "TEC",
    "TEC-2",
    "",
    "",
    "Why 4?",
    "Two merged",
    "4",
    "6",
    "",
    "2026-04-02T09:30:00Z",
]
QUERIES_BYTES = (
    b'{"data":[["TEC","TEC-2","Firms","","integer","6","","firms","","","","","",""]],'
    b'"format":"micdesk-submission/1",'
    b'"identity":{"country":"KEN","final":"false","period":"2025",'
    b'"revision":"2","template_id":"unido-mic-workplan","template_version":"1",'
    b'"uuid":"0f8fad5b-d9cb-469f-a165-70867728950e"},'
    b'"narrative":[["TEC","progress","On track."]],'
    b'"queries":[["q-1","TEC","TEC-2","","","Why 4?","Two merged","4","6","",'
    b'"2026-04-02T09:30:00Z"]]}'
)


def test_a_return_without_queries_keeps_the_payload_it_had_before_queries():
    without = canonical_payload(IDENTITY, DATA, NARRATIVE)
    assert canonical_payload(IDENTITY, DATA, NARRATIVE, []) == without
    assert b"queries" not in without


def test_the_payload_of_a_return_with_an_answered_query_is_exactly_these_bytes():
    assert canonical_payload(IDENTITY, DATA, NARRATIVE, [QUERY]) == QUERIES_BYTES
    assert (
        canonical_sha256(IDENTITY, DATA, NARRATIVE, [QUERY])
        == hashlib.sha256(QUERIES_BYTES).hexdigest()
    )


@pytest.mark.parametrize("column", range(len(QUERY_COLUMNS)))
def test_changing_any_one_query_cell_changes_the_hash(column):
    changed = list(QUERY)
    changed[column] += "x"
    assert canonical_sha256(IDENTITY, DATA, NARRATIVE, [changed]) != canonical_sha256(
        IDENTITY, DATA, NARRATIVE, [QUERY]
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """Kenya 2025 exported as r1 (ENV-1 = 30, TEC-2 = 4), UNIDO's two queries on it loaded."""
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        ensure_default_template(store)
        submission = open_submission(store, "KEN", "2025")
        for indicator in submission.template.indicators:  # final-ready: the rest not applicable
            set_value(store, submission, indicator.code, notation=Notation.NOT_APPLICABLE)
        set_value(store, submission, "ENV-1", value=Decimal(30), notation=None)
        set_value(store, submission, "TEC-2", value=4, notation=None)
        first = export_submission(store, submission, tmp_path / "r1.xlsx")
        review = ReviewToRecord(
            "review.xlsx",
            "KEN",
            "2025",
            submission.template.template_id,
            first.uuid,
            first.revision,
            first.sha256,
            "ef" * 32,
            True,
            (
                QueryToRecord("q-1", "ENV-1 fell by 40 %, please confirm", "ENV-1", "", "", "30"),
                QueryToRecord("q-2", '=HYPERLINK("x") why?', "TEC-2", "", "", "4"),
                QueryToRecord("q-3", "Say more", "", "", "ENV", "", field="challenges"),
            ),
        )
        record_review(store, review)
    finally:
        close_store(store)
    return folder


def _opened(data_dir: Path):
    store = open_store(data_dir)
    return store, open_submission(store, "KEN", "2025")


def _answer_two(data_dir: Path) -> None:
    store, submission = _opened(data_dir)
    try:
        answer_query(store, submission, "q-1", "Confirmed: a plant closed.", now=ANSWERED)
        set_value(store, submission, "TEC-2", value=6)
        answer_query(store, submission, "q-2", "", now=ANSWERED)
    finally:
        close_store(store)


def _sheet_rows(path: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(path)[QUERIES_SHEET]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_the_next_export_has_a_queries_sheet_with_each_answer_and_both_values(data_dir, tmp_path):
    _answer_two(data_dir)
    store, submission = _opened(data_dir)
    try:
        result = export_submission(store, submission, tmp_path / "r2.xlsx")
    finally:
        close_store(store)
    assert (result.queries, result.queries_answered) == (3, 2)
    rows = _sheet_rows(result.path)
    assert list(rows[0]) == list(QUERY_COLUMNS)
    assert [
        (r["query_id"], r["answer"], r["value_before"], r["value_after"], r["answered_at"])
        for r in rows
    ] == [
        ("q-1", "Confirmed: a plant closed.", "30", "30", "2026-04-02T09:30:00Z"),
        ("q-2", None, "4", "6", "2026-04-02T09:30:00Z"),
        ("q-3", None, None, None, None),
    ]
    # HQ's text stays text: a question that looks like a formula is a text cell.
    sheet = openpyxl.load_workbook(result.path)[QUERIES_SHEET]
    assert sheet["F3"].data_type == "s" and sheet["F3"].value.startswith("=HYPERLINK")
    read = read_submission(result.path)
    assert read.intact
    assert [(q.query_id, q.answered, q.field) for q in read.queries] == [
        ("q-1", True, ""),
        ("q-2", True, ""),
        ("q-3", False, "challenges"),
    ]


def test_an_export_without_queries_has_no_queries_sheet(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=4)
    result = export_submission(store, submission, tmp_path / "plain.xlsx")
    assert QUERIES_SHEET not in openpyxl.load_workbook(result.path).sheetnames
    assert read_submission(result.path).queries == ()


def test_an_answer_edited_in_the_file_makes_the_return_edited(data_dir, tmp_path):
    _answer_two(data_dir)
    store, submission = _opened(data_dir)
    try:
        result = export_submission(store, submission, tmp_path / "r2.xlsx")
    finally:
        close_store(store)
    workbook = openpyxl.load_workbook(result.path)
    workbook[QUERIES_SHEET]["G2"].value = "Not confirmed"
    workbook.save(tmp_path / "edited.xlsx")
    assert not read_submission(tmp_path / "edited.xlsx").intact


def test_check_says_how_many_queries_were_answered(data_dir, tmp_path, capsys):
    _answer_two(data_dir)
    out = tmp_path / "r2.xlsx"
    args = ["--data-dir", str(data_dir), "export", "--country", "KEN", "--period", "2025"]
    assert main([*args, "--out", str(out)]) == 0
    assert "3 queries, 2 answered" in capsys.readouterr().out
    assert main(["submission", "check", str(out)]) == 0
    assert f"{out}: 3 queries, 2 answered" in capsys.readouterr().out.splitlines()


def test_a_final_export_with_open_queries_is_refused_naming_them(data_dir, tmp_path):
    _answer_two(data_dir)
    store, submission = _opened(data_dir)
    try:
        with pytest.raises(OpenQueriesRefused) as refused:
            export_submission(store, submission, tmp_path / "final.xlsx", final=True)
        assert [q.query_id for q in refused.value.queries] == ["q-3"]
        assert "q-3 (ENV [challenges]): Say more" in str(refused.value)
        assert not (tmp_path / "final.xlsx").exists()
        mark_answer_later(store, submission, "q-3")
        result = export_submission(store, submission, tmp_path / "final.xlsx", final=True)
    finally:
        close_store(store)
    [later] = [r for r in _sheet_rows(result.path) if r["query_id"] == "q-3"]
    assert (later["answer_later"], later["answered_at"]) == ("yes", None)


def test_the_command_line_refuses_a_final_export_with_open_queries_until_answer_later(
    data_dir, tmp_path, capsys
):
    args = ["--data-dir", str(data_dir), "export", "--country", "KEN", "--period", "2025"]
    args += ["--final", "--out", str(tmp_path / "final.xlsx")]
    assert main(args) == 1
    error = capsys.readouterr().err
    assert "3 of UNIDO's queries are open" in error and "q-1 (ENV-1)" in error
    assert not (tmp_path / "final.xlsx").exists()
    assert main([*args, "--answer-later"]) == 0
    output = capsys.readouterr().out
    assert "q-2: will answer later" in output and "3 queries, 0 answered" in output
    store, submission = _opened(data_dir)
    try:
        assert all(q.answer_later and q.is_open for q in list_queries(store, submission))
    finally:
        close_store(store)


def test_queries_are_listed_and_answered_from_the_command_line(data_dir, capsys):
    args = ["--data-dir", str(data_dir), "query"]
    where = ["--country", "KEN", "--period", "2025"]
    assert main([*args, "answer", *where, "q-1", "--text", "Confirmed"]) == 0
    assert "q-1 ENV-1 (answered): ENV-1 fell by 40 %" in capsys.readouterr().out
    assert main([*args, "answer", *where, "q-2"]) == 1
    assert "write an answer, or change the value" in capsys.readouterr().err
    assert main([*args, "later", *where, "q-3"]) == 0
    assert main([*args, "answer", *where, "q-9", "--text", "?"]) == 1
    capsys.readouterr()
    assert main([*args, "list", *where]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("q-2 TEC-2 (open): =HYPERLINK")
    assert lines[0].endswith("| UNIDO saw 4")
    assert lines[1] == "q-3 ENV [challenges] (open, will answer later): Say more"
    assert lines[-1] == "KEN 2025: 3 queries, 1 answered"
