"""ISO 3166-1 alpha-3 country codes and their names in the six UN languages, from CLDR.

The names come from the Unicode CLDR through ``babel`` (kept by the Unicode
consortium, updated with every CLDR release), not from a list kept by hand. CLDR
names territories by their alpha-2 code and maps each alpha-3 code to it (its
territory aliases); micdesk stores, exports and consolidates alpha-3 codes only, a
name is only ever shown.

``babel`` is imported on first use: a window that never shows a country name does
not pay for loading it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Alpha-3 aliases CLDR still carries that are not current ISO 3166-1 countries: codes
# withdrawn from ISO 3166-1 (Burma, East Germany, Metropolitan France, East Timor,
# South Yemen, Zaire) and codes ISO only reserves (Ascension, Clipperton, Diego Garcia,
# Tristan da Cunha). Aliases to several regions (Soviet Union, Yugoslavia…) and the
# user-assigned ranges are left out by rule below.
_NOT_ISO_3166_1 = frozenset({"BUR", "DDR", "FXX", "TMP", "YMD", "ZAR", "ASC", "CPT", "DGA", "TAA"})
# ISO 3166-1 leaves AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ to its users (CLDR: EU, Kosovo…).
_USER_ASSIGNED = re.compile(r"AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z]")


@cache
def _alpha2_of() -> dict[str, str]:
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {
        alpha3: targets[0]
        for alpha3, targets in sorted(aliases.items())
        if re.fullmatch(r"[A-Z]{3}", alpha3)
        and len(targets) == 1
        and re.fullmatch(r"[A-Z]{2}", targets[0])
        and alpha3 not in _NOT_ISO_3166_1
        and not _USER_ASSIGNED.fullmatch(alpha3)
    }


def country_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-3 country code CLDR knows, in code order."""
    return tuple(_alpha2_of())


@cache
def country_names(language: str) -> dict[str, str]:
    """Alpha-3 code → the country's CLDR name in a language (English for an unknown one)."""
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language.replace("-", "_")).territories
    except (UnknownLocaleError, ValueError):
        names = Locale("en").territories
    english = Locale("en").territories
    return {
        alpha3: names.get(alpha2) or english.get(alpha2) or alpha3
        for alpha3, alpha2 in _alpha2_of().items()
    }


def country_name(code: str, language: str = "en") -> str:
    """The name of a country code in a language, or the code itself when it is unknown."""
    return country_names(language).get(code.strip().upper(), code)


def fold_for_search(text: str) -> str:
    """Text as a search compares it: case, accents, Arabic vowel marks and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = (c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", "".join(kept).casefold()).strip()


@cache
def country_search_texts(language: str) -> dict[str, str]:
    """Alpha-3 code → what a search matches: the name in the language, the English name, the code."""
    local, english = country_names(language), country_names("en")
    return {
        # One line each, so that a search never matches across two of them.
        code: "\n".join(fold_for_search(part) for part in (local[code], english[code], code))
        for code in _alpha2_of()
    }


def countries_matching(text: str, language: str) -> list[str]:
    """The codes whose name (in the language or English) or code contains the text."""
    wanted = fold_for_search(text)
    return [code for code, key in country_search_texts(language).items() if wanted in key]
