"""The built-in template made from the seed's work plan."""

from __future__ import annotations

from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_store import ensure_default_template, load_template
from micdesk.core.vocabulary import IndicatorKind

SEED_AREAS_ZH = {"TEC": "技术升级和能力建设", "SKL": "提升技能、培训和教育", "ENV": "环境可持续性"}


def test_default_template_has_the_seeds_three_areas_and_nine_indicators():
    template = load_default_template()
    assert [area.code for area in template.areas] == ["TEC", "SKL", "ENV"]
    assert [len(template.indicators_of(a.code)) for a in template.areas] == [4, 2, 3]
    assert {a.code: a.title["zh"] for a in template.areas} == SEED_AREAS_ZH


def test_every_area_and_indicator_is_labelled_in_chinese_and_english():
    template = load_default_template()
    for area in template.areas:
        for column in ("title", "description", "tools", "government_role", "outcomes"):
            texts = getattr(area, column)
            assert texts.get("zh") and texts.get("en"), (area.code, column)
    for indicator in template.indicators:
        assert indicator.label.get("zh") and indicator.label.get("en"), indicator.code


def test_default_template_kinds_follow_what_is_counted():
    template = load_default_template()
    kinds = {i.code: i.kind for i in template.indicators}
    assert kinds["SKL-1"] == IndicatorKind.INTEGER
    assert {kinds[c] for c in ("ENV-1", "ENV-2", "ENV-3")} == {IndicatorKind.DECIMAL}
    assert all(template.indicator(c).cumulative for c in ("ENV-1", "ENV-2", "ENV-3"))
    jobs = template.indicator("SKL-1")
    assert template.cells_of(jobs) == [
        "",
        "sex=female;age=youth",
        "sex=female;age=adult",
        "sex=male;age=youth",
        "sex=male;age=adult",
    ]


def test_default_template_is_installed_once_and_reads_back_equal(store):
    again = ensure_default_template(store)
    with store.read() as session:
        assert load_template(session, again.template_id) == load_default_template()


def test_the_built_in_template_id_start_up_asks_for_is_the_one_in_default_toml():
    from micdesk.core.template_store import DEFAULT_TEMPLATE_ID

    assert load_default_template().template_id == DEFAULT_TEMPLATE_ID


def test_start_up_finds_the_built_in_template_installed_and_installs_it_on_a_new_store(store):
    from sqlalchemy import func, select

    from micdesk.core.model import Template
    from micdesk.core.template_store import (
        DEFAULT_TEMPLATE_ID,
        ensure_default_installed,
        installed_version,
    )

    assert ensure_default_installed(store) == DEFAULT_TEMPLATE_ID
    with store.read() as session:
        assert installed_version(session, DEFAULT_TEMPLATE_ID) == load_default_template().version
    assert ensure_default_installed(store) == DEFAULT_TEMPLATE_ID  # twice: installed once
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Template)) == 1
