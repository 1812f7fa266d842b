"""When Python's garbage collector does its long work: at moments the window chooses.

A full collection walks every object the process holds: with a 500-indicator row's
forms built, ~180,000 of them and over 0.1 s, which the collector would otherwise spend
wherever allocations happen to cross its threshold (a commit took 141 ms once, a row
switch likewise; issue 21). So:

- start-up runs with collection off, then collects once and freezes what it built
  (``collect_from_now_on``): the modules and the window live as long as the process;
- once the forms are built while idle, what they are is frozen too, without a
  collection (``set_aside_what_was_built``), so that later collections only walk what
  was made since: a few milliseconds. A collection there takes 30-70 ms of the event
  loop (55-73 ms on the 2,000-indicator store), which a keystroke or a click may be
  waiting on, and it found next to nothing: 10 objects of 45,000.

Frozen objects are never collected: a cycle among the widgets of forms deleted later
(when another submission is opened) stays in memory, a few hundred objects each time,
and so does the little garbage there is when the forms are frozen. This is the price
of never walking the forms in the middle of a keystroke.

Only the application (``run_app``) and the benchmarks that stand for it turn this on
(``begin_start_up``); elsewhere, as in the tests, the collector is left as it is.
"""

from __future__ import annotations

import gc

_policy = {"on": False}


def begin_start_up() -> None:
    """Turn collection off until the window is open, and on the setting aside of forms."""
    _policy["on"] = True
    gc.disable()


def collect_from_now_on() -> None:
    """Garbage collection back on (start-up turns it off), what start-up made set aside.

    Start-up loads ~400 modules (SQLAlchemy, the ORM, micdesk's, Qt's wrappers), and the
    collector ran again and again over what they had built so far: ~0.1 s of a start.
    What they build lives as long as the process, so after one collection it is frozen
    out of every later one, which keeps later collections short.
    """
    if gc.isenabled():
        return
    gc.collect()
    gc.freeze()
    gc.enable()


def set_aside_what_was_built() -> bool:
    """Freeze what the process holds now (the forms just built); False when not turned on."""
    if not _policy["on"] or not gc.isenabled():
        return False
    gc.freeze()
    return True


def end_policy() -> None:
    """Leave the collector to itself again (the tests that turn the policy on)."""
    _policy["on"] = False
    gc.unfreeze()
    gc.enable()
