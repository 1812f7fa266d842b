"""The window's side of signatures: the signing-keys dialog, About, the template import."""

from __future__ import annotations

from pathlib import Path

import pytest

from micdesk.core.signatures import (
    fingerprint,
    installation_fingerprint,
    new_private_key,
    read_private_key,
    requires_signed_templates,
    short_fingerprint,
    trusted_template_fingerprints,
    write_key_pair,
)
from micdesk.core.template_signature import sign_template_workbook
from micdesk.core.template_store import ensure_default_template
from micdesk.gui.dialogs.about import AboutDialog
from micdesk.gui.dialogs.signing_keys import SigningKeysDialog
from micdesk.gui.dialogs.template_import import TemplateImportDialog
from tests.hostile_workbooks import sample_template_sheets, write_sheets

pytestmark = pytest.mark.gui


@pytest.fixture
def hq_key(tmp_path: Path) -> Path:
    path = tmp_path / "hq" / "hq.key"
    write_key_pair(new_private_key(), path)
    return path


def test_the_keys_dialog_trusts_a_key_file_and_lists_it(qtbot, tmp_path, hq_key):
    data = tmp_path / "data"
    dialog = SigningKeysDialog(data)
    qtbot.addWidget(dialog)
    short = short_fingerprint(fingerprint(read_private_key(hq_key).public_key()))
    assert dialog.trust_key(Path(f"{hq_key}.pub"))
    shown = [dialog.trusted.item(row).text() for row in range(dialog.trusted.count())]
    assert shown == [short]
    assert short in dialog.outcome.text()
    assert fingerprint(read_private_key(hq_key).public_key()) in trusted_template_fingerprints(data)


def test_the_keys_dialog_refuses_a_file_that_is_not_a_key_and_changes_nothing(qtbot, tmp_path):
    data = tmp_path / "data"
    dialog = SigningKeysDialog(data)
    qtbot.addWidget(dialog)
    bogus = tmp_path / "notes.pub"
    bogus.write_text("not a key")
    assert not dialog.trust_key(bogus)
    assert "notes.pub" in dialog.outcome.text()
    assert trusted_template_fingerprints(data) == trusted_template_fingerprints(None)


def test_the_keys_dialog_shows_this_installations_key_and_sets_the_rule(qtbot, tmp_path):
    data = tmp_path / "data"
    dialog = SigningKeysDialog(data)
    qtbot.addWidget(dialog)
    assert short_fingerprint(installation_fingerprint(data)) in dialog.own_key.text()
    dialog.require.click()
    assert requires_signed_templates(data)
    dialog.require.click()
    assert not requires_signed_templates(data)


def test_about_names_the_installation_key(qtbot, tmp_path):
    dialog = AboutDialog(str(tmp_path / "data"))
    qtbot.addWidget(dialog)
    assert short_fingerprint(installation_fingerprint(tmp_path / "data")) in dialog.key.text()


def test_the_import_dialog_says_who_signed_the_template(qtbot, store, tmp_path, hq_key):
    ensure_default_template(store)
    SigningKeysDialog(store.data_dir).trust_key(Path(f"{hq_key}.pub"))
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    sign_template_workbook(path, read_private_key(hq_key))
    dialog = TemplateImportDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.previewed, timeout=20_000):
        dialog.start_preview()
    short = short_fingerprint(fingerprint(read_private_key(hq_key).public_key()))
    assert dialog.signature.text() == f"Signed by UNIDO key {short}."
    assert dialog.apply_button.isEnabled()


def test_a_template_signed_by_an_unknown_key_is_refused_in_french(qtbot, store, tmp_path, hq_key):
    from micdesk.gui.i18n import install_language

    ensure_default_template(store)
    path = write_sheets(tmp_path / "t.xlsx", sample_template_sheets())
    sign_template_workbook(path, read_private_key(hq_key))
    install_language("fr")
    dialog = TemplateImportDialog(store, "fr")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.start_preview()
    assert "n’est pas une clé approuvée de l’ONUDI" in failed.args[0]
    assert not dialog.apply_button.isEnabled()
