"""Export: draft or final, the file, errors and warnings to comment, then the next step (§4, §12).

The file is named after what it holds (``KEN-2025-final-r3.xlsx``) in a remembered
folder (Documents at first), so a draft and a final are never confused or written
over without asking. After a final export the dialog says what to do with the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QRadioButton,
    QTableView,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.store import Store
from micdesk.core.submission_export import ExportRefused, ExportResult, export_submission
from micdesk.core.submission_status import count_problems, export_file_name, next_revision
from micdesk.core.validation import Finding, Severity, errors, unexplained_warnings
from micdesk.gui import settings as keys
from micdesk.gui.background import BackgroundTask, unexpected_text
from micdesk.gui.commands import Editing
from micdesk.gui.dialog_layout import action_button, close_box, column
from micdesk.gui.dialogs.workbook_path import WorkbookPathRow
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.messages import finding_message
from micdesk.gui.numbers import format_integer
from micdesk.gui.plain_text import plain
from micdesk.gui.session import SubmissionSession
from micdesk.gui.settings import Settings
from micdesk.gui.submission_pdf import window_paper, write_submission_pdf

Index = QModelIndex | QPersistentModelIndex
ConfirmOverwrite = Callable[[Path], bool]


def default_export_folder(settings: Settings) -> Path:
    """The folder of the last export, else Documents, else the home folder."""
    remembered = settings.get(keys.LAST_EXPORT_DIR)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def left_to_right(text: str) -> str:
    """A path or address isolated as left-to-right text, so that Arabic keeps its slashes."""
    return f"\u2066{text}\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE


class ExportFindingsModel(QAbstractTableModel):
    """The submission's findings, with the comment of each value editable (through Editing)."""

    COLUMNS = ("problem", "comment")

    def __init__(self, session: SubmissionSession, editing: Editing, locale: QLocale, parent=None):
        super().__init__(parent)
        self._session, self._editing, self._locale = session, editing, locale
        self._findings: list[Finding] = []
        session.findingsChanged.connect(self.refresh)
        session.valueChanged.connect(self.refresh)  # comments and completeness
        self.refresh()

    def refresh(self) -> None:
        """Take the session's current findings, errors first."""
        self.beginResetModel()
        self._findings = sorted(self._session.findings, key=lambda f: f.severity != Severity.ERROR)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        if self.COLUMNS[index.column()] == "problem":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                sentence = (
                    self.tr("Error in %1: %2")
                    if finding.severity == Severity.ERROR
                    else self.tr("Warning in %1: %2")
                )
                where = finding.indicator_code + (f" [{finding.cell}]" if finding.cell else "")
                return fill(sentence, where, finding_message(finding, self._locale))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            state = self._session.state(finding.indicator_code, finding.cell)
            return state.comment if state else ""
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr("Problem") if section == 0 else self.tr("Comment (explains a warning)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.COLUMNS[index.column()] == "comment":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.COLUMNS[index.column()] != "comment":
            return False
        finding = self._findings[index.row()]
        return self._editing.edit_value(finding.indicator_code, finding.cell, comment=str(value))


class ExportDialog(RetranslatedOnLanguageChange, QDialog):
    """Writes the submission workbook in a worker thread, then offers to show it."""

    exported = Signal(object)  # ExportResult
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        session: SubmissionSession,
        editing: Editing,
        settings: Settings,
        locale: QLocale,
        language: str,
        parent: QWidget | None = None,
        *,
        confirm_overwrite: ConfirmOverwrite | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.session, self.settings = store, session, settings
        self._language, self._locale = language, locale
        self.confirm_overwrite = confirm_overwrite or self._ask_overwrite
        self.confirm_answer_later = self._ask_answer_later
        self.result: ExportResult | None = None
        self.task = BackgroundTask(self, expected=(ExportRefused, OSError))
        self.task.failed.connect(self._on_failed)
        self.task.progress.connect(self._on_progress)
        self.pdf_path: Path | None = None
        self._folder = default_export_folder(settings)
        self._revision = next_revision(store, session.submission)
        self._confirmed: Path | None = None  # the save dialog asked about replacing it

        # The name follows draft/final while it is the one the dialog proposed.
        self._proposed = str(self._default_path(final=False))
        self.file_row = WorkbookPathRow(save=True, path=self._proposed)
        self.path = self.file_row.path
        self.file_row.chosen.connect(self._on_path_chosen)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings_model = ExportFindingsModel(session, editing, locale, self)
        self.findings = QTableView()
        self.findings.setModel(self.findings_model)
        self.findings.setWordWrap(True)
        self.findings.verticalHeader().hide()
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        self.draft = QRadioButton()
        self.final = QRadioButton()
        self.draft.setChecked(True)
        self.final_blocked = QLabel()
        self.final_blocked.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        plain(self.outcome)  # it quotes paths and the core's messages
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = close_box(self)
        action_role = QDialogButtonBox.ButtonRole.ActionRole
        self.export_button = action_button(self.buttons, self.start_export, action_role)
        self.save_pdf = action_button(self.buttons, self.choose_pdf, action_role, enabled=False)
        self.show_folder = action_button(
            self.buttons, self._show_in_folder, action_role, enabled=False
        )
        self.copy_path = action_button(self.buttons, self._copy_path, action_role, enabled=False)
        # Only after a final export, and only for a portal the template names.
        self.open_portal = action_button(self.buttons, self._open_portal, action_role)
        self.open_portal.hide()
        self.final.toggled.connect(self._update_state)
        self.final.toggled.connect(self._follow_kind)
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.next_step.hide()
        self.findings_model.modelReset.connect(self._update_state)

        column(
            self,
            self.draft,
            self.final,
            self.final_blocked,
            self.file_row,
            self.summary,
            self.findings,
            self.progress,
            self.outcome,
            self.next_step,
            self.buttons,
            stretch=self.findings,
        )
        self.resize(760, 520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text of the dialog in the current language."""
        submission = self.session.submission
        self.setWindowTitle(fill(self.tr("Export %1 %2"), submission.country, submission.period))
        self.file_row.set_texts(
            self.tr("&File:"), self.tr("Export file"), self.tr("Export submission")
        )
        self.draft.setText(self.tr("&Draft — can be written at any time; says DRAFT on its cover"))
        self.final.setText(
            self.tr("&Submit to UNIDO — final: no errors, and a comment on every warning")
        )
        self.export_button.setText(self.tr("&Export"))
        self.save_pdf.setText(self.tr("Save as &PDF…"))
        self.save_pdf.setToolTip(
            self.tr("A PDF of the exported workbook, to print and sign: the same rows and hash.")
            if self.result is not None
            else self.tr("Export first: the PDF shows the exported workbook, with its hash.")
        )
        self.show_folder.setText(self.tr("&Open folder"))
        self.copy_path.setText(self.tr("Cop&y path"))
        self.open_portal.setText(self.tr("Open the por&tal"))
        self.open_portal.setToolTip(self.session.template.portal)
        self.findings.setAccessibleName(self.tr("Errors and warnings"))
        self._update_state()

    def _update_state(self) -> None:
        findings = self.session.findings
        hard, open_warnings = errors(findings), unexplained_warnings(findings)
        overall = self.session.overall()
        counts = count_problems(findings)
        parts = [
            fill(
                self.tr("%1 of %2 values filled (%3%)."),
                format_integer(overall.done),
                format_integer(overall.total),
                format_integer(round(overall.percent)),
            )
        ]
        if counts.errors:
            parts.append(self.tr("%Ln error(s) to fix.", "", counts.errors))
        if counts.open_warnings:
            parts.append(
                self.tr("%Ln warning(s) to explain in a comment.", "", counts.open_warnings)
            )
        if counts.to_do:
            parts.append(
                self.tr(
                    "%Ln required value(s) to fill, or to explain for a final export.",
                    "",
                    counts.to_do,
                )
            )
        self.summary.setText(" ".join(parts))
        blocked = bool(hard or open_warnings)
        if self.final.isChecked() and blocked:
            self.final_blocked.setText(
                fill(
                    self.tr(
                        "A final export needs every error fixed and every warning explained: %1"
                    ),
                    " ".join(
                        [self.tr("%Ln error(s) left.", "", len(hard))] * bool(hard)
                        + [self.tr("%Ln warning(s) left.", "", len(open_warnings))]
                        * bool(open_warnings)
                    ),
                )
            )
            self.final_blocked.show()
        else:
            self.final_blocked.hide()
        busy = self.task.running
        self.export_button.setEnabled(not busy and not (self.final.isChecked() and blocked))

    def _default_path(self, *, final: bool) -> Path:
        submission = self.session.submission
        name = export_file_name(
            submission.country, submission.period, final=final, revision=self._revision
        )
        return self._folder / name

    def _on_path_chosen(self, path: str) -> None:
        self._confirmed = Path(path)  # the platform's save dialog asked before replacing

    def _follow_kind(self, final: bool) -> None:
        """Name the file after the kind chosen, unless the user named it."""
        if self.path.text() == self._proposed:
            self._proposed = str(self._default_path(final=final))
            self.path.setText(self._proposed)

    def _ask_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            fill(self.tr("“%1” exists already in %2. Replace it?"), path.name, path.parent),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_answer_later(self, count: int) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("UNIDO's questions"))
        box.setText(
            self.tr(
                "%Ln of UNIDO's questions about this return are not answered. Answer them "
                "beside their fields first, or mark them “will answer later” and export now?",
                "",
                count,
            )
        )
        later = box.addButton(
            self.tr("Mark “will answer later” and export"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Answer them first"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is later

    def start_export(self) -> None:
        """Write the workbook in a worker thread; the dialog stays responsive."""
        path = Path(self.file_row.text())
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
            self.path.setText(str(path))
        if path.exists() and path != self._confirmed and not self.confirm_overwrite(path):
            return
        final = self.final.isChecked()
        unanswered = [q for q in self.session.queries if q.blocks_final] if final else []
        if unanswered:
            # UNIDO's open questions: answered beside their fields, or put off on purpose.
            if not self.confirm_answer_later(len(unanswered)):
                return
            for query in unanswered:
                self.session.mark_answer_later(query.query_id, True)
        store, submission, language = self.store, self.session.submission, self._language
        paper = window_paper()
        self.outcome.setText(fill(self.tr("Writing %1…"), str(path)))
        self.progress.setRange(0, 0)
        self.show_folder.setEnabled(False)
        self.copy_path.setEnabled(False)
        self.next_step.hide()
        self.task.start(
            lambda progress: export_submission(
                store,
                submission,
                path,
                final=final,
                language=language,
                paper=paper,
                progress=progress,
            ),
            on_success=self._on_exported,
        )
        self._update_state()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_exported(self, result: ExportResult) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.settings.set(keys.LAST_EXPORT_DIR, str(result.path.parent))
        kind = self.tr("final") if result.final else self.tr("draft")
        text = fill(
            self.tr("Exported revision %1 (%2) to %3."),
            format_integer(result.revision),
            kind,
            left_to_right(str(result.path)),
        )
        if result.removed_characters:
            text += " " + fill(
                self.tr("Removed characters that Excel cannot hold: %1"),
                "; ".join(str(r) for r in result.removed_characters),
            )
        self.outcome.setText(text)
        self.show_folder.setEnabled(True)
        self.copy_path.setEnabled(True)
        self.save_pdf.setEnabled(result.document is not None)
        self._revision = result.revision + 1
        if result.final:
            self.next_step.setText(self._next_step_text(result.path))
            self.next_step.show()
        self.open_portal.setVisible(result.final and bool(self.session.template.portal))
        self.retranslate_ui()
        self.exported.emit(result)

    def _next_step_text(self, path: Path) -> str:
        """What to do with a final file: where it is, and how UNIDO expects it."""
        where = fill(
            self.tr("Next step: your file is “%1” in the folder %2."),
            left_to_right(path.name),
            left_to_right(str(path.parent)),
        )
        portal = self.session.template.portal
        if portal:
            how = fill(
                self.tr("Upload this file to %1, as it is: do not open and re-save it in Excel."),
                left_to_right(portal),
            )
        else:
            how = self.tr("Send this file to UNIDO, as it is: do not open and re-save it in Excel.")
        return f"{where} {how}"

    def _on_failed(self, error: Exception) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        if isinstance(error, ExportRefused | OSError):
            message = str(error)
        else:
            message = unexpected_text(error)  # written to the log with its traceback
        self.outcome.setText(fill(self.tr("Nothing was written. %1"), message))
        self._update_state()
        self.failed.emit(message)

    def reject(self) -> None:
        # A job still running is cancelled (at its next progress report) and waited for:
        # nothing goes on behind a closed dialog.
        self.task.stop()
        super().reject()

    def choose_pdf(self) -> None:
        """Ask where to save the PDF of the export just written, then write it."""
        if self.result is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save as PDF"),
            str(self.result.path.with_suffix(".pdf")),
            self.tr("PDF document (*.pdf)"),
        )
        if path:
            self.write_pdf(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def write_pdf(self, path: Path) -> None:
        """Write the PDF of the export just written to ``path`` and say so (or why not)."""
        if self.result is None or self.result.document is None:
            return
        try:
            pages = write_submission_pdf(self.result.document, path)
        except OSError as error:
            self.outcome.setText(
                fill(self.tr("The PDF was not saved: %1"), f"{path}: {error.strerror or error}")
            )
            return
        self.pdf_path = path
        self.outcome.setText(
            fill(self.tr("Saved the PDF (%Ln page(s)) to %1.", "", pages), left_to_right(str(path)))
        )

    def _show_in_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.result.path.parent)))

    def _open_portal(self) -> None:
        # The template checker let through https addresses only (template_sheets.portal_problem).
        if self.session.template.portal:
            QDesktopServices.openUrl(
                QUrl(self.session.template.portal, QUrl.ParsingMode.StrictMode)
            )

    def _copy_path(self) -> None:
        if self.result is not None:
            QGuiApplication.clipboard().setText(str(self.result.path))
