"""Country names come from CLDR in the six UN languages; searches match any of them and the code."""

from __future__ import annotations

import pytest

from micdesk.core.countries import (
    countries_matching,
    country_codes,
    country_name,
    fold_for_search,
)


def test_every_iso_3166_1_country_is_known_by_its_alpha_3_code():
    codes = country_codes()
    assert len(codes) == 249  # ISO 3166-1 today
    assert {"KEN", "CHN", "EGY", "RUS", "MEX", "CIV", "SSD", "XKX"} & set(codes) == {
        "KEN",
        "CHN",
        "EGY",
        "RUS",
        "MEX",
        "CIV",
        "SSD",
    }
    for withdrawn in ("BUR", "ZAR", "YUG", "SUN", "ANT", "QUU"):
        assert withdrawn not in codes


@pytest.mark.parametrize(
    ("language", "name"),
    [("zh", "肯尼亚"), ("ar", "كينيا"), ("ru", "Кения"), ("en", "Kenya"), ("fr", "Kenya")],
)
def test_a_country_is_named_in_the_language_asked(language, name):
    assert country_name("KEN", language) == name


def test_an_unknown_code_is_shown_as_it_is():
    assert country_name("ZZY", "zh") == "ZZY"


@pytest.mark.parametrize(
    ("language", "typed", "code"),
    [
        ("zh", "中国", "CHN"),
        ("ar", "مصر", "EGY"),
        ("ru", "Россия", "RUS"),
        ("ru", "Russia", "RUS"),
        ("fr", "cote d'ivoire", "CIV"),
        ("es", "mexico", "MEX"),
        ("ar", "ken", "KEN"),
    ],
)
def test_a_search_matches_the_name_in_the_language_the_english_name_or_the_code(
    language, typed, code
):
    assert code in countries_matching(typed, language)


def test_a_search_does_not_match_across_two_names():
    # "Kenya" then "KEN": the join of the English name and the code must not match "yaken".
    assert "KEN" not in countries_matching("yaken", "en")


def test_folding_ignores_case_accents_and_arabic_vowel_marks():
    assert fold_for_search("Côte d’Ivoire") == fold_for_search("cote d ivoire")
    assert fold_for_search("كِينِيَا") == fold_for_search("كينيا")
