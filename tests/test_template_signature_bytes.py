"""What a template's signature is made over, and what each verdict says (docs/formats/signatures.md)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from micdesk.core.signatures import (
    SignatureCheck,
    SignatureStatus,
    new_private_key,
    revoked_fingerprints,
)
from micdesk.core.template_signature import (
    SIGNATURE_SHEET,
    TemplateSignature,
    TemplateSignatureCheck,
    builtin_signature,
    read_template_signature,
    remember_revocations,
    sign_template_workbook,
    template_content_sha256,
    template_signed_message,
    write_builtin_signature,
)
from micdesk.core.template_workbook import read_template_workbook
from tests.hostile_workbooks import sample_template_sheets, write_sheets
from tests.test_template_workbook import edit

FINGERPRINT = "3f2a91c05d77e812" + "0" * 48
# SHA-256 of tests/hostile_workbooks.sample_template_sheets()'s canonical content. It changes
# only when that sample or the definition in docs/formats/signatures.md changes: every
# signature UNIDO has made breaks with the definition, so a change here must be deliberate.
SAMPLE_CONTENT_SHA256 = "77f83e7c6d7eaedb34cfae95f19ce51c3261f89640b07fa96990fa868a23def6"


@pytest.fixture
def sample(tmp_path: Path):
    return read_template_workbook(write_sheets(tmp_path / "t.xlsx", sample_template_sheets()))


def test_the_content_a_template_signature_vouches_for_is_pinned(sample):
    assert template_content_sha256(sample) == SAMPLE_CONTENT_SHA256


def test_the_bytes_a_template_signature_is_made_over_are_pinned(sample):
    revoked = ("b" * 64, "a" * 64)
    expected = (
        f'{{"content_sha256":"{SAMPLE_CONTENT_SHA256}","revoked":["{"a" * 64}","{"b" * 64}"],'
        f'"signature":"micdesk-template-signature/1","template_id":"{sample.template_id}",'
        f'"version":{sample.version}}}'
    ).encode()
    assert template_signed_message(sample, revoked) == expected


def test_only_a_trusted_templates_revocations_are_remembered(tmp_path):
    for status in (SignatureStatus.UNKNOWN_KEY, SignatureStatus.BROKEN, SignatureStatus.REVOKED):
        judged = TemplateSignatureCheck(SignatureCheck(status, FINGERPRINT), ("a" * 64,))
        remember_revocations(tmp_path, judged)
    assert revoked_fingerprints(tmp_path) == set()
    trusted = TemplateSignatureCheck(
        SignatureCheck(SignatureStatus.TRUSTED, FINGERPRINT), ("a" * 64,)
    )
    remember_revocations(tmp_path, trusted)
    assert revoked_fingerprints(tmp_path) == {"a" * 64}


@pytest.mark.parametrize(
    "wrong", ["abcd-1234", "g" * 64, "a" * 63, "a" * 65, "a" * 32 + "-" + "a" * 31]
)
def test_signing_refuses_a_revocation_that_is_not_64_hex_digits(tmp_path, wrong):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    before = path.read_bytes()
    with pytest.raises(ValueError, match="not a full key fingerprint \\(64 hex digits\\)"):
        sign_template_workbook(path, new_private_key(), revoke=(wrong,))
    assert path.read_bytes() == before


def test_a_revocation_typed_in_capitals_is_signed_in_small_letters(tmp_path):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    sign_template_workbook(path, new_private_key(), revoke=("AB" * 32,))
    assert read_template_signature(path).revoked == ("ab" * 32,)


def test_signing_again_replaces_the_signature_sheet(tmp_path):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    sign_template_workbook(path, new_private_key())
    key = new_private_key()
    sign_template_workbook(path, key, revoke=("c" * 64,))
    workbook = openpyxl.load_workbook(path)
    try:
        signatures = [ws for ws in workbook.worksheets if ws.title.lower() == SIGNATURE_SHEET]
        assert len(signatures) == 1
        rows = list(signatures[0].iter_rows(values_only=True))
    finally:
        workbook.close()
    assert [row[0] for row in rows] == ["format", "public_key", "signature", "revoked"]
    assert rows[0][1] == "micdesk-template-signature/1"
    assert rows[3][1] == "c" * 64


def test_a_signature_sheet_with_blank_rows_and_no_key_reads_as_unsigned(tmp_path):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.create_sheet(SIGNATURE_SHEET)
    sheet.append(["format", "micdesk-template-signature/1"])
    sheet.cell(row=4, column=1).value = "note"  # rows 2 and 3 left blank
    workbook.save(path)
    assert read_template_signature(path) == TemplateSignature()


def test_the_build_signature_is_kept_beside_the_built_in_template_where_the_build_writes_it():
    # packaging/build.sh writes micdesk/templates/default.sig; the app must read it there.
    import micdesk.templates
    from micdesk.core.template_signature import builtin_signature_path

    package = Path(micdesk.templates.__file__).parent
    assert builtin_signature_path() == package / "default.sig"
    assert (package / "default.toml").exists()


def test_the_build_signature_is_handed_on_only_for_the_template_it_was_made_for(
    tmp_path, monkeypatch
):
    import micdesk.core.template_signature as template_signature
    from micdesk.core.template_sheets import load_default_template

    target = tmp_path / "default.sig"
    monkeypatch.setattr(template_signature, "builtin_signature_path", lambda: target)
    write_builtin_signature(new_private_key())
    stored = json.loads(target.read_text("utf-8"))
    default = load_default_template()
    assert builtin_signature(default) == TemplateSignature(
        stored["public_key"], stored["signature"]
    )
    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "max", 99)
    other = read_template_workbook(write_sheets(tmp_path / "other.xlsx", sheets))
    assert builtin_signature(other) is None
