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


def open_on_screen(tmp_path: Path, width: int, height: int, language: str = "en") -> dict:
    screen = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96}]}  # fmt: skip
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    data = tmp_path / "data"
    data.mkdir()
    done = subprocess.run(
        [sys.executable, str(CHILD), str(data), language],
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
