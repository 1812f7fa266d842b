"""Enter does not wait for the disk: the window shows a change at once, "saved" once it is on disk.

Issue 21: a commit's fsync took a few milliseconds, and at times a few hundred on a
busy disk, all inside the frame of the Enter that made it. The commit now runs on the
store's committer thread; a commit the disk refuses is said in one line and the form
shows what is stored.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from micdesk.core.submissions import get_value
from tests.commit_gate import WAIT_SECONDS, CommitGate
from tests.window_typing import type_value

pytestmark = pytest.mark.gui


def test_enter_shows_the_change_at_once_and_says_saved_once_the_disk_has_it(qtbot, window, store):
    assert not window.saved_label.text().startswith("Saved at")
    gate = CommitGate(store.engine)
    type_value(qtbot, window, "TEC-2", "12")
    assert window.session.state("TEC-2").value == 12  # the window goes on: the form has it
    assert gate.reached.wait(WAIT_SECONDS)  # while the commit waits at the disk
    for _ in range(3):
        QApplication.processEvents()
    assert not window.saved_label.text().startswith("Saved at")
    gate.open()
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved at"))
    assert get_value(store, window.session.submission, "TEC-2").value == 12
    assert window.errors == []


@pytest.mark.parametrize(
    ("sqlite_says", "the_line_says"),
    [
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "the data folder cannot be written to"),
        ("disk I/O error", "the disk reported an error"),
        ("unknown fault 42", "the disk refused it (unknown fault 42)"),
    ],
)
def test_a_change_the_disk_refuses_is_said_in_one_line_and_the_form_shows_what_is_stored(
    qtbot, window, store, sqlite_says, the_line_says
):
    type_value(qtbot, window, "TEC-2", "7")
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved at"))
    window.saved_label.clear()
    refused = sqlite3.OperationalError(sqlite_says)
    gate = CommitGate(store.engine, OperationalError("COMMIT", {}, refused))
    gate.open()
    field = type_value(qtbot, window, "TEC-2", "12")
    qtbot.waitUntil(lambda: window.errors != [])
    assert window.errors == [
        f"Your change to TEC-2 was not saved: {the_line_says}. The form shows what is "
        "stored; type the change again once the disk is ready."
    ]
    assert window.session.state("TEC-2").value == 7
    assert field.text() == "7"
    assert window.saved_label.text() == ""
    gate.remove(store.engine)
    type_value(qtbot, window, "TEC-2", "12")  # the disk is back: the same change is kept
    qtbot.waitUntil(lambda: window.saved_label.text().startswith("Saved at"))
    assert get_value(store, window.session.submission, "TEC-2").value == 12
