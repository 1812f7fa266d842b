"""Opening workbooks from outside safely, and writing files atomically.

openpyxl has no zip-bomb guard and trusts a sheet's stated dimensions; it only
refuses XML entity attacks when defusedxml is installed (docs/design.md §10). Every
workbook micdesk reads from outside goes through ``open_workbook``, and every
file the user sees is written through ``atomic_write``.
"""

from __future__ import annotations

import glob
import os
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ENTRY_RATIO = 200  # real sheets compress ~10-20×; bombs compress thousands of times
MAX_ENTRIES = 2000
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 500
_UMASK = os.umask(0)
os.umask(_UMASK)
_NEW_FILE_MODE = 0o666 & ~_UMASK
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls


class UnreadableWorkbook(Exception):
    """A file is not a workbook micdesk will read; the message says why, in plain words."""


def require_defusedxml() -> None:
    """Refuse to read any workbook unless openpyxl parses XML through defusedxml."""
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise UnreadableWorkbook(
            "defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk"
        )


def inspect_package(path: Path) -> None:
    """Check a file is a plain, reasonably sized .xlsx package before openpyxl sees it."""
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
    except OSError as error:
        raise UnreadableWorkbook(f"{name}: cannot be read ({error.strerror})") from error
    if size > MAX_FILE_BYTES:
        raise UnreadableWorkbook(
            f"{name}: the file is {size // 1_000_000} MB, more than the 50 MB limit"
        )
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head == OLE_SIGNATURE:
        raise UnreadableWorkbook(
            f"{name}: the workbook is password-protected (encrypted) or an old .xls file; "
            "save it as an unprotected .xlsx workbook"
        )
    if not zipfile.is_zipfile(path):
        raise UnreadableWorkbook(f"{name}: not an .xlsx workbook (the file is not a zip package)")
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            if len(entries) > MAX_ENTRIES:
                raise UnreadableWorkbook(f"{name}: the package has {len(entries)} parts, too many")
            total = 0
            for entry in entries:
                total += entry.file_size
                ratio = entry.file_size / max(entry.compress_size, 1)
                if entry.file_size > 1_000_000 and ratio > MAX_ENTRY_RATIO:
                    raise UnreadableWorkbook(
                        f"{name}: the part {entry.filename} expands {int(ratio)} times "
                        "(a zip bomb?); refused"
                    )
            if total > MAX_UNCOMPRESSED_BYTES:
                raise UnreadableWorkbook(
                    f"{name}: the workbook expands to {total // 1_000_000} MB, more than the "
                    f"{MAX_UNCOMPRESSED_BYTES // 1_000_000} MB limit"
                )
            names = {entry.filename for entry in entries}
            if "[Content_Types].xml" not in names or not any(
                n.startswith("xl/workbook") for n in names
            ):
                raise UnreadableWorkbook(f"{name}: not an .xlsx workbook (no workbook part inside)")
            if _has_macros(package, names):
                raise UnreadableWorkbook(
                    f"{name}: the workbook contains macros; save it as a plain .xlsx without macros"
                )
            broken = package.testzip()
            if broken is not None:
                raise UnreadableWorkbook(f"{name}: the part {broken} is damaged (truncated file?)")
            for entry in entries:
                if entry.filename.startswith("xl/worksheets/") and _has_too_many_rows(
                    package, entry
                ):
                    raise UnreadableWorkbook(
                        f"{name}: the sheet {entry.filename} has more than "
                        f"{MAX_SHEET_ROWS:,} rows; refused"
                    )
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise UnreadableWorkbook(f"{name}: the file is damaged or truncated ({error})") from error


# A macro project under any name ([Content_Types].xml says what a part is, not its
# name), a macro-enabled main part, or Excel 4.0 macro sheets.
_MACRO_CONTENT_TYPES = re.compile(
    rb"vbaProject|macroEnabled|ms-excel\.intlmacrosheet|macrosheet", re.I
)
MAX_CONTENT_TYPES_BYTES = 1_000_000


def _has_macros(package: zipfile.ZipFile, names: set[str]) -> bool:
    lowered = [n.lower() for n in names]
    if any("vbaproject" in n or n.startswith("xl/macrosheets/") for n in lowered):
        return True
    info = package.getinfo("[Content_Types].xml")
    if info.file_size > MAX_CONTENT_TYPES_BYTES:
        return True  # a real one is a few kilobytes; refusing is the safe reading
    try:
        content_types = package.read(info)
    except Exception:  # a damaged part: the checks that follow say so
        return False
    return _MACRO_CONTENT_TYPES.search(content_types) is not None


_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")


def _has_too_many_rows(package: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    # openpyxl scans a whole sheet without a <dimension> before it yields one row (seconds
    # for a million rows), so rows are counted here, streaming, stopping at the limit.
    rows, tail = 0, b""
    with package.open(entry) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            rows += len(_ROW_TAG.findall(data))
            if rows > MAX_SHEET_ROWS:
                return True
            # A tag cut at the chunk's end is counted with the next chunk, never twice.
            cut = data.rfind(b"<")
            tail = data[cut:] if cut >= 0 and data.find(b">", cut) < 0 else b""
            if tail:
                rows -= len(_ROW_TAG.findall(tail))
    return False


def open_workbook(path: Path, *, read_only: bool = True) -> Workbook:
    """Open an outside workbook after the safety checks; values only, never formulas' cache."""
    require_defusedxml()
    inspect_package(path)
    name = Path(path).name
    try:
        workbook = openpyxl.load_workbook(
            path, read_only=read_only, data_only=False, keep_links=False
        )
    except UnreadableWorkbook:
        raise
    except Exception as error:  # openpyxl raises many kinds for a damaged or hostile file
        raise UnreadableWorkbook(
            f"{name}: the workbook cannot be read: {unreadable_reason(error)}"
        ) from error
    return workbook


def unreadable_reason(error: Exception) -> str:
    """Why openpyxl could not read a part, in plain words (an XML entity attack named as such)."""
    reason = str(error) or type(error).__name__
    if (
        "DTD" in reason
        or "entit" in reason.lower()
        or type(error).__module__.startswith("defusedxml")
    ):
        return "it declares XML entities (a possible XML bomb); refused"
    return reason


def unique_sheet_name(wanted: str, used: set[str], fallback: str = "Sheet") -> str:
    """A sheet title Excel accepts (≤ 31 characters, no []:*?/\\) and not yet in ``used``."""
    base = "".join("_" if c in "[]:*?/\\" else c for c in wanted).strip("'")[:31] or fallback
    name, counter = base, 2
    while name.lower() in used:
        suffix = f" ({counter})"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(name.lower())
    return name


def sheet_rows(
    worksheet: Any, *, max_rows: int = MAX_SHEET_ROWS
) -> Iterator[tuple[int, list[Any]]]:
    """Rows of a sheet as (row number, values), refusing absurdly large sheets as it goes."""
    if hasattr(worksheet, "reset_dimensions"):
        # LibreOffice sometimes writes wrong dimensions, which read-only mode trusts.
        worksheet.reset_dimensions()
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > max_rows:
            raise UnreadableWorkbook(
                f"{worksheet.title}: the sheet has more than {max_rows:,} rows; refused"
            )
        values = list(row[:MAX_SHEET_COLUMNS])
        beyond = next(
            (
                i
                for i, v in enumerate(row[MAX_SHEET_COLUMNS:], MAX_SHEET_COLUMNS + 1)
                if v is not None
            ),
            None,
        )
        if beyond is not None:  # never dropped unseen: the sheet is refused where it is
            from openpyxl.utils import get_column_letter

            raise UnreadableWorkbook(
                f"{worksheet.title}!{get_column_letter(beyond)}{number}: a value past column "
                f"{MAX_SHEET_COLUMNS} ({get_column_letter(MAX_SHEET_COLUMNS)}), the most a sheet "
                "may use; refused"
            )
        while values and values[-1] is None:
            values.pop()
        yield number, values


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed onto it only if the block succeeds."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(target)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=target.suffix + ".part", dir=target.parent
    )
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        yield temporary_path
        # mkstemp makes the file private (0600); a workbook is shared like any saved file.
        os.chmod(temporary_path, _NEW_FILE_MODE)
        with open(temporary_path, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary_path, target)
        _fsync_directory(target.parent)
    finally:
        if temporary_path.exists():
            temporary_path.unlink()


# A temporary file this old was left by a process killed while writing, not one at work.
STALE_PART_SECONDS = 3600


def remove_stale_parts(target: Path) -> list[Path]:
    """Delete the temporary files (``.<name>-….xlsx.part``) killed writes left beside target."""
    target = Path(target)
    cutoff = time.time() - STALE_PART_SECONDS
    removed = []
    for part in target.parent.glob(f".{glob.escape(target.stem)}-*{target.suffix}.part"):
        try:
            if part.is_file() and part.stat().st_mtime < cutoff:
                part.unlink()
                removed.append(part)
        except OSError:
            continue  # another process's, or already gone: not ours to insist on
    return removed


def _fsync_directory(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory; ReplaceFile is already durable enough
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write a file through ``write(temporary_path)`` and rename it into place."""
    with atomic_path(target) as temporary:
        write(temporary)
