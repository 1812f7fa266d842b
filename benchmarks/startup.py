"""Start-up to an interactive main window (docs/design.md §11: under 1.5 s on a 2-core machine).

Each run is a fresh ``python -m micdesk --data-dir DIR`` process, offscreen, on a
prepared data folder (a profile and the last country and period set, so no wizard;
a backup younger than a day, so no daily backup). ``MICDESK_STARTUP_PROBE`` makes
the window record when it first painted and when the submission's first form was
painted (interactive), then quit. Times run from just before the process is
started, so they include the interpreter, the imports and the store's checks.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Context, Measure, median
from benchmarks.floor_window import FIELDS
from benchmarks.folders import default_folder, large_folder
from benchmarks.screen import offscreen_platform
from micdesk.gui.startup_probe import STARTUP_PROBE_VARIABLE

TARGET_SECONDS = 1.5


# Start-up as a multiple of the floor (a bare PySide6 window, benchmarks/floor_window.py)
# measured in the same run (issue 21): a ratio survives a loaded machine better than seconds.
FLOOR_RATIO_TARGETS = {"first_paint": 2.5, "interactive": 4.0}


def _start(command: list[str], probe: Path, what: str) -> dict[str, float]:
    """Run ``command`` once; seconds from process start to each moment its probe recorded."""
    probe.unlink(missing_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform(),
                   STARTUP_PROBE_VARIABLE: str(probe)}  # fmt: skip
    started = time.time()
    completed = subprocess.run(command, env=environment, capture_output=True, text=True,
                               timeout=300)  # fmt: skip
    if completed.returncode != 0 or not probe.exists():
        raise RuntimeError(
            f"{what} exited with {completed.returncode} without painting: {completed.stderr[-2000:]}"
        )
    times = json.loads(probe.read_text(encoding="utf-8"))
    return {event: moment - started for event, moment in times.items()}


def start_once(data_dir: Path, probe: Path) -> dict[str, float]:
    """Start the app once; seconds from process start to first paint and to interactive."""
    command = [sys.executable, "-m", "micdesk", "--data-dir", str(data_dir)]
    return _start(command, probe, "micdesk")


def start_floor_once(probe: Path) -> dict[str, float]:
    """Start the bare PySide6 window once; seconds to its first paint and its form's."""
    return _start([sys.executable, "-m", "benchmarks.floor_window", str(probe)], probe, "floor")


def compile_micdesk() -> None:
    """Write micdesk's bytecode (__pycache__), as an installed copy or the bundle has it.

    With PYTHONDONTWRITEBYTECODE set (as on CI machines) an editable checkout would be
    compiled from source at every start, a tenth of a second no user's start pays:
    Python still reads bytecode that exists, it only does not write it.
    """
    import compileall

    import micdesk

    compileall.compile_dir(Path(micdesk.__file__).parent, quiet=1)


def _measures(label: str, folder: Path, runs: int, probe: Path, note: str) -> list[Measure]:
    compile_micdesk()
    samples, floors = [], []
    for _ in range(runs):  # alternated, so that both see the same load
        samples.append(start_once(folder, probe))
        floors.append(start_floor_once(probe))
    result = []
    for event, title in (("first_paint", "first paint"), ("interactive", "interactive")):
        values = [s[event] for s in samples]
        floor = [f[event] for f in floors]
        result += [
            Measure(f"start-up to {title}, {label}", median(values), "s", TARGET_SECONDS,
                    runs=runs, note=f"median of {runs}, worst {max(values):.3f} s; {note}"),
            Measure(f"floor: bare PySide6 window to {title}, beside {label}", median(floor), "s",
                    runs=runs, note=f"median of {runs}; menu, tool bar, dock, {FIELDS}-field "
                                    "form (benchmarks/floor_window.py), alternated with micdesk"),
            Measure(f"start-up ÷ floor, {title}, {label}", median(values) / median(floor), "×",
                    FLOOR_RATIO_TARGETS[event], runs=runs,
                    note="ratio of the medians, measured in the same run"),
        ]  # fmt: skip
    return result


def measure_default(context: Context) -> list[Measure]:
    """Start-up on the built-in template with two filled periods."""
    folder, *_ = default_folder(context.scratch / "default")
    runs = context.runs(7, 2)
    return _measures("default template", folder, runs, context.scratch / "probe.json",
                     "fresh process each run")  # fmt: skip


def measure_large(context: Context) -> list[Measure]:
    """Start-up on the store of 20 periods × 5 countries × 500 indicators."""
    folder, *_ = large_folder(context, context.scratch / "large")
    runs = context.runs(5, 2)
    size = context.size
    label = f"{size.periods}×{size.countries}×{size.indicators} store"
    return _measures(label, folder, runs, context.scratch / "probe.json", "fresh process each run")
