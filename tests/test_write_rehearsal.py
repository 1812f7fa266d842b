"""A commit rehearsed while the window is idle writes nothing (issue 21: the first commit's cost)."""

from __future__ import annotations

import pytest

from micdesk.core.model import ChangeRecord, Submission, SubmissionExport
from micdesk.core.submissions import ReasonRequired, get_value, set_value, value_history
from micdesk.core.write_rehearsal import rehearse_value_change


def _snapshot(store, submission):
    with store.read() as session:
        parent = session.get(Submission, submission.submission_id)
        return (
            session.query(ChangeRecord).count(),
            parent.updated_at,
            parent.status,
            get_value(store, submission, "TEC-2"),
        )


def test_a_rehearsed_change_writes_nothing_and_the_next_change_is_recorded_once(store, submission):
    set_value(store, submission, "TEC-2", value=1)
    before = _snapshot(store, submission)
    assert rehearse_value_change(store, submission)
    assert _snapshot(store, submission) == before
    set_value(store, submission, "TEC-2", value=5)
    assert get_value(store, submission, "TEC-2").value == 5
    assert [entry.new for entry in value_history(store, submission, "TEC-2")].count("5") == 1


def test_a_value_sent_as_final_is_rehearsed_with_a_reason_and_asks_for_one_after(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    with store.transaction() as session:
        session.add(SubmissionExport(submission_fk=submission.submission_id, revision=1,
                                     uuid="u-1", template_version=1, final=True,
                                     sha256="0" * 64))  # fmt: skip
    before = _snapshot(store, submission)
    assert rehearse_value_change(store, submission)
    assert _snapshot(store, submission) == before
    with pytest.raises(ReasonRequired):
        set_value(store, submission, "TEC-2", value=4)


def test_nothing_is_rehearsed_on_a_closed_store(store, submission):
    store.close()
    assert not rehearse_value_change(store, submission)
