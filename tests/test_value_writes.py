"""The one write path of a value cell and its reads back (core: set_value, get_value, list_values).

Each keystroke the window commits goes through ``set_value``; these pin what it writes,
where, and what is read back, so that a one-line slip in it fails a test
(tools/mutation.py, scope ``value_writes``).
"""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import update

from micdesk.core.model import IndicatorValue, Submission, SubmissionExport
from micdesk.core.records import ValueState
from micdesk.core.review import ReviewReason
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import (
    ReasonRequired,
    burst_reason,
    get_value,
    list_values,
    open_submission,
    set_value,
    value_history,
    values_of_period,
)
from micdesk.core.template_store import install_template
from micdesk.core.values import ValueRefused
from micdesk.core.vocabulary import IndicatorKind, Notation, Periodicity
from micdesk.core.workplan import ChoiceOption, IndicatorDefinition, WorkPlanArea, WorkPlanTemplate
from tests.final_exports import send_as_final


def _stored(store, submission, code: str) -> dict:
    """A total as its table row holds it: the stored texts, not the decoded value."""
    with store.read() as session:
        found = (
            session.query(IndicatorValue)
            .filter_by(submission_fk=submission.submission_id, indicator_code=code, cell="")
            .one()
        )
        return {"value": found.value, "notation": found.notation, "comment": found.comment}


def test_a_value_goes_to_its_own_country_and_period_and_nowhere_else(store, submission):
    earlier = open_submission(store, "KEN", "2024")
    elsewhere = open_submission(store, "GHA", "2025")
    for other, value in ((earlier, 1), (elsewhere, 2)):
        set_value(store, other, "TEC-2", value=value)
        set_value(store, other, "SKL-1", "sex=female;age=youth", value=value)

    set_value(store, submission, "TEC-2", value=7)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=8)
    set_value(store, submission, "TEC-2", value=9)  # changes its own row, not another's

    assert get_value(store, submission, "TEC-2").value == 9
    assert get_value(store, earlier, "TEC-2").value == 1
    assert get_value(store, elsewhere, "TEC-2").value == 2
    assert get_value(store, earlier, "SKL-1", "sex=female;age=youth").value == 1
    assert list_values(store, elsewhere)[("SKL-1", "sex=female;age=youth")].value == 2
    assert [e.new for e in value_history(store, earlier, "TEC-2")] == ["1"]


def test_every_attribute_of_a_cell_reads_back_as_written(store, submission):
    returned = set_value(
        store,
        submission,
        "TEC-2",
        value=12,
        comment="Ministry survey",
        source="MoI 2025",
        follow_up=True,
    )

    for state in (
        returned,
        get_value(store, submission, "TEC-2"),
        list_values(store, submission)[("TEC-2", "")],
    ):
        assert (state.indicator_code, state.cell, state.value, state.notation) == (
            "TEC-2",
            "",
            12,
            None,
        )
        assert (state.comment, state.source, state.follow_up) == (
            "Ministry survey",
            "MoI 2025",
            True,
        )
        assert (state.archived, state.needs_review, state.review) == (False, "", None)
        assert state.updated_at is not None and state.updated_at.tzinfo is not None
    assert returned == get_value(store, submission, "TEC-2")


def test_changing_the_comment_alone_keeps_the_value_and_records_only_the_comment(store, submission):
    set_value(store, submission, "TEC-2", value=5)

    set_value(store, submission, "TEC-2", comment="checked twice")

    state = get_value(store, submission, "TEC-2")
    assert (state.value, state.comment) == (5, "checked twice")
    assert [(e.attribute, e.old, e.new) for e in value_history(store, submission, "TEC-2")] == [
        ("value", None, "5"),
        ("comment", "", "checked twice"),
    ]


@pytest.mark.parametrize("blank", ["", "   ", ()])
def test_a_blank_answer_empties_a_filled_cell(store, submission, blank):
    set_value(store, submission, "TEC-2", value=5)

    state = set_value(store, submission, "TEC-2", value=blank)

    assert state.value is None and not state.is_filled
    assert get_value(store, submission, "TEC-2").value is None


def test_a_value_and_a_key_at_once_are_refused_with_the_code_and_nothing_written(store, submission):
    with pytest.raises(ValueRefused) as refused:
        set_value(store, submission, "TEC-2", value=3, notation=Notation.NOT_APPLICABLE)

    assert refused.value.key == "value_or_notation"
    assert refused.value.params == {"code": "TEC-2"}
    assert "TEC-2" in str(refused.value)
    assert get_value(store, submission, "TEC-2") is None


def test_a_key_after_a_value_clears_the_value_and_a_value_clears_the_key(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    keyed = set_value(store, submission, "TEC-2", notation=Notation.NOT_APPLICABLE)
    assert (keyed.value, keyed.notation) == (None, Notation.NOT_APPLICABLE)
    assert _stored(store, submission, "TEC-2")["notation"] == "NA"

    valued = set_value(store, submission, "TEC-2", value=4)
    assert (valued.value, valued.notation) == (4, None)
    assert _stored(store, submission, "TEC-2") == {"value": "4", "notation": None, "comment": ""}


def test_a_choice_is_checked_against_the_template_s_own_list(store):
    template = WorkPlanTemplate(
        template_id="choices",
        version=1,
        title={"en": "Choices"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=(WorkPlanArea("A", 1, {"en": "Area A"}),),
        indicators=(
            IndicatorDefinition(
                code="C-1",
                area="A",
                order=1,
                label={"en": "Colour"},
                kind=IndicatorKind.CHOICE,
                choice_list="colours",
            ),
        ),
        choice_lists={"colours": (ChoiceOption("red"), ChoiceOption("blue"))},
    )
    with store.transaction() as session:
        install_template(session, template)
    chosen = open_submission(store, "KEN", "2025", template_id="choices")

    assert set_value(store, chosen, "C-1", value="blue").value == "blue"
    with pytest.raises(ValueRefused):
        set_value(store, chosen, "C-1", value="green")
    assert get_value(store, chosen, "C-1").value == "blue"


def test_a_value_kept_from_an_older_rule_is_read_as_it_was_stored(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    with store.transaction() as session:  # an integer stored as a decimal by an older rule
        session.execute(
            update(IndicatorValue)
            .where(IndicatorValue.indicator_code == "TEC-2")
            .values(value="12.5", needs_review=ReviewReason("", {"text": "was decimal"}).encode())
        )

    for state in (
        get_value(store, submission, "TEC-2"),
        list_values(store, submission)[("TEC-2", "")],
    ):
        assert state.value == "12.5"
        assert state.needs_review == "was decimal"
        assert state.review == ReviewReason("", {"text": "was decimal"})

    changed = set_value(store, submission, "TEC-2", value=12)  # looked at and changed
    assert (changed.value, changed.needs_review, changed.review) == (12, "", None)


def test_a_cell_of_an_indicator_the_template_no_longer_has_is_read_as_stored(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    with store.transaction() as session:
        session.execute(
            update(IndicatorValue)
            .where(IndicatorValue.indicator_code == "TEC-2")
            .values(indicator_code="OLD-9", archived=True)
        )

    assert get_value(store, submission, "OLD-9").value == "3"
    assert ("OLD-9", "") not in list_values(store, submission)
    archived = list_values(store, submission, include_archived=True)[("OLD-9", "")]
    assert (archived.value, archived.archived) == ("3", True)


def test_totals_only_reads_the_totals_and_not_the_breakdowns(store, submission):
    set_value(store, submission, "SKL-1", value=10)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=4)

    assert set(list_values(store, submission, totals_only=True)) == {("SKL-1", "")}
    assert set(list_values(store, submission)) == {("SKL-1", ""), ("SKL-1", "sex=female;age=youth")}


def test_values_of_another_period_are_that_period_s_of_the_same_country(store, submission):
    earlier = open_submission(store, "KEN", "2024")
    set_value(store, earlier, "SKL-1", value=6)
    set_value(store, earlier, "SKL-1", "sex=female;age=youth", value=2)
    set_value(store, open_submission(store, "GHA", "2024"), "TEC-2", value=99)
    set_value(store, submission, "TEC-2", value=1)

    before = values_of_period(store, submission, "2024")

    assert {key: state.value for key, state in before.items()} == {
        ("SKL-1", ""): 6,
        ("SKL-1", "sex=female;age=youth"): 2,
    }
    totals = values_of_period(store, submission, "2024", totals_only=True)
    assert {key: state.value for key, state in totals.items()} == {("SKL-1", ""): 6}
    assert values_of_period(store, submission, "2023") == {}


def test_a_change_of_a_value_sent_as_final_names_the_revision_it_was_in(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3})

    with pytest.raises(ReasonRequired) as asked:
        set_value(store, submission, "TEC-2", value=4)

    assert asked.value.params == {"code": "TEC-2", "revision": "1"}
    assert "TEC-2" in str(asked.value) and "revision 1" in str(asked.value)


def test_a_value_changed_at_the_moment_of_the_final_export_was_in_it(store, submission, tmp_path):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3})
    with store.transaction() as session:  # written in the same instant the export was made
        exported_at = session.query(SubmissionExport.exported_at).scalar()
        session.execute(
            update(IndicatorValue)
            .where(IndicatorValue.indicator_code == "TEC-2")
            .values(updated_at=exported_at)
        )

    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-2", value=4)


def test_before_any_export_a_change_records_no_reason(store, submission):
    set_value(store, submission, "TEC-2", value=3)

    assert value_history(store, submission, "TEC-2")[-1].reason == ""
    with store.read() as session:
        assert burst_reason(session, submission.submission_id) == ""


def test_the_burst_keeps_the_user_s_reason_through_changes_that_give_none(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3, "TEC-3": 5})
    set_value(store, submission, "TEC-2", value=4, reason="queried by UNIDO")
    set_value(store, submission, "TEC-2", comment="see the survey")  # no reason: not a figure
    set_value(store, submission, "TEC-3", value=6, reason="from the register", origin="load")

    set_value(store, submission, "SKL-2", value=1)  # a figure sent as final (NE): same burst

    assert value_history(store, submission, "SKL-2")[-1].reason == "queried by UNIDO"
    with store.read() as session:
        assert burst_reason(session, submission.submission_id) == "queried by UNIDO"


def test_a_draft_export_after_a_final_one_starts_a_new_burst(store, submission, tmp_path):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3})
    set_value(store, submission, "TEC-2", value=4, reason="queried by UNIDO")

    export_submission(store, submission, tmp_path / "draft.xlsx")

    with store.read() as session:
        assert burst_reason(session, submission.submission_id) == ""


def test_another_submission_s_reason_is_not_this_one_s(store, submission, tmp_path):
    earlier = open_submission(store, "KEN", "2024")
    for opened, name in ((earlier, "2024"), (submission, "2025")):
        send_as_final(store, opened, tmp_path / f"{name}.xlsx", {"TEC-2": 3})
    set_value(store, earlier, "TEC-2", value=4, reason="only for 2024")  # after both exports

    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-2", value=4)


def test_a_change_after_an_export_dates_the_submission_in_utc(store, submission, tmp_path):
    set_value(store, submission, "TEC-2", value=3)
    export_submission(store, submission, tmp_path / "draft.xlsx")

    state = set_value(store, submission, "TEC-2", value=4)

    with store.read() as session:
        stored = session.get(Submission, submission.submission_id)
        assert stored.updated_at == state.updated_at
        assert stored.updated_at.tzinfo == UTC


def test_a_comment_on_a_cell_with_a_key_keeps_the_key(store, submission):
    set_value(store, submission, "TEC-2", notation=Notation.CONFIDENTIAL)

    state = set_value(store, submission, "TEC-2", comment="held by the statistics office")

    assert (state.value, state.notation) == (None, Notation.CONFIDENTIAL)
    assert get_value(store, submission, "TEC-2").notation == Notation.CONFIDENTIAL


def test_a_change_joined_to_a_transaction_is_undone_with_it(store, submission):
    class Abandoned(Exception):
        pass

    with pytest.raises(Abandoned), store.transaction() as session:
        set_value(store, submission, "TEC-2", value=3, session=session)
        raise Abandoned

    assert get_value(store, submission, "TEC-2") is None
    assert value_history(store, submission, "TEC-2") == []


def test_a_change_that_changes_nothing_answers_the_cell_as_it_stands(store, submission):
    assert set_value(store, submission, "TEC-2", value="") == ValueState("TEC-2", "")
    youth = "sex=female;age=youth"
    assert set_value(store, submission, "SKL-1", youth, value="") == ValueState("SKL-1", youth)
    assert get_value(store, submission, "TEC-2") is None  # a blank never written stays unwritten

    first = set_value(store, submission, "TEC-2", value=5, comment="survey")
    again = set_value(store, submission, "TEC-2", value=5)

    assert again == first and again.value == 5 and again.comment == "survey"
    assert len(value_history(store, submission, "TEC-2")) == 2  # value and comment, once


def test_a_key_sent_as_final_changed_to_another_key_asks_a_reason_and_clears_the_review(
    store, submission, tmp_path
):
    send_as_final(store, submission, tmp_path / "final.xlsx")  # TEC-2 goes as NE
    with store.transaction() as session:
        session.execute(
            update(IndicatorValue)
            .where(IndicatorValue.indicator_code == "TEC-2")
            .values(needs_review="look again")
        )

    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-2", notation=Notation.NOT_APPLICABLE)
    state = set_value(
        store, submission, "TEC-2", notation=Notation.NOT_APPLICABLE, reason="not collected"
    )

    assert (state.notation, state.needs_review) == (Notation.NOT_APPLICABLE, "")
    assert value_history(store, submission, "TEC-2")[-1].reason == "not collected"


def test_the_refusal_of_a_change_sent_as_final_says_what_to_do(store, submission, tmp_path):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3})

    with pytest.raises(ReasonRequired) as asked:
        set_value(store, submission, "TEC-2", value=4)

    assert str(asked.value) == (
        "TEC-2 was part of final revision 1 sent to UNIDO: say why it changes"
    )


def test_the_latest_reason_given_in_a_burst_is_the_burst_s(store, submission, tmp_path):
    send_as_final(store, submission, tmp_path / "final.xlsx", {"TEC-2": 3})
    set_value(store, submission, "TEC-2", value=4, reason="first look")
    set_value(store, submission, "TEC-3", value=1, reason="second look")

    with store.read() as session:
        assert burst_reason(session, submission.submission_id) == "second look"


def test_a_breakdown_cell_reads_back_as_that_cell(store, submission):
    returned = set_value(store, submission, "SKL-1", "sex=male;age=adult", value=4)

    assert returned.cell == "sex=male;age=adult"
    assert get_value(store, submission, "SKL-1", "sex=male;age=adult").cell == "sex=male;age=adult"
    assert list_values(store, submission)[("SKL-1", "sex=male;age=adult")].cell == (
        "sex=male;age=adult"
    )


def test_the_history_and_the_cell_share_the_moment_of_the_change(store, submission):
    state = set_value(store, submission, "TEC-2", value=3, comment="survey")

    assert [entry.changed_at for entry in value_history(store, submission, "TEC-2")] == [
        state.updated_at,
        state.updated_at,
    ]
