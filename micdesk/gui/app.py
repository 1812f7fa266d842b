"""Start the application: the QApplication, the store, the first-run wizard, the main window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from micdesk import __version__
from micdesk.core.log_file import start_log
from micdesk.core.store import Store, default_data_dir
from micdesk.core.submissions import list_profiles
from micdesk.gui.i18n import install_language, preferred_language
from micdesk.gui.numbers import set_format_locale
from micdesk.gui.settings import FORMAT_LOCALE, Settings
from micdesk.gui.startup_dialogs import close_session_store, open_store_for_session
from micdesk.gui.startup_probe import install_startup_probe


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with micdesk's names (reused when one exists, as in tests)."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("micdesk")
    app.setOrganizationName("UNIDO")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("icons") / "micdesk.svg")))
    return app  # type: ignore[return-value]


def show_main_window(store: Store, settings: Settings):
    """Run the first-run wizard when there is no country yet, then open the main window.

    Returns the window, or None when the user cancelled the wizard.
    """
    from micdesk.gui.main_window import MainWindow

    if not list_profiles(store):
        from micdesk.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(store, settings)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(store, settings)
    window.set_language(preferred_language(settings))
    install_startup_probe(window)  # benchmarks only: off unless MICDESK_STARTUP_PROBE is set
    window.show()
    # The submission is read after the first paint, so the window appears at once.
    QTimer.singleShot(0, window.open_initial)
    return window


def run_app(data_dir: Path | None = None, argv: Sequence[str] = ("micdesk",)) -> int:
    """Open the store and the main window; return when the window closes."""
    app = create_application(argv)
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    # Every crash (the window's thread or a worker's) goes to logs/ for support.
    start_log(data_dir)
    # Qt's and micdesk's translations first, so that even the start-up dialogs speak it.
    settings = Settings(data_dir)
    set_format_locale(settings.get(FORMAT_LOCALE))
    install_language(preferred_language(settings))
    while True:
        # One instance per data folder; check, back up, migrate; a way out of damage (§6).
        store = open_store_for_session(data_dir)
        if store is None:
            return 1
        try:
            window = show_main_window(store, Settings(data_dir))
            if window is None:
                return 0
            code = app.exec()
            if not window.restart_requested:  # set after a backup was restored
                return code
            window.deleteLater()
        finally:
            close_session_store(store)
