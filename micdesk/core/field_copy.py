"""Records built from records whose fields are named alike.

A query goes from the review as read, to its store row, to the record the window shows,
keeping most fields by name at each step. Naming such a field once (here, by the
field's name) instead of ``name=source.name`` at each step keeps a new field from being
left behind at one of them.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any, TypeVar

_Record = TypeVar("_Record")


def same_named(source: object, *names: str) -> dict[str, Any]:
    """``source``'s attributes of these names, as keyword arguments for a record named alike."""
    return {name: getattr(source, name) for name in names}


def record_from(record: type[_Record], source: object, **given: Any) -> _Record:
    """A dataclass ``record`` whose fields not ``given`` are ``source``'s attributes of that name."""
    copied = [f.name for f in fields(record) if f.init and f.name not in given]  # type: ignore[arg-type]
    return record(**same_named(source, *copied), **given)
