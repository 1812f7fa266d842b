"""Lineage of carried values: the history, the export's derived_from column, submission check."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from micdesk.cli.main import main
from micdesk.core.crosswalk_lineage import value_lineage
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_format import DATA_COLUMNS
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import open_submission, set_value, value_history
from micdesk.core.template_update import apply_template_import
from tests.redesign_sheets import REDESIGN
from tests.test_crosswalk_import import redesigned_store  # noqa: F401

ENV_LINEAGE = "ENV-1 v1 52.5 t × 0.001 → ENV-1 v2 0.0525 kt (crosswalk row 2)"


def _data_rows(path) -> list[dict]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = list(workbook["Data"].iter_rows(values_only=True))
    workbook.close()
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def test_the_export_names_where_a_carried_value_came_from(redesigned_store, tmp_path):  # noqa: F811
    store, preview = redesigned_store
    apply_template_import(store, preview)
    kenya = open_submission(store, "KEN", "2024", REDESIGN)
    path = tmp_path / "ken.xlsx"

    export_submission(store, kenya, path)

    rows = {(row["indicator_code"], row["disaggregation"] or ""): row for row in _data_rows(path)}
    header = list(rows[("ENV-1", "")])
    assert header == [*DATA_COLUMNS, "derived_from"]  # after the 14 columns, never among them
    assert rows[("ENV-1", "")]["derived_from"] == ENV_LINEAGE
    assert rows[("CNT", "")]["derived_from"] == (
        "CNT-A v1 7 firms + CNT-B v1 4 firms + CNT-C v1 9 firms → CNT v2 20 firms "
        "(crosswalk rows 3, 4, 5)"
    )
    assert rows[("JOBS", "age=y15_35")]["derived_from"].startswith("JOBS[age=y15_24] v1 14 jobs")
    # The reader and submission check know nothing of the column and still read the file.
    read = read_submission(path)
    assert read.country == "KEN" and any(r.indicator_code == "ENV-1" for r in read.rows)
    data_dir = store.data_dir
    store.close()
    assert main(["--data-dir", str(data_dir), "submission", "check", str(path)]) == 0


def test_a_value_changed_after_the_import_is_no_longer_derived(redesigned_store, tmp_path):  # noqa: F811
    store, preview = redesigned_store
    apply_template_import(store, preview)
    kenya = open_submission(store, "KEN", "2024", REDESIGN)
    assert value_lineage(store, kenya.submission_id)[("ENV-1", "")] == ENV_LINEAGE

    set_value(store, kenya, "ENV-1", value=Decimal("0.06"))

    assert ("ENV-1", "") not in value_lineage(store, kenya.submission_id)
    history = value_history(store, kenya, "ENV-1")
    carried = next(entry for entry in history if entry.origin == "crosswalk")
    assert carried.reason == f"template 'redesign' version 2: {ENV_LINEAGE}"


def test_an_export_without_carried_values_has_the_14_columns_only(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "plain.xlsx")
    assert list(_data_rows(tmp_path / "plain.xlsx")[0]) == list(DATA_COLUMNS)


def test_the_window_history_says_the_crosswalk_carried_the_value(qapp, redesigned_store):  # noqa: F811
    from PySide6.QtCore import QLocale

    from micdesk.gui.models import HistoryModel

    store, preview = redesigned_store
    apply_template_import(store, preview)
    kenya = open_submission(store, "KEN", "2024", REDESIGN)
    model = HistoryModel(value_history(store, kenya, "ENV-1"), QLocale("en"))
    last = model.rowCount() - 1
    texts = [model.data(model.index(last, column)) for column in range(model.columnCount())]
    assert texts[1:] == [
        "Value",
        "52.5",
        "0.0525",
        f"template 'redesign' version 2: {ENV_LINEAGE}",
        "Template update (crosswalk)",
    ]
