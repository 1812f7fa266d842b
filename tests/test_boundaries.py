"""Values exactly at, just inside and just outside every limit (issue 25).

A limit is inclusive everywhere: a value equal to an indicator's minimum or maximum is
valid in validation (so a final export is not blocked) and is not flagged for review by
a template update. The same goes for the warnings' thresholds (three times the previous
period, a cumulative value equal to the previous one) and for backup rotation.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from micdesk.core.backups import create_backup, list_backups, prune_backups
from micdesk.core.records import ValueState
from micdesk.core.store import open_store
from micdesk.core.template_update import rule_problem
from micdesk.core.validation import Rule, errors, validate_values
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, Periodicity
from micdesk.core.workplan import IndicatorDefinition, WorkPlanArea, WorkPlanTemplate

NUMERIC_KINDS = (IndicatorKind.INTEGER, IndicatorKind.DECIMAL, IndicatorKind.PERCENT)
CODE = "X-1"


def template_with(indicator: IndicatorDefinition) -> WorkPlanTemplate:
    """A one-indicator template, so every finding is about that indicator."""
    return WorkPlanTemplate(
        template_id="limits",
        version=1,
        title={"en": "Limits"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=(WorkPlanArea(code="A", order=1, title={"en": "Area"}),),
        indicators=(indicator,),
    )


def indicator_of(kind: IndicatorKind, **limits) -> IndicatorDefinition:
    """An indicator of this kind with the given limits and rules."""
    return IndicatorDefinition(code=CODE, area="A", order=1, label={"en": "X"}, kind=kind, **limits)


def typed(kind: IndicatorKind, number: Decimal) -> int | Decimal:
    """A number in the Python type the store gives values of this kind."""
    return int(number) if kind == IndicatorKind.INTEGER else number


def step_of(kind: IndicatorKind, places: int) -> Decimal:
    """The smallest step a value of this kind can take at this precision."""
    return Decimal(1) if kind == IndicatorKind.INTEGER else Decimal(1).scaleb(-places)


def limit_findings(kind: IndicatorKind, number: Decimal, **limits) -> set[Rule]:
    """The rules validation finds broken for one total value."""
    template = template_with(indicator_of(kind, **limits))
    state = ValueState(CODE, TOTAL_CELL, value=typed(kind, number))
    return {finding.rule for finding in validate_values(template, {(CODE, TOTAL_CELL): state})}


limits = st.integers(min_value=-(10**6), max_value=10**6)
places = st.integers(min_value=0, max_value=6)
numeric_kinds = st.sampled_from(NUMERIC_KINDS)


def limit_of(kind: IndicatorKind, whole: int, scale: int) -> Decimal:
    """A limit with `scale` decimal places (whole for integer indicators)."""
    return Decimal(whole) if kind == IndicatorKind.INTEGER else Decimal(whole).scaleb(-scale)


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", NUMERIC_KINDS)
def test_a_value_equal_to_the_minimum_or_maximum_is_no_error(kind):
    assert limit_findings(kind, Decimal(0), min_value=Decimal(0), max_value=Decimal(100)) == set()
    assert limit_findings(kind, Decimal(100), min_value=Decimal(0), max_value=Decimal(100)) == set()
    assert limit_findings(kind, Decimal(5), min_value=Decimal(5), max_value=Decimal(5)) == set()


@given(kind=numeric_kinds, whole=limits, scale=places)
@example(kind=IndicatorKind.INTEGER, whole=0, scale=0)
@example(kind=IndicatorKind.DECIMAL, whole=-15, scale=1)
@example(kind=IndicatorKind.PERCENT, whole=1, scale=6)
def test_only_a_value_below_the_minimum_is_a_below_minimum_error(kind, whole, scale):
    minimum = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    assert limit_findings(kind, minimum - step, min_value=minimum) == {Rule.BELOW_MINIMUM}
    assert limit_findings(kind, minimum, min_value=minimum) == set()
    assert limit_findings(kind, minimum + step, min_value=minimum) == set()


@given(kind=numeric_kinds, whole=limits, scale=places)
@example(kind=IndicatorKind.INTEGER, whole=100, scale=0)
@example(kind=IndicatorKind.DECIMAL, whole=25, scale=1)
@example(kind=IndicatorKind.PERCENT, whole=100, scale=0)
def test_only_a_value_above_the_maximum_is_an_above_maximum_error(kind, whole, scale):
    maximum = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    assert limit_findings(kind, maximum + step, max_value=maximum) == {Rule.ABOVE_MAXIMUM}
    assert limit_findings(kind, maximum, max_value=maximum) == set()
    assert limit_findings(kind, maximum - step, max_value=maximum) == set()


def test_limit_errors_block_a_final_export_and_name_value_and_limit():
    template = template_with(
        indicator_of(IndicatorKind.DECIMAL, min_value=Decimal("0.5"), max_value=Decimal("2.5"))
    )
    cases = (
        (Decimal("0.4"), Rule.BELOW_MINIMUM, "0.4 is below the minimum 0.5"),
        (Decimal("2.6"), Rule.ABOVE_MAXIMUM, "2.6 is above the maximum 2.5"),
    )
    for number, rule, message in cases:
        state = ValueState(CODE, TOTAL_CELL, value=number, comment="explained")
        [finding] = validate_values(template, {(CODE, TOTAL_CELL): state})
        assert finding.rule == rule and errors([finding]) == [finding]
        assert finding.message == message


@pytest.mark.parametrize("kind", NUMERIC_KINDS)
def test_limits_apply_to_every_breakdown_cell_not_only_the_total(kind):
    from micdesk.core.workplan import ChoiceOption, Disaggregation, DisaggregationDimension

    sex = DisaggregationDimension("sex", (ChoiceOption("female"), ChoiceOption("male")))
    indicator = indicator_of(
        kind, min_value=Decimal(0), max_value=Decimal(10), disaggregation="by_sex"
    )
    template = dataclasses.replace(
        template_with(indicator), disaggregations={"by_sex": Disaggregation("by_sex", (sex,))}
    )
    values = {
        (CODE, TOTAL_CELL): ValueState(CODE, TOTAL_CELL, value=typed(kind, Decimal(10))),
        (CODE, "sex=female"): ValueState(CODE, "sex=female", value=typed(kind, Decimal(11))),
        (CODE, "sex=male"): ValueState(CODE, "sex=male", value=typed(kind, Decimal(-1))),
    }
    found = {(f.rule, f.cell) for f in validate_values(template, values)}
    assert (Rule.ABOVE_MAXIMUM, "sex=female") in found
    assert (Rule.BELOW_MINIMUM, "sex=male") in found
    assert not any(cell == TOTAL_CELL and rule != Rule.DISAGGREGATION_MISMATCH
                   for rule, cell in found)  # fmt: skip


# -- warnings' thresholds --------------------------------------------------------------


def warning_rules(kind: IndicatorKind, before: Decimal, now: Decimal, **rules) -> set[Rule]:
    """The rules validation finds broken for a total against the previous period's total."""
    template = template_with(indicator_of(kind, **rules))
    current = {(CODE, TOTAL_CELL): ValueState(CODE, TOTAL_CELL, value=typed(kind, now))}
    previous = {(CODE, TOTAL_CELL): ValueState(CODE, TOTAL_CELL, value=typed(kind, before))}
    return {f.rule for f in validate_values(template, current, previous)}


@given(kind=numeric_kinds, whole=st.integers(min_value=1, max_value=10**6), scale=places)
@example(kind=IndicatorKind.INTEGER, whole=1, scale=0)
@example(kind=IndicatorKind.DECIMAL, whole=1, scale=6)
def test_only_more_than_three_times_the_previous_period_is_a_sudden_increase(kind, whole, scale):
    before = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    assert warning_rules(kind, before, 3 * before + step) == {Rule.SUDDEN_INCREASE}
    assert warning_rules(kind, before, 3 * before) == set()
    assert warning_rules(kind, before, 3 * before - step) == set()


@pytest.mark.parametrize("kind", NUMERIC_KINDS)
def test_a_previous_period_of_zero_or_less_never_makes_a_sudden_increase(kind):
    assert warning_rules(kind, Decimal(0), Decimal(1000)) == set()
    assert warning_rules(kind, Decimal(-1), Decimal(1000)) == set()


@given(kind=numeric_kinds, whole=limits, scale=places)
@example(kind=IndicatorKind.INTEGER, whole=0, scale=0)
def test_only_a_cumulative_value_below_the_previous_one_is_a_decrease(kind, whole, scale):
    before = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    below, equal = before - step, before
    assert Rule.CUMULATIVE_DECREASED in warning_rules(kind, before, below, cumulative=True)
    assert Rule.CUMULATIVE_DECREASED not in warning_rules(kind, before, equal, cumulative=True)
    assert Rule.CUMULATIVE_DECREASED not in warning_rules(
        kind, before, before + step, cumulative=True
    )
    assert Rule.CUMULATIVE_DECREASED not in warning_rules(kind, before, below, cumulative=False)


# -- a template update's review flags --------------------------------------------------


def text_of(kind: IndicatorKind, number: Decimal) -> str:
    """The canonical stored text of a number of this kind."""
    from micdesk.core.values import canonical_decimal

    return canonical_decimal(number)


def review_reason(kind: IndicatorKind, number: Decimal, **limits) -> str:
    """Why a stored number would be flagged under an indicator with these limits ('' if not)."""
    indicator = indicator_of(kind, **limits)
    return rule_problem(template_with(indicator), indicator, TOTAL_CELL, text_of(kind, number))


@given(kind=numeric_kinds, whole=limits, scale=places)
@example(kind=IndicatorKind.INTEGER, whole=0, scale=0)
@example(kind=IndicatorKind.PERCENT, whole=5, scale=1)
def test_a_template_update_flags_only_values_below_its_new_minimum(kind, whole, scale):
    minimum = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    below = minimum - step
    assert review_reason(kind, below, min_value=minimum) == (
        f"{text_of(kind, below)} is below the minimum {text_of(kind, minimum)}"
    )
    assert review_reason(kind, minimum, min_value=minimum) == ""
    assert review_reason(kind, minimum + step, min_value=minimum) == ""


@given(kind=numeric_kinds, whole=limits, scale=places)
@example(kind=IndicatorKind.INTEGER, whole=100, scale=0)
@example(kind=IndicatorKind.DECIMAL, whole=25, scale=1)
def test_a_template_update_flags_only_values_above_its_new_maximum(kind, whole, scale):
    maximum = limit_of(kind, whole, scale)
    step = step_of(kind, scale)
    above = maximum + step
    assert review_reason(kind, above, max_value=maximum) == (
        f"{text_of(kind, above)} is above the maximum {text_of(kind, maximum)}"
    )
    assert review_reason(kind, maximum, max_value=maximum) == ""
    assert review_reason(kind, maximum - step, max_value=maximum) == ""


def test_a_value_at_a_tightened_maximum_is_not_flagged_by_a_real_import(store, tmp_path):
    from micdesk.core.submissions import list_values, open_submission, set_value
    from tests.hostile_workbooks import sample_template_sheets
    from tests.test_template_update import install
    from tests.test_template_workbook import edit

    install(store, tmp_path, sample_template_sheets(), "v1.xlsx")
    at = open_submission(store, "KEN", "2025", "sample-plan")
    above = open_submission(store, "UGA", "2025", "sample-plan")
    set_value(store, at, "FIRMS", value=100)
    set_value(store, above, "FIRMS", value=101)
    sheets = sample_template_sheets(version=2)
    edit(sheets, "indicators", "FIRMS", "max", 100)
    result = install(store, tmp_path, sheets, "v2.xlsx")
    assert result.flagged == 1

    def review(country: str) -> str:
        opened = open_submission(store, country, "2025", "sample-plan")
        return list_values(store, opened)[("FIRMS", TOTAL_CELL)].needs_review

    assert review("KEN") == ""
    assert review("UGA") == "101 is above the maximum 100"


# -- backup rotation -------------------------------------------------------------------


@pytest.fixture
def data_dir(make_data_dir) -> Path:
    """A data folder with a migrated store in it (no template)."""
    return make_data_dir(template=False)


def _backups_at(data_dir: Path, times: list[datetime]) -> dict[datetime, Path]:
    store = open_store(data_dir)
    try:  # keep_last high enough that nothing is rotated away while they are taken
        return {when: create_backup(store, "test", now=when, keep_last=99) for when in times}
    finally:
        store.close()


def test_rotation_keeps_the_newest_backup_of_the_same_month_in_each_year(data_dir):
    march_2024 = datetime(2024, 3, 20, 12, tzinfo=UTC)
    march_2025 = datetime(2025, 3, 10, 12, tzinfo=UTC)
    older_march_2025 = march_2025 - timedelta(days=5)
    taken = _backups_at(data_dir, [march_2024, older_march_2025, march_2025])
    removed = prune_backups(data_dir, keep_last=0)
    assert removed == [taken[older_march_2025]]
    assert [b.created_at for b in list_backups(data_dir)] == [march_2025, march_2024]


def test_rotation_keeps_exactly_keep_last_newest_plus_one_per_month(data_dir):
    start = datetime(2025, 6, 1, tzinfo=UTC)
    times = [start + timedelta(hours=hour) for hour in range(5)]  # all in June 2025
    _backups_at(data_dir, times)
    prune_backups(data_dir, keep_last=3)
    assert [b.created_at for b in list_backups(data_dir)] == times[:1:-1]


def _partial(data_dir: Path, name: str, age: timedelta, now: datetime) -> Path:
    """A partial backup file (left by a crash) last written `age` before `now`."""
    import os

    path = data_dir / "backups" / f".micdesk-{name}.sqlite3.1.partial"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"half a database")
    stamp = (now - age).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_a_partial_backup_is_removed_only_once_older_than_an_hour(data_dir):
    from micdesk.core.backups import STALE_PARTIAL_AGE

    now = datetime(2026, 1, 1, 12, tzinfo=UTC)
    exactly = _partial(data_dir, "exactly", STALE_PARTIAL_AGE, now)
    younger = _partial(data_dir, "younger", STALE_PARTIAL_AGE - timedelta(seconds=1), now)
    older = _partial(data_dir, "older", STALE_PARTIAL_AGE + timedelta(seconds=1), now)
    prune_backups(data_dir, now=now)
    assert (exactly.exists(), younger.exists(), older.exists()) == (True, True, False)


def test_pruning_without_a_given_time_uses_the_clock(data_dir):
    fresh = _partial(data_dir, "fresh", timedelta(0), datetime.now(UTC))
    stale = _partial(data_dir, "stale", timedelta(days=2), datetime.now(UTC))
    prune_backups(data_dir)
    assert fresh.exists() and not stale.exists()


def test_a_partial_that_vanishes_while_pruning_is_no_error(data_dir):
    ghost = data_dir / "backups" / ".micdesk-ghost.sqlite3.1.partial"
    ghost.parent.mkdir(exist_ok=True)
    ghost.symlink_to(data_dir / "backups" / "nothing-here")  # stat() fails as if it vanished
    prune_backups(data_dir, now=datetime(2026, 1, 1, tzinfo=UTC))
    assert ghost.is_symlink()


def test_a_backup_removed_by_someone_else_while_pruning_is_no_error(data_dir, monkeypatch):
    import dataclasses as dc

    from micdesk.core import backups

    times = [datetime(2025, 6, 1, hour, tzinfo=UTC) for hour in range(3)]
    taken = _backups_at(data_dir, times)
    listed = backups.list_backups(data_dir)
    gone = dc.replace(listed[-1], path=listed[-1].path.with_name("micdesk-gone.sqlite3"))
    monkeypatch.setattr(backups, "list_backups", lambda _folder: [*listed, gone])
    removed = backups.prune_backups(data_dir, keep_last=1)
    assert removed == [taken[times[1]], taken[times[0]], gone.path]
