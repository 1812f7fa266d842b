"""``text``: free text (a name, a short answer)."""

from __future__ import annotations

from micdesk.core.kinds.base import Kind


class TextKind(Kind):
    """Free text, stored as typed."""

    name = "text"
