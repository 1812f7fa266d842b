"""Hostile workbooks at the sizes issue 13 measured, through ``template check`` and
``submission check``, each in a fresh process (issue 13, item 7).

Five floods, built into a valid template and into a real exported return: 10 million
shared strings (~37 MB file), a million cell formats (~2.7 MB), a 190 MB sheet, a sheet
of 150,000 rows stored outside ``xl/worksheets/``, 59,800 cells in column XFD. Each row
of the table is the wall time of the whole command (interpreter start-up included) and
its peak resident memory; the note says the exit code and what the command printed.
The promise: every refusal under 5 s and 300 MB. ``--quick`` builds each flood just past
its limit and checks it with one of the two commands (a smoke test of this code).

The files are generated into the run's scratch folder, never committed.
"""

from __future__ import annotations

import io
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Context, Measure
from tests.hostile_workbooks import (
    _shared_string_flood,
    _with_shared_strings,
    _workbook_bytes,
    _write_streamed_sheet,
    minimal_template_sheets,
)

TARGET_SECONDS = 5.0
TARGET_MB = 300.0
OUTSIDE_PART = "xl/elsewhere/sheet.xml"


@dataclass(frozen=True)
class FloodSizes:
    """How big each flood is built."""

    shared_strings: int
    cell_formats: int
    sheet_bytes: int
    outside_rows: int
    far_cells: int


FULL = FloodSizes(10_000_000, 1_000_000, 190 * 10**6, 150_000, 59_800)
# Each just past the limit it meets (xlsx_files: 200,000 texts, 64,000 formats, 32 MB a
# part, 100,000 rows, 10,000 far cells).
QUICK = FloodSizes(200_001, 64_001, 34 * 10**6, 100_001, 10_001)

# Runs the command line in this fresh process and, on the way out, writes the process's
# own peak resident set (VmHWM: ru_maxrss would carry the parent's across exec on Linux).
_CHILD = """
import atexit, sys
peak_file = sys.argv.pop(1)

def report_peak():
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    with open(peak_file, "w") as out:
        out.write(line.split()[1])

atexit.register(report_peak)
from micdesk.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def _sheet_part_of(package: bytes, sheet_name: str) -> str:
    """The part holding a sheet, from the workbook and its relations."""
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        relations = archive.read("xl/_rels/workbook.xml.rels").decode()
    sheet = re.search(rf'<sheet [^>]*name="{re.escape(sheet_name)}"[^>]*>', workbook)
    relation_id = re.search(r'r:id="([^"]+)"', sheet.group(0) if sheet else "")
    assert relation_id is not None, sheet_name
    relation = re.search(rf'<Relationship [^>]*Id="{relation_id.group(1)}"[^>]*>', relations)
    target = re.search(r'Target="([^"]+)"', relation.group(0) if relation else "")
    assert target is not None, sheet_name
    # A target is relative to xl/, or absolute from the package's root.
    return target.group(1)[1:] if target.group(1).startswith("/") else "xl/" + target.group(1)


def _rows_appended(sheet: bytes, rows: Iterator[bytes]) -> Iterator[bytes]:
    """The sheet's own XML with ``rows`` added after its last row."""
    head, _, tail = sheet.partition(b"</sheetData>")
    yield head
    yield from rows
    yield b"</sheetData>" + tail


def _last_row(sheet: bytes) -> int:
    numbers = re.findall(rb'<row r="(\d+)"', sheet)
    return max((int(n) for n in numbers), default=0)


def _numbered_rows(first: int, *, count: int = 0, total_bytes: int = 0) -> Iterator[bytes]:
    """Rows of two numbers from row ``first``: ``count`` of them, or ``total_bytes`` worth."""
    row, written, made = first, 0, 0
    while (count and made < count) or (total_bytes and written < total_bytes):
        size = min(10_000, count - made) if count else 10_000
        piece = "".join(
            f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}"><v>{n * 7}</v></c></row>'
            for n in range(row, row + size)
        ).encode()
        row, made, written = row + size, made + size, written + len(piece)
        yield piece


def _far_rows(first: int, count: int) -> Iterator[bytes]:
    for start in range(first, first + count, 10_000):
        stop = min(first + count, start + 10_000)
        yield "".join(
            f'<row r="{n}"><c r="XFD{n}"><v>{n}</v></c></row>' for n in range(start, stop)
        ).encode()


def _streamed_shared_strings(count: int) -> Iterator[bytes]:
    yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'count="{count}" uniqueCount="{count}">'
    ).encode()
    for start in range(0, count, 100_000):
        stop = min(count, start + 100_000)
        yield "".join(f"<si><t>{index}</t></si>" for index in range(start, stop)).encode()
    yield b"</sst>"


def _with_cell_formats(source: bytes, target: Path, count: int) -> None:
    """``count`` cell formats of random number formats: the styles part compresses about
    tenfold, as a real one does, so the format count refuses it, not the zip-bomb ratio."""
    with zipfile.ZipFile(io.BytesIO(source)) as original:
        styles = original.read("xl/styles.xml")
    head, rest = styles.split(b"<cellXfs", 1)
    _, tail = rest.split(b"</cellXfs>", 1)
    rng = random.Random(13)

    def formats() -> Iterator[bytes]:
        yield head + b'<cellXfs count="%d">' % count
        for start in range(0, count, 10_000):
            yield b"".join(
                b'<xf numFmtId="%d"/>' % rng.randrange(1000)
                for _ in range(min(10_000, count - start))
            )
        yield b"</cellXfs>" + tail

    _write_streamed_sheet(source, target, "xl/styles.xml", formats())


FLOODS = ("strings", "formats", "big", "outside", "far")


def write_floods(
    folder: Path, source: bytes, sheet: str, sizes: FloodSizes, kinds: tuple[str, ...] = FLOODS
) -> dict[str, Path]:
    """The floods ``kinds`` built into the package ``source`` (its sheet ``sheet`` grown)."""
    folder.mkdir(parents=True, exist_ok=True)
    part = _sheet_part_of(source, sheet)
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        sheet_xml = archive.read(part)
    last = _last_row(sheet_xml)
    names = {
        "strings": f"{sizes.shared_strings:,} shared strings",
        "formats": f"{sizes.cell_formats:,} cell formats",
        "big": f"a {sizes.sheet_bytes // 10**6} MB sheet",
        "outside": f"a {sizes.outside_rows:,}-row sheet outside xl/worksheets/",
        "far": f"{sizes.far_cells:,} cells in column XFD",
    }
    paths = {}
    for kind in kinds:
        path = paths[names[kind]] = folder / f"{kind}.xlsx"
        if kind == "strings":
            with tempfile.TemporaryDirectory(dir=folder) as scratch:
                # A shared-strings part first (a return has none), then streamed at full
                # size: ten million strings never exist in memory at once.
                small = Path(scratch) / "with-strings.xlsx"
                _with_shared_strings(source, small, _shared_string_flood(1))
                _write_streamed_sheet(
                    small.read_bytes(),
                    path,
                    "xl/sharedStrings.xml",
                    _streamed_shared_strings(sizes.shared_strings),
                )
        elif kind == "formats":
            _with_cell_formats(source, path, sizes.cell_formats)
        elif kind == "big":
            rows = _numbered_rows(last + 1, total_bytes=sizes.sheet_bytes)
            _write_streamed_sheet(source, path, part, _rows_appended(sheet_xml, rows))
        elif kind == "outside":
            rows = _numbered_rows(last + 1, count=sizes.outside_rows)
            _write_streamed_sheet(
                source, path, part, _rows_appended(sheet_xml, rows), new_part=OUTSIDE_PART
            )
        else:
            rows = _far_rows(last + 1, sizes.far_cells)
            _write_streamed_sheet(source, path, part, _rows_appended(sheet_xml, rows))
    return paths


def template_source() -> bytes:
    """A valid template workbook (the test corpus's minimal one)."""
    return _workbook_bytes(minimal_template_sheets())


def submission_source(folder: Path) -> bytes:
    """A real return exported from a fresh store on the built-in template."""
    from micdesk.core.store import open_store
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import open_submission, save_profile, set_value
    from micdesk.core.template_store import ensure_default_template

    store = open_store(folder / "store")
    try:
        ensure_default_template(store)
        save_profile(store, "KEN", focal_point="Focal point of KEN")
        submission = open_submission(store, "KEN", "2025")
        set_value(store, submission, "TEC-2", value=12)
        target = folder / "return.xlsx"
        export_submission(store, submission, target)
    finally:
        store.close()
    return target.read_bytes()


def check(command: str, path: Path) -> dict[str, object]:
    """``micdesk COMMAND check PATH`` in a fresh process: wall and CPU seconds, peak MB,
    exit code, the lines printed."""
    with tempfile.NamedTemporaryFile("r", suffix=".peak", delete=False) as peak_file:
        peak_path = Path(peak_file.name)
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(peak_path), command, "check", str(path)],
            capture_output=True,
            text=True,
            timeout=900,
        )
        seconds = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        peak_kb = int(peak_path.read_text() or 0)
    finally:
        peak_path.unlink(missing_ok=True)
    lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "peak_mb": peak_kb / 1024,
        "exit": done.returncode,
        "lines": lines,
    }


def measure(context: Context) -> list[Measure]:
    """Two rows per flood and command: wall seconds (bar 5 s), peak memory (bar 300 MB);
    in a full run also the same command on the valid file each flood was built from."""
    sizes = QUICK if context.quick else FULL
    sources = {
        "template": template_source(),
        "submission": submission_source(context.scratch),
    }
    sheets = {"template": "indicators", "submission": "Data"}
    # --quick: each flood once, the two commands taking turns.
    kinds = {"template": FLOODS[::2], "submission": FLOODS[1::2]} if context.quick else {}
    runs = []
    for command, source in sources.items():
        if not context.quick:
            valid = context.scratch / f"valid-{command}.xlsx"
            valid.write_bytes(source)
            runs.append((command, f"the valid {command} (baseline)", valid))
        floods = write_floods(
            context.scratch / command, source, sheets[command], sizes,
            kinds.get(command, FLOODS),
        )  # fmt: skip
        runs += [(command, name, path) for name, path in floods.items()]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    measures = []
    for command, name, path in runs:
        result = check(command, path)
        lines, seconds, peak = result["lines"], result["seconds"], result["peak_mb"]
        cpu = result["cpu_seconds"]
        assert isinstance(lines, list) and isinstance(seconds, float) and isinstance(peak, float)
        said = lines[0] if len(lines) == 1 else f"{len(lines)} lines: " + " | ".join(lines[:3])
        size_mb = path.stat().st_size / 10**6
        note = (
            f"{size_mb:.1f} MB file, CPU {cpu:.2f} s, load {load:.1f}, "
            f"exit {result['exit']}: {said[:160]}"
        )
        measures.append(
            Measure(f"{command} check, {name}", seconds, "s", target=TARGET_SECONDS, note=note)
        )
        measures.append(
            Measure(f"{command} check, {name}, peak memory", peak, "MB", target=TARGET_MB,
                    note=f"exit {result['exit']}")
        )  # fmt: skip
    return measures
