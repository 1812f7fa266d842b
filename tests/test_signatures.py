"""Ed25519 signatures on templates (UNIDO's keys) and returns (each installation's key)."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path

import pytest

from micdesk.core.signatures import (
    SignatureStatus,
    fingerprint,
    installation_fingerprint,
    installation_fingerprints,
    new_private_key,
    read_private_key,
    read_public_key,
    record_revocations,
    registered_keys,
    rotate_installation_key,
    set_requires_signed_templates,
    trust_template_key,
    trusted_template_fingerprints,
    write_key_pair,
)
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_signature import (
    SIGNATURE_SHEET,
    check_template_signature,
    sign_template_workbook,
)
from micdesk.core.template_workbook import read_template_workbook, write_template_workbook
from tests.hostile_workbooks import sample_template_sheets, write_sheets
from tests.test_template_workbook import edit, resave_with_libreoffice


@pytest.fixture
def hq_key(tmp_path: Path) -> Path:
    """UNIDO's private key file, with its public key beside it."""
    path = tmp_path / "hq" / "hq.key"
    write_key_pair(new_private_key(), path)
    return path


@pytest.fixture
def trusting_dir(tmp_path: Path, hq_key: Path) -> Path:
    """A data folder that trusts the HQ key."""
    folder = tmp_path / "data"
    trust_template_key(folder, hq_key.with_name("hq.key.pub"))
    return folder


def signed_template(tmp_path: Path, key: Path, name: str = "t.xlsx", **kwargs) -> Path:
    path = write_sheets(tmp_path / name, sample_template_sheets())
    sign_template_workbook(path, read_private_key(key), **kwargs)
    return path


def judge(path: Path, data_dir: Path | None):
    return check_template_signature(path, read_template_workbook(path), data_dir)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_new_private_key_file_is_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "k" / "hq.key"
    write_key_pair(new_private_key(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_public_key(path.with_name("hq.key.pub"))  # the public half is a PEM file


def test_an_existing_key_file_is_never_overwritten(tmp_path, hq_key):
    before = hq_key.read_bytes()
    with pytest.raises(Exception, match="exists"):
        write_key_pair(new_private_key(), hq_key)
    assert hq_key.read_bytes() == before


def test_a_template_signed_by_a_trusted_key_verifies_and_names_the_key(
    tmp_path, hq_key, trusting_dir
):
    path = signed_template(tmp_path, hq_key)
    judged = judge(path, trusting_dir)
    assert judged.status is SignatureStatus.TRUSTED
    assert judged.check.fingerprint == fingerprint(read_private_key(hq_key).public_key())
    assert judged.acceptable
    assert judged.line().startswith("Signed by UNIDO key ")


def test_a_signed_template_is_still_a_valid_template_with_a_hidden_signature_sheet(
    tmp_path, hq_key
):
    import openpyxl

    path = signed_template(tmp_path, hq_key)
    assert read_template_workbook(path) == read_template_workbook(
        write_sheets(tmp_path / "plain.xlsx", sample_template_sheets())
    )
    workbook = openpyxl.load_workbook(path)
    assert workbook[SIGNATURE_SHEET].sheet_state == "hidden"


def test_one_changed_label_breaks_the_signature(tmp_path, hq_key, trusting_dir):
    import openpyxl

    path = signed_template(tmp_path, hq_key)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["indicators"]
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("label::en") + 1).value = "A forged label"
    workbook.save(path)
    judged = judge(path, trusting_dir)
    assert judged.status is SignatureStatus.BROKEN
    assert not judged.acceptable
    assert judged.refusal("t.xlsx").key == "signature_broken"


def test_a_signature_copied_onto_another_template_does_not_match(tmp_path, hq_key, trusting_dir):
    import openpyxl

    signed = openpyxl.load_workbook(signed_template(tmp_path, hq_key))
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "max", 99)
    other = write_sheets(tmp_path / "other.xlsx", sheets)
    workbook = openpyxl.load_workbook(other)
    copy = workbook.create_sheet(SIGNATURE_SHEET)
    for row in signed[SIGNATURE_SHEET].iter_rows(values_only=True):
        copy.append(list(row))
    workbook.save(other)
    assert judge(other, trusting_dir).status is SignatureStatus.BROKEN


def test_a_template_signed_by_an_unknown_key_is_refused(tmp_path, trusting_dir):
    stranger = tmp_path / "stranger" / "s.key"
    write_key_pair(new_private_key(), stranger)
    judged = judge(signed_template(tmp_path, stranger), trusting_dir)
    assert judged.status is SignatureStatus.UNKNOWN_KEY
    assert not judged.acceptable
    assert judged.refusal("t.xlsx").key == "signature_unknown_key"


def test_an_unsigned_template_is_accepted_with_a_warning_unless_signatures_are_required(
    tmp_path, trusting_dir
):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    judged = judge(path, trusting_dir)
    assert judged.status is SignatureStatus.UNSIGNED
    assert judged.acceptable
    assert judged.line().startswith("Warning: unsigned")
    set_requires_signed_templates(trusting_dir, True)
    strict = judge(path, trusting_dir)
    assert not strict.acceptable
    assert strict.refusal("t.xlsx").key == "signature_required"


def test_revocation_carried_by_a_signed_template_removes_trust_in_the_revoked_key(
    tmp_path, hq_key, trusting_dir
):
    old = tmp_path / "old" / "old.key"
    write_key_pair(new_private_key(), old)
    trust_template_key(trusting_dir, old.with_name("old.key.pub"))
    old_fingerprint = fingerprint(read_private_key(old).public_key())
    assert judge(signed_template(tmp_path, old, "by-old.xlsx"), trusting_dir).acceptable

    revoking = judge(signed_template(tmp_path, hq_key, revoke=(old_fingerprint,)), trusting_dir)
    assert revoking.status is SignatureStatus.TRUSTED
    assert revoking.revoked == (old_fingerprint,)
    record_revocations(trusting_dir, revoking.revoked)

    judged = judge(tmp_path / "by-old.xlsx", trusting_dir)
    assert judged.status is SignatureStatus.REVOKED
    assert not judged.acceptable


def test_a_revocation_list_is_part_of_what_is_signed(tmp_path, hq_key, trusting_dir):
    import openpyxl

    path = signed_template(tmp_path, hq_key, revoke=("a" * 64,))
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SIGNATURE_SHEET]
    for row in sheet.iter_rows():
        if row[0].value == "revoked":
            row[1].value = "b" * 64  # revoke somebody else instead
    workbook.save(path)
    assert judge(path, trusting_dir).status is SignatureStatus.BROKEN


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_signed_template_re_saved_by_libreoffice_still_verifies(tmp_path, hq_key, trusting_dir):
    path = tmp_path / "blank.xlsx"
    write_template_workbook(load_default_template(), path)
    sign_template_workbook(path, read_private_key(hq_key))
    saved = resave_with_libreoffice(path, tmp_path / "libreoffice")
    assert saved.read_bytes() != path.read_bytes()
    assert judge(saved, trusting_dir).status is SignatureStatus.TRUSTED


def test_the_installation_key_is_made_once_and_kept(tmp_path):
    data = tmp_path / "data"
    first = installation_fingerprint(data)
    assert installation_fingerprint(data) == first
    if os.name == "posix":
        key_file = data / "keys" / "installation.key"
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_rotating_the_installation_key_keeps_the_old_public_key(tmp_path):
    data = tmp_path / "data"
    old = installation_fingerprint(data)
    new = rotate_installation_key(data)
    assert new != old
    assert installation_fingerprints(data) == [new, old]


def test_registered_keys_belong_to_the_country_of_their_folder_or_file_name(tmp_path):
    one, two = new_private_key(), new_private_key()
    folder = tmp_path / "registered"
    from micdesk.core.signatures import write_public_key

    write_public_key(one.public_key(), folder / "KEN" / "laptop.pub")
    write_public_key(two.public_key(), folder / "egy-2026.pub")
    assert registered_keys(folder) == {
        "KEN": {fingerprint(one.public_key())},
        "EGY": {fingerprint(two.public_key())},
    }


def test_no_template_key_is_trusted_without_one_shipped_or_added(tmp_path):
    assert trusted_template_fingerprints(tmp_path / "empty") == trusted_template_fingerprints(None)


def test_revocations_in_a_template_signed_by_an_unknown_key_are_not_kept(tmp_path, trusting_dir):
    stranger = tmp_path / "stranger" / "s.key"
    write_key_pair(new_private_key(), stranger)
    judged = judge(signed_template(tmp_path, stranger, revoke=("a" * 64,)), trusting_dir)
    assert judged.status is SignatureStatus.UNKNOWN_KEY and judged.revoked == ()


def test_blank_and_half_filled_rows_of_the_signature_sheet_are_passed_over(
    tmp_path, hq_key, trusting_dir
):
    import openpyxl

    path = signed_template(tmp_path, hq_key)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SIGNATURE_SHEET]
    sheet.append([None, "stray"])
    sheet.append(["revoked"])
    sheet.append(["revoked", None])
    workbook.save(path)
    judged = judge(path, trusting_dir)
    assert (judged.status, judged.revoked) == (SignatureStatus.TRUSTED, ())
