"""The PDF of a submission: what a director reads and signs is what the workbook holds."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.print_layout import A4, LETTER, paper_for_locale
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, save_profile, set_narrative, set_value
from micdesk.core.targets import set_target
from micdesk.core.vocabulary import Notation

PDFTOTEXT = shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(PDFTOTEXT is None, reason="poppler-utils is not installed")

# A complete return: every number differs, so that each one is looked for on its own.
VALUES: dict[tuple[str, str], object] = {
    ("TEC-1", ""): True,
    ("TEC-2", ""): 1234,
    ("TEC-3", ""): 56,
    ("TEC-4", ""): 3,
    ("SKL-1", ""): 1000,
    ("SKL-1", "sex=female;age=youth"): 101,
    ("SKL-1", "sex=female;age=adult"): 202,
    ("SKL-1", "sex=male;age=youth"): 303,
    ("SKL-1", "sex=male;age=adult"): 394,
    ("SKL-2", ""): 27,
    ("ENV-1", ""): Decimal("12345.678"),
    ("ENV-2", ""): Decimal("88.5"),
    ("ENV-3", ""): Decimal("0.25"),
}
COMMENT = "Figures from the <b>2024</b> enterprise survey"  # never read as HTML
NARRATIVE = "Three programmes launched; 40 firms & 2 ministries took part."


def fill_a_complete_return(store, submission) -> None:
    """Every value, a notation key on an extra comment, targets, narratives and a profile."""
    save_profile(store, "KEN", focal_point="Amina Wanjiru", institution="Ministry of Industry")
    for (code, cell), value in VALUES.items():
        set_value(store, submission, code, cell, value=value, comment="" if cell else COMMENT)
    set_target(store, submission, "TEC-2", baseline=900, target=2000)
    for area in ("TEC", "SKL", "ENV"):
        set_narrative(store, submission, area, "progress", f"{area}: {NARRATIVE}")


def shown(value: object) -> str:
    """How the English PDF prints a value: grouped thousands, exact decimals."""
    if value is True:
        return "Yes"
    return format(Decimal(str(value)), ",")


def pdf_text(path: Path, page: int | None = None, layout: bool = False) -> str:
    """The PDF's text as pdftotext reads it (``layout``: each table row on one line)."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    pages += ["-layout"] if layout else []
    result = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    # Qt's PDF maps some CJK glyphs back to their Kangxi radical twins (力 → ⼒) and
    # Arabic ones to presentation forms; NFKC folds both back to the letters typed.
    return unicodedata.normalize("NFKC", result.stdout)


def page_count(path: Path) -> int:
    return pdf_text(path).count("\f")


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """A data folder with Kenya's 2025 return complete."""
    return make_data_dir(
        lambda store: fill_a_complete_return(store, open_submission(store, "KEN", "2025"))
    )


def _export(data_dir: Path, tmp_path: Path, *extra: str) -> int:
    return main(
        ["--data-dir", str(data_dir), "export", "--country", "KEN", "--period", "2025",
         "--out", str(tmp_path / "r.xlsx"), "--pdf", str(tmp_path / "r.pdf"), *extra]
    )  # fmt: skip


@needs_poppler
def test_export_with_pdf_writes_both_with_the_country_every_value_and_the_hash(
    data_dir, tmp_path, capsys
):
    assert _export(data_dir, tmp_path, "--final") == 0
    out = capsys.readouterr().out
    sha256 = next(line.split()[1] for line in out.splitlines() if line.startswith("sha256 "))
    assert (tmp_path / "r.xlsx").is_file()
    text = pdf_text(tmp_path / "r.pdf")
    assert "Kenya" in text and "KEN" in text and "2025" in text
    assert sha256 in text
    for value in VALUES.values():
        assert shown(value) in text, value
    assert "900" in text and "2,000" in text  # baseline and target
    assert "<b>2024</b>" in text  # the markup printed as typed, never read as HTML
    assert f"ENV: {NARRATIVE}" in text
    assert "FINAL" in text and "DRAFT" not in text
    assert "Signed by installation key" in text  # as on the workbook's Cover
    for heading in ("Name", "Title", "Date", "Signature"):
        assert heading in text
    areas = 3
    assert page_count(tmp_path / "r.pdf") <= 1 + areas + 1


@needs_poppler
def test_a_draft_pdf_says_draft_on_every_page_and_lists_its_open_problems(data_dir, tmp_path):
    store = open_store(data_dir)
    set_value(store, open_submission(store, "KEN", "2025"), "ENV-1", value=Decimal("-1"))
    store.close()
    assert _export(data_dir, tmp_path) == 0
    pages = page_count(tmp_path / "r.pdf")
    assert pages >= 2
    for page in range(1, pages + 1):
        assert "DRAFT" in pdf_text(tmp_path / "r.pdf", page), page
    assert "ENV-1: -1 is below the minimum 0" in pdf_text(tmp_path / "r.pdf")


@needs_poppler
def test_a_notation_key_is_printed_in_place_of_the_value(data_dir, tmp_path):
    store = open_store(data_dir)
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-3", notation=Notation.NOT_ESTIMATED)
    store.close()
    assert _export(data_dir, tmp_path) == 0
    text = pdf_text(tmp_path / "r.pdf", layout=True)
    line = next(line for line in text.splitlines() if "TEC-3" in line)
    assert line.split()[-3:-1] == ["NE", "count"] or " NE " in line, line
    assert " 56 " not in line


@needs_poppler
def test_the_paper_follows_the_system_locale_unless_asked(data_dir, tmp_path, monkeypatch):
    import openpyxl

    def paper() -> tuple[str, int]:
        info = subprocess.run(
            ["pdfinfo", str(tmp_path / "r.pdf")], capture_output=True, text=True, check=True
        ).stdout
        size = next(line for line in info.splitlines() if line.startswith("Page size:"))
        workbook = openpyxl.load_workbook(tmp_path / "r.xlsx")
        return size, int(workbook["Data"].page_setup.paperSize)

    monkeypatch.setenv("LC_ALL", "en_KE.UTF-8")
    assert _export(data_dir, tmp_path) == 0
    size, code = paper()
    assert "(A4)" in size and code == 9
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert _export(data_dir, tmp_path, "--overwrite") == 0
    size, code = paper()
    assert "(letter)" in size and code == 1
    assert _export(data_dir, tmp_path, "--paper", "A4", "--overwrite") == 0
    assert paper()[1] == 9


def test_letter_only_where_the_locale_prints_on_letter():
    assert paper_for_locale("en_US") == LETTER
    assert paper_for_locale("es-MX") == LETTER
    assert paper_for_locale("fr_CA.UTF-8") == LETTER
    assert paper_for_locale("en_GB") == A4
    assert paper_for_locale("en") == A4
    assert paper_for_locale("C") == A4
    assert paper_for_locale("zh_Hans_CN") == A4


def test_the_pdf_sections_hold_the_rows_the_workbook_was_written_from(store, submission, tmp_path):
    fill_a_complete_return(store, submission)
    result = export_submission(store, submission, tmp_path / "r.xlsx")
    document = result.document
    assert document is not None and document.meta["sha256"] == result.sha256
    assert [section.code for section in document.areas] == ["TEC", "SKL", "ENV"]
    skl = document.areas[1]
    assert [(row.indicator_code, row.cell) for row in skl.rows][:2] == [
        ("SKL-1", ""),
        ("SKL-1", "sex=female;age=youth"),
    ]
    assert skl.rows[1].breakdown_label == "Women, Youth (15–24)"
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["SKL"]
    printed = [[cell.value for cell in row] for row in sheet.iter_rows()]
    for row in skl.rows:
        value = row.value if isinstance(row.value, str) else int(row.value.text)
        assert [row.breakdown_label or None, value] in [line[2:4] for line in printed]


@needs_poppler
@pytest.mark.parametrize(
    ("language", "words"),
    [
        # Kenya, Country, Indicator, Progress, Signature, Draft, and the first area's title
        ("zh", ["肯尼亚", "国家", "指标", "进展", "签字", "草稿", "技术升级和能力建设"]),
        # Qt's PDF names a lam-alef ligature by one letter: no word here has one.
        ("ar", ["كينيا", "البلد", "المؤشر", "القيمة", "التوقيع", "مسودة", "التقدم المحرز"]),
    ],
)
def test_a_pdf_in_chinese_or_arabic_has_its_headings_and_the_country_in_that_language(
    data_dir, tmp_path, language, words
):
    assert _export(data_dir, tmp_path, "--language", language) == 0
    text = pdf_text(tmp_path / "r.pdf")
    for word in words:
        assert word in text, word
    assert "Country" not in text and "Kenya" not in text


def test_an_existing_pdf_is_never_replaced_without_overwrite(data_dir, tmp_path, capsys):
    (tmp_path / "r.pdf").write_text("the signed scan's PDF")
    assert _export(data_dir, tmp_path) == 1
    assert "r.pdf exists already" in capsys.readouterr().err
    assert not (tmp_path / "r.xlsx").exists()  # refused before anything was written
    assert (tmp_path / "r.pdf").read_text() == "the signed scan's PDF"


def test_pdf_into_a_folder_is_named_like_the_workbook(data_dir, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["--data-dir", str(data_dir), "export", "--country", "KEN", "--period", "2025",
                 "--out", str(folder), "--pdf", str(folder)]) == 0  # fmt: skip
    (workbook,) = folder.glob("*.xlsx")
    assert (folder / workbook.with_suffix(".pdf").name).is_file()
