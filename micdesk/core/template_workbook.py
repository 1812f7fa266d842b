"""The ``micdesk-template/1`` workbook: read an author's .xlsx, write the installed template.

Reading turns each known sheet into a ``SheetTable`` and hands the lot to
``template_from_sheets``, the same checker the built-in TOML template goes
through, so every problem reads ``sheet!cell: message``. Files are opened only
through ``xlsx_files`` (zip-bomb, macro, encryption and size guards).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils.escape import unescape
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from micdesk.core.crosswalk import crosswalk_rows
from micdesk.core.kinds import kind_names, yes_no
from micdesk.core.submission_format import encode_cell_text
from micdesk.core.template_checker import (
    CROSSWALK_COLUMNS,
    SHEET_NAMES,
    SheetTable,
    column_letter,
)
from micdesk.core.template_sheets import template_from_sheets
from micdesk.core.workplan import (
    AREA_TEXT_COLUMNS,
    TEMPLATE_FORMAT,
    UN_LANGUAGES,
    Translations,
    WorkPlanTemplate,
)
from micdesk.core.xlsx_files import (
    UnreadableWorkbook,
    open_workbook,
    sheet_rows,
    unreadable_workbook,
    write_workbook,
)

LISTS_SHEET = "lists"
"""A hidden helper sheet of the written workbook feeding its drop-down lists (ignored on read)."""
VALIDATED_ROWS = 2000
MIN_COLUMN_WIDTH = 8
MAX_COLUMN_WIDTH = 60
WRAP_ABOVE = 60  # characters: longer texts wrap inside a column of the maximum width


def read_template_sheets(path: Path) -> dict[str, SheetTable]:
    """Read the known sheets of a template workbook as tables (names case-insensitive)."""
    name = Path(path).name
    workbook = open_workbook(Path(path))
    try:
        read: dict[str, SheetTable] = {}
        known = [ws for ws in workbook.worksheets if ws.title.strip().lower() in SHEET_NAMES]
        # settings first: a workbook that is not a template, or a hostile part there, is
        # refused before the larger sheets are parsed. Unknown sheets are the author's
        # own notes (docs/design.md §3).
        for worksheet in sorted(known, key=lambda ws: ws.title.strip().lower() != "settings"):
            try:
                read[worksheet.title] = _read_sheet(worksheet)
            except UnreadableWorkbook as error:
                params = {**error.params, "file": name}
                raise UnreadableWorkbook(f"{name}: {error}", error.key, params) from error
            except Exception as error:  # read-only sheets are parsed lazily, row by row
                raise unreadable_workbook(name, error, sheet=worksheet.title) from error
        return {worksheet.title: read[worksheet.title] for worksheet in known}
    finally:
        workbook.close()


def _read_sheet(worksheet: Any) -> SheetTable:
    rows = sheet_rows(worksheet)
    first = next(rows, None)
    if first is None:
        return SheetTable(name=worksheet.title, headers=[])
    header_row, header_cells = first
    headers = [_header(value) for value in header_cells]
    table = SheetTable(name=worksheet.title, headers=headers, header_row=header_row)
    for number, values in rows:
        table.rows.append((number, [_cell_value(value) for value in values]))
    return table


def _header(value: Any) -> str:
    return "" if value is None else str(_cell_value(value)).strip().lower()


def _cell_value(value: Any) -> Any:
    # Excel writes characters XML cannot hold as _xHHHH_; openpyxl leaves them escaped.
    if isinstance(value, str) and "_x" in value:
        return unescape(value)
    return value


def read_template_workbook(
    path: Path,
    installed_version: int | None = None,
    previous: WorkPlanTemplate | None = None,
) -> WorkPlanTemplate:
    """Read and check a template workbook; raise TemplateProblems or UnreadableWorkbook."""
    sheets = read_template_sheets(path)
    return template_from_sheets(
        sheets, installed_version=installed_version, source=Path(path).name, previous=previous
    )


def settings_template_id(sheets: Mapping[str, SheetTable]) -> str | None:
    """The template_id written on the settings sheet, before any checking (None if absent)."""
    for name, table in sheets.items():
        if name.strip().lower() != "settings" or "template_id" not in table.headers:
            continue
        for _, record in table.records():
            value = record.get("template_id")
            return str(value).strip() if value is not None else None
    return None


# Writing -------------------------------------------------------------------------


def template_languages(template: WorkPlanTemplate) -> list[str]:
    """Every language any text of the template is written in: default first, then UN order."""
    found = {template.default_language}
    for texts in _all_translations(template):
        found.update(language for language, text in texts.items() if text)
    ranked = {language: index for index, language in enumerate(UN_LANGUAGES)}
    return sorted(
        found,
        key=lambda lang: (lang != template.default_language, ranked.get(lang, len(ranked)), lang),
    )


def _all_translations(template: WorkPlanTemplate) -> Iterable[Translations]:
    yield template.title
    for area in template.areas:
        for column in AREA_TEXT_COLUMNS:
            yield getattr(area, column)
    for indicator in template.indicators:
        yield indicator.label
        yield indicator.hint
    for options in template.choice_lists.values():
        for option in options:
            yield option.label
    for disaggregation in template.disaggregations.values():
        for dimension in disaggregation.dimensions:
            for option in dimension.values:
                yield option.label


def _texts(column: str, texts: Translations, languages: Sequence[str]) -> dict[str, str]:
    return {f"{column}::{language}": texts.get(language, "") for language in languages}


def _number(value: Decimal | None) -> int | float | str | None:
    # A number cell when a float holds the limit exactly, else its exact text.
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else format(value, "f")


def template_sheet_rows(template: WorkPlanTemplate) -> dict[str, list[dict[str, Any]]]:
    """The template as rows of header → value per sheet, in the order they are written."""
    languages = template_languages(template)
    settings = {
        "template_id": template.template_id,
        "version": template.version,
        "format": TEMPLATE_FORMAT,
        "default_language": template.default_language,
        "periodicity": template.periodicity.value,
        **_texts("title", template.title, languages),
        # only when set, so that the canonical rows (and signatures) of older templates stay
        **({"portal": template.portal} if template.portal else {}),
    }
    areas = []
    for area in template.areas:
        row: dict[str, Any] = {"code": area.code, "order": area.order}
        for column in AREA_TEXT_COLUMNS:
            row.update(_texts(column, getattr(area, column), languages))
        areas.append(row)
    indicators = [
        {
            "code": indicator.code,
            "area": indicator.area,
            "order": indicator.order,
            **_texts("label", indicator.label, languages),
            **_texts("hint", indicator.hint, languages),
            "kind": indicator.kind.value,
            "unit": indicator.unit,
            "required": yes_no(indicator.required),
            "min": _number(indicator.min_value),
            "max": _number(indicator.max_value),
            "cumulative": yes_no(indicator.cumulative),
            "disaggregation": indicator.disaggregation,
            "choices": indicator.choice_list,
            "replaces": indicator.replaces,
        }
        for indicator in template.indicators
    ]
    choices = [
        {"list": name, "value": option.value, **_texts("label", option.label, languages)}
        for name, options in template.choice_lists.items()
        for option in options
    ]
    disaggregations = [
        {
            "name": name,
            "dimension": dimension.name,
            "value": option.value,
            **_texts("label", option.label, languages),
        }
        for name, disaggregation in template.disaggregations.items()
        for dimension in disaggregation.dimensions
        for option in dimension.values
    ]
    sheets = {
        "settings": [settings],
        "areas": areas,
        "indicators": indicators,
        "choices": choices,
        "disaggregations": disaggregations,
    }
    if template.crosswalk:
        # Only when there is one: the canonical rows of a signed template without a
        # crosswalk stay what they were before the sheet existed.
        sheets["crosswalk"] = [
            {**row, "factor": _number(row["factor"])} for row in crosswalk_rows(template, languages)
        ]
    return sheets


def _headers_of(sheet: str, rows: list[dict[str, Any]], template: WorkPlanTemplate) -> list[str]:
    if rows:
        return list(rows[0])
    # An empty sheet still shows the author which columns it takes.
    languages = template_languages(template)
    if sheet == "crosswalk":
        return [*CROSSWALK_COLUMNS, *(f"note::{language}" for language in languages)]
    base = {"choices": ["list", "value"], "disaggregations": ["name", "dimension", "value"]}
    return base.get(sheet, ["code"]) + [f"label::{language}" for language in languages]


def write_template_workbook(template: WorkPlanTemplate, path: Path) -> None:
    """Write a template as an author-editable ``micdesk-template/1`` workbook, atomically."""
    workbook = build_template_workbook(template)
    write_workbook(Path(path), workbook)


def build_template_workbook(template: WorkPlanTemplate) -> Workbook:
    """The template workbook in memory: bold frozen headers, sized columns, drop-down lists."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    sheets = template_sheet_rows(template)
    sheets.setdefault("crosswalk", [])  # empty: the author fills it for the next version
    for sheet, rows in sheets.items():
        worksheet = workbook.create_sheet(sheet)
        headers = _headers_of(sheet, rows, template)
        _write_table(worksheet, headers, rows)
    lists = workbook.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    _add_drop_downs(workbook["indicators"], lists, template)
    return workbook


def _write_table(worksheet: Worksheet, headers: list[str], rows: list[dict[str, Any]]) -> None:
    bold = Font(bold=True)
    widths = [len(header) for header in headers]
    worksheet.append(headers)
    for cell in worksheet[1]:
        cell.font = bold
    for row in rows:
        worksheet.append([_blank_as_none(row.get(header)) for header in headers])
    for column_cells in worksheet.iter_cols(min_row=2):
        for cell in column_cells:
            if isinstance(cell.value, str):
                widths[cell.column - 1] = max(widths[cell.column - 1], _longest_line(cell.value))
                # A literal '_x000D_' would read back as the character it names.
                cell.value = encode_cell_text(cell.value)
                # openpyxl would turn text starting with '=' into a formula (docs/design.md §10).
                cell.data_type = "s"
            elif cell.value is not None:
                widths[cell.column - 1] = max(widths[cell.column - 1], len(str(cell.value)))
    wrap = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(widths, start=1):
        letter = column_letter(index)
        worksheet.column_dimensions[letter].width = min(
            max(width + 2, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH
        )
        if width > WRAP_ABOVE:
            for (cell,) in worksheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = wrap
    # Keep the header row, and the code column where there is one, in view.
    worksheet.freeze_panes = "B2" if headers and headers[0] in ("code", "list", "name") else "A2"


def _blank_as_none(value: Any) -> Any:
    return None if value == "" else value


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def _add_drop_downs(indicators: Worksheet, lists: Worksheet, template: WorkPlanTemplate) -> None:
    headers = [cell.value for cell in indicators[1]]
    last_row = max(VALIDATED_ROWS, len(template.indicators) + 500)

    def column_range(header: str) -> str | None:
        if header not in headers:
            return None
        letter = column_letter(headers.index(header) + 1)
        return f"{letter}2:{letter}{last_row}"

    def add(header: str, formula: str, *, strict: bool, prompt: str) -> None:
        target = column_range(header)
        if target is None:
            return
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="stop" if strict else "warning",
            error=prompt,
            errorTitle=header,
        )
        validation.add(target)
        indicators.add_data_validation(validation)

    kinds = ",".join(kind_names())
    add("kind", f'"{kinds}"', strict=True, prompt=f"Use one of: {kinds}")
    add("required", '"yes,no"', strict=True, prompt="Use yes or no")
    add("cumulative", '"yes,no"', strict=True, prompt="Use yes or no")
    # Areas, disaggregations and lists the author adds on their own sheets are allowed too.
    add(
        "area",
        f"areas!$A$2:$A${last_row}",
        strict=False,
        prompt="Not an area code on the areas sheet",
    )
    lists.append(["disaggregation", "choices"])
    names = list(template.disaggregations), list(template.choice_lists)
    for index in range(max(len(names[0]), len(names[1]))):
        lists.append([n[index] if index < len(n) else None for n in names])
    for column, (header, found) in enumerate(
        zip(("disaggregation", "choices"), names, strict=True)
    ):
        letter = column_letter(column + 1)
        add(
            header,
            f"{LISTS_SHEET}!${letter}$2:${letter}${max(len(found), 1) + 1}",
            strict=False,
            prompt=f"Not a {header} name defined on its sheet",
        )
