"""The totals a row's trend charts draw: each numeric indicator's, in every period of a country."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import select

from micdesk.core.model import IndicatorValue, Submission, columns
from micdesk.core.periods import period_sort_key
from micdesk.core.records import OpenSubmission
from micdesk.core.store import Store
from micdesk.core.values import decode_value
from micdesk.core.vocabulary import TOTAL_CELL


def numeric_totals(
    store: Store, submission: OpenSubmission, codes: Collection[str] | None = None
) -> dict[str, list[tuple[str, Decimal | None]]]:
    """Each numeric indicator's total in every period of the country, oldest first.

    One query for all periods, without building a value object per cell: the trend
    charts need only these numbers, and a country may have many periods (§11).
    ``codes`` limits it to those indicators (the window reads one row's at a time).
    """
    template = submission.template
    kinds = {i.code: i.kind for i in template.indicators if i.kind.is_numeric}
    if codes is not None:
        kinds = {code: kind for code, kind in kinds.items() if code in codes}
    parent, cell = columns(Submission), columns(IndicatorValue)
    same_country = (
        parent.country == submission.country,
        parent.template_id == template.template_id,
    )
    with store.read() as session:
        periods = set(session.scalars(select(parent.period).where(*same_country)))
        # On the connection: plain rows without the ORM's result processing (thousands).
        rows = (
            session.connection()
            .execute(
                select(parent.period, cell.indicator_code, cell.value)
                .join(Submission.__table__, cell.submission_fk == parent.id)
                .where(
                    *same_country,
                    cell.cell == TOTAL_CELL,
                    cell.archived.is_(False),
                    cell.value.is_not(None),
                    *(() if codes is None else (cell.indicator_code.in_(list(kinds)),)),
                )
            )
            .all()
        )
    periods.add(submission.period)
    numbers: dict[tuple[str, str], Decimal] = {}
    for period, code, text in rows:
        kind = kinds.get(code)
        if kind is None:
            continue
        try:
            numbers[(period, code)] = Decimal(decode_value(kind, text))
        except (ValueError, ArithmeticError):
            continue  # kept from an older rule: no number to draw (as in list_values)
    ordered = sorted(periods, key=period_sort_key)
    return {code: [(p, numbers.get((p, code))) for p in ordered] for code in kinds}
