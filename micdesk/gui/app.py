"""Start the application: the QApplication, the store, the first-run wizard, the main window.

Start-up paints a skeleton of the window (``StartupShell``) before it loads the store's
modules and checks the store, so that a window is there at once (issue 21); the
modules this file needs first are the light ones.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from micdesk import __version__
from micdesk.core.data_folder import DATABASE_FILENAME, default_data_dir
from micdesk.core.log_file import start_log
from micdesk.core.quick_check import QuickCheckAhead
from micdesk.gui.first_paint import AfterFirstPaint
from micdesk.gui.garbage_collection import begin_start_up, collect_from_now_on
from micdesk.gui.i18n import install_language, preferred_language
from micdesk.gui.numbers import set_format_locale
from micdesk.gui.pyside_import_check import read_source_faster_on_import
from micdesk.gui.settings import FORMAT_LOCALE, Settings
from micdesk.gui.startup_probe import install_startup_probe, watch_main_window
from micdesk.gui.startup_shell import StartupShell

if TYPE_CHECKING:
    from micdesk.core.store import Store


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with micdesk's names (reused when one exists, as in tests)."""
    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("micdesk")
    app.setOrganizationName("UNIDO")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("icons") / "micdesk.svg")))
    return app  # type: ignore[return-value]


def show_main_window(store: Store, settings: Settings, shell: StartupShell | None = None):
    """Run the first-run wizard when there is no country yet, then open the main window.

    The last submission is read first; the main window then takes the skeleton's place,
    if one is shown, once it has painted.
    Returns the window, or None when the user cancelled the wizard.
    """
    from micdesk.core.submissions import profile_countries
    from micdesk.gui.main_window import MainWindow

    if not profile_countries(store):
        from micdesk.gui.wizard import FirstRunWizard

        if shell is not None:
            shell.close()  # the wizard is the first window of a first run
        collect_from_now_on()
        wizard = FirstRunWizard(store, settings)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(store, settings)
    window.set_language(preferred_language(settings))
    watch_main_window(window)  # benchmarks only: off unless MICDESK_STARTUP_PROBE is set
    # The submission is read while the skeleton is on the screen, so that the main
    # window's first paint has the form: painting it first without one, then again
    # with it, made the form wait for a whole paint more.
    try:
        window.open_initial()
    except Exception:  # logged, as it was in the event loop: the window opens without it
        sys.excepthook(*sys.exc_info())
    if shell is not None and shell.isVisible():
        shell.give_way_to(window)
        AfterFirstPaint(window, shell.close, FIRST_PAINT_WAIT_MS)
    window.show()
    # Once the form is on the screen: a collection (~50-100 ms) before it delayed the form,
    # and so did the idle work queued when it was made (two steps, ~30 ms).
    shown = window.current_form() or window
    window.scheduler.hold_until_painted(shown, FIRST_PAINT_WAIT_MS)
    AfterFirstPaint(shown, collect_from_now_on, FIRST_PAINT_WAIT_MS)
    return window


# Where a platform never paints a window it was asked to show (started minimised), the
# submission is opened anyway after this long.
FIRST_PAINT_WAIT_MS = 1000


def run_app(data_dir: Path | None = None, argv: Sequence[str] = ("micdesk",)) -> int:
    """Open the store and the main window; return when the window closes."""
    begin_start_up()  # collection off until the window is open: collect_from_now_on
    app = create_application(argv)
    install_startup_probe()  # benchmarks only: off unless MICDESK_STARTUP_PROBE is set
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    # Every crash (the window's thread or a worker's) goes to logs/ for support.
    start_log(data_dir)
    # Qt's and micdesk's translations first, so that even the start-up dialogs speak it.
    settings = Settings(data_dir)
    set_format_locale(settings.get(FORMAT_LOCALE))
    install_language(preferred_language(settings))
    shell: StartupShell | None = StartupShell(settings)
    shell.show_painted()
    # SQLite checks the file on another core while the store's modules (SQLAlchemy, the
    # ORM) load here: only now, with the skeleton on the screen.
    checked_ahead: QuickCheckAhead | None = QuickCheckAhead(data_dir / DATABASE_FILENAME)
    read_source_faster_on_import()
    from micdesk.gui.startup_dialogs import close_session_store, open_store_for_session

    try:
        while True:
            # One instance per data folder; check, back up, migrate; a way out of damage (§6).
            store = open_store_for_session(data_dir, checked_ahead)
            checked_ahead = None  # a restart after a restore checks the restored file
            if store is None:
                return 1
            try:
                window = show_main_window(store, Settings(data_dir), shell)
                shell = None  # closed by the main window once it has painted
                if window is None:
                    return 0
                code = app.exec()
                if not window.restart_requested:  # set after a backup was restored
                    return code
                window.deleteLater()
            finally:
                close_session_store(store)
    finally:
        collect_from_now_on()  # whatever way start-up ended
        if shell is not None:
            shell.close()
