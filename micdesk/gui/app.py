"""Start the application: the QApplication, the store, the main window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from micdesk import __version__
from micdesk.core.store import StoreError, open_store
from micdesk.core.template_store import ensure_default_template


def run_app(data_dir: Path | None = None, argv: Sequence[str] = ("micdesk",)) -> int:
    """Open the store and the main window; return when the window closes."""
    from micdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(list(argv))
    app.setApplicationName("micdesk")
    app.setOrganizationName("UNIDO")
    app.setApplicationVersion(__version__)
    try:
        store = open_store(data_dir)
    except StoreError as error:
        QMessageBox.critical(None, "micdesk", str(error))
        return 1
    try:
        template = ensure_default_template(store)
        window = MainWindow(store, template)
        window.show()
        return app.exec()
    finally:
        store.close()
