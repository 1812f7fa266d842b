"""About micdesk."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from micdesk import __version__
from micdesk.core.placeholders import fill
from micdesk.core.signatures import installation_fingerprint, short_fingerprint
from micdesk.gui.dialog_layout import close_box, column
from micdesk.gui.i18n import RetranslatedOnLanguageChange


class AboutDialog(RetranslatedOnLanguageChange, QDialog):
    """The program, its version and what it is built on."""

    def __init__(self, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setOpenExternalLinks(True)
        self.key = QLabel()
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column(self, self.text, self.key, close_box(self))
        self.setMinimumWidth(440)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("About micdesk"))
        self.text.setText(
            fill(
                self.tr(
                    "<h3>micdesk %1</h3><p>Reporting on UNIDO's work plan with middle-income "
                    "countries, offline.</p><p>Data folder: %2</p><p>Qt %3, PySide6 %4</p>"
                ),
                __version__,
                html.escape(self._data_dir),
                qVersion(),
                pyside_version,
            )
        )
        if self._data_dir:
            self.key.setText(
                fill(
                    self.tr("This installation signs final returns with key %1."),
                    short_fingerprint(installation_fingerprint(Path(self._data_dir))),
                )
            )
