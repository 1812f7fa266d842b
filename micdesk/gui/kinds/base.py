"""The window's side of a kind: the field a value is typed or picked in.

A ``ValueEditor`` owns one widget (``widget``) for the value of one indicator cell. It
shows a stored value (``show``), says how a value reads (``display``), and emits
``committed`` with the ``set_value`` changes a user's input means, or ``problem`` with
one line saying why the input cannot be read. It knows nothing of the rest of the
form, so the indicator editor, a table row or a detail pane can all hold one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QWidget

from micdesk.core.vocabulary import Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate, pick_text
from micdesk.gui.numbers import number_format_of
from micdesk.gui.plain_text import plain_tooltip


class ValueEditor(QObject):
    """The value field of one indicator (the total); subclasses build ``widget``."""

    committed = Signal(dict)  # the set_value changes the input means
    problem = Signal(str)  # why the input cannot be read ('' when it can)
    stretches = False  # True when the field takes the row's spare width

    def __init__(
        self,
        template: WorkPlanTemplate,
        indicator: IndicatorDefinition,
        language: str,
        locale: QLocale,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.template, self.indicator = template, indicator
        self.language, self.locale = language, locale
        self.widget: QWidget = self.build()

    def build(self) -> QWidget:
        """Make the field (called once, by the constructor)."""
        return QWidget()

    def text_of(self, texts: Any) -> str:
        """A template text in the current language."""
        return pick_text(texts, self.language, self.template.default_language)

    def display(self, value: Any) -> str:
        """A value as the user reads it (numbers in their locale, labels for options)."""
        if value is None:
            return "—"
        labels = {o.value: self.text_of(o.label) for o in self.template.choices_of(self.indicator)}
        return self.indicator.kind.format(value, number_format_of(self.locale), labels)

    def show(self, value: Any, notation: Notation | None) -> None:
        """Show a stored value; the field is disabled while a notation key stands instead."""
        self.widget.setEnabled(notation is None)

    def set_locale(self, language: str, locale: QLocale) -> None:
        """Read and show in another language and number format."""
        self.language, self.locale = language, locale

    def retranslate(self, accessible_name: str, tool_tip: str) -> None:
        """Set the field's texts in the current language."""
        self.widget.setAccessibleName(accessible_name)
        self.widget.setToolTip(plain_tooltip(tool_tip))  # the template's label: plain text

    def focus_widget(self) -> QWidget | None:
        """The widget that takes the focus, or None when it cannot now."""
        return self.widget if self.widget.isEnabled() else None

    def uncommitted(self) -> str | None:
        """Text typed and not yet committed, or None."""
        return None
