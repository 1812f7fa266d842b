"""``micdesk keys …`` and ``micdesk template sign``: HQ signs, focal points verify."""

from __future__ import annotations

from pathlib import Path

import pytest

from micdesk.cli.main import main
from micdesk.core.signatures import fingerprint, read_private_key, short_fingerprint
from micdesk.core.store import open_store
from micdesk.core.template_store import installed_version
from tests.hostile_workbooks import sample_template_sheets, write_sheets


@pytest.fixture
def hq_key(tmp_path: Path, capsys) -> Path:
    """UNIDO's key pair made with ``micdesk keys new``."""
    path = tmp_path / "hq" / "hq.key"
    path.parent.mkdir()
    assert main(["keys", "new", "--out", str(path)]) == 0
    capsys.readouterr()
    return path


def iterdump(template_data_dir: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(template_data_dir / "micdesk.sqlite3")
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def sample_installed(template_data_dir: Path) -> int | None:
    store = open_store(template_data_dir)
    try:
        with store.read() as session:
            return installed_version(session, "sample-plan")
    finally:
        store.close()


def test_keys_new_writes_both_halves_and_never_prints_the_private_key(tmp_path, capsys):
    path = tmp_path / "hq.key"
    assert main(["keys", "new", "--out", str(path)]) == 0
    out = capsys.readouterr()
    secret = path.read_text().splitlines()[1]  # the base64 body of the PEM
    assert secret not in out.out + out.err
    assert path.with_name("hq.key.pub").exists()
    assert short_fingerprint(fingerprint(read_private_key(path).public_key())) in out.out


def test_keys_new_refuses_to_overwrite_a_key(tmp_path, hq_key, capsys):
    assert main(["keys", "new", "--out", str(hq_key)]) == 1
    assert "exists" in capsys.readouterr().err


def test_a_signed_template_checks_as_signed_by_the_trusted_key(
    tmp_path, template_data_dir, hq_key, capsys
):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["template", "sign", str(path), "--key", str(hq_key)]) == 0
    assert main(["--data-dir", str(template_data_dir), "keys", "trust", str(hq_key) + ".pub"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(template_data_dir), "template", "check", str(path)]) == 0
    short = short_fingerprint(fingerprint(read_private_key(hq_key).public_key()))
    assert capsys.readouterr().out.splitlines()[-1] == f"t.xlsx: Signed by UNIDO key {short}."


def test_import_of_a_template_signed_by_an_unknown_key_is_refused_and_changes_nothing(
    tmp_path, template_data_dir, hq_key, capsys
):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["template", "sign", str(path), "--key", str(hq_key)]) == 0
    before = iterdump(template_data_dir)
    capsys.readouterr()
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(path)]) == 1
    )
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert "not a trusted UNIDO key" in out and "nothing was changed" in out
    assert iterdump(template_data_dir) == before


def test_a_store_that_requires_signatures_refuses_an_unsigned_template(
    tmp_path, template_data_dir, capsys
):
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    assert main(["--data-dir", str(template_data_dir), "keys", "require", "on"]) == 0
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(path)]) == 1
    )
    assert "accepts only templates signed by UNIDO" in capsys.readouterr().out
    assert sample_installed(template_data_dir) is None
    assert main(["--data-dir", str(template_data_dir), "keys", "require", "off"]) == 0
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(path)]) == 0
    )
    assert sample_installed(template_data_dir) == 1


def test_importing_a_trusted_template_that_revokes_a_key_makes_that_key_refused(
    tmp_path, template_data_dir, hq_key, capsys
):
    old = tmp_path / "old.key"
    assert main(["keys", "new", "--out", str(old)]) == 0
    for key in (hq_key, old):
        assert main(["--data-dir", str(template_data_dir), "keys", "trust", f"{key}.pub"]) == 0
    revoking = write_sheets(tmp_path / "v1.xlsx", sample_template_sheets(version=1))
    old_fingerprint = fingerprint(read_private_key(old).public_key())
    assert (
        main(["template", "sign", str(revoking), "--key", str(hq_key), "--revoke", old_fingerprint])
        == 0
    )
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(revoking)])
        == 0
    )
    by_old = write_sheets(tmp_path / "v2.xlsx", sample_template_sheets(version=2))
    assert main(["template", "sign", str(by_old), "--key", str(old)]) == 0
    capsys.readouterr()
    assert (
        main(["--data-dir", str(template_data_dir), "template", "import", "--yes", str(by_old)])
        == 1
    )
    assert "which UNIDO has revoked" in capsys.readouterr().out
    assert sample_installed(template_data_dir) == 1


def test_keys_public_writes_the_installation_key_that_keys_show_names(tmp_path, capsys):
    data = tmp_path / "data"
    out = tmp_path / "ken.pub"
    assert main(["--data-dir", str(data), "keys", "public", "--out", str(out)]) == 0
    assert main(["--data-dir", str(data), "keys", "show"]) == 0
    from micdesk.core.signatures import read_public_key

    shown = capsys.readouterr().out
    assert short_fingerprint(fingerprint(read_public_key(out))) in shown
    assert "PRIVATE" not in shown


def test_a_built_in_template_signed_at_build_time_is_written_signed_by_template_blank(
    tmp_path, template_data_dir, hq_key, monkeypatch, capsys
):
    import micdesk.core.template_signature as template_signature

    signature_file = tmp_path / "default.sig"
    monkeypatch.setattr(template_signature, "builtin_signature_path", lambda: signature_file)
    assert main(["template", "sign-builtin", "--key", str(hq_key)]) == 0
    assert signature_file.exists()
    blank = tmp_path / "blank.xlsx"
    assert main(["--data-dir", str(template_data_dir), "template", "blank", str(blank)]) == 0
    assert main(["--data-dir", str(template_data_dir), "keys", "trust", f"{hq_key}.pub"]) == 0
    capsys.readouterr()
    check = [
        "--data-dir",
        str(template_data_dir),
        "template",
        "check",
        "--ignore-installed",
        str(blank),
    ]
    assert main(check) == 0
    short = short_fingerprint(fingerprint(read_private_key(hq_key).public_key()))
    assert capsys.readouterr().out.splitlines()[-1] == f"blank.xlsx: Signed by UNIDO key {short}."


def test_without_a_build_signature_template_blank_writes_an_unsigned_template(
    tmp_path, template_data_dir, monkeypatch, capsys
):
    import micdesk.core.template_signature as template_signature

    monkeypatch.setattr(template_signature, "builtin_signature_path", lambda: tmp_path / "none")
    blank = tmp_path / "blank.xlsx"
    assert main(["--data-dir", str(template_data_dir), "template", "blank", str(blank)]) == 0
    capsys.readouterr()
    check = [
        "--data-dir",
        str(template_data_dir),
        "template",
        "check",
        "--ignore-installed",
        str(blank),
    ]
    assert main(check) == 0
    assert "unsigned" in capsys.readouterr().out.splitlines()[-1]
