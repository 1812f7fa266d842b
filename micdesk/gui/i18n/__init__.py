"""The interface in the six UN languages: Qt's own translations, then micdesk's (docs/design.md §5).

The sources are ``resources/i18n/micdesk_<locale>.ts`` (Qt Linguist); ``python
tools/update_translations.py`` refreshes them from the code with ``pyside6-lupdate``
and compiles them with ``pyside6-lrelease`` into the ``micdesk_<locale>.qm`` files
beside this module (package data, committed).

Installing a language swaps the application's QTranslators; Qt then sends every
widget ``QEvent.LanguageChange`` and each one's ``retranslate_ui()`` sets its texts
again, so nothing typed is lost. Arabic lays the application out right to left.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from micdesk.core.workplan import UN_LANGUAGES
from micdesk.gui.numbers import locale_for_language, set_format_locale
from micdesk.gui.settings import LANGUAGE, Settings

QM_DIR = Path(__file__).resolve().parent
# The locale part of the file names (Qt names Chinese translations zh_CN).
QT_LOCALE_NAMES = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
DEFAULT_LANGUAGE = "en"

# Each language's name in itself: what the language menu and the wizard list.
LANGUAGE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}


class RetranslatedOnLanguageChange:
    """Mixin for widgets: calls ``retranslate_ui()`` whenever the language changes.

    List it before the Qt base class, e.g. ``class AboutDialog(RetranslatedOnLanguageChange,
    QDialog)``; the widget defines ``retranslate_ui()``.
    """

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]


_installed: list[QTranslator] = []
_current = [DEFAULT_LANGUAGE]


def current_language() -> str:
    """The UN language installed last (English before any)."""
    return _current[0]


def qm_path(language: str) -> Path:
    """The compiled micdesk translation of a UN language."""
    return QM_DIR / f"micdesk_{QT_LOCALE_NAMES[language]}.qm"


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own ``qtbase_*.qm`` (also inside the bundle)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def system_language() -> str:
    """The UN language of the system's locale, English when it is none of the six."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in UN_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def preferred_language(settings: Settings) -> str:
    """The language chosen before, or on a first run the system's (when it is a UN one)."""
    if settings.contains(LANGUAGE) and settings.get(LANGUAGE) in QT_LOCALE_NAMES:
        return settings.get(LANGUAGE)
    return system_language()


def layout_direction(language: str) -> Qt.LayoutDirection:
    """Right to left for Arabic, left to right for the other five."""
    if language in RIGHT_TO_LEFT_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def install_language(language: str) -> list[QTranslator]:
    """Put the application in a UN language: translators, then the layout direction.

    Qt's base translation (standard buttons, file dialogs, context menus) goes in
    first, micdesk's last, so that micdesk's own wording wins where both translate
    a text. Returns the translators installed (empty for an unknown language).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in QT_LOCALE_NAMES:
        language = DEFAULT_LANGUAGE
    locale_name = QT_LOCALE_NAMES[language]
    _current[0] = language
    candidates = (
        (f"qtbase_{locale_name}.qm", qt_translations_dir()),
        (qm_path(language).name, QM_DIR),
    )
    for filename, folder in candidates:
        translator = QTranslator(app)
        if translator.load(filename, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
    # Standard widgets (spin boxes, calendars, file dialogs) follow the language's locale too.
    QLocale.setDefault(locale_for_language(language))
    QGuiApplication.setLayoutDirection(layout_direction(language))
    # Qt posts LanguageChange to each window; deliver it now, so that every text has
    # switched when this returns (and a window opened next starts in the new language).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return list(_installed)


def installed_translators() -> list[QTranslator]:
    """The translators micdesk installed (Qt's base first)."""
    return list(_installed)


def reset_language() -> None:
    """Remove micdesk's translators and go back to left to right (tests, shutdown)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current[0] = DEFAULT_LANGUAGE
    set_format_locale("")
    QLocale.setDefault(QLocale.system())
    if app is not None:
        QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
