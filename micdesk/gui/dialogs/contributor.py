"""File → Ask a contributor… and File → Load a contributor's workbook… (contributions.py)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeView,
    QWidget,
)

from micdesk.core.contributions import (
    ContributionPlan,
    ContributionRefused,
    apply_contribution_load,
    list_requests,
    plan_contribution_load,
    write_contribution,
)
from micdesk.core.placeholders import fill
from micdesk.core.records import OpenSubmission
from micdesk.core.store import Store
from micdesk.core.workplan import pick_text
from micdesk.core.xlsx_files import UnreadableWorkbook
from micdesk.gui.dialog_layout import action_button, close_box, column
from micdesk.gui.dialogs.workbook_check import WorkbookCheckDialog
from micdesk.gui.dialogs.workbook_path import WorkbookPathRow
from micdesk.gui.grouped_lines import show_grouped_lines
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.numbers import format_date, locale_for_language
from micdesk.gui.wrapped_label import WrappedLabel


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class AskContributorDialog(RetranslatedOnLanguageChange, QDialog):
    """Write a contributor workbook for the indicators another ministry owns."""

    written = Signal(str)  # the request's UUID

    def __init__(
        self, store: Store, submission: OpenSubmission, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.submission, self.language = store, submission, language
        self.contributor = QLineEdit()
        self.contributor.textChanged.connect(self._suggest_name)
        self.contributor_label = QLabel()
        self.contributor_label.setBuddy(self.contributor)
        self.indicators = QListWidget()
        template = submission.template
        for indicator in template.indicators:
            label = pick_text(indicator.label, language, template.default_language)
            item = QListWidgetItem(f"{indicator.code} — {label}")
            item.setData(Qt.ItemDataRole.UserRole, indicator.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)
        self.indicators_label = QLabel()
        self.indicators_label.setBuddy(self.indicators)
        self.file_row = WorkbookPathRow(save=True)
        self.outcome = WrappedLabel()
        self.buttons = close_box(self)
        self.write_button = action_button(self.buttons, self.write)
        form = QFormLayout()
        form.addRow(self.contributor_label, self.contributor)
        column(
            self,
            form,
            self.indicators_label,
            self.indicators,
            self.file_row,
            self.outcome,
            self.buttons,
            stretch=self.indicators,
        )
        self.resize(640, 520)
        self._suggest_name("")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Ask a contributor"))
        self.contributor_label.setText(self.tr("&Whom to ask:"))
        self.contributor.setPlaceholderText(self.tr("e.g. Ministry of Environment"))
        self.indicators_label.setText(self.tr("&Indicators they report on:"))
        self.file_row.set_texts(self.tr("&File:"), self.tr("Contributor workbook"))
        self.write_button.setText(self.tr("&Write the workbook"))

    def checked_codes(self) -> list[str]:
        """The codes of the indicators ticked."""
        return [
            self.indicators.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.indicators.count())
            if self.indicators.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _suggest_name(self, contributor: str) -> None:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", contributor).strip("-")[:40] or "contributor"
        name = f"{self.submission.country}-{self.submission.period}-{slug}.xlsx"
        self.file_row.path.setText(str(_documents() / name))

    def write(self) -> None:
        """Write the workbook and record the request; say where, or why not."""
        codes, who, out = (
            self.checked_codes(),
            self.contributor.text().strip(),
            Path(self.file_row.text()),
        )
        if not who:
            self.outcome.setText(self.tr("Say whom you ask (a ministry or office)."))
            return
        if not codes:
            self.outcome.setText(self.tr("Tick at least one indicator."))
            return
        try:
            request = write_contribution(
                self.store, self.submission, codes, who, out, self.language
            )
        except (ContributionRefused, OSError) as error:
            self.outcome.setText(fill(self.tr("Nothing was written: %1"), str(error)))
            return
        self.outcome.setText(
            fill(
                self.tr("Written: %1. Send it to %2; load it back when it returns."), str(out), who
            )
        )
        self.written.emit(request)


class LoadContributionDialog(WorkbookCheckDialog):
    """Check a returned contributor workbook, show what it brings, then load it."""

    applied = Signal(str, str)  # country, period

    def __init__(
        self,
        store: Store,
        submission: OpenSubmission | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.check, self.load, parent)
        self.store, self.language = store, language
        self.plan: ContributionPlan | None = None
        self.load_button = self.apply_button
        self.requests = WrappedLabel()
        self.preview_model = QStandardItemModel(self)
        self.preview = QTreeView()
        self.preview.setModel(self.preview_model)
        self.preview.setHeaderHidden(True)
        self.take = QComboBox()
        self.take_label = QLabel()
        self.take_label.setBuddy(self.take)
        take_row = QFormLayout()
        take_row.addRow(self.take_label, self.take)
        self._lay_out(self.preview, take_row, stretch=self.preview, above=(self.requests,))
        self.resize(680, 520)
        self._submission = submission
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Load a contributor's workbook"))
        self.file_row.set_texts(self.tr("&Workbook:"), self.tr("Contributor workbook"))
        self.check_button.setText(self.tr("Chec&k"))
        self.load_button.setText(self.tr("&Load the valid values"))
        self.take_label.setText(self.tr("Where a value differs from yours:"))
        self.take.clear()
        self.take.addItem(self.tr("Keep mine"), "mine")
        self.take.addItem(self.tr("Take theirs"), "theirs")
        self._show_requests()
        if self.plan is not None:
            self._show_plan(self.plan)

    def _show_requests(self) -> None:
        if self._submission is None:
            self.requests.clear()
            return
        locale = locale_for_language(self.language)
        lines = []
        for request in list_requests(self.store, self._submission):
            day = format_date(request.created_at.date(), locale)
            codes = dict.fromkeys(line.split("|")[0] for line in request.cells.splitlines())
            who = f"{request.contributor} ({', '.join(codes)})"
            if request.returned_at is None:
                lines.append(fill(self.tr("Asked of %1 on %2: not back yet"), who, day))
            else:
                back = format_date(request.returned_at.date(), locale)
                lines.append(fill(self.tr("Asked of %1 on %2: back on %3"), who, day, back))
        self.requests.setText("\n".join(lines) or self.tr("No contributor has been asked yet."))

    def check(self) -> None:
        """Read and check the workbook; show what it would load."""
        self.plan = None
        self.load_button.setEnabled(False)
        self.preview_model.clear()
        try:
            plan = plan_contribution_load(self.store, Path(self.file_row.text()))
        except (ContributionRefused, UnreadableWorkbook, OSError) as error:
            self.outcome.setText(fill(self.tr("Nothing was loaded: %1"), str(error)))
            return
        self.plan = plan
        self._show_plan(plan)
        self.load_button.setEnabled(bool(plan.values))
        self.outcome.setText(
            fill(
                self.tr(
                    "From %1: %Ln value(s) to load, %2 invalid, %3 differ from yours.",
                    "",
                    len(plan.values),
                ),
                plan.contributor,
                len(plan.invalid),
                len(plan.conflicts),
            )
        )

    def _show_plan(self, plan: ContributionPlan) -> None:
        groups = [
            (self.tr("Invalid cells (not loaded)"), plan.invalid),
            (self.tr("Values that differ from yours"), [str(v) for v in plan.conflicts]),
            (self.tr("New values"), [str(v) for v in plan.values if not v.conflict]),
        ]
        show_grouped_lines(self.preview_model, groups)
        self.preview.expandAll()
        self.take.setEnabled(bool(plan.conflicts))

    def load(self) -> None:
        """Store the valid values in one transaction."""
        if self.plan is None:
            return
        try:
            written = apply_contribution_load(self.store, self.plan, self.take.currentData())
        except (ContributionRefused, ValueError) as error:
            self.outcome.setText(fill(self.tr("Nothing was loaded: %1"), str(error)))
            return
        self.outcome.setText(
            fill(self.tr("Loaded %Ln value(s) from %1.", "", written), self.plan.contributor)
        )
        self.load_button.setEnabled(False)
        submission = self.plan.submission
        self.plan = None
        self._show_requests()
        self.applied.emit(submission.country, submission.period)
