"""Every finding of validation is complete: rule, where, what, and whether it is explained.

The window shows findings from ``rule``, ``cell`` and ``params``; a final export needs a
comment on each warning (``explained``). So each of these is checked whole, per rule.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from micdesk.core.records import ValueState
from micdesk.core.review import ReviewReason
from micdesk.core.validation import (
    Finding,
    Rule,
    Severity,
    errors,
    unexplained_warnings,
    validate_values,
)
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, Periodicity
from micdesk.core.workplan import (
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

SEX = Disaggregation(
    "by_sex",
    (DisaggregationDimension("sex", (ChoiceOption("female"), ChoiceOption("male"))),),
)
FEMALE, MALE = "sex=female", "sex=male"


def template_of(*indicators: IndicatorDefinition) -> WorkPlanTemplate:
    return WorkPlanTemplate(
        template_id="findings",
        version=1,
        title={"en": "Findings"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=(WorkPlanArea(code="AR", order=1, title={"en": "Area"}),),
        indicators=indicators,
        disaggregations={"by_sex": SEX},
    )


def indicator(code: str = "N-1", kind: IndicatorKind = IndicatorKind.INTEGER, **rules):
    return IndicatorDefinition(
        code=code, area="AR", order=1, label={"en": code}, kind=kind, **rules
    )


def states(code: str, **cells) -> dict[tuple[str, str], ValueState]:
    """Value states by key; keyword 'total' is the total cell, others are breakdown cells."""
    result = {}
    for name, state in cells.items():
        cell = TOTAL_CELL if name == "total" else f"sex={name}"
        result[(code, cell)] = dataclasses.replace(state, indicator_code=code, cell=cell)
    return result


def whole(finding: Finding) -> tuple:
    return (finding.rule, finding.area_code, finding.indicator_code, finding.cell,
            finding.params, finding.explained)  # fmt: skip


def test_a_value_below_the_minimum_is_an_error_located_at_its_cell_with_value_and_minimum():
    template = template_of(indicator(min_value=Decimal(0), disaggregation="by_sex"))
    found = validate_values(
        template,
        states("N-1", total=ValueState("", value=1), female=ValueState("", value=-2, comment="x")),
    )
    below = [f for f in found if f.rule == Rule.BELOW_MINIMUM]
    assert [whole(f) for f in below] == [
        (Rule.BELOW_MINIMUM, "AR", "N-1", FEMALE, {"value": "-2", "minimum": "0"}, True)
    ]
    assert str(below[0]) == "error: N-1 [sex=female]: -2 is below the minimum 0"


def test_a_value_above_the_maximum_is_an_error_with_value_and_maximum():
    template = template_of(indicator(kind=IndicatorKind.DECIMAL, max_value=Decimal("9.5")))
    [finding] = validate_values(template, states("N-1", total=ValueState("", value=Decimal(10))))
    assert whole(finding) == (
        Rule.ABOVE_MAXIMUM, "AR", "N-1", TOTAL_CELL, {"value": "10", "maximum": "9.5"}, False
    )  # fmt: skip
    assert finding.severity == Severity.ERROR and str(finding) == (
        "error: N-1: 10 is above the maximum 9.5"
    )


def test_a_stored_value_of_the_wrong_type_is_an_error_and_the_other_cells_are_still_checked():
    template = template_of(indicator(max_value=Decimal(5), disaggregation="by_sex"))
    found = validate_values(
        template,
        states(
            "N-1",
            total=ValueState("", value="many", comment="typed before the update"),
            female=ValueState("", value=9),
        ),
    )
    assert [whole(f) for f in found] == [
        (Rule.INVALID_STORED_VALUE, "AR", "N-1", TOTAL_CELL, {"value": "many"}, True),
        (Rule.ABOVE_MAXIMUM, "AR", "N-1", FEMALE, {"value": "9", "maximum": "5"}, False),
    ]


def test_a_flagged_value_is_a_warning_with_its_reason_and_the_next_cells_are_still_checked():
    reason = ReviewReason.of("above_maximum", value="12", maximum="10")
    template = template_of(indicator(max_value=Decimal(10), disaggregation="by_sex"))
    found = validate_values(
        template,
        states(
            "N-1",
            total=ValueState("", needs_review=reason.text, review=reason, comment="checked"),
            female=ValueState("", needs_review="an old reason"),
            male=ValueState("", value=11),
        ),
    )
    assert [whole(f) for f in found] == [
        (Rule.NEEDS_REVIEW, "AR", "N-1", TOTAL_CELL,
         {"reason": reason.text, "review": reason.encode()}, True),
        (Rule.NEEDS_REVIEW, "AR", "N-1", FEMALE,
         {"reason": "an old reason", "review": "an old reason"}, False),
        (Rule.ABOVE_MAXIMUM, "AR", "N-1", MALE, {"value": "11", "maximum": "10"}, False),
    ]  # fmt: skip
    assert found[0].severity == Severity.WARNING
    assert found[0].message == f"to review after a template update: {reason.text}"


def test_a_required_indicator_without_value_or_key_is_a_warning_at_its_total():
    template = template_of(indicator(required=True), indicator("N-2", required=True))
    found = validate_values(template, states("N-1", total=ValueState("", comment="asked")))
    assert [whole(f) for f in found] == [
        (Rule.REQUIRED_MISSING, "AR", "N-1", TOTAL_CELL, {}, True),
        (Rule.REQUIRED_MISSING, "AR", "N-2", TOTAL_CELL, {}, False),
    ]
    assert unexplained_warnings(found) == [found[1]] and errors(found) == []


def test_a_breakdown_that_does_not_add_up_names_its_sum_and_total_at_the_total():
    template = template_of(indicator(disaggregation="by_sex"))
    found = validate_values(
        template,
        states(
            "N-1",
            total=ValueState("", value=10, comment="the census"),
            female=ValueState("", value=3),
            male=ValueState("", value=4),
        ),
    )
    assert [whole(f) for f in found] == [
        (Rule.DISAGGREGATION_MISMATCH, "AR", "N-1", TOTAL_CELL, {"sum": "7", "total": "10"}, True)
    ]
    assert found[0].message == "the breakdown adds up to 7, but the total is 10"


def test_a_breakdown_that_adds_up_or_is_partial_and_below_the_total_is_fine():
    template = template_of(indicator(disaggregation="by_sex"))
    adds_up = states("N-1", total=ValueState("", value=7), female=ValueState("", value=3),
                     male=ValueState("", value=4))  # fmt: skip
    partial = states("N-1", total=ValueState("", value=7), female=ValueState("", value=7))
    assert validate_values(template, adds_up) == []
    assert validate_values(template, partial) == []


def test_previous_period_warnings_name_both_values_at_the_total():
    template = template_of(indicator(cumulative=True))
    now = states("N-1", total=ValueState("", value=2, comment="a plant closed"))
    before = states("N-1", total=ValueState("", value=5))
    [decrease] = validate_values(template, now, before)
    assert whole(decrease) == (
        Rule.CUMULATIVE_DECREASED, "AR", "N-1", TOTAL_CELL, {"value": "2", "previous": "5"}, True
    )  # fmt: skip
    now = states("N-1", total=ValueState("", value=16))
    [increase] = validate_values(template, now, before)
    assert whole(increase) == (
        Rule.SUDDEN_INCREASE, "AR", "N-1", TOTAL_CELL, {"value": "16", "previous": "5"}, False
    )  # fmt: skip


def test_a_notation_key_or_text_in_the_previous_period_is_no_figure_to_compare_with():
    template = template_of(indicator(cumulative=True))
    now = states("N-1", total=ValueState("", value=1))
    assert validate_values(template, now, states("N-1", total=ValueState("", value=None))) == []
    assert validate_values(template, now, states("N-1", total=ValueState("", value="x"))) == []


def test_a_blank_comment_does_not_explain_a_warning():
    template = template_of(indicator(required=True))
    [finding] = validate_values(template, states("N-1", total=ValueState("", comment="  \n")))
    assert not finding.explained and unexplained_warnings([finding]) == [finding]


def test_a_breakdown_cell_is_checked_even_when_the_total_is_empty():
    template = template_of(indicator(max_value=Decimal(5), disaggregation="by_sex"))
    [finding] = validate_values(template, states("N-1", female=ValueState("", value=9)))
    assert (finding.rule, finding.cell) == (Rule.ABOVE_MAXIMUM, FEMALE)


def test_a_commented_sudden_increase_is_explained():
    template = template_of(indicator())
    now = states("N-1", total=ValueState("", value=16, comment="a new plant opened"))
    [increase] = validate_values(template, now, states("N-1", total=ValueState("", value=5)))
    assert increase.rule == Rule.SUDDEN_INCREASE and increase.explained
    assert unexplained_warnings([increase]) == []


def test_a_limit_error_on_a_commented_cell_is_explained_by_that_comment():
    template = template_of(
        indicator(min_value=Decimal(0), max_value=Decimal(5), disaggregation="by_sex")
    )
    found = validate_values(
        template,
        states(
            "N-1",
            total=ValueState("", value=4),
            female=ValueState("", value=9, comment="a census year"),
            male=ValueState("", value=-1, comment="a correction"),
        ),
    )
    limits = {(f.rule, f.cell): f.explained for f in found if f.severity == Severity.ERROR}
    assert limits == {
        (Rule.ABOVE_MAXIMUM, FEMALE): True,
        (Rule.BELOW_MINIMUM, MALE): True,
        (Rule.DISAGGREGATION_MISMATCH, TOTAL_CELL): False,
    }
