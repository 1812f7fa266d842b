"""Exporting the micdesk-submission/1 workbook (docs/design.md §4)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from micdesk.core.model import SubmissionExport
from micdesk.core.submission_export import (
    CellTooLong,
    FinalExportRefused,
    export_submission,
)
from micdesk.core.submission_format import DATA_COLUMNS
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import (
    open_submission,
    save_profile,
    set_narrative,
    set_value,
    submission_status,
    validate_submission,
)
from micdesk.core.targets import set_target
from micdesk.core.validation import Rule
from micdesk.core.vocabulary import Notation

ALL_REQUIRED = {
    "TEC-1": True,
    "TEC-2": 4,
    "TEC-3": 5,
    "TEC-4": 1,
    "SKL-2": 7,
    "ENV-1": Decimal("12.5"),
    "ENV-2": Decimal("3"),
    "ENV-3": Decimal("0.25"),
}


def _fill_everything(store, submission) -> None:
    for code, value in ALL_REQUIRED.items():
        set_value(store, submission, code, value=value)
    set_value(store, submission, "SKL-1", value=10)
    for cell, number in [
        ("sex=female;age=youth", 1),
        ("sex=female;age=adult", 2),
        ("sex=male;age=youth", 3),
        ("sex=male;age=adult", 4),
    ]:
        set_value(store, submission, "SKL-1", cell, value=number)


def _data_rows(path: Path) -> list[dict[str, object]]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    return [
        {name: cell for name, cell in zip(header, row, strict=False)}
        for row in sheet.iter_rows(min_row=2)
    ]


def _row_of(path: Path, code: str, cell: str = "") -> dict[str, object]:
    for row in _data_rows(path):
        if row["indicator_code"].value == code and (row["disaggregation"].value or "") == cell:
            return row
    raise AssertionError(f"{code} [{cell}] not in the Data sheet")


def test_export_writes_every_sheet_and_hides_the_machine_sheet(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    path = tmp_path / "ken-2025.xlsx"
    export_submission(store, submission, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:3] == ["Cover", "Data", "Narrative"]
    assert {"TEC", "SKL", "ENV", "_micdesk"} <= set(workbook.sheetnames)
    assert workbook["_micdesk"].sheet_state == "hidden"
    data = workbook["Data"]
    assert [cell.value for cell in data[1]] == list(DATA_COLUMNS)
    assert data.freeze_panes == "A2"
    assert data.auto_filter.ref == f"A1:N{data.max_row}"


def test_numbers_are_number_cells_and_text_is_text(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=42)
    set_value(store, submission, "ENV-1", value=Decimal("12.345"))
    set_value(store, submission, "TEC-1", value=True)
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    integer = _row_of(path, "TEC-2")["value"]
    decimal = _row_of(path, "ENV-1")["value"]
    yes = _row_of(path, "TEC-1")["value"]
    assert (integer.data_type, integer.value, integer.number_format) == ("n", 42, "#,##0")
    assert (decimal.data_type, decimal.value, decimal.number_format) == ("n", 12.345, "#,##0.000")
    assert (yes.data_type, yes.value) == ("s", "yes")


def test_a_notation_key_is_exported_as_the_key_never_as_zero(store, submission, tmp_path):
    set_value(store, submission, "TEC-3", notation=Notation.CONFIDENTIAL)
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    row = _row_of(path, "TEC-3")
    assert row["value"].value is None
    assert row["notation"].value == "C"


def test_untouched_cells_get_no_data_row(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=1)
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    assert [row["indicator_code"].value for row in _data_rows(path)] == ["TEC-2"]


def test_text_that_looks_like_a_formula_stays_text(store, submission, tmp_path):
    risky = ["=1+1", "+44 20", "-x", "@SUM(A1)", "\t=cmd", "\r=2", "#N/A"]
    for code, text in zip(
        ["TEC-2", "TEC-3", "TEC-4", "SKL-2", "ENV-1", "ENV-2", "ENV-3"], risky, strict=True
    ):
        set_value(store, submission, code, comment=text)
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    for row in _data_rows(path):
        assert row["comment"].data_type == "s"
    assert sorted(row.comment for row in read_submission(path).rows) == sorted(risky)


def test_control_characters_are_removed_and_reported(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=1, comment="bad\x00 \x07bell")
    path = tmp_path / "out.xlsx"
    result = export_submission(store, submission, path)
    assert [str(r) for r in result.removed_characters] == [
        "Data row 2 (TEC-2) comment: 2 control character(s) removed"
    ]
    assert read_submission(path).rows[0].comment == "bad bell"


def test_a_cell_over_the_excel_limit_is_refused_before_anything_is_written(
    store, submission, tmp_path
):
    set_value(store, submission, "TEC-2", value=1, comment="x" * 32_768)
    path = tmp_path / "out.xlsx"
    with pytest.raises(CellTooLong, match=r"Data row 2 \(TEC-2\) comment: 32,768 characters"):
        export_submission(store, submission, path)
    assert list(tmp_path.iterdir()) == [tmp_path / "store"]
    assert submission_status(store, submission)[1] == 0


def test_each_export_gets_a_new_uuid_and_the_next_revision(store, submission, tmp_path):
    first = export_submission(store, submission, tmp_path / "a.xlsx")
    second = export_submission(store, submission, tmp_path / "b.xlsx")
    assert (first.revision, second.revision) == (1, 2)
    assert first.uuid != second.uuid
    status, revision = submission_status(store, submission)
    assert (status.value, revision) == ("exported", 2)
    with store.read() as session:
        rows = session.scalars(select(SubmissionExport).order_by(SubmissionExport.revision)).all()
        assert [(r.revision, r.uuid, r.sha256) for r in rows] == [
            (1, first.uuid, first.sha256),
            (2, second.uuid, second.sha256),
        ]
    assert read_submission(tmp_path / "b.xlsx").revision == 2


def test_an_edit_after_export_reopens_the_submission_as_draft(store, submission, tmp_path):
    export_submission(store, submission, tmp_path / "a.xlsx")
    set_value(store, submission, "TEC-2", comment="later")
    assert submission_status(store, submission)[0].value == "draft"


def test_final_export_is_refused_with_hard_errors(store, submission, tmp_path):
    _fill_everything(store, submission)
    set_value(store, submission, "ENV-1", value=Decimal("-1"))
    with pytest.raises(FinalExportRefused) as refused:
        export_submission(store, submission, tmp_path / "final.xlsx", final=True)
    assert [f.rule for f in refused.value.problems] == [Rule.BELOW_MINIMUM]
    assert "ENV-1: -1 is below the minimum 0" in str(refused.value)
    assert not (tmp_path / "final.xlsx").exists()


def test_final_export_is_refused_with_a_warning_without_comment(store, submission, tmp_path):
    _fill_everything(store, submission)
    set_value(store, submission, "TEC-4", value=None)
    with pytest.raises(FinalExportRefused) as refused:
        export_submission(store, submission, tmp_path / "final.xlsx", final=True)
    assert [(f.rule, f.indicator_code) for f in refused.value.problems] == [
        (Rule.REQUIRED_MISSING, "TEC-4")
    ]


def test_final_export_passes_once_every_warning_has_a_comment(store, submission, tmp_path):
    _fill_everything(store, submission)
    set_value(store, submission, "TEC-4", value=None, comment="the survey is late")
    result = export_submission(store, submission, tmp_path / "final.xlsx", final=True)
    read = read_submission(tmp_path / "final.xlsx")
    assert result.final and read.final and read.intact
    cover = openpyxl.load_workbook(tmp_path / "final.xlsx")["Cover"]
    assert cover["B2"].value.startswith("FINAL")


def test_a_draft_cover_says_draft_and_lists_open_problems(store, submission, tmp_path):
    save_profile(store, "KEN", focal_point="Amina", institution="Ministry", email="a@example.org")
    set_value(store, submission, "ENV-1", value=Decimal("-1"))
    path = tmp_path / "draft.xlsx"
    export_submission(store, submission, path)
    cover = openpyxl.load_workbook(path)["Cover"]
    texts = {row[0].value: row[1].value for row in cover.iter_rows() if len(row) > 1}
    assert cover["B2"].value.startswith("DRAFT")
    assert texts["Focal point"] == "Amina" and texts["E-mail"] == "a@example.org"
    assert texts["error: ENV-1"] == "-1 is below the minimum 0"
    assert texts["SHA-256 of the data"] == read_submission(path).stored_sha256


def test_baseline_target_and_narrative_are_exported(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    set_target(store, submission, "TEC-2", baseline=2, target=9)
    set_narrative(store, submission, "TEC", "progress", "Good year.")
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    row = _row_of(path, "TEC-2")
    assert (row["baseline"].value, row["target"].value) == (2, 9)
    narrative = openpyxl.load_workbook(path)["Narrative"]
    assert [c.value for c in narrative[2]] == ["TEC", "progress", "Good year."]


def test_labels_follow_the_chosen_language_with_fallback(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=5)
    path = tmp_path / "fr.xlsx"
    export_submission(store, submission, path, language="fr")
    assert _row_of(path, "TEC-2")["indicator_label"].value.startswith("Nombre de nouvelles")
    export_submission(store, submission, tmp_path / "xx.xlsx", language="xx")
    assert _row_of(tmp_path / "xx.xlsx", "TEC-2")["indicator_label"].value.startswith("Number")


def test_area_sheets_lay_out_every_indicator_for_printing(store, submission, tmp_path):
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=3)
    path = tmp_path / "out.xlsx"
    export_submission(store, submission, path)
    sheet = openpyxl.load_workbook(path)["SKL"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(rows, start=1) if row[0] == "Code")
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage
    codes = [row[0] for row in rows[header:] if row[0] in ("SKL-1", "SKL-2")]
    assert codes == ["SKL-1", "SKL-2"]
    assert ["Women, Youth (15–24)", 3] in [[row[2], row[3]] for row in rows]


def test_a_crash_while_saving_leaves_the_previous_file_intact(
    store, submission, tmp_path, monkeypatch
):
    path = tmp_path / "out" / "ken.xlsx"
    first = export_submission(store, submission, path)
    before = path.read_bytes()
    set_value(store, submission, "TEC-2", value=8)

    from micdesk.core import submission_export as exporting

    original_save = exporting.save_workbook

    def crash(workbook, filename):
        original_save(workbook, filename)
        written = Path(filename).read_bytes()
        Path(filename).write_bytes(written[: len(written) // 2])
        raise OSError("disk full")

    monkeypatch.setattr(exporting, "save_workbook", crash)
    with pytest.raises(OSError, match="disk full"):
        export_submission(store, submission, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["ken.xlsx"]
    assert submission_status(store, submission)[1] == first.revision


def test_a_crash_on_a_first_export_leaves_no_file_under_the_final_name(
    store, submission, tmp_path, monkeypatch
):
    from micdesk.core import submission_export as exporting

    original_save = exporting.save_workbook

    def crash(workbook, filename):
        original_save(workbook, filename)
        Path(filename).write_bytes(Path(filename).read_bytes()[:100])
        raise OSError("power cut")

    monkeypatch.setattr(exporting, "save_workbook", crash)
    with pytest.raises(OSError):
        export_submission(store, submission, tmp_path / "new.xlsx")
    assert not (tmp_path / "new.xlsx").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["store"]


def test_archived_values_are_exported_only_on_request(store, submission, tmp_path):
    from micdesk.core.model import IndicatorValue

    set_value(store, submission, "TEC-2", value=5)
    with store.transaction() as session:
        session.add(
            IndicatorValue(
                submission_fk=submission.submission_id,
                indicator_code="OLD-1",
                cell="",
                value="17",
                archived=True,
            )
        )
    export_submission(store, submission, tmp_path / "plain.xlsx")
    export_submission(store, submission, tmp_path / "all.xlsx", include_archived=True)
    assert [r.indicator_code for r in read_submission(tmp_path / "plain.xlsx").rows] == ["TEC-2"]
    archived = read_submission(tmp_path / "all.xlsx").rows[-1]
    assert (archived.indicator_code, archived.kind, archived.value) == ("OLD-1", None, "17")


def test_progress_is_reported_to_the_end(store, submission, tmp_path):
    calls = []
    export_submission(
        store, submission, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t))
    )
    assert calls[-1][0] == calls[-1][1] and len(calls) >= 4


def test_another_submission_does_not_leak_into_the_export(store, submission, tmp_path):
    other = open_submission(store, "GHA", "2025")
    set_value(store, other, "TEC-2", value=99)
    set_value(store, submission, "TEC-2", value=1)
    export_submission(store, submission, tmp_path / "ken.xlsx")
    assert [r.value for r in read_submission(tmp_path / "ken.xlsx").rows] == [1]


def test_a_progress_callback_that_cancels_writes_nothing(store, submission, tmp_path):
    def cancel(done, total):
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_submission(store, submission, tmp_path / "cancelled.xlsx", progress=cancel)
    assert not (tmp_path / "cancelled.xlsx").exists()
    assert submission_status(store, submission)[1] == 0


def test_an_export_checks_each_total_against_the_previous_periods_total_only(
    store, submission, tmp_path
):
    previous = open_submission(store, "KEN", "2024")
    set_value(store, previous, "ENV-1", value=Decimal("50"))  # cumulative: 40 is a decrease
    set_value(store, previous, "TEC-3", value=10)  # 31 is over three times 10
    set_value(store, previous, "TEC-2", value=1, notation=None)
    set_value(store, previous, "SKL-1", "sex=female;age=youth", value=1)  # a cell: not compared
    set_value(store, submission, "ENV-1", value=Decimal("40"))
    set_value(store, submission, "TEC-3", value=31)
    set_value(store, submission, "SKL-1", value=10)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=9)
    result = export_submission(store, submission, tmp_path / "ken.xlsx")
    rules = {(finding.indicator_code, finding.rule) for finding in result.findings}
    assert ("ENV-1", Rule.CUMULATIVE_DECREASED) in rules
    assert ("TEC-3", Rule.SUDDEN_INCREASE) in rules
    assert ("SKL-1", Rule.SUDDEN_INCREASE) not in rules
    assert list(result.findings) == validate_submission(store, submission)
