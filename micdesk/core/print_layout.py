"""How an exported submission prints: paper, orientation, fit, titles, footer (docs/design.md §4).

Opened in a spreadsheet program and printed, a return must come out as pages a
director can read and sign: each sheet one page wide, its header row on every
page, a footer that says which return and which revision the page belongs to.
The settings are openpyxl's page setup; nothing here changes a cell's value, so
the hash and ``submission check`` never see them. The PDF of the export uses the
same paper.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Iterable
from dataclasses import dataclass
from math import ceil
from typing import Any
from unicodedata import east_asian_width

from openpyxl.worksheet.page import PageMargins

from micdesk.core.placeholders import fill
from micdesk.core.xlsx_rows import set_row_height

A4 = "A4"
LETTER = "Letter"

# CLDR's supplemental paperSize data: the territories that use US Letter; all others A4.
_LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)
# ECMA-376 paperSize codes (openpyxl's Worksheet.PAPERSIZE_A4 / PAPERSIZE_LETTER).
_PAPER_CODES = {A4: "9", LETTER: "1"}
# Margins in inches (the unit of the file format): room for the footer below.
_MARGINS = PageMargins(left=0.5, right=0.5, top=0.55, bottom=0.75, header=0.3, footer=0.3)


def paper_for_locale(locale_name: str) -> str:
    """``Letter`` where the locale's territory prints on US Letter (en_US, es-MX…), else ``A4``."""
    parts = locale_name.replace("-", "_").split(".")[0].split("@")[0].split("_")
    territories = [part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()]
    return LETTER if territories and territories[-1] in _LETTER_TERRITORIES else A4


@dataclass(frozen=True)
class PrintLayout:
    """What every printed sheet of one export shares: paper, direction, footer."""

    paper: str
    right_to_left: bool
    footer: str  # plain text; page numbers are added per page by the spreadsheet program

    def apply(self, sheet: Any, *, landscape: bool, title_rows: str | None = None) -> None:
        """Set up a sheet for printing; call before its first row (write-only sheets)."""
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        setup = sheet.page_setup
        setup.fitToWidth = 1
        setup.fitToHeight = 0  # as many pages down as the rows need
        setup.orientation = "landscape" if landscape else "portrait"
        setup.paperSize = _PAPER_CODES.get(self.paper, _PAPER_CODES[A4])
        sheet.page_margins = _MARGINS
        sheet.sheet_view.rightToLeft = self.right_to_left
        footer = sheet.oddFooter.center
        footer.text = self.footer
        footer.size = 8
        if title_rows:
            sheet.print_title_rows = title_rows


def footer_text(
    country: str, period: str, status: str, revision: str, sha256: str, page_of: str
) -> str:
    """The footer line: country, period, draft/final, revision, page x of y, the hash's start.

    ``page_of`` is the language's "page %1 of %2"; Excel's codes for the page number and
    the page count take the places of %1 and %2 (``&`` in the texts is escaped).
    """

    def text(value: str) -> str:
        return value.replace("&", "&&")

    pages = fill(text(page_of), "&P", "&N")
    parts = [text(country), text(period), text(status), text(revision), pages, sha256[:12]]
    return " · ".join(part for part in parts if part)


# A line of wrapped text in the default 11-point font, in points, and the room around it.
_LINE_POINTS = 14.4
_ROW_PADDING = 3.0


def _text_width(text: str) -> float:
    """Width in column units ('0' of the default font): full-width CJK characters count two."""
    if text.isascii():  # no ASCII character is full-width: one unit each
        return float(len(text))
    return sum(2.0 if east_asian_width(char) in "WF" else 1.0 for char in text)


def _lines(paragraph: str, per_line: float) -> int:
    """Lines a paragraph takes when wrapped at spaces (a longer word is broken)."""
    if _text_width(paragraph) <= per_line:
        return 1  # it fits whole, spaces and all: no word can start a second line
    lines, used = 1, 0.0
    for width in map(_text_width, paragraph.split(" ")):
        if used and used + 1 + width <= per_line:
            used += 1 + width
            continue
        if used:
            lines += 1
        lines += max(ceil(width / per_line), 1) - 1
        used = width % per_line or (per_line if width else 0.0)
    return lines


def wrapped_height(cells: Iterable[tuple[str, float]], points: float = 11.0) -> float | None:
    """The row height (points) that shows every line of wrapped texts in their column widths.

    Spreadsheet programs do not measure a row's wrapped text when they open a file
    (LibreOffice prints such a row one line high, cut off), so the export says how tall
    each row is. None when every text fits on one line of the default font.
    """
    lines = 1
    for text, width in cells:
        per_line = max(width - 1.0, 1.0)  # a character's margin of the cell's padding
        if text:
            lines = max(lines, sum(_lines(part, per_line) for part in text.split("\n")))
    if lines == 1 and points <= 11.0:
        return None
    return round(lines * _LINE_POINTS * points / 11.0 + _ROW_PADDING, 1)


def fit_row_height(
    sheet: Any, row: int, cells: Iterable[tuple[str, float]], points: float = 11.0
) -> None:
    """Give row ``row`` (1-based) the height its wrapped texts need; before it is written."""
    height = wrapped_height(cells, points)
    if height is not None:
        set_row_height(sheet, row, height)


def system_paper() -> str:
    """The paper of the system's locale (LC_ALL, LC_PAPER, LANG; then Python's locale)."""
    for name in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(name)
        if value:
            return paper_for_locale(value)
    return paper_for_locale(locale.getlocale()[0] or "")
