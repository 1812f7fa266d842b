"""The difference between two versions of a template (docs/design.md §3), as plain data.

``template_update`` shows it before an import and applies it; nothing here reads
or writes the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from micdesk.core.kinds import Kind, yes_no
from micdesk.core.workplan import (
    AREA_TEXT_COLUMNS,
    ChoiceOption,
    IndicatorDefinition,
    Translations,
    WorkPlanTemplate,
)


@dataclass(frozen=True)
class TextChange:
    """Texts of an area or indicator that changed, and in which languages."""

    code: str
    field: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class AttributeChange:
    """One attribute of an indicator (or of the template) that changed."""

    code: str
    attribute: str
    old: str
    new: str


@dataclass(frozen=True)
class Replacement:
    """An indicator superseded by a new one (``replaces``): its values move to the new code."""

    old_code: str
    new_code: str


@dataclass(frozen=True)
class ListChange:
    """A choice list or disaggregation whose options (or cells) changed."""

    name: str
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    relabelled: tuple[str, ...] = ()


@dataclass(frozen=True)
class TemplateDiff:
    """What a new template version changes compared with the installed one."""

    template_id: str
    old_version: int | None
    new_version: int
    template_changed: tuple[AttributeChange, ...] = ()
    areas_added: tuple[str, ...] = ()
    areas_removed: tuple[str, ...] = ()
    areas_relabelled: tuple[TextChange, ...] = ()
    indicators_added: tuple[str, ...] = ()
    indicators_removed: tuple[str, ...] = ()
    indicators_replaced: tuple[Replacement, ...] = ()
    indicators_relabelled: tuple[TextChange, ...] = ()
    indicators_changed: tuple[AttributeChange, ...] = ()
    choice_lists_changed: tuple[ListChange, ...] = ()
    disaggregations_changed: tuple[ListChange, ...] = ()

    @property
    def is_new_template(self) -> bool:
        """True when no version of this template id is installed yet."""
        return self.old_version is None

    @property
    def is_empty(self) -> bool:
        """True when the new version changes nothing but its number."""
        return not any(
            (
                self.template_changed,
                self.areas_added,
                self.areas_removed,
                self.areas_relabelled,
                self.indicators_added,
                self.indicators_removed,
                self.indicators_replaced,
                self.indicators_relabelled,
                self.indicators_changed,
                self.choice_lists_changed,
                self.disaggregations_changed,
            )
        )

    @property
    def renames(self) -> dict[str, str]:
        """Old indicator code → new code, for the values that move."""
        return {r.old_code: r.new_code for r in self.indicators_replaced}

    def lines(self) -> list[str]:
        """The changes as readable English lines, for the command line."""
        if self.old_version is None:
            return [
                f"New template '{self.template_id}' version {self.new_version}: "
                f"{len(self.areas_added)} areas, {len(self.indicators_added)} indicators "
                "(installed beside the current template)"
            ]
        lines = [f"Template '{self.template_id}': version {self.old_version} → {self.new_version}"]
        if self.is_empty:
            return [*lines, "  no changes to areas, indicators or lists"]
        lines += [
            f"  {c.attribute} changed: {c.old or '(none)'} → {c.new or '(none)'}"
            for c in self.template_changed
        ]
        lines += [f"  area added: {code}" for code in self.areas_added]
        lines += [f"  area removed: {code}" for code in self.areas_removed]
        lines += [f"  area {t.code}: {_text_change(t)}" for t in self.areas_relabelled]
        lines += [f"  indicator added: {code}" for code in self.indicators_added]
        lines += [
            f"  indicator removed: {code} (its values are archived, not deleted)"
            for code in self.indicators_removed
        ]
        lines += [
            f"  indicator {r.old_code} replaced by {r.new_code} (its values move to {r.new_code})"
            for r in self.indicators_replaced
        ]
        lines += [f"  indicator {t.code}: {_text_change(t)}" for t in self.indicators_relabelled]
        lines += [
            f"  indicator {c.code}: {c.attribute} {c.old or '(none)'} → {c.new or '(none)'}"
            for c in self.indicators_changed
        ]
        lines += [f"  choice list {c.name}: {_list_change(c)}" for c in self.choice_lists_changed]
        lines += [
            f"  disaggregation {c.name}: {_list_change(c, cells=True)}"
            for c in self.disaggregations_changed
        ]
        return lines


def _text_change(change: TextChange) -> str:
    return f"{change.field} changed ({', '.join(change.languages)})"


def _list_change(change: ListChange, *, cells: bool = False) -> str:
    what = "cells" if cells else "options"
    parts = []
    if change.added:
        parts.append(f"{what} added {', '.join(change.added)}")
    if change.removed:
        parts.append(f"{what} removed {', '.join(change.removed)}")
    if change.relabelled:
        parts.append(f"relabelled {', '.join(change.relabelled)}")
    return "; ".join(parts)


def _changed_languages(old: Translations, new: Translations) -> tuple[str, ...]:
    languages = set(old) | set(new)
    return tuple(sorted(lang for lang in languages if old.get(lang, "") != new.get(lang, "")))


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, Kind):
        return value.value
    return str(value)


INDICATOR_ATTRIBUTES = (
    ("area", "area"),
    ("kind", "kind"),
    ("unit", "unit"),
    ("min", "min_value"),
    ("max", "max_value"),
    ("required", "required"),
    ("cumulative", "cumulative"),
    ("disaggregation", "disaggregation"),
    ("choices", "choice_list"),
)


def _indicator_changes(
    old: IndicatorDefinition, new: IndicatorDefinition
) -> tuple[list[TextChange], list[AttributeChange]]:
    texts = []
    for column in ("label", "hint"):
        languages = _changed_languages(getattr(old, column), getattr(new, column))
        if languages:
            texts.append(TextChange(new.code, column, languages))
    attributes = []
    for name, attribute in INDICATOR_ATTRIBUTES:
        before, after = getattr(old, attribute), getattr(new, attribute)
        if before != after:
            attributes.append(AttributeChange(new.code, name, _shown(before), _shown(after)))
    return texts, attributes


def _options_change(
    name: str, old: Iterable[ChoiceOption], new: Iterable[ChoiceOption]
) -> ListChange | None:
    before = {option.value: option for option in old}
    after = {option.value: option for option in new}
    change = ListChange(
        name=name,
        added=tuple(value for value in after if value not in before),
        removed=tuple(value for value in before if value not in after),
        relabelled=tuple(
            value
            for value in after
            if value in before and dict(before[value].label) != dict(after[value].label)
        ),
    )
    return change if change.added or change.removed or change.relabelled else None


def diff_templates(old: WorkPlanTemplate | None, new: WorkPlanTemplate) -> TemplateDiff:
    """Compare two versions of a template (``old`` None: a template not installed yet)."""
    if old is None:
        return TemplateDiff(
            template_id=new.template_id,
            old_version=None,
            new_version=new.version,
            areas_added=tuple(area.code for area in new.areas),
            indicators_added=tuple(indicator.code for indicator in new.indicators),
        )
    template_changed = [
        AttributeChange(new.template_id, name, _shown(before), _shown(after))
        for name, before, after in (
            ("default language", old.default_language, new.default_language),
            ("periodicity", old.periodicity.value, new.periodicity.value),
            ("portal", old.portal, new.portal),
        )
        if before != after
    ]
    template_changed += [
        AttributeChange(
            new.template_id,
            f"title::{language}",
            old.title.get(language, ""),
            new.title.get(language, ""),
        )
        for language in _changed_languages(old.title, new.title)
    ]

    old_areas = {area.code: area for area in old.areas}
    new_areas = {area.code: area for area in new.areas}
    areas_relabelled = []
    for code, area in new_areas.items():
        if code not in old_areas:
            continue
        for column in AREA_TEXT_COLUMNS:
            languages = _changed_languages(getattr(old_areas[code], column), getattr(area, column))
            if languages:
                areas_relabelled.append(TextChange(code, column, languages))

    replacements = []
    relabelled: list[TextChange] = []
    changed: list[AttributeChange] = []
    for indicator in new.indicators:
        previous = None
        if old.has_indicator(indicator.code):
            previous = old.indicator(indicator.code)
        elif indicator.replaces and old.has_indicator(indicator.replaces):
            previous = old.indicator(indicator.replaces)
            replacements.append(Replacement(indicator.replaces, indicator.code))
        if previous is not None:
            texts, attributes = _indicator_changes(previous, indicator)
            relabelled += texts
            changed += attributes
    moved = {r.old_code for r in replacements} | {r.new_code for r in replacements}

    choice_changes = [
        change
        for name, options in new.choice_lists.items()
        if name in old.choice_lists
        and (change := _options_change(name, old.choice_lists[name], options))
    ]
    disaggregation_changes = []
    for name, disaggregation in new.disaggregations.items():
        if name not in old.disaggregations:
            continue
        before, after = old.disaggregations[name].cells(), disaggregation.cells()
        if before != after:
            disaggregation_changes.append(
                ListChange(
                    name=name,
                    added=tuple(cell for cell in after if cell not in before),
                    removed=tuple(cell for cell in before if cell not in after),
                )
            )
    return TemplateDiff(
        template_id=new.template_id,
        old_version=old.version,
        new_version=new.version,
        template_changed=tuple(template_changed),
        areas_added=tuple(code for code in new_areas if code not in old_areas),
        areas_removed=tuple(code for code in old_areas if code not in new_areas),
        areas_relabelled=tuple(areas_relabelled),
        indicators_added=tuple(
            i.code for i in new.indicators if not old.has_indicator(i.code) and i.code not in moved
        ),
        indicators_removed=tuple(
            i.code for i in old.indicators if not new.has_indicator(i.code) and i.code not in moved
        ),
        indicators_replaced=tuple(replacements),
        indicators_relabelled=tuple(relabelled),
        indicators_changed=tuple(changed),
        choice_lists_changed=tuple(choice_changes),
        disaggregations_changed=tuple(disaggregation_changes),
    )
