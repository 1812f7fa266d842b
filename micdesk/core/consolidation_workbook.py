"""The consolidated workbook (docs/design.md §8), built from the store, not from the files.

Sheets: ``Status`` (one row per file read in this run), ``Data`` (every value of every
submission in the store, with country and period), ``Narratives``, one pivot per
numeric indicator (countries × periods, with totals), and the hidden ``_returns`` (the
export of each return shown). ``Data`` and ``Narratives`` end with a stable ``query_id``
and an empty ``query`` column for UNIDO's questions (``review_queries``). No formulas anywhere: totals
are computed here, and every text goes through ``xlsx_cells.safe_cell``. The Results
sheet is ``results_sheet``'s; what is read from the store, ``consolidation_store``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from micdesk.core.consolidation_cells import (
    HEADER_STYLE,
    QUERY_STYLE,
    TITLE_STYLE,
    figure_cell,
    header_row,
    number_cell,
    register_styles,
)
from micdesk.core.consolidation_files import FileOutcome
from micdesk.core.consolidation_store import (
    LAST_INDEX,
    IndicatorInfo,
    StoredSubmission,
    indicator_catalogue,
    infer_unknown,
    load_stored,
    period_key,
)
from micdesk.core.model import IndicatorTarget, IndicatorValue, Narrative
from micdesk.core.programme_results import finite_number, programme_results
from micdesk.core.results_sheet import RESULTS_SHEET, results_inputs, write_results_sheet
from micdesk.core.review_format import query_id
from micdesk.core.sent_queries import QueryCounts, query_counts
from micdesk.core.store import Store
from micdesk.core.submission_format import DATA_COLUMNS, FOLLOW_UP_MARK, TIMESTAMP_FORMAT
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, NarrativeField
from micdesk.core.xlsx_cells import filter_table, safe_cell, safe_cells
from micdesk.core.xlsx_files import unique_sheet_name, write_workbook

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
    "supersedes",
    "queries_sent",
    "queries_answered",
    "queries_open",
)
"""``supersedes``: the revision this file replaced in the store (kept in its history);
``queries_*``: UNIDO's queries on the file's return (``sent_queries``)."""
QUERY_ID_COLUMN = "query_id"
QUERY_COLUMN = "query"
"""Where UNIDO's analysts type a question (``micdesk review write``, docs/formats/review.md)."""
DATA_SHEET_COLUMNS = (
    ("country", "period", "template_id", "template_version", "revision")
    + tuple(DATA_COLUMNS)
    + (QUERY_ID_COLUMN, QUERY_COLUMN)
)
NARRATIVE_SHEET_COLUMNS = ("country", "period", "template_id", "area", "field", "text")
NARRATIVE_SHEET_COLUMNS += (QUERY_ID_COLUMN, QUERY_COLUMN)
RETURNS_SHEET = "_returns"
RETURNS_COLUMNS = ("country", "period", "template_id", "template_version", "revision")
RETURNS_COLUMNS += ("uuid", "sha256")
"""The hidden sheet naming the export of each return shown: what a review answers."""
TOTAL_LABEL = "Total"
PIVOT_HEADER_ROW = 3
"""Pivot sheets: row 1 the indicator, row 2 its unit and notes, row 3 the header."""


def write_consolidated_workbook(
    store: Store, out: Path, outcomes: Sequence[FileOutcome] = (), language: str = "en"
) -> int:
    """Write the consolidated workbook from the store (atomically); return how many
    submissions it holds. Indicator labels are in ``language`` where the template has it."""
    catalogue = indicator_catalogue(store, outcomes, language)
    submissions, values, narratives, targets = load_stored(store)
    infer_unknown(catalogue, submissions, values)
    workbook = Workbook(write_only=True)
    register_styles(workbook)
    used_names: set[str] = set()
    results = programme_results(*results_inputs(catalogue, submissions, values))
    write_results_sheet(workbook, unique_sheet_name(RESULTS_SHEET, used_names), results)
    with store.read() as session:
        counts = query_counts(session)
    _write_status(workbook, unique_sheet_name(STATUS_SHEET, used_names), outcomes, counts)
    _write_data(
        workbook, unique_sheet_name(DATA_SHEET, used_names), submissions, values, targets, catalogue
    )
    _write_narratives(
        workbook, unique_sheet_name(NARRATIVES_SHEET, used_names), submissions, narratives
    )
    _write_pivots(workbook, used_names, submissions, values, catalogue)
    _write_returns(workbook, unique_sheet_name(RETURNS_SHEET, used_names), submissions)
    write_workbook(Path(out), workbook)
    return len(submissions)


def _write_status(
    workbook: Workbook,
    name: str,
    outcomes: Sequence[FileOutcome],
    counts: dict[tuple[str, str, str], QueryCounts],
) -> None:
    sheet = workbook.create_sheet(name)
    header_row(sheet, STATUS_COLUMNS, (40, 9, 9, 22, 8, 9, 11, 100, 40, 11, 9, 9, 9))
    for outcome in outcomes:
        file = outcome.submission
        # The counts are the return's, as the store holds it: shown on its accepted file.
        key = (file.country, file.period, file.template_id) if file and outcome.accepted else None
        count = counts.get(key, QueryCounts()) if key else None
        replaced = outcome.replaced_revision
        row_values = (
            str(outcome.path),
            file.country if file else None,
            file.period if file else None,
            file.template_id if file else None,
            file.template_version if file else None,
            file.revision if file else None,
            outcome.status.value,
            outcome.why,
            outcome.signature or None,
            f"revision {replaced}" if replaced else None,
            count.sent if count else None,
            count.answered if count else None,
            count.open if count else None,
        )
        sheet.append(safe_cells(sheet, row_values))
    filter_table(sheet, len(STATUS_COLUMNS), len(outcomes))


def _write_data(
    workbook: Workbook,
    name: str,
    submissions: dict[int, StoredSubmission],
    values: list[IndicatorValue],
    targets: dict[tuple[str, str, str], IndicatorTarget],
    catalogue: dict[tuple[str, str], IndicatorInfo],
) -> None:
    sheet = workbook.create_sheet(name)
    widths = (8, 9, 20, 8, 8, 8, 14, 40, 24, 10, 14, 9, 9, 12, 12, 40, 24, 9, 21, 16, 50)
    header_row(sheet, DATA_SHEET_COLUMNS, widths)

    def info_of(value: IndicatorValue) -> IndicatorInfo | None:
        return catalogue.get((submissions[value.submission_fk].template_id, value.indicator_code))

    def order(value: IndicatorValue) -> tuple[Any, ...]:
        info = info_of(value)
        return (
            submissions[value.submission_fk].sort_key,
            info.order if info else (LAST_INDEX, 0),
            value.indicator_code,
            info.cell_order(value.cell) if info else (LAST_INDEX, value.cell),
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
            return number_cell(text) if numeric else text

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
        row_values = (
            submission.country,
            submission.period,
            submission.template_id,
            submission.template_version,
            submission.revision,
            *(cells[column] for column in DATA_COLUMNS),
            _query_id(submission, value.indicator_code, value.cell, ""),
        )
        # The empty, tinted cell where an analyst types a question.
        sheet.append([*safe_cells(sheet, row_values), safe_cell(sheet, None, QUERY_STYLE)])
        rows += 1
    filter_table(sheet, len(DATA_SHEET_COLUMNS), rows)


def _write_narratives(
    workbook: Workbook,
    name: str,
    submissions: dict[int, StoredSubmission],
    narratives: list[Narrative],
) -> None:
    sheet = workbook.create_sheet(name)
    header_row(sheet, NARRATIVE_SHEET_COLUMNS, (8, 9, 20, 8, 12, 100, 16, 50))
    fields = [f.value for f in NarrativeField]

    def order(row: Narrative) -> tuple[Any, ...]:
        field_index = fields.index(row.field) if row.field in fields else len(fields)
        return submissions[row.submission_fk].sort_key, row.area_code, field_index

    shown = [row for row in sorted(narratives, key=order) if row.text]
    for row in shown:
        submission = submissions[row.submission_fk]
        row_values = (
            submission.country,
            submission.period,
            submission.template_id,
            row.area_code,
            row.field,
            row.text,
            _query_id(submission, "", row.area_code, row.field),
        )
        # The empty, tinted cell where an analyst types a question.
        sheet.append([*safe_cells(sheet, row_values), safe_cell(sheet, None, QUERY_STYLE)])
    filter_table(sheet, len(NARRATIVE_SHEET_COLUMNS), len(shown))


def _query_id(submission: StoredSubmission, code: str, cell_or_area: str, field: str) -> str:
    """The stable id of a question on this row ('' for a return never exported)."""
    if not submission.uuid:
        return ""
    if code:
        return query_id(submission.uuid, code, cell_or_area, "", "")
    return query_id(submission.uuid, "", "", cell_or_area, field)


def _write_returns(workbook: Workbook, name: str, submissions: dict[int, StoredSubmission]) -> None:
    sheet = workbook.create_sheet(name)
    sheet.sheet_state = "hidden"
    sheet.append([safe_cell(sheet, column) for column in RETURNS_COLUMNS])
    for submission in sorted(submissions.values(), key=lambda s: s.sort_key):
        row_values = (
            submission.country,
            submission.period,
            submission.template_id,
            # Text, as a review's identity is: no double stands between them.
            str(submission.template_version or ""),
            str(submission.revision),
            submission.uuid,
            submission.sha256,
        )
        sheet.append(safe_cells(sheet, row_values))


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
    submissions: dict[int, StoredSubmission],
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
            periods=sorted({p for _, p in cells}, key=period_key),
            cells=cells,
            # Shares are not added up; cumulative figures not across periods.
            total_by_country=not percent and not (info and info.cumulative),
            total_by_period=not percent,
        )
    return pivots


def _write_pivots(
    workbook: Workbook,
    used_names: set[str],
    submissions: dict[int, StoredSubmission],
    values: list[IndicatorValue],
    catalogue: dict[tuple[str, str], IndicatorInfo],
) -> None:
    pivots = build_pivots(submissions, values, catalogue)

    def order(key: tuple[str, str]) -> tuple[Any, ...]:
        info = catalogue.get(key)
        return key[0], info.order if info else (LAST_INDEX, 0), key[1]

    for key in sorted(pivots, key=order):
        template_id, code = key
        pivot, info = pivots[key], catalogue.get(key)
        sheet = workbook.create_sheet(unique_sheet_name(code, used_names))
        sheet.column_dimensions["A"].width = 12
        title = f"{code} — {info.label}" if info and info.label else code
        sheet.append([safe_cell(sheet, title, TITLE_STYLE)])
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
        sheet.append([safe_cell(sheet, text, HEADER_STYLE) for text in header])
        for country in pivot.countries:
            row = [safe_cell(sheet, country)]
            for period in pivot.periods:
                row.append(figure_cell(sheet, pivot.cells.get((country, period))))
            if pivot.total_by_country:
                row.append(figure_cell(sheet, pivot.row_total(country)))
            sheet.append(row)
        if pivot.total_by_period:
            row = [safe_cell(sheet, TOTAL_LABEL, HEADER_STYLE)]
            row.extend(figure_cell(sheet, pivot.column_total(p)) for p in pivot.periods)
            if pivot.total_by_country:
                row.append(figure_cell(sheet, pivot.grand_total()))
            sheet.append(row)
        sheet.freeze_panes = f"B{PIVOT_HEADER_ROW + 1}"
