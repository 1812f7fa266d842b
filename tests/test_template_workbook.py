"""Reading, checking and writing the ``micdesk-template/1`` workbook (docs/design.md §3).

Workbooks are written the way an author's Excel writes them (openpyxl, plain
cells). Two fixtures were saved by LibreOffice, so its quirks are covered too:
``tests/fixtures/template_libreoffice.xlsx`` (a valid version 2 of the sample
template) and ``tests/fixtures/template_libreoffice_problems.xlsx`` (the same with
mistakes). They were made by ``make_libreoffice_fixtures()`` below, which writes
the sources with openpyxl and re-saves them with
``soffice --headless --convert-to xlsx --outdir <folder> <source>``::

    python -c "from tests.test_template_workbook import make_libreoffice_fixtures as m; m()"
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from micdesk.core.template_checker import TemplateProblems
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_workbook import (
    LISTS_SHEET,
    read_template_workbook,
    write_template_workbook,
)
from micdesk.core.vocabulary import IndicatorKind, Periodicity
from micdesk.core.workplan import ChoiceOption
from tests.hostile_workbooks import Rows, sample_template_sheets, write_sheets

FIXTURES = Path(__file__).with_name("fixtures")
KINDS = "integer, decimal, percent, text, choice, multi_choice, yes_no"


def edit(sheets: dict[str, Rows], sheet: str, key: str, header: str, value: Any) -> None:
    """Set the cell of a header in the first row holding ``key`` in one of its first cells."""
    rows = sheets[sheet]
    column = rows[0].index(header)
    row = next(r for r in rows[1:] if key in r[:3])
    row[column] = value


def drop_column(sheets: dict[str, Rows], sheet: str, header: str) -> None:
    """Remove a column from a sheet."""
    column = sheets[sheet][0].index(header)
    for row in sheets[sheet]:
        del row[column]


def problems_of(tmp_path: Path, sheets: dict[str, Rows], **kwargs: Any) -> list[str]:
    """Write the sheets as a workbook, read it, and return every problem as text."""
    path = write_sheets(tmp_path / "template.xlsx", sheets)
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(path, **kwargs)
    return [str(problem) for problem in refused.value.problems]


# Reading -----------------------------------------------------------------------------


def test_an_authors_workbook_reads_into_the_template_it_describes(tmp_path):
    template = read_template_workbook(write_sheets(tmp_path / "t.xlsx", sample_template_sheets()))
    assert (template.template_id, template.version) == ("sample-plan", 1)
    assert template.periodicity == Periodicity.ANNUAL
    assert template.title == {"en": "Sample work plan", "fr": "Plan de travail"}
    assert [a.code for a in template.areas] == ["TEC", "SKL"]
    assert template.area("TEC").tools == {"en": "Industrial modernization\nQuality"}
    firms = template.indicator("FIRMS")
    assert firms.kind == IndicatorKind.INTEGER
    assert (firms.min_value, firms.max_value) == (Decimal(0), Decimal(1000))
    assert firms.required and firms.cumulative
    assert firms.hint == {"en": "Count each firm once"}
    assert template.choices_of(template.indicator("LEVEL")) == (
        ChoiceOption("low", {"en": "Low", "fr": "Faible"}),
        ChoiceOption("high", {"en": "High", "fr": "Élevé"}),
    )
    assert template.cells_of(template.indicator("TRAINED"))[1:] == [
        "sex=female;age=youth",
        "sex=female;age=adult",
        "sex=male;age=youth",
        "sex=male;age=adult",
    ]


def test_sheet_names_and_headers_are_case_insensitive_and_unknown_sheets_are_ignored(tmp_path):
    sheets = sample_template_sheets()
    renamed = {"Settings": sheets["settings"], "AREAS": sheets["areas"]}
    renamed["Indicators"] = [
        [h.upper() for h in sheets["indicators"][0]],
        *sheets["indicators"][1:],
    ]
    renamed["Notes for translators"] = [["=NOT A TEMPLATE SHEET"], ["anything"]]
    renamed["choices"] = sheets["choices"]
    renamed["disaggregations"] = sheets["disaggregations"]
    template = read_template_workbook(write_sheets(tmp_path / "t.xlsx", renamed))
    assert template.indicator("FIRMS").label == {"en": "Firms supported", "fr": "Entreprises"}


def test_a_choice_kind_without_a_choice_list_is_refused_with_its_cell(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LEVEL", "choices", None)
    assert problems_of(tmp_path, sheets) == [
        "indicators!N5: kind 'choice' needs a choice list in the choices column"
    ]


def test_a_choice_list_that_does_not_exist_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LEVEL", "choices", "grades")
    assert problems_of(tmp_path, sheets) == [
        "indicators!N5: the choice list 'grades' does not exist on the choices sheet"
    ]


def test_a_disaggregation_that_is_not_defined_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "TRAINED", "disaggregation", "sex_only")
    assert problems_of(tmp_path, sheets) == [
        "indicators!M7: the disaggregation 'sex_only' is not defined on the disaggregations sheet"
    ]


def test_an_indicator_in_an_area_that_does_not_exist_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "area", "ENV")
    assert problems_of(tmp_path, sheets) == [
        "indicators!B3: unknown area 'ENV': it is not on the areas sheet"
    ]


def test_a_label_missing_in_the_default_language_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "label::en", None)
    assert problems_of(tmp_path, sheets) == [
        "indicators!D3: Indicator 'LABS' has no label in the default language 'en'"
    ]


def test_a_missing_default_language_column_says_which_column_to_add(tmp_path):
    sheets = sample_template_sheets()
    drop_column(sheets, "areas", "title::en")
    hint = "(add a column 'title::en')"
    assert problems_of(tmp_path, sheets) == [
        f"areas!E2: Area 'TEC' has no title in the default language 'en' {hint}",
        f"areas!E3: Area 'SKL' has no title in the default language 'en' {hint}",
    ]


def test_a_non_numeric_minimum_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "min", "none")
    assert problems_of(tmp_path, sheets) == ["indicators!J2: min 'none' is not a number"]


def test_a_minimum_above_the_maximum_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "min", 2000)
    assert problems_of(tmp_path, sheets) == ["indicators!J2: min 2000 is greater than max 1000"]


def test_a_version_not_above_the_installed_one_is_refused(tmp_path):
    assert problems_of(tmp_path, sample_template_sheets(), installed_version=1) == [
        "settings!B2: version 1 is not above the installed version 1 of 'sample-plan'"
    ]


def test_duplicate_indicator_codes_are_refused_pointing_at_the_first(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "NOTE", "code", "LABS")
    assert problems_of(tmp_path, sheets) == [
        "indicators!A8: duplicate indicator code 'LABS' (first in A3)"
    ]


def test_duplicate_area_codes_are_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "areas", "SKL", "code", "TEC")
    assert "areas!A3: duplicate area code 'TEC' (first in A2)" in problems_of(tmp_path, sheets)


def test_a_template_without_indicators_is_refused(tmp_path):
    sheets = sample_template_sheets()
    sheets["indicators"] = sheets["indicators"][:1]
    assert problems_of(tmp_path, sheets) == ["indicators!A2: the template has no indicators"]


def test_a_missing_sheet_is_refused(tmp_path):
    sheets = sample_template_sheets()
    del sheets["areas"]
    assert problems_of(tmp_path, sheets) == ["areas: the sheet 'areas' is missing"]


def test_a_missing_column_is_refused_at_the_header_row(tmp_path):
    sheets = sample_template_sheets()
    drop_column(sheets, "indicators", "kind")
    assert problems_of(tmp_path, sheets) == ["indicators!O1: the column 'kind' is missing"]


def test_a_column_given_twice_is_refused(tmp_path):
    sheets = sample_template_sheets()
    for row in sheets["indicators"]:
        row.append(row[sheets["indicators"][0].index("unit")])
    assert problems_of(tmp_path, sheets) == [
        "indicators!P1: the column 'unit' appears twice (first in column H)"
    ]


def test_a_malformed_code_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "code", "1 firm")
    assert problems_of(tmp_path, sheets) == [
        "indicators!A2: Indicator code '1 firm' is malformed: use letters, digits, '-', '_' or "
        "'.', starting with a letter (at most 50 characters)"
    ]


def test_an_unknown_kind_is_refused_listing_the_kinds(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "FIRMS", "kind", "number")
    assert problems_of(tmp_path, sheets) == [
        f"indicators!G2: unknown kind 'number': use one of {KINDS}"
    ]


def test_a_formula_in_any_cell_is_refused_once_with_its_location(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "settings", "sample-plan", "title::en", "=A1")
    edit(sheets, "areas", "SKL", "order", "=1+1")
    message = "the cell holds a formula ('{}'): a template holds values only, type the value itself"
    assert problems_of(tmp_path, sheets) == [
        "settings!F2: " + message.format("=A1"),
        "areas!B3: " + message.format("=1+1"),
    ]


def test_a_replaces_that_is_not_a_code_is_refused(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "replaces", "old labs")
    assert problems_of(tmp_path, sheets) == [
        "indicators!O3: replaces 'old labs' is malformed: use letters, digits, '-', '_' or "
        "'.', starting with a letter (at most 50 characters)"
    ]


def test_every_problem_is_reported_at_once_sheet_by_sheet_top_to_bottom(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "NOTE", "kind", "memo")
    edit(sheets, "indicators", "FIRMS", "max", "lots")
    edit(sheets, "settings", "sample-plan", "periodicity", "monthly")
    edit(sheets, "choices", "high", "label::en", None)
    assert problems_of(tmp_path, sheets) == [
        "settings!E2: periodicity 'monthly' must be 'annual' or 'semiannual'",
        "indicators!K2: max 'lots' is not a number",
        f"indicators!G8: unknown kind 'memo': use one of {KINDS}",
        "choices!C3: Choice 'high' has no label in the default language 'en'",
    ]


# Writing -----------------------------------------------------------------------------


def test_blank_of_the_default_template_reads_back_equal(tmp_path):
    installed = load_default_template()
    write_template_workbook(installed, tmp_path / "blank.xlsx")
    assert read_template_workbook(tmp_path / "blank.xlsx") == installed


def test_blank_of_a_template_with_lists_and_limits_reads_back_equal(tmp_path):
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "SHARE", "min", 0.5)
    edit(sheets, "indicators", "SHARE", "max", "99.123456789012345678")
    template = read_template_workbook(write_sheets(tmp_path / "authored.xlsx", sheets))
    write_template_workbook(template, tmp_path / "blank.xlsx")
    again = read_template_workbook(tmp_path / "blank.xlsx")
    assert again == template
    assert again.indicator("SHARE").max_value == Decimal("99.123456789012345678")


def test_blank_has_bold_frozen_headers_sized_columns_and_wrapped_long_texts(tmp_path):
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "blank.xlsx")
    assert workbook.sheetnames[:5] == [
        "settings",
        "areas",
        "indicators",
        "choices",
        "disaggregations",
    ]
    areas = workbook["areas"]
    assert all(cell.font.bold for cell in areas[1])
    assert areas.freeze_panes == "B2"
    assert workbook["settings"].freeze_panes == "A2"
    tools = [c.column_letter for c in areas[1] if c.value == "tools::en"][0]
    assert areas.column_dimensions[tools].width == 60
    assert areas[f"{tools}2"].alignment.wrap_text
    code_width = areas.column_dimensions["A"].width
    assert 8 <= code_width < 20


def test_blank_offers_drop_down_lists_for_the_indicator_columns(tmp_path):
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "blank.xlsx")
    indicators = workbook["indicators"]
    letter = {cell.value: cell.column_letter for cell in indicators[1]}
    lists = {
        str(validation.sqref).split(":")[0]: validation.formula1
        for validation in indicators.data_validations.dataValidation
    }
    assert lists[f"{letter['kind']}2"] == f'"{KINDS.replace(", ", ",")}"'
    assert lists[f"{letter['required']}2"] == '"yes,no"'
    assert lists[f"{letter['cumulative']}2"] == '"yes,no"'
    assert lists[f"{letter['area']}2"] == "areas!$A$2:$A$2000"
    assert lists[f"{letter['disaggregation']}2"] == f"{LISTS_SHEET}!$A$2:$A$2"
    assert lists[f"{letter['choices']}2"] == f"{LISTS_SHEET}!$B$2:$B$2"
    assert workbook[LISTS_SHEET].sheet_state == "hidden"
    assert workbook[LISTS_SHEET]["A2"].value == "sex_age"


def test_blank_leaves_no_temporary_file_beside_it(tmp_path):
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["blank.xlsx"]


# Saved by LibreOffice ----------------------------------------------------------------


def libreoffice_sources() -> dict[str, dict[str, Rows]]:
    """The sheets the LibreOffice fixtures were made from."""
    valid = sample_template_sheets(version=2)
    edit(valid, "indicators", "LABS", "max", 12.5)
    edit(valid, "indicators", "NOTE", "label::en", "Remarks\non two lines")
    problems = sample_template_sheets(version=2)
    edit(problems, "indicators", "FIRMS", "min", 5000)
    edit(problems, "indicators", "LEVEL", "choices", None)
    edit(problems, "indicators", "LABS", "area", "ENV")
    return {"template_libreoffice": valid, "template_libreoffice_problems": problems}


def resave_with_libreoffice(source: Path, folder: Path) -> Path:
    """Open a workbook in LibreOffice and save it again as .xlsx into ``folder``."""
    with tempfile.TemporaryDirectory() as profile:
        # A private profile: another soffice running on the machine would otherwise
        # hold the profile lock and the conversion would silently do nothing.
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(folder),
                str(source),
            ],
            check=True,
            capture_output=True,
        )
    return Path(folder) / f"{source.stem}.xlsx"


def make_libreoffice_fixtures(folder: Path = FIXTURES) -> None:
    """Write the sources with openpyxl and re-save them with LibreOffice into ``folder``."""
    with tempfile.TemporaryDirectory() as scratch:
        for name, sheets in libreoffice_sources().items():
            source = write_sheets(Path(scratch) / f"{name}.xlsx", sheets)
            saved = resave_with_libreoffice(source, Path(scratch) / "out")
            shutil.copy(saved, Path(folder) / f"{name}.xlsx")


def test_a_workbook_saved_by_libreoffice_reads_like_the_one_it_was_made_from(tmp_path):
    source = libreoffice_sources()["template_libreoffice"]
    expected = read_template_workbook(write_sheets(tmp_path / "source.xlsx", source))
    saved = read_template_workbook(FIXTURES / "template_libreoffice.xlsx")
    assert saved == expected
    assert saved.indicator("LABS").max_value == Decimal("12.5")
    assert saved.indicator("NOTE").label["en"] == "Remarks\non two lines"


def test_problems_in_a_workbook_saved_by_libreoffice_are_located(tmp_path):
    with pytest.raises(TemplateProblems) as refused:
        read_template_workbook(FIXTURES / "template_libreoffice_problems.xlsx")
    assert [str(p) for p in refused.value.problems] == [
        "indicators!J2: min 5000 is greater than max 1000",
        "indicators!B3: unknown area 'ENV': it is not on the areas sheet",
        "indicators!N5: kind 'choice' needs a choice list in the choices column",
    ]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_blank_saved_again_by_libreoffice_reads_back_equal(tmp_path):
    write_template_workbook(load_default_template(), tmp_path / "blank.xlsx")
    saved = resave_with_libreoffice(tmp_path / "blank.xlsx", tmp_path / "libreoffice")
    assert read_template_workbook(saved) == load_default_template()
