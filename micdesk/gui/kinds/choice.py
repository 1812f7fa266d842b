"""The drop-down field: one option of a list, or yes / no."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from micdesk.core.vocabulary import Notation
from micdesk.gui.kinds.base import ValueEditor


class ChoiceValueEditor(ValueEditor):
    """A combo box of the options (``Yes``/``No`` for a yes-no kind); committed when picked."""

    def build(self) -> QWidget:
        """Make the field."""
        self.combo = QComboBox()
        self.combo.setMinimumWidth(160)
        self.combo.activated.connect(self._picked)
        self._stored: Any = None
        return self.combo

    def options(self) -> list[tuple[str, Any]]:
        """(label, value) of each option, in the current language."""
        if not self.indicator.kind.needs_choices:
            return [
                (QCoreApplication.translate("IndicatorEditor", "Yes"), True),
                (QCoreApplication.translate("IndicatorEditor", "No"), False),
            ]
        return [
            (self.text_of(option.label) or option.value, option.value)
            for option in self.template.choices_of(self.indicator)
        ]

    def display(self, value: Any) -> str:
        """The option's label in the user's language."""
        if value is None:
            return "—"
        for label, option in self.options():
            if option == value or (
                isinstance(option, bool) and value == ("yes" if option else "no")
            ):
                return label
        return str(value)

    def retranslate(self, accessible_name: str, tool_tip: str) -> None:
        """Refill the options in the current language, keeping the one chosen."""
        super().retranslate(accessible_name, tool_tip)
        combo = self.combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("IndicatorEditor", "— not answered —"), None)
        for label, value in self.options():
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    def show(self, value: Any, notation: Notation | None) -> None:
        """Select the stored option."""
        self._stored = value
        index = self.combo.findData(value) if value is not None else 0
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.setEnabled(notation is None)

    def _picked(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value is None and self._stored is None:
            return
        self.committed.emit({"value": value})
