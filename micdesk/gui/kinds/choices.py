"""The check-box field: some options of a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from micdesk.core.vocabulary import Notation
from micdesk.gui.kinds.base import ValueEditor


class ChecksValueEditor(ValueEditor):
    """One check box per option; committed at each click."""

    def build(self) -> QWidget:
        """Make the field."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for option in self.template.choices_of(self.indicator):
            check = QCheckBox()
            check.setProperty("choice", option.value)
            check.clicked.connect(self._clicked)
            self.boxes.append(check)
            layout.addWidget(check)
        box.setFocusProxy(self.boxes[0] if self.boxes else None)
        return box

    def retranslate(self, accessible_name: str, tool_tip: str) -> None:
        """Label each box with its option in the current language."""
        labels = {o.value: self.text_of(o.label) for o in self.template.choices_of(self.indicator)}
        for check in self.boxes:
            value = check.property("choice")
            check.setText(labels.get(value) or value)

    def show(self, value: Any, notation: Notation | None) -> None:
        """Tick the stored options."""
        for check in self.boxes:
            check.setChecked(bool(value) and check.property("choice") in value)
            check.setEnabled(notation is None)

    def focus_widget(self) -> QCheckBox | None:
        """The first box, when it can take the focus."""
        return self.boxes[0] if self.boxes and self.boxes[0].isEnabled() else None

    def _clicked(self) -> None:
        chosen = tuple(c.property("choice") for c in self.boxes if c.isChecked())
        self.committed.emit({"value": chosen if chosen else None})
