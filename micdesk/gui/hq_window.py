"""UNIDO's side of the round in a window: consolidate a folder of returns, see the results.

``micdesk hq`` opens it. Reading and importing run in a worker thread with a progress
bar and Cancel; a file that cannot be consolidated is a row of the Files table with its
reason, never a dialog. The Results tab (``hq_results``) shows the same figures as the
workbook's Results sheet, with a chart per indicator.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from micdesk.core.consolidation import consolidate
from micdesk.core.consolidation_files import ConsolidationResult, FileStatus, NothingReadable
from micdesk.core.placeholders import fill
from micdesk.core.programme_results import IndicatorResults
from micdesk.core.results_sheet import stored_results
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.template_store import ensure_default_template
from micdesk.gui.background import BackgroundTask, TaskCancelled, unexpected_text
from micdesk.gui.dialog_layout import ask_for_file, column, row
from micdesk.gui.hq_results import ResultsTab
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.wrapped_label import WrappedLabel

RESULT_FILE_NAME = "consolidated.xlsx"


class FileFilter(QSortFilterProxyModel):
    """The Files table's filter: a status (or every one) and a text in any column."""

    STATUS_COLUMN = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status = ""
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def set_status(self, status: str) -> None:
        """Show only files of this status ("" for every status)."""
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:
        if self.status:
            index = self.sourceModel().index(row, self.STATUS_COLUMN, parent)
            if index.data(Qt.ItemDataRole.UserRole) != self.status:
                return False
        return super().filterAcceptsRow(row, parent)


class Cancelled(Exception):
    """The user cancelled the consolidation; nothing was written."""


@dataclass(frozen=True)
class HqRun:
    """What one consolidation in the window produced."""

    result: ConsolidationResult
    results: list[IndicatorResults]


def run_consolidation(
    folder: Path, out: Path, *, accept_edited: bool, language: str, progress, cancelled
) -> HqRun:
    """Consolidate a folder into a workbook through a throw-away store (a worker's job)."""
    from micdesk.core.consolidation_files import collect_submission_paths

    paths = collect_submission_paths([folder], exclude=[out])

    def report(phase: str, done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        progress(done, total)

    with tempfile.TemporaryDirectory(prefix="micdesk-hq-") as scratch:
        store = open_store(Path(scratch))
        try:
            ensure_default_template(store)
            result = consolidate(
                store,
                paths,
                out,
                accept_edited=accept_edited,
                workers=1,  # in this thread: Cancel stops it between two files
                progress=report,
                language=language,
            )
            return HqRun(result, stored_results(store, result.outcomes, language))
        finally:
            close_store(store)


class HqWindow(RetranslatedOnLanguageChange, QMainWindow):
    """Consolidate returns, list every file's status, show the programme's results."""

    consolidated = Signal(object)  # HqRun
    failed = Signal(str)

    FILE_COLUMNS = 7

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.run: HqRun | None = None
        self.task = BackgroundTask(self, expected=(Cancelled, NothingReadable, OSError))
        self.task.failed.connect(self._on_failed)
        self.task.progress.connect(self._on_progress)
        self._cancel = False
        self.setAcceptDrops(True)

        self.folder = QLineEdit()
        self.folder_label = QLabel()
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton()
        self.choose.clicked.connect(self.choose_folder)
        self.accept_edited = QCheckBox()
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        top = QHBoxLayout()
        top.addWidget(self.folder_label)
        top.addWidget(self.folder, 1)
        top.addWidget(self.choose)
        top.addWidget(self.accept_edited)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.outcome = WrappedLabel()
        self.open_workbook = QPushButton()
        self.open_workbook.setEnabled(False)
        self.open_workbook.clicked.connect(self.open_consolidated_workbook)
        bottom = row(self.outcome, self.open_workbook, stretch=self.outcome)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._files_tab(), "")
        self.results_tab = ResultsTab(language)
        self.tabs.addTab(self.results_tab, "")
        self.tabs.addTab(self._template_tab(), "")

        central = QWidget()
        column(central, top, self.progress, self.tabs, bottom, stretch=self.tabs)
        self.setCentralWidget(central)
        self.resize(1200, 680)
        self.retranslate_ui()

    # Building ----------------------------------------------------------------------------

    def _files_tab(self) -> QWidget:
        self.files_model = QStandardItemModel(0, self.FILE_COLUMNS, self)
        self.files_proxy = FileFilter(self)
        self.files_proxy.setSourceModel(self.files_model)
        self.files = QTableView()
        self.files.setModel(self.files_proxy)
        self.files.setSortingEnabled(True)
        self.files.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.files.setWordWrap(True)
        self.files.horizontalHeader().setStretchLastSection(True)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.files_proxy.setFilterFixedString)
        self.status_filter = QComboBox()
        self.status_filter.currentIndexChanged.connect(self._filter_status)
        return _tab(row(self.filter, self.status_filter, stretch=self.filter), table=self.files)

    def _template_tab(self) -> QWidget:
        self.template_path = QLineEdit()
        self.template_choose = QPushButton()
        self.template_choose.clicked.connect(self.choose_template)
        self.template_outcome = QLabel()
        self.template_outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.template_outcome.setWordWrap(True)
        self.problems_model = QStandardItemModel(0, 3, self)
        self.problems = QTableView()
        self.problems.setModel(self.problems_model)
        self.problems.setSortingEnabled(True)
        self.problems.horizontalHeader().setStretchLastSection(True)
        return _tab(
            row(self.template_path, self.template_choose, stretch=self.template_path),
            self.template_outcome,
            table=self.problems,
        )

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("micdesk — UNIDO: consolidate returns"))
        self.folder_label.setText(self.tr("Returns &folder:"))
        self.folder.setPlaceholderText(self.tr("A folder of returns (.xlsx); you can drop it here"))
        self.choose.setText(self.tr("C&hoose…"))
        self.accept_edited.setText(self.tr("Accept &edited files"))
        self.accept_edited.setToolTip(
            self.tr("Also consolidate files changed by hand after export (still marked edited)")
        )
        self.start_button.setText(self.tr("&Consolidate"))
        self.cancel_button.setText(self.tr("Ca&ncel"))
        self.open_workbook.setText(self.tr("&Open the consolidated workbook"))
        self.tabs.setTabText(0, self.tr("Files"))
        self.tabs.setTabText(1, self.tr("Results"))
        self.tabs.setTabText(2, self.tr("Check a template"))
        self.filter.setPlaceholderText(self.tr("Filter by file, country, period or reason"))
        self.template_path.setPlaceholderText(self.tr("A template workbook an author is editing"))
        self.template_choose.setText(self.tr("Check a &template…"))
        self.results_tab.retranslate_ui()
        self.files_model.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Country"),
                self.tr("Period"),
                self.tr("Revision"),
                self.tr("Status"),
                self.tr("Why"),
                self.tr("Signature"),
            ]
        )
        self.problems_model.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Cell"), self.tr("Problem")]
        )
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("Every status"), "")
        for status in FileStatus:
            self.status_filter.addItem(self._status_text(status), status.value)
        index = self.status_filter.findData(current) if current else 0
        self.status_filter.setCurrentIndex(max(index, 0))
        self.status_filter.blockSignals(False)
        if self.run is not None:
            self._show_run(self.run)

    def _status_text(self, status: FileStatus) -> str:
        return {
            FileStatus.OK: self.tr("ok"),
            FileStatus.INCOMPLETE: self.tr("incomplete"),
            FileStatus.OUTDATED: self.tr("outdated"),
            FileStatus.DUPLICATE: self.tr("duplicate"),
            FileStatus.EDITED: self.tr("edited"),
            FileStatus.BROKEN: self.tr("broken"),
        }[status]

    # Actions -----------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.is_dir():
                self.folder.setText(str(path))
                event.acceptProposedAction()
                return

    def choose_folder(self) -> None:
        """Pick the folder of returns."""
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of returns"), self.folder.text() or str(Path.home())
        )
        if chosen:
            self.folder.setText(chosen)

    def output_path(self) -> Path:
        """Where the consolidated workbook is written: in the folder of returns."""
        return Path(self.folder.text()) / RESULT_FILE_NAME

    def start(self) -> None:
        """Consolidate the folder in a worker thread."""
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.outcome.setText(
                fill(self.tr("“%1” is not a folder: choose the folder of returns."), str(folder))
            )
            return
        out, accept, language = self.output_path(), self.accept_edited.isChecked(), self.language
        self._cancel = False
        self.outcome.setText(self.tr("Reading the returns…"))
        self.task.start(
            lambda progress: run_consolidation(
                folder,
                out,
                accept_edited=accept,
                language=language,
                progress=progress,
                cancelled=lambda: self._cancel,
            ),
            on_success=self._on_done,
        )
        self._busy(True)

    def cancel(self) -> None:
        """Stop the running consolidation after the file being read; nothing is written."""
        self._cancel = True

    def _busy(self, busy: bool) -> None:
        self.start_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.choose.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.outcome.setText(fill(self.tr("%1 of %Ln file(s)", "", total), done))

    def _on_done(self, run: HqRun) -> None:
        self.run = run
        self._busy(False)
        self._show_run(run)
        self.open_workbook.setEnabled(True)
        self.consolidated.emit(run)

    def _on_failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, Cancelled | TaskCancelled):
            message = self.tr("Cancelled; nothing was written.")
        elif isinstance(error, NothingReadable):
            message = self.tr(
                "None of the files is a readable micdesk return; nothing was written."
            )
            self._show_files(error.outcomes)
        elif isinstance(error, OSError):
            message = fill(
                self.tr("The workbook could not be written: %1"), error.strerror or str(error)
            )
        else:
            message = unexpected_text(error)  # written to the log with its traceback
        self.outcome.setText(message)
        self.failed.emit(message)

    def _show_run(self, run: HqRun) -> None:
        self._show_files(run.result.outcomes)
        self.results_tab.show_results(run.results)
        counts = {status: run.result.count(status) for status in FileStatus}
        consolidated = sum(1 for o in run.result.outcomes if o.accepted)
        self.outcome.setText(
            fill(
                self.tr(
                    "%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.",
                    "",
                    len(run.result.outcomes),
                ),
                consolidated,
                len(run.result.outcomes) - counts[FileStatus.OK],
                str(run.result.out),
            )
        )

    def _show_files(self, outcomes) -> None:
        self.files_model.removeRows(0, self.files_model.rowCount())
        for outcome in outcomes:
            file = outcome.submission
            cells = [
                outcome.path.name,
                file.country if file else "",
                file.period if file else "",
                str(file.revision) if file else "",
                self._status_text(outcome.status),
                outcome.why,
                outcome.signature,
            ]
            items = []
            for text in cells:
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                items.append(item)
            items[0].setToolTip(str(outcome.path))
            items[FileFilter.STATUS_COLUMN].setData(outcome.status.value, Qt.ItemDataRole.UserRole)
            self.files_model.appendRow(items)
        self.files.resizeColumnsToContents()
        self.files.setColumnWidth(5, max(self.files.columnWidth(5), 360))

    def _filter_status(self) -> None:
        self.files_proxy.set_status(self.status_filter.currentData() or "")

    def open_consolidated_workbook(self) -> None:
        """Open the written workbook in the system's spreadsheet program."""
        if self.run is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.run.result.out)))

    def choose_template(self) -> None:
        """Pick a template workbook and list its problems."""
        chosen = ask_for_file(
            self, self.tr("Template workbook"), self.tr("Excel workbook (*.xlsx)")
        )
        if chosen is not None:
            self.check_template(chosen)

    def check_template(self, path: Path) -> None:
        """List a template workbook's problems as sheet, cell and message."""
        from micdesk.core.template_checker import TemplateProblems
        from micdesk.core.template_workbook import read_template_workbook
        from micdesk.core.xlsx_files import UnreadableWorkbook

        self.template_path.setText(str(path))
        self.problems_model.removeRows(0, self.problems_model.rowCount())
        try:
            template = read_template_workbook(path)
        except UnreadableWorkbook as error:
            self.template_outcome.setText(
                fill(self.tr("The workbook cannot be read: %1"), str(error))
            )
            return
        except TemplateProblems as error:
            for problem in error.problems:
                items = [QStandardItem(problem.sheet), QStandardItem(problem.cell),
                         QStandardItem(problem.message)]  # fmt: skip
                for item in items:
                    item.setEditable(False)
                self.problems_model.appendRow(items)
            self.problems.resizeColumnsToContents()
            self.template_outcome.setText(
                fill(
                    self.tr("Problems found: %1. The template cannot be imported as it is."),
                    len(error.problems),
                )
            )
            return
        self.template_outcome.setText(
            fill(
                self.tr(
                    "Valid: template “%1” version %2, %Ln indicator(s).",
                    "",
                    len(template.indicators),
                ),
                template.template_id,
                template.version,
            )
        )

    def closeEvent(self, event) -> None:
        if self.task.running:
            self._cancel = True  # between two files
            self.task.stop(30)
        super().closeEvent(event)


def _tab(*parts: QWidget | QLayout, table: QWidget) -> QWidget:
    """A tab with its parts top to bottom, then ``table`` taking the spare height."""
    tab = QWidget()
    column(tab, *parts, table, stretch=table)
    return tab


def run_hq(language: str = "en") -> int:
    """Open the HQ window and return when it closes."""
    import sys

    from micdesk.gui.app import create_application
    from micdesk.gui.i18n import install_language

    app = create_application([sys.argv[0] if sys.argv else "micdesk"])
    install_language(language)
    window = HqWindow(language)
    window.show()
    return app.exec()
