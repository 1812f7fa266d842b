"""The ``crosswalk`` sheet of a template: how the previous version's values map onto this one.

Read and checked with the rest of the template (``template_sheets``), so every problem
is located as ``crosswalk!C7: message``. What can only be judged against the installed
version (its codes, cells and kinds) is checked when that version is given.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from micdesk.core.template_checker import SheetChecker, SheetTable, cell_text, shown
from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import CrosswalkMapping, CrosswalkRule, WorkPlanTemplate

SHEET = "crosswalk"
RULES = ", ".join(rule.value for rule in CrosswalkRule)


def read_crosswalk(
    checker: SheetChecker, template: WorkPlanTemplate, previous: WorkPlanTemplate | None
) -> tuple[CrosswalkMapping, ...]:
    """The crosswalk rows of the sheets, every problem in them reported to ``checker``."""
    table = checker.sheets.get(SHEET)
    if table is None:
        return ()
    replaced = {i.replaces: i.code for i in template.indicators if i.replaces}
    mappings: list[CrosswalkMapping] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    for row, record in table.records():
        mapping = _read_row(checker, table, row, record, template, previous, replaced)
        if mapping is None:
            continue
        key = (mapping.from_code, mapping.from_cell, mapping.to_code, mapping.to_cell)
        if key in seen:
            checker.problem(
                SHEET,
                table.cell_ref("from_code", row),
                f"the same mapping {mapping.from_code} → {mapping.to_code} is already on row "
                f"{seen[key]}",
            )
            continue
        seen[key] = row
        mappings.append(mapping)
    _check_sources(checker, table, mappings)
    _check_targets(checker, table, mappings)
    _check_cycles(checker, table, mappings)
    return tuple(mappings)


def _read_row(
    checker: SheetChecker,
    table: SheetTable,
    row: int,
    record: dict,
    template: WorkPlanTemplate,
    previous: WorkPlanTemplate | None,
    replaced: dict[str, str],
) -> CrosswalkMapping | None:
    ref = lambda header: table.cell_ref(header, row)  # noqa: E731
    before = len(checker.problems)
    from_code = checker.code(SHEET, ref("from_code"), record.get("from_code"), "from_code")
    to_code = checker.code(SHEET, ref("to_code"), record.get("to_code"), "to_code")
    factor = checker.decimal(SHEET, ref("factor"), record.get("factor"), "factor")
    if factor is not None and factor <= 0:
        checker.problem(SHEET, ref("factor"), f"factor {factor} must be above 0")
    rule_text = cell_text(record.get("rule")).lower() or CrosswalkRule.MOVE.value
    rule = None
    try:
        rule = CrosswalkRule(rule_text)
    except ValueError:
        checker.problem(
            SHEET, ref("rule"), f"unknown rule '{shown(rule_text)}': use one of {RULES}"
        )
    from_cell = cell_text(record.get("from_disaggregation"))
    to_cell = cell_text(record.get("to_disaggregation"))
    new = template.indicator(to_code) if to_code and template.has_indicator(to_code) else None
    if to_code and new is None:
        checker.problem(
            SHEET,
            ref("to_code"),
            f"unknown to_code '{to_code}': version {template.version} has no such indicator",
        )
    elif new is not None and to_cell and to_cell not in template.cells_of(new):
        checker.problem(
            SHEET,
            ref("to_disaggregation"),
            f"'{shown(to_cell)}' is not a cell of the breakdown of {to_code} in version "
            f"{template.version}",
        )
    if from_code and from_code in replaced:
        checker.problem(
            SHEET,
            ref("from_code"),
            f"'{from_code}' is carried both by this crosswalk and by replaces on indicator "
            f"'{replaced[from_code]}': declare the mapping once",
        )
    if previous is not None and from_code:
        old = previous.indicator(from_code) if previous.has_indicator(from_code) else None
        if old is None:
            checker.problem(
                SHEET,
                ref("from_code"),
                f"unknown from_code '{from_code}': the installed version {previous.version} "
                "has no such indicator",
            )
        elif from_cell and from_cell not in previous.cells_of(old):
            checker.problem(
                SHEET,
                ref("from_disaggregation"),
                f"'{shown(from_cell)}' is not a cell of the breakdown of {from_code} in the "
                f"installed version {previous.version}",
            )
        elif new is not None and rule is not None and not _convertible(old, new, rule, factor):
            checker.problem(
                SHEET,
                ref("to_code"),
                f"{from_code} ({old.kind.value}) cannot be converted to {to_code} "
                f"({new.kind.value})"
                + ("" if old.kind == new.kind else ": only numbers convert between kinds"),
            )
    if len(checker.problems) != before or not (from_code and to_code and rule):
        return None
    return CrosswalkMapping(
        row=row,
        from_code=from_code,
        to_code=to_code,
        factor=factor,
        from_cell=from_cell or TOTAL_CELL,
        to_cell=to_cell or TOTAL_CELL,
        rule=rule,
        note=checker.translations(table, record, "note"),
    )


def _convertible(old, new, rule: CrosswalkRule, factor: Decimal | None) -> bool:
    if old.kind.is_numeric and new.kind.is_numeric:
        return True
    # Texts and choices are carried as they are: nothing to multiply, add or share out.
    return old.kind == new.kind and rule is CrosswalkRule.MOVE and factor in (None, 1)


def _rows(mappings: Iterable[CrosswalkMapping]) -> str:
    return ", ".join(str(m.row) for m in mappings)


def _check_sources(
    checker: SheetChecker, table: SheetTable, mappings: list[CrosswalkMapping]
) -> None:
    by_source: dict[tuple[str, str], list[CrosswalkMapping]] = defaultdict(list)
    for mapping in mappings:
        by_source[(mapping.from_code, mapping.from_cell)].append(mapping)
    for (code, _), group in by_source.items():
        splits = [m for m in group if m.rule is CrosswalkRule.SPLIT]
        if len(group) > 1 and len(splits) != len(group):
            other = next(m for m in group if m.rule is not CrosswalkRule.SPLIT)
            checker.problem(
                SHEET,
                table.cell_ref("rule", other.row),
                f"{code} is mapped by several rows ({_rows(group)}): a value goes to several "
                "indicators only with rule split",
            )
            continue
        factors = [m.factor for m in splits]
        if not splits or all(f is None for f in factors):
            continue  # a split without shares: flagged "to split" at import
        missing = next((m for m in splits if m.factor is None), None)
        if missing is not None:
            checker.problem(
                SHEET,
                table.cell_ref("factor", missing.row),
                f"the split of {code} gives factors on some rows ({_rows(splits)}) but not on "
                "this one: give every share, or none to split by hand",
            )
            continue
        total = sum(factors, Decimal(0))
        if total != 1:
            checker.problem(
                SHEET,
                table.cell_ref("factor", splits[0].row),
                f"the split factors of {code} (rows {_rows(splits)}) sum to {total}, not 1",
            )


def _check_targets(
    checker: SheetChecker, table: SheetTable, mappings: list[CrosswalkMapping]
) -> None:
    by_target: dict[tuple[str, str], list[CrosswalkMapping]] = defaultdict(list)
    for mapping in mappings:
        by_target[(mapping.to_code, mapping.to_cell)].append(mapping)
    for (code, cell), group in by_target.items():
        moves = [m for m in group if m.rule is CrosswalkRule.MOVE]
        if len(group) > 1 and moves:
            where = f"{code} ({cell})" if cell else code
            checker.problem(
                SHEET,
                table.cell_ref("rule", moves[0].row),
                f"several rows ({_rows(group)}) map to {where}: set rule sum on them to add "
                "them up",
            )


def _check_cycles(
    checker: SheetChecker, table: SheetTable, mappings: list[CrosswalkMapping]
) -> None:
    edges: dict[str, list[CrosswalkMapping]] = defaultdict(list)
    for mapping in mappings:
        if mapping.from_code != mapping.to_code:  # a code onto itself is a unit change
            edges[mapping.from_code].append(mapping)
    reported: set[str] = set()
    for start in sorted(edges):
        path = _cycle_from(start, edges)
        if path is None or reported.intersection(m.from_code for m in path):
            continue
        reported.update(m.from_code for m in path)
        circle = " → ".join([*(m.from_code for m in path), path[0].from_code])
        checker.problem(
            SHEET,
            table.cell_ref("from_code", path[0].row),
            f"the crosswalk goes round in a circle: {circle}; map each value once, from the "
            "installed version to this one",
        )


def _cycle_from(
    start: str, edges: dict[str, list[CrosswalkMapping]]
) -> list[CrosswalkMapping] | None:
    stack: list[tuple[str, list[CrosswalkMapping]]] = [(start, [])]
    visited: set[str] = set()
    while stack:
        code, path = stack.pop()
        for mapping in edges.get(code, ()):
            if mapping.to_code == start:
                return [*path, mapping]
            if mapping.to_code not in visited:
                visited.add(mapping.to_code)
                stack.append((mapping.to_code, [*path, mapping]))
    return None


def crosswalk_rows(template: WorkPlanTemplate, languages: Iterable[str]) -> list[dict]:
    """The crosswalk as sheet rows of header → value, in the order they are written."""
    languages = list(languages)
    rows = []
    for mapping in template.crosswalk:
        row = {
            "from_code": mapping.from_code,
            "to_code": mapping.to_code,
            "factor": mapping.factor,
            "from_disaggregation": mapping.from_cell or None,
            "to_disaggregation": mapping.to_cell or None,
            "rule": mapping.rule.value,
        }
        row.update({f"note::{lang}": mapping.note.get(lang) for lang in languages})
        rows.append(row)
    return rows
