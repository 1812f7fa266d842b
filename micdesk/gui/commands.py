"""Every edit as one QUndoCommand per domain operation, each calling one core function.

The first application of an edit happens before its command is pushed, so that
the core's refusals (``ValueRefused``) and questions (``ReasonRequired``) reach
the user; the command's first ``redo`` is then a no-op. Undo writes through the
core with ``origin="undo"``, redo with ``origin="redo"``: both are recorded in
the change history like any edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from micdesk.core.machine_faults import MachineFault, first_line, machine_fault
from micdesk.core.placeholders import fill
from micdesk.core.records import ValueState
from micdesk.core.submissions import ReasonRequired
from micdesk.core.values import ValueRefused
from micdesk.core.vocabulary import NarrativeField
from micdesk.gui.messages import error_message, narrative_field_text
from micdesk.gui.numbers import locale_for_language
from micdesk.gui.session import SubmissionSession
from micdesk.gui.unsaved_texts import UnsavedTexts

translate = QCoreApplication.translate

ORIGIN_UNDO = "undo"
ORIGIN_REDO = "redo"


def restoring_changes(before: ValueState | None, attributes: set[str]) -> dict[str, Any]:
    """The set_value arguments that put a cell's attributes back as they were."""
    changes: dict[str, Any] = {}
    if attributes & {"value", "notation"}:
        if before is not None and before.value is not None:
            changes["value"] = before.value
        elif before is not None and before.notation is not None:
            changes["notation"] = before.notation
        else:
            changes["value"] = None
            changes["notation"] = None
    for attribute, empty in (("comment", ""), ("source", ""), ("follow_up", False)):
        if attribute in attributes:
            changes[attribute] = getattr(before, attribute) if before is not None else empty
    return changes


class SetValueCommand(QUndoCommand):
    """Change attributes of one value cell (``set_value``)."""

    def __init__(self, editor: Editing, code: str, cell: str, redo_changes, undo_changes, reason):
        super().__init__()
        self._editor, self.code, self.cell = editor, code, cell
        self._redo, self._undo, self._reason = redo_changes, undo_changes, reason
        self._already_applied = True
        label = editor.cell_title(code, cell)
        self.setText(fill(translate("commands", "change %1"), label))

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._editor.replay_value(self.code, self.cell, self._redo, self._reason, ORIGIN_REDO)

    def undo(self) -> None:
        self._editor.replay_value(self.code, self.cell, self._undo, self._reason, ORIGIN_UNDO)


class SetNarrativeCommand(QUndoCommand):
    """Change one narrative text (``set_narrative``)."""

    def __init__(self, editor: Editing, area: str, field: NarrativeField, old: str, new: str):
        super().__init__()
        self._editor, self.area, self.field = editor, area, field
        self._old, self._new = old, new
        self._already_applied = True
        self.setText(
            fill(
                translate("commands", "change the narrative “%1” of %2"),
                narrative_field_text(field.value),
                area,
            )
        )

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._editor.replay_narrative(self.area, self.field, self._new, ORIGIN_REDO)

    def undo(self) -> None:
        self._editor.replay_narrative(self.area, self.field, self._old, ORIGIN_UNDO)


AskReason = Callable[[str], str | None]
ReportError = Callable[[str], None]


class Editing(QObject):
    """The one path from a committed field to the core and the undo stack."""

    focusRequested = Signal(str, str)  # indicator code (or area code for narratives), cell/field

    def __init__(
        self,
        session: SubmissionSession,
        stack: QUndoStack,
        ask_reason: AskReason,
        report_error: ReportError,
        parent: QObject | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent)
        self.session, self.stack = session, stack
        self._ask_reason, self._report_error = ask_reason, report_error
        self._language = language
        self.unsaved: UnsavedTexts | None = None  # set by the window: texts that are not numbers
        session.saveFailed.connect(self._on_save_failed)

    def _on_save_failed(self, code: str, cell: str, failure: BaseException) -> None:
        self._report_error(
            fill(
                self.tr(
                    "Your change to %1 was not saved: %2. The form shows what is stored; "
                    "type the change again once the disk is ready."
                ),
                self.cell_title(code, cell),
                self._machine_fault_text(failure),
            )
        )

    def _machine_fault_text(self, failure: BaseException) -> str:
        """Why the machine refused a commit, in the user's words where it is a known fault."""
        fault = machine_fault(failure)
        if fault is MachineFault.FULL:
            return self.tr("the disk is full")
        if fault is MachineFault.READ_ONLY:
            return self.tr("the data folder cannot be written to")
        if fault is MachineFault.DISK_ERROR:
            return self.tr("the disk reported an error")
        return fill(self.tr("the disk refused it (%1)"), first_line(failure))  # SQLite's words

    def message(self, error: Exception) -> str:
        """A core refusal or question in the window's language."""
        return error_message(error, locale_for_language(self._language()))

    def cell_title(self, code: str, cell: str) -> str:
        """An indicator code with its cell's label in the window's language ('TEC-2 [Women]')."""
        template = self.session.template
        label = cell
        if cell and template.has_indicator(code):
            indicator = template.indicator(code)
            if cell in template.cells_of(indicator):
                label = template.cell_label(indicator, cell, self._language()) or cell
        return code if not cell else f"{code} [{label}]"

    def edit_value(self, code: str, cell: str = "", **changes: Any) -> bool:
        """Commit a user's change to a value cell; True when it was saved."""
        before = self.session.state(code, cell)
        reason = ""
        while True:
            try:
                after = self.session.write_value(code, cell, changes, reason=reason)
                break
            except ReasonRequired as question:
                reason = (self._ask_reason(self.message(question)) or "").strip()
                if not reason:
                    self.session.valueChanged.emit(code, cell)  # editors show the stored value
                    return False
            except ValueRefused as refusal:
                self._report_error(self.message(refusal))
                self.session.valueChanged.emit(code, cell)
                return False
        if _same(before, after, set(changes)):
            return True
        undo_changes = restoring_changes(before, set(changes))
        self.stack.push(SetValueCommand(self, code, cell, changes, undo_changes, reason))
        return True

    def edit_narrative(self, area: str, field: NarrativeField, text: str) -> bool:
        """Commit a narrative text; True when it was saved."""
        old = self.session.narrative(area, field)
        if old == text:
            return True
        try:
            self.session.write_narrative(area, field, text)
        except ValueRefused as refusal:
            self._report_error(self.message(refusal))
            return False
        self.stack.push(SetNarrativeCommand(self, area, field, old, text))
        return True

    def replay_value(self, code: str, cell: str, changes, reason: str, origin: str) -> None:
        """Apply a recorded change again (undo or redo)."""
        try:
            self.session.write_value(code, cell, changes, reason=reason, origin=origin)
        except ValueRefused as refusal:
            self._report_error(self.message(refusal))
        self.focusRequested.emit(code, cell)

    def replay_narrative(self, area: str, field: NarrativeField, text: str, origin: str) -> None:
        """Put a narrative text back (undo or redo)."""
        try:
            self.session.write_narrative(area, field, text, origin=origin)
        except ValueRefused as refusal:
            self._report_error(self.message(refusal))
        self.focusRequested.emit(area, field.value)


def _same(before: ValueState | None, after: ValueState, attributes: set[str]) -> bool:
    if before is None:
        before = ValueState(after.indicator_code, after.cell)
    return all(getattr(before, a) == getattr(after, a) for a in attributes)
