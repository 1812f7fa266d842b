"""What dialogs and forms repeat: a column or a row of their parts, Close beside an action, OK
and Cancel, a file asked for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def column(
    parent: QWidget,
    *parts: QWidget | QLayout,
    stretch: QWidget | None = None,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
) -> QVBoxLayout:
    """Lay ``parts`` out top to bottom in ``parent``; ``stretch`` takes the spare height."""
    layout = QVBoxLayout(parent)
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    return layout


def row(
    *parts: QWidget,
    stretch: QWidget | None = None,
    margins: tuple[int, int, int, int] | None = None,
) -> QHBoxLayout:
    """Lay ``parts`` out side by side; ``stretch`` takes the spare width, or without one the
    parts keep their size at the leading edge (a row of buttons)."""
    layout = QHBoxLayout()
    if margins is not None:
        layout.setContentsMargins(*margins)
    for part in parts:
        layout.addWidget(part, 1 if part is stretch else 0)
    if stretch is None:
        layout.addStretch(1)
    return layout


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """The dialog's button box with Close, which rejects it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_cancel_box(dialog: QDialog) -> QDialogButtonBox:
    """The dialog's button box with OK, which accepts it, and Cancel, which rejects it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def action_button(
    buttons: QDialogButtonBox,
    action: Callable[[], object],
    role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.ApplyRole,
    *,
    enabled: bool = True,
) -> QPushButton:
    """A button in ``buttons`` that runs ``action``; the dialog's retranslate_ui() names it."""
    button = buttons.addButton("", role)
    button.setEnabled(enabled)
    button.clicked.connect(action)
    return button


def ask_for_file(parent: QWidget, title: str, file_filter: str) -> Path | None:
    """An existing file the user picks with the platform's dialog, from the home folder."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), file_filter)
    return Path(path) if path else None
