"""Export → load into an empty store gives back the same values, comments and narratives."""

from __future__ import annotations

import itertools
import string
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_format import XML_ILLEGAL_CHARACTERS
from micdesk.core.submission_load import apply_submission_load, plan_submission_load
from micdesk.core.submission_reader import read_submission
from micdesk.core.submissions import (
    list_narratives,
    list_values,
    open_submission,
    set_narrative,
    set_value,
)
from micdesk.core.template_store import install_template
from micdesk.core.vocabulary import (
    NARRATIVE_MAX_LENGTH,
    IndicatorKind,
    NarrativeField,
    Notation,
    Periodicity,
)
from micdesk.core.workplan import (
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

KINDS = list(IndicatorKind)
OPTIONS = ("red", "green", "blue")


def _every_kind_template() -> WorkPlanTemplate:
    indicators = tuple(
        IndicatorDefinition(
            code=f"K-{index}",
            area="A" if index % 2 else "B",
            order=index,
            label={"en": f"{kind.value} indicator", "ar": f"مؤشر {index}"},
            kind=kind,
            disaggregation="sex" if kind == IndicatorKind.INTEGER else None,
            choice_list="colours"
            if kind in (IndicatorKind.CHOICE, IndicatorKind.MULTI_CHOICE)
            else None,
        )
        for index, kind in enumerate(KINDS, start=1)
    )
    return WorkPlanTemplate(
        template_id="round-trip",
        version=1,
        title={"en": "Every kind"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=(WorkPlanArea("A", 1, {"en": "Area A"}), WorkPlanArea("B", 2, {"en": "Area B"})),
        indicators=indicators,
        choice_lists={"colours": tuple(ChoiceOption(v, {"en": v}) for v in OPTIONS)},
        disaggregations={
            "sex": Disaggregation(
                "sex",
                (DisaggregationDimension("sex", (ChoiceOption("female"), ChoiceOption("male"))),),
            )
        },
    )


TEMPLATE = _every_kind_template()

# Any Unicode XML can hold (RTL, emoji, combining marks...), biased towards the risky starts.
safe_characters = st.characters(codec="utf-8").filter(lambda c: not XML_ILLEGAL_CHARACTERS.match(c))
free_text = st.text(safe_characters, max_size=40)
risky_start = st.sampled_from(
    ["=", "+", "-", "@", "\t", "\r", "=1+1", "#N/A", "_x0041_", "x005F_", "مرحبا", "😀", " "]
)
texts = st.one_of(free_text, st.builds(lambda a, b: a + b, risky_start, free_text))
numbers = st.decimals(
    allow_nan=False, allow_infinity=False, min_value=Decimal("-1e25"), max_value=Decimal("1e25")
)


def _value_for(kind: IndicatorKind) -> st.SearchStrategy:
    if kind == IndicatorKind.INTEGER:
        return st.integers(min_value=-(10**22), max_value=10**22)
    if kind in (IndicatorKind.DECIMAL, IndicatorKind.PERCENT):
        return numbers
    if kind == IndicatorKind.TEXT:
        return texts.filter(bool)  # an empty text is no value at all
    if kind == IndicatorKind.CHOICE:
        return st.sampled_from(OPTIONS)
    if kind == IndicatorKind.MULTI_CHOICE:
        return st.lists(st.sampled_from(OPTIONS), min_size=1, unique=True).map(tuple)
    return st.booleans()


@st.composite
def cell_contents(draw, indicator: IndicatorDefinition) -> dict:
    figure = draw(st.sampled_from(["value", "notation", "none"]))
    content = {
        "comment": draw(texts),
        "source": draw(texts),
        "follow_up": draw(st.booleans()),
    }
    if figure == "value":
        content["value"] = draw(_value_for(indicator.kind))
    elif figure == "notation":
        content["notation"] = draw(st.sampled_from(list(Notation)))
    return content


@st.composite
def submissions(draw) -> tuple[dict, dict]:
    values = {}
    for indicator in TEMPLATE.indicators:
        for cell in TEMPLATE.cells_of(indicator):
            if draw(st.booleans()):
                values[(indicator.code, cell)] = draw(cell_contents(indicator))
    narratives = {
        (area.code, field.value): draw(
            st.one_of(texts, st.text(safe_characters, min_size=1, max_size=NARRATIVE_MAX_LENGTH))
        )
        for area in TEMPLATE.areas
        for field in NarrativeField
        if draw(st.booleans())
    }
    return values, narratives


def _comparable(states: dict) -> dict:
    return {
        key: (s.value, s.notation, s.comment, s.source, s.follow_up)
        for key, s in states.items()
        if s.is_filled or s.comment or s.source or s.follow_up
    }


_countries = ("".join(letters) for letters in itertools.product(string.ascii_uppercase, repeat=3))


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """A store to export from and an empty one to load into, both with the test template."""
    folder = tmp_path_factory.mktemp("round-trip")
    opened = [open_store(folder / "source"), open_store(folder / "empty")]
    for store in opened:
        with store.transaction() as session:
            install_template(session, TEMPLATE)
    yield folder, *opened
    for store in opened:
        store.close()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(submissions())
def test_export_then_load_into_an_empty_store_gives_the_same_submission(stores, drawn):
    folder, source_store, empty_store = stores
    values, narratives = drawn
    country = next(_countries)
    source = open_submission(source_store, country, "2025", TEMPLATE.template_id)
    for (code, cell), content in values.items():
        set_value(source_store, source, code, cell, **content)
    for (area, field), text in narratives.items():
        set_narrative(source_store, source, area, field, text)
    path = folder / f"{country}.xlsx"
    result = export_submission(source_store, source, path)
    assert result.removed_characters == ()

    file = read_submission(path)
    assert file.intact
    plan = plan_submission_load(empty_store, file)
    assert plan.conflicts == [] and plan.not_loadable == ()
    loaded = apply_submission_load(empty_store, plan, {}).submission

    assert _comparable(list_values(empty_store, loaded)) == _comparable(
        list_values(source_store, source)
    )
    assert list_narratives(empty_store, loaded) == {k: t for k, t in narratives.items() if t}
