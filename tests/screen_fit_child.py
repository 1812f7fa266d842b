"""The child of tests/test_gui_screen_fit.py: open the window on a screen of a given size.

Usage: QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python screen_fit_child.py DATA_DIR LANG [TEMPLATE.xlsx]

Opens the main window as ``micdesk`` does (Kenya, the default template, or the
template workbook given, imported as its next version), lets it
settle, then prints one JSON object: the screen's available geometry, the
window's frame, whether the status bar is inside the screen, and which value
editors of the first work-plan row lie wholly inside the form's viewport.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(data_dir: Path, language: str, template: Path | None = None) -> None:
    from micdesk.core.store import open_store
    from micdesk.core.submissions import save_profile
    from micdesk.core.template_store import ensure_default_template
    from micdesk.gui.app import create_application
    from micdesk.gui.form_scheduler import scroll_of
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import LANGUAGE, LAST_PERIOD, Settings

    app = create_application(["micdesk"])
    store = open_store(data_dir)
    ensure_default_template(store)
    if template is not None:
        from micdesk.core.template_update import apply_template_import, preview_template_import

        apply_template_import(store, preview_template_import(store, template))
    save_profile(store, "KEN", focal_point="A. Focal")
    settings = Settings(data_dir)
    settings.set(LANGUAGE, language)
    settings.set(LAST_PERIOD, "2025")
    window = MainWindow(store, settings)
    window.set_language(language)
    window.show()
    window.open_initial()
    deadline = time.monotonic() + 30
    while (window.forms_pending() or not window.isVisible()) and time.monotonic() < deadline:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    form = window.current_form()
    viewport = scroll_of(form).viewport()
    view = QRect(QPoint(0, 0), viewport.size())
    editors, places = {}, {}
    form.build_all()
    for editor in form.built_editors():
        code = editor.indicator.code
        field = editor.value_edit or editor.value_combo or editor
        top_left = field.mapTo(viewport, QPoint(0, 0))
        inside = view.contains(QRect(top_left, field.size())) and field.isVisible()
        editors[code] = inside
        places[code] = [top_left.x(), top_left.y(), field.width(), field.height()]
    narratives = {}
    for narrative in form.built_narratives():
        narrative_field = narrative.field
        top_left = narrative.edit.mapTo(viewport, QPoint(0, 0))
        narratives[narrative_field.value] = (
            view.contains(QRect(top_left, narrative.edit.size())) and narrative.edit.isVisible()
        )
    bar = window.statusBar()
    bar_rect = QRect(bar.mapToGlobal(QPoint(0, 0)), bar.size())
    screen = window.screen()
    print(
        json.dumps(
            {
                "available": rect(screen.availableGeometry()),
                "frame": rect(window.frameGeometry()),
                "status_bar": rect(bar_rect),
                "status_bar_visible": bar.isVisible(),
                "editors": editors,
                "editor_places": places,  # in the viewport, to read a failure by
                "viewport": [view.width(), view.height()],
                "narratives": narratives,
                "area": form.area.code,
            }
        ),
        flush=True,
    )
    window.close()
    store.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]) if len(sys.argv) > 3 else None)
