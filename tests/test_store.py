"""The local store: values survive, history is kept, bad input writes nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from micdesk.core.model import ChangeRecord, IndicatorValue
from micdesk.core.store import StoreTooNewError, open_store
from micdesk.core.submissions import (
    get_value,
    list_values,
    open_submission,
    set_narrative,
    set_value,
    value_history,
)
from micdesk.core.template_store import ensure_default_template
from micdesk.core.values import ValueRefused
from micdesk.core.vocabulary import Notation


def _row_counts(store) -> tuple[int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(IndicatorValue)),
            session.scalar(select(func.count()).select_from(ChangeRecord)),
        )


def test_values_survive_closing_and_reopening_the_store(tmp_path):
    store = open_store(tmp_path)
    ensure_default_template(store)
    submission = open_submission(store, "ken", "2025")
    set_value(store, submission, "ENV-1", value=Decimal("12.50"), comment="from the NOU")
    set_value(store, submission, "TEC-1", value=True)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=40)
    store.close()

    reopened = open_store(tmp_path)
    again = open_submission(reopened, "KEN", "2025")
    assert again.submission_id == submission.submission_id
    assert get_value(reopened, again, "ENV-1").value == Decimal("12.5")
    assert get_value(reopened, again, "ENV-1").comment == "from the NOU"
    assert get_value(reopened, again, "TEC-1").value is True
    assert get_value(reopened, again, "SKL-1", "sex=female;age=youth").value == 40
    reopened.close()


def test_store_uses_wal_full_sync_and_foreign_keys(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_checkpoint_while_idle_keeps_the_log_from_filling_while_someone_types(store, submission):
    def frames_in_log() -> int:
        """The pages written to SQLite's log since it last started over (then copied)."""
        with store.engine.connect() as connection:
            _busy, frames, _copied = connection.execute(
                text("PRAGMA wal_checkpoint(PASSIVE)")
            ).one()
        return frames

    def type_values(checkpoint_each: bool) -> int:
        frames_in_log()  # start from an empty log
        for number in range(60):
            set_value(store, submission, "ENV-1", value=number)
            if checkpoint_each:
                assert store.checkpoint()
        return frames_in_log()

    grown = type_values(checkpoint_each=False)  # each commit adds its pages to the log
    kept_small = type_values(checkpoint_each=True)  # the log starts over after each copy
    assert kept_small * 10 < grown
    assert get_value(store, submission, "ENV-1").value == 59


def test_a_read_only_or_closed_store_has_nothing_to_checkpoint(tmp_path):
    store = open_store(tmp_path)
    store.close()
    assert not store.checkpoint()


def test_a_read_only_store_cannot_tell_another_program_s_commits_from_its_own(store):
    from micdesk.core.store import Store

    assert store.change_token() is not None
    assert Store(store.engine, store.data_dir, read_only=True).change_token() is None


def test_change_history_records_old_and_new_values(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    set_value(store, submission, "TEC-2", value=5)
    set_value(store, submission, "TEC-2", notation=Notation.NOT_ESTIMATED)
    history = [(h.attribute, h.old, h.new) for h in value_history(store, submission, "TEC-2")]
    assert history == [
        ("value", None, "3"),
        ("value", "3", "5"),
        ("value", "5", None),
        ("notation", None, "NE"),
    ]


def test_setting_the_same_value_again_records_nothing(store, submission):
    set_value(store, submission, "TEC-2", value=3)
    before = _row_counts(store)
    set_value(store, submission, "TEC-2", value=3)
    assert _row_counts(store) == before


def test_value_for_unknown_indicator_is_refused_and_nothing_written(store, submission):
    before = _row_counts(store)
    with pytest.raises(ValueRefused, match="indicator XYZ-9 is not in template"):
        set_value(store, submission, "XYZ-9", value=1)
    assert _row_counts(store) == before


@pytest.mark.parametrize(
    ("code", "bad"),
    [
        ("TEC-2", Decimal("1.5")),
        ("TEC-2", "seven"),
        ("ENV-1", "12 t"),
        ("TEC-1", 1),
        ("SKL-1", True),
    ],
)
def test_value_of_the_wrong_kind_is_refused_and_nothing_written(store, submission, code, bad):
    before = _row_counts(store)
    with pytest.raises(ValueRefused, match=code):
        set_value(store, submission, code, value=bad)
    assert _row_counts(store) == before


def test_value_for_a_cell_the_indicator_does_not_have_is_refused(store, submission):
    with pytest.raises(ValueRefused, match="has no breakdown cell"):
        set_value(store, submission, "TEC-2", "sex=female;age=youth", value=1)


def test_notation_key_replaces_the_value_and_blank_is_not_zero(store, submission):
    set_value(store, submission, "ENV-2", value=Decimal("0"))
    assert get_value(store, submission, "ENV-2").value == Decimal("0")
    state = set_value(store, submission, "ENV-2", notation=Notation.CONFIDENTIAL)
    assert state.value is None and state.notation == Notation.CONFIDENTIAL and state.is_filled
    assert get_value(store, submission, "ENV-3") is None


def test_decimals_are_stored_exactly(store, submission):
    set_value(store, submission, "ENV-1", value=Decimal("0.1") + Decimal("0.2"))
    with store.read() as session:
        stored = session.scalar(
            select(IndicatorValue.value).where(IndicatorValue.indicator_code == "ENV-1")
        )
    assert stored == "0.3"


def test_narrative_changes_are_kept_in_history(store, submission):
    set_narrative(store, submission, "TEC", "progress", "Roadmap adopted")
    set_narrative(store, submission, "TEC", "progress", "Roadmap adopted in May")
    from micdesk.core.submissions import list_narratives, narrative_history

    assert list_narratives(store, submission)[("TEC", "progress")] == "Roadmap adopted in May"
    assert [h.new for h in narrative_history(store, submission, "TEC", "progress")] == [
        "Roadmap adopted",
        "Roadmap adopted in May",
    ]


NARRATIVE_INDEX = "ix_change_record_submission_fk_area_code_attribute"


def test_narrative_history_is_read_through_an_index_that_holds_only_narrative_changes(
    store, submission
):
    set_value(store, submission, "TEC-2", value=3)
    set_value(store, submission, "TEC-2", value=5)
    set_narrative(store, submission, "TEC", "progress", "Roadmap adopted")
    query = (
        "SELECT * FROM change_record WHERE submission_fk = :s AND area_code = :a "
        "AND attribute = :f ORDER BY id"
    )
    arguments = {"s": submission.submission_id, "a": "TEC", "f": "narrative:progress"}
    with store.read() as session:
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {query}"), arguments).all()
        partial = {
            row[1]: row[4] for row in session.execute(text("PRAGMA index_list(change_record)"))
        }
    assert any(NARRATIVE_INDEX in row[-1] for row in plan)
    # Partial (area_code IS NOT NULL): the value changes are not entries of it.
    assert partial[NARRATIVE_INDEX] == 1
    assert [h.new for h in value_history(store, submission, "TEC-2")] == ["3", "5"]


def test_overlong_narrative_is_refused(store, submission):
    with pytest.raises(ValueRefused, match="at most 4000"):
        set_narrative(store, submission, "TEC", "challenges", "x" * 4001)


def test_list_values_returns_every_entered_cell(store, submission):
    set_value(store, submission, "SKL-1", value=100)
    set_value(store, submission, "SKL-1", "sex=male;age=adult", value=60)
    assert set(list_values(store, submission)) == {("SKL-1", ""), ("SKL-1", "sex=male;age=adult")}


def test_the_commit_token_changes_with_every_commit_here_or_elsewhere_and_only_then(tmp_path):
    store = open_store(tmp_path)
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    first = store.commit_token()
    assert first is not None and store.commit_token() == first  # reading changes nothing
    with pytest.raises(ValueRefused):
        set_value(store, submission, "TEC-2", value="many")  # refused: rolled back
    assert store.commit_token() == first
    set_value(store, submission, "TEC-2", value=3)  # committed here
    second = store.commit_token()
    assert second != first
    other = open_store(tmp_path)  # another program's connection
    set_value(other, open_submission(other, "KEN", "2025"), "TEC-2", value=4)
    other.close()
    assert store.commit_token() not in (first, second)
    store.close()


def test_store_written_by_a_newer_micdesk_is_refused_untouched(tmp_path):
    store = open_store(tmp_path)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    store.close()
    before = (tmp_path / "micdesk.sqlite3").read_bytes()
    with pytest.raises(StoreTooNewError, match="newer version of micdesk"):
        open_store(tmp_path)
    assert (tmp_path / "micdesk.sqlite3").read_bytes() == before


def test_invalid_country_code_is_refused(store):
    with pytest.raises(ValueError, match="ISO 3166-1 alpha-3"):
        open_submission(store, "Kenya", "2025")


def test_period_must_fit_the_templates_periodicity(store):
    from micdesk.core.periods import PeriodError

    with pytest.raises(PeriodError, match="annual reporting period"):
        open_submission(store, "KEN", "2025-H1")


def test_a_baseline_written_under_an_older_kind_is_shown_as_written(store, submission):
    from micdesk.core.model import IndicatorTarget
    from micdesk.core.targets import list_targets

    with store.transaction() as session:
        session.add(
            IndicatorTarget(
                country="KEN",
                template_id=submission.template.template_id,
                indicator_code="TEC-2",
                baseline="12.5",
                target="20",
            )
        )
    targets = list_targets(store, submission)["TEC-2"]
    assert targets.baseline == "12.5" and targets.target == 20


def test_exported_files_are_readable_like_any_saved_file(tmp_path):
    import os
    import stat

    from micdesk.core.xlsx_files import atomic_write

    target = tmp_path / "out.xlsx"
    atomic_write(target, lambda path: path.write_bytes(b"x"))
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask


def test_an_empty_text_answer_leaves_the_cell_blank(store):
    from dataclasses import replace as dc_replace

    from micdesk.core.vocabulary import IndicatorKind
    from micdesk.core.workplan import IndicatorDefinition

    submission = open_submission(store, "KEN", "2025")
    template = submission.template
    note = IndicatorDefinition(
        code="TEC-9", area="TEC", order=99, label={"en": "Note"}, kind=IndicatorKind.TEXT
    )
    with_text = dc_replace(
        submission, template=dc_replace(template, indicators=(*template.indicators, note))
    )
    set_value(store, with_text, "TEC-9", value="first")
    state = set_value(store, with_text, "TEC-9", value="   ")
    assert state.value is None and not state.is_filled
