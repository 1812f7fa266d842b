"""The indicator kinds: one module each, behind the ``Kind`` protocol (``base``).

``kind_of(name)`` is how every layer gets from a template's word to its kind.
A new kind is a ``Kind`` subclass passed to ``register``; the window builds its
editor from ``Kind.editor`` unless ``micdesk.gui.kinds`` has one registered.
"""

from __future__ import annotations

from micdesk.core.kinds.base import IndicatorValueType, Kind, ValueRefused, canonical_decimal
from micdesk.core.kinds.choice import ChoiceKind
from micdesk.core.kinds.decimals import DecimalKind
from micdesk.core.kinds.integer import IntegerKind
from micdesk.core.kinds.multi_choice import MultiChoiceKind
from micdesk.core.kinds.number_text import PLAIN, NumberFormat
from micdesk.core.kinds.percent import PercentKind
from micdesk.core.kinds.text import TextKind
from micdesk.core.kinds.yes_no import NO, YES, YesNoKind, yes_no

__all__ = [
    "NO",
    "PLAIN",
    "YES",
    "IndicatorValueType",
    "Kind",
    "NumberFormat",
    "UnknownKind",
    "ValueRefused",
    "canonical_decimal",
    "kind_names",
    "kind_of",
    "register",
    "unregister",
    "yes_no",
]

_KINDS: dict[str, Kind] = {}


class UnknownKind(ValueError):
    """No kind of that name is registered."""


def register(kind: Kind) -> Kind:
    """Make a kind known by its name to templates, the store, the formats and the window."""
    if not kind.name:
        raise ValueError("a kind needs a name")
    _KINDS[kind.name] = kind
    return kind


def unregister(name: str) -> None:
    """Forget a kind registered by ``register`` (tests add toy kinds)."""
    _KINDS.pop(name, None)


def kind_of(name: object) -> Kind:
    """The kind of a name (an ``IndicatorKind``, a ``Kind``, or the template's word)."""
    if isinstance(name, Kind):
        return name
    try:
        return _KINDS[str(name)]
    except KeyError:
        raise UnknownKind(f"unknown kind '{name}'") from None


def kind_names() -> tuple[str, ...]:
    """Every registered kind's name, built-in ones first."""
    return tuple(_KINDS)


for _kind in (
    IntegerKind(),
    DecimalKind(),
    PercentKind(),
    TextKind(),
    ChoiceKind(),
    MultiChoiceKind(),
    YesNoKind(),
):
    register(_kind)
