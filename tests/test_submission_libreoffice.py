"""An exported submission opened by LibreOffice: values where they belong, text never a formula."""

from __future__ import annotations

import csv
import shutil
import subprocess
from decimal import Decimal

import pytest

from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import set_value

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# Filter options: comma, double quote, UTF-8, from row 1, ..., sheet 2 (the Data sheet).
CSV_OF_DATA_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_values_and_keeps_formula_like_text_as_text(
    store, submission, tmp_path
):
    set_value(store, submission, "TEC-2", value=42, comment="=1+1")
    set_value(store, submission, "ENV-1", value=Decimal("12.5"), source="@ministry")
    path = tmp_path / "ken.xlsx"
    export_submission(store, submission, path)
    result = subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
         "--convert-to", CSV_OF_DATA_SHEET, "--outdir", str(tmp_path / "csv"), str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (converted,) = (tmp_path / "csv").glob("*.csv")
    with open(converted, encoding="utf-8", newline="") as handle:
        rows = {row["indicator_code"]: row for row in csv.DictReader(handle)}
    assert rows["TEC-2"]["value"] == "42"
    assert rows["TEC-2"]["comment"] == "=1+1"
    assert rows["ENV-1"]["value"] == "12.5"
    assert rows["ENV-1"]["source"] == "@ministry"
