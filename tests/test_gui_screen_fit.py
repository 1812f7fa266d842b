"""The window on a laptop screen: 1366×768, and 1093×614 (125 % scaling), in a child process.

Qt's offscreen platform takes the screen's size from a JSON file
(``QT_QPA_PLATFORM=offscreen:configfile=…``), which only a new process can use.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

CHILD = Path(__file__).with_name("screen_fit_child.py")


def open_on_screen(
    tmp_path: Path, width: int, height: int, language: str = "en", template: Path | None = None
) -> dict:
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96}]}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    data = tmp_path / "data"
    data.mkdir()
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data), language, *([str(template)] if template else [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1093, 614)])
def test_the_window_opens_inside_a_laptop_screen_with_its_status_bar_in_view(
    tmp_path, width, height
):
    seen = open_on_screen(tmp_path, width, height)
    assert seen["available"] == [0, 0, width, height]
    assert inside(seen["frame"], seen["available"]), seen
    assert seen["status_bar_visible"] and inside(seen["status_bar"], seen["available"]), seen


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1093, 614)])
def test_every_value_of_the_first_row_is_in_view_without_scrolling(tmp_path, width, height):
    seen = open_on_screen(tmp_path, width, height)
    assert seen["area"] == "TEC"
    # The default template's first row has four indicators: all of them, not two as before.
    assert len(seen["editors"]) == 4
    assert all(seen["editors"].values()), seen["editors"]


def first_row_of_eight(path: Path) -> Path:
    """The default template's next version whose first row has eight indicators.

    The default's own first row (a yes/no and three counts) twice over: the same
    kinds, units and label lengths, so the form is what a longer first row looks like.
    """
    import dataclasses

    from micdesk.core.template_sheets import load_default_template
    from micdesk.core.template_workbook import write_template_workbook

    default = load_default_template()
    first = default.areas[0].code
    row = [i for i in default.indicators if i.area == first]
    copies = [
        dataclasses.replace(
            indicator,
            code=f"{indicator.code}-B",
            order=max(i.order for i in row) + number,
            label={lang: f"{text} (B)" for lang, text in indicator.label.items()},
        )
        for number, indicator in enumerate(row, start=1)
    ]
    longer = dataclasses.replace(
        default, version=default.version + 1, indicators=(*default.indicators, *copies)
    )
    write_template_workbook(longer, path)
    return path


@pytest.mark.parametrize("language", ["en", "ru", "ar", "zh"])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1093, 614)])
def test_six_value_editors_of_a_longer_first_row_are_in_view_without_scrolling(
    tmp_path, width, height, language
):
    """Russian's longer words and Arabic's right-to-left layout fit as English does."""
    template = first_row_of_eight(tmp_path / "eight.xlsx")
    seen = open_on_screen(tmp_path, width, height, language, template=template)
    assert seen["area"] == "TEC"
    assert len(seen["editors"]) == 8
    in_view = [code for code, visible in seen["editors"].items() if visible]
    assert len(in_view) >= 6, seen["editors"]
    assert inside(seen["frame"], seen["available"]), seen


def test_the_previous_period_goes_under_the_value_when_it_does_not_fit_beside_it(
    qtbot, make_window
):
    """Beside the value on a wide form; on a narrow one on its own line, not wrapped in a column.

    (Between the two, a short form beside the value: tests/test_gui_screen_fit's Russian.)
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    window = make_window()
    window.select_area(window.area_model.row_of("TEC"))
    editor = window.forms["TEC"].editor("TEC-2")

    def top_and_bottom(widget) -> tuple[int, int]:
        top = widget.mapTo(editor, QPoint(0, 0)).y()
        return top, top + widget.height()

    window.resize(1700, 900)
    qtbot.waitUntil(lambda: editor.value_line.beside is True)
    QApplication.processEvents()
    value_top, value_bottom = top_and_bottom(editor.value_edit)
    context_top, _ = top_and_bottom(editor.context)
    assert value_top <= context_top < value_bottom
    window.resize(760, 600)
    qtbot.waitUntil(lambda: editor.value_line.beside is False)
    QApplication.processEvents()
    value_top, value_bottom = top_and_bottom(editor.value_edit)
    context_top, context_bottom = top_and_bottom(editor.context)
    assert context_top >= value_bottom
    assert context_bottom - context_top < 2 * editor.context.fontMetrics().lineSpacing()
    assert editor.context.text().startswith("Previous period (")
    assert "Previous" in editor.context.toolTip()


def test_the_previous_period_beside_the_value_asks_for_no_width_of_its_own(qtbot, make_window):
    """Where it goes follows the width; the width must not follow where it goes.

    Were the context's longest word part of the editor's least width beside the value, a
    form narrower than that would widen to keep it there, and a form laid out while idle
    would measure otherwise once on the screen (issue 21: laid out again at its first show).
    """
    window = make_window()
    window.select_area(window.area_model.row_of("TEC"))
    editor = window.forms["TEC"].editor("TEC-2")
    line = editor.value_line
    line.fit_to(10_000)
    assert line.beside is True
    least_beside = line.minimumSize().width()
    line.fit_to(10)
    assert line.beside is False
    assert line.minimumSize().width() == least_beside
