"""Seeded inputs for the benchmarks: a 500-indicator template, its workbook, and a large store.

Every run measures the same work: the template and the values come from a
``random.Random(seed)``, and what is generated is cached under
``benchmarks/results/cache/`` keyed by the generator version, the seed, the size
and the store's schema revision (a store at an older schema would be migrated,
with a backup, at every start and distort the timings).

The large store holds the template as a new version of the built-in template
(``unido-mic-workplan``, version 2), as if HQ had published it, so the window
opens on it without any setting. Its values are written in bulk for speed, as the
rows ``set_value`` would have written (a value row and one change record per
changed attribute, origin ``user``); ``tests/test_benchmarks.py`` checks that the
two give the same store.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from micdesk.core.model import ChangeRecord, IndicatorValue, Submission, utc_now
from micdesk.core.records import OpenSubmission
from micdesk.core.store import Store, head_revision, open_store
from micdesk.core.submissions import open_submission, save_profile, set_value
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_store import ensure_default_template, install_template
from micdesk.core.template_workbook import write_template_workbook
from micdesk.core.values import coerce_value, encode_value
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, Notation, Periodicity
from micdesk.core.workplan import (
    ChoiceOption,
    Disaggregation,
    DisaggregationDimension,
    IndicatorDefinition,
    WorkPlanArea,
    WorkPlanTemplate,
)

# Bump when what is generated changes, so that stale caches are not measured.
GENERATOR_VERSION = 1
SEED = 20250101
RESULTS_DIR = Path(__file__).with_name("results")
CACHE_DIR = RESULTS_DIR / "cache"

KINDS = (
    IndicatorKind.INTEGER,
    IndicatorKind.INTEGER,
    IndicatorKind.DECIMAL,
    IndicatorKind.PERCENT,
    IndicatorKind.TEXT,
    IndicatorKind.CHOICE,
    IndicatorKind.MULTI_CHOICE,
    IndicatorKind.YES_NO,
)
COUNTRIES = ("KEN", "BRA", "IND", "MEX", "ZAF")
WORDS = ("industry", "skills", "energy", "trade", "innovation", "standards", "finance", "water")


@dataclass(frozen=True)
class Size:
    """How much to generate: the full §11 size, or tiny inputs for ``--quick``."""

    name: str
    indicators: int
    areas: int
    countries: int
    periods: int


FULL = Size("full", indicators=500, areas=10, countries=5, periods=20)
QUICK = Size("quick", indicators=24, areas=3, countries=2, periods=2)
# Ten times the size (issue 21): a redesigned framework, or a DHIS2-sized data set.
SCALE = Size("scale", indicators=2_000, areas=40, countries=5, periods=20)
QUICK_SCALE = Size("quick-scale", indicators=40, areas=4, countries=2, periods=2)


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def large_template(
    indicators: int = FULL.indicators,
    areas: int = FULL.areas,
    *,
    seed: int = SEED,
    template_id: str | None = None,
    version: int = 2,
) -> WorkPlanTemplate:
    """A seeded template: every kind, choice lists, and a disaggregation on most numbers.

    By default it is the built-in template's next version, as HQ would publish it.
    """
    rng = random.Random(seed)
    template_id = template_id or load_default_template().template_id
    area_rows = tuple(
        WorkPlanArea(
            code=f"A{number:02d}",
            order=number,
            title={"en": f"Area {number}: {_words(rng, 4)}", "fr": f"Domaine {number}"},
            description={"en": _words(rng, rng.randint(20, 60))},
            tools={"en": _words(rng, rng.randint(40, 120))},
            government_role={"en": _words(rng, rng.randint(20, 60))},
            outcomes={"en": _words(rng, rng.randint(40, 120))},
            outputs={"en": _words(rng, rng.randint(20, 60))},
        )
        for number in range(1, areas + 1)
    )
    choice_lists = {
        f"list{number:02d}": tuple(
            ChoiceOption(f"opt{option}", {"en": f"Option {option}", "fr": f"Choix {option}"})
            for option in range(6)
        )
        for number in range(20)
    }

    def dimension(name: str, values: tuple[str, ...]) -> DisaggregationDimension:
        return DisaggregationDimension(
            name, tuple(ChoiceOption(v, {"en": v.title()}) for v in values)
        )

    disaggregations = {
        "sex_age": Disaggregation(
            "sex_age",
            (dimension("sex", ("female", "male")), dimension("age", ("youth", "adult", "senior"))),
        ),
        "sex": Disaggregation("sex", (dimension("sex", ("female", "male")),)),
        "size": Disaggregation("size", (dimension("size", ("micro", "small", "medium", "large")),)),
    }
    definitions = []
    for number in range(1, indicators + 1):
        kind = rng.choice(KINDS)
        additive = kind in (IndicatorKind.INTEGER, IndicatorKind.DECIMAL)
        definitions.append(
            IndicatorDefinition(
                code=f"IND-{number:03d}",
                area=area_rows[(number - 1) % areas].code,
                order=number,
                label={
                    "en": f"Indicator {number} (version {version}): {_words(rng, rng.randint(3, 12))}",
                    "fr": f"Indicateur {number}",
                },
                hint={"en": "Count once per year"} if number % 3 == 0 else {},
                kind=kind,
                unit=rng.choice(("count", "t", "MWh", "USD")) if kind.is_numeric else "",
                required=rng.random() < 0.5,
                min_value=Decimal(0) if kind.is_numeric else None,
                max_value=Decimal(100) if kind == IndicatorKind.PERCENT else None,
                cumulative=additive and rng.random() < 0.3,
                # Percentages do not add up, so only counts and amounts are broken down.
                disaggregation=(
                    rng.choice((None, "sex_age", "sex", "size", "sex_age")) if additive else None
                ),
                choice_list=(
                    f"list{rng.randrange(20):02d}"
                    if kind in (IndicatorKind.CHOICE, IndicatorKind.MULTI_CHOICE)
                    else None
                ),
            )
        )
    return WorkPlanTemplate(
        template_id=template_id,
        version=version,
        title={"en": "Benchmark work plan", "fr": "Plan de travail de référence"},
        default_language="en",
        periodicity=Periodicity.ANNUAL,
        areas=area_rows,
        indicators=tuple(sorted(definitions, key=lambda i: (i.area, i.order))),
        choice_lists=choice_lists,
        disaggregations=disaggregations,
    )


def write_large_workbook(path: Path, size: Size = FULL, *, version: int = 2) -> Path:
    """Write the seeded template as a ``micdesk-template/1`` workbook (the app's own writer)."""
    write_template_workbook(large_template(size.indicators, size.areas, version=version), path)
    return path


@dataclass(frozen=True)
class Change:
    """What a user typed into one cell: the ``set_value`` arguments."""

    code: str
    cell: str
    arguments: dict[str, Any]


def seeded_changes(template: WorkPlanTemplate, rng: random.Random, scale: int = 1) -> list[Change]:
    """Every cell filled: breakdowns adding up to their totals, a notation on one in twenty,
    a comment on one in five. ``scale`` makes later periods larger (cumulative values grow)."""
    changes = []
    for indicator in template.indicators:
        comment = (
            {"comment": f"checked with the ministry ({rng.randint(1, 99)})"}
            if rng.random() < 0.2
            else {}
        )
        if rng.random() < 0.05:
            changes.append(
                Change(indicator.code, TOTAL_CELL, {"notation": rng.choice(list(Notation))})
            )
            continue
        kind = indicator.kind
        cells = template.cells_of(indicator)
        if kind.is_numeric:
            parts = [rng.randint(0, 2_000) * scale for _ in cells[1:]]
            if kind == IndicatorKind.PERCENT:
                total: Any = Decimal(rng.randint(0, 10_000)) / 100
            elif kind == IndicatorKind.DECIMAL:
                parts = [Decimal(p) / 4 for p in parts]
                total = sum(parts) if parts else Decimal(rng.randint(0, 10**6) * scale) / 100
            else:
                total = sum(parts) if parts else rng.randint(0, 100_000) * scale
            changes.append(Change(indicator.code, TOTAL_CELL, {"value": total, **comment}))
            changes.extend(
                Change(indicator.code, cell, {"value": part})
                for cell, part in zip(cells[1:], parts, strict=True)
            )
        elif kind == IndicatorKind.YES_NO:
            changes.append(
                Change(indicator.code, TOTAL_CELL, {"value": rng.random() < 0.5, **comment})
            )
        elif kind == IndicatorKind.TEXT:
            changes.append(
                Change(
                    indicator.code,
                    TOTAL_CELL,
                    {"value": _words(rng, rng.randint(2, 30)), **comment},
                )
            )
        else:
            options = [o.value for o in template.choices_of(indicator)]
            value: Any = (
                rng.choice(options)
                if kind == IndicatorKind.CHOICE
                else tuple(rng.sample(options, rng.randint(1, 3)))
            )
            changes.append(Change(indicator.code, TOTAL_CELL, {"value": value, **comment}))
    return changes


def fill_through_core(store: Store, submission: OpenSubmission, changes: list[Change]) -> None:
    """Apply changes one ``set_value`` at a time, in one transaction (the load path)."""
    with store.transaction() as session:
        for change in changes:
            set_value(
                store, submission, change.code, change.cell, session=session, **change.arguments
            )


def fill_in_bulk(store: Store, submission: OpenSubmission, changes: list[Change]) -> None:
    """Insert the rows ``fill_through_core`` would write into an empty submission, in bulk."""
    template = submission.template
    now = utc_now()
    values, records = [], []
    for change in changes:
        indicator = template.indicator(change.code)
        arguments = change.arguments
        value = arguments.get("value")
        encoded = (
            None
            if value is None
            else encode_value(indicator.kind, coerce_value(template, indicator, value))
        )
        notation = arguments.get("notation")
        comment = arguments.get("comment", "")
        values.append(
            {
                "submission_fk": submission.submission_id,
                "indicator_code": change.code,
                "cell": change.cell,
                "value": encoded,
                "notation": notation.value if notation else None,
                "comment": comment,
                "source": "",
                "follow_up": False,
                "archived": False,
                "needs_review": "",
                "updated_at": now,
            }
        )
        # set_value's history: one record per attribute that changed from the empty cell.
        for attribute, new in (
            ("value", encoded),
            ("notation", notation.value if notation else None),
            ("comment", comment or None),
        ):
            if new is not None:
                records.append(
                    {
                        "submission_fk": submission.submission_id,
                        "indicator_code": change.code,
                        "cell": change.cell,
                        "attribute": attribute,
                        "old": "" if attribute == "comment" else None,
                        "new": new,
                        "reason": "",
                        "origin": "user",
                        "changed_at": now,
                    }
                )
    with store.transaction() as session:
        if values:
            session.execute(insert(IndicatorValue), values)
        if records:
            session.execute(insert(ChangeRecord), records)
        parent = session.get(Submission, submission.submission_id)
        assert parent is not None
        parent.updated_at = now


def cache_key(size: Size, seed: int = SEED) -> str:
    """The cache folder name of generated inputs: generator version, seed, size, schema."""
    return f"g{GENERATOR_VERSION}-s{seed}-{size.name}-{head_revision()}"


def periods(size: Size) -> list[str]:
    """The store's periods, oldest first, ending at 2025."""
    return [str(year) for year in range(2026 - size.periods, 2026)]


def build_large_store(folder: Path, size: Size = FULL, seed: int = SEED) -> Path:
    """Write the store of ``size.countries`` countries × ``size.periods`` periods, all filled."""
    store = open_store(folder)
    try:
        ensure_default_template(store)
        template = large_template(size.indicators, size.areas, seed=seed)
        with store.transaction() as session:
            install_template(session, template)
        rng = random.Random(seed + 1)
        for country in COUNTRIES[: size.countries]:
            save_profile(store, country, focal_point=f"Focal point of {country}")
            for scale, period in enumerate(periods(size), start=1):
                submission = open_submission(store, country, period)
                assert submission.template.version == template.version
                fill_in_bulk(store, submission, seeded_changes(submission.template, rng, scale))
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return folder


def cached_large_store(size: Size = FULL, cache_dir: Path = CACHE_DIR, seed: int = SEED) -> Path:
    """The generated store's folder, built once per cache key (read it, never edit it)."""
    folder = Path(cache_dir) / f"store-{cache_key(size, seed)}"
    done = folder / "complete"
    if not done.exists():
        if folder.exists():
            shutil.rmtree(folder)  # an interrupted generation
        build_large_store(folder, size, seed)
        done.write_text("generated\n", encoding="utf-8")
    return folder


def copy_store(source: Path, target: Path) -> Path:
    """A private copy of a generated data folder, for a measure that writes to it."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("micdesk.sqlite3",):
        shutil.copy2(source / name, target / name)
    return target


def latest_submission(store: Store, country: str = COUNTRIES[0]) -> tuple[str, str]:
    """The country and newest period of the generated store."""
    with store.read() as session:
        found = sorted(
            session.scalars(select(Submission.period).where(Submission.country == country))
        )
    return country, found[-1]
