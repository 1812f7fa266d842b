"""``micdesk template check|blank|import|sign``: check, import or write a template workbook
(micdesk-template/1).

The template workbook from the command line (docs/design.md §3). Exit codes: 0 done
(``check``: the template is valid); 1 the template was not imported or is not valid
(every problem listed, one per line, as ``sheet!cell: message``; an unreadable or
hostile file gets one line saying why; ``import`` also returns 1 when you answer no);
2 wrong usage (bad arguments, a file that does not exist, no terminal to confirm on
without ``--yes``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from micdesk.cli.faults import fault_line, path_refusal
from micdesk.cli.subcommands import Exit, Refused, action_group, writing_store
from micdesk.core.signatures import SignatureError, fingerprint, read_private_key, short_fingerprint
from micdesk.core.startup import open_read_only_store
from micdesk.core.store import DATABASE_FILENAME, StoreError, default_data_dir
from micdesk.core.template_checker import TemplateProblems
from micdesk.core.template_sheets import load_default_template, template_from_sheets
from micdesk.core.template_signature import (
    TemplateSignatureRefused,
    builtin_signature,
    check_template_signature,
    sign_template_workbook,
    write_builtin_signature,
    write_signature_sheet,
)
from micdesk.core.template_store import (
    TemplateNotInstalled,
    ensure_default_template,
    installed_template_ids,
    installed_version,
    load_template,
)
from micdesk.core.template_update import (
    TemplateImportRefused,
    apply_template_import,
    preview_template_import,
)
from micdesk.core.template_workbook import (
    read_template_sheets,
    settings_template_id,
    write_template_workbook,
)
from micdesk.core.xlsx_files import UnreadableWorkbook, check_regular_file


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``template`` and its sub-commands."""
    commands = action_group(subparsers, "template", doc=__doc__)

    check = commands.add_parser(
        "check", help="check a template workbook and list every problem as sheet!cell: message"
    )
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument(
        "--ignore-installed",
        action="store_true",
        help="do not compare the version with the one installed in the data folder",
    )
    check.set_defaults(run=run_check)

    blank = commands.add_parser(
        "blank", help="write the installed template as a workbook HQ can edit"
    )
    blank.add_argument("out", type=Path, metavar="OUT.xlsx")
    blank.add_argument(
        "--template-id", default=None, help="which installed template (default: the built-in one)"
    )
    blank.set_defaults(run=run_blank)

    install = commands.add_parser(
        "import", help="show what a new template version changes, then install it"
    )
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument("--yes", action="store_true", help="apply without asking")
    install.set_defaults(run=run_import)

    sign = commands.add_parser(
        "sign", help="sign a valid template workbook with UNIDO's private key, in place"
    )
    sign.add_argument("file", type=Path, metavar="FILE")
    sign.add_argument("--key", type=Path, required=True, metavar="KEY", help="the private key file")
    sign.add_argument(
        "--revoke",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help="a key fingerprint (64 hex digits) this template revokes; may be repeated",
    )
    sign.set_defaults(run=run_sign)

    builtin = commands.add_parser(
        "sign-builtin",
        help="(release builds) sign the built-in template with UNIDO's key into default.sig",
    )
    builtin.add_argument("--key", type=Path, required=True, metavar="KEY")
    builtin.add_argument(
        "--out", type=Path, default=None, help="where to write (default: beside default.toml)"
    )
    builtin.set_defaults(run=run_sign_builtin)


PREFIX = "micdesk template: "


def _refused(message: str, code: int) -> Refused:
    """A refusal said as ``micdesk template: message``."""
    return Refused(f"{PREFIX}{message}", code)


def _require_file(path: Path) -> None:
    # A missing path, a folder, a device or a pipe: wrong usage, said truthfully (and a
    # device such as /dev/zero is never opened for reading).
    try:
        check_regular_file(path)
    except UnreadableWorkbook as error:
        raise _refused(path_refusal(path, error), Exit.USAGE) from error


# A store that cannot be opened or is held by another writer: as documented, 2.
EXIT_NO_STORE = Exit.USAGE


# Why a template workbook is refused: said on stdout, in one line or as its problems.
REFUSALS = (UnreadableWorkbook, TemplateProblems, TemplateSignatureRefused)
NOT_IMPORTED = "; not imported, nothing was changed"


def _workbook_refused(error: Exception, outcome: str = "") -> int:
    """Print why the workbook is refused (every problem, then ``outcome``); 1."""
    if isinstance(error, TemplateProblems):
        for problem in error.problems:
            print(problem)
        count = len(error.problems)
        print(f"{error.source}: {count} problem{'s' if count != 1 else ''}{outcome}")
    else:
        print(error)
    return Exit.REFUSED


def run_check(args: argparse.Namespace) -> int:
    """Check a workbook; 0 valid, 1 problems, 2 wrong usage."""
    _require_file(args.file)
    try:
        sheets = read_template_sheets(args.file)
    except UnreadableWorkbook as error:
        return _workbook_refused(error)
    installed = None
    previous = None
    data_dir = args.data_dir or default_data_dir()
    template_id = settings_template_id(sheets)
    # Compare with the installed version only where a store exists: checking a file must
    # not create a data folder on HQ's machine.
    if not args.ignore_installed and template_id and (data_dir / DATABASE_FILENAME).exists():
        # Read-only, without the writer lock: a check must work beside an open window.
        try:
            store = open_read_only_store(data_dir)
            try:
                with store.read() as session:
                    installed = installed_version(session, template_id)
                    if installed is not None:
                        previous = load_template(session, template_id)
            finally:
                store.close()
        except (StoreError, SQLAlchemyError) as error:
            raise _refused(
                f"the installed templates cannot be read: {fault_line(error)}", EXIT_NO_STORE
            ) from error
    try:
        template = template_from_sheets(
            sheets, installed_version=installed, source=args.file.name, previous=previous
        )
    except TemplateProblems as error:
        return _workbook_refused(error)
    print(
        f"{args.file.name}: valid template '{template.template_id}' version {template.version} "
        f"({len(template.areas)} areas, {len(template.indicators)} indicators)"
    )
    signature = check_template_signature(args.file, template, data_dir)
    print(f"{args.file.name}: {signature.line()}")
    return Exit.OK if signature.acceptable else Exit.REFUSED


def run_sign_builtin(args: argparse.Namespace) -> int:
    """Sign the built-in template for a release build; 0 signed, 1 not a key."""
    try:
        target = write_builtin_signature(read_private_key(args.key), args.out)
    except SignatureError as error:
        raise _refused(str(error), Exit.REFUSED) from error
    print(f"Signed the built-in template into {target}")
    return Exit.OK


def run_sign(args: argparse.Namespace) -> int:
    """Sign a template workbook in place; 0 signed, 1 not valid or not a key, 2 wrong usage."""
    _require_file(args.file)
    try:
        key = read_private_key(args.key)
        template = sign_template_workbook(args.file, key, tuple(args.revoke))
    except (SignatureError, ValueError) as error:
        raise _refused(str(error), Exit.REFUSED) from error
    except (UnreadableWorkbook, TemplateProblems) as error:
        return _workbook_refused(error, "; not signed")
    revoked = f", revoking {len(args.revoke)} key(s)" if args.revoke else ""
    print(
        f"Signed template '{template.template_id}' version {template.version} with key "
        f"{short_fingerprint(fingerprint(key.public_key()))}{revoked}: {args.file}"
    )
    return Exit.OK


def run_blank(args: argparse.Namespace) -> int:
    """Write the installed template as a workbook; 0 written, 2 wrong usage."""
    if args.out.suffix.lower() != ".xlsx":
        raise _refused(f"{args.out}: the file name must end in .xlsx", Exit.USAGE)
    with writing_store(args, "template blank", code=Exit.USAGE, prefix=PREFIX) as store:
        default = ensure_default_template(store)
        template_id = args.template_id or default.template_id
        with store.read() as session:
            try:
                template = load_template(session, template_id)
            except TemplateNotInstalled:
                known = ", ".join(installed_template_ids(session))
                raise _refused(
                    f"no template '{template_id}' is installed (installed: {known})", Exit.USAGE
                ) from None
    try:
        write_template_workbook(template, args.out)
        signature = builtin_signature(template)
        if signature is not None:  # the build signed the built-in template: pass it on
            write_signature_sheet(args.out, signature)
    except OSError as error:
        raise _refused(f"{args.out}: cannot be written ({error.strerror})", Exit.USAGE) from error
    print(f"Wrote template '{template.template_id}' version {template.version} to {args.out}")
    return Exit.OK


def _confirm() -> bool | None:
    if not sys.stdin.isatty():
        return None
    try:
        answer = input("Apply this update? [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def _refusal_in_a_new_folder(path: Path, data_dir: Path) -> int | None:
    """Check a template against what a new store would hold (the built-in template)."""
    default = load_default_template()
    try:
        sheets = read_template_sheets(path)
        template_id = settings_template_id(sheets)
        previous = default if template_id == default.template_id else None
        template = template_from_sheets(sheets, source=path.name, previous=previous)
        signature = check_template_signature(path, template, data_dir)
        if not signature.acceptable:
            raise signature.refusal(path.name)
    except REFUSALS as error:
        return _workbook_refused(error, NOT_IMPORTED)
    return None


def run_import(args: argparse.Namespace) -> int:
    """Preview, confirm and apply a template update; 0 applied, 1 not applied, 2 wrong usage."""
    _require_file(args.file)
    data_dir = args.data_dir or default_data_dir()
    if not (data_dir / DATABASE_FILENAME).exists():
        # A new data folder: check the file before anything is created, so that a refused
        # import leaves no store (nor folder) behind.
        refused = _refusal_in_a_new_folder(args.file, data_dir)
        if refused is not None:
            return refused
    with writing_store(args, "template import", code=EXIT_NO_STORE, prefix=PREFIX) as store:
        try:
            preview = preview_template_import(store, args.file)
        except REFUSALS as error:
            return _workbook_refused(error, NOT_IMPORTED)
        for line in preview.lines():
            print(line)
        if not args.yes:
            confirmed = _confirm()
            if confirmed is None:
                raise _refused(
                    "not applied: there is no terminal to ask on; add --yes to apply", Exit.USAGE
                )
            if not confirmed:
                print("Not applied; nothing was changed.")
                return Exit.REFUSED
        try:
            result = apply_template_import(store, preview)
        except TemplateImportRefused as error:
            return _workbook_refused(error)
        for line in result.lines():
            print(line)
        return Exit.OK
