"""Any valid template survives its two spellings (property tests, hypothesis).

A generated template → its blank workbook → the checker → read back equals it; the same
template → its TOML spelling (the built-in template's format) → read back equals it.
The TOML text is written here from ``template_sheet_rows``, the rows the workbook is
written from: micdesk reads TOML but has no need to write it.
"""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from micdesk.core.template_sheets import sheets_from_toml, template_from_sheets
from micdesk.core.template_workbook import (
    read_template_workbook,
    template_sheet_rows,
    write_template_workbook,
)
from micdesk.core.vocabulary import Periodicity
from micdesk.core.workplan import (
    AREA_TEXT_COLUMNS,
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
NUMERIC_KINDS = ("integer", "decimal", "percent")
OTHER_KINDS = ("text", "yes_no")
CHOICE_KINDS = ("choice", "multi_choice")

codes = st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,11}", fullmatch=True)
# What an author types in a text cell: any printable text, trimmed (the reader trims),
# no formula, and line breaks kept.
texts = (
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"),
            blacklist_characters="\ufffe\uffff",  # noncharacters a workbook refuses
            whitelist_characters="\n",
        ),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(lambda text: text and not text.startswith("="))
)
limits = st.decimals(
    min_value=Decimal("-1e11"), max_value=Decimal("1e11"), places=4, allow_nan=False
)


def translations(languages: tuple[str, ...], default: str, required: bool = True):
    """Texts in some of the languages; the default language's is there when required."""
    return st.fixed_dictionaries(
        {default: texts} if required else {},
        optional={language: texts for language in languages if language != default or not required},
    )


@st.composite
def templates(draw) -> WorkPlanTemplate:
    """A valid template in the canonical form the reader builds."""
    languages = tuple(draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, unique=True)))
    default = languages[0]
    say = lambda required=True: draw(translations(languages, default, required))  # noqa: E731

    area_codes = draw(st.lists(codes, min_size=1, max_size=3, unique=True))
    orders = sorted(
        draw(
            st.lists(
                st.integers(0, 999), min_size=len(area_codes), max_size=len(area_codes), unique=True
            )
        )
    )
    areas = tuple(
        WorkPlanArea(
            code=code,
            order=order,
            **{column: say(column == "title") for column in AREA_TEXT_COLUMNS},
        )
        for code, order in zip(area_codes, orders, strict=True)
    )

    list_names = draw(st.lists(codes, max_size=2, unique=True))
    choice_lists = {
        name: tuple(
            ChoiceOption(value, say())
            for value in draw(st.lists(codes, min_size=1, max_size=3, unique=True))
        )
        for name in list_names
    }
    breakdown_names = draw(st.lists(codes, max_size=2, unique=True))
    disaggregations = {
        name: Disaggregation(
            name,
            tuple(
                DisaggregationDimension(
                    dimension,
                    tuple(
                        ChoiceOption(value, say())
                        for value in draw(st.lists(codes, min_size=1, max_size=3, unique=True))
                    ),
                )
                for dimension in draw(st.lists(codes, min_size=1, max_size=2, unique=True))
            ),
        )
        for name in breakdown_names
    }

    kinds = NUMERIC_KINDS + OTHER_KINDS + (CHOICE_KINDS if choice_lists else ())
    indicator_codes = draw(st.lists(codes, min_size=1, max_size=6, unique_by=str.lower))
    free = [c for c in draw(st.lists(codes, max_size=3, unique=True)) if c not in indicator_codes]
    indicators = []
    for code in indicator_codes:
        kind = draw(st.sampled_from(kinds))
        numeric = kind in NUMERIC_KINDS
        bounds = sorted(draw(st.lists(limits, max_size=2))) if numeric else []
        minimum = draw(st.sampled_from([None, bounds[0]])) if bounds else None
        maximum = draw(st.sampled_from([None, bounds[-1]])) if bounds else None
        indicators.append(
            IndicatorDefinition(
                code=code,
                area=draw(st.sampled_from(area_codes)),
                order=draw(st.integers(0, 99)),
                label=say(),
                hint=say(False),
                kind=kind,
                unit=draw(st.one_of(st.just(""), texts.filter(lambda t: "\n" not in t))),
                required=draw(st.booleans()),
                min_value=minimum,
                max_value=maximum,
                cumulative=numeric and draw(st.booleans()),
                disaggregation=draw(st.sampled_from([None, *breakdown_names])) if numeric else None,
                choice_list=draw(st.sampled_from(list_names)) if kind in CHOICE_KINDS else None,
                replaces=free.pop() if free and draw(st.booleans()) else None,
            )
        )
    return WorkPlanTemplate(
        template_id=draw(codes),
        version=draw(st.integers(1, 10**6)),
        title=say(),
        default_language=default,
        periodicity=draw(st.sampled_from(list(Periodicity))),
        areas=areas,
        indicators=tuple(sorted(indicators, key=lambda i: (i.area, i.order))),
        choice_lists=choice_lists,
        disaggregations=disaggregations,
    )


def toml_text(template: WorkPlanTemplate) -> str:
    """The template's rows spelt as TOML: one array of tables per sheet, empty cells left out."""
    lines = []
    for sheet, rows in template_sheet_rows(template).items():
        for row in rows:
            lines.append(f"[[{sheet}]]")
            lines += [
                f"{json.dumps(key, ensure_ascii=False)} = {toml_value(v)}"
                for key, v in row.items()
                if v not in (None, "")
            ]
    return "\n".join(lines) + "\n"


def toml_value(value: Any) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # JSON escapes these few as TOML does
    return repr(value)  # int, or a float whose repr is exact


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=templates())
def test_a_template_written_as_a_blank_workbook_is_checked_and_read_back_equal(
    template, tmp_path_factory
):
    path = tmp_path_factory.mktemp("blank") / "template.xlsx"
    write_template_workbook(template, path)
    assert read_template_workbook(path) == template


def test_texts_that_look_like_excel_escapes_are_read_back_as_written(tmp_path):
    # Hypothesis found a title '_x000D_' that came back as a carriage return (and so as
    # no title), and '_x0000_' as a control character the reader refuses.
    import dataclasses

    from micdesk.core.template_sheets import load_default_template

    default = load_default_template()
    texts = ["_x000D_", "_x0000_ and _x0041_", "x005F_x0041_ _x005F_ _x_ _x12345_"]
    first = dataclasses.replace(default.indicators[0], label={"en": texts[1]})
    template = dataclasses.replace(
        default,
        title={"en": texts[0]},
        indicators=(first, *default.indicators[1:]),
        areas=(dataclasses.replace(default.areas[0], title={"en": texts[2]}), *default.areas[1:]),
    )
    path = tmp_path / "template.xlsx"
    write_template_workbook(template, path)
    assert read_template_workbook(path) == template


@settings(max_examples=30, deadline=None)
@given(template=templates())
def test_a_template_spelt_in_toml_reads_back_equal(template):
    # With the test above, the TOML and the workbook spelling of a template read back
    # as the same template.
    assert template_from_sheets(sheets_from_toml(tomllib.loads(toml_text(template)))) == template


@settings(max_examples=30, deadline=None)
@given(template=templates())
def test_an_areas_indicators_and_an_indicators_cells_are_the_same_on_every_call(template):
    for area in template.areas:
        listed = template.indicators_of(area.code)
        assert listed == [i for i in template.indicators if i.area == area.code]
        listed.clear()  # a caller's list: the template's stays whole
        assert template.indicators_of(area.code) == [
            i for i in template.indicators if i.area == area.code
        ]
    for indicator in template.indicators:
        cells = template.cells_of(indicator)
        expected = ["", *(template.disaggregations[indicator.disaggregation].cells()
                          if indicator.disaggregation else [])]  # fmt: skip
        assert cells == expected
        cells.append("x")
        assert template.cells_of(indicator) == expected
    assert template.indicators_of("no such area") == []
