"""Waiting in GUI tests for work the window does while idle, as long as a loaded machine needs."""

from __future__ import annotations

# Forms are built while idle, a slice per event-loop turn: on a loaded machine (CI, two cores
# shared) that takes seconds, so tests wait as long as it takes, not pytest-qt's 5 s.
FORMS_BUILT_WITHIN_MS = 60_000


def wait_for_forms(qtbot, window) -> None:
    """Wait until the window has built (or retired) every form it has pending."""
    qtbot.waitUntil(lambda: not window.forms_pending(), timeout=FORMS_BUILT_WITHIN_MS)
