"""The screen the benchmarks' windows open on: a focal point's laptop, 1366 × 768.

Qt's offscreen platform plugin has one 800 × 800 screen unless told otherwise. The
window fits itself to the screen, so on that screen it measured a window 796 px
wide with the form's page 356 px wide (scrolled sideways): neither what a focal point
sees nor what Qt lays out and paints for one. ``laptop_screen.json`` describes the
screen in the form the plugin reads (its ``configfile`` option).
"""

from __future__ import annotations

import os
from pathlib import Path

SCREEN_FILE = Path(__file__).with_name("laptop_screen.json")


def offscreen_platform() -> str:
    """The QT_QPA_PLATFORM value for Qt's offscreen plugin on the laptop's screen."""
    # Relative where it can be: Qt splits the platform's options on ':', which a Windows
    # drive letter would break.
    try:
        path = os.path.relpath(SCREEN_FILE)
    except ValueError:  # another drive (Windows)
        path = str(SCREEN_FILE)
    return f"offscreen:configfile={Path(path).as_posix()}"
