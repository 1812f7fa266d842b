"""Killed at any moment while editing, the store reopens with every committed value (docs/design.md §11).

A child process (tests/kill_safety_child.py) edits through the core API and
reports each edit once set_value has returned; the test SIGKILLs it at seeded
random moments, round after round on the same data folder, and after each kill
checks the store. Rounds: MICDESK_KILL_ROUNDS (default 20); seed: MICDESK_KILL_SEED.
"""

from __future__ import annotations

import importlib.util
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.submissions import list_values, open_submission, set_narrative, set_value
from micdesk.core.template_sheets import load_default_template

CHILD = Path(__file__).with_name("kill_safety_child.py")
ROUNDS = int(os.environ.get("MICDESK_KILL_ROUNDS", "20"))
SEED = int(os.environ.get("MICDESK_KILL_SEED", "20261127"))
PERIODS = ("2023", "2024", "2025")
MOST_EDITS_BEFORE_A_KILL = 250


def _load_child_module():
    spec = importlib.util.spec_from_file_location("kill_safety_child", CHILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


child = _load_child_module()


def _run_and_kill(
    data_dir: Path, period: str, child_seed: int, rng: random.Random
) -> tuple[int, list[str]]:
    """Run the child, kill it at a random moment; return the edits waited for and its lines."""
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), period, str(child_seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    # One round in ten is killed before its first edit: while opening or migrating.
    kill_after = 0 if rng.random() < 0.1 else rng.randint(1, MOST_EDITS_BEFORE_A_KILL)
    try:
        if kill_after == 0:
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            committed = 0
            while committed < kill_after:
                line = process.stdout.readline()
                if not line:
                    process.wait()
                    pytest.fail(f"the child stopped by itself: {process.stderr.read()}")
                lines.append(line.rstrip("\n"))
                committed += line.startswith("committed ")
            # Let the kill land anywhere in the next edit, not always at the same step.
            time.sleep(rng.uniform(0.0, 0.004))
    finally:
        process.kill()
        process.wait()
        # Read the rest through the same buffered file readline() used: communicate() reads
        # the pipe underneath and would lose the lines readline() had already buffered.
        rest = process.stdout.read()
        process.stdout.close()
        process.stderr.close()
    lines.extend(rest.splitlines())
    return kill_after, lines


def _check_integrity(data_dir: Path) -> None:
    connection = sqlite3.connect(data_dir / DATABASE_FILENAME)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()


@pytest.mark.slow
def test_store_holds_every_reported_edit_after_being_killed_at_random_moments(tmp_path):
    template = load_default_template()
    data_dir = tmp_path / "data"
    rng = random.Random(SEED)
    # What each cell must hold, per period: every edit the child reported committed.
    expected: dict[str, dict[tuple[str, str], object]] = {period: {} for period in PERIODS}
    reported_edits = kills_during_start = 0
    for round_number in range(ROUNDS):
        period = PERIODS[round_number % len(PERIODS)]
        child_seed = rng.randrange(2**32)
        kill_after, lines = _run_and_kill(data_dir, period, child_seed, rng)
        committed = [line.split(" ", 4) for line in lines if line.startswith("committed ")]
        assert len(committed) >= kill_after
        kills_during_start += not committed
        sequence = child.edits(template, child_seed)
        for position, (_, number, code, cell, value) in enumerate(committed, start=1):
            edit_code, edit_cell, edit_value = next(sequence)
            reported = (int(number), code, cell, value)
            assert reported == (position, edit_code, child.cell_text(edit_cell), str(edit_value))
            expected[period][(edit_code, edit_cell)] = edit_value
        reported_edits += len(committed)
        # The one edit that may have committed without the child living to report it.
        maybe_code, maybe_cell, maybe_value = next(sequence)

        if not (data_dir / DATABASE_FILENAME).exists():
            continue  # killed before SQLite created the file: nothing was committed
        _check_integrity(data_dir)
        store = open_store(data_dir)
        try:
            with store.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            if reported_edits == 0:
                continue  # the default template may not even be installed yet
            submission = open_submission(store, "KEN", period)
            stored = {key: state.value for key, state in list_values(store, submission).items()}
        finally:
            store.close()
        for key, value in expected[period].items():
            if key == (maybe_code, maybe_cell) and stored.get(key) == maybe_value:
                continue
            assert stored.get(key) == value, (
                f"round {round_number}: {key} holds {stored.get(key)!r}, "
                f"the child reported {value!r} committed"
            )
        unexpected = set(stored) - set(expected[period]) - {(maybe_code, maybe_cell)}
        assert not unexpected, f"round {round_number}: cells nobody reported: {unexpected}"
        if (maybe_code, maybe_cell) in stored:
            expected[period][(maybe_code, maybe_cell)] = stored[(maybe_code, maybe_cell)]
    print(f"{ROUNDS} rounds, {reported_edits} reported edits, {kills_during_start} killed at start")


def _begin_write_without_waiting(data_dir: Path) -> None:
    """Start and end a write transaction from another connection, failing if one is held."""
    other = sqlite3.connect(data_dir / DATABASE_FILENAME, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # "database is locked" if a writer holds it
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_core_api_holds_no_write_transaction_between_calls(tmp_path):
    from micdesk.core.template_store import ensure_default_template

    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    try:
        ensure_default_template(store)
        _begin_write_without_waiting(data_dir)
        submission = open_submission(store, "KEN", "2025")
        _begin_write_without_waiting(data_dir)
        set_value(store, submission, "TEC-2", value=3)
        _begin_write_without_waiting(data_dir)
        set_value(store, submission, "SKL-1", "sex=female;age=youth", value=4)
        _begin_write_without_waiting(data_dir)
        set_narrative(store, submission, "TEC", "progress", "Roadmap adopted")
        _begin_write_without_waiting(data_dir)
        list_values(store, submission)
        _begin_write_without_waiting(data_dir)
    finally:
        store.close()


def test_each_edit_is_committed_when_set_value_returns(tmp_path):
    data_dir = tmp_path / "data"
    store = open_store(data_dir)
    try:
        from micdesk.core.template_store import ensure_default_template

        ensure_default_template(store)
        submission = open_submission(store, "KEN", "2025")
        set_value(store, submission, "TEC-2", value=11)
        # Another connection sees it at once: it is committed, not pending in a session.
        other = sqlite3.connect(data_dir / DATABASE_FILENAME)
        try:
            rows = other.execute(
                "SELECT value FROM indicator_value WHERE indicator_code = 'TEC-2'"
            ).fetchall()
        finally:
            other.close()
        assert rows == [("11",)]
    finally:
        store.close()
