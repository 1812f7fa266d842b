"""What the load and import dialogs share: choose a workbook, check it, then apply it.

``WorkbookCheckDialog`` holds the file row with its Check button, the outcome line
and Close beside the apply button. ``BackgroundCheckDialog`` checks and applies in a
``BackgroundTask`` with a progress bar, says a failure in the outcome line and stops
the job when the dialog closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLayout, QProgressBar, QPushButton, QWidget

from micdesk.gui.background import BackgroundTask, Job
from micdesk.gui.dialog_layout import action_button, close_box, column
from micdesk.gui.dialogs.workbook_path import WorkbookPathRow
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.wrapped_label import WrappedLabel


class WorkbookCheckDialog(RetranslatedOnLanguageChange, QDialog):
    """A workbook to choose and ``check``, what it brings shown, then ``apply`` on request."""

    def __init__(
        self, check: Callable[[], None], apply: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.file_row = WorkbookPathRow(save=False)
        self.file_row.chosen.connect(lambda _path: check())
        self.path = self.file_row.path
        self.check_button = QPushButton()
        self.check_button.clicked.connect(check)
        self.file_row.add_button(self.check_button)
        self.outcome = WrappedLabel()  # it quotes the file and the core's messages
        self.buttons = close_box(self)
        self.apply_button = action_button(self.buttons, apply, enabled=False)

    def _lay_out(
        self, *middle: QWidget | QLayout, stretch: QWidget, above: tuple[QWidget, ...] = ()
    ) -> None:
        """The dialog top to bottom: ``above``, the file row, ``middle``, the outcome line and
        the buttons; ``stretch`` takes the spare height."""
        column(self, *above, self.file_row, *middle, self.outcome, self.buttons, stretch=stretch)


class BackgroundCheckDialog(WorkbookCheckDialog):
    """Checks and applies in a worker thread; the subclass says a failure in words."""

    failed = Signal(str)

    def __init__(
        self,
        check: Callable[[], None],
        apply: Callable[[], None],
        expected: tuple[type[BaseException], ...],
        parent: QWidget | None,
    ) -> None:
        super().__init__(check, apply, parent)
        self.result: object | None = None
        self.failure: Exception | None = None
        self.task = BackgroundTask(self, expected=expected)
        self.task.failed.connect(self._on_failed)
        self.heading = WrappedLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)

    def _lay_out(
        self, *middle: QWidget | QLayout, stretch: QWidget, above: tuple[QWidget, ...] = ()
    ) -> None:
        super()._lay_out(self.heading, *middle, self.progress, stretch=stretch, above=above)

    def reject(self) -> None:
        # A job still running is cancelled (at its next progress report) and waited for:
        # nothing goes on behind a closed dialog.
        self.task.stop()
        super().reject()

    def _start(self, job: Job, on_success: Callable[[Any], None]) -> None:
        """Run ``job`` in the worker thread, the dialog busy until it ends."""
        self.failure = None
        self.task.start(job, on_success=on_success)
        self._busy(True)

    def _ready(self) -> bool:
        """Whether what was checked may be applied now."""
        raise NotImplementedError

    def _busy(self, busy: bool) -> None:
        self.progress.setRange(0, 0 if busy else 1)
        self.check_button.setEnabled(not busy)
        self.file_row.browse.setEnabled(not busy)
        self.apply_button.setEnabled(not busy and self._ready())

    def _failure_message(self, error: Exception) -> str:
        raise NotImplementedError

    def _show_failure(self) -> None:
        """Say the last failure again (after a change of language)."""
        if self.failure is not None:
            self.outcome.setText(self._failure_message(self.failure))

    def _on_failed(self, error: Exception) -> None:
        self.failure = error
        message = self._failure_message(error)
        self.outcome.setText(message)
        self._busy(False)
        self.failed.emit(message)
