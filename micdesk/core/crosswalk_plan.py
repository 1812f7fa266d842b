"""What a template's crosswalk does to the entered values, planned before anything is written.

``read_sources`` reads the values the crosswalk touches, ``plan_crosswalk`` works out
every carried cell (moved, converted, summed, split or flagged, with its lineage) and
``apply_crosswalk`` writes that plan inside the template import's transaction. The
preview shows the same plan the import writes: ``template_update`` plans again inside
its transaction and refuses when the plan is no longer the previewed one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from micdesk.core.kinds import canonical_decimal, yes_no
from micdesk.core.model import IndicatorValue, Submission, utc_now
from micdesk.core.review import ReviewReason
from micdesk.core.workplan import CrosswalkMapping, CrosswalkRule, WorkPlanTemplate

CROSSWALK_ORIGIN = "crosswalk"  # a value a template update carried along its crosswalk


class SourceValue(NamedTuple):
    """A stored value cell the crosswalk reads or writes (a tuple: read by the ten thousand)."""

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

    @cached_property
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
    sources: tuple[SourceValue, ...] = field(default=(), repr=False)
    """What the plan was made from: the import applies it only while the store still holds it."""

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


def read_sources(session: Session, template: WorkPlanTemplate) -> tuple[SourceValue, ...]:
    """The stored values of the codes a crosswalk reads from or writes to."""
    codes = sorted(
        {m.from_code for m in template.crosswalk} | {m.to_code for m in template.crosswalk}
    )
    if not codes:
        return ()
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
        .where(
            Submission.template_id == template.template_id,
            IndicatorValue.indicator_code.in_(codes),
        )
        .order_by(IndicatorValue.id)
    )
    return tuple(SourceValue._make(row) for row in session.execute(statement))


# Planning --------------------------------------------------------------------------

RuleCheck = Callable[[str, str, str | None], ReviewReason | None]


@dataclass(frozen=True)
class _Part:
    """One source cell of a target, with what its lineage term says before the figure."""

    mapping: CrosswalkMapping
    from_cell: str
    label: str  # 'ENV-1 v1'
    unit: str  # ' t' or ''
    factor: str  # ' × 0.001' or ''


@dataclass(frozen=True)
class _Target:
    """One cell of the new version the crosswalk feeds, and what it needs to compute it."""

    code: str
    cell: str
    parts: tuple[_Part, ...]
    label: str  # 'ENV-1 v2'
    unit: str
    numeric: bool
    integer: bool
    minimum: Decimal | None
    maximum: Decimal | None
    rows: tuple[int, ...]
    unshared: _Part | None  # a split without factors: flagged "to split"
    siblings: str  # the parts of that split, e.g. 'AREA-U, AREA-R'


def _targets(old: WorkPlanTemplate, new: WorkPlanTemplate) -> list[_Target]:
    """Each new cell the crosswalk feeds; a row without cells carries every cell by its key."""
    explicit = {(m.from_code, m.from_cell) for m in new.crosswalk if m.from_cell or m.to_cell}
    feeds: dict[tuple[str, str], list[tuple[CrosswalkMapping, str]]] = defaultdict(list)
    for mapping in new.crosswalk:
        if mapping.from_cell or mapping.to_cell:
            feeds[(mapping.to_code, mapping.to_cell)].append((mapping, mapping.from_cell))
            continue
        new_cells = set(new.cells_of(new.indicator(mapping.to_code)))
        for cell in old.cells_of(old.indicator(mapping.from_code)):
            # A cell the new breakdown lacks is left to the update's own rules (flagged).
            if cell in new_cells and (mapping.from_code, cell) not in explicit:
                feeds[(mapping.to_code, cell)].append((mapping, cell))
    targets = []
    for (code, cell), fed in feeds.items():
        parts = tuple(
            _Part(
                mapping,
                from_cell,
                f"{_where(mapping.from_code, from_cell)} v{old.version}",
                _unit(old.indicator(mapping.from_code).unit),
                f" × {canonical_decimal(mapping.factor)}"
                if mapping.factor is not None and mapping.factor != 1
                else "",
            )
            for mapping, from_cell in fed
        )
        indicator = new.indicator(code)
        unshared = next(
            (
                p
                for p in parts
                if p.mapping.rule is CrosswalkRule.SPLIT and p.mapping.factor is None
            ),
            None,
        )
        siblings = ""
        if unshared is not None:
            split = [m.to_code for m in new.crosswalk if m.from_code == unshared.mapping.from_code]
            siblings = ", ".join(dict.fromkeys(split))
        targets.append(
            _Target(
                code=code,
                cell=cell,
                parts=parts,
                label=f"{_where(code, cell)} v{new.version}",
                unit=_unit(indicator.unit),
                numeric=indicator.kind.is_numeric,
                integer=indicator.kind.value == "integer",
                minimum=indicator.min_value,
                maximum=indicator.max_value,
                rows=tuple(sorted({p.mapping.row for p in parts})),
                unshared=unshared,
                siblings=siblings,
            )
        )
    return targets


def plan_crosswalk(
    session: Session, old: WorkPlanTemplate | None, new: WorkPlanTemplate, check: RuleCheck
) -> CrosswalkPlan:
    """Where every value the crosswalk reads goes, per submission, in the order of the sheet.

    ``check`` judges a carried text, choice or yes/no against the new version's rules;
    numbers are judged here against the new limits, exactly.
    """
    if old is None or not new.crosswalk:
        return CrosswalkPlan()
    sources = read_sources(session, new)
    stored = {(s.submission_id, s.code, s.cell): s for s in sources}
    targets = _targets(old, new)
    source_cells = {(p.mapping.from_code, p.from_cell) for t in targets for p in t.parts}
    carried: list[CarriedValue] = []
    used: dict[int, tuple[SourceValue, list[str]]] = {}
    for submission in sorted({s.submission_id for s in stored.values()}):
        for target in targets:
            found = []
            for part in target.parts:
                source = stored.get((submission, part.mapping.from_code, part.from_cell))
                if source is not None and (source.archived or not source.filled):
                    source = None
                found.append(source)
            if not any(found):
                continue
            value, notation, reason, action = _combine(target, found, check)
            existing = stored.get((submission, target.code, target.cell))
            parts = tuple(source for source in found if source is not None)
            arithmetic = _arithmetic(target, found, value, notation)
            if (
                existing is not None
                and existing.filled
                and existing not in parts
                and (existing.code, existing.cell) not in source_cells
            ):  # a value of its own: kept, flagged
                reason = ReviewReason.of(
                    "crosswalk_not_written", value=_shown(value, notation), code=target.code
                )
                value, notation, action = existing.value, existing.notation, "flagged"
            item = CarriedValue(
                submission_id=submission,
                code=target.code,
                cell=target.cell,
                value=value,
                notation=notation,
                needs_review=reason.encode() if reason is not None else "",
                action=action,
                arithmetic=arithmetic,
                rows=target.rows,
                sources=parts,
                existing=existing,
            )
            carried.append(item)
            lineage = item.lineage
            for source in parts:
                used.setdefault(source.id, (source, []))[1].append(lineage)
    written = {(c.submission_id, c.code, c.cell) for c in carried}
    kept_cells: dict[str, frozenset[str]] = {}
    archived = []
    for source, lineages in used.values():
        cells = kept_cells.get(source.code)
        if cells is None:
            has = new.has_indicator(source.code)
            cells = frozenset(new.cells_of(new.indicator(source.code))) if has else frozenset()
            kept_cells[source.code] = cells
        if source.cell not in cells and (source.submission_id, source.code, source.cell) not in (
            written
        ):
            archived.append((source, "; ".join(lineages)))
    return CrosswalkPlan(tuple(carried), tuple(archived), sources)


def _combine(
    target: _Target, found: list[SourceValue | None], check: RuleCheck
) -> tuple[str | None, str | None, ReviewReason | None, str]:
    """The new value, notation key, review reason and action of one target cell."""
    if target.unshared is not None:
        index = target.parts.index(target.unshared)
        source = found[index] or next((s for s in found if s is not None), None)
        reason = ReviewReason.of(
            "crosswalk_to_split",
            code=target.unshared.mapping.from_code,
            value=_shown(source.value, source.notation) if source else "—",
            parts=target.siblings,
        )
        return None, None, reason, "flagged"
    if len(found) == 1:
        source, mapping = found[0], target.parts[0].mapping
        assert source is not None
        if source.notation is not None:
            return None, source.notation, None, "moved"
        if not target.numeric:
            reason = check(target.code, target.cell, source.value)
            return source.value, None, reason, "moved" if reason is None else "flagged"
        exact = Decimal(source.value) * mapping.multiplier
        if mapping.rule is CrosswalkRule.SPLIT:
            action = "split"
        else:
            action = "converted" if mapping.multiplier != 1 else "moved"
    else:
        if any(s is None or s.notation is not None for s in found):
            listed = ", ".join(
                f"{_where(p.mapping.from_code, p.from_cell)} "
                f"{_shown(s.value, s.notation) if s else '—'}"
                for p, s in zip(target.parts, found, strict=True)
            )
            reason = ReviewReason.of("crosswalk_sum_incomplete", parts=listed, code=target.code)
            return None, None, reason, "flagged"
        exact = sum(
            (
                Decimal(s.value) * p.mapping.multiplier
                for p, s in zip(target.parts, found, strict=True)
                if s is not None
            ),
            Decimal(0),
        )
        action = "summed"
    if target.integer and exact != exact.to_integral_value():
        rounded = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        text = canonical_decimal(rounded)
        reason = ReviewReason.of(
            "crosswalk_rounded", value=text, exact=canonical_decimal(exact), code=target.code
        )
        return text, None, reason, "flagged"
    text = canonical_decimal(exact)
    # The same verdicts as the update's rule check (template_update._rule_problem), exactly.
    if target.minimum is not None and exact < target.minimum:
        reason = ReviewReason.of(
            "below_minimum", value=text, minimum=canonical_decimal(target.minimum)
        )
        return text, None, reason, "flagged"
    if target.maximum is not None and exact > target.maximum:
        reason = ReviewReason.of(
            "above_maximum", value=text, maximum=canonical_decimal(target.maximum)
        )
        return text, None, reason, "flagged"
    return text, None, None, action


def _where(code: str, cell: str) -> str:
    return f"{code}[{cell}]" if cell else code


def _unit(unit: str) -> str:
    return f" {unit}" if unit else ""


def _shown(value: str | None, notation: str | None) -> str:
    return value if value is not None else (notation or "—")


def _arithmetic(
    target: _Target, found: list[SourceValue | None], value: str | None, notation: str | None
) -> str:
    """E.g. 'ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt'."""
    terms = []
    for part, source in zip(target.parts, found, strict=True):
        if source is None:
            terms.append(f"{part.label} —{part.factor}")
        elif source.value is None:
            terms.append(f"{part.label} {source.notation}{part.factor}")
        else:
            terms.append(f"{part.label} {source.value}{part.unit}{part.factor}")
    result = f"{value}{target.unit}" if value is not None else (notation or "—")
    return f"{' + '.join(terms)} → {target.label} {result}"


# Applying --------------------------------------------------------------------------


def apply_crosswalk(session: Session, plan: CrosswalkPlan, reason: str) -> set[int]:
    """Write a plan in the caller's transaction, each change with its lineage; the submissions touched."""
    # Tens of thousands of rows: straight to the driver's executemany, the statements
    # compiled once (SQLAlchemy's per-row parameter handling was half the import's time).
    connection = session.connection()
    dialect = connection.dialect
    # The time stored as SQLAlchemy stores it (SQLite: its own text form), once for all rows.
    stamp = IndicatorValue.__table__.c.updated_at.type.dialect_impl(dialect)
    process = stamp.bind_processor(dialect)
    now = process(utc_now()) if process else utc_now()
    records: list[tuple] = []

    def record(item, attribute: str, old, new, why: str) -> None:
        if old != new:
            records.append(
                (item[0], item[1], item[2], attribute, old, new, why, CROSSWALK_ORIGIN, now)
            )

    updates, inserts = [], []
    for item in plan.carried:
        if not item.changes:
            continue
        why = f"{reason}: {item.lineage}"
        before = item.existing
        key = (item.submission_id, item.code, item.cell)
        if before is None:
            inserts.append((*key, item.value, item.notation, item.needs_review, now))
            before = SourceValue(0, 0, "", "", None, None, False, "")
        else:
            updates.append((item.value, item.notation, item.needs_review, now, before.id))
        record(key, "value", before.value, item.value, why)
        record(key, "notation", before.notation, item.notation, why)
        record(key, "needs_review", before.needs_review, item.needs_review, why)
        record(key, "archived", yes_no(before.archived), yes_no(False), why)
    archive = []
    for source, lineage in plan.archived:
        why = f"{reason}: carried by the crosswalk: {lineage}"
        key = (source.submission_id, source.code, source.cell)
        archive.append((now, source.id))
        record(key, "archived", yes_no(source.archived), "yes", why)
        record(key, "needs_review", source.needs_review, "", why)
    _executemany(
        connection,
        "UPDATE indicator_value SET value = ?, notation = ?, needs_review = ?, archived = ?, "
        "updated_at = ? WHERE id = ?",
        [(v, n, r, False, t, i) for v, n, r, t, i in updates],
    )
    _executemany(
        connection,
        "INSERT INTO indicator_value (submission_fk, indicator_code, cell, value, notation, "
        "needs_review, updated_at, comment, source, follow_up, archived) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)",
        [(*row, False, False) for row in inserts],
    )
    _executemany(
        connection,
        "UPDATE indicator_value SET archived = ?, needs_review = '', updated_at = ? WHERE id = ?",
        [(True, t, i) for t, i in archive],
    )
    _executemany(
        connection,
        "INSERT INTO change_record (submission_fk, indicator_code, cell, attribute, old, new, "
        "reason, origin, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        records,
    )
    touched = {c.submission_id for c in plan.carried if c.changes}
    touched.update(source.submission_id for source, _ in plan.archived)
    return touched


def _executemany(connection, statement: str, rows: list[tuple]) -> None:
    if not rows:
        return
    if connection.dialect.paramstyle != "qmark":  # the stores are SQLite; PostgreSQL says %s
        statement = statement.replace("?", "%s")
    connection.exec_driver_sql(statement, rows)
