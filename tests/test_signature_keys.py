"""Keys and their files said exactly: fingerprints people compare, refusals that name the
file, strict base64, the trust, revocation and policy files (issue 25: mutation testing)."""

from __future__ import annotations

import base64
import codecs
import json
import locale
import os
import re
import sys
import time
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed448 import Ed448PrivateKey

from micdesk.core.signatures import (
    SignatureCheck,
    SignatureError,
    SignatureStatus,
    check_signature,
    decode_public_key,
    encode_public_key,
    fingerprint,
    installation_fingerprints,
    installation_key,
    keys_folder,
    new_private_key,
    read_private_key,
    read_public_key,
    record_revocations,
    registered_keys,
    requires_signed_templates,
    revoked_fingerprints,
    rotate_installation_key,
    set_requires_signed_templates,
    shipped_template_keys,
    short_fingerprint,
    sign,
    signature_matches,
    trust_template_key,
    trusted_template_fingerprints,
    write_key_pair,
    write_public_key,
)
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_signature import (
    TemplateSignature,
    TemplateSignatureCheck,
    builtin_signature,
    write_builtin_signature,
)


def test_a_short_fingerprint_is_the_first_16_hex_digits_in_groups_of_four():
    full = "0123456789abcdef" + "f" * 48
    assert short_fingerprint(full) == "0123-4567-89ab-cdef"
    assert short_fingerprint("abcdef") == "abcd-ef"


def test_a_public_key_travels_as_strict_base64_of_its_32_raw_bytes():
    key = new_private_key().public_key()
    text = encode_public_key(key)
    assert len(base64.b64decode(text)) == 32 and text.isascii()
    assert fingerprint(decode_public_key(f"  {text}\n")) == fingerprint(key)
    for bad in (text[:-4] + "!!!!", text[:10] + " " + text[10:], "", "AAAA"):
        with pytest.raises(SignatureError) as refused:
            decode_public_key(bad)
        assert str(refused.value) == "not an Ed25519 public key"


def test_a_signature_matches_only_in_strict_base64_of_the_same_message():
    key = new_private_key()
    signature = sign(key, b"message")
    assert signature.isascii() and len(base64.b64decode(signature)) == 64
    assert signature_matches(key.public_key(), b"message", f" {signature} ")
    assert not signature_matches(key.public_key(), b"other", signature)
    assert not signature_matches(
        key.public_key(), b"message", signature[:20] + "#" + signature[20:]
    )
    assert not signature_matches(new_private_key().public_key(), b"message", signature)


def test_a_key_file_that_is_missing_not_pem_or_not_ed25519_is_refused_naming_it(tmp_path):
    missing = tmp_path / "gone.pub"
    with pytest.raises(SignatureError, match=re.escape(f"{missing}: no such key file")):
        read_public_key(missing)
    garbage = tmp_path / "garbage.pub"
    garbage.write_text("not a key", "utf-8")
    with pytest.raises(SignatureError) as refused:
        read_public_key(garbage)
    assert str(refused.value) == f"{garbage}: not a public key in PEM form"
    with pytest.raises(SignatureError) as refused:
        read_private_key(garbage)
    assert str(refused.value) == f"{garbage}: not a private key in PEM form"
    other = Ed448PrivateKey.generate()
    from cryptography.hazmat.primitives import serialization

    foreign = tmp_path / "ed448.pub"
    foreign.write_bytes(
        other.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    with pytest.raises(SignatureError) as refused:
        read_public_key(foreign)
    assert str(refused.value) == f"{foreign}: not an Ed25519 public key"
    private = tmp_path / "ed448.key"
    private.write_bytes(
        other.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    with pytest.raises(SignatureError) as refused:
        read_private_key(private)
    assert str(refused.value) == f"{private}: not an Ed25519 private key"


def test_the_installation_key_is_made_once_and_a_rotation_keeps_the_old_public_key(tmp_path):
    first = fingerprint(installation_key(tmp_path).public_key())
    assert fingerprint(installation_key(tmp_path).public_key()) == first
    second = rotate_installation_key(tmp_path)
    assert second != first
    assert installation_fingerprints(tmp_path) == [second, first]
    [retired] = (keys_folder(tmp_path) / "retired").glob("*.pub")
    assert re.fullmatch(rf"\d{{8}}T\d{{6}}Z-{first[:16]}\.pub", retired.name)
    current = read_public_key(keys_folder(tmp_path) / "installation.key.pub")
    assert fingerprint(current) == second


def test_a_rotation_with_the_public_half_gone_still_retires_the_key(tmp_path):
    first = fingerprint(installation_key(tmp_path).public_key())
    (keys_folder(tmp_path) / "installation.key.pub").unlink()
    second = rotate_installation_key(tmp_path)
    assert installation_fingerprints(tmp_path) == [second, first]


def test_a_rotation_with_no_key_yet_just_makes_one(tmp_path):
    made = rotate_installation_key(tmp_path)
    assert installation_fingerprints(tmp_path) == [made]
    assert not (keys_folder(tmp_path) / "retired").exists()


def test_a_trusted_template_key_is_kept_under_its_fingerprint_beside_the_shipped_ones(tmp_path):
    shipped = {fingerprint(key) for key in shipped_template_keys()}
    assert trusted_template_fingerprints(None) == shipped
    assert trusted_template_fingerprints(tmp_path) == shipped
    unido = new_private_key()
    public = write_key_pair(unido, tmp_path / "given" / "unido.key")
    found = trust_template_key(tmp_path, public)
    assert found == fingerprint(unido.public_key())
    assert (keys_folder(tmp_path) / "trusted" / f"{found[:16]}.pub").is_file()
    assert trusted_template_fingerprints(tmp_path) == shipped | {found}


def test_revocations_are_kept_one_per_line_and_never_written_twice(tmp_path):
    assert revoked_fingerprints(None) == set() and revoked_fingerprints(tmp_path) == set()
    record_revocations(tmp_path, ["bb", "aa"])
    record_revocations(tmp_path, ["aa", "cc"])
    record_revocations(tmp_path, [])
    assert (keys_folder(tmp_path) / "revoked.txt").read_text("utf-8") == "aa\nbb\ncc\n"
    assert revoked_fingerprints(tmp_path) == {"aa", "bb", "cc"}


def test_the_signed_templates_rule_is_off_unless_turned_on(tmp_path):
    assert not requires_signed_templates(None)
    assert not requires_signed_templates(tmp_path)
    set_requires_signed_templates(tmp_path, True)
    policy = keys_folder(tmp_path) / "policy.json"
    assert json.loads(policy.read_text("utf-8")) == {"require_signed_templates": True}
    assert requires_signed_templates(tmp_path)
    set_requires_signed_templates(tmp_path, False)
    assert not requires_signed_templates(tmp_path)
    policy.write_text("{}", "utf-8")
    assert not requires_signed_templates(tmp_path)
    policy.write_text("{not json", "utf-8")
    assert not requires_signed_templates(tmp_path)


def test_registered_keys_belong_to_the_country_of_their_folder_or_file_name(tmp_path):
    keys = {name: new_private_key().public_key() for name in ("a", "b", "c", "d", "e")}
    write_public_key(keys["a"], tmp_path / "KEN" / "laptop.pub")
    write_public_key(keys["b"], tmp_path / "gha-2026.pub")
    write_public_key(keys["c"], tmp_path / "uga_office.pub")
    write_public_key(keys["d"], tmp_path / "egy-2026-laptop.pub")  # up to the first "-"
    write_public_key(keys["e"], tmp_path / "bra.pub")  # the name alone
    assert registered_keys(tmp_path) == {
        "KEN": {fingerprint(keys["a"])},
        "GHA": {fingerprint(keys["b"])},
        "UGA": {fingerprint(keys["c"])},
        "EGY": {fingerprint(keys["d"])},
        "BRA": {fingerprint(keys["e"])},
    }


FINGERPRINT = "0123456789abcdef" + "0" * 48


@pytest.mark.parametrize(
    ("status", "required", "line", "key"),
    [
        (SignatureStatus.TRUSTED, False, "Signed by UNIDO key 0123-4567-89ab-cdef.", None),
        (SignatureStatus.UNSIGNED, False,
         "Warning: unsigned; nothing proves this template comes from UNIDO.", None),
        (SignatureStatus.UNSIGNED, True,
         "Unsigned: this installation accepts only templates signed by UNIDO.",
         "signature_required"),
        (SignatureStatus.UNKNOWN_KEY, False,
         "Signed by key 0123-4567-89ab-cdef, which is not a trusted UNIDO key.",
         "signature_unknown_key"),
        (SignatureStatus.REVOKED, False,
         "Signed by key 0123-4567-89ab-cdef, which UNIDO has revoked.", "signature_revoked"),
        (SignatureStatus.BROKEN, False,
         "The signature does not match: the template was changed after it was signed.",
         "signature_broken"),
    ],
)  # fmt: skip
def test_each_signature_verdict_is_said_in_one_line_and_refused_with_its_own_key(
    status, required, line, key
):
    judged = TemplateSignatureCheck(SignatureCheck(status, FINGERPRINT), required=required)
    assert judged.line() == line
    assert judged.acceptable is (key is None)
    if key is not None:
        refused = judged.refusal("plan.xlsx")
        assert str(refused) == f"plan.xlsx: {line} Not imported; nothing was changed."
        assert (refused.key, dict(refused.params)) == (
            key,
            {"file": "plan.xlsx", "fingerprint": "0123-4567-89ab-cdef"},
        )


def test_the_bytes_a_signature_is_made_over_are_pinned():
    # Signing and verifying share signed_message, so only fixed bytes catch a change to it.
    from micdesk.core.signatures import signed_message

    message = signed_message("micdesk-template", {"sha256": "ab", "revoked": ["f1"], "note": "é中"})
    assert (
        message
        == '{"note":"é中","revoked":["f1"],"sha256":"ab","signature":"micdesk-template"}'.encode()
    )


def test_half_a_signature_is_broken_never_unsigned():
    # Unsigned is accepted with a warning: taking out one row of a signature must not get there.
    key = new_private_key()
    message = b"a template"
    text = encode_public_key(key.public_key())
    made = sign(key, message)
    assert check_signature(message, text, "", ()) == SignatureCheck(
        SignatureStatus.BROKEN, fingerprint(key.public_key())
    )
    assert check_signature(message, "", made, ()) == SignatureCheck(SignatureStatus.BROKEN)
    assert check_signature(message, "", "", ()) == SignatureCheck(SignatureStatus.UNSIGNED)


def test_a_broken_or_revoked_signature_names_the_key_that_made_it():
    key = new_private_key()
    found = fingerprint(key.public_key())
    text = encode_public_key(key.public_key())
    made = sign(key, b"a template")
    assert check_signature(b"another", text, made, (found,)) == SignatureCheck(
        SignatureStatus.BROKEN, found
    )
    assert check_signature(b"a template", text, made, (found,), (found,)) == SignatureCheck(
        SignatureStatus.REVOKED, found
    )


def test_the_keys_shipped_with_the_application_are_read_in_name_order_and_trusted(
    tmp_path, monkeypatch
):
    import micdesk.core.signatures as signatures

    shipped = tmp_path / signatures.SHIPPED_KEYS_FOLDER
    names = ("unido-2027.pub", "unido-2025.pub", "unido-2026.pub", "unido-2024.pub")
    keys = {name: new_private_key().public_key() for name in names}
    for name, key in keys.items():
        write_public_key(key, shipped / name)
    (shipped / "README.md").write_text("not a key", "utf-8")
    monkeypatch.setattr(signatures.resources, "files", lambda package: tmp_path)
    in_order = [fingerprint(keys[name]) for name in sorted(names)]
    assert [fingerprint(key) for key in shipped_template_keys()] == in_order
    assert trusted_template_fingerprints(None) == set(in_order)


@pytest.fixture
def ascii_locale():
    """The C locale: Python's default text encoding is then ASCII, as cp1252 is on many PCs."""
    saved = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        if codecs.lookup(locale.getpreferredencoding(False)).name != "ascii":
            pytest.skip("this Python reads and writes UTF-8 by default in every locale")
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, saved)


@pytest.fixture
def clock_ten_hours_ahead_of_utc():
    """The local time zone of a focal point in the Pacific (a POSIX TZ rule: no tz database)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "PAC-10"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def test_an_installation_key_another_process_made_meanwhile_is_used_not_replaced(
    tmp_path, monkeypatch
):
    import micdesk.core.signatures as signatures

    path = keys_folder(tmp_path) / "installation.key"
    theirs = new_private_key()
    make = signatures.new_private_key

    def made_while_the_other_process_wrote_its_key():
        write_key_pair(theirs, path)
        return make()

    monkeypatch.setattr(signatures, "new_private_key", made_while_the_other_process_wrote_its_key)
    assert fingerprint(installation_key(tmp_path).public_key()) == fingerprint(theirs.public_key())
    assert installation_fingerprints(tmp_path) == [fingerprint(theirs.public_key())]


def test_a_retired_key_is_stamped_in_utc_whatever_the_local_time_zone(
    tmp_path, clock_ten_hours_ahead_of_utc
):
    local_ahead = datetime.now() - datetime.now(UTC).replace(tzinfo=None)
    assert abs(local_ahead - timedelta(hours=10)) < timedelta(minutes=1)
    first = fingerprint(installation_key(tmp_path).public_key())
    before = datetime.now(UTC).replace(microsecond=0)
    rotate_installation_key(tmp_path)
    after = datetime.now(UTC)
    [retired] = (keys_folder(tmp_path) / "retired").glob("*.pub")
    stamp, short = retired.stem.split("-")
    assert short == first[:16]
    assert before <= datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC) <= after


def test_the_shipped_keys_are_read_from_an_application_run_from_a_zip_file(tmp_path, monkeypatch):
    import micdesk.core.signatures as signatures

    # importlib.resources hands out zipfile.Path entries then, which cannot be ordered.
    package = "micdesk_zipped_keys"
    names = ("unido-2026.pub", "unido-2024.pub", "unido-2025.pub")
    keys = {name: new_private_key().public_key() for name in names}
    archive = tmp_path / "micdesk.pyz"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr(f"{package}/__init__.py", "")
        bundle.writestr(f"{package}/unido/README.md", "not a key")
        for name, key in keys.items():
            write_public_key(key, tmp_path / name)
            bundle.write(tmp_path / name, f"{package}/unido/{name}")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.setattr(signatures, "SHIPPED_KEYS_PACKAGE", package)
    try:
        found = [fingerprint(key) for key in shipped_template_keys()]
    finally:
        sys.modules.pop(package, None)
    assert found == [fingerprint(keys[name]) for name in sorted(names)]


def test_revocations_and_the_policy_can_be_kept_in_a_data_folder_not_made_yet(tmp_path):
    record_revocations(tmp_path / "first" / "data", ["b" * 64])
    assert revoked_fingerprints(tmp_path / "first" / "data") == {"b" * 64}
    set_requires_signed_templates(tmp_path / "second" / "data", True)
    assert requires_signed_templates(tmp_path / "second" / "data")


def test_the_revocation_list_is_utf8_whatever_the_locale_encoding(tmp_path, ascii_locale):
    # A trusted template's revoked rows are kept as written: a fingerprint typed with an
    # input method's full-width digits reaches the list and must not stop the import.
    typed = "\uff13f2a" + "0" * 60
    plain = "a" * 64
    record_revocations(tmp_path, [typed, plain])
    written = (keys_folder(tmp_path) / "revoked.txt").read_bytes()
    assert written == f"{plain}\n{typed}\n".encode()
    assert revoked_fingerprints(tmp_path) == {plain, typed}


def test_a_policy_file_edited_in_utf8_is_obeyed_whatever_the_locale_encoding(
    tmp_path, ascii_locale
):
    policy = keys_folder(tmp_path) / "policy.json"
    policy.parent.mkdir()
    text = '{"require_signed_templates": true, "note": "exigé par le siège"}\n'
    policy.write_bytes(text.encode())
    assert requires_signed_templates(tmp_path)


def test_the_build_signature_is_read_as_utf8_json_whatever_the_locale_encoding(
    tmp_path, monkeypatch, ascii_locale
):
    import micdesk.core.template_signature as template_signature

    target = tmp_path / "default.sig"
    monkeypatch.setattr(template_signature, "builtin_signature_path", lambda: target)
    write_builtin_signature(new_private_key())
    stored = json.loads(target.read_bytes())
    # JSON is UTF-8 (RFC 8259); a note a build script adds beside the two members is no harm.
    target.write_bytes(json.dumps({**stored, "built_by": "Zoë"}, ensure_ascii=False).encode())
    assert builtin_signature(load_default_template()) == TemplateSignature(
        stored["public_key"], stored["signature"]
    )


def test_a_revocation_list_edited_with_a_bom_or_stray_bytes_still_revokes_every_fingerprint(
    tmp_path,
):
    revoked = keys_folder(tmp_path) / "revoked.txt"
    revoked.parent.mkdir()
    revoked.write_bytes(codecs.BOM_UTF8 + b"aa\nb\xffb\ncc\n")
    assert {"aa", "cc"} <= revoked_fingerprints(tmp_path)
    record_revocations(tmp_path, ["aa", "dd"])
    assert {"aa", "cc", "dd"} <= revoked_fingerprints(tmp_path)


@pytest.mark.parametrize(
    ("content", "required"),
    [
        (codecs.BOM_UTF8 + b'{"require_signed_templates": true}', True),
        (b"[true]", False),
        (b'"require_signed_templates"', False),
        (b'{"require_signed_templates": true, "note": "\xff"}', False),
    ],
)
def test_a_policy_file_edited_by_hand_is_obeyed_with_a_bom_and_never_a_traceback(
    tmp_path, content, required
):
    policy = keys_folder(tmp_path) / "policy.json"
    policy.parent.mkdir()
    policy.write_bytes(content)
    assert requires_signed_templates(tmp_path) is required
