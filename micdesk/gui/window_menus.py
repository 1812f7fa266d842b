"""The main window's menu bar and the wiring of its actions to what they do."""

from __future__ import annotations

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QWhatsThis

from micdesk.core.workplan import UN_LANGUAGES
from micdesk.gui.actions import ActionId
from micdesk.gui.i18n import LANGUAGE_NAMES


class WindowMenus:
    """Builds the File, Edit, View and Help menus and connects every action (MainWindow's part).

    The texts are set by ``MainWindow.retranslate_ui``, which owns the window's words.
    """

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for action_id in (
            ActionId.EXPORT,
            ActionId.IMPORT_TEMPLATE,
            ActionId.LOAD_SUBMISSION,
            ActionId.ASK_CONTRIBUTOR,
            ActionId.LOAD_CONTRIBUTION,
            ActionId.LOAD_REVIEW,
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
        does = {
            ActionId.QUIT: self.close,
            ActionId.NEXT_PROBLEM: self.go_to_next_problem,
            ActionId.EXPORT: self.show_export_dialog,
            ActionId.IMPORT_TEMPLATE: self.show_template_import_dialog,
            ActionId.LOAD_SUBMISSION: self.show_load_dialog,
            ActionId.ADD_COUNTRY: self.show_add_country,
            ActionId.RESTORE_BACKUP: self.show_restore_dialog,
            ActionId.ABOUT: self.show_about,
            ActionId.OPEN_LOG_FOLDER: self.open_log_folder,
            ActionId.SIGNING_KEYS: self.show_signing_keys,
            ActionId.ASK_CONTRIBUTOR: self.show_ask_contributor,
            ActionId.LOAD_REVIEW: self.show_load_review,
            ActionId.LOAD_CONTRIBUTION: self.show_load_contribution,
        }
        for action_id, slot in does.items():
            a[action_id].triggered.connect(slot)
        self.country_combo.activated.connect(self._on_country_chosen)
        self.period_combo.activated.connect(self._on_period_chosen)
        self.period_combo.lineEdit().returnPressed.connect(self._on_period_chosen)
