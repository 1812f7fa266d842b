"""``micdesk export --language``: the readable sheets speak the language, the machine ones do not.

Cover and area sheets carry no English label in Chinese, Arabic or Russian; the Cover
names the country in that language (CLDR); Arabic sheets read right to left; the
``Data`` sheet keeps its English column names and its shape, and ``submission check``
still passes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.submission_reader import DATA_COLUMNS
from micdesk.core.submissions import open_submission, save_profile, set_narrative, set_value
from micdesk.core.vocabulary import NarrativeField

# Latin words a non-English readable sheet may still show: names, codes, units, keys.
ALLOWED_LATIN = {"micdesk", "UUID", "SHA", "UTC", "KEN", "NA", "NE", "TEC", "SKL", "ENV", "MWh"}
COUNTRY_IN = {"zh": "肯尼亚", "ar": "كينيا", "ru": "Кения"}


@pytest.fixture
def data_dir(store):
    save_profile(store, "KEN", focal_point="Amina Wanjiru", institution="Ministry of Industry")
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-1", value=True)
    set_value(store, submission, "TEC-2", value=12, comment="survey", source="MoI")
    set_value(store, submission, "ENV-1", value=Decimal("-1"))  # an open problem on the Cover
    set_narrative(store, submission, "TEC", NarrativeField.PROGRESS, "Two plants switched fuel.")
    return store.data_dir


def export(data_dir: Path, folder: Path, language: str) -> Path:
    out = folder / f"ken-{language}.xlsx"
    assert (
        main(
            [
                "--data-dir",
                str(data_dir),
                "export",
                "--country",
                "KEN",
                "--period",
                "2025",
                "--out",
                str(out),
                "--language",
                language,
            ]
        )
        == 0
    )
    return out


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED_LATIN]


def label_cells(workbook, sheet_name: str) -> list[str]:
    """The texts micdesk writes as labels (not the values users or the template typed)."""
    sheet = workbook[sheet_name]
    rows = list(sheet.iter_rows(values_only=True))
    if sheet_name == "Cover":
        labels = [rows[0][0], rows[1][1]]  # title line, status line
        labels += [row[0] for row in rows[1:] if row and isinstance(row[0], str)]
        # an open problem's sentence (column B below the heading)
        labels += [row[1] for row in rows if row and str(row[0] or "").endswith("ENV-1")]
        return [str(text) for text in labels if text]
    labels = [rows[1][0]]  # completeness line
    header = next(i for i, row in enumerate(rows) if row and row[0] and row[3] and i > 1)
    labels += [str(text) for text in rows[header] if text]
    labels += [str(row[0]) for row in rows[2:header] if row and row[0]]  # context headings
    labels += [str(row[0]) for row in rows[header + 1 :] if row and row[0] and row[1] is None]
    labels += [str(row[0]) for row in rows[-3:] if row and row[0]]  # narrative headings
    return labels


@pytest.mark.parametrize("language", ["zh", "ar", "ru"])
def test_the_readable_sheets_have_no_english_label_and_the_data_sheet_keeps_its_shape(
    data_dir, tmp_path, language
):
    english = openpyxl.load_workbook(export(data_dir, tmp_path, "en"))
    path = export(data_dir, tmp_path, language)
    workbook = openpyxl.load_workbook(path)

    for name in ("Cover", "TEC", "SKL", "ENV"):
        left_in_english = [t for t in label_cells(workbook, name) if english_words(t)]
        assert left_in_english == [], name
    cover = {row[0]: row[1] for row in workbook["Cover"].iter_rows(values_only=True) if row}
    assert f"{COUNTRY_IN[language]} (KEN)" in cover.values()
    tec = list(workbook["TEC"].iter_rows(values_only=True))
    assert any(row[3] in ("是", "نعم", "да") for row in tec if row and row[0] == "TEC-1")

    # The machine-readable sheets: same names, same columns, same rows as in English.
    assert workbook.sheetnames == english.sheetnames
    for name in ("Data", "Narrative", "_micdesk"):
        ours = list(workbook[name].iter_rows(values_only=True))
        theirs = list(english[name].iter_rows(values_only=True))
        assert len(ours) == len(theirs) and ours[0] == theirs[0], name
    assert [c.value for c in workbook["Data"][1]] == list(DATA_COLUMNS)
    label = DATA_COLUMNS.index("indicator_label")
    data = [r[:label] + r[label + 1 :] for r in workbook["Data"].iter_rows(values_only=True)]
    english_data = [r[:label] + r[label + 1 :] for r in english["Data"].iter_rows(values_only=True)]
    assert data == english_data

    right_to_left = language == "ar"
    for name in ("Cover", "TEC", "SKL", "ENV"):
        assert bool(workbook[name].sheet_view.rightToLeft) is right_to_left, name
    # (the print layout turns every sheet of an Arabic export, Data included, right to left)

    assert main(["--data-dir", str(data_dir), "submission", "check", str(path)]) == 0


def test_an_english_export_keeps_its_english_labels(data_dir, tmp_path):
    workbook = openpyxl.load_workbook(export(data_dir, tmp_path, "en"))
    cover = {row[0]: row[1] for row in workbook["Cover"].iter_rows(values_only=True) if row}
    assert cover["Country"] == "Kenya (KEN)"
    assert cover["Status"].startswith("DRAFT")
    assert not workbook["Cover"].sheet_view.rightToLeft
