"""Where the submission stands, always in view: draft or final, revision, changes, problems (§12).

Shown in the window's status bar and brought up to date after each edit and each
export. Counts read as words with Qt's plural forms in every language (``%Ln``: the
format locale's digits).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from micdesk.core.placeholders import fill
from micdesk.core.submission_status import ExportStanding, ProblemCounts, Stage
from micdesk.gui.field_look import set_style
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.numbers import format_datetime, format_integer

ERROR_COLOUR = "#b3261e"
SEPARATOR = "  ·  "


class SubmissionStatusLine(RetranslatedOnLanguageChange, QWidget):
    """One line: stage and revision, last export, changes since, open problems, the reason."""

    rewordRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submission-status")
        self.stage = QLabel()
        self.stage.setObjectName("submission-stage")
        bold = self.stage.font()
        bold.setBold(True)
        self.stage.setFont(bold)
        self.changes = QLabel()
        self.problems = QLabel()
        self.reason = QLabel()
        for label in (self.stage, self.changes, self.problems, self.reason):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.reword = QToolButton()
        self.reword.setAutoRaise(True)
        self.reword.clicked.connect(self.rewordRequested)
        self.reword.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.stage, self.changes, self.problems, self.reason, self.reword):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._standing: ExportStanding | None = None
        self._problems: ProblemCounts | None = None
        self._locale = QLocale()
        self.retranslate_ui()

    def show_status(
        self, standing: ExportStanding | None, problems: ProblemCounts | None, locale: QLocale
    ) -> None:
        """Show a submission's export standing and open problems."""
        self._standing, self._problems, self._locale = standing, problems, locale
        self.retranslate_ui()

    def text(self) -> str:
        """Everything the line says, as one string (for tests and accessibility)."""
        parts = [w.text() for w in (self.stage, self.changes, self.problems, self.reason)]
        return SEPARATOR.join(part for part in parts if part)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.reword.setText(self.tr("Reword…"))
        self.reword.setToolTip(self.tr("Reword the reason given for the changes since the export"))
        standing, problems = self._standing, self._problems
        if standing is None or problems is None:
            for label in (self.stage, self.changes, self.problems, self.reason):
                label.clear()
            self.reword.hide()
            return
        last = standing.last_export
        if last is None:
            self.stage.setText(self.tr("Not exported yet"))
            self.changes.clear()
        else:
            when = format_datetime(last.exported_at, self._locale)
            stage = (
                self.tr("Final r%1, exported %2")
                if standing.stage == Stage.FINAL
                else self.tr("Draft r%1, exported %2")
            )
            self.stage.setText(fill(stage, format_integer(last.revision, self._locale), when))
            count = standing.changed_since_export
            self.changes.setText(
                self.tr("%Ln change(s) since", "", count) if count else self.tr("no change since")
            )
        parts = []
        if problems.errors:
            parts.append(self.tr("%Ln error(s)", "", problems.errors))
        if problems.open_warnings:
            parts.append(self.tr("%Ln warning(s) to explain", "", problems.open_warnings))
        if problems.to_do:
            parts.append(self.tr("%Ln required value(s) to fill", "", problems.to_do))
        if not parts:
            parts.append(self.tr("nothing left to fix"))
        self.problems.setText(SEPARATOR.join(parts))
        set_style(self.problems, f"color: {ERROR_COLOUR};" if problems.errors else "")
        if standing.reason:
            self.reason.setText(fill(self.tr("Reason: “%1”"), standing.reason))
        else:
            self.reason.clear()
        self.reword.setVisible(bool(standing.reason))
        self.setAccessibleName(self.text())
