"""``percent``: a share in percent (``12.5`` is 12.5 %); a typed ``%`` sign is allowed."""

from __future__ import annotations

from micdesk.core.kinds.number import NumberKind


class PercentKind(NumberKind):
    """A decimal read as percent points."""

    name = "percent"
    unreadable_key = "not_percent"
