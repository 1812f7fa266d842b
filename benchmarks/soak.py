"""A long session in the real window (issue 23): 10,000 edits must survive, in bounded memory.

A focal point's day, compressed: in one offscreen window on a private copy of a data
folder, numbers are typed into the number fields of every work-plan row through QTest
(select all, type, Enter: the GUI path to a committed transaction), the row switching
every ``EDITS_PER_VISIT`` edits, and every ``UNDO_EVERY`` edits the last edit undone and
redone through the Edit menu's actions. At the end every field's stored value is checked
against the last number typed into it, through a fresh read of the store.

PySide6 6.12.0 on CPython 3.11 aborted this window after about 2,000 edits (a reference to
None dropped on every void Qt call); the soak is how a binding or a leak of that kind
shows in a benchmark run: the group then ends in an ERROR row instead of its figures.
Reported: edits per second over the whole soak, the growth of the peak resident set from
the end of the warm-up (``WARM_UP_EDITS``) to the end (bar ``GROWTH_BOUND_MB``), and the
references to None/True/False lost over the soak.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from benchmarks.common import Context, Measure
from benchmarks.folders import default_folder, large_folder
from benchmarks.gui import _all_forms_built, _window

EDITS = 10_000
QUICK_EDITS = 60
EDITS_PER_VISIT = 25  # then the next row
UNDO_EVERY = 10  # undo and redo the last edit every this many edits
WARM_UP_EDITS = 1_000
# The session keeps every edit on its undo stack (as a user expects), so some growth is
# expected: about 1 kB per edit. More than this after the warm-up is a leak.
GROWTH_BOUND_MB = 64.0
# References to None/True/False the soak may lose overall (the cyclic GC and caches move a
# few); a binding that drops one per call loses tens of thousands.
REFERENCES_BOUND = 100


@dataclass
class SoakResult:
    """What one soak did and what it cost."""

    edits: int = 0
    switches: int = 0
    undo_redo_pairs: int = 0
    fields: int = 0
    seconds: float = 0.0
    peak_after_warm_up_mb: float = 0.0
    peak_at_end_mb: float = 0.0
    references_before: dict[str, int] = field(default_factory=dict)
    references_after: dict[str, int] = field(default_factory=dict)


def _peak_rss_mb() -> float:
    import resource  # not on Windows; the soak is measured on Linux and macOS

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _reference_counts() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
            "False": sys.getrefcount(False)}  # fmt: skip


def _number_editors(window, row: int) -> list:
    """The number fields of a row's form a user can type into: no breakdown, no notation key."""
    area = window.session.template.areas[row]
    form = window.forms[area.code]
    form.build_all()
    return [
        editor
        for editor in form.built_editors()
        if editor.value_edit is not None
        and editor.grid is None
        and editor.value_edit.isEnabled()  # a notation key (NA, NE…) disables the number
        and editor.indicator.kind.is_numeric
    ]


def _type_number(field, text: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def soak(app, window, edits: int, warm_up: int) -> SoakResult:
    """Type ``edits`` numbers across the rows; check every field's stored value at the end."""
    from micdesk.core.submissions import list_values
    from micdesk.gui.actions import ActionId

    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    rows = [row for row in range(window.area_model.rowCount()) if _number_editors(window, row)]
    if not rows:
        raise LookupError("no row has a number field without a breakdown")
    result = SoakResult()
    last_typed: dict[str, int] = {}
    result.references_before = _reference_counts()
    started = time.perf_counter()
    while result.edits < edits:
        row = rows[result.switches % len(rows)]
        window.select_area(row)
        app.processEvents()
        result.switches += 1
        editors = _number_editors(window, row)
        for step in range(min(EDITS_PER_VISIT, edits - result.edits)):
            editor = editors[step % len(editors)]
            number = 1 + (result.edits * 7 + step) % 89  # within every generated limit
            _type_number(editor.value_edit, str(number))
            app.processEvents()
            last_typed[editor.indicator.code] = number
            result.edits += 1
            if result.edits % UNDO_EVERY == 0:
                undo.trigger()
                app.processEvents()
                redo.trigger()
                app.processEvents()
                result.undo_redo_pairs += 1
            if result.edits == warm_up:
                result.peak_after_warm_up_mb = _peak_rss_mb()
    result.seconds = time.perf_counter() - started
    result.peak_at_end_mb = _peak_rss_mb()
    result.references_after = _reference_counts()
    session = window.session
    stored = list_values(session.store, session.submission)
    wrong = [
        f"{code}: typed {number}, stored {state.value if state else None}"
        for code, number in last_typed.items()
        if (state := stored.get((code, ""))) is None
        or state.value is None
        or Decimal(str(state.value)) != number
    ]
    if wrong:
        raise AssertionError(f"{len(wrong)} fields lost their last edit, e.g. {wrong[:3]}")
    result.fields = len(last_typed)
    return result


def _measures(label: str, folder: Path, country: str, period: str, context: Context):
    edits = QUICK_EDITS if context.quick else EDITS
    warm_up = edits // 10 if context.quick else WARM_UP_EDITS
    app, store, window = _window(folder, country, period)
    try:
        _all_forms_built(app, window)
        result = soak(app, window, edits, warm_up)
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()
    growth = result.peak_at_end_mb - result.peak_after_warm_up_mb
    before, after = result.references_before, result.references_after
    lost = max(before[name] - after[name] for name in before)
    what = (
        f"{result.edits:,} edits typed into {result.fields} fields, {result.switches:,} row "
        f"switches, {result.undo_redo_pairs:,} undo+redo pairs in {result.seconds:.0f} s; "
        f"every field's last edit stored"
    )
    return [
        Measure(f"soak: edits per second, {label}", result.edits / result.seconds, "edits/s",
                higher_is_better=True, runs=result.edits, note=what),
        Measure(f"soak: peak RSS growth after {warm_up:,} edits, {label}", growth, "MB",
                GROWTH_BOUND_MB, note=f"peak {result.peak_after_warm_up_mb:.0f} MB after the "
                f"warm-up, {result.peak_at_end_mb:.0f} MB after {result.edits:,} edits"),
        Measure(f"soak: references to None/True/False lost, {label}", max(lost, 0), "refs",
                REFERENCES_BOUND, note="; ".join(f"{name} {before[name]:,} → {after[name]:,}"
                                                 for name in before)),
    ]  # fmt: skip


def measure_default(context: Context) -> list[Measure]:
    """The soak on the built-in template."""
    folder, country, period = default_folder(context.scratch / "default")
    return _measures("default template", folder, country, period, context)


def measure_large(context: Context) -> list[Measure]:
    """The soak on the 500-indicator template's store."""
    folder, country, period = large_folder(context, context.scratch / "large")
    return _measures(f"{context.size.indicators}-indicator template", folder, country,
                     period, context)  # fmt: skip
