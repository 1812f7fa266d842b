"""The consolidated workbook (docs/design.md §8), built from the store, not from the files.

Sheets: ``Status`` (one row per file read in this run), ``Data`` (every value of every
submission in the store, with country and period), ``Narratives``, and one pivot per
numeric indicator (countries × periods, with totals). No formulas anywhere: totals
are computed here, and every text goes through ``submission_export.safe_cell``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import select

from micdesk.core.consolidation_files import FileOutcome
from micdesk.core.kinds import Kind
from micdesk.core.model import (
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Submission,
    SubmissionExport,
    Template,
)
from micdesk.core.periods import period_sort_key
from micdesk.core.programme_results import (
    RULE_NOTES,
    FigureRule,
    IndicatorResults,
    ReportedTotal,
    ResultIndicator,
    finite_number,
    programme_results,
    sorted_periods,
)
from micdesk.core.store import Store
from micdesk.core.submission_format import DATA_COLUMNS, FOLLOW_UP_MARK, TIMESTAMP_FORMAT
from micdesk.core.template_store import load_template
from micdesk.core.values import canonical_decimal
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, NarrativeField
from micdesk.core.workplan import pick_text
from micdesk.core.xlsx_cells import ExactNumber, safe_cell
from micdesk.core.xlsx_files import unique_sheet_name, write_workbook

RESULTS_SHEET = "Results"
STATUS_SHEET = "Status"
DATA_SHEET = "Data"
NARRATIVES_SHEET = "Narratives"
STATUS_COLUMNS = (
    "file",
    "country",
    "period",
    "template",
    "version",
    "revision",
    "status",
    "why",
    "signature",
)
DATA_SHEET_COLUMNS = ("country", "period", "template_id", "template_version", "revision") + tuple(
    DATA_COLUMNS
)
NARRATIVE_SHEET_COLUMNS = ("country", "period", "template_id", "area", "field", "text")
TOTAL_LABEL = "Total"
PIVOT_HEADER_ROW = 3
"""Pivot sheets: row 1 the indicator, row 2 its unit and notes, row 3 the header."""

_HEADER_STYLE = "consolidation header"
_TITLE_STYLE = "consolidation title"
_LAST_INDEX = 1 << 30


@dataclass
class IndicatorInfo:
    """What the workbook needs to know about an indicator, from the store or a file."""

    label: str
    kind: Kind | None
    unit: str
    area: str
    order: tuple[int, int]
    cumulative: bool = False
    cells: list[str] = field(default_factory=lambda: [TOTAL_CELL])
    # Without a kind (an indicator known from no template and no file of this run),
    # its values count as numbers when every one of them is a number.
    all_numbers: bool = False

    @property
    def numeric(self) -> bool:
        """Its values are numbers: by its kind, or, kind unknown, by its values."""
        return self.kind.is_numeric if self.kind is not None else self.all_numbers

    def cell_order(self, cell: str) -> tuple[int, str]:
        """Sort key of a cell: the template's order, unknown cells after, by name."""
        return (self.cells.index(cell), "") if cell in self.cells else (_LAST_INDEX, cell)


def indicator_catalogue(
    store: Store, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> dict[tuple[str, str], IndicatorInfo]:
    """Indicators by (template id, code): the store's templates (newest version wins), then
    the files' Data sheets for indicators the store does not know."""
    catalogue: dict[tuple[str, str], IndicatorInfo] = {}
    with store.read() as session:
        versions = session.execute(
            select(Template.template_id, Template.version).order_by(
                Template.template_id, Template.version
            )
        ).all()
        for template_id, version in versions:
            template = load_template(session, template_id, version)
            area_order = {area.code: area.order for area in template.areas}
            for indicator in template.indicators:
                catalogue[(template_id, indicator.code)] = IndicatorInfo(
                    label=pick_text(indicator.label, language, template.default_language),
                    kind=indicator.kind,
                    unit=indicator.unit,
                    area=indicator.area,
                    order=(area_order.get(indicator.area, _LAST_INDEX), indicator.order),
                    cumulative=indicator.cumulative,
                    cells=template.cells_of(indicator),
                )
    known = set(catalogue)
    files = [o.submission for o in outcomes if o.submission is not None]
    # The newest template version's wording wins for an indicator the store lacks.
    for file in sorted(files, key=lambda f: -f.template_version):
        for position, row in enumerate(file.rows):
            key = (file.template_id, row.indicator_code)
            if key in known:
                continue
            info = catalogue.get(key)
            if info is None:
                info = catalogue[key] = IndicatorInfo(
                    label=row.indicator_label,
                    kind=row.kind,
                    unit=row.unit,
                    area=row.area,
                    order=(_LAST_INDEX, position),
                    cells=[],
                )
            if row.cell not in info.cells:
                info.cells.append(row.cell)
    for info in catalogue.values():
        if TOTAL_CELL not in info.cells:
            info.cells.insert(0, TOTAL_CELL)
    return catalogue


@dataclass(frozen=True)
class _StoredSubmission:
    id: int
    country: str
    period: str
    template_id: str
    template_version: int | None
    revision: int

    @property
    def sort_key(self) -> tuple[str, tuple[int, int], str]:
        return self.country, _period_key(self.period), self.template_id


def _period_key(period: str) -> tuple[int, int]:
    try:
        return period_sort_key(period)
    except ValueError:
        return (_LAST_INDEX, 0)


def _number_cell(text: str) -> ExactNumber | str:
    number = finite_number(text)
    return ExactNumber(canonical_decimal(number)) if number is not None else text


def _load_stored(
    store: Store,
) -> tuple[
    dict[int, _StoredSubmission],
    list[IndicatorValue],
    list[Narrative],
    dict[tuple[str, str, str], IndicatorTarget],
]:
    with store.read() as session:
        versions: dict[int, tuple[int, int]] = {}
        for submission_fk, revision, version in session.execute(
            select(
                SubmissionExport.submission_fk,
                SubmissionExport.revision,
                SubmissionExport.template_version,
            )
        ):
            if submission_fk not in versions or revision > versions[submission_fk][0]:
                versions[submission_fk] = (revision, version)
        submissions = {
            row.id: _StoredSubmission(
                row.id,
                row.country,
                row.period,
                row.template_id,
                versions.get(row.id, (0, None))[1],
                row.revision,
            )
            for row in session.scalars(select(Submission))
        }
        values = list(
            session.scalars(select(IndicatorValue).where(IndicatorValue.archived.is_(False)))
        )
        narratives = list(session.scalars(select(Narrative)))
        targets = {
            (t.country, t.template_id, t.indicator_code): t
            for t in session.scalars(select(IndicatorTarget))
        }

    return submissions, values, narratives, targets


def stored_results(
    store: Store, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> list[IndicatorResults]:
    """The programme's results over every submission in the store (what the Results sheet shows)."""
    catalogue = indicator_catalogue(store, outcomes, language)
    submissions, values, _narratives, _targets = _load_stored(store)
    _infer_unknown(catalogue, submissions, values)
    return programme_results(*results_inputs(catalogue, submissions, values))


def write_consolidated_workbook(
    store: Store, out: Path, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> int:
    """Write the consolidated workbook from the store (atomically); return how many
    submissions it holds. Indicator labels are in ``language`` where the template has it."""
    catalogue = indicator_catalogue(store, outcomes, language)
    submissions, values, narratives, targets = _load_stored(store)
    _infer_unknown(catalogue, submissions, values)
    workbook = Workbook(write_only=True)
    _register_styles(workbook)
    used_names: set[str] = set()
    results = programme_results(*results_inputs(catalogue, submissions, values))
    write_results_sheet(workbook, unique_sheet_name(RESULTS_SHEET, used_names), results)
    _write_status(workbook, unique_sheet_name(STATUS_SHEET, used_names), outcomes)
    _write_data(
        workbook, unique_sheet_name(DATA_SHEET, used_names), submissions, values, targets, catalogue
    )
    _write_narratives(
        workbook, unique_sheet_name(NARRATIVES_SHEET, used_names), submissions, narratives
    )
    _write_pivots(workbook, used_names, submissions, values, catalogue)
    write_workbook(Path(out), workbook)
    return len(submissions)


def results_inputs(
    catalogue: dict[tuple[str, str], IndicatorInfo],
    submissions: dict[int, _StoredSubmission],
    values: list[IndicatorValue],
) -> tuple[list[ResultIndicator], list[ReportedTotal], dict[tuple[str, str], set[str]]]:
    """What ``programme_results`` needs, from the stored submissions and the catalogue."""
    returns: dict[tuple[str, str], set[str]] = {}
    for submission in submissions.values():
        returns.setdefault((submission.template_id, submission.period), set()).add(
            submission.country
        )
    templates = {template_id for template_id, _period in returns}
    indicators = [
        ResultIndicator(
            key[0], key[1], info.label, info.unit, info.kind, info.cumulative, info.order
        )
        for key, info in catalogue.items()
        if key[0] in templates and info.kind is not None
    ]
    totals = [
        ReportedTotal(
            submissions[value.submission_fk].template_id,
            value.indicator_code,
            submissions[value.submission_fk].country,
            submissions[value.submission_fk].period,
            value.value,
            value.notation,
        )
        for value in values
        if value.cell == TOTAL_CELL
    ]
    return indicators, totals, returns


def write_results_sheet(workbook: Workbook, name: str, results: list[IndicatorResults]) -> None:
    """The Results sheet: one row per success indicator, a column group per period, charts."""
    sheet = workbook.create_sheet(name)
    periods = sorted_periods(p for r in results for p in r.periods)
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 48
    for index in range(3, 5 + 4 * len(periods)):
        sheet.column_dimensions[get_column_letter(index)].width = 13
    sheet.append([safe_cell(sheet, "Programme results", _TITLE_STYLE)])
    sheet.append(
        [
            safe_cell(
                sheet,
                "Per period: countries reporting (of those with a return), the programme "
                "figure, notation keys returned (never counted as zero) and completeness.",
            )
        ]
    )
    header = ["code", "indicator", "unit"]
    for period in periods:
        header += [
            f"{period} reporting",
            f"{period} figure",
            f"{period} notation keys",
            f"{period} completeness",
        ]
    sheet.append([safe_cell(sheet, text, _HEADER_STYLE) for text in header])
    for result in results:
        info = result.indicator
        row = [
            safe_cell(sheet, info.code),
            safe_cell(sheet, info.label),
            safe_cell(sheet, info.unit),
        ]
        for period in periods:
            found = result.periods.get(period)
            if found is None:
                row += [None, None, None, None]
                continue
            keys = ", ".join(f"{country} {key}" for country, key in found.notation_keys)
            completeness = WriteOnlyCell(sheet, round(found.completeness, 4))
            completeness.number_format = "0%"
            row += [
                safe_cell(sheet, f"{found.reporting} of {found.returns}"),
                _pivot_cell(sheet, found.figure),
                safe_cell(sheet, f"{len(found.notation_keys)}: {keys}" if keys else "0"),
                completeness,
            ]
        sheet.append(row)
    sheet.append([])
    sheet.append([safe_cell(sheet, "How each figure is computed", _HEADER_STYLE)])
    rules = list(dict.fromkeys(r.indicator.rule for r in results))
    for rule in rules:
        sheet.append([None, safe_cell(sheet, RULE_NOTES[rule])])
    # Rows so far: title, note, header, one per indicator, a blank, a heading, the rules.
    _write_results_charts(sheet, results, periods, rows_written=5 + len(results) + len(rules))
    sheet.freeze_panes = "C4"


def _write_results_charts(
    sheet: Any, results: list[IndicatorResults], periods: list[str], rows_written: int
) -> None:
    """A contiguous table of the figures by period, and one small chart per indicator."""
    charted = [
        r
        for r in results
        if r.indicator.rule is not FigureRule.NONE
        and any(found.figure is not None for found in r.periods.values())
    ]
    if not charted or not periods:
        return
    sheet.append([])
    header_row = rows_written + 2
    sheet.append(
        [safe_cell(sheet, "figure by period", _HEADER_STYLE), None]
        + [safe_cell(sheet, period, _HEADER_STYLE) for period in periods]
    )
    for result in charted:
        sheet.append(
            [safe_cell(sheet, result.indicator.code), safe_cell(sheet, result.indicator.label)]
            + [
                _pivot_cell(sheet, found.figure) if (found := result.periods.get(p)) else None
                for p in periods
            ]
        )
    categories = Reference(
        sheet, min_col=3, max_col=2 + len(periods), min_row=header_row, max_row=header_row
    )
    chart_row = header_row + len(charted) + 2
    for index, result in enumerate(charted):
        row = header_row + 1 + index
        chart = LineChart() if result.indicator.rule is FigureRule.SUM_OF_LATEST else BarChart()
        chart.title = f"{result.indicator.code}"
        chart.legend = None
        chart.height, chart.width = 6, 9
        data = Reference(sheet, min_col=3, max_col=2 + len(periods), min_row=row, max_row=row)
        chart.add_data(data, from_rows=True, titles_from_data=False)
        chart.set_categories(categories)
        column = 1 + (index % 3) * 6
        sheet.add_chart(chart, f"{get_column_letter(column)}{chart_row + (index // 3) * 13}")


def _infer_unknown(
    catalogue: dict[tuple[str, str], IndicatorInfo],
    submissions: dict[int, _StoredSubmission],
    values: list[IndicatorValue],
) -> None:
    """Add the stored indicators nothing describes; note those whose values are all numbers."""
    texts: dict[tuple[str, str], list[str | None]] = {}
    for value in values:
        key = (submissions[value.submission_fk].template_id, value.indicator_code)
        info = catalogue.get(key)
        if info is None or info.kind is None:
            texts.setdefault(key, []).append(value.value)
    for key, found in texts.items():
        info = catalogue.setdefault(
            key, IndicatorInfo(label="", kind=None, unit="", area="", order=(_LAST_INDEX, 0))
        )
        present = [text for text in found if text is not None]
        info.all_numbers = bool(present) and all(
            finite_number(text) is not None for text in present
        )


def _register_styles(workbook: Workbook) -> None:
    header = NamedStyle(name=_HEADER_STYLE)
    header.font = Font(bold=True)
    header.fill = PatternFill("solid", fgColor="DDEBF7")
    header.alignment = Alignment(wrap_text=True, vertical="top")
    workbook.add_named_style(header)
    title = NamedStyle(name=_TITLE_STYLE)
    title.font = Font(bold=True, size=13)
    workbook.add_named_style(title)


def _header(sheet: Any, names: Sequence[str], widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append([safe_cell(sheet, name, _HEADER_STYLE) for name in names])


def _write_status(workbook: Workbook, name: str, outcomes: Sequence[FileOutcome]) -> None:
    sheet = workbook.create_sheet(name)
    _header(sheet, STATUS_COLUMNS, (40, 9, 9, 22, 8, 9, 11, 100, 40))
    for outcome in outcomes:
        file = outcome.submission
        sheet.append(
            [
                safe_cell(sheet, str(outcome.path)),
                safe_cell(sheet, file.country if file else None),
                safe_cell(sheet, file.period if file else None),
                safe_cell(sheet, file.template_id if file else None),
                safe_cell(sheet, file.template_version if file else None),
                safe_cell(sheet, file.revision if file else None),
                safe_cell(sheet, outcome.status.value),
                safe_cell(sheet, outcome.why),
                safe_cell(sheet, outcome.signature or None),
            ]
        )
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(STATUS_COLUMNS))}{len(outcomes) + 1}"


def _write_data(
    workbook: Workbook,
    name: str,
    submissions: dict[int, _StoredSubmission],
    values: list[IndicatorValue],
    targets: dict[tuple[str, str, str], IndicatorTarget],
    catalogue: dict[tuple[str, str], IndicatorInfo],
) -> None:
    sheet = workbook.create_sheet(name)
    widths = (8, 9, 20, 8, 8, 8, 14, 40, 24, 10, 14, 9, 9, 12, 12, 40, 24, 9, 21)
    _header(sheet, DATA_SHEET_COLUMNS, widths)

    def info_of(value: IndicatorValue) -> IndicatorInfo | None:
        return catalogue.get((submissions[value.submission_fk].template_id, value.indicator_code))

    def order(value: IndicatorValue) -> tuple[Any, ...]:
        info = info_of(value)
        return (
            submissions[value.submission_fk].sort_key,
            info.order if info else (_LAST_INDEX, 0),
            value.indicator_code,
            info.cell_order(value.cell) if info else (_LAST_INDEX, value.cell),
        )

    rows = 0
    for value in sorted(values, key=order):
        submission = submissions[value.submission_fk]
        info = info_of(value)
        numeric = bool(info and info.numeric)
        target = (
            targets.get((submission.country, submission.template_id, value.indicator_code))
            if value.cell == TOTAL_CELL
            else None
        )

        def typed(text: str | None, numeric: bool = numeric) -> Any:
            if text is None or text == "":
                return None
            return _number_cell(text) if numeric else text

        cells = {
            "area": info.area if info else "",
            "indicator_code": value.indicator_code,
            "indicator_label": info.label if info else "",
            "disaggregation": value.cell,
            "kind": info.kind.value if info and info.kind else "",
            "value": typed(value.value),
            "notation": value.notation,
            "unit": info.unit if info else "",
            "baseline": typed(target.baseline if target else None),
            "target": typed(target.target if target else None),
            "comment": value.comment,
            "source": value.source,
            "follow_up": FOLLOW_UP_MARK if value.follow_up else None,
            "last_changed": value.updated_at.strftime(TIMESTAMP_FORMAT)
            if value.updated_at
            else None,
        }
        sheet.append(
            [
                safe_cell(sheet, submission.country),
                safe_cell(sheet, submission.period),
                safe_cell(sheet, submission.template_id),
                safe_cell(sheet, submission.template_version),
                safe_cell(sheet, submission.revision),
                *(safe_cell(sheet, cells[column]) for column in DATA_COLUMNS),
            ]
        )
        rows += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DATA_SHEET_COLUMNS))}{rows + 1}"


def _write_narratives(
    workbook: Workbook,
    name: str,
    submissions: dict[int, _StoredSubmission],
    narratives: list[Narrative],
) -> None:
    sheet = workbook.create_sheet(name)
    _header(sheet, NARRATIVE_SHEET_COLUMNS, (8, 9, 20, 8, 12, 100))
    fields = [f.value for f in NarrativeField]

    def order(row: Narrative) -> tuple[Any, ...]:
        field_index = fields.index(row.field) if row.field in fields else len(fields)
        return submissions[row.submission_fk].sort_key, row.area_code, field_index

    shown = [row for row in sorted(narratives, key=order) if row.text]
    for row in shown:
        submission = submissions[row.submission_fk]
        sheet.append(
            [
                safe_cell(sheet, submission.country),
                safe_cell(sheet, submission.period),
                safe_cell(sheet, submission.template_id),
                safe_cell(sheet, row.area_code),
                safe_cell(sheet, row.field),
                safe_cell(sheet, row.text),
            ]
        )
    sheet.auto_filter.ref = f"A1:F{len(shown) + 1}"


@dataclass
class Pivot:
    """One indicator's totals by country and period; every sum computed here, exactly."""

    countries: list[str]
    periods: list[str]
    cells: dict[tuple[str, str], Decimal | str]
    total_by_country: bool
    total_by_period: bool

    def row_total(self, country: str) -> Decimal | None:
        """Sum of a country's numbers over the periods (None when it has none)."""
        return _sum(v for (c, _p), v in self.cells.items() if c == country)

    def column_total(self, period: str) -> Decimal | None:
        """Sum of a period's numbers over the countries (None when it has none)."""
        return _sum(v for (_c, p), v in self.cells.items() if p == period)

    def grand_total(self) -> Decimal | None:
        """Sum of every number (None when there is none)."""
        return _sum(self.cells.values())


def _sum(items: Any) -> Decimal | None:
    numbers = [item for item in items if isinstance(item, Decimal)]
    return sum(numbers, Decimal(0)) if numbers else None


def build_pivots(
    submissions: dict[int, _StoredSubmission],
    values: list[IndicatorValue],
    catalogue: dict[tuple[str, str], IndicatorInfo],
) -> dict[tuple[str, str], Pivot]:
    """The pivot of every numeric indicator, keyed by (template id, code)."""
    grouped: dict[tuple[str, str], list[IndicatorValue]] = {}
    for value in values:
        if value.cell != TOTAL_CELL:
            continue
        key = (submissions[value.submission_fk].template_id, value.indicator_code)
        grouped.setdefault(key, []).append(value)
    pivots = {}
    for key, members in grouped.items():
        info = catalogue.get(key)
        if info is None or not info.numeric:
            continue  # text, choices, yes/no: on the data sheet only
        cells: dict[tuple[str, str], Decimal | str] = {}
        for member in members:
            submission = submissions[member.submission_fk]
            where = (submission.country, submission.period)
            if member.notation:
                cells[where] = member.notation
            elif (number := finite_number(member.value)) is not None:
                cells[where] = number
        percent = bool(info and info.kind == IndicatorKind.PERCENT)
        pivots[key] = Pivot(
            countries=sorted({c for c, _ in cells}),
            periods=sorted({p for _, p in cells}, key=_period_key),
            cells=cells,
            # Shares are not added up; cumulative figures not across periods.
            total_by_country=not percent and not (info and info.cumulative),
            total_by_period=not percent,
        )
    return pivots


def _write_pivots(
    workbook: Workbook,
    used_names: set[str],
    submissions: dict[int, _StoredSubmission],
    values: list[IndicatorValue],
    catalogue: dict[tuple[str, str], IndicatorInfo],
) -> None:
    pivots = build_pivots(submissions, values, catalogue)

    def order(key: tuple[str, str]) -> tuple[Any, ...]:
        info = catalogue.get(key)
        return key[0], info.order if info else (_LAST_INDEX, 0), key[1]

    for key in sorted(pivots, key=order):
        template_id, code = key
        pivot, info = pivots[key], catalogue.get(key)
        sheet = workbook.create_sheet(unique_sheet_name(code, used_names))
        sheet.column_dimensions["A"].width = 12
        title = f"{code} — {info.label}" if info and info.label else code
        sheet.append([safe_cell(sheet, title, _TITLE_STYLE)])
        notes = [f"template {template_id}"]
        if info and info.unit:
            notes.insert(0, f"unit: {info.unit}")
        if not pivot.total_by_period:
            notes.append("percentages are not added up")
        elif not pivot.total_by_country:
            notes.append("cumulative: not added up across periods")
        notes.append("NA, NE, C are notation keys, not zeros; they are left out of totals")
        sheet.append([safe_cell(sheet, "; ".join(notes))])
        header = ["country", *pivot.periods]
        if pivot.total_by_country:
            header.append(TOTAL_LABEL)
        sheet.append([safe_cell(sheet, text, _HEADER_STYLE) for text in header])
        for country in pivot.countries:
            row = [safe_cell(sheet, country)]
            for period in pivot.periods:
                row.append(_pivot_cell(sheet, pivot.cells.get((country, period))))
            if pivot.total_by_country:
                row.append(_pivot_cell(sheet, pivot.row_total(country)))
            sheet.append(row)
        if pivot.total_by_period:
            row = [safe_cell(sheet, TOTAL_LABEL, _HEADER_STYLE)]
            row.extend(_pivot_cell(sheet, pivot.column_total(p)) for p in pivot.periods)
            if pivot.total_by_country:
                row.append(_pivot_cell(sheet, pivot.grand_total()))
            sheet.append(row)
        sheet.freeze_panes = f"B{PIVOT_HEADER_ROW + 1}"


def _pivot_cell(sheet: Any, value: Decimal | str | None) -> Any:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return safe_cell(sheet, ExactNumber(canonical_decimal(value)))
    return safe_cell(sheet, value)  # a notation key, shown as the key
