"""Start-up to an interactive main window (DESIGN §11: under 1.5 s on a 2-core machine).

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
from benchmarks.folders import default_folder, large_folder
from micdesk.gui.startup_probe import STARTUP_PROBE_VARIABLE

TARGET_SECONDS = 1.5


def start_once(data_dir: Path, probe: Path) -> dict[str, float]:
    """Start the app once; seconds from process start to first paint and to interactive."""
    probe.unlink(missing_ok=True)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_VARIABLE: str(probe)}
    started = time.time()
    completed = subprocess.run(
        [sys.executable, "-m", "micdesk", "--data-dir", str(data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if completed.returncode != 0 or not probe.exists():
        raise RuntimeError(
            f"micdesk exited with {completed.returncode} without painting: {completed.stderr[-2000:]}"
        )
    times = json.loads(probe.read_text(encoding="utf-8"))
    return {event: moment - started for event, moment in times.items()}


def _measures(label: str, folder: Path, runs: int, probe: Path, note: str) -> list[Measure]:
    samples = [start_once(folder, probe) for _ in range(runs)]
    result = []
    for event, title in (("first_paint", "first paint"), ("interactive", "interactive")):
        values = [s[event] for s in samples]
        result.append(
            Measure(
                f"start-up to {title}, {label}",
                median(values),
                "s",
                TARGET_SECONDS,
                runs=runs,
                note=f"median of {runs}, worst {max(values):.3f} s; {note}",
            )
        )
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
