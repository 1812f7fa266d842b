"""UNIDO's queries in the country's store: recorded all or nothing, answered, kept open until then."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from micdesk.core.queries import (
    EditedReviewRefused,
    QueryToRecord,
    ReviewRefused,
    ReviewToRecord,
    answer_query,
    answered_queries,
    list_queries,
    mark_answer_later,
    open_queries,
    queries_blocking_final,
    query_summary,
    record_review,
    reopen_query,
    value_text,
)
from micdesk.core.startup import open_read_only_store
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import list_values, open_submission, set_narrative, set_value
from micdesk.core.vocabulary import Notation

NOW = datetime(2026, 4, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def exported(store, submission, tmp_path):
    """Kenya 2025 with ENV-1 = 30 and TEC-2 = 4, exported once (revision 1)."""
    set_value(store, submission, "ENV-1", value=Decimal(30))
    set_value(store, submission, "TEC-2", value=4)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", notation=Notation.CONFIDENTIAL)
    return export_submission(store, submission, tmp_path / "KEN-2025-r1.xlsx")


def review_of(exported, *queries: QueryToRecord, **changes) -> ReviewToRecord:
    review = ReviewToRecord(
        source="KEN-2025-review.xlsx",
        country="KEN",
        period="2025",
        template_id="unido-mic-workplan",
        answers_uuid=exported.uuid,
        answers_revision=exported.revision,
        answers_sha256=exported.sha256,
        review_sha256="ab" * 32,
        intact=True,
        queries=queries
        or (
            QueryToRecord("Q-1", "ENV-1 fell by 40 %, please confirm", "ENV-1", "", "", "30"),
            QueryToRecord("Q-2", "Why so few?", "TEC-2", "", "", "4"),
        ),
    )
    return dataclasses.replace(review, **changes)


def review(exported, submission, *queries, **changes) -> ReviewToRecord:
    return review_of(exported, *queries, template_id=submission.template.template_id, **changes)


def test_recorded_queries_are_open_with_the_value_hq_saw(store, submission, exported):
    result = record_review(store, review(exported, submission), now=NOW)
    assert (result.recorded, result.answers_revision) == (2, 1)
    queries = list_queries(store, submission)
    assert [(q.query_id, q.indicator_code, q.value_seen, q.value_now) for q in queries] == [
        ("Q-1", "ENV-1", "30", "30"),
        ("Q-2", "TEC-2", "4", "4"),
    ]
    assert all(q.is_open and q.blocks_final and not q.changed_since for q in queries)
    assert queries[0].area_code == "ENV"
    assert queries[0].loaded_at == NOW
    assert query_summary(queries) == (2, 0)


def test_a_value_changed_after_export_shows_as_changed_since_hq_saw_it(store, submission, exported):
    record_review(store, review(exported, submission))
    set_value(store, submission, "ENV-1", value=Decimal("31.5"))
    first = list_queries(store, submission)[0]
    assert (first.value_seen, first.value_now, first.changed_since) == ("30", "31.5", True)


def test_a_notation_key_is_the_value_hq_saw_of_a_cell_holding_one(store, submission, exported):
    query = QueryToRecord("Q-9", "Confidential?", "SKL-1", "sex=female;age=youth", "", "C")
    record_review(store, review(exported, submission, query))
    [state] = list_queries(store, submission)
    assert (state.value_before, state.value_now, state.changed_since) == ("C", "C", False)


def test_answering_in_text_closes_the_query_and_keeps_the_values(store, submission, exported):
    record_review(store, review(exported, submission))
    state = answer_query(store, submission, "Q-1", "  Confirmed: a plant closed.  ", now=NOW)
    assert (state.answer, state.answered_at, state.is_open) == (
        "Confirmed: a plant closed.",
        NOW,
        False,
    )
    assert [q.query_id for q in open_queries(store, submission)] == ["Q-2"]
    assert [q.query_id for q in answered_queries(store, submission)] == ["Q-1"]


def test_a_corrected_value_answers_without_text_and_an_unchanged_one_does_not(
    store, submission, exported
):
    record_review(store, review(exported, submission))
    with pytest.raises(ReviewRefused) as refused:
        answer_query(store, submission, "Q-2", "")
    assert refused.value.key == "review_answer_empty"
    assert list_queries(store, submission)[1].is_open
    set_value(store, submission, "TEC-2", value=6)
    state = answer_query(store, submission, "Q-2", "")
    assert (state.is_open, state.value_seen, state.value_now) == (False, "4", "6")


def test_will_answer_later_stays_open_but_no_longer_blocks_a_final_export(
    store, submission, exported
):
    record_review(store, review(exported, submission))
    later = mark_answer_later(store, submission, "Q-1")
    assert later.is_open and later.answer_later and not later.blocks_final
    assert [q.query_id for q in queries_blocking_final(store, submission)] == ["Q-2"]
    answered = answer_query(store, submission, "Q-1", "Now we know")
    assert not answered.answer_later and not answered.is_open


def test_a_reopened_query_is_open_again_with_its_text_kept(store, submission, exported):
    record_review(store, review(exported, submission))
    answer_query(store, submission, "Q-1", "Confirmed")
    state = reopen_query(store, submission, "Q-1")
    assert state.is_open and state.answer == "Confirmed"


def test_answering_a_query_hq_never_asked_is_refused(store, submission, exported):
    record_review(store, review(exported, submission))
    with pytest.raises(ReviewRefused) as refused:
        answer_query(store, submission, "Q-77", "yes")
    assert refused.value.key == "review_unknown_query"
    assert "Q-77" in str(refused.value)


def test_queries_survive_closing_and_reopening_the_store(tmp_path, exported, store, submission):
    record_review(store, review(exported, submission))
    answer_query(store, submission, "Q-2", "Two firms merged", now=NOW)
    store.close()
    reopened = open_store(tmp_path / "store")
    try:
        again = open_submission(reopened, "KEN", "2025")
        states = list_queries(reopened, again)
        assert [(q.query_id, q.is_open, q.answer) for q in states] == [
            ("Q-1", True, ""),
            ("Q-2", False, "Two firms merged"),
        ]
    finally:
        reopened.close()


# Refusals: each leaves the store without a single query.


def refused_key(store, submission, to_record, **options) -> str:
    with pytest.raises(ReviewRefused) as refused:
        record_review(store, to_record, **options)
    assert list_queries(store, submission) == []
    assert str(refused.value).startswith("KEN-2025-review.xlsx")
    return refused.value.key


def test_a_review_for_another_country_is_refused(store, submission, exported):
    assert refused_key(store, submission, review(exported, submission, country="UGA")) == (
        "review_other_country"
    )


def test_a_review_of_a_return_this_store_did_not_export_is_refused(store, submission, exported):
    other = review(exported, submission, answers_uuid="00000000-0000-4000-8000-000000000000")
    assert refused_key(store, submission, other) == "review_no_return"


def test_a_review_naming_another_period_than_its_return_is_refused(store, submission, exported):
    open_submission(store, "KEN", "2024")
    assert refused_key(store, submission, review(exported, submission, period="2024")) == (
        "review_other_return"
    )


def test_a_review_of_another_revision_of_the_return_is_refused(store, submission, exported):
    assert refused_key(store, submission, review(exported, submission, answers_revision=2)) == (
        "review_revision"
    )


def test_a_review_that_saw_other_data_under_the_same_return_is_refused(store, submission, exported):
    other = review(exported, submission, answers_sha256="cd" * 32)
    assert refused_key(store, submission, other) == "review_revision"


def test_a_review_of_an_older_revision_than_one_loaded_is_refused(
    store, submission, exported, tmp_path
):
    second = export_submission(store, submission, tmp_path / "r2.xlsx")
    newer = review_of(
        second,
        QueryToRecord("Q-5", "Still 30?", "ENV-1", "", "", "30"),
        template_id=submission.template.template_id,
    )
    record_review(store, newer)
    with pytest.raises(ReviewRefused) as refused:
        record_review(store, review(exported, submission))
    assert refused.value.key == "review_older"
    assert [q.query_id for q in list_queries(store, submission)] == ["Q-5"]


def test_the_same_review_loaded_twice_is_refused_and_answers_are_kept(store, submission, exported):
    record_review(store, review(exported, submission))
    answer_query(store, submission, "Q-1", "Confirmed")
    with pytest.raises(ReviewRefused) as refused:
        record_review(store, review(exported, submission))
    assert refused.value.key == "review_already_loaded"
    assert list_queries(store, submission)[0].answer == "Confirmed"


def test_an_edited_review_is_refused_unless_the_user_accepts_it(store, submission, exported):
    edited = review(exported, submission, intact=False)
    with pytest.raises(EditedReviewRefused):
        record_review(store, edited)
    assert list_queries(store, submission) == []
    assert record_review(store, edited, accept_edited=True).recorded == 2


def test_a_review_with_one_unknown_field_records_none_of_its_queries(store, submission, exported):
    queries = (
        QueryToRecord("Q-1", "fine", "ENV-1", "", "", "30"),
        QueryToRecord("Q-2", "unknown", "ENV-99", "", "", "", "Data!N7"),
    )
    key = refused_key(store, submission, review(exported, submission, *queries))
    assert key == "review_unknown_cell"


def test_a_review_with_a_query_id_used_twice_is_refused(store, submission, exported):
    queries = (
        QueryToRecord("Q-1", "fine", "ENV-1", "", "", "30"),
        QueryToRecord("Q-1", "again", "TEC-2", "", "", "4"),
    )
    key = refused_key(store, submission, review(exported, submission, *queries))
    assert key == "review_duplicate_query"


def test_an_area_query_is_recorded_without_a_value(store, submission, exported):
    query = QueryToRecord("Q-A", "Say more about the challenges", "", "", "ENV", "")
    record_review(store, review(exported, submission, query))
    [state] = list_queries(store, submission)
    assert (state.key, state.area_code, state.changed_since) == (("", ""), "ENV", False)


def test_a_read_only_store_records_nothing(tmp_path, store, submission, exported):
    to_record = review(exported, submission)
    store.close()
    read_only = open_read_only_store(tmp_path / "store")
    try:
        with pytest.raises(ReviewRefused) as refused:
            record_review(read_only, to_record)
        assert refused.value.key == "review_read_only"
    finally:
        read_only.close()


def test_a_narrative_query_compares_the_text_hq_saw_with_the_text_now(store, submission, exported):
    query = QueryToRecord("Q-N", "Which delays?", "", "", "ENV", "", field="challenges")
    record_review(store, review(exported, submission, query))
    assert not list_queries(store, submission)[0].changed_since
    set_narrative(store, submission, "ENV", "challenges", "Data arrive late")
    [state] = list_queries(store, submission)
    assert (state.field, state.value_now, state.changed_since) == (
        "challenges",
        "Data arrive late",
        True,
    )
    assert not answer_query(store, submission, "Q-N", "").is_open


def test_a_narrative_query_on_a_field_the_template_lacks_is_refused(store, submission, exported):
    query = QueryToRecord("Q-N", "?", "", "", "ENV", "", field="poetry")
    assert refused_key(store, submission, review(exported, submission, query)) == (
        "review_unknown_cell"
    )


def test_the_value_hq_saw_is_compared_in_the_data_sheets_own_text(store, submission, tmp_path):
    set_value(store, submission, "TEC-1", value=True)
    set_value(store, submission, "ENV-2", value=Decimal("1.50"))
    set_value(store, submission, "ENV-3", value=Decimal("-0.000001"))
    set_value(store, submission, "SKL-2", notation=Notation.NOT_ESTIMATED)
    result = export_submission(store, submission, tmp_path / "kinds.xlsx")
    stored = list_values(store, submission)
    for row in read_submission(result.path).rows:
        written = row.notation.value if row.notation else row.value_text
        assert value_text(submission.template, stored[row.key]) == written, row.key
