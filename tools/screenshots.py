"""Render the main window, the wizard and the export dialog at 1366×768 into screenshots/.

Run under Xvfb, e.g.::

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py

Shots, in English, Chinese and Arabic (right to left): the main window with findings,
the first-run wizard's country page, the export dialog and a value's history.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from micdesk.core.countries import country_name
from micdesk.core.store import open_store
from micdesk.core.submissions import open_submission, save_profile, set_value
from micdesk.core.targets import set_target
from micdesk.core.template_store import ensure_default_template
from micdesk.gui.i18n import install_language
from micdesk.gui.main_window import MainWindow
from micdesk.gui.settings import Settings
from micdesk.gui.wizard import FirstRunWizard

SIZE = (1366, 768)
WIZARD_SIZE = (620, 460)
OUT = Path(__file__).resolve().parent.parent / "screenshots"


def settle(app: QApplication, widget: QWidget) -> None:
    """Let layouts and paints finish."""
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    settle(app, widget)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def seed(store) -> None:
    save_profile(store, "KEN", focal_point="Amina Wanjiru", institution="Ministry of Industry")
    ensure_default_template(store)
    for period, value in (("2022", "40"), ("2023", "55.5"), ("2024", "70")):
        set_value(store, open_submission(store, "KEN", period), "ENV-1", value=Decimal(value))
    now = open_submission(store, "KEN", "2025")
    set_target(
        store,
        now,
        "ENV-1",
        baseline=Decimal(30),
        baseline_period="2020",
        target=200,
        target_period="2030",
    )
    set_value(store, now, "TEC-1", value=True)
    set_value(store, now, "TEC-2", value=12, comment="Ministry survey", source="MoI 2025")
    set_value(store, now, "SKL-1", value=100)
    set_value(store, now, "SKL-1", "sex=female;age=youth", value=30)
    set_value(store, now, "SKL-1", "sex=male;age=adult", value=45)
    set_value(store, now, "ENV-1", value=Decimal("65.25"))


def main() -> int:
    OUT.mkdir(exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    data_dir = Path(tempfile.mkdtemp(prefix="micdesk-shots-"))
    store = open_store(data_dir)
    seed(store)
    # A second change of TEC-2, so that its history has two rows.
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=14)
    settings = Settings(data_dir)

    for language, area in (("en", 1), ("zh", 0), ("ar", 2)):
        install_language(language)
        wizard = FirstRunWizard(store, settings, today=date(2026, 3, 1), ask_language=False)
        wizard.resize(*WIZARD_SIZE)
        wizard.show()
        # Searched by the name in the wizard's language (CLDR), as a user would type it.
        wizard.country_page.search.setText(country_name("KEN", language))
        shoot(app, wizard, f"wizard-country-{language}")
        wizard.close()

        window = MainWindow(store, settings)  # it fits itself to the screen (1366×768)
        window.set_language(language)
        window.show()
        window.open_submission("KEN", "2025")
        window.select_area(area)
        while window.forms_pending():
            app.processEvents()
        shoot(app, window, f"main-{language}")
        window.show_export_dialog()
        shoot(app, window.export_dialog, f"export-dialog-{language}")
        window.export_dialog.close()
        window.show_history("TEC-2", "")
        shoot(app, window.history_dialog, f"history-{language}")
        window.history_dialog.close()
        window.close()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
