"""HQ's consolidated values as SDMX (docs/formats/sdmx.md): SDMX-CSV 2.0 data and an
SDMX-ML 2.1 structure message beside it, written with pysdmx from the store.

The data holds one row per row of the consolidated workbook's ``Data`` sheet: every
value cell of every submission in the store that holds anything.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from pysdmx.io import write_sdmx
from pysdmx.io.format import Format
from pysdmx.io.pd import PandasDataset
from sqlalchemy import select

from micdesk.core.model import IndicatorValue, Submission, Template
from micdesk.core.periods import period_sort_key
from micdesk.core.sdmx_structure import (
    COLUMNS,
    TemplateCodes,
    build_structure,
    disaggregation_code,
    sdmx_id,
    sdmx_period,
    template_codes,
)
from micdesk.core.store import Store
from micdesk.core.template_store import installed_template_ids, load_template
from micdesk.core.workplan import WorkPlanTemplate
from micdesk.core.xlsx_files import atomic_write

STRUCTURE_SUFFIX = ".structure.xml"
_LAST = 1 << 30


class SdmxOutputError(Exception):
    """The SDMX output cannot be written where it was asked for."""


@dataclass(frozen=True)
class SdmxOutput:
    """What ``write_sdmx_output`` wrote."""

    data: Path
    structure: Path
    rows: int


def structure_path(data: Path) -> Path:
    """Where the structure message of an SDMX-CSV file goes: ``x.csv`` → ``x.structure.xml``."""
    return data.with_name(data.stem + STRUCTURE_SUFFIX)


def check_sdmx_target(data: Path) -> None:
    """Refuse (SdmxOutputError) a target that cannot be written, before any work is done."""
    if data.suffix.lower() != ".csv":
        raise SdmxOutputError(f"{data}: the SDMX data file must end in .csv")
    folder = data.parent if str(data.parent) else Path(".")
    if not folder.is_dir():
        raise SdmxOutputError(f"{data}: no such folder {folder}")
    for target in (data, structure_path(data)):
        if target.is_dir():
            raise SdmxOutputError(f"{target} is a folder")


def _template_versions(store: Store) -> dict[str, list[WorkPlanTemplate]]:
    with store.read() as session:
        versions: dict[str, list[WorkPlanTemplate]] = {}
        for template_id in installed_template_ids(session):
            numbers = session.scalars(
                select(Template.version).where(Template.template_id == template_id)
            ).all()
            versions[template_id] = [
                load_template(session, template_id, number) for number in sorted(numbers)
            ]
    return versions


def _period_key(period: str) -> tuple[int, int]:
    try:
        return period_sort_key(period)
    except ValueError:
        return (_LAST, 0)


def _stored_rows(store: Store) -> list[tuple[str, str, str, str, str, str, str, str]]:
    """(template id, country, period, indicator, cell, value, notation, comment) of every
    value the Data sheet shows (not archived), in the sheet's country/period order."""
    with store.read() as session:
        rows = session.execute(
            select(
                Submission.template_id,
                Submission.country,
                Submission.period,
                IndicatorValue.indicator_code,
                IndicatorValue.cell,
                IndicatorValue.value,
                IndicatorValue.notation,
                IndicatorValue.comment,
            )
            .join(Submission, IndicatorValue.submission_fk == Submission.id)
            .where(IndicatorValue.archived.is_(False))
        ).all()
    result = [
        (t, country, period, code, cell, value or "", notation or "", comment or "")
        for t, country, period, code, cell, value, notation, comment in rows
    ]
    result.sort(key=lambda r: (r[1], _period_key(r[2]), r[0], r[3], r[4]))
    return result


def write_sdmx_output(store: Store, data: Path) -> SdmxOutput:
    """Write every consolidated value in the store as SDMX-CSV to ``data`` and its
    structure as SDMX-ML 2.1 beside it (``structure_path``), each atomically."""
    check_sdmx_target(data)
    rows = _stored_rows(store)
    versions = _template_versions(store)
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    units: dict[tuple[str, str], str] = {}
    for template_id, template_versions in versions.items():
        for template in template_versions:
            for indicator in template.indicators:
                units[(template_id, indicator.code)] = indicator.unit
    for template_id, _c, _p, code, cell, *_rest in rows:
        seen[template_id].add((code, cell))
    codes: list[TemplateCodes] = [
        template_codes(template_id, versions.get(template_id, []), sorted(seen[template_id]))
        for template_id in sorted(set(versions) | set(seen))
    ]
    structure = build_structure(codes, {row[1] for row in rows})
    by_template: dict[str, list[list[str]]] = defaultdict(list)
    for template_id, country, period, code, cell, value, notation, comment in rows:
        by_template[template_id].append(
            [
                country,
                sdmx_id(code),
                disaggregation_code(cell),
                sdmx_period(period),
                value if not notation else "",
                units.get((template_id, code), ""),
                notation,
                comment,
            ]
        )
    datasets = [
        PandasDataset(
            structure=structure.schemas[template_id],
            data=pd.DataFrame(table, columns=list(COLUMNS), dtype="string"),
        )
        for template_id, table in sorted(by_template.items())
    ]
    target = structure_path(data)
    try:
        atomic_write(
            target,
            lambda path: write_sdmx(
                list(structure.artefacts),
                sdmx_format=Format.STRUCTURE_SDMX_ML_2_1,
                output_path=path,
                prettyprint=True,
            ),
        )
        atomic_write(data, lambda path: _write_data(datasets, path))
    except OSError as error:
        raise SdmxOutputError(f"cannot write {target.parent}: {error.strerror or error}") from error
    return SdmxOutput(data, target, len(rows))


def _write_data(datasets: list[PandasDataset], path: Path) -> None:
    if datasets:
        write_sdmx(datasets, sdmx_format=Format.DATA_SDMX_CSV_2_0_0, output_path=path)
        return
    # No values yet: the header alone, so a reader still finds the columns.
    path.write_text(",".join(("STRUCTURE", "STRUCTURE_ID", "ACTION", *COLUMNS)) + "\n")
