"""Final returns signed by the installation, verified at HQ against registered keys."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from micdesk.cli.main import main
from micdesk.core.signatures import (
    SignatureStatus,
    installation_fingerprint,
    keys_folder,
    short_fingerprint,
)
from micdesk.core.startup import close_store
from micdesk.core.store import open_store
from micdesk.core.submission_export import export_submission
from micdesk.core.submission_reader import read_submission
from micdesk.core.submission_signature import check_submission_signature
from micdesk.core.submissions import open_submission, set_value
from micdesk.core.template_store import ensure_default_template


def export_return(data_dir: Path, country: str, out: Path, *, final: bool = True) -> Path:
    """A country's complete-enough return for 2025, exported from its own data folder."""
    store = open_store(data_dir)
    try:
        ensure_default_template(store)
        submission = open_submission(store, country, "2025")
        set_value(store, submission, "TEC-2", value=12)
        set_value(store, submission, "ENV-1", value=Decimal("3.5"))
        export_submission(store, submission, out, final=final)
    finally:
        close_store(store)  # waits for the backup the export starts
    return out


def force_final_export(data_dir: Path, country: str, out: Path) -> Path:
    """A final return even where the default template's checks would refuse it."""
    import micdesk.core.submission_export as exporting

    original = exporting._check_final
    exporting._check_final = lambda findings: None
    try:
        return export_return(data_dir, country, out)
    finally:
        exporting._check_final = original


def edit_one_cell(path: Path) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("indicator_code")].value == "TEC-2":
            row[header.index("value")].value = 13
    workbook.save(path)


def register(data_dir: Path, folder: Path, country: str) -> None:
    public = keys_folder(data_dir) / "installation.key.pub"
    (folder / country).mkdir(parents=True, exist_ok=True)
    (folder / country / "laptop.pub").write_bytes(public.read_bytes())


def test_a_final_return_is_signed_by_the_installation_and_verifies_with_its_key(tmp_path):
    data = tmp_path / "ken"
    path = force_final_export(data, "KEN", tmp_path / "KEN.xlsx")
    file = read_submission(path)
    fingerprint = installation_fingerprint(data)
    check = check_submission_signature(file.signature_rows, file.computed_sha256, {fingerprint})
    assert check.status is SignatureStatus.TRUSTED
    assert check.fingerprint == fingerprint


def test_a_draft_is_not_signed(tmp_path):
    path = export_return(tmp_path / "ken", "KEN", tmp_path / "draft.xlsx", final=False)
    file = read_submission(path)
    assert file.signature_rows == {}
    check = check_submission_signature(file.signature_rows, file.computed_sha256)
    assert check.status is SignatureStatus.UNSIGNED


def test_the_cover_names_the_installation_key(tmp_path):
    data = tmp_path / "ken"
    path = force_final_export(data, "KEN", tmp_path / "KEN.xlsx")
    cover = openpyxl.load_workbook(path, read_only=True)["Cover"]
    texts = [str(v) for row in cover.iter_rows(values_only=True) for v in row if v is not None]
    assert short_fingerprint(installation_fingerprint(data)) in texts


def test_one_edited_cell_breaks_the_signature_even_with_the_hash_recomputed(tmp_path):
    data = tmp_path / "ken"
    path = force_final_export(data, "KEN", tmp_path / "KEN.xlsx")
    edit_one_cell(path)
    # A forger who also rewrites the stored hash still cannot make the signature match.
    workbook = openpyxl.load_workbook(path)
    meta = workbook["_micdesk"]
    edited = read_submission(path)
    for row in meta.iter_rows():
        if row[0].value == "sha256":
            row[1].value = edited.computed_sha256
    workbook.save(path)
    file = read_submission(path)
    assert file.intact
    fingerprint = installation_fingerprint(data)
    check = check_submission_signature(file.signature_rows, file.computed_sha256, {fingerprint})
    assert check.status is SignatureStatus.BROKEN


def test_submission_check_names_the_signing_key(tmp_path, capsys):
    data = tmp_path / "ken"
    path = force_final_export(data, "KEN", tmp_path / "KEN.xlsx")
    assert main(["submission", "check", str(path)]) == 0
    short = short_fingerprint(installation_fingerprint(data))
    assert capsys.readouterr().out.splitlines()[-1] == f"{path}: signed by key {short}"


@pytest.mark.slow
def test_consolidation_reports_registered_unknown_and_broken_signatures(tmp_path):
    returns, keys = tmp_path / "returns", tmp_path / "registered"
    returns.mkdir()
    force_final_export(tmp_path / "ken", "KEN", returns / "KEN.xlsx")
    force_final_export(tmp_path / "egy", "EGY", returns / "EGY.xlsx")
    force_final_export(tmp_path / "mex", "MEX", returns / "MEX.xlsx")
    register(tmp_path / "ken", keys, "KEN")
    register(tmp_path / "mex", keys, "MEX")
    # EGY's return is signed by another installation's key than the one registered for EGY.
    register(tmp_path / "ken", keys, "EGY")
    edit_one_cell(returns / "MEX.xlsx")
    out = tmp_path / "hq.xlsx"
    code = main(
        ["consolidate", str(returns), "--out", str(out), "--keys", str(keys), "--accept-edited"]
    )
    assert code == 1  # MEX is edited
    status = openpyxl.load_workbook(out, read_only=True)["Status"]
    rows = list(status.iter_rows(values_only=True))
    header = rows[0]
    signature = {
        Path(row[header.index("file")]).stem: row[header.index("signature")] for row in rows[1:]
    }
    ken = short_fingerprint(installation_fingerprint(tmp_path / "ken"))
    egy = short_fingerprint(installation_fingerprint(tmp_path / "egy"))
    assert signature == {
        "KEN": f"signed by registered key {ken}",
        "EGY": f"signed by unknown key {egy}",
        "MEX": "signature broken: it does not match the data",
    }
