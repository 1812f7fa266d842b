"""A pseudo-translator for the tests: every text bracketed, accented and about 40 % longer.

Installed in place of a real translation, it shows at a glance (and to a test) any text
that does not go through Qt's translation, and any label too narrow for a longer language.
Placeholders (%1, %n, %Ln), mnemonics (&), HTML tags and entities are kept as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans("AEIOUYCNaeiouycnsz", "ÀÉÎÖÛÝÇÑàéîöûýçñšž")
# What must come through unchanged: placeholders, tags, entities, mnemonic ampersands.
_KEEP = re.compile(r"%L?n|%\d+|<[^>]*>|&[a-zA-Z]+;|&&|&")


def pseudo(text: str) -> str:
    """The pseudo-translation of one text (empty stays empty)."""
    if not text:
        return text
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    body = "".join(parts)
    padding = "·" * max(1, round(len(text) * 0.4) - 2)
    return f"{OPEN}{body}{padding}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Translates every context's every text (Qt's own included) with ``pseudo``."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: N802
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
