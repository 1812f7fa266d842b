"""Filling a message's numbered placeholders (%1 … %99) in one pass, as Qt's arg() does.

A chain of ``replace("%1", a).replace("%2", b)`` corrupts a value that itself holds
``%2`` (HQ writes choice labels such as "50%3 high"); one regular-expression pass
reads only the message, never a value already put in.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9][0-9]?)")


def fill(message: str, *values: object) -> str:
    """The message with %N replaced by the N-th value (str() of it); values are not rescanned.

    ``%N`` beyond the values given stays as it is; ``%12`` is the twelfth value when
    there are twelve, else ``%1`` followed by ``2``.
    """
    texts = [str(value) for value in values]

    def value_of(match: re.Match[str]) -> str:
        digits = match.group(1)
        if len(digits) == 2 and int(digits) <= len(texts):
            return texts[int(digits) - 1]
        index = int(digits[0])
        if index > len(texts):
            return match.group(0)
        return texts[index - 1] + digits[1:]

    return _PLACEHOLDER.sub(value_of, message)
