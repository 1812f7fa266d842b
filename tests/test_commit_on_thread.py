"""A value's commit handed to the store's committer thread (Store.transaction(committed=)).

The window does not wait for SQLite's fsync (issue 21): ``set_value`` returns once its
statements ran, the commit follows on another thread, and until it is done every read
and write of the store waits for it, so that nothing reads the store without the change
the window already shows. A commit the disk refuses is reported and leaves nothing.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from sqlalchemy.exc import OperationalError

from micdesk.core.store import open_store
from micdesk.core.submissions import get_value, open_submission, set_value
from tests.commit_gate import WAIT_SECONDS, CommitGate


class Reports:
    """What a committed callback was told, and when."""

    def __init__(self) -> None:
        self.told: list[BaseException | None] = []
        self.done = threading.Event()

    def __call__(self, failure: BaseException | None) -> None:
        self.told.append(failure)
        self.done.set()


@pytest.fixture
def kenya(store):
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=7)
    return submission


def test_set_value_returns_before_its_commit_and_the_commit_runs_on_the_committer_thread(
    store, kenya
):
    gate, reports = CommitGate(store.engine), Reports()
    state = set_value(store, kenya, "TEC-2", value=8, reason="r", committed=reports)
    assert state.value == 8
    assert gate.reached.wait(WAIT_SECONDS)  # the commit is under way, held at the gate
    assert reports.told == []
    gate.open()
    assert reports.done.wait(WAIT_SECONDS)
    assert reports.told == [None]
    assert gate.threads[0].startswith("micdesk-commit")
    assert get_value(store, kenya, "TEC-2").value == 8


def test_a_read_while_a_commit_is_under_way_waits_and_sees_the_change(store, kenya):
    gate, reports = CommitGate(store.engine), Reports()
    order: list[str] = []
    set_value(store, kenya, "TEC-2", value=8, reason="r", committed=reports)
    assert gate.reached.wait(WAIT_SECONDS)

    def open_the_gate_soon() -> None:
        order.append("gate opened")
        gate.open()

    timer = threading.Timer(0.2, open_the_gate_soon)
    timer.start()
    value = get_value(store, kenya, "TEC-2").value
    order.append("read")
    timer.join()
    assert value == 8
    assert order == ["gate opened", "read"]


def test_a_write_while_a_commit_is_under_way_waits_for_it_and_both_are_kept(store, kenya):
    gate, reports = CommitGate(store.engine), Reports()
    set_value(store, kenya, "TEC-2", value=8, reason="r", committed=reports)
    assert gate.reached.wait(WAIT_SECONDS)
    assert store.change_token() is None  # (it cannot tell while the commit is under way)
    assert store.checkpoint() is False
    threading.Timer(0.2, gate.open).start()
    set_value(store, kenya, "ENV-1", value=3, reason="r")  # waits, then commits itself
    assert reports.told == [None]
    assert get_value(store, kenya, "TEC-2").value == 8
    assert get_value(store, kenya, "ENV-1").value == 3
    assert store.change_token() is not None


def test_a_commit_the_disk_refuses_is_reported_and_the_stored_value_stays(store, kenya):
    connections = store.change_token()[0]  # (how many writer connections it has opened)
    full = sqlite3.OperationalError("database or disk is full")
    gate = CommitGate(store.engine, OperationalError("COMMIT", {}, full))
    reports = Reports()
    set_value(store, kenya, "TEC-2", value=8, reason="r", committed=reports)
    gate.open()
    assert reports.done.wait(WAIT_SECONDS)
    [failure] = reports.told
    assert isinstance(failure, OperationalError) and failure.orig is full
    assert get_value(store, kenya, "TEC-2").value == 7
    gate.remove(store.engine)
    set_value(store, kenya, "TEC-2", value=9, reason="r")  # on a new connection: it works
    assert get_value(store, kenya, "TEC-2").value == 9
    assert store.change_token()[0] == connections + 1  # (the failed one is not used again)
    token = store.change_token()
    set_value(store, kenya, "TEC-2", value=10, reason="r")  # and the next on the same one:
    assert store.change_token() == token  # (a new one would read as another program's write)


def test_closing_the_store_waits_for_the_commit_under_way(store, kenya, tmp_path):
    gate, reports = CommitGate(store.engine), Reports()
    set_value(store, kenya, "TEC-2", value=8, reason="r", committed=reports)
    assert gate.reached.wait(WAIT_SECONDS)
    threading.Timer(0.2, gate.open).start()
    store.close()
    assert reports.told == [None]
    reopened = open_store(store.data_dir)
    try:
        assert get_value(reopened, open_submission(reopened, "KEN", "2025"), "TEC-2").value == 8
    finally:
        reopened.close()


def test_a_change_to_what_is_stored_already_is_reported_as_saved(store, kenya):
    gate, reports = CommitGate(store.engine), Reports()
    gate.open()
    set_value(store, kenya, "TEC-2", value=7, committed=reports)  # as stored: nothing to write
    assert reports.done.wait(WAIT_SECONDS)
    assert reports.told == [None]


def test_each_commit_on_the_committer_thread_changes_the_commit_token(store, kenya):
    tokens = [store.commit_token()]
    for value in (8, 9):
        reports = Reports()
        set_value(store, kenya, "TEC-2", value=value, reason="r", committed=reports)
        assert reports.done.wait(WAIT_SECONDS)
        tokens.append(store.commit_token())
    assert len(set(tokens)) == 3


def test_the_token_and_the_checkpoint_do_not_wait_for_a_write_under_way_elsewhere(store, kenya):
    inside, leave = threading.Event(), threading.Event()

    def long_write() -> None:  # (an import on a worker thread)
        with store.transaction():
            inside.set()
            assert leave.wait(WAIT_SECONDS)

    writer = threading.Thread(target=long_write)
    writer.start()
    assert inside.wait(WAIT_SECONDS)
    answers: list[object] = []
    asking = threading.Thread(
        target=lambda: answers.extend([store.change_token(), store.checkpoint()])
    )
    asking.start()
    asking.join(WAIT_SECONDS)
    leave.set()
    writer.join(WAIT_SECONDS)
    assert answers == [None, False]  # at once: "cannot tell now", "nothing done"


def test_a_checkpoint_the_disk_refuses_says_that_nothing_was_done(store, kenya, monkeypatch):
    class Refusing:
        def execute(self, _sql):
            raise sqlite3.OperationalError("disk I/O error")

    class Writer:
        connection = type("Pooled", (), {"driver_connection": Refusing()})()

    monkeypatch.setattr(store, "_writer_connection", lambda: Writer())
    assert store.checkpoint() is False
