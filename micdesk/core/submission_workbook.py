"""Writing the ``micdesk-submission/1`` workbook (docs/formats/submission.md), without a store.

The rows are prepared and checked in memory first (text cleaned, over-long cells
noted), then the sheets are written with openpyxl's write-only mode through the
fast row writer (``xlsx_rows``). Recording the export is ``submission_export``'s.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from micdesk.core.countries import country_name
from micdesk.core.print_layout import PrintLayout, fit_row_height, footer_text
from micdesk.core.queries_sheet import write_queries_sheet
from micdesk.core.records import Completeness, OpenSubmission, ValueState
from micdesk.core.sheet_texts import (
    FINDING_PARAMS,
    RIGHT_TO_LEFT_LANGUAGES,
    sheet_languages,
    sheet_text,
)
from micdesk.core.signatures import decode_public_key, fingerprint, short_fingerprint
from micdesk.core.submission_document import AreaSection, SubmissionDocument, value_cell
from micdesk.core.submission_format import (
    COVER_SHEET,
    DATA_COLUMNS,
    DATA_SHEET,
    DERIVED_FROM_COLUMN,
    EXACT_NUMBER_COLUMNS,
    EXACT_NUMBER_FIRST_COLUMN,
    EXCEL_CELL_LIMIT,
    FIXED_SHEETS,
    FOLLOW_UP_MARK,
    META_SHEET,
    NARRATIVE_COLUMNS,
    NARRATIVE_SHEET,
    NUMBER_COLUMNS,
    SIGNATURE_META_KEYS,
    TIMESTAMP_FORMAT,
    XML_ILLEGAL_CHARACTERS,
    QueryRow,
)
from micdesk.core.validation import Finding
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, NarrativeField
from micdesk.core.workplan import WorkPlanTemplate, pick_text
from micdesk.core.xlsx_cells import (
    CellValue,
    ExactNumber,
    add_named_style,
    fast_cell,
    filter_table,
    set_column_widths,
)
from micdesk.core.xlsx_files import unique_sheet_name
from micdesk.core.xlsx_rows import new_sheet

Progress = Callable[[int, int], None]


CONTEXT_ROWS = (
    ("tools", "UNIDO tools"),
    ("government_role", "Role of MIC governments"),
    ("outcomes", "Main outcomes"),
    ("outputs", "UNIDO MIC-specific outputs"),
)


# The area sheets' columns: label key in sheet_texts, width.
_AREA_COLUMNS = (
    ("column_code", 10),
    ("column_indicator", 42),
    ("column_breakdown", 22),
    ("column_value", 14),
    ("column_notation", 9),
    ("column_unit", 9),
    ("column_baseline", 12),
    ("column_target", 12),
    ("column_comment", 36),
    ("column_source", 24),
)


_COVER_WIDTHS = (26, 66)
_NARRATIVE_WIDTHS = (10, 14, 100)
# Data columns that hold sentences: wrapped when printed, the row as tall as they need.
_SENTENCE_COLUMNS = frozenset({"indicator_label", "disaggregation", "comment", "source"})
DERIVED_FROM_WIDTH = 50
_DATA_WIDTHS = {
    "area": 8,
    "indicator_code": 14,
    "indicator_label": 40,
    "disaggregation": 24,
    "kind": 10,
    "value": 14,
    "notation": 9,
    "unit": 9,
    "baseline": 12,
    "target": 12,
    "comment": 40,
    "source": 24,
    "follow_up": 9,
    "last_changed": 21,
}


@dataclass(frozen=True)
class RemovedCharacters:
    """Control characters XML forbids, removed from one text at export."""

    where: str
    count: int

    def __str__(self) -> str:
        return f"{self.where}: {self.count} control character(s) removed"


@dataclass
class TextCleaner:
    """Removes XML-illegal characters and notes over-long texts, with where they were."""

    removed: list[RemovedCharacters] = field(default_factory=list)
    too_long: list[str] = field(default_factory=list)

    def __call__(self, text: str | None, where: str) -> str:
        if not text:
            return ""
        cleaned, count = XML_ILLEGAL_CHARACTERS.subn("", text)
        if count:
            self.removed.append(RemovedCharacters(where, count))
        if len(cleaned) > EXCEL_CELL_LIMIT:
            self.too_long.append(f"{where}: {len(cleaned):,} characters")
        return cleaned


@dataclass(frozen=True)
class PreparedRows:
    data: list[list[CellValue]]
    narratives: list[tuple[str, str, str]]
    exact: list[tuple[str, str, str, str]]
    # The cleaned Data cells by (indicator code, cell) for the readable area sheets.
    by_key: dict[tuple[str, str], dict[str, CellValue]]
    # Where a row's value came from when a template's crosswalk carried it (docs/formats/
    # submission.md: an optional column after the 14, outside the hash).
    derived: list[str | None] = field(default_factory=list)


def _data_order(template: WorkPlanTemplate) -> dict[tuple[str, str], int]:
    order: dict[tuple[str, str], int] = {}
    for area in template.areas:
        for indicator in template.indicators_of(area.code):
            for cell in template.cells_of(indicator):
                order[(indicator.code, cell)] = len(order)
    return order


def _has_content(state: ValueState) -> bool:
    return bool(state.is_filled or state.comment or state.source or state.follow_up)


def prepare_rows(
    template: WorkPlanTemplate,
    values: dict[tuple[str, str], ValueState],
    narratives: dict[tuple[str, str], str],
    targets: dict[str, Any],
    language: str,
    clean: TextCleaner,
    lineage: Mapping[tuple[str, str], str] | None = None,
) -> PreparedRows:
    order = _data_order(template)
    lineage = lineage or {}
    derived: list[str | None] = []
    ordered = sorted(
        (state for state in values.values() if _has_content(state)),
        key=lambda s: (order.get(s.key, len(order)), s.key),
    )
    data: list[list[CellValue]] = []
    by_key: dict[tuple[str, str], dict[str, CellValue]] = {}
    exact: list[tuple[str, str, str, str]] = []
    for state in ordered:
        row_number = len(data) + 2
        indicator = (
            template.indicator(state.indicator_code)
            if template.has_indicator(state.indicator_code)
            else None
        )
        where = f"{DATA_SHEET} row {row_number} ({state.indicator_code}"
        where += f" [{state.cell}])" if state.cell else ")"
        target = targets.get(state.indicator_code) if state.cell == TOTAL_CELL else None
        label = pick_text(indicator.label, language, template.default_language) if indicator else ""
        row: dict[str, CellValue] = {
            "area": indicator.area if indicator else "",
            "indicator_code": state.indicator_code,
            "indicator_label": clean(label, f"{where} label"),
            "disaggregation": state.cell,
            "kind": indicator.kind.value if indicator else "",
            "value": value_cell(indicator, state.value),
            "notation": state.notation.value if state.notation else None,
            "unit": clean(indicator.unit if indicator else "", f"{where} unit"),
            "baseline": value_cell(indicator, target.baseline if target else None),
            "target": value_cell(indicator, target.target if target else None),
            "comment": clean(state.comment, f"{where} comment"),
            "source": clean(state.source, f"{where} source"),
            "follow_up": FOLLOW_UP_MARK if state.follow_up else None,
            "last_changed": (
                state.updated_at.strftime(TIMESTAMP_FORMAT) if state.updated_at else None
            ),
        }
        if isinstance(row["value"], str):
            row["value"] = clean(row["value"], f"{where} value")
        for name in NUMBER_COLUMNS:
            cell_value = row[name]
            if isinstance(cell_value, ExactNumber) and cell_value.needs_exact_text:
                exact.append((state.indicator_code, state.cell, name, cell_value.text))
        data.append([row[name] for name in DATA_COLUMNS])
        by_key[state.key] = row
        origin = lineage.get(state.key)
        derived.append(clean(origin, f"{where} derived_from") if origin else None)
    narrative_rows = []
    area_order = {area.code: area.order for area in template.areas}
    field_order = [f.value for f in NarrativeField]
    for (area_code, field_name), text in sorted(
        narratives.items(),
        key=lambda item: (
            area_order.get(item[0][0], len(area_order)),
            item[0][0],
            field_order.index(item[0][1]) if item[0][1] in field_order else len(field_order),
        ),
    ):
        if text:
            where = f"{NARRATIVE_SHEET} row {len(narrative_rows) + 2} ({area_code} {field_name})"
            narrative_rows.append((area_code, field_name, clean(text, where)))
    return PreparedRows(data, narrative_rows, exact, by_key, derived)


def canonical_text(cell: CellValue) -> str:
    if cell is None:
        return ""
    if isinstance(cell, ExactNumber):
        return cell.text
    return cell


def discard_workbook(workbook: Workbook) -> None:
    """Close the sheets of a workbook that will not be saved (a crash or a cancel midway)."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):  # already closed by the save that failed
            sheet.close()


class Styles:
    """Named styles registered once per workbook (cheaper than per-cell fonts)."""

    HEADER = "micdesk header"
    TITLE = "micdesk title"
    WRAP = "micdesk wrap"
    LABEL = "micdesk label"
    TOP = "micdesk top"
    WRAP_LOW = "micdesk wrap bottom"
    SIGN_LABEL = "micdesk signature label"
    SIGN_LINE = "micdesk signature line"

    def __init__(self, workbook: Workbook) -> None:
        top_wrap = Alignment(wrap_text=True, vertical="top")
        bottom = Alignment(vertical="bottom")
        for name, font, fill, alignment in (
            (
                self.HEADER,
                Font(bold=True),
                PatternFill("solid", fgColor="DDEBF7"),
                Alignment(wrap_text=True, vertical="top"),
            ),
            (self.TITLE, Font(bold=True, size=14), None, top_wrap),
            (self.WRAP, None, None, top_wrap),
            (self.LABEL, Font(bold=True), None, top_wrap),
            (self.TOP, None, None, Alignment(vertical="top")),
            (self.WRAP_LOW, None, None, Alignment(wrap_text=True, vertical="bottom")),
            (self.SIGN_LABEL, Font(bold=True), None, bottom),
        ):
            add_named_style(workbook, name, font=font, fill=fill, alignment=alignment)
        thin = Border(bottom=Side(style="thin"))
        add_named_style(workbook, self.SIGN_LINE, alignment=bottom, border=thin)


def build_workbook(
    template: WorkPlanTemplate,
    submission: OpenSubmission,
    prepared: PreparedRows,
    meta: dict[str, str],
    document: SubmissionDocument,
    findings: list[Finding],
    overall: Completeness,
    language: str,
    final: bool,
    paper: str,
    progress: Progress | None,
    queries: Sequence[QueryRow] = (),
) -> Workbook:
    workbook = Workbook(write_only=True)
    Styles(workbook)
    steps = 3 + len(template.areas)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            try:
                progress(done, steps)
            except BaseException:  # the caller cancels by raising from its callback
                discard_workbook(workbook)
                raise

    layout = PrintLayout(
        paper=paper,
        right_to_left=language in RIGHT_TO_LEFT_LANGUAGES,
        footer=footer_text(
            f"{country_name(meta['country'], language)} ({meta['country']})",
            meta["period"],
            sheet_text("footer_final" if final else "footer_draft", language),
            sheet_text("footer_revision", language, meta["revision"]),
            meta["sha256"],
            sheet_text("footer_page", language),
        ),
    )
    _write_cover(workbook, template, meta, findings, overall, final, language, layout)
    step()
    _write_data(workbook, prepared, layout)
    step()
    narrative_sheet = new_sheet(workbook, NARRATIVE_SHEET)
    layout.apply(narrative_sheet, landscape=True, title_rows="1:1")
    narrative_sheet.freeze_panes = "A2"
    set_column_widths(narrative_sheet, list(_NARRATIVE_WIDTHS))
    narrative_sheet.append(
        [fast_cell(narrative_sheet, name, Styles.HEADER) for name in NARRATIVE_COLUMNS]
    )
    for number, (area_code, field_name, text) in enumerate(prepared.narratives, start=2):
        fit_row_height(narrative_sheet, number, [(text, _NARRATIVE_WIDTHS[2])])
        narrative_sheet.append(
            [
                fast_cell(narrative_sheet, area_code, Styles.TOP),
                fast_cell(narrative_sheet, field_name, Styles.TOP),
                fast_cell(narrative_sheet, text, Styles.WRAP),
            ]
        )
    filter_table(narrative_sheet, len(NARRATIVE_COLUMNS), len(prepared.narratives))
    if queries:  # only a return that answers UNIDO's queries has the sheet
        write_queries_sheet(workbook, queries, layout, Styles.HEADER, Styles.WRAP)
    step()
    used_names = {name.lower() for name in FIXED_SHEETS}
    for section in document.areas:
        name = unique_sheet_name(section.code, used_names, "Area")
        _write_area(new_sheet(workbook, name), section, layout, language)
        step()
    meta_sheet = new_sheet(workbook, META_SHEET)
    meta_sheet.sheet_state = "hidden"
    meta_rows = list(meta.items())
    exact_rows = [list(EXACT_NUMBER_COLUMNS), *[list(row) for row in prepared.exact]]
    gap = [None] * (EXACT_NUMBER_FIRST_COLUMN - 3)
    for index in range(max(len(meta_rows), len(exact_rows))):
        key, value = meta_rows[index] if index < len(meta_rows) else (None, None)
        exact = exact_rows[index] if index < len(exact_rows) else []
        meta_sheet.append(
            [
                fast_cell(meta_sheet, key),
                fast_cell(meta_sheet, value),
                *gap,
                *(fast_cell(meta_sheet, text) for text in exact),
            ]
        )
    return workbook


def _write_cover(
    workbook: Workbook,
    template: WorkPlanTemplate,
    meta: dict[str, str],
    findings: list[Finding],
    overall: Completeness,
    final: bool,
    language: str,
    layout: PrintLayout,
) -> None:
    sheet = new_sheet(workbook, COVER_SHEET)
    set_column_widths(sheet, list(_COVER_WIDTHS))
    layout.apply(sheet, landscape=False)
    title = pick_text(template.title, language, template.default_language)
    title = sheet_text("cover_title", language, title)
    # Across both columns and wrapped: a title running past column B made the printed
    # Cover as wide as the title, shrunk into a corner of the page.
    sheet.merged_cells.add("A1:B1")
    fit_row_height(sheet, 1, [(title, sum(_COVER_WIDTHS))], points=14)
    sheet.append([fast_cell(sheet, title, Styles.TITLE)])
    status = sheet_text("status_final" if final else "status_draft", language)
    sheet.append(
        [
            fast_cell(sheet, sheet_text("status", language), Styles.LABEL),
            fast_cell(sheet, status, Styles.LABEL),
        ]
    )
    percent = WriteOnlyCell(sheet, overall.percent / 100)
    percent.number_format = "0.0%"
    rows: list[tuple[str, Any]] = [
        # The country named in the sheet's language (CLDR), its ISO code beside it.
        ("country", f"{country_name(meta['country'], language)} ({meta['country']})"),
        ("period", meta["period"]),
        ("focal_point", meta["focal_point"]),
        ("institution", meta["institution"]),
        ("email", meta["email"]),
        ("template", meta["template_id"]),
        ("template_version", int(meta["template_version"])),
        ("app_version", meta["app_version"]),
        ("exported_at", meta["exported_at"]),
        ("uuid", meta["uuid"]),
        ("revision", int(meta["revision"])),
        ("completeness", percent),
        ("cells_filled", sheet_text("cells_of", language, overall.done, overall.total)),
        ("sha256", meta["sha256"]),
    ]
    if SIGNATURE_META_KEYS[0] in meta:
        key = decode_public_key(meta[SIGNATURE_META_KEYS[0]])
        rows.append(("signed_by", short_fingerprint(fingerprint(key))))
    row_number = 2
    for label_key, value in rows:
        label = sheet_text(label_key, language)
        cell = value if isinstance(value, Cell) else fast_cell(sheet, value, Styles.WRAP)
        row_number += 1
        if isinstance(value, str):
            fit_row_height(sheet, row_number, [(value, _COVER_WIDTHS[1])])
        sheet.append([fast_cell(sheet, label, Styles.LABEL), cell])
    row_number = _write_signature_block(sheet, row_number, language)
    if final:
        return
    sheet.append([])
    row_number += 2
    open_problems = [f for f in findings if f.severity.value == "error" or not f.explained]
    heading = (
        sheet_text("open_problems", language, len(open_problems))
        if open_problems
        else sheet_text("no_open_problems", language)
    )
    sheet.append([fast_cell(sheet, heading, Styles.LABEL)])
    for finding in open_problems:
        where = finding.indicator_code + (f" [{finding.cell}]" if finding.cell else "")
        row_number += 1
        sentence = _finding_text(finding, language)
        fit_row_height(sheet, row_number, [(sentence, _COVER_WIDTHS[1])])
        sheet.append(
            [
                fast_cell(
                    sheet, sheet_text(f"{finding.severity.value}_at", language, where), Styles.WRAP
                ),
                fast_cell(sheet, sentence, Styles.WRAP),
            ]
        )


def _write_signature_block(sheet: Any, row_number: int, language: str) -> int:
    """Lines for the director who signs the printed return; the last row's number."""
    sheet.append([])
    heading = sheet_text("approved_for_submission", language)
    sheet.append([fast_cell(sheet, heading, Styles.SIGN_LABEL)])
    row_number += 2
    for key in ("signature_name", "signature_title", "signature_date", "signature"):
        row_number += 1
        sheet.row_dimensions[row_number].height = 42 if key == "signature" else 27
        line = WriteOnlyCell(sheet, None)
        line.style = Styles.SIGN_LINE
        sheet.append([fast_cell(sheet, sheet_text(key, language), Styles.SIGN_LABEL), line])
    return row_number


def _write_data(workbook: Workbook, prepared: PreparedRows, layout: PrintLayout) -> None:
    sheet = new_sheet(workbook, DATA_SHEET)
    layout.apply(sheet, landscape=True, title_rows="1:1")
    sheet.freeze_panes = "A2"
    columns = list(DATA_COLUMNS)
    derived = any(prepared.derived)
    if derived:
        columns.append(DERIVED_FROM_COLUMN)
    set_column_widths(sheet, [_DATA_WIDTHS.get(name, DERIVED_FROM_WIDTH) for name in columns])
    sheet.append([fast_cell(sheet, name, Styles.HEADER) for name in columns])
    # Sentences wrap in their column, ending on the line of the row's numbers.
    styles = [Styles.WRAP_LOW if name in _SENTENCE_COLUMNS else None for name in DATA_COLUMNS]
    sentences = [
        (index, _DATA_WIDTHS[name])
        for index, name in enumerate(DATA_COLUMNS)
        if name in _SENTENCE_COLUMNS
    ]
    for number, row in enumerate(prepared.data, start=2):
        fit_row_height(
            sheet, number, [(row[index], width) for index, width in sentences if row[index]]
        )
        cells = [fast_cell(sheet, value, style) for value, style in zip(row, styles, strict=True)]
        if derived:
            cells.append(fast_cell(sheet, prepared.derived[number - 2], Styles.WRAP_LOW))
        sheet.append(cells)
    filter_table(sheet, len(columns), len(prepared.data))


def _write_area(sheet: Any, section: AreaSection, layout: PrintLayout, language: str) -> None:
    widths = [width for _, width in _AREA_COLUMNS]
    set_column_widths(sheet, widths)
    header_row = len(section.context) + 4
    layout.apply(sheet, landscape=True, title_rows=f"{header_row}:{header_row}")
    # The title, the context and the narratives run across the columns of the table.
    text_width = sum(widths[1:])
    last = get_column_letter(len(widths))

    def paragraph(row: int, label: str, text: str) -> None:
        sheet.merged_cells.add(f"B{row}:{last}{row}")
        fit_row_height(sheet, row, [(label, widths[0]), (text, text_width)])
        sheet.append([fast_cell(sheet, label, Styles.LABEL), fast_cell(sheet, text, Styles.WRAP)])

    title = f"{section.code} — {section.title}"
    sheet.merged_cells.add(f"A1:{last}1")
    fit_row_height(sheet, 1, [(title, sum(widths))], points=14)
    sheet.append([fast_cell(sheet, title, Styles.TITLE)])
    done = section.completeness
    completeness = sheet_text(
        "area_completeness", language, f"{done.percent:.0f}", done.done, done.total
    )
    sheet.append([fast_cell(sheet, completeness)])
    for number, (key, text) in enumerate(section.context, start=3):
        paragraph(number, sheet_text(key, language), text)
    sheet.append([])
    headings = [(sheet_text(key, language), width) for key, width in _AREA_COLUMNS]
    fit_row_height(sheet, header_row, headings)
    sheet.append([fast_cell(sheet, heading, Styles.HEADER) for heading, _ in headings])
    for number, row in enumerate(section.rows, start=header_row + 1):
        total = row.is_total
        label = row.indicator_label if total else ""
        texts = (label, row.breakdown_label, row.comment, row.source)
        columns = (widths[1], widths[2], widths[8], widths[9])
        fit_row_height(sheet, number, zip(texts, columns, strict=True))
        sheet.append(
            [
                fast_cell(sheet, row.indicator_code if total else None, Styles.TOP),
                fast_cell(sheet, label, Styles.WRAP),
                fast_cell(sheet, row.breakdown_label, Styles.WRAP),
                fast_cell(sheet, _readable_value(row.value, row.kind, language), Styles.TOP),
                fast_cell(sheet, row.notation, Styles.TOP),
                fast_cell(sheet, _unit_text(row.unit, language) if total else None, Styles.TOP),
                fast_cell(sheet, row.baseline, Styles.TOP),
                fast_cell(sheet, row.target, Styles.TOP),
                fast_cell(sheet, row.comment, Styles.WRAP),
                fast_cell(sheet, row.source, Styles.WRAP),
            ]
        )
    sheet.append([])
    first = header_row + len(section.rows) + 2
    for number, (field_name, text) in enumerate(section.narratives, start=first):
        paragraph(number, sheet_text(field_name, language), text)


def _readable_value(value: Any, kind: str, language: str) -> Any:
    """A value as an area sheet shows it: yes and no in the sheet's language, the rest as is."""
    if kind == IndicatorKind.YES_NO and value in ("yes", "no"):
        return sheet_text(value, language)
    return value


def _unit_text(unit: str | None, language: str) -> str | None:
    """A template's unit on a readable sheet ("count" in words; symbols as they are)."""
    return sheet_text("unit_count", language) if unit == "count" else unit


def _finding_text(finding: Finding, language: str) -> str:
    """A finding's sentence in the sheet's language (the command line's English in English)."""
    names = FINDING_PARAMS.get(finding.rule.value)
    if names is None or language not in sheet_languages() or language == "en":
        return finding.message
    return sheet_text(finding.rule.value, language, *(finding.params.get(n, "") for n in names))
