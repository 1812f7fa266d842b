"""Validation rules of docs/design.md §5: errors and warnings as data."""

from __future__ import annotations

from decimal import Decimal

from micdesk.core.submissions import open_submission, set_value, validate_submission
from micdesk.core.validation import Rule, Severity
from micdesk.core.vocabulary import Notation


def _rules(store, submission, code):
    return {f.rule for f in validate_submission(store, submission) if f.indicator_code == code}


def test_required_empty_indicator_is_a_warning(store, submission):
    findings = [f for f in validate_submission(store, submission) if f.indicator_code == "TEC-2"]
    assert [(f.rule, f.severity) for f in findings] == [(Rule.REQUIRED_MISSING, Severity.WARNING)]


def test_notation_key_satisfies_required(store, submission):
    set_value(store, submission, "TEC-2", notation=Notation.NOT_APPLICABLE)
    assert Rule.REQUIRED_MISSING not in _rules(store, submission, "TEC-2")


def test_value_below_minimum_is_an_error(store, submission):
    set_value(store, submission, "ENV-1", value=Decimal("-2"))
    finding = next(f for f in validate_submission(store, submission) if f.indicator_code == "ENV-1")
    assert finding.rule == Rule.BELOW_MINIMUM and finding.severity == Severity.ERROR
    assert finding.message == "-2 is below the minimum 0"


def test_disaggregation_that_does_not_add_up_is_an_error(store, submission):
    set_value(store, submission, "SKL-1", value=100)
    for cell, number in [
        ("sex=female;age=youth", 10),
        ("sex=female;age=adult", 20),
        ("sex=male;age=youth", 30),
        ("sex=male;age=adult", 30),
    ]:
        set_value(store, submission, "SKL-1", cell, value=number)
    assert Rule.DISAGGREGATION_MISMATCH in _rules(store, submission, "SKL-1")
    set_value(store, submission, "SKL-1", "sex=male;age=adult", value=40)
    assert Rule.DISAGGREGATION_MISMATCH not in _rules(store, submission, "SKL-1")


def test_partial_breakdown_above_the_total_is_an_error(store, submission):
    set_value(store, submission, "SKL-1", value=10)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=11)
    assert Rule.DISAGGREGATION_MISMATCH in _rules(store, submission, "SKL-1")


def test_cumulative_value_below_previous_period_is_a_warning_until_explained(store):
    previous = open_submission(store, "KEN", "2024")
    set_value(store, previous, "ENV-1", value=Decimal("50"))
    current = open_submission(store, "KEN", "2025")
    set_value(store, current, "ENV-1", value=Decimal("40"))
    finding = next(
        f for f in validate_submission(store, current) if f.rule == Rule.CUMULATIVE_DECREASED
    )
    assert finding.severity == Severity.WARNING and not finding.explained
    set_value(store, current, "ENV-1", comment="one plant closed; its savings were deducted")
    finding = next(
        f for f in validate_submission(store, current) if f.rule == Rule.CUMULATIVE_DECREASED
    )
    assert finding.explained


def test_value_more_than_three_times_the_previous_is_a_warning(store):
    set_value(store, open_submission(store, "KEN", "2024"), "TEC-3", value=10)
    current = open_submission(store, "KEN", "2025")
    set_value(store, current, "TEC-3", value=31)
    assert Rule.SUDDEN_INCREASE in _rules(store, current, "TEC-3")
    set_value(store, current, "TEC-3", value=30)
    assert Rule.SUDDEN_INCREASE not in _rules(store, current, "TEC-3")
