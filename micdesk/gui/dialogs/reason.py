"""Asks why a value UNIDO received in a final submission changes (docs/design.md §2, §12)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from micdesk.gui.dialog_layout import column, ok_cancel_box
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.wrapped_label import WrappedLabel


class ReasonDialog(RetranslatedOnLanguageChange, QDialog):
    """A short question: the reason for changing what UNIDO received as final."""

    def __init__(self, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The one sentence: which value, which final revision; it names the indicator by
        # its template label.
        self.detail = WrappedLabel()
        self.detail.setText(detail)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.explanation.setBuddy(self.reason)
        self.buttons = ok_cancel_box(self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        column(self, self.detail, self.explanation, self.reason, self.buttons)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Reason for the change"))
        self.explanation.setText(self.tr("&Reason (kept in the history, where you can reword it):"))
        self.reason.setAccessibleName(self.tr("Reason for the change"))


def ask_reason(parent: QWidget | None, detail: str) -> str | None:
    """Ask for a reason; None when the user cancels."""
    dialog = ReasonDialog(detail, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.reason.text().strip()
    return None
