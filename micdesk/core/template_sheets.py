"""The ``micdesk-template/1`` format as sheets of rows, independent of the file type.

A template is a set of sheets (``settings``, ``areas``, ``indicators``,
``choices``, ``disaggregations``), each a header row and data rows. The xlsx
workbook HQ edits and the TOML source of the built-in default template are two
spellings of the same sheets; both are checked here, so every problem is
reported the same way: ``sheet!cell: message``.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from micdesk.core.crosswalk import read_crosswalk
from micdesk.core.kinds import UnknownKind, kind_names, kind_of
from micdesk.core.template_checker import (
    CODE_PATTERN,
    LANGUAGE_PATTERN,
    REQUIRED_COLUMNS,
    REQUIRED_SHEETS,
    SHEET_NAMES,
    SheetChecker,
    SheetTable,
    cell_text,
    column_letter,
    refuse,
    shown,
)
from micdesk.core.vocabulary import Periodicity
from micdesk.core.workplan import (
    AREA_TEXT_COLUMNS,
    TEMPLATE_FORMAT,
    ChoiceOption,
    Disaggregation,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
    disaggregations_from,
)

DEFAULT_TEMPLATE_RESOURCE = "default.toml"


def template_from_sheets(
    sheets: Mapping[str, SheetTable],
    *,
    installed_version: int | None = None,
    source: str = "",
    previous: WorkPlanTemplate | None = None,
) -> WorkPlanTemplate:
    """Check sheets and build the template, or raise TemplateProblems listing every problem.

    ``previous`` is the installed version the crosswalk maps from, when there is one.
    """
    if previous is not None and installed_version is None:
        installed_version = previous.version
    checker = SheetChecker(sheets)
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
        raise refuse(checker, source)

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
        raise refuse(checker, source)
    template = WorkPlanTemplate(
        template_id=settings["template_id"],
        version=settings["version"],
        title=settings["title"],
        default_language=default_language,
        periodicity=settings["periodicity"],
        areas=tuple(areas),
        indicators=tuple(indicators),
        choice_lists=choice_lists,
        disaggregations=disaggregations,
        portal=settings["portal"],
    )
    crosswalk = read_crosswalk(checker, template, previous)
    if checker.problems:
        raise refuse(checker, source)
    return replace(template, crosswalk=crosswalk)


def _read_settings(checker: SheetChecker, installed_version: int | None) -> dict[str, Any]:
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
    file_format = cell_text(record.get("format"))
    if file_format != TEMPLATE_FORMAT:
        checker.problem(
            "settings",
            ref("format"),
            f"format '{shown(str(file_format))}' is not '{TEMPLATE_FORMAT}'"
            if file_format
            else f"format is empty: it must be '{TEMPLATE_FORMAT}'",
        )
    default_language = cell_text(record.get("default_language")).lower()
    if not LANGUAGE_PATTERN.match(default_language):
        checker.problem(
            "settings",
            ref("default_language"),
            f"default_language '{shown(str(default_language))}' is not a language code such as 'en'",
        )
        default_language = ""
    settings["default_language"] = default_language
    periodicity = cell_text(record.get("periodicity")).lower() or Periodicity.ANNUAL.value
    try:
        settings["periodicity"] = Periodicity(periodicity)
    except ValueError:
        checker.problem(
            "settings",
            ref("periodicity"),
            f"periodicity '{shown(str(periodicity))}' must be 'annual' or 'semiannual'",
        )
    settings["title"] = checker.required_text(
        "settings", table, row, record, "title", default_language, "The template"
    )
    portal = cell_text(record.get("portal"))
    why = portal_problem(portal) if portal else None
    if why:
        checker.problem("settings", ref("portal"), f"portal '{shown(portal)}' {why}")
    settings["portal"] = "" if why else portal
    return settings


MAX_PORTAL_CHARACTERS = 2000


def portal_problem(address: str) -> str | None:
    """Why a portal address cannot be offered to users as a link (None if it can)."""
    if len(address) > MAX_PORTAL_CHARACTERS:
        return f"is longer than {MAX_PORTAL_CHARACTERS} characters"
    if any(c.isspace() or not c.isprintable() for c in address):
        return "contains spaces or invisible characters"
    try:
        parts = urlsplit(address)
        if parts.port == 0:  # reading the port also refuses one that is not a number
            raise ValueError(address)
    except ValueError:
        return "is not a web address such as 'https://portal.unido.org/mic'"
    if parts.scheme.lower() != "https":
        return "must start with 'https://' (a web address such as 'https://portal.unido.org/mic')"
    if not parts.hostname or "." not in parts.hostname:
        return "has no server name after 'https://'"
    # A name before @ hides the real server from the reader of the link.
    if "@" in parts.netloc:
        return "must not hold a user name or password before '@'"
    return None


def _read_areas(checker: SheetChecker, default_language: str) -> list[WorkPlanArea]:
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


def _read_choices(
    checker: SheetChecker, default_language: str
) -> dict[str, tuple[ChoiceOption, ...]]:
    table = checker.sheets.get("choices")
    lists: dict[str, list[ChoiceOption]] = {}
    if table is None:
        return {}
    for row, record in table.records():
        name = checker.code("choices", table.cell_ref("list", row), record.get("list"), "List name")
        value = cell_text(record.get("value"))
        ref = table.cell_ref("value", row)
        if not value:
            checker.problem("choices", ref, "the choice value is empty")
            continue
        label = checker.required_text(
            "choices",
            table,
            row,
            record,
            "label",
            default_language,
            f"Choice '{shown(str(value))}'",
        )
        if name is None:
            continue
        options = lists.setdefault(name, [])
        if any(option.value == value for option in options):
            checker.problem(
                "choices", ref, f"duplicate value '{shown(str(value))}' in list '{name}'"
            )
            continue
        options.append(ChoiceOption(value=value, label=label))
    return {name: tuple(options) for name, options in lists.items()}


def _read_disaggregations(
    checker: SheetChecker, default_language: str
) -> dict[str, Disaggregation]:
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
            "disaggregations",
            table,
            row,
            record,
            "label",
            default_language,
            f"Value '{shown(str(value))}'",
        )
        if not (name and dimension and value):
            continue
        values = dimensions.setdefault(name, {}).setdefault(dimension, [])
        if any(option.value == value for option in values):
            checker.problem(
                "disaggregations",
                table.cell_ref("value", row),
                f"duplicate value '{shown(str(value))}' in dimension '{dimension}' of '{name}'",
            )
            continue
        values.append(ChoiceOption(value=value, label=label))
    return disaggregations_from(dimensions)


def _read_indicators(
    checker: SheetChecker,
    default_language: str,
    area_codes: set[str],
    choice_lists: Mapping[str, tuple[ChoiceOption, ...]],
    disaggregations: Mapping[str, Disaggregation],
) -> list[IndicatorDefinition]:
    table = checker.sheets["indicators"]
    indicators: list[IndicatorDefinition] = []
    seen: dict[str, str] = {}
    replaced: dict[str, str] = {}
    kinds = ", ".join(kind_names())
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
        area = cell_text(record.get("area"))
        if not area:
            checker.problem("indicators", cell("area"), "the area is empty")
        elif area not in area_codes:
            checker.problem(
                "indicators",
                cell("area"),
                f"unknown area '{shown(str(area))}': it is not on the areas sheet",
            )
        order = checker.integer("indicators", cell("order"), record.get("order"), "order")
        kind_text = cell_text(record.get("kind")).lower()
        kind = None
        try:
            kind = kind_of(kind_text)
        except UnknownKind:
            checker.problem(
                "indicators",
                cell("kind"),
                f"unknown kind '{shown(str(kind_text))}': use one of {kinds}"
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
        choice_list = cell_text(record.get("choices")) or None
        if kind is not None and kind.needs_choices:
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
                    f"the choice list '{shown(str(choice_list))}' does not exist on the choices sheet",
                )
        elif choice_list:
            checker.problem(
                "indicators",
                cell("choices"),
                f"a choice list applies only to choice kinds, not to '{shown(str(kind_text))}'",
            )
        disaggregation = cell_text(record.get("disaggregation")) or None
        if disaggregation:
            if disaggregation not in disaggregations:
                checker.problem(
                    "indicators",
                    cell("disaggregation"),
                    f"the disaggregation '{shown(str(disaggregation))}' is not defined on the disaggregations sheet",
                )
            elif kind is not None and not kind.is_numeric:
                checker.problem(
                    "indicators",
                    cell("disaggregation"),
                    f"only numbers can be disaggregated, not kind '{kind.value}'",
                )
        replaces = cell_text(record.get("replaces")) or None
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
                    unit=cell_text(record.get("unit")),
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
    """The built-in template made from the seed's work plan (docs/design.md §2), read once."""
    source = resources.files("micdesk.templates").joinpath(DEFAULT_TEMPLATE_RESOURCE)
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    return template_from_sheets(sheets_from_toml(data), source=DEFAULT_TEMPLATE_RESOURCE)
