"""The ``micdesk-template/1`` format as sheets of rows, independent of the file type.

A template is a set of sheets (``settings``, ``areas``, ``indicators``,
``choices``, ``disaggregations``), each a header row and data rows. The xlsx
workbook HQ edits and the TOML source of the built-in default template are two
spellings of the same sheets; both are checked here, so every problem is
reported the same way: ``sheet!cell: message``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

from micdesk.core.model import IndicatorKind, Periodicity
from micdesk.core.workplan import (
    AREA_TEXT_COLUMNS,
    TEMPLATE_FORMAT,
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

SHEET_NAMES = ("settings", "areas", "indicators", "choices", "disaggregations")
REQUIRED_SHEETS = ("settings", "areas", "indicators")
REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "settings": ("template_id", "version", "default_language", "format"),
    "areas": ("code", "order"),
    "indicators": ("code", "area", "order", "kind"),
    "choices": ("list", "value"),
    "disaggregations": ("name", "dimension", "value"),
}
INDICATOR_COLUMNS = (
    "code",
    "area",
    "order",
    "kind",
    "unit",
    "required",
    "min",
    "max",
    "cumulative",
    "disaggregation",
    "choices",
    "replaces",
)
CODE_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,49}$")
CELL_REF_PATTERN = re.compile(r"^([A-Z]+)(\d+)$")
# Characters XML 1.0 cannot hold: a workbook cannot carry them, so a template refuses them.
CONTROL_CHARACTER_PATTERN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MAX_CELL_CHARACTERS = 32_767  # Excel's own limit for one cell
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
DEFAULT_TEMPLATE_RESOURCE = "default.toml"


@dataclass(frozen=True)
class TemplateProblem:
    """One thing wrong with a template, located as ``sheet!cell``."""

    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        location = f"{self.sheet}!{self.cell}" if self.cell else self.sheet
        return f"{location}: {self.message}"


class TemplateProblems(Exception):
    """A template was refused; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: list[TemplateProblem], source: str = "") -> None:
        self.problems = problems
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "\n".join(str(p) for p in problems))


@dataclass
class SheetTable:
    """One sheet: its header names (lower-cased) and its data rows with their row numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    header_row: int = 1

    def column_letter(self, header: str) -> str:
        """The spreadsheet column letter of a header (e.g. 'C')."""
        return column_letter(self.headers.index(header) + 1)

    def cell_ref(self, header: str, row_number: int) -> str:
        """The cell reference of a header in a row (e.g. 'C5')."""
        if header not in self.headers:
            return f"{column_letter(len(self.headers) + 1)}{row_number}"
        return f"{self.column_letter(header)}{row_number}"

    def records(self) -> Iterable[tuple[int, dict[str, Any]]]:
        """Each data row as a dict keyed by header, skipping rows that are entirely empty."""
        for row_number, cells in self.rows:
            if all(_blank(value) for value in cells):
                continue
            record = {
                header: (cells[index] if index < len(cells) else None)
                for index, header in enumerate(self.headers)
                if header
            }
            yield row_number, record


def column_letter(index: int) -> str:
    """Spreadsheet column letters for a 1-based index (1 → A, 27 → AA)."""
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _multiline(value: Any) -> str:
    # Long work-plan texts keep their line breaks; only the ends are trimmed.
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


class _Checker:
    """Collects problems while turning sheets into a template."""

    def __init__(self, sheets: Mapping[str, SheetTable]) -> None:
        self.sheets = {name.strip().lower(): table for name, table in sheets.items()}
        self.problems: list[TemplateProblem] = []
        # Cells refused for what they hold (a formula, control characters): one message
        # each is enough, not a second one about the nonsense value they then stand for.
        self.refused_cells: set[tuple[str, str]] = set()

    def problem(self, sheet: str, cell: str, message: str) -> None:
        if (sheet, cell) in self.refused_cells:
            return
        self.problems.append(TemplateProblem(self.sheet_name(sheet), cell, message))

    def check_cells(self, sheet: str, table: SheetTable) -> None:
        """Refuse formulas, control characters and over-long texts anywhere in a sheet."""
        rows = [(table.header_row, table.headers), *table.rows]
        for row_number, cells in rows:
            for index, value in enumerate(cells):
                if not isinstance(value, str):
                    continue
                message = _cell_content_problem(value)
                if message:
                    ref = f"{column_letter(index + 1)}{row_number}"
                    self.problem(sheet, ref, message)
                    self.refused_cells.add((sheet, ref))
        seen: dict[str, int] = {}
        for index, header in enumerate(table.headers):
            if not header:
                continue
            if header in seen:
                self.problem(
                    sheet,
                    f"{column_letter(index + 1)}{table.header_row}",
                    f"the column '{header}' appears twice (first in column "
                    f"{column_letter(seen[header] + 1)})",
                )
            else:
                seen[header] = index

    def sheet_name(self, sheet: str) -> str:
        table = self.sheets.get(sheet)
        return table.name if table else sheet

    def translations(
        self, table: SheetTable, record: dict[str, Any], column: str
    ) -> dict[str, str]:
        texts = {}
        for header, value in record.items():
            base, sep, language = header.partition("::")
            if sep and base == column and not _blank(value):
                texts[language] = _multiline(value)
        return texts

    def check_languages(self, table: SheetTable) -> None:
        for index, header in enumerate(table.headers):
            _, sep, language = header.partition("::")
            if sep and not LANGUAGE_PATTERN.match(language):
                self.problem(
                    table.name.lower(),
                    f"{column_letter(index + 1)}{table.header_row}",
                    f"'{header}' does not name a language: use a code such as 'en' or 'zh'",
                )

    def required_text(
        self,
        sheet: str,
        table: SheetTable,
        row: int,
        record: dict,
        column: str,
        default_language: str,
        what: str,
    ) -> dict[str, str]:
        texts = self.translations(table, record, column)
        if default_language and not texts.get(default_language):
            header = f"{column}::{default_language}"
            self.problem(
                sheet,
                table.cell_ref(header, row),
                f"{what} has no {column} in the default language '{default_language}'"
                + ("" if header in table.headers else f" (add a column '{header}')"),
            )
        return texts

    def integer(self, sheet: str, ref: str, value: Any, what: str) -> int | None:
        if isinstance(value, bool):
            value = None
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        text = _text(value)
        if re.fullmatch(r"[+-]?\d+", text):
            return int(text)
        if not text:
            self.problem(sheet, ref, f"{what} is empty: enter a whole number")
        else:
            self.problem(sheet, ref, f"{what} '{text}' is not a whole number")
        return None

    def decimal(self, sheet: str, ref: str, value: Any, what: str) -> Decimal | None:
        if _blank(value):
            return None
        if isinstance(value, bool):
            self.problem(sheet, ref, f"{what} '{value}' is not a number")
            return None
        try:
            number = (
                Decimal(str(value).strip())
                if not isinstance(value, float)
                else Decimal(repr(value))
            )
        except InvalidOperation:
            self.problem(sheet, ref, f"{what} '{_text(value)}' is not a number")
            return None
        if not number.is_finite():
            self.problem(sheet, ref, f"{what} '{_text(value)}' is not a finite number")
            return None
        # Whole numbers as plain integers: Decimal('5E+3') would read badly in a message.
        return Decimal(int(number)) if number == number.to_integral_value() else number

    def boolean(self, sheet: str, ref: str, value: Any, what: str) -> bool:
        if _blank(value):
            return False
        if isinstance(value, bool):
            return value
        text = _text(value).lower()
        if text in ("yes", "true", "1", "y", "x"):
            return True
        if text in ("no", "false", "0", "n"):
            return False
        self.problem(sheet, ref, f"{what} '{_text(value)}' must be yes or no")
        return False

    def code(self, sheet: str, ref: str, value: Any, what: str) -> str | None:
        text = _text(value)
        if not text:
            self.problem(sheet, ref, f"{what} is empty")
            return None
        if text.startswith("="):
            self.problem(sheet, ref, f"{what} is a formula ('{text}'): type the code itself")
            return None
        if not CODE_PATTERN.match(text):
            self.problem(
                sheet,
                ref,
                f"{what} '{text}' is malformed: use letters, digits, '-', '_' or '.', "
                "starting with a letter (at most 50 characters)",
            )
            return None
        return text


def _cell_content_problem(text: str) -> str | None:
    if text.startswith("="):
        shown = text if len(text) <= 40 else text[:37] + "..."
        return (
            f"the cell holds a formula ('{shown}'): a template holds values only, "
            "type the value itself"
        )
    control = CONTROL_CHARACTER_PATTERN.search(text)
    if control:
        return (
            f"the text contains the control character U+{ord(control.group()):04X}, "
            "which a workbook cannot hold: remove it"
        )
    if len(text) > MAX_CELL_CHARACTERS:
        return (
            f"the text is {len(text):,} characters long, more than the "
            f"{MAX_CELL_CHARACTERS:,} a spreadsheet cell holds"
        )
    return None


def _problem_position(problem: TemplateProblem) -> tuple[int, int, int]:
    sheet = problem.sheet.strip().lower()
    sheet_index = SHEET_NAMES.index(sheet) if sheet in SHEET_NAMES else len(SHEET_NAMES)
    match = CELL_REF_PATTERN.match(problem.cell)
    if not match:
        return sheet_index, 0, 0
    letters, row = match.groups()
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return sheet_index, int(row), column


def _refuse(checker: _Checker, source: str) -> TemplateProblems:
    # Reported sheet by sheet, top to bottom, the order an author fixes them in.
    return TemplateProblems(sorted(checker.problems, key=_problem_position), source)


def template_from_sheets(
    sheets: Mapping[str, SheetTable], *, installed_version: int | None = None, source: str = ""
) -> WorkPlanTemplate:
    """Check sheets and build the template, or raise TemplateProblems listing every problem."""
    checker = _Checker(sheets)
    for name in SHEET_NAMES:
        if name in checker.sheets:
            checker.check_cells(name, checker.sheets[name])
    for name in REQUIRED_SHEETS:
        if name not in checker.sheets:
            checker.problem(name, "", f"the sheet '{name}' is missing")
    for name, columns in REQUIRED_COLUMNS.items():
        table = checker.sheets.get(name)
        if table is None:
            continue
        checker.check_languages(table)
        for column in columns:
            if column not in table.headers:
                checker.problem(
                    name,
                    f"{column_letter(len(table.headers) + 1)}{table.header_row}",
                    f"the column '{column}' is missing",
                )
    if checker.problems:
        raise _refuse(checker, source)

    settings = _read_settings(checker, installed_version)
    default_language = settings.get("default_language", "")
    areas = _read_areas(checker, default_language)
    choice_lists = _read_choices(checker, default_language)
    disaggregations = _read_disaggregations(checker, default_language)
    indicators = _read_indicators(
        checker, default_language, {a.code for a in areas}, choice_lists, disaggregations
    )
    if not checker.problems and not indicators:
        checker.problem(
            "indicators",
            f"A{checker.sheets['indicators'].header_row + 1}",
            "the template has no indicators",
        )
    if checker.problems:
        raise _refuse(checker, source)
    return WorkPlanTemplate(
        template_id=settings["template_id"],
        version=settings["version"],
        title=settings["title"],
        default_language=default_language,
        periodicity=settings["periodicity"],
        areas=tuple(areas),
        indicators=tuple(indicators),
        choice_lists=choice_lists,
        disaggregations=disaggregations,
    )


def _read_settings(checker: _Checker, installed_version: int | None) -> dict[str, Any]:
    table = checker.sheets["settings"]
    records = list(table.records())
    settings: dict[str, Any] = {"periodicity": Periodicity.ANNUAL}
    if not records:
        checker.problem("settings", f"A{table.header_row + 1}", "the settings row is empty")
        return settings
    if len(records) > 1:
        row = records[1][0]
        checker.problem("settings", f"A{row}", "settings must have exactly one row of values")
    row, record = records[0]
    ref = lambda header: table.cell_ref(header, row)  # noqa: E731
    template_id = checker.code(
        "settings", ref("template_id"), record.get("template_id"), "template_id"
    )
    settings["template_id"] = template_id or ""
    version = checker.integer("settings", ref("version"), record.get("version"), "version")
    if version is not None and version < 1:
        checker.problem("settings", ref("version"), f"version {version} must be 1 or more")
    if version is not None and installed_version is not None and version <= installed_version:
        checker.problem(
            "settings",
            ref("version"),
            f"version {version} is not above the installed version {installed_version} "
            f"of '{template_id}'",
        )
    settings["version"] = version or 0
    file_format = _text(record.get("format"))
    if file_format != TEMPLATE_FORMAT:
        checker.problem(
            "settings",
            ref("format"),
            f"format '{file_format}' is not '{TEMPLATE_FORMAT}'"
            if file_format
            else f"format is empty: it must be '{TEMPLATE_FORMAT}'",
        )
    default_language = _text(record.get("default_language")).lower()
    if not LANGUAGE_PATTERN.match(default_language):
        checker.problem(
            "settings",
            ref("default_language"),
            f"default_language '{default_language}' is not a language code such as 'en'",
        )
        default_language = ""
    settings["default_language"] = default_language
    periodicity = _text(record.get("periodicity")).lower() or Periodicity.ANNUAL.value
    try:
        settings["periodicity"] = Periodicity(periodicity)
    except ValueError:
        checker.problem(
            "settings",
            ref("periodicity"),
            f"periodicity '{periodicity}' must be 'annual' or 'semiannual'",
        )
    settings["title"] = checker.required_text(
        "settings", table, row, record, "title", default_language, "The template"
    )
    return settings


def _read_areas(checker: _Checker, default_language: str) -> list[WorkPlanArea]:
    table = checker.sheets["areas"]
    areas: list[WorkPlanArea] = []
    seen: dict[str, str] = {}
    for row, record in table.records():
        ref = table.cell_ref("code", row)
        code = checker.code("areas", ref, record.get("code"), "Area code")
        order = checker.integer("areas", table.cell_ref("order", row), record.get("order"), "order")
        if code and code in seen:
            checker.problem("areas", ref, f"duplicate area code '{code}' (first in {seen[code]})")
            code = None
        if code:
            seen[code] = ref
        title = checker.required_text(
            "areas", table, row, record, "title", default_language, f"Area '{code or '?'}'"
        )
        texts = {
            column: checker.translations(table, record, column) for column in AREA_TEXT_COLUMNS
        }
        texts["title"] = title
        if code and order is not None:
            areas.append(WorkPlanArea(code=code, order=order, **texts))
    if not areas and not checker.problems:
        checker.problem("areas", f"A{table.header_row + 1}", "the template has no areas")
    return sorted(areas, key=lambda a: a.order)


def _read_choices(checker: _Checker, default_language: str) -> dict[str, tuple[ChoiceOption, ...]]:
    table = checker.sheets.get("choices")
    lists: dict[str, list[ChoiceOption]] = {}
    if table is None:
        return {}
    for row, record in table.records():
        name = checker.code("choices", table.cell_ref("list", row), record.get("list"), "List name")
        value = _text(record.get("value"))
        ref = table.cell_ref("value", row)
        if not value:
            checker.problem("choices", ref, "the choice value is empty")
            continue
        label = checker.required_text(
            "choices", table, row, record, "label", default_language, f"Choice '{value}'"
        )
        if name is None:
            continue
        options = lists.setdefault(name, [])
        if any(option.value == value for option in options):
            checker.problem("choices", ref, f"duplicate value '{value}' in list '{name}'")
            continue
        options.append(ChoiceOption(value=value, label=label))
    return {name: tuple(options) for name, options in lists.items()}


def _read_disaggregations(checker: _Checker, default_language: str) -> dict[str, Disaggregation]:
    table = checker.sheets.get("disaggregations")
    if table is None:
        return {}
    dimensions: dict[str, dict[str, list[ChoiceOption]]] = {}
    for row, record in table.records():
        name = checker.code(
            "disaggregations",
            table.cell_ref("name", row),
            record.get("name"),
            "Disaggregation name",
        )
        dimension = checker.code(
            "disaggregations",
            table.cell_ref("dimension", row),
            record.get("dimension"),
            "Dimension",
        )
        value = checker.code(
            "disaggregations", table.cell_ref("value", row), record.get("value"), "Value"
        )
        label = checker.required_text(
            "disaggregations", table, row, record, "label", default_language, f"Value '{value}'"
        )
        if not (name and dimension and value):
            continue
        values = dimensions.setdefault(name, {}).setdefault(dimension, [])
        if any(option.value == value for option in values):
            checker.problem(
                "disaggregations",
                table.cell_ref("value", row),
                f"duplicate value '{value}' in dimension '{dimension}' of '{name}'",
            )
            continue
        values.append(ChoiceOption(value=value, label=label))
    return {
        name: Disaggregation(
            name=name,
            dimensions=tuple(
                DisaggregationDimension(name=dim, values=tuple(values))
                for dim, values in dims.items()
            ),
        )
        for name, dims in dimensions.items()
    }


def _read_indicators(
    checker: _Checker,
    default_language: str,
    area_codes: set[str],
    choice_lists: Mapping[str, tuple[ChoiceOption, ...]],
    disaggregations: Mapping[str, Disaggregation],
) -> list[IndicatorDefinition]:
    table = checker.sheets["indicators"]
    indicators: list[IndicatorDefinition] = []
    seen: dict[str, str] = {}
    replaced: dict[str, str] = {}
    kinds = ", ".join(kind.value for kind in IndicatorKind)
    for row, record in table.records():
        cell = lambda header, row=row: table.cell_ref(header, row)  # noqa: E731
        problems_before = len(checker.problems)
        code = checker.code("indicators", cell("code"), record.get("code"), "Indicator code")
        if code and code in seen:
            checker.problem(
                "indicators",
                cell("code"),
                f"duplicate indicator code '{code}' (first in {seen[code]})",
            )
        elif code:
            seen[code] = cell("code")
        area = _text(record.get("area"))
        if not area:
            checker.problem("indicators", cell("area"), "the area is empty")
        elif area not in area_codes:
            checker.problem(
                "indicators", cell("area"), f"unknown area '{area}': it is not on the areas sheet"
            )
        order = checker.integer("indicators", cell("order"), record.get("order"), "order")
        kind_text = _text(record.get("kind")).lower()
        kind = None
        try:
            kind = IndicatorKind(kind_text)
        except ValueError:
            checker.problem(
                "indicators",
                cell("kind"),
                f"unknown kind '{kind_text}': use one of {kinds}"
                if kind_text
                else f"the kind is empty: use one of {kinds}",
            )
        label = checker.required_text(
            "indicators",
            table,
            row,
            record,
            "label",
            default_language,
            f"Indicator '{code or '?'}'",
        )
        hint = checker.translations(table, record, "hint")
        minimum = checker.decimal("indicators", cell("min"), record.get("min"), "min")
        maximum = checker.decimal("indicators", cell("max"), record.get("max"), "max")
        if minimum is not None and maximum is not None and minimum > maximum:
            checker.problem(
                "indicators", cell("min"), f"min {minimum} is greater than max {maximum}"
            )
        if (
            kind is not None
            and not kind.is_numeric
            and (minimum is not None or maximum is not None)
        ):
            checker.problem(
                "indicators",
                cell("min" if minimum is not None else "max"),
                f"min and max apply only to numbers, not to kind '{kind.value}'",
            )
        choice_list = _text(record.get("choices")) or None
        if kind in (IndicatorKind.CHOICE, IndicatorKind.MULTI_CHOICE):
            if not choice_list:
                checker.problem(
                    "indicators",
                    cell("choices"),
                    f"kind '{kind.value}' needs a choice list in the choices column",
                )
            elif choice_list not in choice_lists:
                checker.problem(
                    "indicators",
                    cell("choices"),
                    f"the choice list '{choice_list}' does not exist on the choices sheet",
                )
        elif choice_list:
            checker.problem(
                "indicators",
                cell("choices"),
                f"a choice list applies only to choice kinds, not to '{kind_text}'",
            )
        disaggregation = _text(record.get("disaggregation")) or None
        if disaggregation:
            if disaggregation not in disaggregations:
                checker.problem(
                    "indicators",
                    cell("disaggregation"),
                    f"the disaggregation '{disaggregation}' is not defined on the disaggregations sheet",
                )
            elif kind is not None and not kind.is_numeric:
                checker.problem(
                    "indicators",
                    cell("disaggregation"),
                    f"only numbers can be disaggregated, not kind '{kind.value}'",
                )
        replaces = _text(record.get("replaces")) or None
        if replaces and not CODE_PATTERN.match(replaces):
            checker.code("indicators", cell("replaces"), replaces, "replaces")
            replaces = None
        if replaces and code:
            if replaces == code:
                checker.problem(
                    "indicators", cell("replaces"), "an indicator cannot replace itself"
                )
            elif replaces in replaced:
                checker.problem(
                    "indicators",
                    cell("replaces"),
                    f"'{replaces}' is already replaced by '{replaced[replaces]}'",
                )
            else:
                replaced[replaces] = code
        required = checker.boolean(
            "indicators", cell("required"), record.get("required"), "required"
        )
        cumulative = checker.boolean(
            "indicators", cell("cumulative"), record.get("cumulative"), "cumulative"
        )
        if cumulative and kind is not None and not kind.is_numeric:
            checker.problem(
                "indicators",
                cell("cumulative"),
                f"only numbers can be cumulative, not '{kind.value}'",
            )
        if len(checker.problems) == problems_before and code and kind and order is not None:
            indicators.append(
                IndicatorDefinition(
                    code=code,
                    area=area,
                    order=order,
                    label=label,
                    hint=hint,
                    kind=kind,
                    unit=_text(record.get("unit")),
                    required=required,
                    min_value=minimum,
                    max_value=maximum,
                    cumulative=cumulative,
                    disaggregation=disaggregation,
                    choice_list=choice_list,
                    replaces=replaces,
                )
            )
    codes = {indicator.code for indicator in indicators}
    for indicator in indicators:
        if indicator.replaces in codes:
            checker.problem(
                "indicators",
                seen[indicator.code].replace(
                    table.column_letter("code"), table.column_letter("replaces")
                )
                if "replaces" in table.headers
                else seen[indicator.code],
                f"'{indicator.code}' replaces '{indicator.replaces}', which is still in the template",
            )
    return sorted(indicators, key=lambda i: (i.area, i.order))


def sheets_from_toml(data: Mapping[str, Any], source: str = "") -> dict[str, SheetTable]:
    """Turn the TOML spelling of a template (tables = sheets, keys = headers) into sheets."""
    sheets: dict[str, SheetTable] = {}
    for name, content in data.items():
        rows = [content] if isinstance(content, dict) else list(content)
        headers: list[str] = []
        for row in rows:
            headers.extend(key.lower() for key in row if key.lower() not in headers)
        table = SheetTable(name=name, headers=headers)
        for index, row in enumerate(rows):
            lowered = {key.lower(): value for key, value in row.items()}
            table.rows.append((index + 2, [lowered.get(header) for header in headers]))
        sheets[name] = table
    return sheets


@functools.cache
def load_default_template() -> WorkPlanTemplate:
    """The built-in template made from the seed's work plan (DESIGN §2), read once."""
    source = resources.files("micdesk.templates").joinpath(DEFAULT_TEMPLATE_RESOURCE)
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return template_from_sheets(sheets_from_toml(data), source=DEFAULT_TEMPLATE_RESOURCE)


def load_template_toml(path: Path) -> WorkPlanTemplate:
    """Read a template from its TOML spelling."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    return template_from_sheets(sheets_from_toml(data), source=str(path))
