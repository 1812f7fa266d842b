"""The window's actions, declared once by id; menus and toolbars only place them."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle, QWidget

translate = QCoreApplication.translate


class ActionId(enum.Enum):
    """Every command of the main window."""

    EXPORT = "export"
    IMPORT_TEMPLATE = "import_template"
    LOAD_SUBMISSION = "load_submission"
    ADD_COUNTRY = "add_country"
    RESTORE_BACKUP = "restore_backup"
    SIGNING_KEYS = "signing_keys"
    ASK_CONTRIBUTOR = "ask_contributor"
    LOAD_CONTRIBUTION = "load_contribution"
    LOAD_REVIEW = "load_review"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEXT_PROBLEM = "next_problem"
    OPEN_LOG_FOLDER = "open_log_folder"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    """What an action looks like: its text (translated at use), shortcut and icon."""

    text: Callable[[], str]
    shortcut: QKeySequence.StandardKey | str | None = None
    icon: QStyle.StandardPixmap | None = None
    tip: Callable[[], str] | None = None


SPECS: dict[ActionId, ActionSpec] = {
    ActionId.EXPORT: ActionSpec(
        lambda: translate("actions", "&Export submission…"),
        "Ctrl+E",
        QStyle.StandardPixmap.SP_DialogSaveButton,
        lambda: translate("actions", "Write the submission workbook for UNIDO (draft or final)"),
    ),
    ActionId.IMPORT_TEMPLATE: ActionSpec(
        lambda: translate("actions", "&Import template…"),
        None,
        QStyle.StandardPixmap.SP_FileDialogNewFolder,
        lambda: translate("actions", "Install a new work-plan template version from UNIDO"),
    ),
    ActionId.LOAD_SUBMISSION: ActionSpec(
        lambda: translate("actions", "&Load submission…"),
        QKeySequence.StandardKey.Open,
        QStyle.StandardPixmap.SP_DialogOpenButton,
        lambda: translate("actions", "Merge the values of a submission workbook into this store"),
    ),
    ActionId.ADD_COUNTRY: ActionSpec(lambda: translate("actions", "Add a &country…")),
    ActionId.RESTORE_BACKUP: ActionSpec(
        lambda: translate("actions", "&Restore a backup…"),
        tip=lambda: translate("actions", "Replace the data with one of the automatic backups"),
    ),
    ActionId.ASK_CONTRIBUTOR: ActionSpec(
        lambda: translate("actions", "Ask a contri&butor…"),
        tip=lambda: translate(
            "actions", "Write a workbook for another ministry with just the indicators it owns"
        ),
    ),
    ActionId.LOAD_CONTRIBUTION: ActionSpec(
        lambda: translate("actions", "Load a con&tributor's workbook…"),
        tip=lambda: translate("actions", "Check a returned contributor workbook and load it"),
    ),
    ActionId.LOAD_REVIEW: ActionSpec(
        lambda: translate("actions", "Load a UNIDO re&view…"),
        tip=lambda: translate(
            "actions", "Read UNIDO's questions about a return, to answer them beside their fields"
        ),
    ),
    ActionId.SIGNING_KEYS: ActionSpec(
        lambda: translate("actions", "Signing &keys…"),
        tip=lambda: translate(
            "actions", "This installation's key for returns, and the UNIDO keys trusted here"
        ),
    ),
    ActionId.QUIT: ActionSpec(lambda: translate("actions", "&Quit"), QKeySequence.StandardKey.Quit),
    ActionId.UNDO: ActionSpec(lambda: translate("actions", "&Undo"), QKeySequence.StandardKey.Undo),
    ActionId.REDO: ActionSpec(lambda: translate("actions", "&Redo"), QKeySequence.StandardKey.Redo),
    ActionId.NEXT_PROBLEM: ActionSpec(
        lambda: translate("actions", "Go to the next &problem"), "F8"
    ),
    ActionId.OPEN_LOG_FOLDER: ActionSpec(
        lambda: translate("actions", "Open the &log folder"),
        tip=lambda: translate(
            "actions", "The log of what went wrong, to send to whoever supports you"
        ),
    ),
    ActionId.ABOUT: ActionSpec(lambda: translate("actions", "&About micdesk")),
}


class Actions:
    """The QActions of one window, created from SPECS."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[ActionId, QAction] = {}
        style = QApplication.style()
        for action_id, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action-{action_id.value}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            self._actions[action_id] = action
        self.retranslate_ui()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def retranslate_ui(self) -> None:
        """Set every action's text and tip in the current language."""
        for action_id, spec in SPECS.items():
            action = self._actions[action_id]
            action.setText(spec.text())
            if spec.tip is not None:
                action.setToolTip(spec.tip())
                action.setStatusTip(spec.tip())


# Actions whose shortcuts a text field must not take for its own key bindings (on Linux a
# line edit reads Ctrl+E as "end of line"); undo, redo and the clipboard stay the field's.
WINDOW_FIRST = (
    ActionId.EXPORT,
    ActionId.IMPORT_TEMPLATE,
    ActionId.LOAD_SUBMISSION,
    ActionId.QUIT,
    ActionId.NEXT_PROBLEM,
)


class WindowShortcutsFirst(QObject):
    """Event filter on the focused widget: the window's own shortcuts work from its editors.

    Qt asks the focused widget first (ShortcutOverride); a QLineEdit claims Ctrl+E and
    the Export action never hears it. Refusing the override for the window's shortcuts
    lets Qt's shortcut map trigger the action instead. Only the focused widget is
    watched (Qt sends the override to it): a filter on the whole application ran
    Python for every event of every widget, thousands per row switch (issue 21).
    """

    def __init__(self, window: QWidget, actions: Actions) -> None:
        super().__init__(window)
        self._window, self._actions = window, actions
        self._watched: QWidget | None = None

    def watch_focus(self) -> None:
        """Follow the application's focus from now on, starting with the focused widget."""
        application = QApplication.instance()
        application.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, application.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if new is not None and shiboken6.isValid(new) and new.window() is self._window:
            self._watched = new
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            pressed = QKeySequence(event.keyCombination())
            for action_id in WINDOW_FIRST:
                action = self._actions[action_id]
                if action.isEnabled() and any(
                    pressed.matches(shortcut) == QKeySequence.SequenceMatch.ExactMatch
                    for shortcut in action.shortcuts()
                ):
                    event.ignore()
                    return True
        return False
