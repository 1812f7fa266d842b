"""Every damaged or hostile workbook offered to template import is refused; the store is untouched.

The corpus is ``tests/hostile_workbooks.py`` (generated, nothing downloaded).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.template_store import ensure_default_template
from tests.hostile_workbooks import HostileWorkbook, write_hostile_workbooks

FORMULA = "the cell holds a formula ('{}'): a template holds values only, type the value itself"
CONTENT_REFUSALS = {
    "formulas": ["indicators!D2: " + FORMULA.format("=SUM(1,2)")],
    "external_link": ["indicators!D2: " + FORMULA.format("=[1]Sheet1!A1")],
    "array_formula": ["indicators!D2: " + FORMULA.format("=SUM({1,2})")],
    "data_table_formula": ["indicators!D2: " + FORMULA.format("a data-table formula")],
    "wrong_sheets": [
        "settings: the sheet 'settings' is missing",
        "areas: the sheet 'areas' is missing",
        "indicators: the sheet 'indicators' is missing",
    ],
    "missing_sheet": ["settings: the sheet 'settings' is missing"],
    "control_characters": [
        "indicators!D2: the text contains the control character U+0007, "
        "which a workbook cannot hold: remove it"
    ],
    "long_cells": [
        "indicators!D2: the text is 40,000 characters long, more than the 32,767 "
        "a spreadsheet cell holds"
    ],
}
UNREADABLE_CONTENT = {
    "raw_control_characters": "raw_control_characters.xlsx: the sheet 'indicators' cannot be "
    "read: not well-formed (invalid token)",
}
NAMES = [
    "not_a_zip",
    "truncated_zip",
    "zip_bomb",
    "xml_entity_bomb",
    "external_entity",
    "sheet_entity_bomb",
    "too_many_rows",
    "encrypted",
    "macros",
    "formulas",
    "external_link",
    "wrong_sheets",
    "missing_sheet",
    "control_characters",
    "raw_control_characters",
    "long_cells",
    "encrypted_part",
    "deflate64",
    "corrupt_deflate",
    "non_utf8_name",
    "shared_string_flood",
    "cell_format_flood",
    "big_part",
    "sheet_outside_worksheets",
    "far_column",
    "array_formula",
    "data_table_formula",
    "hidden_macros",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, HostileWorkbook]:
    """The hostile workbooks, written once for the module."""
    return write_hostile_workbooks(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store with the default template."""
    folder = tmp_path_factory.mktemp("data")
    store = open_store(folder)
    ensure_default_template(store)
    store.close()
    return folder


def test_the_corpus_holds_every_case():
    assert sorted(NAMES) == sorted(set(NAMES))
    assert set(CONTENT_REFUSALS) | set(UNREADABLE_CONTENT) <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_workbook_is_refused_and_the_store_file_is_unchanged(
    name, corpus, data_dir, capsys
):
    hostile = corpus[name]
    database = data_dir / DATABASE_FILENAME
    before = database.read_bytes()
    code = main(["--data-dir", str(data_dir), "template", "import", "--yes", str(hostile.path)])
    output = capsys.readouterr().out.splitlines()
    assert code == 1
    if hostile.package_refusal is not None:
        assert len(output) == 1
        assert output[0].startswith(f"{hostile.path.name}: ")
        assert hostile.package_refusal in output[0]
    elif name in UNREADABLE_CONTENT:
        assert len(output) == 1 and output[0].startswith(UNREADABLE_CONTENT[name])
    else:
        assert output[:-1] == CONTENT_REFUSALS[name]
        assert output[-1].endswith("; not imported, nothing was changed")
    assert database.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [DATABASE_FILENAME]
