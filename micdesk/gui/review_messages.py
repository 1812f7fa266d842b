"""The refusals of UNIDO's review round trip (``core/queries.py``) in the user's language.

Keys and parameters are those of ``ReviewRefused``; the sentences say what the core's
English says. An unknown key falls back to the core's English sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from micdesk.core.placeholders import fill

translate = QCoreApplication.translate


def review_refusal_texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Key → (translated sentence with %1…, the parameter names in order)."""
    return {
        "review_read_only": (
            translate("review", "The data are open read-only: nothing was recorded."),
            (),
        ),
        "review_other_country": (
            translate(
                "review",
                "%1 is UNIDO's review for %2; this store reports for %3. Nothing was loaded.",
            ),
            ("file", "country", "reported"),
        ),
        "review_no_return": (
            translate(
                "review",
                "%1 asks about the return of %2 %3, revision %4, which was not exported "
                "from this store. Nothing was loaded.",
            ),
            ("file", "country", "period", "revision"),
        ),
        "review_other_return": (
            translate(
                "review",
                "%1 names another country or period than the return it asks about "
                "(%2 %3). Nothing was loaded.",
            ),
            ("file", "country", "period"),
        ),
        "review_revision": (
            translate(
                "review",
                "%1 asks about revision %2, but that return is revision %3 here, or holds "
                "other data. Nothing was loaded.",
            ),
            ("file", "revision", "stored"),
        ),
        "review_older": (
            translate(
                "review",
                "%1 asks about revision %2; UNIDO's review of revision %3 is loaded already. "
                "Nothing was loaded.",
            ),
            ("file", "revision", "loaded"),
        ),
        "review_already_loaded": (
            translate("review", "The queries of %1 are loaded already; your answers are kept."),
            ("file",),
        ),
        "review_edited": (
            translate(
                "review",
                "%1 was edited after UNIDO wrote it (its hash no longer matches). "
                "Load it only if you trust the change.",
            ),
            ("file",),
        ),
        "review_unknown_cell": (
            translate(
                "review",
                "%1: %2 is not a field of the installed template. Nothing was loaded.",
            ),
            ("where", "field"),
        ),
        "review_duplicate_query": (
            translate(
                "review",
                "%1: the query id “%2” is empty, too long or used twice. Nothing was loaded.",
            ),
            ("where", "query"),
        ),
        "review_no_queries": (
            translate("review", "%1 holds no query. Nothing was loaded."),
            ("file",),
        ),
        "review_unknown_query": (
            translate("review", "UNIDO asked no query “%1” about this return."),
            ("query",),
        ),
        "review_answer_empty": (
            translate("review", "Write an answer, or change the value UNIDO asked about."),
            (),
        ),
        "review_answer_too_long": (
            translate("review", "The answer is longer than %1 characters."),
            ("limit",),
        ),
    }


def review_refusal_message(key: str, params: Mapping[str, str], english: str) -> str:
    """The sentence of a review refusal in the user's language (``english`` if unknown)."""
    entry = review_refusal_texts().get(key)
    if entry is None:
        return english
    message, names = entry
    return fill(message, *(params.get(name, "") for name in names))
