"""Text in xlsx cells: escaped so that Excel, LibreOffice and openpyxl read back exactly it."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from micdesk.core.submission_format import decode_cell_text, encode_cell_text, number_from_cell

# Text built from the characters that matter to the escaping, so that hypothesis meets
# '_xHHHH_' sequences often.
tricky = st.text(alphabet="_x0059FfAaZ\r\n ", max_size=24)


@given(tricky)
@example("_x000D_")
@example("_x00af_")
@example("x005F_")
@example("_x005F_x0041_")
@example("a\rb")
def test_any_text_survives_encoding_and_decoding(text):
    assert decode_cell_text(encode_cell_text(text)) == text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("plain text", "plain text"),
        ("a\rb", "a_x000d_b"),
        ("_x000D_", "_x005f_x000D_"),
        ("_x00af_", "_x005f_x00af_"),
        ("_x00AF\r", "_x005f_x00AF_x000d_"),
        ("x005F_", "x005_x0046__"),
        ("ax005F_b", "ax005_x0046__b"),  # openpyxl deletes x005F_ wherever it stands
        ("x005F\rz", "x005_x0046__x000d_z"),  # the CR's escape would start with _
        ("_xXXXX_", "_xXXXX_"),  # X is no hex digit
        ("_xZZZZ_", "_xZZZZ_"),
        ("_x12_", "_x12_"),
        ("_x0041", "_x0041"),
        ("_x00412", "_x00412"),
        ("under_score", "under_score"),
    ],
)
def test_only_what_a_reader_would_take_for_an_escape_is_escaped(text, written):
    assert encode_cell_text(text) == written


def test_decoding_reads_excels_own_escapes_in_either_case():
    assert decode_cell_text("a_x000D_b_x000a_c") == "a\rb\nc"
    assert decode_cell_text("no escapes _x12_") == "no escapes _x12_"


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.1, "0.1"), (0.10000000000000001, "0.1"), (1.5, "1.5"), (12.0, "12"), (-0.0, "0"),
     (1e-7, "0.0000001"), (1e16, "10000000000000000"), (7, "7")],
)  # fmt: skip
def test_a_number_from_a_cell_is_its_shortest_exact_decimal_text(value, text):
    assert number_from_cell(value) == text
