"""The window opens on the default template."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_main_window_lists_the_three_work_plan_rows(qtbot, store):
    from micdesk.core.template_store import ensure_default_template
    from micdesk.gui.main_window import MainWindow

    window = MainWindow(store, ensure_default_template(store))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("micdesk")
