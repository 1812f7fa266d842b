"""The words of the export's human-readable sheets (Cover, area sheets) in the six UN languages.

The core has no Qt, so it cannot use the window's .ts/.qm catalogue. These ~60 labels
live beside this module as plain data (``sheet_texts.toml``, a table a label and a line
a language) rather than in gettext .po files: a .po catalogue would need a compile step
(or a parser at run time) and a second translation workflow beside Qt Linguist for a
handful of labels, while the table is read at import by the standard library, reviewed
in one place, and checked by a test that every label has all six languages and the
same %N placeholders. The machine-readable sheets (``Data``, ``Narrative``,
``_micdesk``) and their column names are fixed English and never pass through here.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from micdesk.core.placeholders import fill

# The languages whose sheets read right to left (sheet_view.rightToLeft).
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar"})
_LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
# Key → (ar, zh, en, fr, ru, es). %1, %2… are filled by sheet_text (one pass).
_TEXTS: dict[str, tuple[str, ...]] = {
    key: tuple(texts[language] for language in _LANGUAGES)
    for key, texts in tomllib.loads(
        Path(__file__).with_name("sheet_texts.toml").read_text(encoding="utf-8")
    ).items()
}

# Which finding parameters fill %1, %2… of each rule's sentence in sheet_texts.toml.
FINDING_PARAMS: dict[str, tuple[str, ...]] = {
    "below_minimum": ("value", "minimum"),
    "above_maximum": ("value", "maximum"),
    "disaggregation_mismatch": ("sum", "total"),
    "invalid_stored_value": ("value",),
    "required_missing": (),
    "cumulative_decreased": ("value", "previous"),
    "sudden_increase": ("value", "previous"),
    "needs_review": (),
}


def sheet_languages() -> tuple[str, ...]:
    """The languages the readable sheets can be written in (the six UN languages)."""
    return _LANGUAGES


def sheet_text(key: str, language: str, *values: object) -> str:
    """A label of the readable sheets in a language (English for another), %N filled."""
    texts = _TEXTS[key]
    index = _LANGUAGES.index(language) if language in _LANGUAGES else _LANGUAGES.index("en")
    return fill(texts[index], *values)


def sheet_keys() -> tuple[str, ...]:
    """Every label key (for the tests that check each has six languages)."""
    return tuple(_TEXTS)
