"""The child of tests/test_kill_safety.py: edit through the core API until killed.

Usage: python kill_safety_child.py DATA_DIR PERIOD SEED

After each set_value returns it prints ``committed <n> <code> <cell> <value>``
(cell ``-`` for an indicator's total) and flushes, so every line the parent has
read is an edit the core reported committed. The edits are a function of SEED
(see ``edits``), so the parent knows the one edit that may have been committed
without being reported.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from micdesk.core.vocabulary import TOTAL_CELL
from micdesk.core.workplan import WorkPlanTemplate

MAX_EDITS = 100_000  # stop on its own if the parent never kills it


def edit_targets(template: WorkPlanTemplate) -> list[tuple[str, str, str]]:
    """Every (indicator code, cell, kind) of the numeric indicators, totals and disaggregations."""
    targets = []
    for indicator in template.indicators:
        if indicator.kind.is_numeric:
            for cell in template.cells_of(indicator):
                targets.append((indicator.code, cell, indicator.kind.value))
    return targets


def edits(template: WorkPlanTemplate, seed: int) -> Iterator[tuple[str, str, int | Decimal | None]]:
    """The child's edits for a seed: varying cells, values, and now and then a cleared cell."""
    rng = random.Random(seed)
    targets = edit_targets(template)
    while True:
        code, cell, kind = rng.choice(targets)
        if rng.random() < 0.05:
            value = None
        elif kind == "integer":
            value = rng.randrange(0, 1_000_000)
        else:
            value = Decimal(rng.randrange(0, 10_000_000)) / 100
        yield code, cell, value


def cell_text(cell: str) -> str:
    """A cell as the child prints it: ``-`` for the total, which is the empty string."""
    return "-" if cell == TOTAL_CELL else cell


def main(data_dir: Path, period: str, seed: int) -> None:
    """Open the store and edit until killed, reporting each committed edit."""
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.core.template_store import ensure_default_template

    store = open_store(data_dir)
    template = ensure_default_template(store)
    submission = open_submission(store, "KEN", period)
    print("ready", flush=True)
    for number, (code, cell, value) in enumerate(edits(template, seed), start=1):
        set_value(store, submission, code, cell, value=value)
        print(f"committed {number} {code} {cell_text(cell)} {value}", flush=True)
        if number >= MAX_EDITS:
            break
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]))
