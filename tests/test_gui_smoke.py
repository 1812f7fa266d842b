"""The window opens on the default template."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_main_window_lists_the_three_work_plan_rows(qtbot, store):
    from micdesk.core.submissions import save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    save_profile(store, "KEN")
    window = MainWindow(store, Settings(store.data_dir))
    qtbot.addWidget(window)
    window.show()
    window.open_initial()
    assert window.windowTitle().startswith("Kenya")
    assert window.area_model.rowCount() == 3


def test_application_windows_carry_the_micdesk_icon(qtbot):
    from micdesk.gui.app import create_application

    app = create_application(["micdesk"])
    assert not app.windowIcon().isNull()
    assert not app.windowIcon().pixmap(32, 32).isNull()
