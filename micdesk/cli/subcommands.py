"""What the sub-commands share: how they are declared, the store they write, how they refuse.

A sub-command that cannot go on raises ``Refused`` with its one line and exit code;
``main.run_command`` prints the line on stderr and returns the code, so that no
command repeats the print-and-return of every refusal.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Any

from micdesk.core.periods import PeriodError
from micdesk.core.records import OpenSubmission
from micdesk.core.startup import close_store, open_for_writing
from micdesk.core.store import Store, StoreError
from micdesk.core.submissions import open_submission
from micdesk.core.template_store import ensure_default_template


class Exit(IntEnum):
    """The exit codes the commands share; each command's docstring says which it returns
    and when, and a command for which 1 or 3 means something else names its own."""

    OK = 0
    REFUSED = 1
    USAGE = 2
    NOT_WRITTEN = 3
    UNREADABLE = 4


class Refused(Exception):
    """A sub-command's refusal: one line for stderr and the exit code it ends with."""

    def __init__(self, line: str, code: int) -> None:
        super().__init__(line)
        self.line, self.code = line, code


def _doc_options(doc: str) -> dict[str, Any]:
    """A command module's docstring as argparse options: its first paragraph after the
    command's name is the help, its other paragraphs the description, line breaks kept."""
    summary, _, description = doc.partition("\n\n")
    return {
        "help": " ".join(summary.split(": ", 1)[1].split()).rstrip("."),
        "description": description.strip(),
        "formatter_class": argparse.RawDescriptionHelpFormatter,
    }


def action_group(
    subparsers: Any, name: str, help: str = "", doc: str | None = None, dest: str = ""
) -> Any:
    """``micdesk NAME ACTION``: a command of several actions, described by ``doc`` (a
    module docstring: its help, unless ``help`` says another, and its description)."""
    options = _doc_options(doc) if doc is not None else {}
    if help:
        options["help"] = help
    group = subparsers.add_parser(name, **options)
    return group.add_subparsers(dest=dest or f"{name}_command", metavar="ACTION", required=True)


def add_action(
    actions: Any,
    name: str,
    run: Callable[[argparse.Namespace], int],
    *,
    submission: bool = False,
    doc: str | None = None,
    **options: Any,
) -> argparse.ArgumentParser:
    """One (sub-)command run by ``run`` (``help``, ``description``… as argparse takes them);
    with ``submission``, its ``--country`` and ``--period`` name the submission it works on.
    ``doc``, a command module's docstring, gives its help and description (with its exit
    codes)."""
    if doc is not None:
        options = _doc_options(doc) | options
    parser = actions.add_parser(name, **options)
    if submission:
        parser.add_argument("--country", required=True, help="ISO 3166-1 alpha-3 code, e.g. KEN")
        parser.add_argument("--period", required=True, help="reporting period, e.g. 2025")
    parser.set_defaults(run=run)
    return parser


@contextmanager
def writing_store(
    args: argparse.Namespace,
    command: str,
    *,
    code: int,
    prefix: str = "error: ",
    template: bool = True,
) -> Iterator[Store]:
    """The data folder's store under its writer lock, with the built-in template installed
    (``template``), closed afterwards; refused with ``code`` when it cannot be opened."""
    try:
        store = open_for_writing(args.data_dir, f"micdesk {command}")
    except StoreError as error:
        raise Refused(f"{prefix}{error}", code) from error
    try:
        if template:
            ensure_default_template(store)
        yield store
    finally:
        close_store(store)


@contextmanager
def writing_submission(
    args: argparse.Namespace, command: str, *, code: int, prefix: str = "error: "
) -> Iterator[tuple[Store, OpenSubmission]]:
    """The store (as ``writing_store`` opens it) and the submission its ``--country`` and
    ``--period`` name, opened (created when new): what a command on one submission works on."""
    with writing_store(args, command, code=code, prefix=prefix) as store:
        yield store, _named_submission(store, args.country, args.period, prefix)


def _named_submission(
    store: Store, country: str, period: str, prefix: str = "error: "
) -> OpenSubmission:
    """The submission of ``country`` and ``period``, opened; wrong usage when there is none."""
    try:
        return open_submission(store, country, period)
    except (ValueError, PeriodError, LookupError) as error:
        raise Refused(f"{prefix}{error}", Exit.USAGE) from error
