"""``micdesk consolidate``: check many submissions and combine them into one workbook (HQ).

Check every submission (format, hash, template version, completeness, duplicates), import
the accepted ones into a store, and write one workbook from it: Status, Data, Narratives
and one pivot per numeric indicator (docs/design.md §8).

exit codes: 0 every file ok; 1 some files not ok (listed on the Status sheet), output
written; 2 wrong usage (bad arguments, a file or folder that does not exist); 3 the
database or an output file (the workbook, the --sdmx files) could not be opened or
written; 4 none of the files is a readable micdesk submission, nothing changed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from micdesk.cli.faults import fault_line
from micdesk.cli.subcommands import Exit, Refused, add_action
from micdesk.core.consolidation import consolidate, normalise_database_url
from micdesk.core.consolidation_files import (
    ConsolidationError,
    ConsolidationResult,
    FileStatus,
    NothingReadable,
    collect_submission_paths,
)
from micdesk.core.folder_lock import COMMAND_WAIT_SECONDS, DataFolderLock
from micdesk.core.signatures import SignatureError, registered_keys
from micdesk.core.store import Store, StoreError, open_store, open_store_url
from micdesk.core.template_store import ensure_default_template

EXIT_NOT_ALL_OK = 1


def register(subparsers: Any) -> None:
    """Add ``consolidate`` to the command line."""
    parser = add_action(subparsers, "consolidate", run_consolidate, doc=__doc__)
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help="submission workbooks, or folders searched for .xlsx files",
    )
    parser.add_argument("--out", required=True, type=Path, help="the .xlsx workbook to write")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=(
            "keep the returns in this database (sqlite:///path or postgresql://user@host/db); "
            "default: a throw-away SQLite file. With --db and no files, re-outputs the database"
        ),
    )
    parser.add_argument(
        "--accept-edited",
        action="store_true",
        help="also consolidate files edited by hand after export (still marked edited)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes reading files (default: one per core for many files)",
    )
    parser.add_argument(
        "--keys",
        type=Path,
        metavar="DIR",
        help=(
            "the focal points' registered public keys (DIR/KEN/*.pub or DIR/KEN-*.pub): each "
            "file's signature is reported against its country's keys"
        ),
    )
    parser.add_argument(
        "--sdmx",
        type=Path,
        metavar="OUT.csv",
        help=(
            "also write the consolidated values as SDMX-CSV to OUT.csv and their structure "
            "(dataflow, data structure definition, codelists) as SDMX-ML 2.1 to "
            "OUT.structure.xml (docs/formats/sdmx.md; needs the hq extra)"
        ),
    )


class ProgressLine:
    """Progress on stderr: one updating line on a terminal, a plain line per tenth otherwise."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self._last: tuple[str, int] = ("", -1)

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self.tty:
            end = "\n" if done == total else ""
            self.stream.write(f"\r{phase} {done}/{total}{end}")
            self.stream.flush()
            return
        tenth = done * 10 // max(total, 1)
        if (phase, tenth) != self._last:
            self._last = (phase, tenth)
            print(f"{phase} {done}/{total}", file=self.stream, flush=True)


def _summary(result: ConsolidationResult, seconds: float) -> str:
    files = len(result.outcomes)
    counts = ", ".join(
        f"{result.count(status)} {status.value}" for status in FileStatus if result.count(status)
    )
    rate = files / seconds if seconds > 0 else 0.0
    return (
        f"{files} file(s) in {seconds:.1f} s ({rate:.1f} files/s): {counts or 'none read'}; "
        f"{result.submissions_in_store} submission(s) consolidated into {result.out}"
    )


def open_hq_store(url: str | None, scratch: Path) -> Store:
    """HQ's store: the database at ``url`` (a SQLite file under its folder's lock), or a
    throw-away SQLite file in ``scratch``."""
    if url is None:
        return open_store(scratch)
    url = normalise_database_url(url)
    database = make_url(url).database
    if make_url(url).get_backend_name() != "sqlite" or not database or database == ":memory:":
        return open_store_url(url)
    # A SQLite file (a data folder's store, HQ's file): one writer per folder, as for
    # every command that writes there.
    lock = DataFolderLock(Path(database).resolve().parent, "micdesk consolidate")
    lock.acquire(COMMAND_WAIT_SECONDS)
    try:
        store = open_store_url(url)
    except BaseException:
        lock.release()
        raise
    store.folder_lock = lock
    return store


def open_database(url: str | None, scratch: Path, prefix: str) -> Store:
    """HQ's store (``open_hq_store``), or refused in one line after ``prefix``: 2 for a
    URL that is none, 3 for a database that cannot be opened."""
    try:
        return open_hq_store(url, scratch)
    except ArgumentError as error:
        raise Refused(
            f"{prefix}--db {url!r} is not a database URL ({error})", Exit.USAGE
        ) from error
    except (StoreError, SQLAlchemyError, OSError) as error:
        reason = fault_line(error)
        raise Refused(f"{prefix}cannot open the database: {reason}", Exit.NOT_WRITTEN) from error


@contextmanager
def hq_database(url: str | None, prefix: str, scratch_prefix: str) -> Iterator[Store]:
    """HQ's store for one command (``open_database``), closed afterwards; a change the
    database refuses is refused with 3 in one line after ``prefix``."""
    with tempfile.TemporaryDirectory(prefix=scratch_prefix) as scratch:
        store = open_database(url, Path(scratch), prefix)
        try:
            yield store
        except SQLAlchemyError as error:
            raise Refused(
                f"{prefix}the database refused a change: {fault_line(error)}", Exit.NOT_WRITTEN
            ) from error
        finally:
            store.close()


def _write_sdmx(store: Store, target: Path) -> str | None:
    """Write the SDMX output; its summary line, or None once the reason is printed."""
    from micdesk.core.sdmx_export import SdmxOutputError, write_sdmx_output

    try:
        output = write_sdmx_output(store, target)
    except SdmxOutputError as error:
        print(f"error: cannot write the SDMX output: {error}", file=sys.stderr)
        return None
    return f"SDMX: {output.rows} observation(s) in {output.data}, structure in {output.structure}"


def run_consolidate(args: argparse.Namespace) -> int:
    """Consolidate; see the module docstring for the exit codes."""
    if args.out.suffix.lower() != ".xlsx":
        raise Refused(f"error: --out must name an .xlsx workbook, not {args.out}", Exit.USAGE)
    if not args.inputs and args.db is None:
        raise Refused(
            "error: name submission files or folders (or --db to re-output a database)",
            Exit.USAGE,
        )
    if args.workers is not None and args.workers < 1:
        raise Refused("error: --workers must be 1 or more", Exit.USAGE)
    try:
        paths = collect_submission_paths(args.inputs, exclude=[args.out])
    except ConsolidationError as error:
        raise Refused(f"error: {error}", Exit.USAGE) from error
    if args.inputs and not paths:
        raise Refused("error: no .xlsx files found in the folders named", Exit.UNREADABLE)
    if args.sdmx is not None:
        try:
            from micdesk.core.sdmx_export import SdmxOutputError, check_sdmx_target
        except ImportError:
            raise Refused(
                "error: --sdmx needs the SDMX library pysdmx: pip install 'micdesk[hq]'",
                Exit.USAGE,
            ) from None
        try:
            check_sdmx_target(args.sdmx)
        except SdmxOutputError as error:
            raise Refused(
                f"error: cannot write the SDMX output: {error}; nothing written", Exit.NOT_WRITTEN
            ) from error
    registered = None
    if args.keys is not None:
        if not args.keys.is_dir():
            raise Refused(f"error: --keys {args.keys}: no such folder", Exit.USAGE)
        try:
            registered = registered_keys(args.keys)
        except SignatureError as error:
            raise Refused(f"error: --keys: {error}", Exit.USAGE) from error
    started = time.perf_counter()
    with hq_database(args.db, "error: ", "micdesk-consolidate-") as store:
        try:
            ensure_default_template(store)
            result = consolidate(
                store,
                paths,
                args.out,
                accept_edited=args.accept_edited,
                workers=args.workers,
                progress=ProgressLine(sys.stderr),
                registered_keys=registered,
            )
            sdmx_line = _write_sdmx(store, args.sdmx) if args.sdmx is not None else ""
            if sdmx_line is None:
                return Exit.NOT_WRITTEN
        except NothingReadable as error:
            for outcome in error.outcomes:
                print(f"broken: {outcome.why}", file=sys.stderr)
            raise Refused(f"error: {error}; nothing written", Exit.UNREADABLE) from error
        except OSError as error:
            raise Refused(
                f"error: cannot write {args.out}: {fault_line(error)}", Exit.NOT_WRITTEN
            ) from error
    for outcome in result.outcomes:
        if outcome.status != FileStatus.OK:
            print(f"{outcome.status.value}: {outcome.path}: {outcome.why}")
    print(_summary(result, time.perf_counter() - started))
    if sdmx_line:
        print(sdmx_line)
    return Exit.OK if result.all_ok else EXIT_NOT_ALL_OK
