"""Plain records of a submission as it stands, detached from the store.

The operations (``submissions``, ``targets``) return these; validation, the
formats and the window read them without reaching for the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from micdesk.core.review import ReviewReason
from micdesk.core.values import IndicatorValueType
from micdesk.core.vocabulary import TOTAL_CELL, Notation
from micdesk.core.workplan import WorkPlanTemplate


@dataclass(frozen=True)
class OpenSubmission:
    """A submission being worked on, with the template version it is filled against."""

    submission_id: int
    country: str
    period: str
    template: WorkPlanTemplate


@dataclass(frozen=True)
class ValueState:
    """One value cell as it stands, detached from the store."""

    indicator_code: str
    cell: str = TOTAL_CELL
    value: IndicatorValueType | None = None
    notation: Notation | None = None
    comment: str = ""
    source: str = ""
    follow_up: bool = False
    archived: bool = False
    needs_review: str = ""  # why it is flagged after a template update, in English
    updated_at: datetime | None = None
    review: ReviewReason | None = field(default=None, compare=False)  # the same, as key + params

    @property
    def is_filled(self) -> bool:
        """Counts as done: a value or a notation key (blank is not zero)."""
        return self.value is not None or self.notation is not None

    @property
    def key(self) -> tuple[str, str]:
        """(indicator code, cell)."""
        return self.indicator_code, self.cell


@dataclass(frozen=True)
class ChangeEntry:
    """One recorded change, for the history of a value or narrative."""

    attribute: str
    old: str | None
    new: str | None
    changed_at: datetime
    reason: str
    origin: str


@dataclass(frozen=True)
class Completeness:
    """How many value cells of an area are done."""

    done: int
    total: int

    @property
    def percent(self) -> float:
        """Share done, 0–100 (100 when there is nothing to fill)."""
        return 100.0 if self.total == 0 else 100.0 * self.done / self.total


def completeness(
    template: WorkPlanTemplate, values: dict[tuple[str, str], ValueState]
) -> dict[str, Completeness]:
    """Done and total value cells per area: a cell is done with a value or a notation key."""
    result = {}
    for area in template.areas:
        done = total = 0
        for indicator in template.indicators_of(area.code):
            for cell in template.cells_of(indicator):
                total += 1
                state = values.get((indicator.code, cell))
                done += bool(state and state.is_filled)
        result[area.code] = Completeness(done, total)
    return result


def overall_completeness(per_area: dict[str, Completeness]) -> Completeness:
    """The sum of the areas' completeness."""
    return Completeness(
        sum(c.done for c in per_area.values()), sum(c.total for c in per_area.values())
    )


@dataclass(frozen=True)
class TargetState:
    """A country's baseline and target for an indicator."""

    baseline: IndicatorValueType | None = None
    baseline_period: str | None = None
    target: IndicatorValueType | None = None
    target_period: str | None = None
