"""The Results sheet of the consolidated workbook: the programme's figures per success
indicator and period (``programme_results``), a native chart per indicator, no formulas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter

from micdesk.core.consolidation_cells import HEADER_STYLE, TITLE_STYLE, figure_cell
from micdesk.core.consolidation_files import FileOutcome
from micdesk.core.consolidation_store import (
    IndicatorInfo,
    StoredSubmission,
    indicator_catalogue,
    infer_unknown,
    load_stored,
)
from micdesk.core.model import IndicatorValue
from micdesk.core.programme_results import (
    RULE_NOTES,
    FigureRule,
    IndicatorResults,
    ReportedTotal,
    ResultIndicator,
    programme_results,
    sorted_periods,
)
from micdesk.core.store import Store
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.xlsx_cells import safe_cell

RESULTS_SHEET = "Results"


def stored_results(
    store: Store, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> list[IndicatorResults]:
    """The programme's results over every submission in the store (what the Results sheet shows)."""
    catalogue = indicator_catalogue(store, outcomes, language)
    submissions, values, _narratives, _targets = load_stored(store)
    infer_unknown(catalogue, submissions, values)
    return programme_results(*results_inputs(catalogue, submissions, values))


def results_inputs(
    catalogue: dict[tuple[str, str], IndicatorInfo],
    submissions: dict[int, StoredSubmission],
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
    sheet.append([safe_cell(sheet, "Programme results", TITLE_STYLE)])
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
    sheet.append([safe_cell(sheet, text, HEADER_STYLE) for text in header])
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
                figure_cell(sheet, found.figure),
                safe_cell(sheet, f"{len(found.notation_keys)}: {keys}" if keys else "0"),
                completeness,
            ]
        sheet.append(row)
    sheet.append([])
    sheet.append([safe_cell(sheet, "How each figure is computed", HEADER_STYLE)])
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
        [safe_cell(sheet, "figure by period", HEADER_STYLE), None]
        + [safe_cell(sheet, period, HEADER_STYLE) for period in periods]
    )
    for result in charted:
        sheet.append(
            [safe_cell(sheet, result.indicator.code), safe_cell(sheet, result.indicator.label)]
            + [
                figure_cell(sheet, found.figure) if (found := result.periods.get(p)) else None
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
