"""A printed return: every exported sheet set up for paper, and LibreOffice prints it so."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from micdesk.core.print_layout import LETTER, footer_text, wrapped_height
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import open_submission, set_narrative, set_value
from tests.test_submission_pdf import fill_a_complete_return

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are not installed",
)
PRINTED = ("Cover", "Data", "Narrative", "TEC", "SKL", "ENV")
LONG = (
    "Funding for the second phase arrived late, and two of the planned workshops moved "
    "to the next period. The enterprise survey covers firms with ten or more employees."
)


def _complete(store, submission) -> None:
    fill_a_complete_return(store, submission)
    for area in ("TEC", "SKL", "ENV"):
        set_narrative(store, submission, area, "challenges", LONG)
        set_narrative(store, submission, area, "support", "Advice on the next survey.")


def test_every_printed_sheet_is_one_page_wide_on_a4_with_margins_and_the_footer(
    store, submission, tmp_path
):
    _complete(store, submission)
    path = tmp_path / "r.xlsx"
    result = export_submission(store, submission, path, final=True)
    workbook = openpyxl.load_workbook(path)
    for name in PRINTED:
        sheet = workbook[name]
        setup = sheet.page_setup
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, name
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), name
        assert setup.paperSize == 9, name  # A4
        assert setup.orientation == ("portrait" if name == "Cover" else "landscape"), name
        assert sheet.page_margins.bottom > sheet.page_margins.footer > 0, name
        footer = sheet.oddFooter.center.text
        for part in ("Kenya (KEN)", "2025", "FINAL", "revision 1", "page &P of &N"):
            assert part in footer, (name, footer)
        assert footer.endswith(result.sha256[:12]), footer
    assert read_submission(path).intact  # page setup is not part of the hash


def test_a_draft_footer_says_draft_and_letter_paper_when_asked(store, submission, tmp_path):
    path = tmp_path / "r.xlsx"
    export_submission(store, submission, path, paper=LETTER)
    workbook = openpyxl.load_workbook(path)
    assert all(workbook[name].page_setup.paperSize == 1 for name in PRINTED)
    assert "DRAFT" in workbook["Data"].oddFooter.center.text


def test_header_rows_repeat_on_every_printed_page(store, submission, tmp_path):
    path = tmp_path / "r.xlsx"
    export_submission(store, submission, path)
    workbook = openpyxl.load_workbook(path)
    assert workbook["Data"].print_title_rows == "$1:$1"
    assert workbook["Narrative"].print_title_rows == "$1:$1"
    sheet = workbook["TEC"]
    header = next(row[0].row for row in sheet.iter_rows() if row[0].value == "Code")
    assert sheet.print_title_rows == f"${header}:${header}"


def test_the_machine_sheet_is_hidden_and_has_nothing_to_print(store, submission, tmp_path):
    path = tmp_path / "r.xlsx"
    export_submission(store, submission, path)
    workbook = openpyxl.load_workbook(path)
    machine = workbook["_micdesk"]
    assert machine.sheet_state == "hidden"
    assert not machine.print_area and not machine.print_title_rows


def test_an_arabic_export_prints_right_to_left(store, submission, tmp_path):
    path = tmp_path / "r.xlsx"
    export_submission(store, submission, path, language="ar")
    workbook = openpyxl.load_workbook(path)
    assert all(workbook[name].sheet_view.rightToLeft for name in PRINTED)
    footer = workbook["Data"].oddFooter.center.text
    assert "كينيا" in footer and "مسودة" in footer and "الصفحة &P من &N" in footer
    cover = [[cell.value for cell in row] for row in workbook["Cover"].iter_rows()]
    assert ["التوقيع", None] in cover  # the signature block in the export's language


def test_a_row_with_a_long_sentence_is_tall_enough_for_its_wrapped_lines(
    store, submission, tmp_path
):
    set_value(store, submission, "TEC-2", value=4, comment=LONG)
    set_value(store, submission, "TEC-3", value=5, comment="short")
    path = tmp_path / "r.xlsx"
    export_submission(store, submission, path)
    sheet = openpyxl.load_workbook(path)["Data"]
    rows = {row[1].value: row[0].row for row in sheet.iter_rows(min_row=2)}
    comment = next(c for c in sheet[rows["TEC-2"]] if c.value == LONG)
    assert comment.alignment.wrap_text
    width = sheet.column_dimensions[comment.column_letter].width
    lines = len(LONG) / width
    assert sheet.row_dimensions[rows["TEC-2"]].height >= lines * 14
    assert sheet.row_dimensions[rows["TEC-3"]].height < sheet.row_dimensions[rows["TEC-2"]].height


def test_wrapped_height_counts_words_lines_and_wide_characters():
    assert wrapped_height([("short", 10)]) is None
    assert wrapped_height([("Role of MIC governments", 10)]) == wrapped_height([("a\nb\nc\nd", 10)])
    assert wrapped_height([("abcd", 5)]) is None
    assert wrapped_height([("能力建设", 5)]) is not None  # eight columns wide
    assert wrapped_height([("title", 40)], points=14) > 15  # a bigger font needs a taller row


def test_the_row_height_of_cjk_text_counts_each_full_width_character_twice():
    assert wrapped_height([("中文中文", 10)]) == wrapped_height([("abcdefgh", 10)]) is None
    assert wrapped_height([("中文中文中", 10)]) == wrapped_height([("abcdefghij", 10)])
    assert wrapped_height([("中文中文中", 10)]) is not None  # ten columns in nine


def test_a_text_as_wide_as_its_column_spaces_and_all_is_one_line():
    assert wrapped_height([("abcd efgh", 10)]) is None  # nine columns: a character's margin
    assert wrapped_height([("abcd efghi", 10)]) == wrapped_height([("a\nb", 10)])


def _lines_word_by_word(paragraph: str, per_line: float) -> int:
    """The wrapping rule, one word and one character at a time (wide ones count two)."""
    lines, used = 1, 0.0
    for word in paragraph.split(" "):
        width = sum(2.0 if char in "中文\u3000" else 1.0 for char in word)
        if used and used + 1 + width <= per_line:
            used += 1 + width
            continue
        if used:
            lines += 1
        lines += max(-(-width // per_line), 1) - 1
        used = width % per_line or (per_line if width else 0.0)
    return int(lines)


@given(
    st.lists(st.text(alphabet="ab 中é\u3000x", max_size=50), min_size=1, max_size=3),
    st.integers(min_value=1, max_value=70),
)
def test_a_row_is_as_tall_as_its_texts_wrapped_word_by_word(paragraphs, width):
    text = "\n".join(paragraphs)
    lines = sum(_lines_word_by_word(part, max(width - 1.0, 1.0)) for part in paragraphs)
    expected = None if lines == 1 else round(lines * 14.4 + 3.0, 1)
    assert wrapped_height([(text, width)]) == expected


def test_the_footer_escapes_ampersands_and_numbers_pages():
    footer = footer_text("Trinidad & Tobago (TTO)", "2025", "DRAFT", "revision 2",
                         "0123456789abcdef", "page %1 of %2")  # fmt: skip
    assert (
        footer
        == "Trinidad && Tobago (TTO) · 2025 · DRAFT · revision 2 · page &P of &N · 0123456789ab"
    )


def _libreoffice_pdf(workbook: Path, folder: Path) -> Path:
    result = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{folder / 'lo-profile'}",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"), str(workbook)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return folder / "pdf" / (workbook.stem + ".pdf")


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _ink_heights(pdf: Path, folder: Path, footer_share: float = 0.08) -> list[float]:
    """Per page: the share of the page's height between its first and last inked line."""
    subprocess.run(["pdftoppm", "-gray", "-r", "30", str(pdf), str(folder / "page")], check=True)
    shares = []
    for image in sorted(folder.glob("page-*.pgm"), key=lambda p: int(p.stem.split("-")[1])):
        _magic, width, height, _depth, pixels = image.read_bytes().split(maxsplit=4)
        width, height = int(width), int(height)
        body = int(height * (1 - footer_share))  # the footer is on every page: not content
        inked = [y for y in range(body) if min(pixels[y * width : (y + 1) * width]) < 160]
        shares.append((inked[-1] - inked[0] + 1) / body if inked else 0.0)
    return shares


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_prints_a_complete_return_on_pages_that_are_not_mostly_empty(
    store, submission, tmp_path
):
    _complete(store, submission)
    path = tmp_path / "ken.xlsx"
    result = export_submission(store, submission, path, final=True)
    pdf = _libreoffice_pdf(path, tmp_path)
    pages = _pages(pdf)
    assert len(pages) == len(PRINTED)  # one page per printed sheet, nothing split or lost
    for number, page in enumerate(pages, start=1):
        assert result.sha256[:12] in page and f"page {number} of {len(pages)}" in page
    shares = _ink_heights(pdf, tmp_path)
    assert min(shares) >= 0.2, shares  # no page more than 80 % empty
    assert "Approved for submission to UNIDO" in pages[0] and "Signature" in pages[0]


@pytest.mark.slow
@needs_libreoffice
def test_libreoffice_repeats_the_data_header_on_every_page_of_a_long_return(store, tmp_path):
    from benchmarks.generate import fill_through_core, large_template, seeded_changes
    from micdesk.core.template_store import install_template

    with store.transaction() as session:
        install_template(session, large_template(40, 3))
    submission = open_submission(store, "KEN", "2025")
    fill_through_core(store, submission, seeded_changes(submission.template, random.Random(7)))
    path = tmp_path / "long.xlsx"
    export_submission(store, submission, path)
    pages = _pages(_libreoffice_pdf(path, tmp_path))
    timestamp = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
    data_pages = [page for page in pages if len(timestamp.findall(page)) >= 3]
    assert len(data_pages) >= 2  # the Data sheet runs over several pages
    for page in data_pages:
        assert "indicator_code" in page and "last_changed" in page
