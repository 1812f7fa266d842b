"""``micdesk``: open the window, or run a sub-command for scripts and HQ."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from micdesk import __version__

# Each module adds its sub-commands with ``register(subparsers)``; a parser it adds
# sets ``run=callable(args) -> exit code``.
COMMAND_MODULES: tuple[str, ...] = (
    # one line per module, e.g. "micdesk.cli.template_commands",
    "micdesk.cli.backup_commands",
    "micdesk.cli.template_commands",
    "micdesk.cli.submission_commands",
    "micdesk.cli.consolidate_command",
    "micdesk.cli.status_command",
    "micdesk.cli.key_commands",
    "micdesk.cli.hq_command",
    "micdesk.cli.contributor_commands",
    "micdesk.cli.csv_command",
    "micdesk.cli.query_commands",
    "micdesk.cli.review_commands",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="micdesk",
        description="Report on UNIDO's work plan with middle-income countries.",
    )
    parser.add_argument("--version", action="version", version=f"micdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder of the local store (default: the per-user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation without a screen, in a throw-away folder; exit 0 if sound",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run micdesk with command-line arguments; return the exit code."""
    # In a frozen bundle, consolidation's worker processes re-enter here: let them run.
    # (Only there does it do anything: elsewhere importing multiprocessing only slows
    # the window's start, by 8 ms.)
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    # Opening the window is the common case: do not import every sub-command's modules
    # (openpyxl, the template and submission formats) before it (§11: start-up < 1.5 s).
    window_options = argparse.ArgumentParser(prog="micdesk", add_help=False)
    window_options.add_argument("--data-dir", type=Path, default=None)
    known, rest = window_options.parse_known_args(argv)
    if not rest:
        from micdesk.gui.app import run_app

        return run_app(data_dir=known.data_dir, argv=[sys.argv[0]])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from micdesk.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from micdesk.gui.app import run_app  # Qt only when the window is wanted

        return run_app(data_dir=args.data_dir, argv=[sys.argv[0]])
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """Run a sub-command; a refusal or a fault of the machine ends in one line and its exit code."""
    from micdesk.cli.faults import EXIT_FAULT, FAULT_EXIT_CODES, fault_line, is_fault
    from micdesk.cli.subcommands import Refused

    try:
        return int(args.run(args))
    except Refused as refusal:
        print(refusal.line, file=sys.stderr)
        return refusal.code
    except Exception as error:
        if not is_fault(error):
            raise
        # SQLite rolls the transaction back, and files are written beside their target
        # and renamed only when complete, so a fault leaves everything as it was.
        print(f"micdesk: {fault_line(error)}; nothing was changed", file=sys.stderr)
        return FAULT_EXIT_CODES.get(args.command, EXIT_FAULT)


if __name__ == "__main__":
    sys.exit(main())
