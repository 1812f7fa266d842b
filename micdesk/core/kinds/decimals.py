"""``decimal``: a number with a fraction (an amount, a ratio), kept exactly."""

from __future__ import annotations

from micdesk.core.kinds.number import NumberKind


class DecimalKind(NumberKind):
    """Exact decimal numbers."""

    name = "decimal"
    unreadable_key = "not_number"
