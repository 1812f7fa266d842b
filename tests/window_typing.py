"""Typing a value into the real window as a focal point does: the row, the field, the text, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_value(qtbot, window, code: str, text: str):
    """Go to the indicator's row, type ``text`` over its value field and press Enter; the field."""
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    field = window.forms[area].editor(code).value_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return field
