"""Records built from records whose fields are named alike (core/field_copy.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from micdesk.core.field_copy import record_from, same_named


@dataclass(frozen=True)
class _Row:
    query_id: str
    question: str
    answer: str
    loaded_by: str


@dataclass(frozen=True)
class _Shown:
    query_id: str
    question: str
    value_now: str
    counted: int = field(default=0, init=False)


def test_a_record_keeps_the_like_named_fields_and_takes_the_given_ones():
    row = _Row("Q1", "Why so low?", "A typo", "hq")

    shown = record_from(_Shown, row, value_now="12")

    assert shown == _Shown("Q1", "Why so low?", "12")


def test_a_given_field_wins_over_the_source_s_own():
    shown = record_from(_Shown, _Row("Q1", "asked", "", ""), question="asked again", value_now="")

    assert shown.question == "asked again"


def test_a_field_the_source_lacks_is_an_error_not_a_silent_default():
    with pytest.raises(AttributeError, match="value_now"):
        record_from(_Shown, _Row("Q1", "asked", "", ""))


def test_same_named_copies_only_the_names_asked_for():
    assert same_named(_Row("Q1", "asked", "yes", "hq"), "answer", "query_id") == {
        "answer": "yes",
        "query_id": "Q1",
    }
