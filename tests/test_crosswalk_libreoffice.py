"""The redesign authored in LibreOffice passes ``template check`` and imports (issue 17).

``tests/fixtures/crosswalk_libreoffice.xlsx`` is ``tests/redesign_sheets.version_two()``
written with openpyxl and saved again by LibreOffice (``soffice --headless
--convert-to xlsx``), made by ``make_crosswalk_fixture()`` below::

    python -c "from tests.test_crosswalk_libreoffice import make_crosswalk_fixture as m; m()"
"""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

from micdesk.cli.main import main
from micdesk.core.store import open_store
from micdesk.core.submissions import list_values, open_submission, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.template_update import apply_template_import, preview_template_import
from micdesk.core.template_workbook import read_template_workbook
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import REDESIGN, version_one, version_two
from tests.test_template_workbook import resave_with_libreoffice

FIXTURE = Path(__file__).with_name("fixtures") / "crosswalk_libreoffice.xlsx"


def make_crosswalk_fixture(target: Path = FIXTURE) -> None:
    """Write version 2 of the redesign with openpyxl and re-save it with LibreOffice."""
    with tempfile.TemporaryDirectory() as scratch:
        source = write_sheets(Path(scratch) / "crosswalk_libreoffice.xlsx", version_two())
        saved = resave_with_libreoffice(source, Path(scratch) / "out")
        shutil.copy(saved, target)


def _store_with_version_one(folder: Path, tmp_path: Path) -> None:
    store = open_store(folder)
    try:
        ensure_default_template(store)
        v1 = write_sheets(tmp_path / "v1.xlsx", version_one())
        apply_template_import(store, preview_template_import(store, v1))
        kenya = open_submission(store, "KEN", "2025", REDESIGN)
        set_value(store, kenya, "ENV-1", value=Decimal("12.5"))
        set_value(store, kenya, "WASTE", value=10)
    finally:
        store.close()


def test_the_libreoffice_redesign_reads_like_the_one_it_was_made_from(tmp_path):
    previous = read_template_workbook(write_sheets(tmp_path / "v1.xlsx", version_one()))
    made_from = write_sheets(tmp_path / "v2.xlsx", version_two())

    saved = read_template_workbook(FIXTURE, previous=previous)

    assert saved == read_template_workbook(made_from, previous=previous)
    assert len(saved.crosswalk) == 11
    assert saved.crosswalk[0].factor == Decimal("0.001")


def test_the_libreoffice_redesign_passes_template_check_and_imports(tmp_path, capsys):
    folder = tmp_path / "data"
    _store_with_version_one(folder, tmp_path)

    assert main(["--data-dir", str(folder), "template", "check", str(FIXTURE)]) == 0
    assert main(["--data-dir", str(folder), "template", "import", "--yes", str(FIXTURE)]) == 0

    out = capsys.readouterr().out
    assert "valid template 'redesign' version 2" in out
    assert "converted: ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt (crosswalk row 2)" in out
    assert "Crosswalk: 3 values carried, 0 of them flagged for review." in out
    store = open_store(folder)
    try:
        values = list_values(store, open_submission(store, "KEN", "2025", REDESIGN))
    finally:
        store.close()
    assert values[("ENV-1", "")].value == Decimal("0.0125")
    assert (values[("WASTE-H", "")].value, values[("WASTE-I", "")].value) == (4, 6)
