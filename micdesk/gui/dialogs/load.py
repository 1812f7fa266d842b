"""Load submission: the values it would change and its conflicts, keep mine / take theirs (§4)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from micdesk.core.countries import country_name
from micdesk.core.placeholders import fill
from micdesk.core.store import Store
from micdesk.core.submission_load import (
    CellContent,
    LoadPlan,
    LoadRefused,
    LoadResult,
    LoadStatus,
    NarrativeLoad,
    Resolution,
    ValueLoad,
    apply_submission_load,
    plan_submission_load,
)
from micdesk.core.submission_reader import read_submission
from micdesk.core.xlsx_files import UnreadableWorkbook
from micdesk.gui.background import unexpected_text
from micdesk.gui.dialog_layout import row
from micdesk.gui.dialogs.workbook_check import BackgroundCheckDialog
from micdesk.gui.i18n import current_language
from micdesk.gui.messages import error_message, not_loadable_message
from micdesk.gui.numbers import format_datetime, format_integer, format_number
from micdesk.gui.wrapped_label import WrappedLabel

Index = QModelIndex | QPersistentModelIndex


def exported_text(exported_at: str, locale: QLocale) -> str:
    """When a file says it was exported, the format locale's way (as written if unreadable)."""
    try:
        moment = datetime.fromisoformat(exported_at.replace("Z", "+00:00"))
    except ValueError:
        return exported_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_datetime(moment, locale)


class LoadPlanModel(QAbstractTableModel):
    """What a load would change: one row per new value or conflict; conflicts take a choice."""

    COLUMNS = ("what", "status", "mine", "theirs", "take_theirs")

    def __init__(self, plan: LoadPlan, locale: QLocale, parent=None) -> None:
        super().__init__(parent)
        self._plan, self._locale = plan, locale
        self._items = plan.changes
        self.resolutions: dict[tuple[str, str, str], Resolution] = {
            item.key: "mine" for item in plan.conflicts
        }

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def item(self, row: int) -> ValueLoad | NarrativeLoad:
        """The planned change in a row."""
        return self._items[row]

    def _content(self, content: CellContent | str) -> str:
        if isinstance(content, str):
            return content if len(content) <= 80 else content[:79] + "…"
        if content.notation is not None:
            shown = content.notation.value
        elif content.value is None:
            shown = "—"
        elif isinstance(content.value, bool):
            shown = self.tr("Yes") if content.value else self.tr("No")
        elif isinstance(content.value, int | float) or hasattr(content.value, "as_tuple"):
            shown = format_number(content.value, self._locale)
        elif isinstance(content.value, tuple):
            shown = ", ".join(content.value)
        else:
            shown = str(content.value)
        if content.comment:
            shown = fill(self.tr("%1 (comment: %2)"), shown, content.comment)
        return shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        conflict = item.status == LoadStatus.CONFLICT
        if column == "take_theirs":
            if role == Qt.ItemDataRole.CheckStateRole and conflict:
                theirs = self.resolutions.get(item.key) == "theirs"
                return Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Take theirs") if conflict else ""
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == "what":
            if isinstance(item, ValueLoad):
                return item.indicator_code + (f" [{item.cell}]" if item.cell else "")
            return fill(self.tr("%1 narrative: %2"), item.area_code, item.field)
        if column == "status":
            return self.tr("conflict") if conflict else self.tr("new")
        if column == "mine":
            return self._content(item.mine)
        return self._content(item.theirs)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "what": self.tr("Value"),
            "status": self.tr("Status"),
            "mine": self.tr("Mine (this computer)"),
            "theirs": self.tr("Theirs (the file)"),
            "take_theirs": self.tr("Choice"),
        }[self.COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            index.isValid()
            and self.COLUMNS[index.column()] == "take_theirs"
            and self._items[index.row()].status == LoadStatus.CONFLICT
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (
            self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        item = self._items[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.resolutions[item.key] = "theirs" if checked else "mine"
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def choose_all(self, resolution: Resolution) -> None:
        """Keep mine or take theirs for every conflict."""
        for key in self.resolutions:
            self.resolutions[key] = resolution
        column = self.COLUMNS.index("take_theirs")
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))


class LoadDialog(BackgroundCheckDialog):
    """Reads and plans a load in a worker thread; applies the user's choices in one transaction."""

    planned = Signal(object)  # LoadPlan
    applied = Signal(str, str)  # country, period

    def __init__(self, store: Store, locale: QLocale, parent: QWidget | None = None) -> None:
        expected = (UnreadableWorkbook, LoadRefused, OSError, ValueError, LookupError)
        super().__init__(self.start_plan, self.start_apply, expected, parent)
        self.store, self._locale = store, locale
        self.plan: LoadPlan | None = None
        self.plan_model: LoadPlanModel | None = None
        self.result: LoadResult | None = None
        self.task.progress.connect(self._on_progress)
        self.accept_edited = QCheckBox()
        self.accept_edited.hide()
        self.accept_edited.toggled.connect(lambda *_: self._busy(False))
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.keep_all = QPushButton()
        self.take_all = QPushButton()
        self.keep_all.clicked.connect(
            lambda: self.plan_model and self.plan_model.choose_all("mine")
        )
        self.take_all.clicked.connect(
            lambda: self.plan_model and self.plan_model.choose_all("theirs")
        )
        self.notes = WrappedLabel()  # it quotes the file: its cells, its names
        choices = row(self.keep_all, self.take_all)
        self._lay_out(self.accept_edited, self.table, choices, self.notes, stretch=self.table)
        self.resize(820, 540)
        self.retranslate_ui()
        self._busy(False)

    def retranslate_ui(self) -> None:
        """Set every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Load a submission"))
        self.file_row.set_texts(self.tr("&Workbook:"), self.tr("Submission workbook"))
        self.check_button.setText(self.tr("&Read"))
        self.accept_edited.setText(
            self.tr(
                "The file was edited after export. Load it anyway (every change is listed above)."
            )
        )
        self.keep_all.setText(self.tr("&Keep all mine"))
        self.take_all.setText(self.tr("&Take all theirs"))
        self.apply_button.setText(self.tr("&Load"))
        self.table.setAccessibleName(self.tr("Changes and conflicts"))
        if self.plan is None:
            self.heading.setText(
                self.tr("Choose a submission workbook: nothing changes until you load it.")
            )
        else:
            self._show_plan(self.plan)
        self._show_failure()

    def _ready(self) -> bool:
        return (
            self.plan is not None
            and self.result is None
            and (self.plan.intact or self.accept_edited.isChecked())
        )

    def _busy(self, busy: bool) -> None:
        super()._busy(busy)
        has_conflicts = bool(self.plan and self.plan.conflicts)
        self.keep_all.setVisible(has_conflicts)
        self.take_all.setVisible(has_conflicts)

    def start_plan(self) -> None:
        """Read the file and compare it with the store in a worker thread."""
        path, store = Path(self.file_row.text()), self.store
        self.plan, self.result = None, None
        self.outcome.clear()

        def job(progress):
            return plan_submission_load(store, read_submission(path), progress=progress)

        self._start(job, self._on_planned)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_planned(self, plan: LoadPlan) -> None:
        self.plan = plan
        self.plan_model = LoadPlanModel(plan, self._locale, self)
        self.table.setModel(self.plan_model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._show_plan(plan)
        self._busy(False)
        self.planned.emit(plan)

    def _show_plan(self, plan: LoadPlan) -> None:
        file = plan.submission_file
        kind = self.tr("final") if file.final else self.tr("draft")
        self.heading.setText(
            fill(
                self.tr(
                    "%1 (%2), period %3, revision %4 (%5), exported %6: %Ln new value(s), %7, %8.",
                    "",
                    len(plan.changes) - len(plan.conflicts),
                ),
                country_name(plan.country, current_language()),
                plan.country,
                plan.period,
                format_integer(file.revision),
                kind,
                exported_text(file.exported_at, self._locale),
                self.tr("%Ln conflict(s)", "", len(plan.conflicts)),
                self.tr("%Ln already the same", "", plan.unchanged),
            )
        )
        self.accept_edited.setVisible(not plan.intact)
        notes = [not_loadable_message(item, self._locale) for item in plan.not_loadable]
        if file.template_version != plan.template.version:
            notes.append(
                fill(
                    self.tr(
                        "The file was exported on template version %1; version %2 is installed."
                    ),
                    format_integer(file.template_version),
                    format_integer(plan.template.version),
                )
            )
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def start_apply(self) -> None:
        """Apply the plan with the chosen resolutions in a worker thread."""
        if self.plan is None or self.plan_model is None:
            return
        plan, store = self.plan, self.store
        resolutions = dict(self.plan_model.resolutions)
        accept = self.accept_edited.isChecked()
        self._start(
            lambda progress: apply_submission_load(
                store, plan, resolutions, accept_edited=accept, progress=progress
            ),
            self._on_applied,
        )

    def _on_applied(self, result: LoadResult) -> None:
        self.result = result
        self.outcome.setText(
            fill(
                self.tr("Loaded %Ln value(s) and %1; %2; %3.", "", result.values_written),
                self.tr("%Ln narrative(s)", "", result.narratives_written),
                self.tr("kept %Ln of yours", "", result.kept_mine),
                self.tr("%Ln row(s) could not be loaded", "", result.not_loaded),
            )
        )
        self._busy(False)
        self.applied.emit(result.submission.country, result.submission.period)

    def _failure_message(self, error: Exception) -> str:
        if isinstance(error, UnreadableWorkbook):
            # Whole-file reasons (macros, encryption…) in the user's language; details that
            # locate a problem in the file (sheet!cell) as they are.
            return fill(
                self.tr(
                    "This file cannot be read as a micdesk submission; nothing was loaded. Details: %1"
                ),
                error_message(error, self._locale),
            )
        if isinstance(error, LoadRefused | OSError | ValueError | LookupError):
            return fill(self.tr("Nothing was loaded: %1"), error_message(error, self._locale))
        return fill(self.tr("Nothing was loaded: %1"), unexpected_text(error))
