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
import stat
import tempfile
import time
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.workbook.workbook import Workbook
from openpyxl.writer.excel import ExcelWriter

from micdesk.core.keyed import Keyed

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# One part read whole or parsed cell by cell: openpyxl needs about a second per MB of
# sheet here, and micdesk's largest real sheets (a 500-indicator template, a return with
# every breakdown) are a few MB. The limit keeps a refusal quick and memory bounded.
MAX_PART_BYTES = 32 * 1024 * 1024
MAX_ENTRY_RATIO = 200  # real sheets compress ~10-20×; bombs compress thousands of times
MAX_ENTRIES = 2000
MAX_SHEET_ROWS = 100_000
MAX_SHEET_COLUMNS = 500  # column SF; a cell holding something further right is refused
# openpyxl reads the shared strings and the styles whole, into Python objects of about
# a hundred bytes each: counted in the raw XML first, so a flood is refused unread.
MAX_SHARED_STRINGS = 200_000
MAX_CELL_FORMATS = 64_000  # Excel's own limit on cell formats in a workbook
MAX_SHOWN_CHARACTERS = 80
_MB = 1024 * 1024
_UMASK = os.umask(0)
os.umask(_UMASK)
_NEW_FILE_MODE = 0o666 & ~_UMASK
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls
_READABLE_COMPRESSION = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_COMPRESSION_NAMES = {9: "Deflate64", zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA"}

# openpyxl warns on stderr about what it skips (data validation extensions, unknown
# parts, print areas); micdesk reads values only, so the warnings tell the user nothing.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")


class UnreadableWorkbook(Keyed):
    """A file is not a workbook micdesk will read; the message says why, in plain words.

    ``key`` and ``params`` (``file`` and what the key needs) let the window say the
    same in the user's language; an error without a key is shown as its English text.
    """


def shown(value: object, limit: int = MAX_SHOWN_CHARACTERS) -> str:
    """A cell's content as echoed in a message: one line, cut to ``limit`` characters + '…'."""
    text = str(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def require_defusedxml() -> None:
    """Refuse to read any workbook unless openpyxl parses XML through defusedxml."""
    if not getattr(openpyxl, "DEFUSEDXML", False):
        raise UnreadableWorkbook(
            "defusedxml is not installed, so workbooks cannot be read safely; reinstall micdesk",
            "workbook_unsafe_install",
        )


def _megabytes(size: int) -> int:
    # Rounded up: 32.4 MB over a 32 MB limit must not read "32 MB, more than 32 MB".
    return -(-size // _MB)


def _refuse(name: str, key: str, message: str, **params: object) -> UnreadableWorkbook:
    return UnreadableWorkbook(f"{name}: {message}", key, {"file": name, **params})


def check_regular_file(path: Path) -> int:
    """The size of ``path`` if it is a regular file; UnreadableWorkbook for anything else.

    A device (/dev/zero), a named pipe or a socket would be read forever or block, so
    they are refused before anything opens them for reading.
    """
    name = Path(path).name or str(path)
    try:
        status = os.stat(path)
    except FileNotFoundError as error:
        raise _refuse(name, "workbook_missing", "no such file") from error
    except OSError as error:
        reason = error.strerror or str(error)
        raise _refuse(
            name, "workbook_unreadable_os", f"cannot be read ({reason})", reason=reason
        ) from error
    if stat.S_ISDIR(status.st_mode):
        raise _refuse(name, "workbook_folder", "is a folder, not a workbook file")
    if not stat.S_ISREG(status.st_mode):
        raise _refuse(
            name,
            "workbook_not_regular",
            "is not a regular file (a device, pipe or socket); only workbook files are read",
        )
    return status.st_size


def inspect_package(path: Path) -> None:
    """Check a file is a plain, reasonably sized .xlsx package before openpyxl sees it."""
    name = Path(path).name or str(path)
    size = check_regular_file(path)
    if size > MAX_FILE_BYTES:
        raise _refuse(
            name,
            "workbook_too_big",
            f"the file is {_megabytes(size)} MB, more than the {MAX_FILE_BYTES // _MB} MB limit",
            size=_megabytes(size),
            limit=MAX_FILE_BYTES // _MB,
        )
    try:
        # O_NONBLOCK: a file swapped for a pipe after the check must not hang the open.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise _refuse(name, "workbook_not_regular", "is not a regular file")
            head = handle.read(8)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _refuse(
            name, "workbook_unreadable_os", f"cannot be read ({reason})", reason=reason
        ) from error
    if head == OLE_SIGNATURE:
        raise _refuse(
            name,
            "workbook_encrypted",
            "the workbook is password-protected (encrypted) or an old .xls file; "
            "save it as an unprotected .xlsx workbook",
        )
    if not head.startswith(b"PK") or not zipfile.is_zipfile(path):
        raise _refuse(
            name, "workbook_not_zip", "not an .xlsx workbook (the file is not a zip package)"
        )
    try:
        with zipfile.ZipFile(path) as package:
            _inspect_entries(name, package)
    except UnreadableWorkbook:
        raise
    except RuntimeError as error:  # zipfile's word for an encrypted entry
        raise _refuse(
            name, "workbook_damaged", f"the file is damaged or encrypted ({error})", reason=error
        ) from error
    except UnicodeDecodeError as error:
        raise _refuse(
            name,
            "workbook_bad_part_name",
            "a part of the package has a name that is not valid UTF-8 (a damaged file)",
        ) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        reason = str(error) or type(error).__name__
        raise _refuse(
            name, "workbook_damaged", f"the file is damaged or truncated ({reason})", reason=reason
        ) from error


def _inspect_entries(name: str, package: zipfile.ZipFile) -> None:
    entries = package.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(
            name,
            "workbook_too_many_parts",
            f"the package has {len(entries)} parts, too many",
            count=len(entries),
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.flag_bits & 0x1:
            raise _refuse(
                name,
                "workbook_encrypted_part",
                f"the part {shown(entry.filename)} is encrypted; save the workbook "
                "without a password",
                part=shown(entry.filename),
            )
        if entry.compress_type not in _READABLE_COMPRESSION:
            method = _COMPRESSION_NAMES.get(entry.compress_type, f"method {entry.compress_type}")
            raise _refuse(
                name,
                "workbook_compression",
                f"the part {shown(entry.filename)} is compressed with {method}, which "
                "micdesk does not read; save it again from Excel or LibreOffice",
                part=shown(entry.filename),
                method=method,
            )
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > 1_000_000 and ratio > MAX_ENTRY_RATIO:
            raise _refuse(
                name,
                "workbook_zip_bomb",
                f"the part {shown(entry.filename)} expands {int(ratio)} times "
                "(a zip bomb?); refused",
                part=shown(entry.filename),
                ratio=int(ratio),
            )
        if entry.file_size > MAX_PART_BYTES:
            raise _refuse(
                name,
                "workbook_part_too_big",
                f"the part {shown(entry.filename)} is {_megabytes(entry.file_size)} MB "
                f"unpacked, more than the {MAX_PART_BYTES // _MB} MB limit",
                part=shown(entry.filename),
                size=_megabytes(entry.file_size),
                limit=MAX_PART_BYTES // _MB,
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _refuse(
            name,
            "workbook_expands_too_much",
            f"the workbook expands to {_megabytes(total)} MB, more than the "
            f"{MAX_UNCOMPRESSED_BYTES // _MB} MB limit",
            size=_megabytes(total),
            limit=MAX_UNCOMPRESSED_BYTES // _MB,
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("xl/workbook") for n in names):
        raise _refuse(
            name, "workbook_no_workbook_part", "not an .xlsx workbook (no workbook part inside)"
        )
    if _has_macros(package, names):
        raise _refuse(
            name,
            "workbook_macros",
            "the workbook contains macros; save it as a plain .xlsx without macros",
        )
    counts = _PartCounts()
    for entry in entries:
        # Every part is read through once: its CRC is checked (a damaged part is found
        # here, not half way through an import), and rows, far cells, shared strings
        # and cell formats are counted in the raw XML, wherever the part sits.
        _scan_part(name, package, entry, counts)


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


# Counted with bytes.count (a regex is four times slower on 200 MB); ``<rowBreaks`` and
# the like are counted too, which only errs towards the limit. Tags with a namespace
# prefix (``<x:row>``), which no spreadsheet program writes, take the regex.
_ROW_TAG = re.compile(rb"<[A-Za-z_][\w.-]*:row[\s>/]")
_SHARED_STRING_TAG = re.compile(rb"<[A-Za-z_][\w.-]*:si[\s>/]")
_CELL_FORMAT_TAG = re.compile(rb"<[A-Za-z_][\w.-]*:xf[\s>/]")
# A cell reference in a column after SF (500): three letters, or two from SG to ZZ.
# One such cell holding a value is refused by sheet_rows, located by sheet and cell;
# many of them (empty and formatted, say) are refused here, unread: read-only openpyxl
# pads every row up to its last cell (XFD is 16,384 wide).
_FAR_CELL_REFERENCE = re.compile(rb'r="(?:[A-Z]{3}|S[G-Z]|[T-Z][A-Z])[0-9]+"')
MAX_FAR_CELLS = 10_000
_LONGEST_TAG = 64 * 1024  # a longer tag cut at a chunk's end is not looked into


def _count_tags(data: bytes, tag: bytes, prefixed: re.Pattern[bytes]) -> int:
    count = data.count(b"<" + tag)
    if b":" + tag in data:
        count += len(prefixed.findall(data))
    return count


class _PartCounts:
    def __init__(self) -> None:
        self.shared_strings = 0
        self.cell_formats = 0
        self.far_cells = 0


def _scan_part(
    name: str, package: zipfile.ZipFile, entry: zipfile.ZipInfo, counts: _PartCounts
) -> None:
    rows = 0
    tail = b""
    with package.open(entry) as stream:
        while chunk := stream.read(1 << 20):
            data = tail + chunk
            # A tag cut at the chunk's end is looked at with the next chunk, never twice.
            cut = data.rfind(b"<")
            if cut >= 0 and data.find(b">", cut) < 0 and len(data) - cut < _LONGEST_TAG:
                data, tail = data[:cut], data[cut:]
            else:
                tail = b""
            rows += _count_tags(data, b"row", _ROW_TAG)
            counts.shared_strings += _count_tags(data, b"si", _SHARED_STRING_TAG)
            counts.cell_formats += _count_tags(data, b"xf", _CELL_FORMAT_TAG)
            counts.far_cells += len(_FAR_CELL_REFERENCE.findall(data))
            if rows > MAX_SHEET_ROWS:
                raise _refuse(
                    name,
                    "workbook_too_many_rows",
                    f"the sheet {shown(entry.filename)} has more than {MAX_SHEET_ROWS:,} "
                    "rows; refused",
                    part=shown(entry.filename),
                    limit=MAX_SHEET_ROWS,
                )
            if counts.far_cells > MAX_FAR_CELLS:
                raise _refuse(
                    name,
                    "workbook_far_cells",
                    f"the workbook has more than {MAX_FAR_CELLS:,} cells beyond column "
                    f"{MAX_SHEET_COLUMNS} (SF); refused",
                    limit=MAX_FAR_CELLS,
                    columns=MAX_SHEET_COLUMNS,
                )
            if counts.shared_strings > MAX_SHARED_STRINGS:
                raise _refuse(
                    name,
                    "workbook_too_many_strings",
                    f"the workbook has more than {MAX_SHARED_STRINGS:,} distinct texts; refused",
                    limit=MAX_SHARED_STRINGS,
                )
            if counts.cell_formats > MAX_CELL_FORMATS:
                raise _refuse(
                    name,
                    "workbook_too_many_formats",
                    f"the workbook has more than {MAX_CELL_FORMATS:,} cell formats; refused",
                    limit=MAX_CELL_FORMATS,
                )


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
        raise unreadable_workbook(name, error) from error
    return workbook


def unreadable_workbook(name: str, error: BaseException, sheet: str = "") -> UnreadableWorkbook:
    """The one-line refusal for a workbook (or one of its sheets) openpyxl failed to parse."""
    where = f"the sheet '{shown(sheet)}'" if sheet else "the workbook"
    entity = _defusedxml_cause(error)
    if entity is not None:
        cause = f"defusedxml {shown(entity, 120)}"
        return _refuse(
            name,
            "workbook_xml_entities",
            f"{where} cannot be read: it declares XML entities ({cause}), "
            "a possible XML bomb or external entity attack; refused",
            cause=cause,
        )
    reason = unreadable_reason(error)
    if sheet:
        return _refuse(
            name,
            "workbook_sheet_unreadable",
            f"{where} cannot be read: {reason}",
            sheet=shown(sheet),
            reason=reason,
        )
    return _refuse(name, "workbook_unreadable", f"{where} cannot be read: {reason}", reason=reason)


def _causes(error: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    seen: BaseException | None = error
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    return chain


def _defusedxml_cause(error: BaseException) -> BaseException | None:
    for cause in _causes(error):
        if type(cause).__module__.startswith("defusedxml"):
            return cause
    return None


def unreadable_reason(error: BaseException) -> str:
    """Why openpyxl could not read a part, in one line: the root cause, never a file path.

    openpyxl wraps the parser's error in a three-line ValueError naming the whole path;
    the cause it wraps (defusedxml's refusal of an XML entity, say) is what to show.
    """
    entity = _defusedxml_cause(error)
    if entity is not None:
        return f"it declares XML entities (defusedxml {shown(entity, 120)}); refused"
    root = _causes(error)[-1]
    reason = str(root).strip()
    if "DTD" in reason or "entit" in reason.lower():
        return f"it declares XML entities ({shown(reason)}); refused"
    reason = reason.splitlines()[0] if reason else type(root).__name__
    # A message naming the whole path of the file (openpyxl's do) keeps only its name.
    for path in re.findall(r"(?:/|[A-Za-z]:\\)[^\s:'\"]+", reason):
        reason = reason.replace(path, Path(path).name)
    return shown(reason, 160)


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
    # Cells right of column SF hold nothing (inspect_package refused them otherwise).
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > max_rows:
            raise UnreadableWorkbook(
                f"{worksheet.title}: the sheet has more than {max_rows:,} rows; refused",
                "workbook_too_many_rows",
                {"file": worksheet.title, "part": worksheet.title, "limit": max_rows},
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


def save_workbook(workbook: Workbook, path: Path) -> None:
    """``workbook.save(path)``, but a failed write (a full disk) raises once and leaves no
    half-closed zip behind to fail again, as "Exception ignored … OSError", at exit."""
    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = datetime.now(tz=UTC).replace(tzinfo=None)
        ExcelWriter(workbook, archive).save()
    except BaseException:
        # The first error is the one to report; closing sets the archive's file aside,
        # so nothing is written again when the object is collected.
        with suppress(Exception):
            archive.close()
        raise


def write_workbook(target: Path, workbook: Workbook) -> None:
    """Save a workbook atomically (``atomic_path``) through ``save_workbook``."""
    with atomic_path(target) as temporary:
        save_workbook(workbook, temporary)


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Write a file through ``write(temporary_path)`` and rename it into place."""
    with atomic_path(target) as temporary:
        write(temporary)
