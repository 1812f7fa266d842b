"""Run every benchmark of docs/design.md §11 and print one table; ``python -m benchmarks --help``.

Each group of measures runs in its own subprocess, so that its peak memory (the
largest resident set of that process and of the processes it waited for, such as
the app started by the start-up benchmark) is its own. Results are written as JSON
to ``benchmarks/results/<timestamp>.json``; ``--compare OLD.json`` shows the change
of every measure; ``--quick`` runs everything on tiny inputs (a smoke test, not a
measurement).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import Context, Measure
from benchmarks.generate import CACHE_DIR, RESULTS_DIR
from benchmarks.screen import offscreen_platform

REPOSITORY = Path(__file__).resolve().parent.parent

# group → (module, function returning a list of Measure, what the group is, for the memory row)
GROUPS: dict[str, tuple[str, str, str]] = {
    "startup_default": ("benchmarks.startup", "measure_default", "app start-up, default template"),
    "startup_large": ("benchmarks.startup", "measure_large", "app start-up, large store"),
    "window_default": ("benchmarks.gui", "measure_default", "window at work, default template"),
    "window_large": ("benchmarks.gui", "measure_large", "window at work, large store"),
    "export": ("benchmarks.submission_export", "measure", "exports and openpyxl raw writes"),
    "template_import": ("benchmarks.template_import", "measure", "template check and imports"),
    "crosswalk_import": (
        "benchmarks.crosswalk_import",
        "measure",
        "template import of a redesign with a crosswalk",
    ),
    "consolidation": ("benchmarks.run", "measure_consolidation", "consolidation"),
    "soak_default": ("benchmarks.soak", "measure_default", "soak, default template"),
    "soak_large": ("benchmarks.soak", "measure_large", "soak, large template"),
    "startup_scale": ("benchmarks.scale", "measure_startup", "app start-up, 2,000 indicators"),
    "window_scale": ("benchmarks.scale", "measure_window", "window at work, 2,000 indicators"),
    "export_scale": ("benchmarks.scale", "measure_export", "export, 2,000 indicators"),
    "template_import_scale": (
        "benchmarks.scale",
        "measure_template_import",
        "template check and imports, 2,000 indicators",
    ),
    "hostile": ("benchmarks.hostile", "measure", "refusals of hostile workbooks"),
    "hostile_sizes": (
        "benchmarks.hostile_sizes",
        "measure",
        "template and submission check of issue-sized floods",
    ),
    "review_write": ("benchmarks.run", "measure_review_write", "review write"),
}
QUICK_CONSOLIDATION_FILES = 4


def measure_consolidation(context: Context) -> list[Measure]:
    """Files per second from benchmarks/consolidation.py (its author's measurement)."""
    from benchmarks import consolidation

    if context.quick:
        # Its run() always uses its 500 cached files; a smoke test needs a handful.
        paths = consolidation.generate(context.scratch / "submissions", QUICK_CONSOLIDATION_FILES)
        serial = consolidation._consolidate(paths, workers=1)
        result = {"files": len(paths), "cores": 1}
        result.update({f"serial_{key}": value for key, value in serial.items()})
    else:
        result = consolidation.run()
    files = result["files"]
    measures = [
        Measure(f"consolidation, {files} files, read in turn", result["serial_files_per_s"],
                "files/s", higher_is_better=True,
                note=f"total {result['serial_total_s']} s (read {result['serial_read_s']} s, "
                     f"import {result['serial_import_s']} s, write {result['serial_write_s']} s)"),
    ]  # fmt: skip
    if "pool_files_per_s" in result:
        measures.append(
            Measure(f"consolidation, {files} files, {result['cores']} worker processes",
                    result["pool_files_per_s"], "files/s", higher_is_better=True,
                    note=f"total {result['pool_total_s']} s; "
                         f"speed-up {result['pool_speed_up']}× over reading in turn")
        )  # fmt: skip
    return measures


def measure_review_write(context: Context) -> list[Measure]:
    """``micdesk review write`` on 500 consolidated returns with 1,000 queries (issue 18)."""
    from benchmarks import consolidation, review_write

    if context.quick:
        paths = consolidation.generate(context.scratch / "submissions", QUICK_CONSOLIDATION_FILES)
        result = review_write.measure_files(paths)
    else:
        result = review_write.run()
    return [
        Measure(f"review write, {result['returns']} returns, {result['queries']} queries",
                result["total_s"], "s", target=review_write.TARGET_SECONDS,
                note=f"wall; CPU {result['cpu_s']} s (user+sys) at load {result['load']}; "
                     f"wall / CPU: read and check {result['read_s']} / {result['read_cpu_s']} s, "
                     f"write {result['reviews']} reviews {result['write_s']} / "
                     f"{result['write_cpu_s']} s, record {result['record_s']} / "
                     f"{result['record_cpu_s']} s")
    ]  # fmt: skip


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_worker(group: str, quick: bool, cache_dir: Path, out: Path) -> int:
    """Run one group in this process and write its measures and peak memory to ``out``."""
    module_name, function_name, description = GROUPS[group]
    function = getattr(importlib.import_module(module_name), function_name)
    with tempfile.TemporaryDirectory(prefix=f"micdesk-bench-{group}-") as scratch:
        context = Context(quick=quick, cache_dir=cache_dir, scratch=Path(scratch))
        measures = function(context)
    peak = _peak_rss_mb()
    if peak is not None:
        measures.append(
            Measure(f"peak RSS, {description}", peak, "MB",
                    note="largest resident set of the group's process and its children")
        )  # fmt: skip
    out.write_text(json.dumps([m.as_json() for m in measures]), encoding="utf-8")
    return 0


def _run_group(group: str, quick: bool, cache_dir: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="micdesk-bench-out-") as folder:
        out = Path(folder) / "measures.json"
        command = [sys.executable, "-m", "benchmarks", "--worker", group,
                   "--cache-dir", str(cache_dir), "--worker-out", str(out)]  # fmt: skip
        if quick:
            command.append("--quick")
        environment = {**os.environ, "QT_QPA_PLATFORM": offscreen_platform()}
        environment["PYTHONPATH"] = os.pathsep.join(
            filter(None, [str(REPOSITORY), environment.get("PYTHONPATH")])
        )
        started = time.perf_counter()
        completed = subprocess.run(
            command, cwd=REPOSITORY, env=environment, capture_output=True, text=True
        )
        seconds = round(time.perf_counter() - started, 1)
        if completed.returncode != 0 or not out.exists():
            return {"seconds": seconds, "measures": [], "error": completed.stderr[-4000:]}
        return {"seconds": seconds, "measures": json.loads(out.read_text(encoding="utf-8")),
                "error": None}  # fmt: skip


def _machine() -> dict[str, Any]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_start": load,
    }


def _figure(value: float | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}"


def format_table(results: dict[str, Any]) -> str:
    """The results as one text table: measure, value, target, ratio to target, pass/fail."""
    rows = [("measure", "value", "target", "ratio", "result", "note")]
    for group, outcome in results["groups"].items():
        if outcome["error"]:
            rows.append((f"[{group}]", "—", "—", "—", "ERROR", outcome["error"].strip()[-200:]))
        for m in outcome["measures"]:
            target = (
                "—"
                if m["target"] is None
                else f"{'≥' if m['higher_is_better'] else '≤'} {_figure(m['target'])} {m['unit']}"
            )
            ratio = "—" if m["ratio"] is None else f"{m['ratio']:.2f}"
            rows.append((m["name"], f"{_figure(m['value'])} {m['unit']}", target, ratio,
                         m["status"], m["note"]))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [row[i].rjust(widths[i]) for i in range(1, 5)]
        lines.append("  ".join(cells) + "  " + row[5])
        if number == 0:
            lines.append("-" * (sum(widths) + 8 + 6))
    return "\n".join(lines)


def compare(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The change of every measure present in both results files."""
    before = {m["name"]: m for g in old["groups"].values() for m in g["measures"]}
    lines = [f"compared with {old.get('timestamp', '?')}:"]
    for group in new["groups"].values():
        for m in group["measures"]:
            previous = before.get(m["name"])
            if previous is None:
                lines.append(f"  {m['name']}: new ({_figure(m['value'])} {m['unit']})")
                continue
            change = (
                (m["value"] - previous["value"]) / previous["value"] * 100
                if previous["value"]
                else 0.0
            )
            lines.append(
                f"  {m['name']}: {_figure(previous['value'])} → {_figure(m['value'])} {m['unit']}"
                f" ({change:+.0f}%) {previous['status']} → {m['status']}"
            )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny inputs: checks the benchmarks run"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="OLD.json",
        help="show the change from an earlier results file",
    )
    parser.add_argument("--only", nargs="+", choices=sorted(GROUPS), help="run only these groups")
    parser.add_argument(
        "--results-dir", type=Path, default=RESULTS_DIR, help="where the JSON results go"
    )
    parser.add_argument(
        "--cache-dir", type=Path, default=CACHE_DIR, help="where generated inputs are cached"
    )
    parser.add_argument("--worker", choices=sorted(GROUPS), help=argparse.SUPPRESS)
    parser.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    return parser  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; print the table; write the JSON. Exit 0 when every group ran."""
    args = _parser().parse_args(argv)
    if args.worker:
        return run_worker(args.worker, args.quick, args.cache_dir, args.worker_out)
    results: dict[str, Any] = {
        "timestamp": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        "quick": args.quick,
        "machine": _machine(),
        "groups": {},
    }
    # Generate the large inputs before timing anything, so that no group pays for them.
    from benchmarks.generate import FULL, QUICK, QUICK_SCALE, SCALE, cached_large_store

    groups = args.only or list(GROUPS)
    if any(GROUPS[group][0] != "benchmarks.scale" for group in groups):
        cached_large_store(QUICK if args.quick else FULL, args.cache_dir)
    if any(GROUPS[group][0] == "benchmarks.scale" for group in groups):
        cached_large_store(QUICK_SCALE if args.quick else SCALE, args.cache_dir)
    for group in groups:
        print(f"running {group}…", file=sys.stderr, flush=True)
        results["groups"][group] = _run_group(group, args.quick, args.cache_dir)
    args.results_dir.mkdir(parents=True, exist_ok=True)
    path = args.results_dir / f"{results['timestamp']}{'-quick' if args.quick else ''}.json"
    path.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    machine = results["machine"]
    print(f"micdesk benchmarks ({'quick, tiny inputs' if args.quick else 'docs/design.md §11'}) — "
          f"{machine['platform']}, {machine['cpus']} CPUs, load {machine['load_average_at_start']}")  # fmt: skip
    print(format_table(results))
    print(f"results: {path}")
    if args.compare:
        print(compare(json.loads(args.compare.read_text(encoding="utf-8")), results))
    return 1 if any(g["error"] for g in results["groups"].values()) else 0


if __name__ == "__main__":
    sys.exit(main())
