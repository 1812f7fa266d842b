"""The SDMX structure of HQ's consolidated data (docs/formats/sdmx.md), built with pysdmx.

One dataflow and data structure definition per template id: dimensions COUNTRY,
INDICATOR, DISAGGREGATION and TIME_PERIOD; the measure OBS_VALUE; attributes UNIT,
NOTATION and COMMENT. Codes are micdesk's own codes, with every character SDMX does
not allow in an id written as ``$`` and two hex digits (``sdmx_id``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pysdmx.model import (
    Code,
    Codelist,
    Component,
    Components,
    Concept,
    ConceptScheme,
    Dataflow,
    DataStructureDefinition,
    DataType,
    Role,
    Schema,
)

from micdesk.core.countries import country_codes, country_name
from micdesk.core.vocabulary import TOTAL_CELL, Notation
from micdesk.core.workplan import WorkPlanTemplate, pick_text

AGENCY = "UNIDO"
SHARED_VERSION = "1.0"
CONCEPT_SCHEME = "CS_MICDESK"
COUNTRY_CODELIST = "CL_MICDESK_COUNTRY"
NOTATION_CODELIST = "CL_MICDESK_NOTATION"
TOTAL_CODE = "_T"
"""The DISAGGREGATION code of an indicator's total (the empty key), as SDMX spells totals."""

DIMENSIONS = ("COUNTRY", "INDICATOR", "DISAGGREGATION", "TIME_PERIOD")
MEASURE = "OBS_VALUE"
ATTRIBUTES = ("UNIT", "NOTATION", "COMMENT")
COLUMNS = (*DIMENSIONS, MEASURE, *ATTRIBUTES)
"""The component columns of a data row, in the order of the SDMX-CSV file."""

_CONCEPT_NAMES = {
    "COUNTRY": "Reporting country (ISO 3166-1 alpha-3)",
    "INDICATOR": "Success indicator",
    "DISAGGREGATION": "Breakdown cell of the indicator",
    "TIME_PERIOD": "Reporting period",
    "OBS_VALUE": "Reported value",
    "UNIT": "Unit of the indicator",
    "NOTATION": "Notation key standing in for the value",
    "COMMENT": "Focal point's comment on the value",
}
_NOTATION_NAMES = {
    Notation.NOT_APPLICABLE: "Not applicable",
    Notation.NOT_ESTIMATED: "Not estimated",
    Notation.CONFIDENTIAL: "Confidential",
}
_ID_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def sdmx_id(code: str) -> str:
    """A micdesk code as an SDMX id: characters outside A-Z a-z 0-9 _ - become $ + hex bytes."""
    return "".join(
        character
        if character in _ID_CHARACTERS
        else "".join(f"${byte:02X}" for byte in character.encode("utf-8"))
        for character in code
    )


def code_of_sdmx_id(identifier: str) -> str:
    """The micdesk code an SDMX id stands for (the inverse of ``sdmx_id``)."""
    parts = identifier.split("$")
    data = bytearray(parts[0].encode("ascii"))
    for part in parts[1:]:
        data.append(int(part[:2], 16))
        data.extend(part[2:].encode("ascii"))
    return data.decode("utf-8")


def disaggregation_code(cell: str) -> str:
    """The DISAGGREGATION code of a cell key: ``_T`` for the total, else ``sdmx_id(key)``."""
    return TOTAL_CODE if cell == TOTAL_CELL else sdmx_id(cell)


def cell_of_disaggregation_code(code: str) -> str:
    """The cell key a DISAGGREGATION code stands for."""
    return TOTAL_CELL if code == TOTAL_CODE else code_of_sdmx_id(code)


def sdmx_period(period: str) -> str:
    """A micdesk period as an SDMX reporting period: ``2025`` stays, ``2025-H1`` → ``2025-S1``."""
    year, separator, half = period.partition("-H")
    return f"{year}-S{half}" if separator else period


def _urn(kind: str, artefact: str, version: str, item: str) -> str:
    return f"urn:sdmx:org.sdmx.infomodel.{kind}={AGENCY}:{artefact}({version}).{item}"


def _codelist(identifier: str, version: str, name: str, codes: dict[str, str]) -> Codelist:
    return Codelist(
        id=identifier,
        agency=AGENCY,
        version=version,
        name=name,
        items=[Code(id=code, name=text or code) for code, text in codes.items()],
    )


@dataclass(frozen=True)
class TemplateCodes:
    """What one template id's structure lists: its newest version and every code seen."""

    template_id: str
    version: int
    title: str
    indicators: dict[str, str]
    """indicator code → its name (English where the template has it)."""
    cells: dict[str, str]
    """cell key → its name, e.g. ``Women, Youth [sex=female;age=youth]``."""


def template_codes(
    template_id: str,
    versions: Sequence[WorkPlanTemplate],
    seen: Iterable[tuple[str, str]] = (),
) -> TemplateCodes:
    """The indicator and cell codes of a template id: every installed version's (the newest
    wording wins), then ``seen`` (indicator code, cell) pairs no version defines."""
    indicators: dict[str, str] = {}
    cells: dict[str, str] = {TOTAL_CELL: "Total"}
    newest = 0
    title = template_id
    for template in sorted(versions, key=lambda t: t.version):
        newest, title = template.version, pick_text(template.title, "en", "en") or template_id
        for indicator in template.indicators:
            indicators[indicator.code] = pick_text(indicator.label, "en", template.default_language)
            for cell in template.cells_of(indicator)[1:]:
                label = template.cell_label(indicator, cell, "en")
                cells[cell] = f"{label} [{cell}]" if label else cell
    for code, cell in seen:
        indicators.setdefault(code, code)
        cells.setdefault(cell, cell)
    return TemplateCodes(template_id, max(newest, 1), title, indicators, cells)


@dataclass(frozen=True)
class SdmxStructure:
    """Every artefact of the structure message, and the schema each dataflow's data uses."""

    artefacts: tuple[object, ...]
    schemas: dict[str, Schema]
    """template id → the schema of its dataflow."""


def artefact_suffixes(template_ids: Iterable[str]) -> dict[str, str]:
    """Each template id as part of an artefact id (letters, digits, ``_`` and ``-`` only,
    as SDMX allows there): any other character becomes ``_``; ids that then clash get
    ``_2``, ``_3``… in the order of their template ids."""
    suffixes: dict[str, str] = {}
    used: set[str] = set()
    for template_id in sorted(template_ids):
        base = "".join(c if c in _ID_CHARACTERS else "_" for c in template_id)
        suffix, number = base, 2
        while suffix in used:
            suffix, number = f"{base}_{number}", number + 1
        used.add(suffix)
        suffixes[template_id] = suffix
    return suffixes


def build_structure(templates: Sequence[TemplateCodes], countries: Iterable[str]) -> SdmxStructure:
    """The concept scheme, codelists, data structure definitions and dataflows of the data."""
    concepts = {
        name: Concept(
            id=name,
            name=text,
            urn=_urn("conceptscheme.Concept", CONCEPT_SCHEME, SHARED_VERSION, name),
        )
        for name, text in _CONCEPT_NAMES.items()
    }
    concept_scheme = ConceptScheme(
        id=CONCEPT_SCHEME,
        agency=AGENCY,
        version=SHARED_VERSION,
        name="Concepts of micdesk's consolidated returns",
        items=list(concepts.values()),
    )
    country_codes_named = {code: country_name(code, "en") for code in country_codes()}
    for code in sorted(set(countries) - set(country_codes_named)):
        country_codes_named[code] = code
    country_list = _codelist(
        COUNTRY_CODELIST, SHARED_VERSION, "Reporting countries", country_codes_named
    )
    notation_list = _codelist(
        NOTATION_CODELIST,
        SHARED_VERSION,
        "Notation keys",
        {key.value: _NOTATION_NAMES[key] for key in Notation},
    )
    artefacts: list[object] = [concept_scheme, country_list, notation_list]
    schemas: dict[str, Schema] = {}
    suffixes = artefact_suffixes(codes.template_id for codes in templates)
    for codes in templates:
        suffix = suffixes[codes.template_id]
        version = f"{codes.version}.0"
        indicator_list = _codelist(
            f"CL_{suffix}_INDICATOR",
            version,
            f"Indicators of {codes.title}",
            {sdmx_id(code): name for code, name in codes.indicators.items()},
        )
        cell_list = _codelist(
            f"CL_{suffix}_DISAGGREGATION",
            version,
            f"Breakdown cells of {codes.title}",
            {disaggregation_code(cell): name for cell, name in codes.cells.items()},
        )

        def component(
            name: str, role: Role, codelist: Codelist | None = None, required: bool = False
        ) -> Component:
            return Component(
                id=name,
                required=required,
                role=role,
                concept=concepts[name],
                local_dtype=DataType.STRING,
                local_codes=codelist,
                attachment_level="O" if role == Role.ATTRIBUTE else None,
            )

        components = Components(
            [
                component("COUNTRY", Role.DIMENSION, country_list, True),
                component("INDICATOR", Role.DIMENSION, indicator_list, True),
                component("DISAGGREGATION", Role.DIMENSION, cell_list, True),
                Component(
                    id="TIME_PERIOD",
                    required=True,
                    role=Role.DIMENSION,
                    concept=concepts["TIME_PERIOD"],
                    local_dtype=DataType.REP_TIME_PERIOD,
                ),
                component(MEASURE, Role.MEASURE),
                component("UNIT", Role.ATTRIBUTE),
                component("NOTATION", Role.ATTRIBUTE, notation_list),
                component("COMMENT", Role.ATTRIBUTE),
            ]
        )
        structure = DataStructureDefinition(
            id=f"DSD_{suffix}",
            agency=AGENCY,
            version=version,
            name=f"{codes.title} (template {codes.template_id}, version {codes.version})",
            components=components,
        )
        flow_id = f"DF_{suffix}"
        dataflow = Dataflow(
            id=flow_id,
            agency=AGENCY,
            version=version,
            name=f"Consolidated returns: {codes.title}",
            structure=structure.short_urn,
        )
        artefacts += [indicator_list, cell_list, structure, dataflow]
        schemas[codes.template_id] = Schema(
            context="dataflow",
            agency=AGENCY,
            id=flow_id,
            version=version,
            components=components,
        )
    return SdmxStructure(tuple(artefacts), schemas)
