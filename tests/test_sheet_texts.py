"""The export's readable sheets have every label in the six UN languages, placeholders kept."""

from __future__ import annotations

import re

import pytest

from micdesk.core.sheet_texts import sheet_keys, sheet_languages, sheet_text

# Labels that read the same as in English in a language (names, codes, cognates).
SAME_AS_ENGLISH = {("institution", "fr"), ("column_code", "fr"), ("column_source", "fr")}
SAME_AS_ENGLISH |= {("no", "es"), ("error_at", "es")}
SAME_AS_ENGLISH |= {("signature_date", "fr"), ("signature", "fr")}
SAME_AS_ENGLISH |= {("footer_final", "fr"), ("footer_final", "es")}


@pytest.mark.parametrize("language", sheet_languages())
def test_every_label_is_written_in_each_language_with_the_same_placeholders(language):
    for key in sheet_keys():
        english = sheet_text(key, "en")
        text = sheet_text(key, language)
        assert text.strip(), (key, language)
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", english)), key
        if language != "en" and (key, language) not in SAME_AS_ENGLISH:
            assert text != english, (key, language)


def test_a_label_is_filled_in_one_pass():
    assert sheet_text("cells_of", "ru", "50%2", "13") == "50%2 из 13"


def test_an_unknown_language_gets_english():
    assert sheet_text("country", "de") == "Country"
