"""The submission as a PDF a director can sign: a cover, then one section per area (docs/design.md §4).

Drawn with Qt's own QPdfWriter and QTextDocument from the export's
``SubmissionDocument`` (the rows the workbook was written from), in the language of
the translators installed: Qt shapes Chinese and Arabic text itself, and an Arabic
document is laid out right to left. Every text goes in through QTextCursor as plain
text; nothing from a template or a user is ever read as HTML.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QApplication

from micdesk.core.countries import country_name
from micdesk.core.placeholders import fill
from micdesk.core.print_layout import LETTER, paper_for_locale
from micdesk.core.signatures import decode_public_key, fingerprint, short_fingerprint
from micdesk.core.submission_document import AreaRow, AreaSection, SubmissionDocument
from micdesk.core.submission_format import SIGNATURE_META_KEYS
from micdesk.core.values import NO, YES
from micdesk.core.vocabulary import IndicatorKind, Notation
from micdesk.core.xlsx_files import atomic_path
from micdesk.gui.i18n import install_language
from micdesk.gui.messages import finding_message, notation_text, unit_text
from micdesk.gui.numbers import (
    chosen_format_locale,
    format_integer,
    format_number,
    locale_for_language,
)

_RESOLUTION = 300  # dots per inch: fine enough for print, small files
_MARGINS_MM = (18.0, 16.0, 18.0, 20.0)  # left, top, right, bottom (the footer sits below)
_HEADER_FILL = QColor("#DDEBF7")
_GRID = QColor("#8EA9C1")
_FAMILIES = {
    # Noto first (Linux), then what Windows and macOS have; Qt falls back per character.
    "zh": ["Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Noto Sans"],
    "ar": ["Noto Naskh Arabic", "Noto Sans Arabic", "Segoe UI", "Geeza Pro", "Noto Sans"],
}
_LATIN_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
_KEEP_WITH_TABLE = 0.22  # a heading this near the page's foot starts the next page
_AREA_COLUMNS = (8, 30, 11, 6, 9, 9, 15, 12)  # per cent of the width; they add up to 100


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display).

    A QApplication rather than a bare QGuiApplication: the same process may open a
    window later (the tests do), and widgets need the full application object.
    """
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if app is not None:
        raise RuntimeError("a PDF needs a QGuiApplication, not a QCoreApplication")
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["micdesk"])


def window_paper() -> str:
    """The paper of the window's exports: the chosen format locale's, else the system's.

    Not the language's: English is printed on A4 in Kenya and on Letter in the US.
    """
    return paper_for_locale(chosen_format_locale() or QLocale.system().name())


def write_submission_pdf(document: SubmissionDocument, path: Path, paper: str | None = None) -> int:
    """Write the PDF of an export in the installed language (A4 or Letter); return its pages.

    Written beside ``path`` and renamed into place, like the workbook: a failure never
    leaves half a PDF under the name.
    """
    ensure_gui_application()
    with atomic_path(Path(path)) as temporary:
        return SubmissionPdf(document, paper).write(temporary)


def write_submission_pdf_from_command_line(
    document: SubmissionDocument, path: Path, paper: str | None = None
) -> int:
    """``write_submission_pdf`` without a window: Qt started offscreen, in the export's language."""
    ensure_gui_application()
    install_language(document.language)
    return write_submission_pdf(document, path, paper or paper_for_locale(QLocale.system().name()))


def _shown(value: object, locale: QLocale) -> str:
    """A cell's value as printed: numbers exact, in the format locale's digits and grouping."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    text: str = value.text  # type: ignore[attr-defined]  (an ExactNumber)
    if "e" in text.lower():
        return text  # beyond a double's range: as stored
    return format_number(Decimal(text), locale)


class SubmissionPdf(QObject):
    """Lays out one ``SubmissionDocument`` and paints it page by page."""

    def __init__(self, document: SubmissionDocument, paper: str | None = None) -> None:
        super().__init__()
        self.document = document
        self.paper = paper or window_paper()
        self.locale = locale_for_language(document.language)
        self.right_to_left = document.language == "ar"
        self.direction = (
            Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight
        )

    # Fonts and formats ------------------------------------------------------------------

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(_FAMILIES.get(self.document.language, []) + _LATIN_FAMILIES)
        font.setPointSizeF(points)
        font.setBold(bold)
        if self.document.language != "ar":
            # Without ligatures a PDF's text is found as typed ("fi", not U+FB01).
            font.setFeature(QFont.Tag("liga"), 0)
        return font

    def _chars(self, points: float = 9.0, bold: bool = False, color: str = "") -> QTextCharFormat:
        chars = QTextCharFormat()
        chars.setFont(self._font(points, bold))
        if color:
            chars.setForeground(QColor(color))
        return chars

    def _block(
        self,
        before: float = 0.0,
        after: float = 0.0,
        align: Qt.AlignmentFlag | None = None,
        typed: bool = False,
    ) -> QTextBlockFormat:
        """A paragraph's format; ``typed`` text (a user's) runs in the direction it was written."""
        block = QTextBlockFormat()
        block.setLayoutDirection(
            Qt.LayoutDirection.LayoutDirectionAuto if typed else self.direction
        )
        block.setTopMargin(before)
        block.setBottomMargin(after)
        block.setAlignment(align if align is not None else Qt.AlignmentFlag.AlignLeading)
        return block

    def _paragraph(
        self,
        cursor: QTextCursor,
        text: str,
        chars: QTextCharFormat,
        block: QTextBlockFormat | None = None,
    ) -> None:
        cursor.insertBlock(block or self._block(after=4), chars)
        for number, line in enumerate(text.splitlines() or [""]):
            if number:
                cursor.insertBlock(block or self._block(after=4), chars)
            cursor.insertText(line, chars)

    def _table(
        self, cursor: QTextCursor, rows: int, widths: tuple[int, ...], header: bool
    ) -> object:
        table_format = QTextTableFormat()
        table_format.setLayoutDirection(self.direction)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
        )
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        table_format.setBorderCollapse(True)
        table_format.setBorder(0.6 if header else 0)
        table_format.setBorderBrush(_GRID)
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setTopMargin(4)
        table_format.setBottomMargin(6)
        if header:
            table_format.setHeaderRowCount(1)  # repeated at the top of every page
        return cursor.insertTable(rows, len(widths), table_format)

    def _cell(
        self,
        table: object,
        row: int,
        column: int,
        text: str,
        chars: QTextCharFormat,
        align: Qt.AlignmentFlag | None = None,
        indent: int = 0,
        typed: bool = False,
    ) -> None:
        cursor = table.cellAt(row, column).firstCursorPosition()  # type: ignore[attr-defined]
        block = self._block(align=align, typed=typed)
        block.setIndent(indent)
        cursor.setBlockFormat(block)
        for number, line in enumerate(text.splitlines()):
            if number:
                cursor.insertBlock(block, chars)
            cursor.insertText(line, chars)

    def _count(self, number: int) -> str:
        """A count with the same digits and separators as the values beside it."""
        return format_integer(number, self.locale)

    # The document -------------------------------------------------------------------------

    def _country(self) -> str:
        code = self.document.meta.get("country", "")
        name = country_name(code, self.document.language)
        return f"{name} ({code})" if name != code else code

    def _status(self) -> str:
        if self.document.final:
            return self.tr("FINAL — submitted to UNIDO")
        return self.tr("DRAFT — work in progress, not a submission to UNIDO")

    def build(self) -> QTextDocument:
        """The whole document, laid out for pages of ``page_size`` device pixels."""
        text = QTextDocument()
        text.setDocumentMargin(0)
        text.setDefaultFont(self._font(9.0))
        option = QTextOption()  # direction per paragraph: typed text keeps its own
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text.setDefaultTextOption(option)
        cursor = QTextCursor(text)
        cursor.setBlockFormat(self._block())
        self._headings: list[int] = []
        self._cover(cursor)
        for number, section in enumerate(self.document.areas):
            self._area(cursor, section, first=number == 0)
        if not self.document.final:
            self._open_problems(cursor)
        return text

    def _cover(self, cursor: QTextCursor) -> None:
        meta, document = self.document.meta, self.document
        cursor.insertText(self.tr("UNIDO–MIC work plan submission"), self._chars(17, bold=True))
        self._paragraph(cursor, document.template_title, self._chars(11.5), self._block(after=10))
        status_color = "#1F6F3F" if document.final else "#B00020"
        self._paragraph(
            cursor, self._status(), self._chars(12, True, status_color), self._block(after=8)
        )
        done = document.completeness
        facts = [
            (self.tr("Country"), self._country()),
            (self.tr("Period"), meta.get("period", "")),
            (self.tr("Focal point"), meta.get("focal_point", "")),
            (self.tr("Institution"), meta.get("institution", "")),
            (self.tr("E-mail"), meta.get("email", "")),
            (
                self.tr("Template"),
                fill(
                    self.tr("%1, version %2"),
                    meta.get("template_id", ""),
                    meta.get("template_version", ""),
                ),
            ),
            (self.tr("Status"), self.tr("final") if document.final else self.tr("draft")),
            (self.tr("Revision"), meta.get("revision", "")),
            (
                self.tr("Completeness"),
                fill(
                    self.tr("%1% (%2 of %3 cells)"),
                    self._count(round(done.percent)),
                    self._count(done.done),
                    self._count(done.total),
                ),
            ),
            (self.tr("Exported at (UTC)"), meta.get("exported_at", "")),
            (self.tr("Submission UUID"), meta.get("uuid", "")),
            (self.tr("micdesk version"), meta.get("app_version", "")),
            (self.tr("SHA-256 of the data"), meta.get("sha256", "")),
        ]
        hash_row = len(facts) - 1
        if SIGNATURE_META_KEYS[0] in meta:  # a final return signed by this installation
            key = decode_public_key(meta[SIGNATURE_META_KEYS[0]])
            facts.append(
                (self.tr("Signed by installation key"), short_fingerprint(fingerprint(key)))
            )
        cursor.insertBlock(self._block())
        table = self._table(cursor, len(facts), (30, 70), header=False)
        label, value = self._chars(9.5, bold=True), self._chars(9.5)
        hash_chars = self._chars(9.5)
        hash_chars.setFontFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "Consolas", "Menlo"])
        hash_chars.setFontPointSize(8.5)
        for row, (name, text) in enumerate(facts):
            self._cell(table, row, 0, name, label)
            self._cell(table, row, 1, text, hash_chars if row == hash_row else value)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        keys = " · ".join(notation_text(key) for key in Notation)
        self._paragraph(
            cursor,
            fill(self.tr("Notation keys: %1. A blank cell was not reported."), keys),
            self._chars(8.5, color="#444444"),
            self._block(before=4, after=14),
        )
        self._paragraph(
            cursor,
            self.tr("Approved for submission to UNIDO"),
            self._chars(11, bold=True),
            self._block(after=2),
        )
        signature = [self.tr("Name"), self.tr("Title"), self.tr("Date"), self.tr("Signature")]
        cursor.insertBlock(self._block())
        table = self._table(cursor, len(signature), (25, 75), header=False)
        for row, name in enumerate(signature):
            name_format = QTextTableCellFormat()
            name_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBottom)
            table.cellAt(row, 0).setFormat(name_format)  # type: ignore[attr-defined]
            self._cell(table, row, 0, name, label)
            cell_format = QTextTableCellFormat()
            cell_format.setBottomBorder(0.8)
            cell_format.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            cell_format.setBottomBorderBrush(QColor("#000000"))
            cell_format.setTopPadding(34 if row == len(signature) - 1 else 16)
            cell_format.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBottom)
            table.cellAt(row, 1).setFormat(cell_format)  # type: ignore[attr-defined]
        cursor.movePosition(QTextCursor.MoveOperation.End)

    def _area(self, cursor: QTextCursor, section: AreaSection, first: bool) -> None:
        heading = self._block(before=0 if first else 14, after=2)
        if first:
            heading.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        self._paragraph(
            cursor, f"{section.code} — {section.title}", self._chars(13, bold=True), heading
        )
        self._headings.append(cursor.block().blockNumber())
        done = section.completeness
        self._paragraph(
            cursor,
            fill(
                self.tr("Completeness: %1% (%2 of %3 cells)"),
                self._count(round(done.percent)),
                self._count(done.done),
                self._count(done.total),
            ),
            self._chars(8.5, color="#444444"),
            self._block(after=2),
        )
        headings = [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Value"),
            self.tr("Unit"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Comment"),
            self.tr("Source"),
        ]
        cursor.insertBlock(self._block())
        table = self._table(cursor, len(section.rows) + 1, _AREA_COLUMNS, header=True)
        header_chars = self._chars(8.5, bold=True)
        for column, name in enumerate(headings):
            table.cellAt(0, column).setFormat(self._fill())  # type: ignore[attr-defined]
            self._cell(table, 0, column, name, header_chars)
        for row, area_row in enumerate(section.rows, start=1):
            self._area_row(table, row, area_row)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        titles = {
            "progress": self.tr("Progress"),
            "challenges": self.tr("Challenges"),
            "support": self.tr("Support needed from UNIDO"),
        }
        for field_name, text in section.narratives:
            self._paragraph(
                cursor,
                titles.get(field_name, field_name),
                self._chars(9.5, bold=True),
                self._block(before=6, after=1),
            )
            self._paragraph(
                cursor,
                text or "—",
                self._chars(9.0),
                self._block(after=2, typed=bool(text)),
            )

    def _fill(self) -> QTextTableCellFormat:
        fill = QTextTableCellFormat()
        fill.setBackground(_HEADER_FILL)
        return fill

    def _area_row(self, table: object, row: int, area_row: AreaRow) -> None:
        plain, bold, small = self._chars(8.5), self._chars(8.5, bold=True), self._chars(8.0)
        trailing = Qt.AlignmentFlag.AlignTrailing
        value = area_row.value_label or _shown(area_row.value, self.locale)
        if area_row.kind == IndicatorKind.YES_NO and area_row.value in (YES, NO):
            value = self.tr("Yes") if area_row.value == YES else self.tr("No")
        if area_row.notation:
            value = area_row.notation
        if area_row.is_total:
            self._cell(table, row, 0, area_row.indicator_code, bold)
            self._cell(table, row, 1, area_row.indicator_label, bold)
            self._cell(table, row, 3, unit_text(area_row.unit), plain)
        else:
            self._cell(table, row, 1, area_row.breakdown_label, small, indent=1)
        self._cell(table, row, 2, value, plain, align=trailing)
        self._cell(table, row, 4, _shown(area_row.baseline, self.locale), plain, align=trailing)
        self._cell(table, row, 5, _shown(area_row.target, self.locale), plain, align=trailing)
        self._cell(table, row, 6, area_row.comment, small, typed=True)
        self._cell(table, row, 7, area_row.source, small, typed=True)

    def _open_problems(self, cursor: QTextCursor) -> None:
        problems = self.document.open_problems
        heading = (
            fill(self.tr("Open problems (%1)"), self._count(len(problems)))
            if problems
            else self.tr("Open problems: none")
        )
        self._paragraph(cursor, heading, self._chars(11, bold=True), self._block(before=14))
        for finding in problems:
            where = finding.indicator_code + (f" [{finding.cell}]" if finding.cell else "")
            severity = self.tr("error") if finding.severity.value == "error" else self.tr("warning")
            self._paragraph(
                cursor,
                f"{severity}: {where}: {finding_message(finding, self.locale)}",
                self._chars(8.5),
                self._block(after=1),
            )

    # Pages --------------------------------------------------------------------------------

    def write(self, path: Path) -> int:
        """Paint every page into ``path``; return the number of pages."""
        writer = QPdfWriter(str(path))
        writer.setResolution(_RESOLUTION)
        writer.setCreator(f"micdesk {self.document.meta.get('app_version', '')}")
        writer.setTitle(f"{self._country()} {self.document.meta.get('period', '')}")
        size = QPageSize.PageSizeId.Letter if self.paper == LETTER else QPageSize.PageSizeId.A4
        writer.setPageLayout(
            QPageLayout(
                QPageSize(size),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        dots_per_mm = _RESOLUTION / 25.4
        page = writer.pageLayout().fullRectPixels(_RESOLUTION)
        left, top, right, bottom = (margin * dots_per_mm for margin in _MARGINS_MM)
        body = QRectF(left, top, page.width() - left - right, page.height() - top - bottom)
        text = self.build()
        text.documentLayout().setPaintDevice(writer)
        text.setPageSize(QSizeF(body.width(), body.height()))
        self._keep_headings_with_tables(text, body.height())
        pages = text.pageCount()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"cannot write {path}")
        try:
            for number in range(pages):
                if number:
                    writer.newPage()
                if not self.document.final:
                    self._watermark(painter, page.width(), page.height())
                painter.save()
                painter.setClipRect(body)  # the lines of the next page stay off this one
                painter.translate(QPointF(body.left(), body.top() - number * body.height()))
                # One dot short of the page: a block that starts the next page is not drawn here.
                text.drawContents(
                    painter, QRectF(0, number * body.height(), body.width(), body.height() - 1)
                )
                painter.restore()
                self._footer(painter, body, page.height(), number + 1, pages)
        finally:
            painter.end()
        return pages

    def _keep_headings_with_tables(self, text: QTextDocument, page_height: float) -> None:
        """An area's heading low on a page moves to the next one with its table."""
        layout = text.documentLayout()
        for number in self._headings:
            block = text.findBlockByNumber(number)
            top = layout.blockBoundingRect(block).top() % page_height
            if top > 0 and page_height - top < page_height * _KEEP_WITH_TABLE:
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                # Qt lays out only what changed, and loses the blocks after a new break.
                text.markContentsDirty(0, text.characterCount())

    def _watermark(self, painter: QPainter, width: float, height: float) -> None:
        """DRAFT across the page, behind the text, light enough to read through."""
        # Drawn as outlines, not text: the PDF's text stays what a reader copies (the footer
        # says DRAFT in words on every page).
        word = QPainterPath()
        font = self._font(12, bold=True)
        font.setPixelSize(round(width / 6))  # a path knows pixels, not the page's points
        word.addText(0, 0, font, self.tr("DRAFT"))
        bounds = word.boundingRect()
        painter.save()
        painter.translate(QPointF(width / 2, height / 2))
        painter.rotate(-40)
        painter.translate(-bounds.center())
        painter.fillPath(word, QColor(176, 0, 32, 38))
        painter.restore()

    def _footer(
        self, painter: QPainter, body: QRectF, page_height: float, number: int, pages: int
    ) -> None:
        meta = self.document.meta
        parts = [
            self._country(),
            meta.get("period", ""),
            self.tr("FINAL") if self.document.final else self.tr("DRAFT"),
            fill(self.tr("revision %1"), self._count(int(meta.get("revision", "0")))),
            fill(self.tr("page %1 of %2"), self._count(number), self._count(pages)),
            meta.get("sha256", "")[:12],
        ]
        painter.save()
        painter.setLayoutDirection(self.direction)
        painter.setPen(QColor("#444444"))
        painter.setFont(self._font(7.5))
        rule_y = body.bottom() + 4 * _RESOLUTION / 25.4
        painter.drawLine(int(body.left()), int(rule_y), int(body.right()), int(rule_y))
        area = QRectF(body.left(), rule_y, body.width(), page_height - rule_y)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        option.setTextDirection(self.direction)
        painter.drawText(area, "  ·  ".join(part for part in parts if part), option)
        painter.restore()
