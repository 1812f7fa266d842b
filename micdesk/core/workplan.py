"""The work-plan template as plain immutable data, used by every part of micdesk.

The ORM rows in ``model`` are how a template is kept; ``WorkPlanTemplate`` is
what the rest of the program reads: validation, export, the window.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from micdesk.core.kinds import Kind, kind_of
from micdesk.core.vocabulary import TOTAL_CELL, Periodicity

TEMPLATE_FORMAT = "micdesk-template/1"
UN_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")

Translations = Mapping[str, str]


def pick_text(texts: Translations, language: str, default_language: str) -> str:
    """Return the text in a language, falling back to the default language, then any."""
    for candidate in (language, default_language, "en"):
        text = texts.get(candidate)
        if text:
            return text
    return next((text for text in texts.values() if text), "")


@dataclass(frozen=True)
class ChoiceOption:
    """One option of a choice list."""

    value: str
    label: Translations = field(default_factory=dict)


@dataclass(frozen=True)
class DisaggregationDimension:
    """One dimension of a disaggregation (e.g. sex) and its values in order."""

    name: str
    values: tuple[ChoiceOption, ...]


@dataclass(frozen=True)
class Disaggregation:
    """A named cross-classification (e.g. sex × age) whose cells add up to the total."""

    name: str
    dimensions: tuple[DisaggregationDimension, ...]

    def cells(self) -> list[str]:
        """Every cell key, e.g. ``sex=female;age=youth``, in the dimensions' order."""
        combos = itertools.product(
            *[[(d.name, v.value) for v in d.values] for d in self.dimensions]
        )
        return [";".join(f"{dim}={value}" for dim, value in combo) for combo in combos]


def disaggregations_from(
    options: Mapping[str, Mapping[str, Sequence[ChoiceOption]]],
) -> dict[str, Disaggregation]:
    """The disaggregations of a template from their values by name and dimension, in order."""
    return {
        name: Disaggregation(
            name=name,
            dimensions=tuple(
                DisaggregationDimension(name=dimension, values=tuple(values))
                for dimension, values in dimensions.items()
            ),
        )
        for name, dimensions in options.items()
    }


@dataclass(frozen=True)
class IndicatorDefinition:
    """A success indicator as the template defines it."""

    code: str
    area: str
    order: int
    label: Translations
    kind: Kind  # an IndicatorKind or a kind's name is turned into its Kind
    hint: Translations = field(default_factory=dict)
    unit: str = ""
    required: bool = False
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    cumulative: bool = False
    disaggregation: str | None = None
    choice_list: str | None = None
    replaces: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.kind, Kind):
            object.__setattr__(self, "kind", kind_of(self.kind))


@dataclass(frozen=True)
class WorkPlanArea:
    """A row of the work plan with the seed table's columns."""

    code: str
    order: int
    title: Translations
    description: Translations = field(default_factory=dict)
    tools: Translations = field(default_factory=dict)
    government_role: Translations = field(default_factory=dict)
    outcomes: Translations = field(default_factory=dict)
    outputs: Translations = field(default_factory=dict)


AREA_TEXT_COLUMNS = ("title", "description", "tools", "government_role", "outcomes", "outputs")


class CrosswalkRule(StrEnum):
    """How a crosswalk row carries a value: alone, into a sum, or as a share of a split."""

    MOVE = "move"
    SUM = "sum"
    SPLIT = "split"


@dataclass(frozen=True)
class CrosswalkMapping:
    """One row of a template's ``crosswalk`` sheet: where a previous version's value goes.

    ``factor`` is None where the cell was left empty (1 for ``move`` and ``sum``; a
    ``split`` without factors is not shared out but flagged ``to split``).
    """

    row: int
    from_code: str
    to_code: str
    factor: Decimal | None = None
    from_cell: str = TOTAL_CELL
    to_cell: str = TOTAL_CELL
    rule: CrosswalkRule = CrosswalkRule.MOVE
    note: Translations = field(default_factory=dict)

    @property
    def multiplier(self) -> Decimal:
        """The factor the value is multiplied by (1 when none is given)."""
        return Decimal(1) if self.factor is None else self.factor


@dataclass(frozen=True)
class WorkPlanTemplate:
    """One version of a work-plan template: areas, indicators, lists."""

    template_id: str
    version: int
    title: Translations
    default_language: str
    periodicity: Periodicity
    areas: tuple[WorkPlanArea, ...]
    indicators: tuple[IndicatorDefinition, ...]
    choice_lists: Mapping[str, tuple[ChoiceOption, ...]] = field(default_factory=dict)
    disaggregations: Mapping[str, Disaggregation] = field(default_factory=dict)
    crosswalk: tuple[CrosswalkMapping, ...] = ()
    """How values of the previous version map onto this one (read at import, not stored)."""
    portal: str = ""  # where HQ wants final files uploaded (an https address), or ""

    @property
    def languages(self) -> list[str]:
        """Languages that have at least one label, default language first."""
        found = {self.default_language}
        found.update(self.title)
        for indicator in self.indicators:
            found.update(lang for lang, text in indicator.label.items() if text)
        return sorted(found, key=lambda lang: (lang != self.default_language, lang))

    def area(self, code: str) -> WorkPlanArea:
        """The area with this code (KeyError if none)."""
        for area in self.areas:
            if area.code == code:
                return area
        raise KeyError(code)

    def indicator(self, code: str) -> IndicatorDefinition:
        """The indicator with this code (KeyError if none)."""
        found = self._indicators_by_code().get(code)
        if found is None:
            raise KeyError(code)
        return found

    def has_indicator(self, code: str) -> bool:
        """True if the template defines an indicator with this code."""
        return code in self._indicators_by_code()

    def _indicators_by_code(self) -> dict[str, IndicatorDefinition]:
        cache = self.__dict__.get("_by_code")
        if cache is None:
            cache = {indicator.code: indicator for indicator in self.indicators}
            object.__setattr__(self, "_by_code", cache)
        return cache

    def indicators_of(self, area_code: str) -> list[IndicatorDefinition]:
        """The indicators of an area, in order."""
        return list(self._indicators_by_area.get(area_code, ()))

    def cells_of(self, indicator: IndicatorDefinition) -> list[str]:
        """The value cells of an indicator: its total, then its disaggregation cells."""
        if not indicator.disaggregation:
            return [TOTAL_CELL]
        return list(self._cells_by_disaggregation[indicator.disaggregation])

    # Worked out once per template: an export asks for every area's indicators and every
    # indicator's cells several times (issue 21). Callers get fresh lists.
    @cached_property
    def _indicators_by_area(self) -> dict[str, tuple[IndicatorDefinition, ...]]:
        by_area: dict[str, list[IndicatorDefinition]] = {}
        for indicator in self.indicators:
            by_area.setdefault(indicator.area, []).append(indicator)
        return {area: tuple(indicators) for area, indicators in by_area.items()}

    @cached_property
    def _cells_by_disaggregation(self) -> dict[str, tuple[str, ...]]:
        return {
            code: (TOTAL_CELL, *disaggregation.cells())
            for code, disaggregation in self.disaggregations.items()
        }

    def choices_of(self, indicator: IndicatorDefinition) -> tuple[ChoiceOption, ...]:
        """The options a choice indicator offers (empty for other kinds)."""
        if not indicator.choice_list:
            return ()
        return self.choice_lists.get(indicator.choice_list, ())

    def cell_label(self, indicator: IndicatorDefinition, cell: str, language: str) -> str:
        """A readable label for a disaggregation cell, e.g. 'Women, Youth (15–24)'."""
        if cell == TOTAL_CELL or not indicator.disaggregation:
            return ""
        labels = []
        dimensions = {d.name: d for d in self.disaggregations[indicator.disaggregation].dimensions}
        for part in cell.split(";"):
            dim, _, value = part.partition("=")
            option = next((v for v in dimensions[dim].values if v.value == value), None)
            labels.append(
                pick_text(option.label, language, self.default_language) or value
                if option
                else value
            )
        return ", ".join(labels)
