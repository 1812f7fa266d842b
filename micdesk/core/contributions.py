"""Contributor workbooks (``micdesk-contribution/1``): ask a ministry for some cells, take them back.

``write_contribution`` records a request in the store and writes a workbook holding just
the cells asked, with Excel data validation on every value cell and the rest locked;
``plan_contribution_load`` reads a filled workbook back and checks every value with the
window's rules, changing nothing; ``apply_contribution_load`` stores the valid values in
one transaction, each with the contributor as its source and origin. The format is
specified in ``docs/formats/contribution.md``.
"""

from __future__ import annotations

import hashlib
import json
import uuid as uuid_module
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from micdesk.core.keyed import Keyed
from micdesk.core.model import ContributionRequest, Submission, submission_rows, utc_now
from micdesk.core.periods import previous_period
from micdesk.core.records import OpenSubmission, ValueState
from micdesk.core.sheet_texts import RIGHT_TO_LEFT_LANGUAGES, sheet_text
from micdesk.core.store import Store
from micdesk.core.submission_format import number_from_cell
from micdesk.core.submissions import list_values, open_submission, set_value, values_of_period
from micdesk.core.targets import list_targets
from micdesk.core.template_store import load_template
from micdesk.core.validation import Severity, validate_indicator
from micdesk.core.values import ValueRefused, encode_value, parse_notation, parse_value_text
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate, pick_text
from micdesk.core.xlsx_files import atomic_write, open_workbook, sheet_rows

CONTRIBUTION_FORMAT = "micdesk-contribution/1"
READABLE_SHEET = "Contribution"
REQUEST_SHEET = "_request"
COLUMNS = (
    "code",
    "indicator",
    "breakdown",
    "unit",
    "hint",
    "previous period",
    "target",
    "value",
    "notation key",
    "comment",
    "source",
)
# The header's words in another language than English (sheet_texts keys), column by column.
COLUMN_TEXTS = (
    "column_code",
    "column_indicator",
    "column_breakdown",
    "column_unit",
    "column_hint",
    "column_previous_period",
    "column_target",
    "column_value",
    "column_notation",
    "column_comment",
    "column_source",
)
VALUE, NOTATION, COMMENT, SOURCE = (COLUMNS.index(name) for name in COLUMNS[7:])
EDITABLE = (VALUE, NOTATION, COMMENT, SOURCE)
FIRST_ROW = 2
CONTRIBUTION_ORIGIN = "contribution"  # the change history's origin of a loaded value
_LETTERS = "ABCDEFGHIJK"


class ContributionRefused(Keyed):
    """A contributor workbook that cannot be loaded at all; nothing was changed."""


@dataclass(frozen=True)
class AskedCell:
    """One cell asked of a contributor and the row of the workbook that holds it."""

    code: str
    cell: str
    row: int


@dataclass(frozen=True)
class ContributionValue:
    """One filled row of a returned workbook, checked, with what the store holds."""

    asked: AskedCell
    incoming: ValueState
    stored: ValueState | None

    @property
    def conflict(self) -> bool:
        """The store already holds a different figure or key here."""
        if self.stored is None or not self.stored.is_filled:
            return False
        return (self.stored.value, self.stored.notation) != (
            self.incoming.value,
            self.incoming.notation,
        )

    def __str__(self) -> str:
        where = self.asked.code + ("" if self.asked.cell == TOTAL_CELL else f" [{self.asked.cell}]")
        new = self.incoming.notation or self.incoming.value
        if self.conflict:
            old = self.stored.notation or self.stored.value  # type: ignore[union-attr]
            return f"conflict: {where}: yours {old}, theirs {new}"
        return f"new: {where}: {new}"


@dataclass
class ContributionPlan:
    """What loading a contributor's workbook would do; nothing is written yet."""

    request_uuid: str
    contributor: str
    submission: OpenSubmission
    values: list[ContributionValue] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)  # "sheet!cell: message"

    @property
    def conflicts(self) -> list[ContributionValue]:
        """Values that differ from what the store holds: keep yours or take theirs."""
        return [value for value in self.values if value.conflict]


def _request_digest(meta: dict[str, str], cells: list[AskedCell]) -> str:
    payload = {
        "format": CONTRIBUTION_FORMAT,
        **{
            key: meta[key]
            for key in (
                "uuid",
                "country",
                "period",
                "template_id",
                "template_version",
                "contributor",
            )
        },
        "cells": [[c.code, c.cell, c.row] for c in cells],
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def asked_cells(template: WorkPlanTemplate, codes: list[str]) -> list[AskedCell]:
    """Every cell of the indicators asked (total first, then the breakdown), one row each."""
    cells = []
    for code in codes:
        indicator = template.indicator(code)
        for cell in template.cells_of(indicator):
            cells.append(AskedCell(code, cell, FIRST_ROW + len(cells)))
    return cells


def write_contribution(
    store: Store,
    submission: OpenSubmission,
    codes: list[str],
    contributor: str,
    out: Path,
    language: str = "en",
) -> str:
    """Write a contributor workbook for some indicators, record the request; return its UUID."""
    template = submission.template
    unknown = [code for code in codes if not template.has_indicator(code)]
    if unknown or not codes:
        raise ContributionRefused(
            f"no indicator {', '.join(unknown)} in template {template.template_id} "
            f"version {template.version}"
            if unknown
            else "no indicator asked",
            "unknown_indicator",
            {"code": ", ".join(unknown)},
        )
    if not contributor.strip():
        raise ContributionRefused("say whom the workbook is for (--to)", "no_contributor", {})
    cells = asked_cells(template, list(dict.fromkeys(codes)))
    request_uuid = str(uuid_module.uuid4())
    meta = {
        "format": CONTRIBUTION_FORMAT,
        "uuid": request_uuid,
        "country": submission.country,
        "period": submission.period,
        "template_id": template.template_id,
        "template_version": str(template.version),
        "contributor": contributor.strip(),
        "language": language,
    }
    digest = _request_digest(meta, cells)
    previous = values_of_period(store, submission, previous_period(submission.period))
    workbook = _build_workbook(
        template, cells, meta, digest, previous, list_targets(store, submission), language
    )
    atomic_write(Path(out), workbook.save)
    with store.transaction() as session:
        session.add(
            ContributionRequest(
                uuid=request_uuid,
                submission_fk=submission.submission_id,
                contributor=meta["contributor"],
                template_version=template.version,
                cells="\n".join(f"{c.code}|{c.cell}|{c.row}" for c in cells),
                request_sha256=digest,
            )
        )
    return request_uuid


def _build_workbook(
    template: WorkPlanTemplate,
    cells: list[AskedCell],
    meta: dict[str, str],
    digest: str,
    previous: dict[tuple[str, str], ValueState],
    targets: dict[str, Any],
    language: str,
) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = READABLE_SHEET
    # Columns are read by position, so the header can be in the contributor's language.
    if language == "en":
        sheet.append(list(COLUMNS))
    else:
        sheet.append([sheet_text(key, language) for key in COLUMN_TEXTS])
    if language in RIGHT_TO_LEFT_LANGUAGES:
        sheet.sheet_view.rightToLeft = True
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for width, letter in zip((10, 48, 22, 10, 40, 18, 12, 14, 18, 30, 30), _LETTERS, strict=True):
        sheet.column_dimensions[letter].width = width
    for asked in cells:
        indicator = template.indicator(asked.code)
        before = previous.get((asked.code, asked.cell))
        target = targets.get(asked.code) if asked.cell == TOTAL_CELL else None
        sheet.append(
            [
                asked.code,
                pick_text(indicator.label, language, template.default_language),
                "" if asked.cell == TOTAL_CELL else asked.cell,
                indicator.unit,
                pick_text(indicator.hint, language, template.default_language),
                _shown(indicator, before),
                getattr(target, "target", None) if target is not None else None,
                None,
                None,
                None,
                None,
            ]
        )
        for column in range(1, len(COLUMNS) + 1):
            sheet.cell(asked.row, column).alignment = Alignment(wrap_text=True, vertical="top")
        for column in EDITABLE:
            sheet.cell(asked.row, column + 1).protection = Protection(locked=False)
        _validate(sheet, template, indicator, asked.row)
    keys = DataValidation(
        type="list", formula1='"' + ",".join(n.value for n in Notation) + '"', allow_blank=True
    )
    keys.error = "NA, NE or C"
    sheet.add_data_validation(keys)
    if cells:
        keys.add(f"{_LETTERS[NOTATION]}{FIRST_ROW}:{_LETTERS[NOTATION]}{cells[-1].row}")
    sheet.freeze_panes = "B2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    # Protection without a password: it prevents accidents, it is not security.
    sheet.protection.sheet = True
    hidden = workbook.create_sheet(REQUEST_SHEET)
    hidden.sheet_state = "hidden"
    for key, value in meta.items():
        hidden.append([key, value])
    hidden.append(["request_sha256", digest])
    for asked in cells:
        hidden.append(["cell", asked.code, asked.cell, asked.row])
    return workbook


def _shown(indicator: IndicatorDefinition, state: ValueState | None) -> Any:
    if state is None:
        return None
    if state.notation is not None:
        return state.notation.value
    if state.value is None:
        return None
    if indicator.kind.is_numeric:
        return float(state.value) if not isinstance(state.value, int) else state.value
    return encode_value(indicator.kind, state.value)


def _validate(
    sheet: Any, template: WorkPlanTemplate, indicator: IndicatorDefinition, row: int
) -> None:
    where = f"{_LETTERS[VALUE]}{row}"
    kind = indicator.kind
    validation: DataValidation | None = None
    if kind in (IndicatorKind.INTEGER, IndicatorKind.DECIMAL, IndicatorKind.PERCENT):
        low = indicator.min_value if indicator.min_value is not None else Decimal("-1e15")
        high = indicator.max_value if indicator.max_value is not None else Decimal("1e15")
        validation = DataValidation(
            type="whole" if kind == IndicatorKind.INTEGER else "decimal",
            operator="between",
            formula1=str(low),
            formula2=str(high),
            allow_blank=True,
        )
        validation.error = f"{indicator.code}: a number from {low} to {high}"
    elif kind == IndicatorKind.YES_NO:
        validation = DataValidation(type="list", formula1='"yes,no"', allow_blank=True)
        validation.error = f"{indicator.code}: yes or no"
    elif kind == IndicatorKind.CHOICE and indicator.choice_list:
        options = [option.value for option in template.choice_lists.get(indicator.choice_list, ())]
        validation = DataValidation(
            type="list", formula1='"' + ",".join(options) + '"', allow_blank=True
        )
        validation.error = f"{indicator.code}: one of {', '.join(options)}"
    if validation is not None:
        validation.showErrorMessage = True
        sheet.add_data_validation(validation)
        validation.add(where)


# Loading ---------------------------------------------------------------------------------


def _refuse(message: str, key: str, **params: object) -> ContributionRefused:
    return ContributionRefused(message + "; nothing was loaded", key, params)


def _read(path: Path) -> tuple[dict[str, str], list[AskedCell], dict[int, list[Any]]]:
    workbook = open_workbook(Path(path))
    try:
        names = {ws.title: ws for ws in workbook.worksheets}
        if REQUEST_SHEET not in names or READABLE_SHEET not in names:
            raise _refuse(
                f"{Path(path).name}: not a micdesk contributor workbook ({CONTRIBUTION_FORMAT})",
                "not_a_contribution",
                file=Path(path).name,
            )
        meta: dict[str, str] = {}
        cells: list[AskedCell] = []
        for _number, values in sheet_rows(names[REQUEST_SHEET]):
            key = str(values[0]) if values and values[0] is not None else ""
            if key == "cell" and len(values) >= 4:
                cells.append(AskedCell(str(values[1]), str(values[2] or ""), int(values[3])))
            elif key:
                meta[key] = "" if len(values) < 2 or values[1] is None else str(values[1])
        rows: dict[int, list[Any]] = {}
        for number, values in sheet_rows(names[READABLE_SHEET]):
            if number >= FIRST_ROW:
                rows[number] = list(values) + [None] * (len(COLUMNS) - len(values))
        return meta, cells, rows
    finally:
        workbook.close()


def plan_contribution_load(store: Store, path: Path) -> ContributionPlan:
    """Read and check a returned contributor workbook against its request; write nothing."""
    name = Path(path).name
    meta, cells, rows = _read(path)
    if meta.get("format") != CONTRIBUTION_FORMAT:
        raise _refuse(
            f"{name}: not a {CONTRIBUTION_FORMAT} workbook", "not_a_contribution", file=name
        )
    with store.read() as session:
        request = session.scalar(
            select(ContributionRequest).where(ContributionRequest.uuid == meta.get("uuid", ""))
        )
        if request is None:
            raise _refuse(
                f"{name}: this data folder never asked for this workbook (request "
                f"{meta.get('uuid') or '—'} is not known here)",
                "unknown_request",
                file=name,
            )
        submission_row = session.get(Submission, request.submission_fk)
        assert submission_row is not None
        country, period = submission_row.country, submission_row.period
        template_id = submission_row.template_id
        if (meta.get("country"), meta.get("period")) != (country, period):
            raise _refuse(
                f"{name}: the workbook says {meta.get('country')} {meta.get('period')}, but the "
                f"request was for {country} {period}",
                "other_submission",
                file=name,
            )
        recorded = [
            AskedCell(code, cell, int(row))
            for code, cell, row in (line.split("|") for line in request.cells.splitlines())
        ]
        if cells != recorded or _request_digest(meta, cells) != request.request_sha256:
            raise _refuse(
                f"{name}: the workbook's request was changed (it asks for other cells than "
                "were asked)",
                "request_edited",
                file=name,
            )
        template = load_template(session, template_id)
    if template.version != request.template_version:
        raise _refuse(
            f"{name}: it was made on version {request.template_version} of {template_id}, which "
            f"is no longer installed (now version {template.version}): ask again",
            "template_not_installed",
            file=name,
        )
    submission = open_submission(store, country, period)
    stored = list_values(store, submission)
    plan = ContributionPlan(meta["uuid"], request.contributor, submission)
    asked_rows = {c.row for c in cells}
    for number, values in rows.items():
        if number not in asked_rows and any(v not in (None, "") for v in values):
            plan.invalid.append(f"{READABLE_SHEET}!A{number}: this row was not asked for")
    for asked in cells:
        values = rows.get(asked.row, [None] * len(COLUMNS))
        if (str(values[0] or ""), str(values[2] or "")) != (
            asked.code,
            "" if asked.cell == TOTAL_CELL else asked.cell,
        ):
            plan.invalid.append(
                f"{READABLE_SHEET}!A{asked.row}: expected {asked.code} here; rows were moved"
            )
            continue
        incoming = _incoming(template, asked, values, plan)
        if incoming is not None:
            plan.values.append(
                ContributionValue(asked, incoming, stored.get((asked.code, asked.cell)))
            )
    return plan


def _incoming(
    template: WorkPlanTemplate, asked: AskedCell, values: list[Any], plan: ContributionPlan
) -> ValueState | None:
    indicator = template.indicator(asked.code)
    where = f"{READABLE_SHEET}!{_LETTERS[VALUE]}{asked.row}"
    for column in EDITABLE:
        cell = values[column]
        if isinstance(cell, str) and cell.startswith("="):
            plan.invalid.append(
                f"{READABLE_SHEET}!{_LETTERS[column]}{asked.row}: a formula is not a value"
            )
            return None
    raw, key_text = values[VALUE], values[NOTATION]
    comment = "" if values[COMMENT] is None else str(values[COMMENT]).strip()
    source = "" if values[SOURCE] is None else str(values[SOURCE]).strip()
    notation = parse_notation(str(key_text)) if key_text not in (None, "") else None
    if key_text not in (None, "") and notation is None:
        plan.invalid.append(
            f"{READABLE_SHEET}!{_LETTERS[NOTATION]}{asked.row}: '{key_text}' is not NA, NE or C"
        )
        return None
    if raw in (None, "") and notation is None:
        return None  # not filled in: nothing to load
    if raw not in (None, "") and notation is not None:
        plan.invalid.append(f"{where}: a value or a notation key, not both")
        return None
    value = None
    if notation is None:
        text = (
            number_from_cell(raw)
            if isinstance(raw, int | float) and not isinstance(raw, bool)
            else str(raw)
        )
        try:
            value = parse_value_text(template, indicator, text)
        except ValueRefused as error:
            plan.invalid.append(f"{where}: {error}")
            return None
    state = ValueState(asked.code, asked.cell, value, notation, comment, source)
    problems = [
        finding
        for finding in validate_indicator(template, indicator, {state.key: state}, {})
        if finding.severity is Severity.ERROR and finding.cell == asked.cell
    ]
    if problems:
        plan.invalid.append(f"{where}: {problems[0].message}")
        return None
    return state


def apply_contribution_load(store: Store, plan: ContributionPlan, take: str | None = None) -> int:
    """Store the plan's values in one transaction; return how many were written.

    ``take``: ``theirs`` or ``mine`` for every conflict; a conflict without it is refused.
    """
    if plan.conflicts and take not in ("theirs", "mine"):
        raise ContributionRefused(
            f"{len(plan.conflicts)} value(s) differ from yours: choose --take theirs or --take mine",
            "unresolved",
            {"count": len(plan.conflicts)},
        )
    written = 0
    with store.transaction() as session:
        for item in plan.values:
            if item.conflict and take == "mine":
                continue
            incoming = item.incoming
            figure = (
                {"notation": incoming.notation}
                if incoming.notation is not None
                else {"value": incoming.value}
            )
            set_value(
                store,
                plan.submission,
                incoming.indicator_code,
                incoming.cell,
                **figure,
                comment=incoming.comment or (item.stored.comment if item.stored else ""),
                source=incoming.source or plan.contributor,
                reason=f"from {plan.contributor} (contributor workbook)",
                origin=CONTRIBUTION_ORIGIN,
                session=session,
            )
            written += 1
        request = session.scalar(
            select(ContributionRequest).where(ContributionRequest.uuid == plan.request_uuid)
        )
        if request is not None:
            request.returned_at = utc_now()
    return written


def list_requests(store: Store, submission: OpenSubmission) -> list[ContributionRequest]:
    """The contributor workbooks handed out for a submission, oldest first (detached)."""
    with store.read() as session:
        found = submission_rows(
            session, ContributionRequest, submission.submission_id, ContributionRequest.created_at
        )
        session.expunge_all()
    return found
