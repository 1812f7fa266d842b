"""Opening the store for the window: one instance, a way out of a damaged store, restores.

``open_store_for_session`` is what the application calls where it opens the store;
``close_session_store`` undoes it. ``RestoreBackupDialog`` is the Restore-backup
dialog the main window offers from its menu.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QWidget,
)

from micdesk.core.backups import BackupError, BackupInfo, list_backups, newest_good_backup
from micdesk.core.backups import restore_backup as restore_backup_file
from micdesk.core.folder_lock import COMMAND_WAIT_SECONDS, WINDOW
from micdesk.core.placeholders import fill
from micdesk.core.quick_check import QuickCheckAhead
from micdesk.core.startup import (
    StoreDamagedError,
    close_store,
    open_read_only_store,
    prepare_store,
)
from micdesk.core.store import Store, StoreError, StoreTooNewError
from micdesk.gui.dialog_layout import action_button, close_box, column
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.instance_lock import InstanceLock, LockHolder
from micdesk.gui.numbers import format_datetime, format_size
from micdesk.gui.plain_text import plain, plain_tooltip

translate = QCoreApplication.translate

_locks: dict[int, InstanceLock] = {}


class DamagedStoreChoice(enum.Enum):
    """What the user chose to do with a store that failed its check."""

    RESTORE_NEWEST_BACKUP = "restore"
    OPEN_READ_ONLY = "read-only"
    QUIT = "quit"


def backup_reason_text(reason: str) -> str:
    """Why a backup was made, in the user's language; a reason a user typed stays as typed."""
    return {
        "daily": translate("startup", "daily backup"),
        "before-migration": translate("startup", "before micdesk updated the data file"),
        "before-restore": translate("startup", "before a restore"),
        "damaged-before-restore": translate("startup", "damaged data, kept before a restore"),
        "after-export": translate("startup", "after an export"),
        "manual": translate("startup", "made on request"),
    }.get(reason, reason)


def _backup_text(info: BackupInfo) -> str:
    locale = QLocale()
    when = format_datetime(info.created_at, locale)
    size = format_size(info.size, locale)
    return f"{when} — {backup_reason_text(info.reason)} — {size}"


class DamagedStoreDialog(RetranslatedOnLanguageChange, QDialog):
    """The store failed SQLite's check: restore the newest good backup, read it, or quit."""

    def __init__(
        self, error: StoreDamagedError, backup: BackupInfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._error = error
        self._backup = backup
        self.choice = DamagedStoreChoice.QUIT
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QLabel("; ".join(error.problems[:3]))
        plain(self.explanation, self.details)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restore_button = QPushButton()
        self.restore_button.setEnabled(backup is not None)
        self.read_only_button = QPushButton()
        self.quit_button = QPushButton()
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if error.readable:  # an empty or missing file has nothing to read: restore or quit
            self.buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(
            lambda: self._choose(DamagedStoreChoice.RESTORE_NEWEST_BACKUP)
        )
        self.read_only_button.clicked.connect(
            lambda: self._choose(DamagedStoreChoice.OPEN_READ_ONLY)
        )
        self.quit_button.clicked.connect(lambda: self._choose(DamagedStoreChoice.QUIT))
        column(self, self.explanation, self.details, self.buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def _choose(self, choice: DamagedStoreChoice) -> None:
        self.choice = choice
        if choice is DamagedStoreChoice.QUIT:
            self.reject()
        else:
            self.accept()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("micdesk: the data file is damaged"))
        if self._backup is not None:
            newest = fill(self.tr("The newest good backup is from %1."), _backup_text(self._backup))
        else:
            newest = self.tr("There is no good backup to restore.")
        if self._error.readable:
            explanation = self.tr(
                "SQLite's check found damage in %1. You can restore the newest good backup "
                "(the damaged file is kept in the backups folder), or open the data read-only "
                "and export what can still be read."
            )
        else:
            explanation = self.tr(
                "The data file %1 is empty or missing, but the backups folder holds earlier "
                "data. Restore the newest good backup to go on; no backup has been deleted."
            )
        self.explanation.setText(fill(explanation, str(self._error.database)) + " " + newest)
        self.restore_button.setText(self.tr("&Restore the newest backup"))
        self.read_only_button.setText(self.tr("Open &read-only"))
        self.quit_button.setText(self.tr("&Quit"))


class RestoreBackupDialog(RetranslatedOnLanguageChange, QDialog):
    """Lists the backups of a data folder and restores the chosen one after confirmation.

    The store must be closed before a restore: pass `release_store`, which the dialog
    calls once the user has confirmed, then reopen the store when the dialog is accepted.
    """

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        release_store: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._release_store = release_store
        self.restored: BackupInfo | None = None
        self.safety_backup: Path | None = None
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.backups = QListWidget()
        self.explanation.setBuddy(self.backups)
        self.buttons = close_box(self)
        self.restore_button = action_button(
            self.buttons, self.restore_selected, QDialogButtonBox.ButtonRole.ActionRole
        )
        self.backups.currentRowChanged.connect(self._update_buttons)
        self.backups.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        column(self, self.explanation, self.backups, self.buttons)
        self.setMinimumSize(520, 360)
        self.reload()
        self.retranslate_ui()

    def reload(self) -> None:
        """List the backups again, newest first."""
        self.backups.clear()
        for info in list_backups(self.data_dir):
            item = QListWidgetItem(_backup_text(info))
            item.setData(Qt.ItemDataRole.UserRole, info)
            schema = fill(
                self.tr("made by a micdesk whose data format is version %1"),
                info.schema_revision or "?",
            )
            item.setToolTip(plain_tooltip(f"{info.name}\n{schema}"))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        item = self.backups.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def _confirmed(self, info: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            fill(
                self.tr(
                    "Replace the current data with the backup from %1? What you entered since "
                    "then is kept in a new backup, not in the data you will work on."
                ),
                _backup_text(info),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        """Ask for confirmation, close the store through release_store, restore; True if done."""
        info = self.selected_backup()
        if info is None or not self._confirmed(info):
            return False
        if self._release_store is not None:
            self._release_store()
            self._release_store = None  # the store is closed now, whatever happens next
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.safety_backup = restore_backup_file(self.data_dir, info)
        except (BackupError, OSError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Restore a backup"), str(error))
            self.reload()
            return False
        QApplication.restoreOverrideCursor()
        self.restored = info
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Restore a backup"))
        self.explanation.setText(
            fill(
                self.tr(
                    "&Backups of %1, newest first. micdesk takes one each day, before each "
                    "schema upgrade and before each restore."
                ),
                str(self.data_dir),
            )
        )
        self.restore_button.setText(self.tr("&Restore…"))


def explain_second_instance(holder: LockHolder | None, data_dir: Path) -> None:
    """Tell the user micdesk is already running on this data folder."""
    if holder is not None and holder.application != WINDOW:
        text = fill(
            translate("startup", "A micdesk command (%1) is writing to this data folder:\n%2"),
            holder.application,
            str(data_dir),
        )
        text += "\n\n" + translate("startup", "Try again when it has finished.")
        QMessageBox.information(None, "micdesk", text)
        return
    text = fill(
        translate("startup", "micdesk is already open on this data folder:\n%1"), str(data_dir)
    )
    if holder is not None:
        text += "\n\n" + fill(
            translate("startup", "It runs as process %1 on %2."), str(holder.pid), holder.hostname
        )
    QMessageBox.information(None, "micdesk", text)


def ask_damaged_store_choice(error: StoreDamagedError, data_dir: Path) -> DamagedStoreChoice:
    """Show the damaged-store dialog and return the user's choice."""
    dialog = DamagedStoreDialog(error, newest_good_backup(data_dir))
    dialog.exec()
    return dialog.choice


def open_store_for_session(
    data_dir: Path, checked_ahead: QuickCheckAhead | None = None
) -> Store | None:
    """Take the data folder's lock, then open its store with the checks of start-up.

    ``checked_ahead``: the store's quick_check, started while the window loaded.
    Returns None when the application should exit: another instance runs, the data is
    from a newer micdesk, or the user chose to quit. Close with close_session_store.
    """
    lock = InstanceLock(data_dir)
    if not lock.acquire(COMMAND_WAIT_SECONDS):
        explain_second_instance(lock.holder(), data_dir)
        return None
    store = _open_checked(data_dir, checked_ahead)
    if store is None:
        lock.release()
        return None
    _locks[id(store)] = lock
    return store


def _open_checked(data_dir: Path, checked_ahead: QuickCheckAhead | None) -> Store | None:
    while True:
        try:
            return prepare_store(data_dir, checked_ahead=checked_ahead)
        except StoreTooNewError as error:
            QMessageBox.critical(None, "micdesk", str(error))
            return None
        except StoreDamagedError as error:
            checked_ahead = None  # a restored file is checked afresh
            choice = ask_damaged_store_choice(error, data_dir)
            if choice is DamagedStoreChoice.QUIT:
                return None
            try:
                if choice is DamagedStoreChoice.OPEN_READ_ONLY:
                    return open_read_only_store(data_dir)
                backup = newest_good_backup(data_dir)
                if backup is None:
                    raise BackupError(translate("startup", "There is no good backup to restore."))
                restore_backup_file(data_dir, backup)
            except (StoreError, BackupError, OSError) as failure:
                QMessageBox.critical(None, "micdesk", str(failure))
                return None
        except (StoreError, BackupError, OSError) as error:
            QMessageBox.critical(None, "micdesk", str(error))
            return None


def close_session_store(store: Store) -> None:
    """Close a store opened by open_store_for_session and release the data folder's lock."""
    close_store(store)
    lock = _locks.pop(id(store), None)
    if lock is not None:
        lock.release()
