"""``micdesk-review/1``: written, read back as plain records, its hash pinned, edits and
hostile files refused as a submission's are."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hostile_workbooks import write_hostile_workbooks

from micdesk.core.review_format import (
    META_SHEET,
    QUERIES_SHEET,
    ReviewIdentity,
    ReviewQuery,
    canonical_payload,
    query_id,
)
from micdesk.core.review_reader import UnreadableReview, read_review
from micdesk.core.review_workbook import ReviewRefused, write_review

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
IDENTITY = ReviewIdentity(
    country="KEN",
    period="2025",
    template_id="unido-mic-workplan",
    template_version=1,
    submission_uuid="0f8fad5b-d9cb-469f-a165-70867728950e",
    submission_revision=2,
    submission_sha256="14e6adbc1826809b0454f949c79348af8a4eeb78ac4ea224583c5c6913ac2edb",
)


def _queries() -> list[ReviewQuery]:
    uuid = IDENTITY.submission_uuid
    return [
        ReviewQuery(
            query_id=query_id(uuid, "ENV-1", "", "ENV", ""),
            area="ENV",
            indicator_code="ENV-1",
            indicator_label="Energy saved",
            cell="",
            field="",
            value_seen="12.5",
            question="ENV-1 fell by 40 %, please confirm.",
        ),
        ReviewQuery(
            query_id=query_id(uuid, "SKL-1", "sex=female;age=youth", "SKL", ""),
            area="SKL",
            indicator_code="SKL-1",
            indicator_label="People trained",
            cell="sex=female;age=youth",
            field="",
            value_seen="NE",
            question="=Why not estimated? Ünïcödé — 中文\nsecond line",
        ),
        ReviewQuery(
            query_id=query_id(uuid, "", "", "TEC", "progress"),
            area="TEC",
            indicator_code="",
            indicator_label="",
            cell="",
            field="progress",
            value_seen="On track.",
            question="Which firms?",
        ),
    ]


def _comparable(queries) -> list[tuple]:
    return sorted(
        (q.query_id, q.area, q.indicator_code, q.indicator_label, q.cell, q.field)
        + (q.value_seen, q.question)
        for q in queries
    )


def test_a_written_review_reads_back_as_the_same_queries_and_is_intact(tmp_path):
    path = tmp_path / "review.xlsx"
    sha256 = write_review(path, IDENTITY, _queries(), area_titles={"ENV": "Environment"})
    review = read_review(path)
    assert review.intact
    assert review.stored_sha256 == sha256
    assert review.identity == IDENTITY
    assert _comparable(review.queries) == _comparable(_queries())
    narrative = next(q for q in review.queries if q.is_narrative)
    assert (narrative.area, narrative.field) == ("TEC", "progress")
    workbook = openpyxl.load_workbook(path)
    assert workbook[META_SHEET].sheet_state == "hidden"
    # A readable sheet per area that has queries, beside the fixed ones.
    assert {"ENV", "SKL", "TEC"} <= set(workbook.sheetnames)
    assert workbook["ENV"]["A1"].value == "ENV — Environment"


def test_query_ids_are_stable_per_cell_and_differ_between_revisions():
    first = query_id("uuid-r1", "ENV-1", "", "ENV", "")
    assert first == query_id("uuid-r1", "ENV-1", "", "ENV", "")
    assert first != query_id("uuid-r2", "ENV-1", "", "ENV", "")
    assert first != query_id("uuid-r1", "ENV-1", "sex=female", "ENV", "")
    assert query_id("uuid-r1", "", "", "ENV", "progress") != query_id(
        "uuid-r1", "", "", "ENV", "support"
    )
    assert re.fullmatch(r"q-[0-9a-f]{12}", first)


def test_the_hash_of_a_known_review_is_pinned():
    # docs/formats/review.md quotes this payload and hash for integrators.
    query = ReviewQuery("q-0123456789ab", "ENV", "ENV-1", "Energy saved", "", "", "12.5", "Why?")
    payload = canonical_payload(IDENTITY.as_texts(), [query.canonical])
    assert payload == (
        b'{"format":"micdesk-review/1","identity":{"country":"KEN","period":"2025",'
        b'"submission_revision":"2","submission_sha256":'
        b'"14e6adbc1826809b0454f949c79348af8a4eeb78ac4ea224583c5c6913ac2edb",'
        b'"submission_uuid":"0f8fad5b-d9cb-469f-a165-70867728950e",'
        b'"template_id":"unido-mic-workplan","template_version":"1"},'
        b'"queries":[["q-0123456789ab","ENV","ENV-1","","","12.5","Why?"]]}'
    )
    pinned = "ba1cced7217b4e6a68d34e2c45f89e248a38c33ddcdb0e44de2b2674aadc6f6d"
    assert hashlib.sha256(payload).hexdigest() == pinned
    spec = (Path(__file__).parents[1] / "docs" / "formats" / "review.md").read_text("utf-8")
    assert pinned in spec
    assert "".join(spec.split("```")[3].split()) == "".join(payload.decode().split())


def _rewrite(path: Path, change) -> Path:
    workbook = openpyxl.load_workbook(path)
    change(workbook)
    edited = path.with_name("edited-" + path.name)
    workbook.save(edited)
    return edited


def test_an_edited_question_or_value_seen_makes_the_review_not_intact(tmp_path):
    path = tmp_path / "review.xlsx"
    write_review(path, IDENTITY, _queries())

    def edit_question(workbook):
        workbook[QUERIES_SHEET]["H2"] = "Something else entirely"

    def edit_value(workbook):
        workbook[QUERIES_SHEET]["G2"] = "99"

    def edit_revision(workbook):
        sheet = workbook[META_SHEET]
        row = next(r for r in sheet.iter_rows() if r[0].value == "submission_revision")
        row[1].value = "3"

    for change in (edit_question, edit_value, edit_revision):
        review = read_review(_rewrite(path, change))
        assert not review.intact, change.__name__


def test_sorting_the_queries_sheet_is_no_edit(tmp_path):
    path = tmp_path / "review.xlsx"
    write_review(path, IDENTITY, _queries())

    def reverse(workbook):
        sheet = workbook[QUERIES_SHEET]
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        for offset, values in enumerate(reversed(rows), start=2):
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(offset, column)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # as a spreadsheet keeps '=text' text

    review = read_review(_rewrite(path, reverse))
    assert review.intact
    assert review.queries[0].sheet_row == 2


def test_a_cell_added_to_the_hidden_sheet_makes_the_review_not_intact(tmp_path):
    path = tmp_path / "review.xlsx"
    write_review(path, IDENTITY, _queries())
    review = read_review(_rewrite(path, lambda wb: wb[META_SHEET].cell(3, 5, "extra")))
    assert review.stray_meta_cells == 1
    assert not review.intact


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda wb: wb[QUERIES_SHEET].cell(2, 8, "=1+1"), "Queries!H2: the cell holds a formula"),
        (lambda wb: wb[QUERIES_SHEET].cell(3, 1, wb[QUERIES_SHEET]["A2"].value), "appears twice"),
        (lambda wb: wb[QUERIES_SHEET].cell(2, 8, "  "), "Queries!H2: the question is empty"),
        (
            lambda wb: wb[QUERIES_SHEET].cell(1, 8, "asked"),
            "Queries row 1: missing column(s): question",
        ),
        (
            lambda wb: wb[META_SHEET].cell(1, 2, "micdesk-review/9"),
            "the format is micdesk-review/9",
        ),
        (lambda wb: wb.remove(wb[QUERIES_SHEET]), "Queries: the sheet is missing"),
        (lambda wb: wb.remove(wb[META_SHEET]), "not a micdesk review"),
    ],
)
def test_a_broken_review_is_refused_saying_where(tmp_path, change, message):
    path = tmp_path / "review.xlsx"
    write_review(path, IDENTITY, _queries())
    edited = _rewrite(path, change)
    with pytest.raises(UnreadableReview, match=re.escape(message)) as refused:
        read_review(edited)
    assert str(refused.value).startswith(edited.name)


def test_a_submission_is_not_a_review(tmp_path, store, submission):
    from micdesk.core.submission_export import export_submission

    export_submission(store, submission, tmp_path / "ken.xlsx")
    with pytest.raises(UnreadableReview, match="no hidden '_review' sheet"):
        read_review(tmp_path / "ken.xlsx")


def test_a_question_longer_than_a_cell_is_refused_before_writing(tmp_path):
    query = _queries()[0]
    long = ReviewQuery(**{**query.__dict__, "question": "x" * 40_000})
    with pytest.raises(ReviewRefused, match="40,000 characters"):
        write_review(tmp_path / "review.xlsx", IDENTITY, [long])
    assert not (tmp_path / "review.xlsx").exists()


def test_control_characters_in_a_question_are_removed_and_hashed_as_written(tmp_path):
    query = _queries()[0]
    bell = ReviewQuery(**{**query.__dict__, "question": "ring\x07 the bell"})
    write_review(tmp_path / "review.xlsx", IDENTITY, [bell])
    review = read_review(tmp_path / "review.xlsx")
    assert review.intact
    assert review.queries[0].question == "ring the bell"


TRICKY_TEXTS = (
    "_x0041_ stays as typed",
    "x005F_ and _x005F_ and _x005f_x0041_",
    "x005F\r",
    "carriage\rreturn and\r\nboth",
    "\tleading tab, trailing space ",
    "=SUM(A1:A2)",
    "#N/A",
    "12.50",
    "http://example.org",
    "emoji 😀 and Arabic هل هذا صحيح؟",
)


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_tricky_texts_read_back_exactly_and_the_review_stays_intact(tmp_path, text):
    query = _queries()[1]
    tricky = ReviewQuery(
        **{**query.__dict__, "question": text, "value_seen": text, "indicator_label": text}
    )
    write_review(tmp_path / "review.xlsx", IDENTITY, [tricky])
    review = read_review(tmp_path / "review.xlsx")
    assert review.intact
    (read,) = review.queries
    assert (read.question, read.value_seen, read.indicator_label) == (text, text, text)
    cell = openpyxl.load_workbook(tmp_path / "review.xlsx")[QUERIES_SHEET]["H2"]
    assert cell.data_type == "s"  # a text cell, never a formula, number, error or link


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """Every hostile case, built from a real review workbook (bad content in Queries!H2)."""
    folder = tmp_path_factory.mktemp("hostile-reviews")
    write_review(folder / "valid.xlsx", IDENTITY, _queries())
    workbook = openpyxl.load_workbook(folder / "valid.xlsx")
    base = {
        name: [[cell.value for cell in row] for row in workbook[name].iter_rows()]
        for name in ("Review", QUERIES_SHEET, META_SHEET)
    }
    return write_hostile_workbooks(folder / "cases", base=base, target=(QUERIES_SHEET, "H2"))


HOSTILE = (
    "not_a_zip", "truncated_zip", "zip_bomb", "xml_entity_bomb", "external_entity",
    "sheet_entity_bomb", "too_many_rows", "encrypted", "macros", "formulas", "external_link",
    "control_characters", "raw_control_characters", "long_cells", "encrypted_part",
    "deflate64", "corrupt_deflate", "non_utf8_name", "shared_string_flood",
    "cell_format_flood", "big_part", "sheet_outside_worksheets", "far_column",
    "array_formula", "data_table_formula", "hidden_macros",
)  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_review_is_refused_in_one_line_naming_the_file(corpus, name):
    hostile = corpus[name]
    with pytest.raises(UnreadableReview) as refused:
        read_review(hostile.path)
    message = str(refused.value)
    assert message.startswith(hostile.path.name), message
    assert "\n" not in message
    if hostile.package_refusal:
        assert hostile.package_refusal in message


def test_the_valid_base_of_the_hostile_corpus_reads(corpus):
    folder = corpus["formulas"].path.parent.parent
    assert read_review(folder / "valid.xlsx").intact


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_review_re_saved_by_libreoffice_is_still_intact(tmp_path):
    path = tmp_path / "review.xlsx"
    write_review(path, IDENTITY, _queries())
    result = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    review = read_review(tmp_path / "lo" / "review.xlsx")
    assert review.intact, (review.stored_sha256, review.computed_sha256)
    assert _comparable(review.queries) == _comparable(_queries())
