"""What one export of a submission says, for every way it is shown (docs/design.md §4).

The export builds this once, from the same rows it writes to the workbook; the
workbook's readable area sheets and the PDF a director signs are both drawn from
it, so the paper and the file cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from micdesk.core.records import Completeness
from micdesk.core.submission_format import EXCEL_CELL_LIMIT, XML_ILLEGAL_CHARACTERS
from micdesk.core.validation import Finding
from micdesk.core.values import (
    MULTI_CHOICE_SEPARATOR,
    IndicatorValueType,
    canonical_decimal,
    encode_value,
)
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, NarrativeField
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate, pick_text
from micdesk.core.xlsx_cells import CellValue, ExactNumber


@dataclass(frozen=True)
class AreaRow:
    """One row of an area's table: an indicator's total, or one of its breakdown cells."""

    indicator_code: str
    cell: str  # "" for the total, else the breakdown key, e.g. ``sex=female;age=youth``
    kind: str  # the indicator's kind (``integer``, ``yes_no``…)
    indicator_label: str
    breakdown_label: str
    value: CellValue
    value_label: str  # a choice's option labels in the export's language, else ""
    notation: str | None
    unit: str
    baseline: CellValue
    target: CellValue
    comment: str
    source: str

    @property
    def is_total(self) -> bool:
        """True for an indicator's total row (it carries the code, label and unit)."""
        return not self.cell


@dataclass(frozen=True)
class AreaSection:
    """One work-plan row (area): its texts, completeness, table rows and narratives."""

    code: str
    title: str
    completeness: Completeness
    context: tuple[tuple[str, str], ...]  # (context key, text), e.g. ("tools", "…")
    rows: tuple[AreaRow, ...]
    narratives: tuple[tuple[str, str], ...]  # (narrative field, text), every field


@dataclass(frozen=True)
class SubmissionDocument:
    """The whole export as people read it: cover facts, then one section per area."""

    meta: Mapping[str, str]  # the ``_micdesk`` sheet's keys (country, sha256, revision…)
    template_title: str
    final: bool
    language: str
    completeness: Completeness
    open_problems: tuple[Finding, ...]  # errors and uncommented warnings (drafts show them)
    areas: tuple[AreaSection, ...]


def value_cell(
    indicator: IndicatorDefinition | None, value: IndicatorValueType | str | None
) -> CellValue:
    """A stored value as the export writes it: an exact number, or its canonical text."""
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


def plain_text(text: str) -> str:
    """Template text shown on a readable sheet, without characters XML forbids."""
    return XML_ILLEGAL_CHARACTERS.sub("", text)[:EXCEL_CELL_LIMIT]


def area_sections(
    template: WorkPlanTemplate,
    area_texts: Mapping[str, Mapping[str, str]],
    by_key: Mapping[tuple[str, str], Mapping[str, CellValue]],
    narratives: Iterable[tuple[str, str, str]],
    targets: Mapping[str, Any],
    per_area: Mapping[str, Completeness],
    language: str,
) -> tuple[AreaSection, ...]:
    """The readable rows of every area from the export's Data rows (``by_key``) and texts.

    ``area_texts`` holds each area's cleaned ``title`` and context texts, in the order
    they are shown; ``narratives`` the Narrative sheet's (area, field, text) rows.
    """
    narrative_of = {(area, name): text for area, name, text in narratives}
    sections = []
    for area in template.areas:
        texts = area_texts[area.code]
        rows = []
        for indicator in template.indicators_of(area.code):
            label = plain_text(pick_text(indicator.label, language, template.default_language))
            target = targets.get(indicator.code)
            for cell_key in template.cells_of(indicator):
                data = by_key.get((indicator.code, cell_key), {})
                total = cell_key == TOTAL_CELL and target is not None
                rows.append(
                    AreaRow(
                        indicator_code=indicator.code,
                        cell=cell_key,
                        kind=indicator.kind.value,
                        indicator_label=label,
                        breakdown_label=plain_text(
                            template.cell_label(indicator, cell_key, language)
                        ),
                        value=data.get("value"),
                        value_label=_choice_labels(
                            template, indicator, data.get("value"), language
                        ),
                        notation=data.get("notation"),  # type: ignore[arg-type]
                        unit=plain_text(indicator.unit),
                        baseline=value_cell(indicator, target.baseline) if total else None,
                        target=value_cell(indicator, target.target) if total else None,
                        comment=data.get("comment") or "",  # type: ignore[arg-type]
                        source=data.get("source") or "",  # type: ignore[arg-type]
                    )
                )
        sections.append(
            AreaSection(
                code=area.code,
                title=texts["title"],
                completeness=per_area[area.code],
                context=tuple(
                    (key, text) for key, text in texts.items() if key != "title" and text
                ),
                rows=tuple(rows),
                narratives=tuple(
                    (field.value, narrative_of.get((area.code, field.value), ""))
                    for field in NarrativeField
                ),
            )
        )
    return tuple(sections)


def _choice_labels(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, value: CellValue, language: str
) -> str:
    """The labels of a choice value's options in ``language`` ("" for other kinds)."""
    options = {option.value: option for option in template.choices_of(indicator)}
    if not options or not isinstance(value, str) or not value:
        return ""
    multiple = indicator.kind == IndicatorKind.MULTI_CHOICE
    chosen = value.split(MULTI_CHOICE_SEPARATOR) if multiple else [value]
    return "; ".join(
        plain_text(pick_text(options[code].label, language, template.default_language) or code)
        if code in options
        else code
        for code in chosen
    )
