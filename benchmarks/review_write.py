"""``micdesk review write`` on 500 consolidated returns with 1,000 queries (issue 18).

Uses the 500 generated returns of ``benchmarks/consolidation.py`` (cached), consolidates
them into an HQ database, types two questions per return into the consolidated workbook
with openpyxl (one beside a value, one beside a narrative), and caches that workbook and
database under ``benchmarks/results/cache/`` (keyed by the code that makes them: the
review commands themselves are left out of the key, so improving them reuses the inputs).

Then times the command end to end as HQ runs it — ``micdesk review write CONSOLIDATED.xlsx
--out DIR --db URL`` in this process: open and check the database, read the workbook's
queries, check each return against the database, write one review per return, record
the queries sent. Wall and CPU time (user + system, every thread); target ≤ 10 s wall.

Run ``python -m benchmarks.review_write`` (``--profile`` prints cProfile's top items);
``run()`` returns the numbers.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import inspect
import io
import json
import os
import pstats
import resource
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl

from benchmarks import consolidation
from benchmarks.generate import CACHE_DIR
from micdesk import __version__
from micdesk.core.consolidation import import_accepted, store_template_versions
from micdesk.core.consolidation_files import classify, read_submissions
from micdesk.core.consolidation_workbook import (
    DATA_SHEET,
    NARRATIVES_SHEET,
    QUERY_COLUMN,
    write_consolidated_workbook,
)
from micdesk.core.store import DATABASE_FILENAME, open_store
from micdesk.core.template_store import ensure_default_template

TARGET_SECONDS = 10.0
REPOSITORY = Path(__file__).resolve().parent.parent
# The command being measured: changing these never changes its inputs.
_COMPLETE = ".complete.json"
_MEASURED = {"review_queries.py", "review_workbook.py", "sent_queries.py"}


def _type_questions(path: Path, per_return: int) -> int:
    """Type ``per_return`` questions for each return: values first, then narratives."""
    workbook = openpyxl.load_workbook(path)
    asked = 0
    for name, wanted in (
        (DATA_SHEET, per_return - per_return // 2),
        (NARRATIVES_SHEET, per_return // 2),
    ):
        sheet = workbook[name]
        header = {cell.value: cell.column for cell in sheet[1]}
        count: dict[tuple[Any, Any], int] = {}
        for row in range(2, sheet.max_row + 1):
            key = (
                sheet.cell(row, header["country"]).value,
                sheet.cell(row, header["period"]).value,
            )
            if count.get(key, 0) < wanted:
                count[key] = count.get(key, 0) + 1
                sheet.cell(row, header[QUERY_COLUMN]).value = f"Please confirm this figure ({row})."
                asked += 1
    workbook.save(path)
    return asked


def prepare(paths: list[Path], folder: Path, per_return: int = 2) -> dict[str, Any]:
    """Consolidate ``paths`` into ``folder``/hq, type the questions into
    ``folder``/consolidated.xlsx, and note that it is complete; return what was prepared."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / "hq")
    try:
        ensure_default_template(store)
        outcomes = classify(
            paths, read_submissions(paths, workers=1), store_template_versions(store)
        )
        outcomes = import_accepted(store, outcomes)
        write_consolidated_workbook(store, folder / "consolidated.xlsx", outcomes)
    finally:
        store.close()
    prepared = {
        "returns": len(paths),
        "typed": _type_questions(folder / "consolidated.xlsx", per_return),
    }
    (folder / _COMPLETE).write_text(json.dumps(prepared), encoding="utf-8")  # written last
    return prepared


def _fingerprint(paths: list[Path], per_return: int) -> str:
    """What the prepared inputs depend on: micdesk's core (but the command measured), the
    returns, the preparation itself."""
    digest = hashlib.sha256(f"{__version__} {per_return} {len(paths)}".encode())
    for source in sorted((REPOSITORY / "micdesk" / "core").rglob("*.py")):
        if source.name not in _MEASURED:
            digest.update(source.relative_to(REPOSITORY).as_posix().encode())
            digest.update(source.read_bytes())
    digest.update(inspect.getsource(prepare).encode())
    digest.update(inspect.getsource(_type_questions).encode())
    for path in paths:
        digest.update(f"{path.name} {path.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def cached_inputs(paths: list[Path], cache_dir: Path, per_return: int = 2) -> Path:
    """The prepared folder for ``paths``, made once under ``cache_dir`` and reused."""
    folder = cache_dir / f"review-write-{len(paths)}-{_fingerprint(paths, per_return)}"
    if not (folder / _COMPLETE).exists():
        shutil.rmtree(folder, ignore_errors=True)
        prepare(paths, folder, per_return)
    return folder


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of this process
    return usage.ru_utime + usage.ru_stime


@contextlib.contextmanager
def _timed(module: Any, name: str, into: dict[str, float]) -> Iterator[None]:
    """Time each call of ``module.name`` into ``into[name]`` (wall seconds) and
    ``into[name + " cpu"]``."""
    original: Callable[..., Any] = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started, cpu = time.perf_counter(), _cpu_seconds()
        try:
            return original(*args, **kwargs)
        finally:
            into[name] = into.get(name, 0.0) + time.perf_counter() - started
            into[f"{name} cpu"] = into.get(f"{name} cpu", 0.0) + _cpu_seconds() - cpu

    setattr(module, name, timed)
    try:
        yield
    finally:
        setattr(module, name, original)


def measure(prepared: Path, profile: cProfile.Profile | None = None) -> dict[str, Any]:
    """Run ``micdesk review write`` on a copy of the prepared database; wall and CPU time."""
    from micdesk.cli import review_commands
    from micdesk.cli.main import main

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        shutil.copytree(prepared / "hq", folder / "hq")  # the command records what it sent
        database = folder / "hq" / DATABASE_FILENAME
        out = folder / "reviews"
        argv = ["review", "write", str(prepared / "consolidated.xlsx"), "--out", str(out)]
        argv += ["--db", f"sqlite:///{database}"]
        phases: dict[str, float] = {}
        printed = io.StringIO()
        with (
            _timed(review_commands, "plan_reviews", phases),
            _timed(review_commands, "write_reviews", phases),
            _timed(review_commands, "record_sent_reviews", phases),
            contextlib.redirect_stdout(printed),
        ):
            load = os.getloadavg()[0]
            cpu = _cpu_seconds()
            started = time.perf_counter()
            if profile is not None:
                profile.enable()
            code = main(argv)
            if profile is not None:
                profile.disable()
            wall = time.perf_counter() - started
            cpu = _cpu_seconds() - cpu
        reviews = len(list(out.glob("*.xlsx")))
    assert code == 0, (code, printed.getvalue()[-2000:])
    summary = (
        printed.getvalue().strip().splitlines()[-1]
    )  # "500 review(s) written, 1000 query(ies)"
    return {
        "returns": json.loads((prepared / _COMPLETE).read_text(encoding="utf-8"))["returns"],
        "queries": int(summary.split(", ")[1].split(" ")[0]),
        "reviews": reviews,
        "read_s": round(phases.get("plan_reviews", 0.0), 2),
        "read_cpu_s": round(phases.get("plan_reviews cpu", 0.0), 2),
        "write_s": round(phases.get("write_reviews", 0.0), 2),
        "write_cpu_s": round(phases.get("write_reviews cpu", 0.0), 2),
        "record_s": round(phases.get("record_sent_reviews", 0.0), 2),
        "record_cpu_s": round(phases.get("record_sent_reviews cpu", 0.0), 2),
        "total_s": round(wall, 2),
        "cpu_s": round(cpu, 2),
        "load": round(load, 2),
    }


def measure_files(paths: list[Path], cache_dir: Path | None = None) -> dict[str, Any]:
    """Prepare ``paths`` (cached under ``cache_dir``, or thrown away) and time ``review write``."""
    if cache_dir is not None:
        return measure(cached_inputs(paths, cache_dir))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "prepared"
        prepare(paths, folder)
        return measure(folder)


def run(cache_dir: Path = CACHE_DIR) -> dict[str, Any]:
    """``review write`` for the 500 cached returns, two questions each."""
    return measure_files(consolidation.generate(), cache_dir)


def main() -> None:
    """Print the numbers (and with ``--profile``, cProfile's top items)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profile", action="store_true", help="print cProfile's top items")
    parser.add_argument("--top", type=int, default=30, help="how many items to print")
    args = parser.parse_args()
    prepared = cached_inputs(consolidation.generate(), CACHE_DIR)
    profile = cProfile.Profile() if args.profile else None
    for key, value in measure(prepared, profile).items():
        print(f"{key:>10}: {value}")
    if profile is not None:
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
