"""Country names as the window last showed them, so that start-up need not load CLDR's data.

The window shows each profile's country by its CLDR name (``core.countries``, through
babel). Loading babel and a language's CLDR data takes ~35 ms of every start (issue 21),
for the two or three names the first screen shows: the names shown are kept in the
settings with the language and babel's version, and read from there while both are the
same. A new babel (new CLDR names) or another language reads CLDR again.
"""

from __future__ import annotations

import json
from importlib import metadata

from micdesk.core.countries import country_name
from micdesk.gui import settings as keys


def _babel_version() -> str:
    try:
        return metadata.version("babel")
    except metadata.PackageNotFoundError:  # a bundle without babel's metadata: no cache
        return ""


class CountryNames:
    """Country names in a language, from the settings' copy while it is current."""

    def __init__(self, settings: keys.Settings) -> None:
        self._settings = settings
        self._language: str | None = None
        self._names: dict[str, str] = {}

    def name(self, code: str, language: str) -> str:
        """The country's CLDR name in a UN language (the code itself when CLDR has none)."""
        if language != self._language:
            self._language, self._names = language, self._kept(language)
        name = self._names.get(code)
        if name is None:
            name = self._names[code] = country_name(code, language)
            self._keep(language)
        return name

    def _kept(self, language: str) -> dict[str, str]:
        version = _babel_version()
        try:
            kept = json.loads(self._settings.get(keys.COUNTRY_NAMES) or "{}")
        except ValueError:
            return {}
        if not version or kept.get("babel") != version or kept.get("language") != language:
            return {}
        names = kept.get("names")
        if not isinstance(names, dict):
            return {}
        return {str(code): str(name) for code, name in names.items()}

    def _keep(self, language: str) -> None:
        version = _babel_version()
        if version:
            kept = {"babel": version, "language": language, "names": self._names}
            self._settings.set(keys.COUNTRY_NAMES, json.dumps(kept, ensure_ascii=False))
