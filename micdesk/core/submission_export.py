"""Writing the ``micdesk-submission/1`` workbook for UNIDO (DESIGN §4).

Everything is prepared and checked in memory first (text cleaned, long cells
refused, the hash computed), then written with openpyxl's write-only mode to a
temporary file beside the target, recorded in the store, and renamed into place.
"""

from __future__ import annotations

import contextlib
import logging
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from math import isfinite
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import _escape_cdata  # type: ignore[attr-defined]

from openpyxl import LXML, Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell._writer import write_cell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.cell.cell import Cell as _Cell
from openpyxl.comments.comment_sheet import CommentRecord
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet as _OpenpyxlSheet
from openpyxl.worksheet._writer import WorksheetWriter
from sqlalchemy import func, select

from micdesk import __version__
from micdesk.core.backups import start_background_backup
from micdesk.core.model import (
    TOTAL_CELL,
    NarrativeField,
    Submission,
    SubmissionExport,
    SubmissionStatus,
    utc_now,
)
from micdesk.core.periods import previous_period
from micdesk.core.store import Store
from micdesk.core.submission_reader import (
    COVER_SHEET,
    DATA_COLUMNS,
    DATA_SHEET,
    EXACT_NUMBER_COLUMNS,
    EXACT_NUMBER_FIRST_COLUMN,
    EXCEL_CELL_LIMIT,
    FIXED_SHEETS,
    FOLLOW_UP_MARK,
    META_SHEET,
    NARRATIVE_COLUMNS,
    NARRATIVE_SHEET,
    NUMBER_COLUMNS,
    SUBMISSION_FORMAT,
    TIMESTAMP_FORMAT,
    XML_ILLEGAL_CHARACTERS,
    canonical_sha256,
    encode_cell_text,
    number_from_cell,
)
from micdesk.core.submissions import (
    Completeness,
    OpenSubmission,
    ValueState,
    completeness,
    get_profile,
    list_narratives,
    list_targets,
    list_values,
    overall_completeness,
    values_of_period,
)
from micdesk.core.validation import Finding, errors, unexplained_warnings, validate_values
from micdesk.core.values import IndicatorValueType, canonical_decimal, encode_value
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate, pick_text
from micdesk.core.xlsx_files import atomic_path, unique_sheet_name

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

# Excel shows at most this many digits; more decimals than this keep General format.
_MAX_FORMAT_DECIMALS = 15
_CONTEXT_ROWS = (
    ("tools", "UNIDO tools"),
    ("government_role", "Role of MIC governments"),
    ("outcomes", "Main outcomes"),
    ("outputs", "UNIDO MIC-specific outputs"),
)
_NARRATIVE_TITLES = {
    NarrativeField.PROGRESS.value: "Progress",
    NarrativeField.CHALLENGES.value: "Challenges",
    NarrativeField.SUPPORT.value: "Support needed from UNIDO",
}
_AREA_COLUMNS = (
    ("Code", 10),
    ("Indicator", 42),
    ("Breakdown", 22),
    ("Value", 14),
    ("Notation", 9),
    ("Unit", 9),
    ("Baseline", 12),
    ("Target", 12),
    ("Comment", 36),
    ("Source", 24),
)
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


class ExportRefused(Exception):
    """Nothing was written; the message says why."""


class FinalExportRefused(ExportRefused):
    """A final export needs no hard errors and a comment on every warning (DESIGN §4)."""

    def __init__(self, problems: list[Finding]) -> None:
        self.problems = problems
        lines = [str(finding) for finding in problems]
        count_errors = len(errors(problems))
        count_warnings = len(problems) - count_errors
        super().__init__(
            f"A final export is refused: {count_errors} error(s) to fix and "
            f"{count_warnings} warning(s) without a comment:\n  " + "\n  ".join(lines)
        )


class CellTooLong(ExportRefused):
    """Some text is longer than the 32,767 characters an Excel cell holds."""

    def __init__(self, places: list[str]) -> None:
        self.places = places
        super().__init__(
            f"Export refused: {len(places)} text(s) longer than the {EXCEL_CELL_LIMIT:,} "
            "characters an Excel cell can hold; shorten them:\n  " + "\n  ".join(places)
        )


@dataclass(frozen=True)
class RemovedCharacters:
    """Control characters XML forbids, removed from one text at export."""

    where: str
    count: int

    def __str__(self) -> str:
        return f"{self.where}: {self.count} control character(s) removed"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    uuid: str
    revision: int
    final: bool
    sha256: str
    completeness: Completeness
    data_rows: int
    narrative_rows: int
    removed_characters: tuple[RemovedCharacters, ...] = ()
    findings: tuple[Finding, ...] = ()


@dataclass
class _Cleaner:
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
class ExactNumber:
    """A number cell: the exact text and the format it is shown with."""

    text: str

    @cached_property
    def number(self) -> int | float:
        decimal = Decimal(self.text)
        if decimal == decimal.to_integral_value() and "." not in self.text:
            return int(decimal)
        return float(decimal)

    @cached_property
    def number_format(self) -> str:
        decimals = len(self.text.partition(".")[2])
        if decimals == 0:
            return "#,##0"
        if decimals > _MAX_FORMAT_DECIMALS:
            return "General"
        return "#,##0." + "0" * decimals

    @cached_property
    def fits_a_cell(self) -> bool:
        """False for numbers beyond a double's range, which are written as text."""
        return abs(Decimal(self.text)) < Decimal("1e300")

    @cached_property
    def needs_exact_text(self) -> bool:
        """True when the float a reader gets back is not exactly this number."""
        try:
            written = format(self.number, ".16g")  # what openpyxl writes
            return number_from_cell(float(written)) != self.text
        except OverflowError:
            return True


CellValue = str | ExactNumber | None


@dataclass(frozen=True)
class _Prepared:
    data: list[list[CellValue]]
    narratives: list[tuple[str, str, str]]
    exact: list[tuple[str, str, str, str]]
    # The cleaned Data cells by (indicator code, cell) for the readable area sheets.
    by_key: dict[tuple[str, str], dict[str, CellValue]]


def _value_cell(
    indicator: IndicatorDefinition | None, value: IndicatorValueType | str | None
) -> CellValue:
    if value is None:
        return None
    if indicator is None:
        return str(value)
    if (
        indicator.kind.is_numeric
        and isinstance(value, int | Decimal)
        and not isinstance(value, bool)
    ):
        return ExactNumber(canonical_decimal(Decimal(value)))
    if isinstance(value, str) and not indicator.kind.is_numeric:
        return value
    try:
        return encode_value(indicator.kind, value)  # type: ignore[arg-type]
    except (TypeError, ValueError, ArithmeticError):
        return str(value)  # a stored value an older rule allowed; exported as it stands


def _data_order(template: WorkPlanTemplate) -> dict[tuple[str, str], int]:
    order: dict[tuple[str, str], int] = {}
    for area in template.areas:
        for indicator in template.indicators_of(area.code):
            for cell in template.cells_of(indicator):
                order[(indicator.code, cell)] = len(order)
    return order


def _has_content(state: ValueState) -> bool:
    return bool(state.is_filled or state.comment or state.source or state.follow_up)


def _prepare(
    template: WorkPlanTemplate,
    values: dict[tuple[str, str], ValueState],
    narratives: dict[tuple[str, str], str],
    targets: dict[str, Any],
    language: str,
    clean: _Cleaner,
) -> _Prepared:
    order = _data_order(template)
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
            "value": _value_cell(indicator, state.value),
            "notation": state.notation.value if state.notation else None,
            "unit": clean(indicator.unit if indicator else "", f"{where} unit"),
            "baseline": _value_cell(indicator, target.baseline if target else None),
            "target": _value_cell(indicator, target.target if target else None),
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
    return _Prepared(data, narrative_rows, exact, by_key)


def _canonical(cell: CellValue) -> str:
    if cell is None:
        return ""
    if isinstance(cell, ExactNumber):
        return cell.text
    return cell


def _check_final(findings: list[Finding]) -> None:
    problems = errors(findings) + unexplained_warnings(findings)
    if problems:
        raise FinalExportRefused(problems)


def export_submission(
    store: Store,
    submission: OpenSubmission,
    path: Path,
    *,
    final: bool = False,
    language: str = "en",
    include_archived: bool = False,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the submission workbook, record the export, and return what was written."""
    path = Path(path)
    template = submission.template
    values = list_values(store, submission, include_archived=include_archived)
    previous = values_of_period(store, submission, previous_period(submission.period))
    findings = validate_values(template, values, previous)
    if final:
        _check_final(findings)
    narratives = list_narratives(store, submission)
    targets = list_targets(store, submission)
    profile = get_profile(store, submission.country)
    per_area = completeness(template, values)
    overall = overall_completeness(per_area)

    clean = _Cleaner()
    prepared = _prepare(template, values, narratives, targets, language, clean)
    people = {
        "focal_point": clean(profile.focal_point if profile else "", "Cover focal point"),
        "institution": clean(profile.institution if profile else "", "Cover institution"),
        "email": clean(profile.email if profile else "", "Cover e-mail"),
    }
    area_texts = {
        area.code: {
            name: clean(
                pick_text(getattr(area, name), language, template.default_language),
                f"sheet {area.code} {name}",
            )
            for name in ("title", *(key for key, _ in _CONTEXT_ROWS))
        }
        for area in template.areas
    }
    if clean.too_long:
        raise CellTooLong(clean.too_long)

    with store.read() as session:
        row = session.get(Submission, submission.submission_id)
        if row is None:
            raise ExportRefused(f"submission {submission.submission_id} does not exist")
        last = session.scalar(
            select(func.max(SubmissionExport.revision)).where(
                SubmissionExport.submission_fk == submission.submission_id
            )
        )
        revision = max(row.revision, last or 0) + 1
    export_uuid = str(uuid_module.uuid4())
    exported_at = utc_now().replace(microsecond=0)
    identity = {
        "country": submission.country,
        "period": submission.period,
        "template_id": template.template_id,
        "template_version": str(template.version),
        "uuid": export_uuid,
        "revision": str(revision),
        "final": "true" if final else "false",
    }
    sha256 = canonical_sha256(
        identity,
        ([_canonical(cell) for cell in row] for row in prepared.data),
        prepared.narratives,
    )
    meta = {
        "format": SUBMISSION_FORMAT,
        **identity,
        "sha256": sha256,
        "completeness": repr(round(overall.percent, 4)),
        "cells_done": str(overall.done),
        "cells_total": str(overall.total),
        "exported_at": exported_at.strftime(TIMESTAMP_FORMAT),
        "app_version": __version__,
        "language": language,
        **people,
    }
    workbook = _build_workbook(
        template,
        submission,
        prepared,
        meta,
        area_texts,
        targets,
        findings,
        per_area,
        overall,
        language,
        final,
        progress,
    )
    result = ExportResult(
        path=path,
        uuid=export_uuid,
        revision=revision,
        final=final,
        sha256=sha256,
        completeness=overall,
        data_rows=len(prepared.data),
        narrative_rows=len(prepared.narratives),
        removed_characters=tuple(clean.removed),
        findings=tuple(findings),
    )
    try:
        written = _save_and_record(store, submission, workbook, path, result)
    except BaseException:
        _discard(workbook)
        raise
    if written:
        # The file is in place (fsynced, renamed) and recorded before this starts.
        start_background_backup(store, "after-export")
    return result


def _save_and_record(
    store: Store, submission: OpenSubmission, workbook: Workbook, path: Path, result: ExportResult
) -> bool:
    """Save beside ``path``, record the export, rename into place; False if not recorded."""
    template = submission.template
    with atomic_path(path) as temporary:
        workbook.save(temporary)
        if store.read_only:
            # Rescuing damaged data: the file is what matters; the store cannot record it.
            return False
        # Recorded before the rename: if this fails, the file never appears under its name.
        with store.transaction() as session:
            parent = session.get(Submission, submission.submission_id)
            assert parent is not None
            session.add(
                SubmissionExport(
                    submission_fk=parent.id,
                    revision=result.revision,
                    uuid=result.uuid,
                    template_version=template.version,
                    final=result.final,
                    sha256=result.sha256,
                    path=str(path.resolve()),
                    exported_at=utc_now(),
                )
            )
            parent.revision = result.revision
            parent.status = SubmissionStatus.EXPORTED.value
    return True


def _discard(workbook: Workbook) -> None:
    """Close the sheets of a workbook that will not be saved (a crash or a cancel midway)."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):  # already closed by the save that failed
            sheet.close()


class _Styles:
    """Named styles registered once per workbook (cheaper than per-cell fonts)."""

    HEADER = "micdesk header"
    TITLE = "micdesk title"
    WRAP = "micdesk wrap"
    LABEL = "micdesk label"

    def __init__(self, workbook: Workbook) -> None:
        top_wrap = Alignment(wrap_text=True, vertical="top")
        for name, font, fill, alignment in (
            (
                self.HEADER,
                Font(bold=True),
                PatternFill("solid", fgColor="DDEBF7"),
                Alignment(wrap_text=True, vertical="top"),
            ),
            (self.TITLE, Font(bold=True, size=14), None, Alignment(vertical="top")),
            (self.WRAP, None, None, top_wrap),
            (self.LABEL, Font(bold=True), None, top_wrap),
        ):
            style = NamedStyle(name=name)
            if font is not None:
                style.font = font
            if fill is not None:
                style.fill = fill
            style.alignment = alignment
            workbook.add_named_style(style)


def safe_cell(sheet: Any, value: CellValue | int | float, style: str | None = None) -> Any:
    """A write-only cell; text is always a text cell, never a formula or an error code."""
    if value is None or value == "":
        if style is None:
            return None
        cell = WriteOnlyCell(sheet, None)
    elif isinstance(value, ExactNumber) and value.fits_a_cell:
        cell = WriteOnlyCell(sheet, value.number)
        cell.number_format = value.number_format
    elif isinstance(value, ExactNumber):
        cell = WriteOnlyCell(sheet, value.text)  # beyond a double's range: exact as text
        cell.data_type = "s"
    elif isinstance(value, str):
        text = encode_cell_text(value)
        if style is None and not text.startswith("=") and text not in ERROR_CODES:
            return text  # openpyxl binds any other string as a text cell
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"  # never a formula nor an error code (DESIGN §4)
    else:
        cell = WriteOnlyCell(sheet, value)
    if style is not None:
        cell.style = style
    return cell


def _cell(sheet: Any, value: CellValue | int | float, style: str | None = None) -> Any:
    """``safe_cell`` for the export's own sheets, with less work per cell.

    The same values, types and formats as ``safe_cell``, with two differences that
    change nothing a reader sees: an empty cell is left out even when it would be
    styled (an alignment on a cell without text shows nothing), and a cell's style is a
    copy of an array computed once per workbook for each (named style, number format)
    rather than looked up by name and format for every cell.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = encode_cell_text(value)
        if style is None and not text.startswith("=") and text not in ERROR_CODES:
            return text  # openpyxl binds any other string as a text cell
        cell = WriteOnlyCell(sheet, text)
        cell.data_type = "s"  # never a formula nor an error code (DESIGN §4)
        if style is not None:
            cell._style = _style_array(sheet, style, None)
        return cell
    if isinstance(value, ExactNumber):
        if value.fits_a_cell:
            cell = WriteOnlyCell(sheet, value.number)
            cell._style = _style_array(sheet, style, value.number_format)
        else:
            cell = WriteOnlyCell(sheet, value.text)  # beyond a double's range: exact as text
            cell.data_type = "s"
            if style is not None:
                cell._style = _style_array(sheet, style, None)
        return cell
    cell = WriteOnlyCell(sheet, value)
    if style is not None:
        cell._style = _style_array(sheet, style, None)
    return cell


class _RowWriter(WorksheetWriter):
    """openpyxl's sheet writer, with each row's plain text and number cells written directly.

    openpyxl (without lxml) builds an element tree per cell and serialises it through a
    general namespace-aware writer; here the same bytes are put together as text. Any
    other cell (a formula, an error code, a date, text with characters XML forbids, a
    row with a height...) goes through openpyxl's own code, as does every cell when the
    stream is not the one this expects. ``test_fast_rows_write_what_openpyxl_writes``
    compares the two paths byte for byte.
    """

    def write_row(self, xf: Any, row: Any, row_idx: int) -> None:
        write = getattr(xf, "_file", None)
        if LXML or not callable(write) or row_idx in self.ws.row_dimensions:
            super().write_row(xf, _OpenpyxlSheet._values_to_row(self.ws, row, row_idx), row_idx)
            return
        parts = [f'<row r="{row_idx}">']
        for column, original in enumerate(row, 1):
            if original is None:
                continue
            value, style = original, ""
            if type(original) is _Cell:
                if (
                    original.data_type not in ("s", "n")
                    or original.hyperlink is not None
                    or original._comment is not None
                ):
                    value = None
                else:
                    value = original._value
                    if original.has_style:
                        style = f' s="{original.style_id}"'
            kind = type(value)
            if (
                kind is str
                and value
                and len(value) <= EXCEL_CELL_LIMIT
                and not (value[0] == "=" and len(value) > 1)
                and value not in ERROR_CODES
                and not ILLEGAL_CHARACTERS_RE.search(value)
            ):
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                parts.append(
                    f'<c r="{_column_letter(column)}{row_idx}"{style} t="inlineStr"><is>'
                    f"<t{space}>{_escape_cdata(value)}</t></is></c>"
                )
            elif (kind is int or kind is float) and isfinite(value):
                parts.append(
                    f'<c r="{_column_letter(column)}{row_idx}"{style} t="n">'
                    f"<v>{value:.16g}</v></c>"  # openpyxl's '%.16g'
                )
            else:  # anything else exactly as openpyxl writes it
                write("".join(parts))
                parts = []
                self._write_as_openpyxl(xf, original, column, row_idx)
        parts.append("</row>")
        write("".join(parts))

    def _write_as_openpyxl(self, xf: Any, value: Any, column: int, row_idx: int) -> None:
        """One cell through openpyxl's own code (as WriteOnlyWorksheet and write_row do)."""
        cell = value if isinstance(value, _Cell) else WriteOnlyCell(self.ws, value)
        cell.column = column
        cell.row = row_idx
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        if cell._comment is not None:
            self.ws._comments.append(CommentRecord.from_cell(cell))
        if cell._value is None and not cell.has_style and not cell._comment:
            return
        write_cell(xf, self.ws, cell, cell.has_style)


class _FastSheet(_OpenpyxlSheet):
    """A write-only sheet whose rows go to ``_RowWriter`` as they were appended."""

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = _RowWriter(self)
            self._writer.write_top()

    def _values_to_row(self, values: Any, row_idx: int) -> Any:
        return values


def _new_sheet(workbook: Workbook, title: str) -> Any:
    """``workbook.create_sheet(title)``, with rows written by ``_RowWriter`` when it can."""
    if LXML or not _FAST_ROWS:
        return workbook.create_sheet(title)
    sheet = _FastSheet(parent=workbook, title=title)
    workbook._add_sheet(sheet)
    return sheet


_FAST_ROWS = True  # False writes every cell through openpyxl's own code (tests compare)
_LETTERS: dict[int, str] = {}


def _column_letter(column: int) -> str:
    letter = _LETTERS.get(column)
    if letter is None:
        letter = _LETTERS[column] = _letter(column)
    return letter


def _style_array(sheet: Any, style: str | None, number_format: str | None) -> StyleArray:
    """A fresh copy of the style a cell gets from ``style`` and ``number_format``."""
    workbook = sheet.parent
    arrays = workbook.__dict__.setdefault("_micdesk_style_arrays", {})
    key = (style, number_format)
    array = arrays.get(key)
    if array is None:
        probe = WriteOnlyCell(sheet)
        if style is not None:
            probe.style = style
        if number_format is not None:
            probe.number_format = number_format
        array = arrays[key] = probe._style if probe._style is not None else StyleArray()
    return StyleArray(array)


def _set_widths(sheet: Any, widths: list[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(index)].width = width


def _letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def _fit_to_width(sheet: Any, landscape: bool = True) -> None:
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"


def _build_workbook(
    template: WorkPlanTemplate,
    submission: OpenSubmission,
    prepared: _Prepared,
    meta: dict[str, str],
    area_texts: dict[str, dict[str, str]],
    targets: dict[str, Any],
    findings: list[Finding],
    per_area: dict[str, Completeness],
    overall: Completeness,
    language: str,
    final: bool,
    progress: Progress | None,
) -> Workbook:
    workbook = Workbook(write_only=True)
    _Styles(workbook)
    steps = 3 + len(template.areas)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            try:
                progress(done, steps)
            except BaseException:  # the caller cancels by raising from its callback
                _discard(workbook)
                raise

    right_to_left = language == "ar"
    _write_cover(workbook, template, meta, findings, overall, final, language)
    step()
    _write_data(workbook, prepared)
    step()
    narrative_sheet = _new_sheet(workbook, NARRATIVE_SHEET)
    narrative_sheet.freeze_panes = "A2"
    _set_widths(narrative_sheet, [10, 14, 100])
    narrative_sheet.append(
        [_cell(narrative_sheet, name, _Styles.HEADER) for name in NARRATIVE_COLUMNS]
    )
    for area_code, field_name, text in prepared.narratives:
        narrative_sheet.append(
            [
                _cell(narrative_sheet, area_code),
                _cell(narrative_sheet, field_name),
                _cell(narrative_sheet, text, _Styles.WRAP),
            ]
        )
    narrative_sheet.auto_filter.ref = f"A1:C{len(prepared.narratives) + 1}"
    step()
    used_names = {name.lower() for name in FIXED_SHEETS}
    for area in template.areas:
        name = unique_sheet_name(area.code, used_names, "Area")
        _write_area(
            _new_sheet(workbook, name),
            template,
            area.code,
            area_texts[area.code],
            prepared,
            targets,
            per_area[area.code],
            language,
            right_to_left,
        )
        step()
    meta_sheet = _new_sheet(workbook, META_SHEET)
    meta_sheet.sheet_state = "hidden"
    meta_rows = list(meta.items())
    exact_rows = [list(EXACT_NUMBER_COLUMNS), *[list(row) for row in prepared.exact]]
    gap = [None] * (EXACT_NUMBER_FIRST_COLUMN - 3)
    for index in range(max(len(meta_rows), len(exact_rows))):
        key, value = meta_rows[index] if index < len(meta_rows) else (None, None)
        exact = exact_rows[index] if index < len(exact_rows) else []
        meta_sheet.append(
            [
                _cell(meta_sheet, key),
                _cell(meta_sheet, value),
                *gap,
                *(_cell(meta_sheet, text) for text in exact),
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
) -> None:
    sheet = _new_sheet(workbook, COVER_SHEET)
    _set_widths(sheet, [30, 90])
    _fit_to_width(sheet, landscape=False)
    title = pick_text(template.title, language, template.default_language)
    sheet.append([_cell(sheet, f"UNIDO–MIC work plan submission: {title}", _Styles.TITLE)])
    status = (
        "FINAL — submitted to UNIDO"
        if final
        else "DRAFT — work in progress, not a submission to UNIDO"
    )
    sheet.append([_cell(sheet, "Status", _Styles.LABEL), _cell(sheet, status, _Styles.LABEL)])
    percent = WriteOnlyCell(sheet, overall.percent / 100)
    percent.number_format = "0.0%"
    rows: list[tuple[str, Any]] = [
        ("Country", meta["country"]),
        ("Period", meta["period"]),
        ("Focal point", meta["focal_point"]),
        ("Institution", meta["institution"]),
        ("E-mail", meta["email"]),
        ("Template", meta["template_id"]),
        ("Template version", int(meta["template_version"])),
        ("micdesk version", meta["app_version"]),
        ("Exported at (UTC)", meta["exported_at"]),
        ("Submission UUID", meta["uuid"]),
        ("Revision", int(meta["revision"])),
        ("Completeness", percent),
        ("Cells filled", f"{overall.done} of {overall.total}"),
        ("SHA-256 of the data", meta["sha256"]),
    ]
    for label, value in rows:
        cell = value if isinstance(value, Cell) else _cell(sheet, value, _Styles.WRAP)
        sheet.append([_cell(sheet, label, _Styles.LABEL), cell])
    if final:
        return
    sheet.append([])
    open_problems = [f for f in findings if f.severity.value == "error" or not f.explained]
    heading = f"Open problems ({len(open_problems)})" if open_problems else "Open problems: none"
    sheet.append([_cell(sheet, heading, _Styles.LABEL)])
    for finding in open_problems:
        where = finding.indicator_code + (f" [{finding.cell}]" if finding.cell else "")
        sheet.append(
            [
                _cell(sheet, f"{finding.severity.value}: {where}", _Styles.WRAP),
                _cell(sheet, finding.message, _Styles.WRAP),
            ]
        )


def _write_data(workbook: Workbook, prepared: _Prepared) -> None:
    sheet = _new_sheet(workbook, DATA_SHEET)
    sheet.freeze_panes = "A2"
    _set_widths(sheet, [_DATA_WIDTHS[name] for name in DATA_COLUMNS])
    sheet.append([_cell(sheet, name, _Styles.HEADER) for name in DATA_COLUMNS])
    for row in prepared.data:
        sheet.append([_cell(sheet, value) for value in row])
    sheet.auto_filter.ref = f"A1:{_letter(len(DATA_COLUMNS))}{len(prepared.data) + 1}"


def _write_area(
    sheet: Any,
    template: WorkPlanTemplate,
    area_code: str,
    texts: dict[str, str],
    prepared: _Prepared,
    targets: dict[str, Any],
    area_completeness: Completeness,
    language: str,
    right_to_left: bool,
) -> None:
    sheet.sheet_view.rightToLeft = right_to_left
    _set_widths(sheet, [width for _, width in _AREA_COLUMNS])
    _fit_to_width(sheet)
    sheet.append([_cell(sheet, f"{area_code} — {texts['title']}", _Styles.TITLE)])
    sheet.append(
        [
            _cell(
                sheet,
                f"Completeness: {area_completeness.percent:.0f}% "
                f"({area_completeness.done} of {area_completeness.total} cells)",
            )
        ]
    )
    row_number = 2
    for key, heading in _CONTEXT_ROWS:
        if texts[key]:
            # The context text spans the wide columns; the label stays in column A:B.
            sheet.append(
                [
                    _cell(sheet, heading, _Styles.LABEL),
                    _cell(sheet, texts[key], _Styles.WRAP),
                ]
            )
            row_number += 1
    sheet.append([])
    header_row = row_number + 2
    sheet.append([_cell(sheet, heading, _Styles.HEADER) for heading, _ in _AREA_COLUMNS])
    sheet.print_title_rows = f"{header_row}:{header_row}"
    narratives = {(area, name): text for area, name, text in prepared.narratives}
    for indicator in template.indicators_of(area_code):
        label = _plain(pick_text(indicator.label, language, template.default_language))
        target = targets.get(indicator.code)
        for cell_key in template.cells_of(indicator):
            data = prepared.by_key.get((indicator.code, cell_key), {})
            total = cell_key == TOTAL_CELL
            sheet.append(
                [
                    _cell(sheet, indicator.code if total else None),
                    _cell(sheet, label if total else None, _Styles.WRAP),
                    _cell(
                        sheet, _plain(template.cell_label(indicator, cell_key, language)) or None
                    ),
                    _cell(sheet, data.get("value")),
                    _cell(sheet, data.get("notation")),
                    _cell(sheet, _plain(indicator.unit) if total else None),
                    _cell(
                        sheet, _value_cell(indicator, target.baseline) if total and target else None
                    ),
                    _cell(
                        sheet, _value_cell(indicator, target.target) if total and target else None
                    ),
                    _cell(sheet, data.get("comment"), _Styles.WRAP),
                    _cell(sheet, data.get("source"), _Styles.WRAP),
                ]
            )
    sheet.append([])
    for field_name, heading in _NARRATIVE_TITLES.items():
        text = narratives.get((area_code, field_name), "")
        sheet.append([_cell(sheet, heading, _Styles.LABEL), _cell(sheet, text, _Styles.WRAP)])


def _plain(text: str) -> str:
    """Template text shown on a readable sheet, without characters XML forbids."""
    return XML_ILLEGAL_CHARACTERS.sub("", text)[:EXCEL_CELL_LIMIT]
