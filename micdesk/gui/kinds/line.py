"""The typed-text field: numbers in the user's locale, free text, or a notation key."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from micdesk.core.kinds import ValueRefused
from micdesk.core.placeholders import fill
from micdesk.core.values import parse_notation, parse_value_text
from micdesk.core.vocabulary import Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate
from micdesk.gui.kinds.base import ValueEditor, number_format_of
from micdesk.gui.messages import error_message
from micdesk.gui.numbers import format_number, parse_number

Changes = dict[str, Any]


def parse_typed(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, text: str, locale: QLocale
) -> tuple[Changes | None, str]:
    """The set_value changes text typed in a field means, or None and one line saying why not.

    The one reading of typed text in the window (the indicator's field and its
    breakdown cells): blank clears, a notation key stands for the value, anything
    else is the kind's to read in the user's locale.
    """
    text = text.strip()
    if not text:
        return {"value": None, "notation": None}, ""
    notation = parse_notation(text)
    if notation is not None:
        return {"notation": notation}, ""
    try:
        value = parse_value_text(template, indicator, text, number_format=number_format_of(locale))
    except ValueRefused as refused:
        return None, _refusal_line(refused, text, locale)
    return {"value": value}, ""


def _refusal_line(refused: ValueRefused, text: str, locale: QLocale) -> str:
    if refused.key == "not_a_number":
        example = format_number(Decimal("1234.5"), locale)
        return fill(
            QCoreApplication.translate(
                "IndicatorEditor", "“%1” is not a number. Type it like %2, or NA, NE or C."
            ),
            text,
            example,
        )
    if refused.key == "whole_number":
        return fill(
            QCoreApplication.translate("IndicatorEditor", "Enter a whole number, not %1."), text
        )
    return error_message(refused, locale)


def in_locale(indicator: IndicatorDefinition, text: str, old: QLocale, new: QLocale) -> str:
    """A number typed in one locale as it is written in another; other text unchanged."""
    if not indicator.kind.is_numeric or parse_notation(text.strip()) is not None:
        return text
    try:
        return format_number(parse_number(text, old), new)
    except ValueError:
        return text


class LineValueEditor(ValueEditor):
    """A line edit: committed on Enter, Tab or leaving it; numbers checked as they are typed.

    Text that cannot be read is not lost: ``kept`` hands it on (the window keeps it as an
    unsaved draft of the field), ``settled`` says there is nothing unsaved any more.
    """

    kept = Signal(str)
    settled = Signal()

    def build(self) -> QWidget:
        """Make the field."""
        self.line = QLineEdit()
        self.stretches = not self.indicator.kind.is_numeric
        self.shown_text = ""
        self.filled = False
        if self.indicator.kind.is_numeric:
            self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.line.setMinimumWidth(140)
            self.line.textEdited.connect(self.check_typing)
        self.line.editingFinished.connect(self.commit)
        return self.line

    def show(self, value: Any, notation: Notation | None) -> None:
        """Show the stored value as text (numbers in the user's locale)."""
        text = ""
        if value is not None:
            text = self.display(value) if self.indicator.kind.is_numeric else str(value)
        self.shown_text = text
        self.filled = value is not None or notation is not None
        self.line.setText(text)
        self.line.setEnabled(notation is None)
        self.problem.emit("")

    def uncommitted(self) -> str | None:
        """Text typed and not yet committed, or None."""
        text = self.line.text()
        return None if text == self.shown_text else text

    def parse(self, text: str) -> tuple[Changes | None, str]:
        """What the text means (see ``parse_typed``)."""
        return parse_typed(self.template, self.indicator, text, self.locale)

    def check_typing(self, text: str) -> None:
        """Say at once when the text typed so far cannot be read."""
        self.problem.emit(self.parse(text)[1])

    def commit(self) -> None:
        """Hand a changed, readable text on as changes; say why when it cannot be read."""
        text = self.line.text()
        if text == self.shown_text:
            self.settled.emit()  # typed back to what is saved
            return
        changes, problem = self.parse(text)
        if changes is None:
            self.problem.emit(problem)
            self.kept.emit(text)  # never dropped: kept (and listed) until corrected
            return
        self.settled.emit()
        if changes == {"value": None, "notation": None} and not self.filled:
            return
        self.shown_text = text
        self.committed.emit(changes)
