"""``micdesk query list|answer|later``: answer UNIDO's questions about a return.

The questions arrive in a review workbook (``micdesk submission load REVIEW.xlsx``);
the answers go back in the next export's Queries sheet. Exit codes: 0 done; 1 refused
(an unknown query, an empty answer while the value is unchanged, a read-only store);
2 wrong usage.
"""

from __future__ import annotations

import argparse
from typing import Any

from micdesk.cli.subcommands import Exit, Refused, action_group, add_action, writing_submission
from micdesk.core.queries import (
    QueryState,
    ReviewRefused,
    answer_query,
    list_queries,
    mark_answer_later,
    query_summary,
)
from micdesk.core.records import OpenSubmission
from micdesk.core.store import Store


def register(subparsers: Any) -> None:
    """Add ``query list|answer|later`` to the command line."""
    actions = action_group(
        subparsers, "query", "list and answer UNIDO's questions about a return", __doc__
    )
    add_action(actions, "list", run_list, submission=True, help="every query, open ones first")
    answer = add_action(
        actions,
        "answer",
        run_answer,
        submission=True,
        help="answer a query in text (or after changing its value)",
    )
    later = add_action(
        actions,
        "later",
        run_later,
        submission=True,
        help="mark a query 'will answer later' (it stays open)",
    )
    for parser in (answer, later):
        parser.add_argument("query_id", metavar="QUERY_ID")
    answer.add_argument(
        "--text",
        default="",
        help="the answer; may be left out when the value UNIDO asked about was changed",
    )
    later.add_argument("--undo", action="store_true", help="take the mark back")


def _where(query: QueryState) -> str:
    place = query.indicator_code or query.area_code
    detail = query.cell or query.field
    return f"{place} [{detail}]" if detail else place


def describe(query: QueryState) -> str:
    """One line per query: id, field, state, question, and what HQ saw against now."""
    if not query.is_open:
        state = "answered"
    elif query.answer_later:
        state = "open, will answer later"
    else:
        state = "open"
    line = f"{query.query_id} {_where(query)} ({state}): {query.question}"
    if query.indicator_code:
        line += f" | UNIDO saw {query.value_seen or '(empty)'}"
        if query.changed_since:
            line += f", now {query.value_now or '(empty)'}"
    if query.answer:
        line += f" | answer: {query.answer}"
    return line


def _run(args: argparse.Namespace, work: Any) -> int:
    command = f"query {args.query_command}"
    with writing_submission(args, command, code=Exit.REFUSED) as (store, submission):
        try:
            return int(work(store, submission))
        except ReviewRefused as error:
            raise Refused(f"refused: {error}", Exit.REFUSED) from error


def run_list(args: argparse.Namespace) -> int:
    """Print every query about a return, open ones first."""

    def work(store: Store, submission: OpenSubmission) -> int:
        queries = list_queries(store, submission)
        for query in sorted(queries, key=lambda q: not q.is_open):
            print(describe(query))
        total, answered = query_summary(queries)
        print(f"{submission.country} {submission.period}: {total} queries, {answered} answered")
        return Exit.OK

    return _run(args, work)


def run_answer(args: argparse.Namespace) -> int:
    """Answer one query."""

    def work(store: Store, submission: OpenSubmission) -> int:
        print(describe(answer_query(store, submission, args.query_id, args.text)))
        return Exit.OK

    return _run(args, work)


def run_later(args: argparse.Namespace) -> int:
    """Mark one query 'will answer later' (or take the mark back)."""

    def work(store: Store, submission: OpenSubmission) -> int:
        print(describe(mark_answer_later(store, submission, args.query_id, not args.undo)))
        return Exit.OK

    return _run(args, work)
