"""What a template's crosswalk does to the entered values, planned before anything is written.

``read_sources`` reads the values the crosswalk touches, ``plan_crosswalk`` works out
every carried cell (moved, converted, summed, split or flagged, with its lineage) and
``apply_crosswalk`` writes that plan inside the template import's transaction. The
preview shows the same plan the import writes: ``template_update`` plans again inside
its transaction and refuses when the plan is no longer the previewed one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from micdesk.core.kinds import canonical_decimal, yes_no
from micdesk.core.model import ChangeRecord, IndicatorValue, Submission, utc_now
from micdesk.core.records import OpenSubmission
from micdesk.core.review import ReviewReason, review_text
from micdesk.core.store import Store
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import CrosswalkMapping, CrosswalkRule, WorkPlanTemplate

CROSSWALK_ORIGIN = "crosswalk"  # a value a template update carried along its crosswalk


@dataclass(frozen=True)
class SourceValue:
    """A stored value cell the crosswalk reads or writes."""

    id: int
    submission_id: int
    code: str
    cell: str
    value: str | None
    notation: str | None
    archived: bool
    needs_review: str

    @property
    def filled(self) -> bool:
        """It holds a value or a notation key."""
        return self.value is not None or self.notation is not None


@dataclass(frozen=True)
class CarriedValue:
    """One cell of the new version the crosswalk writes, and where it came from."""

    submission_id: int
    code: str
    cell: str
    value: str | None
    notation: str | None
    needs_review: str
    action: str  # moved, converted, summed, split or flagged
    arithmetic: str  # e.g. 'ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt'
    rows: tuple[int, ...]  # the crosswalk rows it follows
    sources: tuple[SourceValue, ...]
    existing: SourceValue | None  # the row written in place; None: a new row

    @property
    def lineage(self) -> str:
        """The arithmetic and the crosswalk rows, as the value's history records them."""
        label = "row" if len(self.rows) == 1 else "rows"
        return f"{self.arithmetic} (crosswalk {label} {', '.join(map(str, self.rows))})"

    @property
    def changes(self) -> bool:
        """It writes something: a new row, or another value, key or flag in its row."""
        e = self.existing
        return e is None or (e.value, e.notation, e.needs_review, e.archived) != (
            self.value,
            self.notation,
            self.needs_review,
            False,
        )


@dataclass(frozen=True)
class CrosswalkPlan:
    """Every cell the crosswalk writes and every source it archives (kept, never deleted)."""

    carried: tuple[CarriedValue, ...] = ()
    archived: tuple[tuple[SourceValue, str], ...] = ()
    """Sources whose cell is gone from the new version, with the lineage of where they went."""

    @property
    def handled(self) -> frozenset[int]:
        """Stored value ids this plan decides: the rest of the import leaves them alone."""
        ids = {c.existing.id for c in self.carried if c.existing is not None}
        ids.update(source.id for source, _ in self.archived)
        return frozenset(ids)

    @property
    def inserted(self) -> int:
        """How many new value rows the plan adds."""
        return sum(c.existing is None for c in self.carried)


# Reading ---------------------------------------------------------------------------


def read_sources(
    session: Session, template: WorkPlanTemplate, template_id: str
) -> list[SourceValue]:
    """The stored values of the codes a crosswalk reads from or writes to."""
    codes = sorted(
        {m.from_code for m in template.crosswalk} | {m.to_code for m in template.crosswalk}
    )
    if not codes:
        return []
    statement = (
        select(
            IndicatorValue.id,
            IndicatorValue.submission_fk,
            IndicatorValue.indicator_code,
            IndicatorValue.cell,
            IndicatorValue.value,
            IndicatorValue.notation,
            IndicatorValue.archived,
            IndicatorValue.needs_review,
        )
        .join(Submission, Submission.id == IndicatorValue.submission_fk)
        .where(Submission.template_id == template_id, IndicatorValue.indicator_code.in_(codes))
        .order_by(IndicatorValue.id)
    )
    return [SourceValue(*row) for row in session.execute(statement)]


# Planning --------------------------------------------------------------------------

Edge = tuple[CrosswalkMapping, str, str]  # mapping, from cell, to cell
RuleCheck = Callable[[str, str, str | None], ReviewReason | None]


def _edges(old: WorkPlanTemplate, new: WorkPlanTemplate) -> list[Edge]:
    """Each mapping as cell-to-cell edges; a row without cells carries every cell by its key."""
    explicit = {(m.from_code, m.from_cell) for m in new.crosswalk if m.from_cell or m.to_cell}
    edges: list[Edge] = []
    for mapping in new.crosswalk:
        if mapping.from_cell or mapping.to_cell:
            edges.append((mapping, mapping.from_cell, mapping.to_cell))
            continue
        new_cells = set(new.cells_of(new.indicator(mapping.to_code)))
        for cell in old.cells_of(old.indicator(mapping.from_code)):
            # A cell the new breakdown lacks is left to the update's own rules (flagged).
            if cell in new_cells and (mapping.from_code, cell) not in explicit:
                edges.append((mapping, cell, cell))
    return edges


def plan_crosswalk(
    sources: Iterable[SourceValue],
    old: WorkPlanTemplate | None,
    new: WorkPlanTemplate,
    check: RuleCheck,
) -> CrosswalkPlan:
    """Where every value the crosswalk reads goes, per submission, in the order of the sheet."""
    if old is None or not new.crosswalk:
        return CrosswalkPlan()
    stored = {(s.submission_id, s.code, s.cell): s for s in sources}
    edges = _edges(old, new)
    by_target: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for edge in edges:
        by_target[(edge[0].to_code, edge[2])].append(edge)
    submissions = sorted({s.submission_id for s in stored.values()})
    carried: list[CarriedValue] = []
    used: dict[int, tuple[SourceValue, list[str]]] = {}
    for submission in submissions:
        for (code, cell), target_edges in by_target.items():
            parts = []
            for mapping, from_cell, _ in target_edges:
                source = stored.get((submission, mapping.from_code, from_cell))
                if source is not None and (source.archived or not source.filled):
                    source = None
                parts.append((mapping, from_cell, source))
            if all(source is None for _, _, source in parts):
                continue
            value, notation, reason, action = _combine(parts, old, new, code)
            if reason is None and value is not None:
                reason = check(code, cell, value)
                action = action if reason is None else "flagged"
            existing = stored.get((submission, code, cell))
            sources = tuple(source for _, _, source in parts if source is not None)
            arithmetic = _arithmetic(parts, old, new, code, cell, value, notation)
            if (
                existing is not None
                and existing.filled
                and existing not in sources
                and not _is_source(existing, edges)
            ):  # a value of its own: kept, flagged
                reason = ReviewReason.of(
                    "crosswalk_not_written", value=_shown(value, notation), code=code
                )
                value, notation, action = existing.value, existing.notation, "flagged"
            carried.append(
                CarriedValue(
                    submission_id=submission,
                    code=code,
                    cell=cell,
                    value=value,
                    notation=notation,
                    needs_review=reason.encode() if reason is not None else "",
                    action=action,
                    arithmetic=arithmetic,
                    rows=tuple(sorted({m.row for m, _, _ in parts})),
                    sources=sources,
                    existing=existing,
                )
            )
            for source in sources:
                used.setdefault(source.id, (source, []))[1].append(carried[-1].lineage)
    targets = {(c.submission_id, c.code, c.cell) for c in carried}
    archived = []
    for source, lineages in used.values():
        gone = not new.has_indicator(source.code) or source.cell not in new.cells_of(
            new.indicator(source.code)
        )
        if gone and (source.submission_id, source.code, source.cell) not in targets:
            archived.append((source, "; ".join(lineages)))
    return CrosswalkPlan(tuple(carried), tuple(archived))


def _is_source(value: SourceValue, edges: list[Edge]) -> bool:
    return any(m.from_code == value.code and c == value.cell for m, c, _ in edges)


def _combine(
    parts: list[tuple[CrosswalkMapping, str, SourceValue | None]],
    old: WorkPlanTemplate,
    new: WorkPlanTemplate,
    code: str,
) -> tuple[str | None, str | None, ReviewReason | None, str]:
    """The new value, notation key, review reason and action of one target cell."""
    unshared = [(m, s) for m, _, s in parts if m.rule is CrosswalkRule.SPLIT and m.factor is None]
    if unshared:
        mapping, source = (
            next((m, s) for m, s in unshared if s is not None)
            if any(s is not None for _, s in unshared)
            else unshared[0]
        )
        siblings = [m.to_code for m in new.crosswalk if m.from_code == mapping.from_code]
        reason = ReviewReason.of(
            "crosswalk_to_split",
            code=mapping.from_code,
            value=_shown(source.value, source.notation) if source else "—",
            parts=", ".join(dict.fromkeys(siblings)),
        )
        return None, None, reason, "flagged"
    kind = new.indicator(code).kind
    if len(parts) == 1:
        mapping, _, source = parts[0]
        assert source is not None
        if source.notation is not None:
            return None, source.notation, None, "moved"
        if not kind.is_numeric:
            return source.value, None, None, "moved"
        exact = Decimal(source.value) * mapping.multiplier
        action = (
            "split"
            if mapping.rule is CrosswalkRule.SPLIT
            else ("converted" if mapping.multiplier != 1 else "moved")
        )
    else:
        missing = [s for _, _, s in parts if s is None or s.notation is not None]
        if missing:
            listed = ", ".join(
                f"{_where(m.from_code, cell)} {_shown(s.value, s.notation) if s else '—'}"
                for m, cell, s in parts
            )
            return (
                None,
                None,
                ReviewReason.of("crosswalk_sum_incomplete", parts=listed, code=code),
                "flagged",
            )
        exact = sum(
            (Decimal(s.value) * m.multiplier for m, _, s in parts if s is not None), Decimal(0)
        )
        action = "summed"
    if kind.value == "integer" and exact != exact.to_integral_value():
        rounded = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        reason = ReviewReason.of(
            "crosswalk_rounded",
            value=canonical_decimal(rounded),
            exact=canonical_decimal(exact),
            code=code,
        )
        return canonical_decimal(rounded), None, reason, "flagged"
    return canonical_decimal(exact), None, None, action


def _where(code: str, cell: str) -> str:
    return f"{code}[{cell}]" if cell else code


def _shown(value: str | None, notation: str | None) -> str:
    return value if value is not None else (notation or "—")


def _arithmetic(
    parts: list[tuple[CrosswalkMapping, str, SourceValue | None]],
    old: WorkPlanTemplate,
    new: WorkPlanTemplate,
    code: str,
    cell: str,
    value: str | None,
    notation: str | None,
) -> str:
    """E.g. 'ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt'."""
    terms = []
    for mapping, from_cell, source in parts:
        unit = old.indicator(mapping.from_code).unit
        shown = _shown(source.value, source.notation) if source is not None else "—"
        term = f"{_where(mapping.from_code, from_cell)} v{old.version} {shown}"
        term += f" {unit}" if unit and source is not None and source.value is not None else ""
        if mapping.factor is not None and mapping.factor != 1:
            term += f" × {canonical_decimal(mapping.factor)}"
        terms.append(term)
    unit = new.indicator(code).unit
    result = _shown(value, notation)
    result += f" {unit}" if unit and value is not None else ""
    return f"{' + '.join(terms)} → {_where(code, cell)} v{new.version} {result}"


# Applying --------------------------------------------------------------------------


def apply_crosswalk(session: Session, plan: CrosswalkPlan, reason: str) -> set[int]:
    """Write a plan in the caller's transaction, each change with its lineage; the submissions touched."""
    now = utc_now()
    values = IndicatorValue.__table__
    records: list[dict] = []

    def record(submission: int, code: str, cell: str, attribute: str, old, new, why: str) -> None:
        if old != new:
            records.append(
                {
                    "submission_fk": submission,
                    "indicator_code": code,
                    "cell": cell,
                    "attribute": attribute,
                    "old": old,
                    "new": new,
                    "reason": why,
                    "origin": CROSSWALK_ORIGIN,
                    "changed_at": now,
                }
            )

    updates, inserts = [], []
    for item in plan.carried:
        if not item.changes:
            continue
        why = f"{reason}: {item.lineage}"
        row = {
            "new_value": item.value,
            "new_notation": item.notation,
            "new_review": item.needs_review,
        }
        before = item.existing
        if before is None:
            inserts.append(
                {
                    "submission_fk": item.submission_id,
                    "indicator_code": item.code,
                    "cell": item.cell,
                    "value": item.value,
                    "notation": item.notation,
                    "needs_review": item.needs_review,
                    "archived": False,
                    "comment": "",
                    "source": "",
                    "follow_up": False,
                    "updated_at": now,
                }
            )
        else:
            updates.append({"value_id": before.id, **row})
        old = before or SourceValue(0, 0, "", "", None, None, False, "")
        for attribute, was, now_is in (
            ("value", old.value, item.value),
            ("notation", old.notation, item.notation),
            ("needs_review", old.needs_review, item.needs_review),
            ("archived", yes_no(old.archived), yes_no(False)),
        ):
            record(item.submission_id, item.code, item.cell, attribute, was, now_is, why)
    if updates:
        session.execute(
            update(values)
            .where(values.c.id == bindparam("value_id"))
            .values(
                value=bindparam("new_value"),
                notation=bindparam("new_notation"),
                needs_review=bindparam("new_review"),
                archived=False,
                updated_at=now,
            ),
            updates,
        )
    if inserts:
        session.execute(insert(values), inserts)
    archive = [source for source, _ in plan.archived if not source.archived]
    if archive:
        session.execute(
            update(values)
            .where(values.c.id == bindparam("value_id"))
            .values(archived=True, needs_review="", updated_at=now),
            [{"value_id": source.id} for source in archive],
        )
    for source, lineage in plan.archived:
        why = f"{reason}: carried by the crosswalk: {lineage}"
        record(source.submission_id, source.code, source.cell, "archived", "no", "yes", why)
        record(
            source.submission_id,
            source.code,
            source.cell,
            "needs_review",
            source.needs_review,
            "",
            why,
        )
    if records:
        session.execute(insert(ChangeRecord.__table__), records)
    touched = {c.submission_id for c in plan.carried if c.changes}
    touched.update(source.submission_id for source, _ in plan.archived)
    return touched


# Showing ---------------------------------------------------------------------------


def submission_labels(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """'KEN 2025' for each submission id: how the preview names a country and period."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(Submission.id, Submission.country, Submission.period).where(
            Submission.id.in_(wanted)
        )
    )
    return {row.id: f"{row.country} {row.period}" for row in rows}


def plan_lines(plan: CrosswalkPlan, labels: dict[int, str]) -> list[str]:
    """Every value the crosswalk carries, per country and period, with old and new figures."""
    if not plan.carried:
        return []
    actions = defaultdict(int)
    for item in plan.carried:
        actions[item.action] += 1
    summary = ", ".join(f"{count} {action}" for action, count in sorted(actions.items()))
    lines = [
        f"Crosswalk: {len(plan.carried)} values carried ({summary}); "
        f"{len(plan.archived)} sources archived"
    ]
    by_submission: dict[int, list[CarriedValue]] = defaultdict(list)
    for item in plan.carried:
        by_submission[item.submission_id].append(item)
    for submission in sorted(by_submission, key=lambda s: labels.get(s, str(s))):
        lines.append(f"  {labels.get(submission, str(submission))}:")
        for item in by_submission[submission]:
            line = f"    {item.action}: {item.lineage}"
            if item.needs_review:
                line += f" — to review: {review_text(item.needs_review)}"
            lines.append(line)
    return lines


def value_lineage(store: Store, submission_id: int) -> dict[tuple[str, str], str]:
    """The lineage of each value a crosswalk carried and nobody has changed since, by (code, cell)."""
    with store.read() as session:
        rows = session.execute(
            select(
                ChangeRecord.indicator_code,
                ChangeRecord.cell,
                ChangeRecord.origin,
                ChangeRecord.reason,
            )
            .where(
                ChangeRecord.submission_fk == submission_id,
                ChangeRecord.attribute.in_(("value", "notation")),
            )
            .order_by(ChangeRecord.id)
        )
        latest = {(row.indicator_code, row.cell): row for row in rows}
    # The reason reads "template 'id' version N: <lineage>"; codes hold no ': '.
    return {
        key: row.reason.partition(": ")[2]
        for key, row in latest.items()
        if row.origin == CROSSWALK_ORIGIN
    }


def converted_totals(store: Store, submission: OpenSubmission) -> dict[str, dict[str, str]]:
    """Per indicator, the periods of this country whose total a crosswalk carried: period → lineage.

    What the previous period beside a field and the trend chart mark as converted to the
    current definition; a total changed by hand since is no longer converted.
    """
    same_country = (
        Submission.country == submission.country,
        Submission.template_id == submission.template.template_id,
    )
    with store.read() as session:
        rows = session.execute(
            select(
                Submission.period,
                ChangeRecord.indicator_code,
                ChangeRecord.origin,
                ChangeRecord.reason,
            )
            .join(Submission, ChangeRecord.submission_fk == Submission.id)
            .where(
                *same_country,
                ChangeRecord.cell == TOTAL_CELL,
                ChangeRecord.attribute.in_(("value", "notation")),
            )
            .order_by(ChangeRecord.id)
        )
        latest = {(row.period, row.indicator_code): row for row in rows}
    converted: dict[str, dict[str, str]] = defaultdict(dict)
    for (period, code), row in latest.items():
        if row.origin == CROSSWALK_ORIGIN:
            converted[code][period] = row.reason.partition(": ")[2]
    return dict(converted)
