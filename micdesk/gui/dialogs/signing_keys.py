"""File → Signing keys: this installation's key for returns, and the UNIDO keys it trusts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from micdesk.core import signatures
from micdesk.core.placeholders import fill
from micdesk.gui.dialog_layout import ask_for_file, close_box, column, row
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.wrapped_label import WrappedLabel


class SigningKeysDialog(RetranslatedOnLanguageChange, QDialog):
    """Shows and manages the keys that sign returns and vouch for templates."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.own_box = QGroupBox()
        self.own_key = WrappedLabel()
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_public = QPushButton()
        self.save_public.clicked.connect(self.save_public_key)
        self.rotate = QPushButton()
        self.rotate.clicked.connect(self.make_new_key_pair)
        column(self.own_box, self.own_key, row(self.save_public, self.rotate))

        self.trusted_box = QGroupBox()
        self.trusted = QListWidget()
        self.trusted.setMaximumHeight(110)
        self.trust_file = QPushButton()
        self.trust_file.clicked.connect(self.trust_key_file)
        self.require = QCheckBox()
        self.require.setChecked(signatures.requires_signed_templates(self.data_dir))
        self.require.toggled.connect(self._set_required)
        trusted = QVBoxLayout(self.trusted_box)
        trusted.addWidget(self.trusted)
        trusted.addWidget(self.trust_file, 0, Qt.AlignmentFlag.AlignLeading)
        trusted.addWidget(self.require)

        self.outcome = WrappedLabel()
        column(self, self.own_box, self.trusted_box, self.outcome, close_box(self))
        self.setMinimumWidth(520)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Signing keys"))
        self.own_box.setTitle(self.tr("This installation"))
        self.save_public.setText(self.tr("&Save my public key…"))
        self.rotate.setText(self.tr("&Make a new key pair…"))
        self.trusted_box.setTitle(self.tr("UNIDO template keys trusted here"))
        self.trust_file.setText(self.tr("&Trust a key file…"))
        self.require.setText(self.tr("&Accept only templates signed by UNIDO"))
        self.refresh()

    def refresh(self) -> None:
        """Show the current key, the trusted and the revoked keys."""
        own = signatures.short_fingerprint(signatures.installation_fingerprint(self.data_dir))
        self.own_key.setText(
            fill(
                self.tr(
                    "Final returns exported here are signed with key %1. Send your public key "
                    "to UNIDO once, so that UNIDO can tell your returns from forgeries."
                ),
                own,
            )
        )
        self.trusted.clear()
        revoked = signatures.revoked_fingerprints(self.data_dir)
        for found in sorted(signatures.trusted_template_fingerprints(self.data_dir)):
            text = signatures.short_fingerprint(found)
            if found in revoked:
                text = fill(self.tr("%1 (revoked)"), text)
            self.trusted.addItem(text)
        if self.trusted.count() == 0:
            self.trusted.addItem(
                self.tr("None: templates are checked for changes, not for who signed them.")
            )

    def save_public_key(self) -> None:
        """Write this installation's public key where the user chooses."""
        key = signatures.installation_key(self.data_dir).public_key()  # makes the pair on first use
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save my public key"),
            str(Path.home() / "micdesk-key.pub"),
            self.tr("Public keys (*.pub)"),
        )
        if not path:
            return
        try:
            signatures.write_public_key(key, Path(path))
        except OSError as error:
            self.outcome.setText(
                fill(self.tr("The key was not saved: %1"), error.strerror or str(error))
            )
            return
        self.outcome.setText(fill(self.tr("Saved your public key to %1."), path))

    def make_new_key_pair(self) -> None:
        """Replace this installation's key pair, after asking; the old public key is kept."""
        answer = QMessageBox.question(
            self,
            self.tr("Make a new key pair"),
            self.tr(
                "Returns exported from now on will be signed with a new key, which UNIDO must "
                "register before it recognises them. Returns already sent stay verifiable. "
                "Make a new key pair?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        signatures.rotate_installation_key(self.data_dir)
        self.refresh()
        self.outcome.setText(self.tr("New key pair made: save your new public key for UNIDO."))

    def trust_key_file(self) -> None:
        """Trust a UNIDO public key file chosen by the user."""
        path = ask_for_file(self, self.tr("Trust a UNIDO key"), self.tr("Public keys (*.pub)"))
        if path is not None:
            self.trust_key(path)

    def trust_key(self, path: Path) -> bool:
        """Trust a public key file; say in the dialog whether it worked."""
        try:
            found = signatures.trust_template_key(self.data_dir, path)
        except signatures.SignatureError:
            self.outcome.setText(
                fill(self.tr("%1 is not an Ed25519 public key; nothing was changed."), path.name)
            )
            return False
        self.refresh()
        self.outcome.setText(
            fill(
                self.tr("Templates signed by key %1 are now trusted."),
                signatures.short_fingerprint(found),
            )
        )
        return True

    def _set_required(self, required: bool) -> None:
        signatures.set_requires_signed_templates(self.data_dir, required)
