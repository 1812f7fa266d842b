"""HQ's consolidated values as SDMX (docs/formats/sdmx.md), read back by pysdmx."""

from __future__ import annotations

import dataclasses
import importlib.util
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pysdmx.io import get_datasets, read_sdmx
from pysdmx.model import Codelist, Dataflow, DataStructureDefinition, Role

from micdesk.cli.main import main
from micdesk.core.sdmx_structure import (
    artefact_suffixes,
    cell_of_disaggregation_code,
    code_of_sdmx_id,
    disaggregation_code,
    sdmx_id,
    sdmx_period,
)
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, save_profile, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import Notation

COMMENT = 'estimate, "preliminary"\n=1+1 from the ministry'


@pytest.fixture(scope="module")
def returns(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two countries' exported returns: numbers, yes/no, a notation key, breakdown cells."""
    root = tmp_path_factory.mktemp("sdmx")
    folder = root / "returns"
    store = open_store(root / "country-store")
    template = ensure_default_template(store)
    skl_cells = template.cells_of(template.indicator("SKL-1"))[1:]
    for country, period, bump in (("KEN", "2025", 0), ("BRA", "2024", 5)):
        save_profile(store, country, focal_point=f"Focal point of {country}")
        submission = open_submission(store, country, period)
        with store.transaction() as session:
            set_value(store, submission, "TEC-1", value=True, session=session)
            set_value(store, submission, "TEC-2", value=10 + bump, session=session)
            set_value(store, submission, "TEC-2", comment=COMMENT, session=session)
            set_value(store, submission, "ENV-1", notation=Notation.CONFIDENTIAL, session=session)
            set_value(store, submission, "ENV-2", value=Decimal("1.25"), session=session)
            for number, cell in enumerate(skl_cells):
                set_value(store, submission, "SKL-1", cell, value=number + bump, session=session)
        export_submission(store, submission, folder / f"{country}-{period}.xlsx")
    store.close()
    return folder


@pytest.fixture(scope="module")
def consolidated(returns: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``micdesk consolidate RETURNS --out hq.xlsx --sdmx hq.csv``, run once."""
    out = tmp_path_factory.mktemp("hq")
    code = main(["consolidate", str(returns), "--out", str(out / "hq.xlsx"),
                 "--sdmx", str(out / "hq.csv")])  # fmt: skip
    assert code == 1  # both returns are incomplete, and consolidated all the same
    return out


def _data_sheet_rows(workbook: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(workbook, read_only=True)["Data"]
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_the_structure_is_schema_valid_sdmx_ml_read_back_by_pysdmx(consolidated):
    message = read_sdmx(consolidated / "hq.structure.xml", validate=True)
    structures = {type(s).__name__: s for s in message.structures}
    dsd = next(s for s in message.structures if isinstance(s, DataStructureDefinition))
    flow = next(s for s in message.structures if isinstance(s, Dataflow))
    assert set(structures) >= {"Codelist", "ConceptScheme", "DataStructureDefinition", "Dataflow"}
    assert (flow.agency, flow.id, flow.version) == ("UNIDO", "DF_unido-mic-workplan", "1.0")
    assert dsd.id == "DSD_unido-mic-workplan"
    roles = {c.id: c.role for c in dsd.components}
    assert roles == {
        "COUNTRY": Role.DIMENSION, "INDICATOR": Role.DIMENSION, "DISAGGREGATION": Role.DIMENSION,
        "TIME_PERIOD": Role.DIMENSION, "OBS_VALUE": Role.MEASURE, "UNIT": Role.ATTRIBUTE,
        "NOTATION": Role.ATTRIBUTE, "COMMENT": Role.ATTRIBUTE,
    }  # fmt: skip
    codelists = {s.id: s for s in message.structures if isinstance(s, Codelist)}
    indicators = {code.id: code.name for code in codelists["CL_unido-mic-workplan_INDICATOR"]}
    assert len(indicators) == 9 and indicators["SKL-1"].startswith("Number of")
    cells = {code.id for code in codelists["CL_unido-mic-workplan_DISAGGREGATION"]}
    assert "_T" in cells and "sex$3Dfemale" in {c.split("$3B")[0] for c in cells}
    assert {c.id for c in codelists["CL_MICDESK_NOTATION"]} == {"NA", "NE", "C"}
    assert {"KEN", "BRA"} <= {c.id for c in codelists["CL_MICDESK_COUNTRY"]}


def test_the_data_read_back_has_one_observation_per_row_of_the_data_sheet(consolidated):
    sheet = _data_sheet_rows(consolidated / "hq.xlsx")
    datasets = get_datasets(consolidated / "hq.csv", consolidated / "hq.structure.xml")
    assert len(datasets) == 1
    assert datasets[0].structure.id == "DF_unido-mic-workplan"
    data = datasets[0].data.fillna("")
    assert len(data) == len(sheet) > 0
    observed = {
        (r.COUNTRY, r.TIME_PERIOD, r.INDICATOR, r.DISAGGREGATION): r for r in data.itertuples()
    }
    for row in sheet:
        key = (row["country"], row["period"], row["indicator_code"],
               disaggregation_code(row["disaggregation"] or ""))  # fmt: skip
        observation = observed[key]
        assert (row["notation"] or "") == observation.NOTATION
        if row["notation"]:
            assert observation.OBS_VALUE == ""
        elif row["value"] is not None:
            shown = row["value"] if isinstance(row["value"], str) else Decimal(str(row["value"]))
            assert (observation.OBS_VALUE if isinstance(shown, str)
                    else Decimal(observation.OBS_VALUE)) == shown  # fmt: skip
        assert (row["unit"] or "") == observation.UNIT
        assert (row["comment"] or "") == observation.COMMENT


def test_notation_keys_comments_and_breakdown_cells_keep_their_meaning(consolidated):
    data = get_datasets(consolidated / "hq.csv", consolidated / "hq.structure.xml")[0].data
    data = data.fillna("").set_index(["COUNTRY", "TIME_PERIOD", "INDICATOR", "DISAGGREGATION"])
    assert data.loc[("KEN", "2025", "ENV-1", "_T")].NOTATION == "C"
    assert data.loc[("KEN", "2025", "ENV-1", "_T")].OBS_VALUE == ""
    assert data.loc[("BRA", "2024", "TEC-2", "_T")].OBS_VALUE == "15"
    assert data.loc[("BRA", "2024", "TEC-2", "_T")].COMMENT == COMMENT
    assert data.loc[("KEN", "2025", "TEC-2", "_T")].UNIT == "count"
    breakdown = [key for key in data.index if key[2] == "SKL-1" and key[3] != "_T"]
    assert breakdown and all("=" in cell_of_disaggregation_code(key[3]) for key in breakdown)


def test_the_cli_prints_where_the_sdmx_output_went(returns, tmp_path, capsys):
    code = main(["consolidate", str(returns), "--out", str(tmp_path / "hq.xlsx"),
                 "--sdmx", str(tmp_path / "mic.csv")])  # fmt: skip
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 1, out
    assert out[0].startswith("incomplete: ")
    assert out[-1] == (
        f"SDMX: {len(_data_sheet_rows(tmp_path / 'hq.xlsx'))} observation(s) in "
        f"{tmp_path / 'mic.csv'}, structure in {tmp_path / 'mic.structure.xml'}"
    )


@pytest.mark.parametrize("target", ["missing-folder/hq.csv", "hq.xml", "folder.csv"])
def test_an_sdmx_output_that_cannot_be_written_is_one_line_and_nothing_is_written(
    returns, tmp_path, capsys, target
):
    (tmp_path / "folder.csv").mkdir()
    code = main(["consolidate", str(returns), "--out", str(tmp_path / "hq.xlsx"),
                 "--sdmx", str(tmp_path / target)])  # fmt: skip
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 3
    assert len(err) == 1 and err[0].startswith("error: cannot write the SDMX output: ")
    assert err[0].endswith("nothing written")
    assert not (tmp_path / "hq.xlsx").exists()


def test_openpyxl_reads_as_in_the_bundle_although_the_sdmx_libraries_are_installed():
    # lxml and numpy come with pysdmx; the desktop bundle has neither.
    assert importlib.util.find_spec("lxml") and importlib.util.find_spec("numpy")
    probe = (
        "import sys, micdesk.core.xlsx_files, openpyxl; "
        "print(openpyxl.LXML, openpyxl.NUMPY, 'numpy' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert shown.stdout.split() == ["False", "False", "False"], shown.stderr
    later = "import micdesk.core.xlsx_files, numpy, pandas; print(pandas.Series([1.5]).sum())"
    shown = subprocess.run([sys.executable, "-c", later], capture_output=True, text=True)
    assert shown.stdout.strip() == "1.5", shown.stderr


@given(st.text(min_size=1, max_size=30))
def test_every_code_maps_to_an_sdmx_id_and_back(code):
    identifier = sdmx_id(code)
    assert all(c.isascii() and (c.isalnum() or c in "_-$") for c in identifier)
    assert code_of_sdmx_id(identifier) == code


def test_template_ids_clashing_as_artefact_ids_stay_apart():
    assert artefact_suffixes(["a.b", "a_b", "a-b"]) == {"a-b": "a-b", "a.b": "a_b", "a_b": "a_b_2"}


def test_cells_and_periods_map_as_the_format_says():
    assert disaggregation_code("") == "_T"
    assert disaggregation_code("sex=female;age=youth") == "sex$3Dfemale$3Bage$3Dyouth"
    assert cell_of_disaggregation_code("sex$3Dfemale$3Bage$3Dyouth") == "sex=female;age=youth"
    assert sdmx_id("ENV.1") == "ENV$2E1"
    assert (sdmx_period("2025"), sdmx_period("2025-H2")) == ("2025", "2025-S2")


def test_two_templates_give_two_dataflows_in_one_file(store, tmp_path):
    from micdesk.core.sdmx_export import write_sdmx_output
    from micdesk.core.template_store import install_template, load_template

    with store.transaction() as session:
        default = load_template(session, "unido-mic-workplan")
        other = dataclasses.replace(default, template_id="other.plan", version=3)
        install_template(session, other)
    for template_id, value in (("unido-mic-workplan", 4), ("other.plan", 9)):
        submission = open_submission(store, "KEN", "2025", template_id)
        set_value(store, submission, "TEC-2", value=value)
    output = write_sdmx_output(store, tmp_path / "two.csv")
    read_sdmx(output.structure, validate=True)
    datasets = get_datasets(output.data, output.structure)
    flows = {d.structure.id: d.data for d in datasets}
    assert output.rows == 2
    assert set(flows) == {"DF_unido-mic-workplan", "DF_other_plan"}
    assert flows["DF_other_plan"].OBS_VALUE.tolist() == ["9"]
    flow = next(
        s for s in read_sdmx(output.structure).structures
        if isinstance(s, Dataflow) and s.id == "DF_other_plan"
    )  # fmt: skip
    assert flow.version == "3.0"
