"""Every setting of the window, declared once, typed, with its default (STYLE §7).

Settings live in ``micdesk.ini`` (QSettings IniFormat) beside the data folder,
never in the Windows registry (docs/design.md §10); the data folder itself follows
``--data-dir`` or ``MICDESK_DATA_DIR``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_FILENAME = "micdesk.ini"

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: its key in the file, its type and its default."""

    key: str
    type: type
    default: T


LANGUAGE = Setting("ui/language", str, "en")
# How numbers and dates are written (a QLocale name such as ar_MA); "" follows the system.
FORMAT_LOCALE = Setting("ui/format_locale", str, "")
LAST_COUNTRY = Setting("session/country", str, "")
LAST_PERIOD = Setting("session/period", str, "")
LAST_EXPORT_DIR = Setting("session/export_dir", str, "")
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray, QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray, QByteArray())
# The layout direction WINDOW_STATE was saved in ("ltr" or "rtl"): its dock sides are
# mirrored when the window reopens in the other direction. "" (older files): "ltr".
WINDOW_STATE_DIRECTION = Setting("window/state_direction", str, "")
# The main window's last title and the language it is in: the start-up skeleton shows it
# (the last country and period) before the store is open.
WINDOW_TITLE = Setting("window/title", str, "")
WINDOW_TITLE_LANGUAGE = Setting("window/title_language", str, "")
# The country names the window showed last, their language and babel's version (JSON):
# start-up shows them without loading CLDR's data (gui/country_names.py).
COUNTRY_NAMES = Setting("window/country_names", str, "")
CONTEXT_EXPANDED = Setting("form/context_expanded", bool, False)
# Text typed in a number field that is not a number, per submission (JSON), until fixed.
UNSAVED_TEXTS = Setting("form/unsaved_texts", str, "")

ALL_SETTINGS = (
    LANGUAGE,
    FORMAT_LOCALE,
    LAST_COUNTRY,
    LAST_PERIOD,
    LAST_EXPORT_DIR,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_STATE,
    WINDOW_STATE_DIRECTION,
    WINDOW_TITLE,
    WINDOW_TITLE_LANGUAGE,
    COUNTRY_NAMES,
    CONTEXT_EXPANDED,
    UNSAVED_TEXTS,
)


class Settings:
    """Typed access to the settings file of one data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / SETTINGS_FILENAME
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._changed = False

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when absent or unreadable."""
        if not self._qsettings.contains(setting.key):
            return setting.default
        value = self._qsettings.value(setting.key, setting.default, type=setting.type)
        return setting.default if value is None else value

    def contains(self, setting: Setting[T]) -> bool:
        """Whether the setting was ever stored (else ``get`` gives its default)."""
        return self._qsettings.contains(setting.key)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value (written to disk by ``sync`` or when the object goes away)."""
        if self.contains(setting) and self.get(setting) == value:
            return  # the same again: nothing for sync to write
        self._qsettings.setValue(setting.key, value)
        self._changed = True

    def sync(self) -> None:
        """Write pending changes to the file (nothing is written when nothing changed)."""
        # Writing the file means a flush to disk each time: start-up would pay for two of
        # them to store the language and the submission it just read from it (issue 21).
        if self._changed:
            self._qsettings.sync()
            self._changed = False
