"""Hostile and damaged workbooks offered as submissions: refused clearly, the store untouched."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import openpyxl
import pytest
from hostile_workbooks import write_hostile_workbooks

from micdesk.core.submission_export import export_submission
from micdesk.core.submission_load import apply_submission_load, plan_submission_load
from micdesk.core.submission_reader import UnreadableSubmission, read_submission
from micdesk.core.submissions import set_value

CASES = (
    "not_a_zip", "truncated_zip", "zip_bomb", "xml_entity_bomb", "external_entity",
    "sheet_entity_bomb", "too_many_rows", "encrypted", "macros", "formulas", "external_link",
    "wrong_sheets", "missing_sheet", "control_characters", "raw_control_characters",
    "long_cells", "encrypted_part", "deflate64", "corrupt_deflate", "non_utf8_name",
    "shared_string_flood", "cell_format_flood", "big_part", "sheet_outside_worksheets",
    "far_column", "array_formula", "data_table_formula", "hidden_macros",
)  # fmt: skip


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """Every hostile case, built from a real exported submission (bad content in Data!F2)."""
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission
    from micdesk.core.template_store import ensure_default_template

    folder = tmp_path_factory.mktemp("hostile-submissions")
    store = open_store(folder / "source")
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=5, comment="fine")
    export_submission(store, submission, folder / "valid.xlsx")
    store.close()
    workbook = openpyxl.load_workbook(folder / "valid.xlsx")
    base = {
        name: [[cell.value for cell in row] for row in workbook[name].iter_rows()]
        for name in ("Cover", "Data", "Narrative", "_micdesk")
    }
    return write_hostile_workbooks(folder / "cases", base=base, target=("Data", "F2"))


def _fingerprint(store) -> str:
    return hashlib.sha256(Path(store.database_path).read_bytes()).hexdigest()


def test_the_corpus_has_every_case(corpus):
    assert set(CASES) <= set(corpus)


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_workbook_is_refused_clearly_and_changes_nothing(corpus, store, name):
    hostile = corpus[name]
    before = _fingerprint(store)
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(hostile.path)
    message = str(refused.value)
    assert message.startswith(hostile.path.name), message
    if hostile.package_refusal:
        assert hostile.package_refusal in message
    assert _fingerprint(store) == before


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("formulas", "Data!F2: the cell holds a formula"),
        ("array_formula", "Data!F2: the cell holds a formula ('=SUM({1,2})')"),
        ("data_table_formula", "Data!F2: the cell holds a formula"),
        ("control_characters", "Data!F2: holds a control character (U+0007)"),
        ("long_cells", "Data!F2: 40,000 characters"),
        ("missing_sheet", "Cover: the sheet is missing"),
    ],
)
def test_bad_content_is_located_by_sheet_and_cell(corpus, name, where):
    with pytest.raises(UnreadableSubmission, match=re.escape(where)):
        read_submission(corpus[name].path)


@pytest.mark.parametrize("sheet", ["Cover", "Data", "Narrative"])
def test_each_sheet_of_the_format_left_out_is_named_as_missing(corpus, tmp_path, sheet):
    workbook = openpyxl.load_workbook(corpus["formulas"].path.parent.parent / "valid.xlsx")
    workbook.remove(workbook[sheet])
    workbook.save(tmp_path / "return.xlsx")
    with pytest.raises(UnreadableSubmission) as refused:
        read_submission(tmp_path / "return.xlsx")
    assert str(refused.value) == (
        f"return.xlsx: {sheet}: the sheet is missing: this is not a micdesk-submission/1 "
        "workbook exported by micdesk"
    )


def test_the_valid_base_of_the_corpus_still_loads(corpus, store):
    # The cases differ from a readable submission only by what the corpus put in them.
    folder = corpus["formulas"].path.parent.parent
    plan = plan_submission_load(store, read_submission(folder / "valid.xlsx"))
    assert apply_submission_load(store, plan, {}).values_written == 1
