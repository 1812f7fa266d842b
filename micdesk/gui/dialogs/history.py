"""The change history of one value cell (``value_history``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.records import ChangeEntry
from micdesk.gui.dialog_layout import close_box, column
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.models import HistoryModel
from micdesk.gui.plain_text import plain


class HistoryDialog(RetranslatedOnLanguageChange, QDialog):
    """Every recorded change of a value: when, what, before, after, why, by what."""

    def __init__(
        self,
        title: str,
        entries: list[ChangeEntry],
        locale: QLocale,
        parent: QWidget | None = None,
        *,
        reword: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        plain(self.heading)  # the indicator's label, from the template
        self.model = HistoryModel(entries, locale, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        buttons = close_box(self)
        # The one reason of the changes since the last export can be reworded here.
        self.reword = QPushButton()
        buttons.addButton(self.reword, QDialogButtonBox.ButtonRole.ActionRole)
        self.reword.setVisible(reword is not None)
        if reword is not None:
            self.reword.clicked.connect(reword)
        column(self, self.heading, self.table, buttons)
        self.resize(720, 360)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Change history"))
        self.reword.setText(self.tr("&Reword the reason of the latest changes…"))
        if self.model.rowCount():
            self.heading.setText(fill(self.tr("Changes of %1, oldest first:"), self._title))
        else:
            self.heading.setText(fill(self.tr("%1 has not been changed yet."), self._title))
