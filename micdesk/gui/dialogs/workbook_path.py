"""The row at the top of the export, import and load dialogs: which workbook."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from micdesk.gui.i18n import RetranslatedOnLanguageChange


class WorkbookPathRow(RetranslatedOnLanguageChange, QWidget):
    """A label, the workbook's path and a Choose… button (an open or a save dialog).

    The dialog that holds it sets the label, the field's accessible name and the file
    dialog's title in its own retranslate_ui(), and may add its action button.
    """

    chosen = Signal(str)  # a path picked in the file dialog

    def __init__(self, *, save: bool, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.file_dialog_title = ""
        self.label = QLabel()
        self.path = QLineEdit(path)
        self.label.setBuddy(self.path)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.choose)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.label)
        self._layout.addWidget(self.path, 1)
        self._layout.addWidget(self.browse)
        self.retranslate_ui()

    def add_button(self, button: QPushButton) -> None:
        """Put the dialog's action button (Read, Check) after Choose…."""
        self._layout.addWidget(button)

    def set_texts(self, label: str, name: str, file_dialog_title: str = "") -> None:
        """The row's label, the name a screen reader gives the path and the file dialog's
        title (the name unless said), from the holding dialog's retranslate_ui()."""
        self.label.setText(label)
        self.path.setAccessibleName(name)
        self.file_dialog_title = file_dialog_title or name

    def text(self) -> str:
        """The path as typed, without surrounding spaces."""
        return self.path.text().strip()

    def retranslate_ui(self) -> None:
        """Set the row's own texts in the current language."""
        self.browse.setText(self.tr("&Choose…"))

    def choose(self) -> None:
        """Ask for the workbook with the platform's file dialog."""
        pick = QFileDialog.getSaveFileName if self._save else QFileDialog.getOpenFileName
        path, _filter = pick(
            self, self.file_dialog_title, self.path.text(), self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        if self._save and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.path.setText(path)
        self.chosen.emit(path)
