"""What the submission's SHA-256 covers, pinned (issue 25; docs/formats/submission.md).

The field lists below are written out here on purpose, not imported from the reader: a
field dropped from the reader's own list must make these tests fail.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from micdesk.core.submission_export import export_submission
from micdesk.core.submission_format import (
    ANSWER_LATER_MARK,
    QueryRow,
    canonical_payload,
    canonical_sha256,
    record_field,
)
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.submissions import save_profile, set_narrative, set_value
from micdesk.core.targets import set_target
from micdesk.core.vocabulary import Notation
from tests.hostile_workbooks import _rewrite_package

IDENTITY_FIELDS = (
    "country",
    "period",
    "template_id",
    "template_version",
    "uuid",
    "revision",
    "final",
)
DATA_COLUMNS = (
    "area",
    "indicator_code",
    "indicator_label",
    "disaggregation",
    "kind",
    "value",
    "notation",
    "unit",
    "baseline",
    "target",
    "comment",
    "source",
    "follow_up",
    "last_changed",
)
NARRATIVE_COLUMNS = ("area", "field", "text")

# One known return: Kenya 2025, revision 2, a draft, with a number, a notation key,
# a breakdown cell, text that needs escaping in JSON, and one narrative.
GOLDEN_IDENTITY = {
    "country": "KEN",
    "period": "2025",
    "template_id": "unido-mic-workplan",
    "template_version": "1",
    "uuid": "0f8fad5b-d9cb-469f-a165-70867728950e",
    "revision": "2",
    "final": "false",
}
GOLDEN_DATA = [
    ["TEC", "TEC-2", "Firms supported", "", "integer", "12", "", "firms", "3", "40",
     "from the \"survey\"", "Ministry", "", "2025-03-01T09:30:00Z"],
    ["ENV", "ENV-1", "Energy saved", "", "decimal", "", "NE", "GWh", "", "", "", "", "yes",
     "2025-03-02T10:00:00Z"],
    ["SKL", "SKL-1", "People trained", "sex=female;age=youth", "integer", "1.5", "", "people",
     "", "", "Ünïcödé — 中文", "", "", "2025-03-03T11:15:00Z"],
]  # fmt: skip
GOLDEN_NARRATIVE = [["TEC", "progress", "On track.\nTwo lines."]]
GOLDEN_BYTES = (
    '{"data":['
    '["ENV","ENV-1","Energy saved","","decimal","","NE","GWh","","","","","yes",'
    '"2025-03-02T10:00:00Z"],'
    '["SKL","SKL-1","People trained","sex=female;age=youth","integer","1.5","","people",'
    '"","","Ünïcödé — 中文","","","2025-03-03T11:15:00Z"],'
    '["TEC","TEC-2","Firms supported","","integer","12","","firms","3","40",'
    '"from the \\"survey\\"","Ministry","","2025-03-01T09:30:00Z"]],'
    '"format":"micdesk-submission/1",'
    '"identity":{"country":"KEN","final":"false","period":"2025",'
    '"revision":"2","template_id":"unido-mic-workplan","template_version":"1",'
    '"uuid":"0f8fad5b-d9cb-469f-a165-70867728950e"},'
    '"narrative":[["TEC","progress","On track.\\nTwo lines."]]}'
).encode()
GOLDEN_SHA256 = "14e6adbc1826809b0454f949c79348af8a4eeb78ac4ea224583c5c6913ac2edb"


def test_the_canonical_payload_of_a_known_return_is_exactly_these_bytes():
    assert canonical_payload(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE) == GOLDEN_BYTES


def test_the_sha256_of_a_known_return_is_pinned():
    digest = canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE)
    assert digest == hashlib.sha256(GOLDEN_BYTES).hexdigest() == GOLDEN_SHA256


def test_the_order_of_rows_does_not_change_the_hash_but_their_content_does():
    reordered = canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA[::-1], GOLDEN_NARRATIVE)
    assert reordered == GOLDEN_SHA256
    dropped = canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA[1:], GOLDEN_NARRATIVE)
    assert dropped != GOLDEN_SHA256
    assert canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, []) != GOLDEN_SHA256


cell_texts = st.text(max_size=12)


@given(field=st.sampled_from(IDENTITY_FIELDS), new=cell_texts)
def test_changing_any_one_identity_field_changes_the_hash(field, new):
    changed = {**GOLDEN_IDENTITY, field: new}
    if new == GOLDEN_IDENTITY[field]:
        return
    assert canonical_sha256(changed, GOLDEN_DATA, GOLDEN_NARRATIVE) != GOLDEN_SHA256


@given(
    row=st.integers(0, len(GOLDEN_DATA) - 1),
    column=st.integers(0, len(DATA_COLUMNS) - 1),
    new=cell_texts,
)
def test_changing_any_one_data_cell_changes_the_hash(row, column, new):
    if GOLDEN_DATA[row][column] == new:
        return
    data = [list(r) for r in GOLDEN_DATA]
    data[row][column] = new
    assert canonical_sha256(GOLDEN_IDENTITY, data, GOLDEN_NARRATIVE) != GOLDEN_SHA256


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
)
GOLDEN_QUERIES = [
    ["q-2", "TEC", "TEC-2", "", "", "Why 12?", "", "12", "12", "true", ""],
    ["q-1", "ENV", "ENV-1", "", "", "ENV-1 fell by 40 %", "A plant closed.", "", "",
     "false", "2025-04-01T08:00:00Z"],
]  # fmt: skip


def test_a_return_with_answers_to_queries_adds_them_sorted_after_the_narratives():
    payload = canonical_payload(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE, GOLDEN_QUERIES)
    assert payload == GOLDEN_BYTES[:-1] + (
        b',"queries":['
        b'["q-1","ENV","ENV-1","","","ENV-1 fell by 40 %","A plant closed.","","","false",'
        b'"2025-04-01T08:00:00Z"],'
        b'["q-2","TEC","TEC-2","","","Why 12?","","12","12","true",""]]}'
    )
    assert (
        canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE, GOLDEN_QUERIES)
        == hashlib.sha256(payload).hexdigest()
    )
    assert canonical_payload(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE, []) == GOLDEN_BYTES


@given(
    row=st.integers(0, len(GOLDEN_QUERIES) - 1),
    column=st.integers(0, len(QUERY_COLUMNS) - 1),
    new=cell_texts,
)
def test_changing_any_one_query_cell_changes_the_hash(row, column, new):
    if GOLDEN_QUERIES[row][column] == new:
        return
    queries = [list(r) for r in GOLDEN_QUERIES]
    queries[row][column] = new
    with_queries = canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE, GOLDEN_QUERIES)
    assert canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, GOLDEN_NARRATIVE, queries) != (
        with_queries
    )


@given(column=st.integers(0, len(NARRATIVE_COLUMNS) - 1), new=cell_texts)
def test_changing_any_one_narrative_cell_changes_the_hash(column, new):
    if GOLDEN_NARRATIVE[0][column] == new:
        return
    narrative = [list(GOLDEN_NARRATIVE[0])]
    narrative[0][column] = new
    assert canonical_sha256(GOLDEN_IDENTITY, GOLDEN_DATA, narrative) != GOLDEN_SHA256


# -- the same, on real exported files --------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    """Kenya's 2025 draft with every Data column and a narrative filled."""
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission
    from micdesk.core.template_store import ensure_default_template

    folder = tmp_path_factory.mktemp("hash")
    store = open_store(folder / "store")
    try:
        ensure_default_template(store)
        kenya = open_submission(store, "KEN", "2025")
        save_profile(store, "KEN", focal_point="A. Focal", institution="Ministry", email="a@b.ke")
        set_value(store, kenya, "TEC-2", value=12, comment="from the survey", source="Ministry",
                  follow_up=True)  # fmt: skip
        set_target(store, kenya, "TEC-2", baseline=3, target=40)
        set_value(store, kenya, "ENV-1", value=Decimal("0.1"))
        set_value(store, kenya, "TEC-3", notation=Notation.NOT_ESTIMATED)
        set_value(store, kenya, "SKL-1", "sex=female;age=youth", value=4)
        set_narrative(store, kenya, "TEC", "progress", "On track_x000D_ really.\r\nYes.")
        path = folder / "ken.xlsx"
        export_submission(store, kenya, path)
    finally:
        store.close()
    return path


def _sheet_rows(sheet) -> tuple[list[str], list[list[object]]]:
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return [str(name) for name in rows[0]], [r for r in rows[1:] if any(v is not None for v in r)]


def _as_text(value: object) -> str:
    """A cell as the spec says it is hashed: numbers as exact decimals, None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = format(Decimal(repr(value)), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    return str(value)


def _decode(text: str) -> str:
    import re

    return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def test_an_independent_reading_of_the_spec_gives_the_hash_micdesk_stored(exported):
    """Recomputes the hash as docs/formats/submission.md tells an integrator to."""
    workbook = openpyxl.load_workbook(exported)
    meta = {row[0]: row[1] for row in workbook["_micdesk"].iter_rows(values_only=True) if row[0]}
    identity = {key: _as_text(meta.get(key)) for key in IDENTITY_FIELDS}
    header, rows = _sheet_rows(workbook["Data"])
    data = [[_decode(_as_text(row[header.index(c)])) for c in DATA_COLUMNS] for row in rows]
    header, rows = _sheet_rows(workbook["Narrative"])
    narrative = [[_decode(_as_text(row[header.index(c)])) for c in NARRATIVE_COLUMNS]
                 for row in rows]  # fmt: skip
    payload = {"format": "micdesk-submission/1", "identity": identity,
               "data": sorted(data), "narrative": sorted(narrative)}  # fmt: skip
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == meta["sha256"]
    assert read_submission(exported).intact


def _edited_copy(source: Path, target: Path, sheet: str, find, new: object) -> Path:
    workbook = openpyxl.load_workbook(source)
    worksheet = workbook[sheet]
    find(worksheet).value = new
    workbook.save(target)
    return target


def _meta_value_cell(key: str):
    def find(sheet):
        return next(row[1] for row in sheet.iter_rows() if row[0].value == key)

    return find


def _with_meta_cells(source: Path, target: Path, cells: dict[tuple[int, int], object]) -> Path:
    """A copy with cells of the _micdesk sheet set ((row, column): value; row -1: a new row)."""
    workbook = openpyxl.load_workbook(source)
    sheet = workbook["_micdesk"]
    new_row = sheet.max_row + 1
    for (row, column), value in cells.items():
        sheet.cell(new_row if row == -1 else row, column, value)
    workbook.save(target)
    return target


@pytest.mark.parametrize(
    ("cells", "stray"),
    [
        ({(2, 3): "x"}, 1),  # column C: between a key's value and the exact numbers
        ({(2, 8): "x"}, 1),  # column H: right of the exact numbers (D:G)
        ({(2, 4): "ENV-1", (2, 6): "value", (2, 7): "0.1", (2, 8): "x"}, 1),  # H beside one
        ({(2, 3): "x", (3, 9): 0}, 2),
        ({(-1, 2): "a value without a key"}, 1),
        ({(2, 3): "x", (-1, 2): "a value without a key"}, 2),  # each counted, wherever
        ({(2, 7): "x"}, 0),  # column G is the exact numbers' last
        ({(-1, 1): None, (-1, 2): None}, 0),  # a blank row
    ],
)
def test_a_cell_where_an_export_writes_nothing_makes_the_file_edited(
    exported, tmp_path, cells, stray
):
    read = read_submission(_with_meta_cells(exported, tmp_path / "e.xlsx", cells))
    assert (read.stray_meta_cells, read.intact) == (stray, stray == 0)


def test_an_exact_number_row_without_its_text_is_left_unread_not_a_crash(exported, tmp_path):
    # D:F (code, cell, column) and no G: the row is not an exact number of the file.
    cells = {(2, 4): "ENV-1", (2, 5): "sex=female", (2, 6): "value"}
    read = read_submission(_with_meta_cells(exported, tmp_path / "e.xlsx", cells))
    assert (read.intact, read.stray_meta_cells) == (True, 0)


def test_a_file_whose_format_cell_is_emptied_is_refused_saying_it_names_no_format(
    exported, tmp_path
):
    emptied = _edited_copy(
        exported, tmp_path / "e.xlsx", "_micdesk", _meta_value_cell("format"), None
    )
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(emptied)
    assert (
        str(refused.value) == "e.xlsx: _micdesk!B1: the format is nothing, not micdesk-submission/1"
    )


def test_keys_beyond_the_sixty_fourth_are_not_read_and_make_the_file_edited(exported, tmp_path):
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["_micdesk"]
    keys = sum(1 for (key, *_) in sheet.iter_rows(values_only=True) if key)
    for number in range(64 - keys + 2):
        sheet.append([f"extra_{number}", "x"])
    workbook.save(tmp_path / "e.xlsx")
    read = read_submission(tmp_path / "e.xlsx")
    assert (read.stray_meta_cells, read.intact) == (2, False)


def test_blank_rows_between_the_keys_are_not_counted_as_keys(exported, tmp_path):
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["_micdesk"]
    keys = sum(1 for (key, *_) in sheet.iter_rows(values_only=True) if key)
    row = sheet.max_row
    for number in range(64 - keys):  # up to the 64 keys read, a blank row before each
        row += 2
        sheet.cell(row, 1, f"extra_{number}")
        sheet.cell(row, 2, "x")
    workbook.save(tmp_path / "e.xlsx")
    read = read_submission(tmp_path / "e.xlsx")
    assert (read.stray_meta_cells, read.intact) == (0, True)


def test_an_empty_text_alone_on_a_row_of_the_hidden_sheet_is_neither_key_nor_stray(
    exported, tmp_path
):
    # openpyxl never writes an empty text (<t></t>), another tool may: it reads as '', not
    # as an empty cell, and is then the whole row (a crash once looked for its column B).
    mark = "EMPTY-TEXT-GOES-HERE"
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["_micdesk"]
    sheet.cell(sheet.max_row + 1, 1, mark)
    workbook.save(tmp_path / "marked.xlsx")
    raw = (tmp_path / "marked.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        parts = {
            name: package.read(name).replace(f">{mark}<".encode(), b"><")
            for name in package.namelist()
            if mark.encode() in package.read(name)
        }
    assert parts
    _rewrite_package(raw, tmp_path / "e.xlsx", parts)
    read = read_submission(tmp_path / "e.xlsx")
    assert (read.intact, read.stray_meta_cells) == (True, 0)


@pytest.mark.parametrize("field", IDENTITY_FIELDS)
def test_editing_any_identity_field_in_the_file_makes_it_edited(exported, tmp_path, field):
    current = read_submission(exported)
    new = {"final": "true", "template_version": 2, "revision": 9}.get(field, "XXX")
    assert str(new) != str(getattr(current, field))
    edited = _edited_copy(exported, tmp_path / "e.xlsx", "_micdesk", _meta_value_cell(field), new)
    assert not read_submission(edited).intact


def _data_cell(code: str, column: str):
    def find(sheet):
        header = [cell.value for cell in sheet[1]]
        row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == code)
        return row[header.index(column)]

    return find


EDIT_OF = {  # a new value that the reader still accepts, per column of TEC-2's row (TEC-3: NE)
    "area": "SKL",
    "indicator_code": "TEC-4",
    "indicator_label": "Firms helped",
    "disaggregation": "sex=female",
    "kind": "decimal",
    "value": 13,
    "notation": "NA",
    "unit": "companies",
    "baseline": 4,
    "target": 41,
    "comment": "from the census",
    "source": "Statistics office",
    "follow_up": None,
    "last_changed": "2020-01-01T00:00:00Z",
}


@pytest.mark.parametrize("column", DATA_COLUMNS)
def test_editing_any_data_column_in_the_file_makes_it_edited(exported, tmp_path, column):
    find = _data_cell("TEC-3" if column == "notation" else "TEC-2", column)
    assert find(openpyxl.load_workbook(exported)["Data"]).value != EDIT_OF[column]
    edited = _edited_copy(exported, tmp_path / "e.xlsx", "Data", find, EDIT_OF[column])
    assert not read_submission(edited).intact


@pytest.mark.parametrize("column", NARRATIVE_COLUMNS)
def test_editing_any_narrative_column_in_the_file_makes_it_edited(exported, tmp_path, column):
    new = {"area": "SKL", "field": "challenges", "text": "Behind."}[column]

    def find(sheet):
        header = [cell.value for cell in sheet[1]]
        return sheet.cell(row=2, column=header.index(column) + 1)

    edited = _edited_copy(exported, tmp_path / "e.xlsx", "Narrative", find, new)
    assert not read_submission(edited).intact


def test_sorting_the_data_sheet_is_not_an_edit(exported, tmp_path):
    workbook = openpyxl.load_workbook(exported)
    sheet = workbook["Data"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert len(rows) >= 3
    for row_number, values in enumerate(reversed(rows), start=2):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row_number, column=column).value = value
    workbook.save(tmp_path / "sorted.xlsx")
    assert read_submission(tmp_path / "sorted.xlsx").intact


def test_the_example_in_the_format_description_is_the_pinned_return():
    spec = (Path(__file__).parents[1] / "docs" / "formats" / "submission.md").read_text("utf-8")
    example = spec.split("give this payload (line breaks added here only)\n\n```\n")[1]
    payload = example.split("\n```")[0].replace("\n", "")
    assert payload.encode("utf-8") == GOLDEN_BYTES
    assert f"the SHA-256 `{GOLDEN_SHA256}`" in spec


def test_an_identity_field_left_out_is_hashed_as_empty_text():
    payload = json.loads(canonical_payload({"country": "KEN"}, [], []))
    assert payload["identity"] == {
        "country": "KEN", "period": "", "template_id": "", "template_version": "",
        "uuid": "", "revision": "", "final": "",
    }  # fmt: skip


def test_a_queries_row_is_read_into_its_record_and_hashed_as_it_was_written():
    texts = {column: f"{column} text" for column in QUERY_COLUMNS}
    texts["answer_later"] = ANSWER_LATER_MARK
    row = QueryRow.from_row(texts, 7)
    assert row == QueryRow(
        sheet_row=7,
        query_id="query_id text",
        area="area text",
        indicator_code="indicator_code text",
        cell="disaggregation text",  # the disaggregation column is a record's cell
        field="field text",
        question="question text",
        answer="answer text",
        value_before="value_before text",
        value_after="value_after text",
        answer_later=True,
        answered_at="answered_at text",
    )
    assert row.canonical == tuple(texts[column] for column in QUERY_COLUMNS)


@pytest.mark.parametrize("mark", ["", "no", "YES", "true"])
def test_only_the_answer_later_mark_itself_marks_a_query_to_answer_later(mark):
    texts = dict.fromkeys(QUERY_COLUMNS, "") | {"answer_later": mark}
    row = QueryRow.from_row(texts, 2)
    assert row.answer_later is False
    assert row.canonical[QUERY_COLUMNS.index("answer_later")] == ""


def test_the_disaggregation_column_is_read_into_the_cell_field_and_others_keep_their_name():
    assert [record_field(column) for column in QUERY_COLUMNS] == [
        "query_id", "area", "indicator_code", "cell", "field", "question", "answer",
        "value_before", "value_after", "answer_later", "answered_at",
    ]  # fmt: skip
