"""How fast, and in how much memory, damaged and hostile workbooks are refused (issue 13).

Every case of the test corpus (``tests/hostile_workbooks.py``) is offered to the
template reader, each in a fresh process, which reports the seconds to its refusal and
its peak resident memory. The promise: every refusal under 5 s and 300 MB. The floods
at the sizes the issue measured go through the commands in ``hostile_sizes``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Context, Measure
from tests.hostile_workbooks import write_hostile_workbooks

TARGET_SECONDS = 5.0
TARGET_MB = 300.0

_CHILD = """
import json, resource, sys, time
from micdesk.core.template_workbook import read_template_sheets
from micdesk.core.xlsx_files import UnreadableWorkbook
started = time.perf_counter()
try:
    read_template_sheets(sys.argv[1])
    outcome = "read"
except UnreadableWorkbook as error:
    outcome = str(error)
seconds = time.perf_counter() - started
try:
    # VmHWM is this process's own peak; ru_maxrss keeps the parent's across exec on Linux.
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    peak_mb = int(line.split()[1]) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "outcome": outcome}))
"""


def refusal(path: Path) -> dict[str, object]:
    """Seconds to the refusal, peak memory and the message, from a fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def measure(context: Context) -> list[Measure]:
    """One row per hostile case: seconds to its refusal (bar 5 s), the peak memory noted."""
    cases = {
        case.name.replace("_", " "): case.path
        for case in write_hostile_workbooks(context.scratch / "corpus").values()
        if case.package_refusal is not None  # refused as a package, whatever it claims to be
    }
    measures = []
    peaks = []
    for name, path in cases.items():
        result = refusal(path)
        peaks.append(float(result["peak_mb"]))
        size_mb = path.stat().st_size / 1_000_000
        measures.append(
            Measure(
                f"refusal of {name}",
                float(result["seconds"]),
                "s",
                target=TARGET_SECONDS,
                note=f"{size_mb:.1f} MB file, peak {result['peak_mb']:.0f} MB; "
                f"{str(result['outcome'])[:70]}",
            )
        )
    measures.append(
        Measure(
            "largest peak memory of a refusal",
            max(peaks),
            "MB",
            target=TARGET_MB,
            note=f"over {len(peaks)} cases, each in its own process",
        )
    )
    return measures
