"""Template, user and file text in the window is plain text, never rich text.

QLabel, tooltips and message boxes guess rich text from a leading tag, so an area
title such as ``<img src="/local/file.png"><a href=…>Log in again…</a>`` would show
the local image and the link. Every widget that shows text micdesk did not write
itself goes through here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain(*labels: QLabel) -> None:
    """Show these labels' text as plain text, whatever it looks like."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (tooltips have no plain-text switch)."""
    return GuiQt.convertFromPlainText(text) if text else ""


def show_plain_message(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> None:
    """A modal message box whose text is shown literally (it may quote a file or a value)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
