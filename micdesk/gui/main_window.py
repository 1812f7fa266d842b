"""The main window: work-plan rows, the selected row's form, the problems panel (docs/design.md §5).

The window assembles parts that each own one job (the session cache, the edit
path, the models, the forms, the dialogs); it holds no domain rule itself.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QLocale, QMargins, QRect, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWhatsThis,
)

from micdesk.core.countries import country_name
from micdesk.core.log_file import log_folder
from micdesk.core.periods import (
    PeriodError,
    current_period,
    parse_period,
    period_choices,
    period_sort_key,
)
from micdesk.core.placeholders import fill
from micdesk.core.store import Store, default_data_dir
from micdesk.core.submission_status import count_problems, export_standing, set_burst_reason
from micdesk.core.submissions import list_periods, list_profiles, open_submission, value_history
from micdesk.core.template_store import ensure_default_template
from micdesk.core.validation import Finding
from micdesk.core.vocabulary import NarrativeField
from micdesk.core.workplan import UN_LANGUAGES, pick_text
from micdesk.gui import settings as keys
from micdesk.gui.actions import ActionId, Actions, WindowShortcutsFirst
from micdesk.gui.area_form import INITIAL_EDITORS, AreaForm
from micdesk.gui.commands import Editing
from micdesk.gui.dialogs.reason import ask_reason as ask_reason_dialog
from micdesk.gui.form_scheduler import FormScheduler, scroll_of
from micdesk.gui.form_stack import FormStack
from micdesk.gui.i18n import LANGUAGE_NAMES, RetranslatedOnLanguageChange, install_language
from micdesk.gui.messages import error_message
from micdesk.gui.models import AreaListModel, FindingsModel
from micdesk.gui.numbers import format_integer, locale_for_language, set_format_locale
from micdesk.gui.panels import AreaDelegate, ValidationPanel
from micdesk.gui.placement import ASSUMED_FRAME, fitted_geometry, frame_inside
from micdesk.gui.plain_text import show_plain_message
from micdesk.gui.session import SubmissionSession
from micdesk.gui.settings import Settings
from micdesk.gui.status_line import SubmissionStatusLine
from micdesk.gui.unsaved_texts import UnsavedTexts

DOCK_WIDTH = 280  # the problems panel's width when the window opens in right-to-left


class MainWindow(RetranslatedOnLanguageChange, QMainWindow):
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
        self.actions = Actions(self)
        self._shortcuts_first = WindowShortcutsFirst(self, self.actions)
        QApplication.instance().installEventFilter(self._shortcuts_first)
        self.setObjectName("micdesk-main-window")

        self.area_list = QListView()
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
        self.addDockWidget(_trailing_area(self._docks_direction), self.validation_dock)

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
        self._status_timer.timeout.connect(self.refresh_status)
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action_id in (
            ActionId.EXPORT,
            ActionId.IMPORT_TEMPLATE,
            ActionId.LOAD_SUBMISSION,
            ActionId.ASK_CONTRIBUTOR,
            ActionId.LOAD_CONTRIBUTION,
            None,
            ActionId.ADD_COUNTRY,
            ActionId.RESTORE_BACKUP,
            ActionId.SIGNING_KEYS,
            None,
            ActionId.QUIT,
        ):
            if action_id is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(self.actions[action_id])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.actions[ActionId.UNDO])
        self.edit_menu.addAction(self.actions[ActionId.REDO])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.actions[ActionId.NEXT_PROBLEM])
        self.view_menu = bar.addMenu("")
        toggle = self.validation_dock.toggleViewAction()
        self.view_menu.addAction(toggle)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("language-menu")
        self.language_actions = QActionGroup(self)
        self.language_actions.setExclusive(True)
        for code in UN_LANGUAGES:
            # Each language is named in itself, so that anyone can find their own.
            action = self.language_menu.addAction(LANGUAGE_NAMES[code])
            action.setObjectName(f"action-language-{code}")
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.setData(code)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(lambda action: self.set_language(action.data()))
        self.format_action = self.view_menu.addAction("")
        self.format_action.setObjectName("action-format-locale")
        self.format_action.triggered.connect(self.show_format_dialog)
        self.help_menu = bar.addMenu("")
        self.guide_action = self.help_menu.addAction("")
        self.guide_action.setObjectName("action-user-guide")
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_guide)
        self.whats_this_action = QWhatsThis.createAction(self)
        self.help_menu.addAction(self.whats_this_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.actions[ActionId.OPEN_LOG_FOLDER])
        self.help_menu.addAction(self.actions[ActionId.ABOUT])

    def _connect(self) -> None:
        a = self.actions
        a[ActionId.UNDO].triggered.connect(self.undo_stack.undo)
        a[ActionId.REDO].triggered.connect(self.undo_stack.redo)
        a[ActionId.UNDO].setEnabled(False)
        a[ActionId.REDO].setEnabled(False)
        self.undo_stack.canUndoChanged.connect(a[ActionId.UNDO].setEnabled)
        self.undo_stack.canRedoChanged.connect(a[ActionId.REDO].setEnabled)
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEXT_PROBLEM].triggered.connect(self.go_to_next_problem)
        a[ActionId.EXPORT].triggered.connect(self.show_export_dialog)
        a[ActionId.IMPORT_TEMPLATE].triggered.connect(self.show_template_import_dialog)
        a[ActionId.LOAD_SUBMISSION].triggered.connect(self.show_load_dialog)
        a[ActionId.ADD_COUNTRY].triggered.connect(self.show_add_country)
        a[ActionId.RESTORE_BACKUP].triggered.connect(self.show_restore_dialog)
        a[ActionId.ABOUT].triggered.connect(self.show_about)
        a[ActionId.OPEN_LOG_FOLDER].triggered.connect(self.open_log_folder)
        a[ActionId.SIGNING_KEYS].triggered.connect(self.show_signing_keys)
        a[ActionId.ASK_CONTRIBUTOR].triggered.connect(self.show_ask_contributor)
        a[ActionId.LOAD_CONTRIBUTION].triggered.connect(self.show_load_contribution)
        self.country_combo.activated.connect(self._on_country_chosen)
        self.period_combo.activated.connect(self._on_period_chosen)
        self.period_combo.lineEdit().returnPressed.connect(self._on_period_chosen)

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        restored = not geometry.isEmpty() and self.restoreGeometry(geometry)
        self.fit_to_screen(keep_place=restored)
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        else:  # on a laptop the problems panel leaves the form most of the width
            width = max(200, min(DOCK_WIDTH, self.width() * 22 // 100))
            self.resizeDocks([self.validation_dock], [width], Qt.Orientation.Horizontal)
        splitter = self.settings.get(keys.SPLITTER_STATE)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def fit_to_screen(self, available: QRect | None = None, *, keep_place: bool = True) -> None:
        """Keep the window, frame and status bar included, inside the screen's free area.

        A new window opens centred at its preferred size or smaller; a restored one
        stays where it was if it fits (another screen, a new task bar: moved in).
        """
        if self.isMaximized() or self.isFullScreen():
            return
        if available is None:
            available = self.screen().availableGeometry()
        frame = ASSUMED_FRAME
        outer, inner = self.frameGeometry(), self.geometry()
        if self.isVisible() and outer != inner:  # the window manager's real frame
            frame = QMargins(
                inner.left() - outer.left(),
                inner.top() - outer.top(),
                outer.right() - inner.right(),
                outer.bottom() - inner.bottom(),
            )
        self.setGeometry(fitted_geometry(available, frame, current=inner if keep_place else None))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_after_show:
            # The frame is known only once the window manager has framed the window.
            self._fitted_after_show = True
            QTimer.singleShot(0, self, self._fit_if_outside)

    def _fit_if_outside(self) -> None:
        if not frame_inside(self.frameGeometry(), self.screen().availableGeometry()):
            self.fit_to_screen()

    def save_layout(self) -> None:
        """Remember the window's geometry, docks and splitter."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()

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
                    country_name(self.session.submission.country, self.language),
                    self.session.submission.period,
                    title,
                )
            )
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

    def _mirror_docks(self) -> None:
        """Move docks to the other side when the layout direction flips (Qt keeps them put)."""
        direction = QGuiApplication.layoutDirection()
        if direction == self._docks_direction:
            return
        self._docks_direction = direction
        swap = {
            Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea,
        }
        moved = [
            dock
            for dock in self.findChildren(QDockWidget)
            if self.dockWidgetArea(dock) in swap and not dock.isFloating()
        ]
        # Before the window is first shown, docks have no laid-out width yet.
        widths = [dock.width() if self.isVisible() else DOCK_WIDTH for dock in moved]
        for dock in moved:
            self.addDockWidget(swap[self.dockWidgetArea(dock)], dock)
        if moved:  # a re-added dock shrinks to its minimum: keep the width it had
            self.resizeDocks(moved, widths, Qt.Orientation.Horizontal)

    # -- the submission ------------------------------------------------------------------

    def open_initial(self) -> None:
        """Open the last country and period (or the first profile on the current period)."""
        country = self.settings.get(keys.LAST_COUNTRY)
        period = self.settings.get(keys.LAST_PERIOD)
        profiles = [p.country for p in list_profiles(self.store)]
        if country not in profiles:
            country = profiles[0] if profiles else ""
        if not country:
            return
        template = ensure_default_template(self.store)
        if not period:
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
            self.validation_dock.setWidget(self.validation_panel)
        else:
            self.area_model.set_session(session)
            assert self.findings_model is not None
            self.findings_model.set_session(session)
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
        # The rest of the forms are built while the user reads the first.
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
        return f"{country_name(code, self.language)} ({code})"

    def _fill_selectors(self) -> None:
        assert self.session is not None
        submission = self.session.submission
        self.country_combo.clear()
        for profile in list_profiles(self.store):
            self.country_combo.addItem(self._country_text(profile.country), profile.country)
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
            self.session,
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

    def go_to_finding(self, finding: Finding) -> None:
        """Select the finding's row and put the focus on its field."""
        self._go_to(finding.area_code, finding.indicator_code, finding.cell)

    def _go_to(self, area_code: str, indicator_code: str | None, cell: str) -> None:
        if self.area_model is None:
            return
        self.select_area(self.area_model.row_of(area_code))
        form = self.forms.get(area_code)
        if form is None:
            return
        if indicator_code and form.has_indicator(indicator_code):
            field = form.editor(indicator_code).focus_cell(cell)
        else:
            if cell not in {field.value for field in NarrativeField}:
                return
            field = form.narrative(cell).edit
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = scroll_of(form)
        QTimer.singleShot(0, field, lambda: scroll.ensureWidgetVisible(field, 40, 80))

    def _go_to_unsaved(self, code: str) -> None:
        if self.session is not None and self.session.template.has_indicator(code):
            self._go_to(self.session.template.indicator(code).area, code, "")

    def _on_focus_requested(self, key: str, cell: str) -> None:
        """After undo or redo: show the field that changed."""
        if self.session is None:
            return
        template = self.session.template
        if template.has_indicator(key):
            self._go_to(template.indicator(key).area, key, cell)
        else:
            self._go_to(key, None, cell)

    def go_to_next_problem(self) -> None:
        """Go to the next error or warning in the problems panel."""
        panel = self.validation_panel
        if panel is None or panel.model.rowCount() == 0:
            return
        current = panel.view.currentIndex().row()
        panel.activate_row((current + 1) % panel.model.rowCount())

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
        problems = count_problems(self.session.findings)
        self.status_line.show_status(standing, problems, self.locale)

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

    # -- dialogs -------------------------------------------------------------------------

    def show_history(self, code: str, cell: str) -> None:
        """Show the change history of a value cell."""
        from micdesk.gui.dialogs.history import HistoryDialog

        assert self.session is not None
        entries = value_history(self.store, self.session.submission, code, cell)
        title = self.editing.cell_title(code, cell) if self.editing else code
        reason = export_standing(self.store, self.session.submission).reason
        reword = self._reword_from_history if reason and not self.store.read_only else None
        dialog = HistoryDialog(title, entries, self.locale, self, reword=reword)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog

    def show_format_dialog(self) -> None:
        """Choose how numbers and dates are written (View → Number and date format)."""
        from micdesk.gui.dialogs.format_locale import FormatLocaleDialog

        dialog = FormatLocaleDialog(self.settings.get(keys.FORMAT_LOCALE), self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_format_locale(dialog.chosen()))
        dialog.open()
        self.format_dialog = dialog

    def set_format_locale(self, name: str) -> None:
        """Write numbers and dates as in a locale ("" = automatic); the language stays."""
        self.settings.set(keys.FORMAT_LOCALE, name)
        self.settings.sync()
        set_format_locale(name)
        self.set_language(self.language)

    def open_log_folder(self) -> None:
        """Show the folder of the log files, which support asks for."""
        folder = log_folder(self.store.data_dir or default_data_dir())
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_guide(self) -> None:
        """Help → User guide: the built-in guide in the window's language."""
        from micdesk.gui.dialogs.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.guide_dialog = dialog

    def show_about(self) -> None:
        """Show the About box."""
        from micdesk.gui.dialogs.about import AboutDialog

        dialog = AboutDialog(str(self.store.data_dir or ""), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def show_ask_contributor(self) -> None:
        """Write a contributor workbook for the open submission."""
        from micdesk.gui.dialogs.contributor import AskContributorDialog

        if self.session is None:
            return
        self._commit_focused_field()
        dialog = AskContributorDialog(self.store, self.session.submission, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.ask_contributor_dialog = dialog

    def show_load_contribution(self) -> None:
        """Check and load a returned contributor workbook."""
        from micdesk.gui.dialogs.contributor import LoadContributionDialog

        self._commit_focused_field()
        submission = self.session.submission if self.session is not None else None
        dialog = LoadContributionDialog(self.store, submission, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._show_loaded)
        dialog.open()
        self.load_contribution_dialog = dialog

    def show_signing_keys(self) -> None:
        """Show this installation's signing key and the UNIDO keys trusted here."""
        from micdesk.gui.dialogs.signing_keys import SigningKeysDialog

        if self.store.data_dir is None:
            return
        dialog = SigningKeysDialog(self.store.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.signing_keys_dialog = dialog

    def show_add_country(self) -> None:
        """Add another country profile (the first-run wizard without the language page)."""
        from micdesk.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(self.store, self.settings, ask_language=False, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished_profile.connect(
            lambda country, period: self.open_submission(country, period)
        )
        wizard.open()
        self.add_country_wizard = wizard

    def show_restore_dialog(self) -> None:
        """Restore an automatic backup; the window then reopens on the restored data."""
        from micdesk.core.startup import close_store
        from micdesk.gui.startup_dialogs import RestoreBackupDialog

        if self.store.data_dir is None:
            return
        self._commit_focused_field()
        dialog = RestoreBackupDialog(
            self.store.data_dir, self, release_store=lambda: close_store(self.store)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._restart_after_restore)
        dialog.open()
        self.restore_dialog = dialog

    def _restart_after_restore(self) -> None:
        # The store under this window is gone; run_app opens the restored one afresh.
        self.restart_requested = True
        self.close()

    def show_export_dialog(self) -> None:
        """Export the submission (see dialogs.export)."""
        from micdesk.gui.dialogs.export import ExportDialog

        if self.session is None:
            return
        self._commit_focused_field()
        assert self.editing is not None
        dialog = ExportDialog(
            self.store, self.session, self.editing, self.settings, self.locale, self.language, self
        )
        dialog.exported.connect(self.refresh_status)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.export_dialog = dialog

    def show_template_import_dialog(self) -> None:
        """Import a template update (see dialogs.template_import)."""
        from micdesk.gui.dialogs.template_import import TemplateImportDialog

        dialog = TemplateImportDialog(self.store, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._reopen)
        dialog.open()
        self.template_import_dialog = dialog

    def show_load_dialog(self) -> None:
        """Load a submission workbook (see dialogs.load)."""
        from micdesk.gui.dialogs.load import LoadDialog

        dialog = LoadDialog(self.store, self.locale, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self._show_loaded)
        dialog.open()
        self.load_dialog = dialog

    def _show_loaded(self, country: str, period: str) -> None:
        """Open the submission a load wrote into."""
        row = self.area_list.currentIndex().row()
        self.open_submission(country, period)
        self.select_area(max(row, 0))

    def _reopen(self, *_args) -> None:
        """Re-read the submission after an import or a load changed the store."""
        if self.session is not None:
            row = self.area_list.currentIndex().row()
            self.open_submission(self.session.submission.country, self.session.submission.period)
            self.select_area(max(row, 0))

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


def _trailing_area(direction: Qt.LayoutDirection) -> Qt.DockWidgetArea:
    """The dock area at the end of a line in a layout direction."""
    if direction == Qt.LayoutDirection.RightToLeft:
        return Qt.DockWidgetArea.LeftDockWidgetArea
    return Qt.DockWidgetArea.RightDockWidgetArea


def _today() -> tuple[int, int]:
    """Today's year and month (local time)."""
    from datetime import date

    today = date.today()
    return today.year, today.month
