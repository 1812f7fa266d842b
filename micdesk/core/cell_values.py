"""What a cell read from an outside workbook may hold: a plain value, or else a formula.

Kept free of openpyxl so that the template checker (also used for the built-in
TOML template at start-up) can apply the same rule as the workbook readers.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

# openpyxl hands a date-formatted number over as a datetime (a time or a duration for
# time formats): values typed into a cell, not computed.
PLAIN_CELL_TYPES = (str, int, float, bool, datetime, date, time, timedelta, type(None))


def formula_text(value: object) -> str | None:
    """The formula a cell holds, as text; None for a plain value.

    Anything that is not a plain value is a formula: ``'=…'`` text, and the objects
    openpyxl returns for array and data-table formulas (their text, or their kind).
    """
    if isinstance(value, str):
        return value if value.startswith("=") else None
    if isinstance(value, PLAIN_CELL_TYPES):
        return None
    text = getattr(value, "text", None)
    if isinstance(text, str) and text:
        return text if text.startswith("=") else "=" + text
    kind = type(value).__name__
    return {"DataTableFormula": "a data-table formula", "ArrayFormula": "an array formula"}.get(
        kind, f"a {kind} object"
    )
