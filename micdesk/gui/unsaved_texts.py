"""Text typed in a number field that is not a number: never dropped (docs/design.md §5, §12).

It stays in its field, is listed under Problems, and is kept in the settings file
as an unsaved draft of that field, so that it is still there after a restart or a
crash, until it is corrected, cleared or typed back to the saved value.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal

from micdesk.gui import settings as keys
from micdesk.gui.settings import Settings


class UnsavedTexts(QObject):
    """The unsaved texts of the submission open in the window, by indicator code."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._submission = ""
        self._texts: dict[str, str] = {}

    def _all(self) -> dict[str, dict[str, str]]:
        try:
            stored = json.loads(self._settings.get(keys.UNSAVED_TEXTS) or "{}")
        except ValueError:
            return {}
        return stored if isinstance(stored, dict) else {}

    def open(self, country: str, period: str, template_id: str) -> None:
        """Read the texts kept for a submission (on opening it)."""
        self._submission = f"{country}|{period}|{template_id}"
        texts = self._all().get(self._submission, {})
        self._texts = {str(k): str(v) for k, v in texts.items()} if isinstance(texts, dict) else {}
        self.changed.emit()

    def text(self, code: str) -> str | None:
        """The unsaved text of an indicator's value, if any."""
        return self._texts.get(code)

    def items(self) -> list[tuple[str, str]]:
        """Every (indicator code, unsaved text)."""
        return sorted(self._texts.items())

    def keep(self, code: str, text: str) -> None:
        """Keep a text that could not be saved."""
        if self._texts.get(code) != text:
            self._texts[code] = text
            self._write()

    def drop(self, code: str) -> None:
        """Forget a field's unsaved text (saved, cleared or typed back)."""
        if self._texts.pop(code, None) is not None:
            self._write()

    def _write(self) -> None:
        everything = self._all()
        if self._texts:
            everything[self._submission] = dict(self._texts)
        else:
            everything.pop(self._submission, None)
        self._settings.set(keys.UNSAVED_TEXTS, json.dumps(everything, ensure_ascii=False))
        self._settings.sync()  # a crash right after keeps it too
        self.changed.emit()
