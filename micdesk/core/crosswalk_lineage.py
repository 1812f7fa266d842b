"""Where carried values came from: the preview's lines, the lineage the export and window show.

A value a template's crosswalk carried keeps its lineage in its change record (origin
``crosswalk``, reason "template 'id' version N: <arithmetic> (crosswalk row R)"); these
read it back for the export's ``derived_from`` column and for the previous period and
trend chart beside a field.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from micdesk.core.crosswalk_plan import CROSSWALK_ORIGIN, CarriedValue, CrosswalkPlan
from micdesk.core.model import ChangeRecord, Submission, columns
from micdesk.core.records import OpenSubmission
from micdesk.core.review import review_text
from micdesk.core.store import Store
from micdesk.core.vocabulary import TOTAL_CELL

# Showing ---------------------------------------------------------------------------


def submission_labels(session: Session, ids: Iterable[int]) -> dict[int, str]:
    """'KEN 2025' for each submission id: how the preview names a country and period."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = session.execute(
        select(Submission.id, Submission.country, Submission.period).where(
            Submission.id.in_(wanted)
        )
    )
    return {row.id: f"{row.country} {row.period}" for row in rows}


def plan_lines(plan: CrosswalkPlan, labels: dict[int, str]) -> list[str]:
    """Every value the crosswalk carries, per country and period, with old and new figures."""
    if not plan.carried:
        return []
    actions = defaultdict(int)
    for item in plan.carried:
        actions[item.action] += 1
    summary = ", ".join(f"{count} {action}" for action, count in sorted(actions.items()))
    lines = [
        f"Crosswalk: {len(plan.carried)} values carried ({summary}); "
        f"{len(plan.archived)} sources archived"
    ]
    by_submission: dict[int, list[CarriedValue]] = defaultdict(list)
    for item in plan.carried:
        by_submission[item.submission_id].append(item)
    for submission in sorted(by_submission, key=lambda s: labels.get(s, str(s))):
        lines.append(f"  {labels.get(submission, str(submission))}:")
        for item in by_submission[submission]:
            line = f"    {item.action}: {item.lineage}"
            if item.needs_review:
                line += f" — to review: {review_text(item.needs_review)}"
            lines.append(line)
    return lines


def value_lineage(store: Store, submission_id: int) -> dict[tuple[str, str], str]:
    """The lineage of each value a crosswalk carried and nobody has changed since, by (code, cell)."""
    with store.read() as session:
        carried = session.scalar(
            select(ChangeRecord.id)
            .where(
                ChangeRecord.submission_fk == submission_id,
                ChangeRecord.origin == CROSSWALK_ORIGIN,
            )
            .limit(1)
        )
        if carried is None:  # no crosswalk ever carried a value here: no history to walk
            return {}
        rows = session.execute(
            select(
                ChangeRecord.indicator_code,
                ChangeRecord.cell,
                ChangeRecord.origin,
                ChangeRecord.reason,
            )
            .where(
                ChangeRecord.submission_fk == submission_id,
                ChangeRecord.attribute.in_(("value", "notation")),
            )
            .order_by(ChangeRecord.id)
        )
        latest = {(row.indicator_code, row.cell): row for row in rows}
    # The reason reads "template 'id' version N: <lineage>"; codes hold no ': '.
    return {
        key: row.reason.partition(": ")[2]
        for key, row in latest.items()
        if row.origin == CROSSWALK_ORIGIN
    }


def converted_totals(store: Store, submission: OpenSubmission) -> dict[str, dict[str, str]]:
    """Per indicator, the periods of this country whose total a crosswalk carried: period → lineage.

    What the previous period beside a field and the trend chart mark as converted to the
    current definition; a total changed by hand since is no longer converted.
    """
    parent, change = columns(Submission), columns(ChangeRecord)
    same_country = (
        parent.country == submission.country,
        parent.template_id == submission.template.template_id,
    )
    with store.read() as session:
        carried = session.scalar(  # (plain columns: start-up asks, issue 21)
            select(change.id)
            .join(Submission.__table__, change.submission_fk == parent.id)
            .where(*same_country, change.origin == CROSSWALK_ORIGIN)
            .limit(1)
        )
        if carried is None:  # the usual case: no crosswalk ever carried this country's values
            return {}
        rows = session.execute(
            select(
                Submission.period,
                ChangeRecord.indicator_code,
                ChangeRecord.origin,
                ChangeRecord.reason,
            )
            .join(Submission, ChangeRecord.submission_fk == Submission.id)
            .where(
                *same_country,
                ChangeRecord.cell == TOTAL_CELL,
                ChangeRecord.attribute.in_(("value", "notation")),
            )
            .order_by(ChangeRecord.id)
        )
        latest = {(row.period, row.indicator_code): row for row in rows}
    converted: dict[str, dict[str, str]] = defaultdict(dict)
    for (period, code), row in latest.items():
        if row.origin == CROSSWALK_ORIGIN:
            converted[code][period] = row.reason.partition(": ")[2]
    return dict(converted)
