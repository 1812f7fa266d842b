"""A synthetic indicator redesign: version 1 and version 2 of a template with a crosswalk.

Version 2 changes a unit (ENV-1 t → kt), merges three counts (CNT-A, CNT-B, CNT-C →
CNT), splits WASTE with shares (→ WASTE-H 0.4, WASTE-I 0.6) and AREA without them
(→ AREA-U, AREA-R), and re-bins the age groups of JOBS (15-24 and 25-35 → 15-35;
36+ stays).
"""

from __future__ import annotations

from typing import Any

Rows = list[list[Any]]
REDESIGN = "redesign"

# Headers are copied into each version, so a test that adds a column changes only its own.
_SETTINGS = ["template_id", "version", "format", "default_language", "title::en"]
_INDICATORS = ["code", "area", "order", "label::en", "kind", "unit", "disaggregation"]
CROSSWALK_HEADERS = [
    "from_code",
    "to_code",
    "factor",
    "from_disaggregation",
    "to_disaggregation",
    "rule",
    "note::en",
]


# fmt: off
def version_one() -> dict[str, Rows]:
    """The framework before the redesign."""
    return {
        "settings": [list(_SETTINGS), [REDESIGN, 1, "micdesk-template/1", "en", "Framework"]],
        "areas": [["code", "order", "title::en"], ["ENV", 1, "Environment"], ["SOC", 2, "Society"]],
        "indicators": [
            list(_INDICATORS),
            ["ENV-1", "ENV", 1, "CO2 avoided", "decimal", "t", None],
            ["WASTE", "ENV", 2, "Waste recycled", "decimal", "t", None],
            ["AREA", "ENV", 3, "Land restored", "integer", "ha", None],
            ["CNT-A", "SOC", 1, "Firms advised", "integer", "firms", None],
            ["CNT-B", "SOC", 2, "Firms trained", "integer", "firms", None],
            ["CNT-C", "SOC", 3, "Firms certified", "integer", "firms", None],
            ["JOBS", "SOC", 4, "Jobs created", "integer", "jobs", "age3"],
        ],
        "disaggregations": [
            ["name", "dimension", "value", "label::en"],
            ["age3", "age", "y15_24", "15-24"],
            ["age3", "age", "y25_35", "25-35"],
            ["age3", "age", "y36", "36+"],
        ],
    }


def version_two() -> dict[str, Rows]:
    """The redesigned framework and its crosswalk from version 1."""
    return {
        "settings": [list(_SETTINGS), [REDESIGN, 2, "micdesk-template/1", "en", "Framework"]],
        "areas": [["code", "order", "title::en"], ["ENV", 1, "Environment"], ["SOC", 2, "Society"]],
        "indicators": [
            list(_INDICATORS),
            ["ENV-1", "ENV", 1, "CO2 avoided", "decimal", "kt", None],
            ["WASTE-H", "ENV", 2, "Household waste recycled", "decimal", "t", None],
            ["WASTE-I", "ENV", 3, "Industrial waste recycled", "decimal", "t", None],
            ["AREA-U", "ENV", 4, "Urban land restored", "integer", "ha", None],
            ["AREA-R", "ENV", 5, "Rural land restored", "integer", "ha", None],
            ["CNT", "SOC", 1, "Firms supported", "integer", "firms", None],
            ["JOBS", "SOC", 2, "Jobs created", "integer", "jobs", "age2"],
        ],
        "disaggregations": [
            ["name", "dimension", "value", "label::en"],
            ["age2", "age", "y15_35", "15-35"],
            ["age2", "age", "y36", "36+"],
        ],
        "crosswalk": [
            list(CROSSWALK_HEADERS),
            ["ENV-1", "ENV-1", 0.001, None, None, "move", "t to kt"],
            ["CNT-A", "CNT", None, None, None, "sum", "three counts become one"],
            ["CNT-B", "CNT", None, None, None, "sum", None],
            ["CNT-C", "CNT", None, None, None, "sum", None],
            ["WASTE", "WASTE-H", 0.4, None, None, "split", "survey shares"],
            ["WASTE", "WASTE-I", 0.6, None, None, "split", None],
            ["AREA", "AREA-U", None, None, None, "split", "no shares known"],
            ["AREA", "AREA-R", None, None, None, "split", None],
            ["JOBS", "JOBS", None, None, None, "move", "total and 36+"],
            ["JOBS", "JOBS", None, "age=y15_24", "age=y15_35", "sum", "re-binned"],
            ["JOBS", "JOBS", None, "age=y25_35", "age=y15_35", "sum", None],
        ],
    }
# fmt: on
