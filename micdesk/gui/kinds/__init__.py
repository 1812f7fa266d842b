"""The window's editor of each indicator kind (the core's side is ``micdesk.core.kinds``).

``value_editor(...)`` builds the value field of an indicator: the editor registered
for its kind's name, else the one its ``Kind.editor`` names (a typed line, a
drop-down, check boxes). A new kind that reads typed text needs nothing here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject

from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate
from micdesk.gui.kinds.base import ValueEditor, number_format_of
from micdesk.gui.kinds.choice import ChoiceValueEditor
from micdesk.gui.kinds.choices import ChecksValueEditor
from micdesk.gui.kinds.line import LineValueEditor, parse_typed

__all__ = [
    "ChecksValueEditor",
    "ChoiceValueEditor",
    "LineValueEditor",
    "ValueEditor",
    "number_format_of",
    "parse_typed",
    "register_editor",
    "value_editor",
]

EditorFactory = Callable[
    [WorkPlanTemplate, IndicatorDefinition, str, QLocale, QObject | None], ValueEditor
]

_BY_EDITOR: dict[str, EditorFactory] = {
    "line": LineValueEditor,
    "choice": ChoiceValueEditor,
    "choices": ChecksValueEditor,
}
_BY_KIND: dict[str, EditorFactory] = {}


def register_editor(kind_name: str, factory: EditorFactory | None) -> None:
    """Use ``factory`` for the value field of a kind (None: back to its ``Kind.editor``)."""
    if factory is None:
        _BY_KIND.pop(kind_name, None)
    else:
        _BY_KIND[kind_name] = factory


def value_editor(
    template: WorkPlanTemplate,
    indicator: IndicatorDefinition,
    language: str,
    locale: QLocale,
    parent: QObject | None = None,
) -> ValueEditor:
    """The value field of an indicator, as its kind wants it."""
    kind = indicator.kind
    factory = _BY_KIND.get(kind.name) or _BY_EDITOR[kind.editor]
    return factory(template, indicator, language, locale, parent)
