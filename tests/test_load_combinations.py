"""Loading a value into a cell that already holds part of a value cell (issue 25).

A stored cell that holds only a comment, only a source or only a follow-up flag is not
empty: a loaded value meeting it is a conflict, so nothing the user typed is overwritten
without being asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_load import (
    CellContent,
    LoadStatus,
    UnresolvedConflicts,
    apply_submission_load,
    plan_submission_load,
)
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import get_value, open_submission, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import Notation

THEIRS = {"value": 5, "comment": "survey", "source": "Ministry", "follow_up": True}
MINE_ONLY = {  # what is left in the store after the export: one attribute, no value
    "comment": {"comment": "asked the ministry"},
    "source": {"source": "Census 2024"},
    "follow-up flag": {"follow_up": True},
    "notation key": {"notation": Notation.CONFIDENTIAL},
}
CLEARED = {"value": None, "notation": None, "comment": "", "source": "", "follow_up": False}


@pytest.fixture
def kenya_file(store, tmp_path) -> tuple[object, Path]:
    """A colleague's Kenya 2025 file with TEC-2 = 5 (comment, source, follow-up), and
    Kenya 2025 in this store, where TEC-2 was typed and then cleared again."""
    colleague = open_store(tmp_path / "colleague")
    try:
        ensure_default_template(colleague)
        theirs = open_submission(colleague, "KEN", "2025")
        set_value(colleague, theirs, "TEC-2", **THEIRS)
        path = tmp_path / "ken.xlsx"
        export_submission(colleague, theirs, path)
    finally:
        colleague.close()
    kenya = open_submission(store, "KEN", "2025")
    set_value(store, kenya, "TEC-2", **THEIRS)
    set_value(store, kenya, "TEC-2", **CLEARED)
    return kenya, path


def _plan_for(store, path):
    plan = plan_submission_load(store, read_submission(path))
    [item] = [v for v in plan.values if v.indicator_code == "TEC-2"]
    return plan, item


def test_a_loaded_value_into_an_emptied_cell_is_new_and_written(store, kenya_file):
    kenya, path = kenya_file
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.NEW and item.mine.is_empty
    apply_submission_load(store, plan, {})
    stored = get_value(store, kenya, "TEC-2")
    assert (stored.value, stored.comment, stored.source, stored.follow_up) == (
        5,
        "survey",
        "Ministry",
        True,
    )


@pytest.mark.parametrize("only", MINE_ONLY, ids=list(MINE_ONLY))
def test_a_cell_holding_only_one_attribute_meeting_a_loaded_value_is_a_conflict(
    store, kenya_file, only
):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **MINE_ONLY[only])
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.CONFLICT
    assert not item.mine.is_empty and item.mine == CellContent(**MINE_ONLY[only])
    with pytest.raises(UnresolvedConflicts):
        apply_submission_load(store, plan, {})
    before = get_value(store, kenya, "TEC-2")
    apply_submission_load(store, plan, {item.key: "mine"})
    assert get_value(store, kenya, "TEC-2") == before  # kept exactly
    apply_submission_load(store, plan_submission_load(store, read_submission(path)),
                          {item.key: "theirs"})  # fmt: skip
    taken = get_value(store, kenya, "TEC-2")
    assert (taken.value, taken.notation, taken.comment, taken.source, taken.follow_up) == (
        5,
        None,
        "survey",
        "Ministry",
        True,
    )


@pytest.mark.parametrize(
    ("attribute", "other"),
    [("comment", "another comment"), ("source", "another source"), ("follow_up", False)],
)
def test_the_same_value_with_one_attribute_different_is_a_conflict(
    store, kenya_file, attribute, other
):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **{**THEIRS, attribute: other})
    _plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.CONFLICT


def test_the_same_value_and_attributes_are_unchanged(store, kenya_file):
    kenya, path = kenya_file
    set_value(store, kenya, "TEC-2", **THEIRS)
    plan, item = _plan_for(store, path)
    assert item.status == LoadStatus.UNCHANGED and plan.changes == []


@pytest.mark.parametrize(
    ("content", "empty"),
    [
        (CellContent(), True),
        (CellContent(value=0), False),
        (CellContent(value=False), False),
        (CellContent(value=""), False),
        (CellContent(notation=Notation.NOT_APPLICABLE), False),
        (CellContent(comment="c"), False),
        (CellContent(source="s"), False),
        (CellContent(follow_up=True), False),
    ],
)
def test_a_cell_is_empty_only_when_it_holds_nothing_at_all(content, empty):
    assert content.is_empty is empty
