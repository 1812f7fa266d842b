"""Refusals and questions of the core: an English message with a stable key and parameters.

``str(error)`` is the English sentence the command line prints (and scripts parse);
``key`` and ``params`` let the window say the same in the user's language without
parsing English.
"""

from __future__ import annotations

from collections.abc import Mapping


class Keyed(Exception):
    """An exception that names its cause by ``key`` and ``params`` beside its English message."""

    def __init__(
        self, message: str, key: str = "", params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.key = key
        self.params: dict[str, str] = {name: str(v) for name, v in (params or {}).items()}


class KeyedError(Keyed, ValueError):
    """A ValueError that names its cause by ``key`` and ``params`` beside its English message."""
