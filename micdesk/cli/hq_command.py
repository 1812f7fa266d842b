"""``micdesk hq``: UNIDO's window — consolidate a folder of returns and see the results."""

from __future__ import annotations

import argparse
from typing import Any

from micdesk.core.workplan import UN_LANGUAGES


def register(subparsers: Any) -> None:
    """Add ``hq`` to the command line."""
    parser = subparsers.add_parser(
        "hq",
        help="open UNIDO's window: consolidate returns, see the programme's results (no files needed)",
    )
    parser.add_argument(
        "--language", choices=UN_LANGUAGES, default="en", help="the window's language (default en)"
    )
    parser.set_defaults(run=run_hq_window)


def run_hq_window(args: argparse.Namespace) -> int:
    """Open the HQ window; return when it closes."""
    from micdesk.gui.hq_window import run_hq  # Qt only when the window is wanted

    return run_hq(args.language)
