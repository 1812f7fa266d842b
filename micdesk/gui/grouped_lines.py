"""Lines under headings in a tree, as the import and load previews show what a file brings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel


def show_grouped_lines(
    model: QStandardItemModel, groups: Sequence[tuple[str, Sequence[str]]]
) -> None:
    """Fill a model with one read-only "heading (count)" row per non-empty group, lines below."""
    model.clear()
    for heading, lines in groups:
        if not lines:
            continue
        parent = QStandardItem(f"{heading} ({len(lines)})")
        parent.setEditable(False)
        for line in lines:
            child = QStandardItem(line)
            child.setEditable(False)
            parent.appendRow(child)
        model.appendRow(parent)
