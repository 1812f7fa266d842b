"""What a template's crosswalk does to the entered values, planned before anything is written.

``plan_crosswalk`` works out, from the stored values of the ``crosswalk_codes``, every
carried cell (moved, converted, summed, split or flagged, with its lineage);
``crosswalk_write.apply_crosswalk`` writes that plan inside the template import's
transaction. The preview shows the same plan the import writes: ``template_update``
reads the values again inside its transaction and refuses when the sources are no
longer the ones the plan was made from.

A redesign carries tens of thousands of values (issue 17: ≤ 3 s for 60,000), so the
per-value work is kept to dictionary look-ups and string joins: everything that depends
only on a crosswalk row or a target cell is worked out once, before the loop over values.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from micdesk.core.kinds import canonical_decimal
from micdesk.core.review import ReviewReason
from micdesk.core.workplan import CrosswalkMapping, CrosswalkRule, WorkPlanTemplate

CROSSWALK_ORIGIN = "crosswalk"  # a value a template update carried along its crosswalk


class StoredValue(NamedTuple):
    """A stored value cell a template update reads, plans or writes (a tuple: read by the ten
    thousand, in the order of template_update's value query).

    ``archived`` is the driver's own flag (SQLite: 0 or 1), read as true or false.
    """

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


class CarriedValue(NamedTuple):
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
    sources: tuple[StoredValue, ...]
    existing: StoredValue | None  # the row written in place; None: a new row
    lineage: str
    """The arithmetic and the crosswalk rows, as the value's history records them."""

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
    archived: tuple[tuple[StoredValue, str], ...] = ()
    """Sources whose cell is gone from the new version, with the lineage of where they went."""
    sources: tuple[StoredValue, ...] = field(default=(), repr=False)
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


def crosswalk_codes(template: WorkPlanTemplate) -> frozenset[str]:
    """The codes a template's crosswalk reads from or writes to: whose stored values it plans."""
    return frozenset(m.from_code for m in template.crosswalk) | {
        m.to_code for m in template.crosswalk
    }


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused for a block that makes a few hundred thousand tuples.

    None of them is in a reference cycle, yet the collector walks the young ones every few
    hundred allocations and, as they pile up, every older object again: a fifth of a large
    template update's time. Restored as it was afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def driver_rows(session: Session, statement: str, parameters: Sequence[Any]) -> list[tuple]:
    """Rows of a plain SQL query (``?`` placeholders) in the session's transaction, as tuples.

    Straight from the driver's cursor: SQLAlchemy's result rows cost twice the query itself
    for the tens of thousands of values a template update reads.
    """
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":  # the stores are SQLite; PostgreSQL says %s
        statement = statement.replace("?", "%s")
    cursor = connection.connection.cursor()
    try:
        cursor.execute(statement, tuple(parameters))
        return cursor.fetchall()
    finally:
        cursor.close()


# Planning --------------------------------------------------------------------------

RuleCheck = Callable[[str, str, str | None], ReviewReason | None]


@dataclass(frozen=True)
class _Part:
    """One source cell of a target, with what its lineage term says around the figure."""

    mapping: CrosswalkMapping
    from_cell: str
    key: tuple[str, str]  # (from_code, from_cell): where the source is stored
    label: str  # 'ENV-1 v1'
    tail: str  # the unit and the factor after the figure: ' t × 0.001', ' × 0.001' or ''
    factor: str  # ' × 0.001' or ''
    multiplier: Decimal
    split: bool  # the mapping's rule is split
    gone: bool  # the source cell is not in the new version: the source is archived


@dataclass(frozen=True)
class _Target:
    """One cell of the new version the crosswalk feeds, and what it needs to compute it."""

    code: str
    cell: str
    key: tuple[str, str]  # (code, cell)
    parts: tuple[_Part, ...]
    unit: str
    numeric: bool
    integer: bool
    minimum: Decimal | None
    maximum: Decimal | None
    rows: tuple[int, ...]
    rows_text: str  # ' (crosswalk row 2)': what follows the arithmetic in the lineage
    unshared: _Part | None  # a split without factors: flagged "to split"
    siblings: str  # the parts of that split, e.g. 'AREA-U, AREA-R'
    fed_by_itself: bool  # its own cell is a source of the crosswalk
    arrow: str  # ' → ENV-1 v2 ': what the arithmetic says between the sources and the result
    single: _Part | None  # its one source, when it has one and asks for no split
    archives: bool  # a source cell of it is gone from the new version


def _targets(old: WorkPlanTemplate, new: WorkPlanTemplate) -> list[_Target]:
    """Each new cell the crosswalk feeds; a row without cells carries every cell by its key."""
    explicit = {(m.from_code, m.from_cell) for m in new.crosswalk if m.from_cell or m.to_cell}
    new_cells: dict[str, frozenset[str]] = {}

    def cells_in_new(code: str) -> frozenset[str]:
        if code not in new_cells:
            has = new.has_indicator(code)
            new_cells[code] = frozenset(new.cells_of(new.indicator(code))) if has else frozenset()
        return new_cells[code]

    feeds: dict[tuple[str, str], list[tuple[CrosswalkMapping, str]]] = defaultdict(list)
    for mapping in new.crosswalk:
        if mapping.from_cell or mapping.to_cell:
            feeds[(mapping.to_code, mapping.to_cell)].append((mapping, mapping.from_cell))
            continue
        to_cells = cells_in_new(mapping.to_code)
        for cell in old.cells_of(old.indicator(mapping.from_code)):
            # A cell the new breakdown lacks is left to the update's own rules (flagged).
            if cell in to_cells and (mapping.from_code, cell) not in explicit:
                feeds[(mapping.to_code, cell)].append((mapping, cell))
    source_cells = {(m.from_code, cell) for fed in feeds.values() for m, cell in fed}
    targets = []
    for (code, cell), fed in feeds.items():
        parts = tuple(_part(old, mapping, from_cell, cells_in_new) for mapping, from_cell in fed)
        indicator = new.indicator(code)
        unshared = next((p for p in parts if p.split and p.mapping.factor is None), None)
        siblings = ""
        if unshared is not None:
            split = [m.to_code for m in new.crosswalk if m.from_code == unshared.mapping.from_code]
            siblings = ", ".join(dict.fromkeys(split))
        rows = tuple(sorted({p.mapping.row for p in parts}))
        targets.append(
            _Target(
                code=code,
                cell=cell,
                key=(code, cell),
                parts=parts,
                unit=_unit(indicator.unit),
                numeric=indicator.kind.is_numeric,
                integer=indicator.kind.value == "integer",
                minimum=indicator.min_value,
                maximum=indicator.max_value,
                rows=rows,
                rows_text=f" (crosswalk {'row' if len(rows) == 1 else 'rows'} "
                f"{', '.join(map(str, rows))})",
                unshared=unshared,
                siblings=siblings,
                fed_by_itself=(code, cell) in source_cells,
                arrow=f" → {_where(code, cell)} v{new.version} ",
                single=parts[0] if len(parts) == 1 and unshared is None else None,
                archives=any(p.gone for p in parts),
            )
        )
    return targets


def _part(
    old: WorkPlanTemplate,
    mapping: CrosswalkMapping,
    from_cell: str,
    cells_in_new: Callable[[str], frozenset[str]],
) -> _Part:
    factor = (
        f" × {canonical_decimal(mapping.factor)}"
        if mapping.factor is not None and mapping.factor != 1
        else ""
    )
    return _Part(
        mapping=mapping,
        from_cell=from_cell,
        key=(mapping.from_code, from_cell),
        label=f"{_where(mapping.from_code, from_cell)} v{old.version}",
        tail=f"{_unit(old.indicator(mapping.from_code).unit)}{factor}",
        factor=factor,
        multiplier=mapping.multiplier,
        split=mapping.rule is CrosswalkRule.SPLIT,
        gone=from_cell not in cells_in_new(mapping.from_code),
    )


def plan_crosswalk(
    sources: tuple[StoredValue, ...],
    old: WorkPlanTemplate | None,
    new: WorkPlanTemplate,
    check: RuleCheck,
) -> CrosswalkPlan:
    """Where every value the crosswalk reads goes, per submission, in the order of the sheet.

    ``sources`` are the stored values of the template's ``crosswalk_codes``; ``check``
    judges a carried text, choice or yes/no against the new version's rules; numbers are
    judged here against the new limits, exactly.
    """
    if old is None or not new.crosswalk:
        return CrosswalkPlan()
    by_submission: dict[int, dict[tuple[str, str], StoredValue]] = defaultdict(dict)
    for source in sources:
        by_submission[source.submission_id][(source.code, source.cell)] = source
    targets = _targets(old, new)
    carried: list[CarriedValue] = []
    # Sources whose cell the new version lacks, with every lineage that read them.
    used: dict[int, tuple[StoredValue, list[str]]] = {}
    carry = carried.append
    for submission in sorted(by_submission):
        get = by_submission[submission].get
        for target in targets:
            if target.single is not None:  # one source, shared out or not: most of a redesign
                source = get(target.single.key)
                if source is None or source.archived or not source.filled:
                    continue  # nothing stored, archived, or neither a value nor a key
                found: list[StoredValue | None] = [source]
                parts = (source,)
                value, notation, reason, action, arithmetic = _carry_one(target, source, check)
            else:
                found = [_usable(get(part.key)) for part in target.parts]
                if not any(found):
                    continue
                parts = tuple(source for source in found if source is not None)
                value, notation, reason, action = _combine(target, found)
                arithmetic = _arithmetic(target, found, value, notation)
            existing = get(target.key)
            # A value of its own (not one the crosswalk reads): kept, flagged.
            if existing is not None and not target.fed_by_itself and existing.filled:
                reason = ReviewReason.of(
                    "crosswalk_not_written", value=_shown(value, notation), code=target.code
                )
                value, notation, action = existing.value, existing.notation, "flagged"
            lineage = arithmetic + target.rows_text
            carry(
                CarriedValue(
                    submission,
                    target.code,
                    target.cell,
                    value,
                    notation,
                    reason.encode() if reason is not None else "",
                    action,
                    arithmetic,
                    target.rows,
                    parts,
                    existing,
                    lineage,
                )
            )
            if target.archives:
                for part, source in zip(target.parts, found, strict=True):
                    if source is not None and part.gone:
                        if source.id in used:
                            used[source.id][1].append(lineage)
                        else:
                            used[source.id] = (source, [lineage])
    return CrosswalkPlan(tuple(carried), _archived(used), sources)


def _usable(source: StoredValue | None) -> StoredValue | None:
    """The source if it holds a value or key and is not archived (None: nothing to carry)."""
    if source is None or source.archived or (source.value is None and source.notation is None):
        return None
    return source


def _archived(
    used: dict[int, tuple[StoredValue, list[str]]],
) -> tuple[tuple[StoredValue, str], ...]:
    """The sources to archive (their cell is gone from the new version), each with every
    lineage that read it; no target can be such a cell, so the crosswalk never wrote there."""
    return tuple((source, "; ".join(lineages)) for source, lineages in used.values())


def _carry_one(
    target: _Target, source: StoredValue, check: RuleCheck
) -> tuple[str | None, str | None, ReviewReason | None, str, str]:
    """_combine and _arithmetic of a target with one source and no split to ask for."""
    part = target.parts[0]
    value = source.value
    if value is None:
        notation = source.notation
        return (
            None,
            notation,
            None,
            "moved",
            f"{part.label} {notation}{part.factor}{target.arrow}{notation}",
        )
    if not target.numeric:
        reason = check(target.code, target.cell, value)
        action = "moved" if reason is None else "flagged"
        return (
            value,
            None,
            reason,
            action,
            f"{part.label} {value}{part.tail}{target.arrow}{value}{target.unit}",
        )
    exact = Decimal(value) * part.multiplier
    action = "split" if part.split else "converted" if part.multiplier != 1 else "moved"
    text, reason, action = _judged(target, exact, action)
    return (
        text,
        None,
        reason,
        action,
        f"{part.label} {value}{part.tail}{target.arrow}{text}{target.unit}",
    )


def _combine(
    target: _Target, found: list[StoredValue | None]
) -> tuple[str | None, str | None, ReviewReason | None, str]:
    """The new value, notation key, review reason and action of a target cell that sums
    several sources or asks for a split (one source and no split: ``_carry_one``)."""
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
            Decimal(s.value) * p.multiplier
            for p, s in zip(target.parts, found, strict=True)
            if s is not None
        ),
        Decimal(0),
    )
    text, reason, action = _judged(target, exact, "summed")
    return text, None, reason, action


def _judged(target: _Target, exact: Decimal, action: str) -> tuple[str, ReviewReason | None, str]:
    """The text of a computed number, rounded into an integer kind, judged against the limits."""
    if target.integer and exact != exact.to_integral_value():
        rounded = exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        text = canonical_decimal(rounded)
        reason = ReviewReason.of(
            "crosswalk_rounded", value=text, exact=canonical_decimal(exact), code=target.code
        )
        return text, reason, "flagged"
    text = canonical_decimal(exact)
    # The same verdicts as the update's rule check (template_update._rule_problem), exactly.
    if target.minimum is not None and exact < target.minimum:
        reason = ReviewReason.of(
            "below_minimum", value=text, minimum=canonical_decimal(target.minimum)
        )
        return text, reason, "flagged"
    if target.maximum is not None and exact > target.maximum:
        reason = ReviewReason.of(
            "above_maximum", value=text, maximum=canonical_decimal(target.maximum)
        )
        return text, reason, "flagged"
    return text, None, action


def _where(code: str, cell: str) -> str:
    return f"{code}[{cell}]" if cell else code


def _unit(unit: str) -> str:
    return f" {unit}" if unit else ""


def _shown(value: str | None, notation: str | None) -> str:
    return value if value is not None else (notation or "—")


def _arithmetic(
    target: _Target, found: list[StoredValue | None], value: str | None, notation: str | None
) -> str:
    """E.g. 'ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt'."""
    terms = []
    for part, source in zip(target.parts, found, strict=True):
        if source is None:
            terms.append(f"{part.label} —{part.factor}")
        elif source.value is None:
            terms.append(f"{part.label} {source.notation}{part.factor}")
        else:
            terms.append(f"{part.label} {source.value}{part.tail}")
    result = f"{value}{target.unit}" if value is not None else (notation or "—")
    return f"{' + '.join(terms)}{target.arrow}{result}"
