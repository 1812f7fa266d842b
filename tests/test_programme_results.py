"""The programme's results: the Results sheet UNIDO reports from, computed once for all uses."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.programme_results import (
    FigureRule,
    ReportedTotal,
    ResultIndicator,
    programme_results,
)
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template
from micdesk.core.vocabulary import IndicatorKind, Notation

# (country, period) → values; EGY answers TEC-1 "no" and returns NE for ENV-2 in 2025.
RETURNS: dict[tuple[str, str], dict[str, object]] = {
    ("ARG", "2024"): {"TEC-1": True, "TEC-2": 3, "ENV-1": Decimal("10"), "ENV-2": Decimal("1.5")},
    ("BRA", "2024"): {"TEC-1": False, "TEC-2": 4, "ENV-1": Decimal("20"), "ENV-2": Decimal("2")},
    ("ARG", "2025"): {"TEC-1": True, "TEC-2": 5, "ENV-1": Decimal("15"), "ENV-2": Decimal("2.5")},
    ("BRA", "2025"): {"TEC-1": True, "TEC-2": 6, "ENV-2": Decimal("3")},
    ("EGY", "2025"): {
        "TEC-1": False,
        "TEC-2": 7,
        "ENV-1": Decimal("5"),
        "ENV-2": Notation.NOT_ESTIMATED,
    },
    ("KEN", "2025"): {"TEC-1": True, "TEC-2": 8, "ENV-1": Decimal("1.25"), "ENV-2": Decimal("4")},
}


def _export(folder: Path, country: str, period: str, values: dict[str, object]) -> Path:
    data = folder / f"store-{country}-{period}"
    store = open_store(data)
    try:
        ensure_default_template(store)
        submission = open_submission(store, country, period)
        with store.transaction() as session:
            for code, value in values.items():
                if isinstance(value, Notation):
                    set_value(store, submission, code, notation=value, session=session)
                else:
                    set_value(store, submission, code, value=value, session=session)
        out = folder / "returns" / f"{country}-{period}.xlsx"
        out.parent.mkdir(exist_ok=True)
        export_submission(store, submission, out)
    finally:
        close_store(store)
    return out


@pytest.fixture(scope="module")
def consolidated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("results")
    for (country, period), values in RETURNS.items():
        _export(folder, country, period, values)
    out = folder / "hq.xlsx"
    assert main(["consolidate", str(folder / "returns"), "--out", str(out)]) in (0, 1)
    return out


def _results_rows(path: Path) -> tuple[list[str], dict[str, dict[str, object]]]:
    sheet = openpyxl.load_workbook(path)["Results"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[2])
    table = rows[3 : [row[0] for row in rows].index(None, 3)]  # up to the first blank row
    by_code = {row[0]: dict(zip(header, row, strict=False)) for row in table}
    return header, by_code


def test_the_results_sheet_comes_first(consolidated):
    assert openpyxl.load_workbook(consolidated, read_only=True).sheetnames[0] == "Results"


def test_a_yes_no_indicator_counts_the_countries_answering_yes(consolidated):
    _header, rows = _results_rows(consolidated)
    assert rows["TEC-1"]["2025 figure"] == 3
    assert rows["TEC-1"]["2025 reporting"] == "4 of 4"
    assert rows["TEC-1"]["2024 figure"] == 1


def test_a_notation_key_is_listed_and_not_added(consolidated):
    _header, rows = _results_rows(consolidated)
    assert rows["ENV-2"]["2025 notation keys"] == "1: EGY NE"
    # cumulative: each country's latest number, EGY's NE and nothing earlier left out
    assert Decimal(str(rows["ENV-2"]["2025 figure"])) == Decimal("2.5") + 3 + 4


def test_a_cumulative_indicator_sums_each_countrys_latest_value_not_the_periods(consolidated):
    _header, rows = _results_rows(consolidated)
    # BRA reported no ENV-1 in 2025: its latest figure is 2024's 20.
    assert Decimal(str(rows["ENV-1"]["2025 figure"])) == Decimal("15") + 20 + 5 + Decimal("1.25")
    assert Decimal(str(rows["ENV-1"]["2024 figure"])) == 30


def test_counts_are_summed_over_the_countries_of_the_period(consolidated):
    _header, rows = _results_rows(consolidated)
    assert rows["TEC-2"]["2025 figure"] == 5 + 6 + 7 + 8
    assert rows["TEC-2"]["2024 figure"] == 3 + 4


def test_completeness_is_the_share_of_returning_countries_that_reported(consolidated):
    _header, rows = _results_rows(consolidated)
    assert rows["ENV-1"]["2025 completeness"] == 0.75  # BRA left it empty
    assert rows["TEC-3"]["2025 completeness"] == 0


def test_the_results_sheet_says_how_each_figure_is_computed(consolidated):
    sheet = openpyxl.load_workbook(consolidated)["Results"]
    texts = {v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert "yes/no: the number of countries answering yes" in texts
    assert any(text.startswith("cumulative: the sum of each country's latest") for text in texts)


def test_each_indicator_with_a_figure_has_a_chart(consolidated):
    sheet = openpyxl.load_workbook(consolidated)["Results"]
    titles = set()
    for chart in sheet._charts:
        titles.add("".join(run.t for p in chart.title.tx.rich.p for run in (p.r or [])))
    assert titles == {"TEC-1", "TEC-2", "ENV-1", "ENV-2"}  # not the ones nobody reported


def test_percentages_and_text_get_no_programme_figure():
    indicator = ResultIndicator("t", "P", "share", "%", IndicatorKind.PERCENT, False)
    totals = [ReportedTotal("t", "P", c, "2025", "40") for c in ("A", "B")]
    (result,) = programme_results([indicator], totals, {("t", "2025"): {"A", "B"}})
    assert indicator.rule is FigureRule.NONE
    assert result.periods["2025"].figure is None
    assert result.periods["2025"].reporting == 2


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_results_charts(consolidated, tmp_path):
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(consolidated)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    pdf = tmp_path / "hq.pdf"
    assert pdf.exists() and pdf.stat().st_size > 10_000
