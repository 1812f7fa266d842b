"""The main window: work-plan rows, the selected row's form, the problems panel (docs/design.md §5).

The window assembles parts that each own one job (the session cache, the edit
path, the models, the forms, the dialogs); it holds no domain rule itself. Its own
parts are mixed in from ``window_menus`` (menus, action wiring), ``window_layout``
(geometry, docks), ``window_navigation`` (going to a field) and ``window_dialogs``.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
)

from micdesk.core.periods import (
    PeriodError,
    current_period,
    parse_period,
    period_choices,
    period_sort_key,
)
from micdesk.core.placeholders import fill
from micdesk.core.store import Store
from micdesk.core.submission_status import count_problems, export_standing, set_burst_reason
from micdesk.core.submissions import list_periods, open_submission, profile_countries
from micdesk.core.template_store import ensure_default_installed, ensure_default_template
from micdesk.core.workplan import pick_text
from micdesk.core.write_rehearsal import configure_the_orm, rehearse_value_change
from micdesk.gui import settings as keys
from micdesk.gui.actions import ActionId, Actions, WindowShortcutsFirst
from micdesk.gui.area_form import INITIAL_EDITORS, AreaForm
from micdesk.gui.commands import Editing
from micdesk.gui.country_names import CountryNames
from micdesk.gui.dialogs.reason import ask_reason as ask_reason_dialog
from micdesk.gui.form_scheduler import FormScheduler
from micdesk.gui.form_stack import FormStack
from micdesk.gui.i18n import RetranslatedOnLanguageChange, install_language
from micdesk.gui.messages import error_message
from micdesk.gui.models import AreaListModel, FindingsModel
from micdesk.gui.numbers import format_integer, locale_for_language, set_format_locale
from micdesk.gui.panels import AreaDelegate, ValidationPanel
from micdesk.gui.plain_text import show_plain_message
from micdesk.gui.session import SubmissionSession
from micdesk.gui.settings import Settings
from micdesk.gui.stable_list_view import StableListView
from micdesk.gui.status_line import SubmissionStatusLine
from micdesk.gui.unsaved_texts import UnsavedTexts
from micdesk.gui.window_dialogs import WindowDialogs
from micdesk.gui.window_layout import WindowLayout, trailing_dock_area
from micdesk.gui.window_menus import WindowMenus
from micdesk.gui.window_navigation import WindowNavigation
from micdesk.gui.window_queries import WindowQueries


class MainWindow(
    WindowMenus,
    WindowLayout,
    WindowNavigation,
    WindowDialogs,
    WindowQueries,
    RetranslatedOnLanguageChange,
    QMainWindow,
):
    """The window a focal point works in."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        *,
        ask_reason: Callable[[str], str | None] | None = None,
        report_error: Callable[[str], None] | None = None,
        confirm: Callable[[str, str], bool] | None = None,
    ) -> None:
        super().__init__()
        self.store, self.settings = store, settings
        self._ask_reason = ask_reason or (lambda detail: ask_reason_dialog(self, detail))
        self._report_error = report_error or self._show_error
        # (tests record messages instead of dialogs; the window titles each dialog)
        self._report_titled = (
            (lambda _title, message: report_error(message))
            if report_error is not None
            else (lambda title, message: QMessageBox.warning(self, title, message))
        )
        self.confirm = confirm or self._ask_yes_no
        self.language = settings.get(keys.LANGUAGE)
        set_format_locale(settings.get(keys.FORMAT_LOCALE))
        self.locale = locale_for_language(self.language)
        self.session: SubmissionSession | None = None
        self.editing: Editing | None = None
        self.area_model: AreaListModel | None = None
        self.findings_model: FindingsModel | None = None
        self.undo_stack = QUndoStack(self)
        self.unsaved_texts = UnsavedTexts(settings, self)
        self.country_names = CountryNames(settings)
        self.actions = Actions(self)
        self._shortcuts_first = WindowShortcutsFirst(self, self.actions)
        self._shortcuts_first.watch_focus()
        self.setObjectName("micdesk-main-window")

        self.area_list = StableListView()
        self.area_list.setItemDelegate(AreaDelegate(self.area_list))
        self.area_list.setWordWrap(True)
        self.area_list.setMinimumWidth(170)
        # One scroll area per form: each keeps its own scroll position, and word-wrapped
        # labels get their height (a stacked widget inside one scroll area squeezes them).
        self.form_stack = FormStack()
        self.scheduler = FormScheduler(self.form_stack, self._make_form, self)
        self.splitter = QSplitter()
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.area_list)
        self.splitter.addWidget(self.form_stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 800])
        self.setCentralWidget(self.splitter)

        self.validation_dock = QDockWidget()
        self.validation_dock.setObjectName("validation-dock")
        self.validation_panel: ValidationPanel | None = None
        # The problems panel sits at the end of a line: right in LTR, left in Arabic.
        self._docks_direction = QGuiApplication.layoutDirection()
        self.addDockWidget(trailing_dock_area(self._docks_direction), self.validation_dock)

        self.country_label, self.country_combo = QLabel(), QComboBox()
        self.period_label, self.period_combo = QLabel(), QComboBox()
        self.period_combo.setEditable(True)
        # What is typed is checked first; it never becomes an item of the list by itself.
        self.period_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.period_combo.setMinimumContentsLength(8)
        self.country_combo.setMinimumContentsLength(16)
        self.country_label.setBuddy(self.country_combo)
        self.period_label.setBuddy(self.period_combo)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for widget in (
            self.country_label,
            self.country_combo,
            self.period_label,
            self.period_combo,
        ):
            self.toolbar.addWidget(widget)
        self.toolbar.addSeparator()
        for action_id in (ActionId.EXPORT, ActionId.IMPORT_TEMPLATE, ActionId.LOAD_SUBMISSION):
            self.toolbar.addAction(self.actions[action_id])
        self.addToolBar(self.toolbar)

        self.saved_label = QLabel()
        self.completeness_label = QLabel()
        # Where the submission stands, always in view (docs/design.md §12); brought up to date
        # once per event-loop turn after edits (a burst of them asks the store once).
        self.status_line = SubmissionStatusLine()
        self.status_line.rewordRequested.connect(self.reword_reason)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(0)
        self._status_timer.timeout.connect(self._refresh_status_after_edit)
        self._standing = None  # (session, its ExportStanding) as the last full refresh read it
        self.statusBar().addWidget(self.status_line, 1)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.completeness_label)
        self._saved_at: QTime | None = None
        self.restart_requested = False
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.read_only_label.setVisible(store.read_only)  # once in the bar: not a window
        if store.read_only:
            # Damaged data opened to rescue it: reading and exporting only (docs/design.md §6).
            for action_id in (
                ActionId.IMPORT_TEMPLATE,
                ActionId.LOAD_SUBMISSION,
                ActionId.ADD_COUNTRY,
            ):
                self.actions[action_id].setEnabled(False)

        self._fitted_after_show = False
        self._build_menus()
        self._connect()
        self.retranslate_ui()
        self._restore_layout()
        from micdesk.gui.external_changes import ExternalChangeWatcher

        self.external_changes = ExternalChangeWatcher(
            store, self, self._reload_external_change, self
        )

    # -- construction --------------------------------------------------------------------

    # -- texts ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every user-visible text of the window in the current language."""
        self.actions.retranslate_ui()
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.format_action.setText(self.tr("Number and &date format…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("&User guide"))
        self.whats_this_action.setText(self.tr("What's &this?"))
        self.validation_dock.setWindowTitle(self.tr("Problems"))
        self.validation_dock.toggleViewAction().setText(self.tr("&Problems panel"))
        self.toolbar.setWindowTitle(self.tr("Submission"))
        self.country_label.setText(self.tr("&Country: "))
        self.period_label.setText(self.tr(" &Period: "))
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.period_combo.setAccessibleName(self.tr("Reporting period"))
        self.area_list.setAccessibleName(self.tr("Work-plan rows"))
        self.read_only_label.setText(
            self.tr(
                "Read-only: the data file is damaged. Export what you need, then restore a backup."
            )
        )
        for index in range(self.country_combo.count()):
            code = self.country_combo.itemData(index)
            self.country_combo.setItemText(index, self._country_text(code))
        if self.session is None:
            self.setWindowTitle(self.tr("micdesk"))
        else:
            title = pick_text(
                self.session.template.title, self.language, self.session.template.default_language
            )
            self.setWindowTitle(
                fill(
                    self.tr("%1 %2 — %3 — micdesk"),
                    self.country_names.name(self.session.submission.country, self.language),
                    self.session.submission.period,
                    title,
                )
            )
            # What the start-up skeleton shows next time, before the store is open.
            self.settings.set(keys.WINDOW_TITLE, self.windowTitle())
            self.settings.set(keys.WINDOW_TITLE_LANGUAGE, self.language)
        self._show_saved()
        self._show_completeness()

    def set_language(self, language: str) -> None:
        """Switch the interface, template texts and numbers to a UN language, at run time.

        The translators are swapped (every widget then retranslates itself on
        LanguageChange); what is typed and not yet committed stays in its field.
        Arabic lays the window out right to left, the problems panel on the left.
        """
        self.language = language
        self.locale = locale_for_language(language)
        self.settings.set(keys.LANGUAGE, language)
        self.settings.sync()
        install_language(language)
        self._mirror_docks()
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)
        if self.area_model is not None:
            self.area_model.set_language(language)
        if self.findings_model is not None:
            self.findings_model.set_language(language, self.locale)
        for form in self.forms.values():
            form.set_language(language, self.locale)
        self.retranslate_ui()
        self.refresh_status()  # dates and numbers in the new locale

    # -- the submission ------------------------------------------------------------------

    def open_initial(self) -> None:
        """Open the last country and period (or the first profile on the current period)."""
        country = self.settings.get(keys.LAST_COUNTRY)
        period = self.settings.get(keys.LAST_PERIOD)
        profiles = profile_countries(self.store)
        if country not in profiles:
            country = profiles[0] if profiles else ""
        if not country:
            return
        if period:
            ensure_default_installed(self.store)
        else:
            template = ensure_default_template(self.store)
            today = _today()
            period = current_period(today[0], today[1], template.periodicity)
        self.open_submission(country, period)

    def open_submission(self, country: str, period: str) -> None:
        """Show a country's submission for a period (created on first use)."""
        submission = open_submission(self.store, country, period)
        self._commit_focused_field()
        session = SubmissionSession(self.store, submission, self)
        old = self.session
        self.session = session
        self.undo_stack.clear()
        self.editing = Editing(
            session,
            self.undo_stack,
            self._ask_reason,
            self._report_error,
            self,
            language=lambda: self.language,
        )
        self.editing.focusRequested.connect(self._on_focus_requested)
        self.unsaved_texts.open(
            submission.country, submission.period, submission.template.template_id
        )
        self.editing.unsaved = self.unsaved_texts
        session.saved.connect(self._on_saved)
        session.saved.connect(self._status_timer.start)
        session.findingsChanged.connect(self._status_timer.start)
        session.valueChanged.connect(self._show_completeness)
        session.findingsChanged.connect(self._show_completeness)
        # The old forms go away a piece at a time while the window is idle (deleting
        # thousands of widgets at once would freeze it as long as building them did).
        self.scheduler.start(session)
        if self.area_model is None:
            self.area_model = AreaListModel(session, self.language, self)
            self.area_list.setModel(self.area_model)
            self.area_list.selectionModel().currentChanged.connect(
                lambda current, _previous: self.show_area(current.row())
            )
            self.findings_model = FindingsModel(session, self.language, self.locale, self)
            self.validation_panel = ValidationPanel(self.findings_model, self.unsaved_texts)
            self.validation_panel.findingActivated.connect(self.go_to_finding)
            self.validation_panel.unsavedActivated.connect(self._go_to_unsaved)
            self.validation_panel.queryActivated.connect(self._go_to_query)
            self.validation_dock.setWidget(self.validation_panel)
        else:
            self.area_model.set_session(session)
            assert self.findings_model is not None
            self.findings_model.set_session(session)
        self._watch_queries()
        if old is not None:
            old.deleteLater()
        self.settings.set(keys.LAST_COUNTRY, submission.country)
        self.settings.set(keys.LAST_PERIOD, submission.period)
        self.settings.sync()
        self._fill_selectors()
        self._saved_at = None
        self.select_area(0)
        self.retranslate_ui()
        self.refresh_status()
        # The rest of the forms are built while the user reads the first; the ORM is
        # configured first (~30 ms, for the writes that use it) and a commit rehearsed, so
        # that the user's first one finds its statements compiled, and the rows' trends
        # read, so that a row's first show does not wait for them.
        self.scheduler.do_while_idle(configure_the_orm)
        self.scheduler.do_while_idle(lambda: rehearse_value_change(self.store, submission))
        for area in submission.template.areas:  # the trends, a row at a time
            self.scheduler.do_while_idle(lambda code=area.code: session.read_series(code))
        self.scheduler.build_while_idle()

    @property
    def forms(self) -> dict[str, AreaForm]:
        """The forms made so far, by area code."""
        return self.scheduler.forms

    def forms_pending(self) -> bool:
        """Whether forms are still being built, measured (or old ones removed) while idle."""
        return self.scheduler.pending()

    def _country_text(self, code: str) -> str:
        """'Name (CODE)' with the name in the window's language (CLDR)."""
        return f"{self.country_names.name(code, self.language)} ({code})"

    def _fill_selectors(self) -> None:
        assert self.session is not None
        submission = self.session.submission
        self.country_combo.clear()
        for country in profile_countries(self.store):
            self.country_combo.addItem(self._country_text(country), country)
        self.country_combo.setCurrentIndex(self.country_combo.findData(submission.country))
        self.period_combo.clear()
        # The periods that exist, and those a new one may be started for (newest first).
        existing = list_periods(self.store, submission.country, submission.template.template_id)
        offered = period_choices(submission.template.periodicity, _today()[0])
        for period in sorted(set(existing) | set(offered), key=period_sort_key, reverse=True):
            self.period_combo.addItem(period, period)
        self.period_combo.setCurrentIndex(self.period_combo.findData(submission.period))

    def _on_country_chosen(self, index: int) -> None:
        country = self.country_combo.itemData(index)
        if self.session is not None and country and country != self.session.submission.country:
            self.open_submission(country, self.session.submission.period)

    def _on_period_chosen(self, *_args) -> None:
        if self.session is None:
            return
        submission = self.session.submission
        typed = self.period_combo.currentText().strip()
        if not typed or typed == submission.period:
            return
        title = self.tr("Reporting period")
        try:
            period = parse_period(typed, submission.template.periodicity)
        except PeriodError as error:
            self._report_titled(title, error_message(error, self.locale))
            self.period_combo.setEditText(submission.period)
            return
        existing = list_periods(self.store, submission.country, submission.template.template_id)
        if period not in existing:
            offered = period_choices(submission.template.periodicity, _today()[0])
            if period not in offered:
                self._report_titled(
                    title,
                    fill(
                        self.tr("%1 is outside the periods you can start: from %2 to %3."),
                        period,
                        offered[0],
                        offered[-1],
                    ),
                )
                self.period_combo.setEditText(submission.period)
                return
            question = fill(
                self.tr("There is no submission for %1 %2 yet. Start an empty one?"),
                self._country_text(submission.country),
                period,
            )
            if not self.confirm(self.tr("Start a new period?"), question):
                self.period_combo.setCurrentIndex(self.period_combo.findData(submission.period))
                return
        self.open_submission(submission.country, period)

    def _ask_yes_no(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- the form ------------------------------------------------------------------------

    def form(self, area_code: str, initial_editors: int = INITIAL_EDITORS) -> AreaForm:
        """The form of an area, made the first time it is asked for (its first editors)."""
        return self.scheduler.form(area_code, initial_editors)

    def _make_form(self, area_code: str, initial_editors: int) -> AreaForm:
        assert self.session is not None and self.editing is not None
        form = AreaForm(
            self.editing,
            self.session.template.area(area_code),
            self.language,
            self.locale,
            self.settings.get(keys.CONTEXT_EXPANDED),
            initial_editors=initial_editors,
        )
        form.historyRequested.connect(self.show_history)
        form.contextToggled.connect(self._on_context_toggled)
        return form

    def _on_context_toggled(self, expanded: bool) -> None:
        self.settings.set(keys.CONTEXT_EXPANDED, expanded)
        for form in self.forms.values():
            form.set_context_expanded(expanded)

    def select_area(self, row: int) -> None:
        """Select a work-plan row in the list (which shows its form)."""
        if self.area_model is None or not 0 <= row < self.area_model.rowCount():
            return
        index = self.area_model.index(row)
        self.area_list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.show_area(row)

    def show_area(self, row: int) -> None:
        """Show the form of the area in a row."""
        if self.area_model is None or row < 0:
            return
        self.scheduler.show(self.form(self.area_model.area_code(row)))

    def current_form(self) -> AreaForm | None:
        """The form shown."""
        return self.scheduler.current_form()

    def _commit_focused_field(self) -> None:
        for form in self.forms.values():
            for narrative in form.built_narratives():
                if narrative.edit.hasFocus():
                    narrative.commit()

    # -- status --------------------------------------------------------------------------

    def _on_saved(self) -> None:
        self._saved_at = QTime.currentTime()
        self._show_saved()

    def _show_saved(self) -> None:
        if self._saved_at is None:
            self.saved_label.setText(self.tr("Every change is saved as soon as you leave a field."))
        else:
            self.saved_label.setText(
                fill(
                    self.tr("Saved at %1"),
                    self.locale.toString(self._saved_at, QLocale.FormatType.ShortFormat),
                )
            )

    def _show_completeness(self, *_changed) -> None:
        if self.session is None:
            self.completeness_label.clear()
            return
        overall = self.session.overall()
        self.completeness_label.setText(
            fill(
                self.tr("%1 of %2 cells filled (%3%)"),
                format_integer(overall.done, self.locale),
                format_integer(overall.total, self.locale),
                format_integer(round(overall.percent), self.locale),
            )
        )

    def refresh_status(self) -> None:
        """Show where the submission stands: stage, revision, changes since, problems."""
        self._status_timer.stop()
        if self.session is None:
            self.status_line.show_status(None, None, self.locale)
            return
        standing = export_standing(self.store, self.session.submission)
        self._standing = (self.session, standing)
        problems = count_problems(self.session.findings)
        self.status_line.show_status(standing, problems, self.locale)

    def _refresh_status_after_edit(self) -> None:
        # An edit exports nothing: a submission never exported has no changes since an
        # export to count, and its standing is not read again after every commit.
        session, standing = self._standing or (None, None)
        if session is None or session is not self.session or standing.last_export is not None:
            self.refresh_status()
            return
        self._status_timer.stop()
        self.status_line.show_status(standing, count_problems(session.findings), self.locale)

    def reword_reason(self) -> None:
        """Reword the one reason given for the changes since the last export."""
        if self.session is None or self.store.read_only:
            return
        current = export_standing(self.store, self.session.submission).reason
        detail = fill(
            self.tr(
                "The reason now reads “%1”. Type the new wording: it replaces the old one "
                "for every change since the last export."
            ),
            current,
        )
        reason = (self._ask_reason(detail) or "").strip()
        if reason:
            set_burst_reason(self.store, self.session.submission, reason)
        self.refresh_status()

    def _reword_from_history(self) -> None:
        self.reword_reason()
        dialog = getattr(self, "history_dialog", None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()  # its rows hold the old wording

    def _show_error(self, message: str) -> None:
        # The message may quote what was typed: shown as plain text.
        show_plain_message(self, QMessageBox.Icon.Warning, self.tr("Not saved"), message)

    def _reload_external_change(self) -> None:
        """Show what another process committed to the store (see gui.external_changes)."""
        if self.session is None:
            self.open_initial()
        else:
            self._reopen()
        self.statusBar().showMessage(
            self.tr("Changes saved by another program were loaded."), 10000
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.external_changes.stop()  # the store is closed next: no more looks at it
        self._commit_focused_field()
        self.save_layout()
        super().closeEvent(event)


def _today() -> tuple[int, int]:
    """Today's year and month (local time)."""
    from datetime import date

    today = date.today()
    return today.year, today.month
