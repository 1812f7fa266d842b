"""Sheets of a template and the checker that locates every problem in them as ``sheet!cell``.

``template_sheets`` reads the ``micdesk-template/1`` sheets into a template through
this checker, so the xlsx workbook and the TOML default report problems alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from micdesk.core.cell_values import formula_text

SHEET_NAMES = ("settings", "areas", "indicators", "choices", "disaggregations", "crosswalk")


REQUIRED_SHEETS = ("settings", "areas", "indicators")


REQUIRED_COLUMNS: dict[str, tuple[str, ...]] = {
    "settings": ("template_id", "version", "default_language", "format"),
    "areas": ("code", "order"),
    "indicators": ("code", "area", "order", "kind"),
    "choices": ("list", "value"),
    "disaggregations": ("name", "dimension", "value"),
    "crosswalk": ("from_code", "to_code"),
}


CROSSWALK_COLUMNS = (
    "from_code",
    "to_code",
    "factor",
    "from_disaggregation",
    "to_disaggregation",
    "rule",
)


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
            if all(is_blank(value) for value in cells):
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


# Versions and orders go into 64-bit database columns and Qt's 32-bit ints.
MAX_WHOLE_NUMBER = 2**31 - 1
# Limits (min, max) are exact decimals; beyond these they are typing errors or attacks.
MAX_DECIMAL_DIGITS = 18
MAX_DECIMAL_PLACES = 12
MAX_SHOWN_CHARACTERS = 80


def shown(text: str) -> str:
    """A cell echoed in a message, cut to 80 characters and '…' (its location says the rest)."""
    return text if len(text) <= MAX_SHOWN_CHARACTERS else text[:MAX_SHOWN_CHARACTERS] + "…"


def is_blank(value: Any) -> bool:
    """True for an empty cell or one holding only white space."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """A cell as trimmed text (a whole float without its '.0')."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def multiline_text(value: Any) -> str:
    """A long text cell with its line breaks kept and its ends trimmed."""
    # Long work-plan texts keep their line breaks; only the ends are trimmed.
    if value is None:
        return ""
    return str(value).replace("\r\n", "\n").strip()


class SheetChecker:
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
                if value is None or isinstance(value, int | float):
                    continue
                message = cell_content_problem(value)
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
                    f"the column '{shown(str(header))}' appears twice (first in column "
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
            if sep and base == column and not is_blank(value):
                texts[language] = multiline_text(value)
        return texts

    def check_languages(self, table: SheetTable) -> None:
        for index, header in enumerate(table.headers):
            _, sep, language = header.partition("::")
            if sep and not LANGUAGE_PATTERN.match(language):
                self.problem(
                    table.name.lower(),
                    f"{column_letter(index + 1)}{table.header_row}",
                    f"'{shown(str(header))}' does not name a language: use a code such as 'en' or 'zh'",
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
                f"{what} has no {column} in the default language '{shown(str(default_language))}'"
                + ("" if header in table.headers else f" (add a column '{shown(str(header))}')"),
            )
        return texts

    def integer(self, sheet: str, ref: str, value: Any, what: str) -> int | None:
        if isinstance(value, bool):
            value = None
        number: int | None = None
        if isinstance(value, int):
            number = value
        elif isinstance(value, float) and value.is_integer():
            number = int(value)
        else:
            text = cell_text(value)
            if re.fullmatch(r"[+-]?\d+", text):
                # int() refuses more than 4,300 digits (ValueError): say "out of range" first.
                number = int(text) if len(text) <= 30 else MAX_WHOLE_NUMBER + 1
            elif not text:
                self.problem(sheet, ref, f"{what} is empty: enter a whole number")
                return None
            else:
                self.problem(sheet, ref, f"{what} '{shown(text)}' is not a whole number")
                return None
        if abs(number) > MAX_WHOLE_NUMBER:
            # A float as typed (1e+308), not as its 309 digits.
            typed = repr(value) if isinstance(value, float) else cell_text(value)
            self.problem(
                sheet,
                ref,
                f"{what} {shown(typed)} is out of range: at most {MAX_WHOLE_NUMBER:,}",
            )
            return None
        return number

    def decimal(self, sheet: str, ref: str, value: Any, what: str) -> Decimal | None:
        if is_blank(value):
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
            self.problem(sheet, ref, f"{what} '{shown(cell_text(value))}' is not a number")
            return None
        if not number.is_finite():
            self.problem(sheet, ref, f"{what} '{shown(cell_text(value))}' is not a finite number")
            return None
        if number and not -MAX_DECIMAL_PLACES <= number.adjusted() < MAX_DECIMAL_DIGITS:
            # Decimal('1e999999999') is valid, but int() of it would fill the memory.
            self.problem(
                sheet,
                ref,
                f"{what} {shown(cell_text(value))} is out of range: at most "
                f"{MAX_DECIMAL_DIGITS} digits before the decimal point and "
                f"{MAX_DECIMAL_PLACES} after",
            )
            return None
        # Whole numbers as plain integers: Decimal('5E+3') would read badly in a message.
        return Decimal(int(number)) if number == number.to_integral_value() else number

    def boolean(self, sheet: str, ref: str, value: Any, what: str) -> bool:
        if is_blank(value):
            return False
        if isinstance(value, bool):
            return value
        text = cell_text(value).lower()
        if text in ("yes", "true", "1", "y", "x"):
            return True
        if text in ("no", "false", "0", "n"):
            return False
        self.problem(sheet, ref, f"{what} '{shown(cell_text(value))}' must be yes or no")
        return False

    def code(self, sheet: str, ref: str, value: Any, what: str) -> str | None:
        text = cell_text(value)
        if not text:
            self.problem(sheet, ref, f"{what} is empty")
            return None
        if text.startswith("="):
            self.problem(sheet, ref, f"{what} is a formula ('{shown(text)}'): type the code itself")
            return None
        if not CODE_PATTERN.match(text):
            self.problem(
                sheet,
                ref,
                f"{what} '{shown(text)}' is malformed: use letters, digits, '-', '_' or '.', "
                "starting with a letter (at most 50 characters)",
            )
            return None
        return text


def cell_content_problem(value: object) -> str | None:
    """Why a cell cannot be in a template (a formula of any kind, a control character...)."""
    formula = formula_text(value)
    if formula is not None:
        cut = formula if len(formula) <= 40 else formula[:37] + "..."
        return (
            f"the cell holds a formula ('{cut}'): a template holds values only, "
            "type the value itself"
        )
    if not isinstance(value, str):
        return None
    text = value
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


def refuse(checker: SheetChecker, source: str) -> TemplateProblems:
    """The checker's problems as one refusal, sorted as an author fixes them."""
    # Reported sheet by sheet, top to bottom, the order an author fixes them in.
    return TemplateProblems(sorted(checker.problems, key=_problem_position), source)
