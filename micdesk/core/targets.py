"""A country's baselines and targets per indicator (docs/design.md §2), kept across periods."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from micdesk.core.kinds import Kind
from micdesk.core.model import IndicatorTarget, columns
from micdesk.core.records import OpenSubmission, TargetState
from micdesk.core.store import Store
from micdesk.core.values import IndicatorValueType, coerce_value, decode_value, encode_value


def set_target(
    store: Store,
    submission: OpenSubmission,
    indicator_code: str,
    *,
    baseline: Any = None,
    baseline_period: str | None = None,
    target: Any = None,
    target_period: str | None = None,
) -> None:
    """Record a country's baseline and target for an indicator."""
    template = submission.template
    indicator = template.indicator(indicator_code)

    def encode(value: Any) -> str | None:
        if value is None:
            return None
        return encode_value(indicator.kind, coerce_value(template, indicator, value))

    with store.transaction() as session:
        row = session.scalar(
            select(IndicatorTarget).where(
                IndicatorTarget.country == submission.country,
                IndicatorTarget.template_id == template.template_id,
                IndicatorTarget.indicator_code == indicator_code,
            )
        ) or IndicatorTarget(
            country=submission.country,
            template_id=template.template_id,
            indicator_code=indicator_code,
        )
        row.baseline, row.target = encode(baseline), encode(target)
        row.baseline_period, row.target_period = baseline_period, target_period
        session.add(row)


def list_targets(store: Store, submission: OpenSubmission) -> dict[str, TargetState]:
    """Baselines and targets of the submission's country, keyed by indicator code."""
    template = submission.template
    with store.read() as session:
        target = columns(IndicatorTarget)
        rows = session.execute(
            select(IndicatorTarget.__table__).where(
                target.country == submission.country,
                target.template_id == template.template_id,
            )
        )
        result = {}
        for row in rows:
            if not template.has_indicator(row.indicator_code):
                continue
            kind = template.indicator(row.indicator_code).kind
            result[row.indicator_code] = TargetState(
                baseline=_decoded_or_text(kind, row.baseline),
                baseline_period=row.baseline_period,
                target=_decoded_or_text(kind, row.target),
                target_period=row.target_period,
            )
        return result


def _decoded_or_text(kind: Kind, text: str | None) -> IndicatorValueType | None:
    # A baseline typed under an older kind (e.g. 12.5 before the indicator became an
    # integer) is shown as it was written rather than lost or crashing the window.
    if text is None:
        return None
    try:
        return decode_value(kind, text)
    except (ValueError, ArithmeticError):
        return text
