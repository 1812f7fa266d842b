"""The shapes dialogs and forms repeat: a column of their parts, Close beside an action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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


def close_box(dialog: QDialog) -> QDialogButtonBox:
    """The dialog's button box with Close, which rejects it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
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
