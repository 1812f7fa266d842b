"""UNIDO's signature on a ``micdesk-template/1`` workbook: the hidden ``_signature`` sheet.

The signature is made over the template's *content* as micdesk reads it (the
canonical rows ``template_sheet_rows`` gives of the checked template), never over
the zip bytes: a re-save by LibreOffice or Excel that changes no content still
verifies, while one changed label, limit or code breaks it. The exact definition
is in ``docs/formats/signatures.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from openpyxl import load_workbook

from micdesk.core.keyed import Keyed
from micdesk.core.signatures import (
    SignatureCheck,
    SignatureStatus,
    check_signature,
    encode_public_key,
    record_revocations,
    requires_signed_templates,
    revoked_fingerprints,
    sign,
    signed_message,
    trusted_template_fingerprints,
)
from micdesk.core.template_sheets import load_default_template
from micdesk.core.template_workbook import read_template_workbook, template_sheet_rows
from micdesk.core.workplan import TEMPLATE_FORMAT, WorkPlanTemplate
from micdesk.core.xlsx_files import atomic_write, open_workbook, sheet_rows

SIGNATURE_SHEET = "_signature"
BUILTIN_SIGNATURE = "default.sig"
SIGNATURE_FORMAT = "micdesk-template-signature/1"
FINGERPRINT_LENGTH = 64


class TemplateSignatureRefused(Keyed):
    """A template whose signature forbids installing it; nothing was changed.

    ``key``: ``signature_broken``, ``signature_unknown_key``, ``signature_revoked`` or
    ``signature_required``; ``params``: ``file`` and ``fingerprint``.
    """


@dataclass(frozen=True)
class TemplateSignature:
    """What a template's ``_signature`` sheet says (all empty when there is none)."""

    public_key: str = ""
    signature: str = ""
    revoked: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class TemplateSignatureCheck:
    """A template's signature judged against this installation's trusted and revoked keys."""

    check: SignatureCheck
    revoked: tuple[str, ...] = ()  # what the template revokes, once its signature is trusted
    required: bool = False  # whether this installation refuses unsigned templates

    @property
    def status(self) -> SignatureStatus:
        """What the check found."""
        return self.check.status

    def line(self) -> str:
        """One English line for the command line and the import preview."""
        short = self.check.short_fingerprint
        if self.status is SignatureStatus.TRUSTED:
            return f"Signed by UNIDO key {short}."
        if self.status is SignatureStatus.UNSIGNED:
            if self.required:
                return "Unsigned: this installation accepts only templates signed by UNIDO."
            return "Warning: unsigned; nothing proves this template comes from UNIDO."
        if self.status is SignatureStatus.UNKNOWN_KEY:
            return f"Signed by key {short}, which is not a trusted UNIDO key."
        if self.status is SignatureStatus.REVOKED:
            return f"Signed by key {short}, which UNIDO has revoked."
        return "The signature does not match: the template was changed after it was signed."

    @property
    def acceptable(self) -> bool:
        """Whether the template may be installed here."""
        if self.status is SignatureStatus.TRUSTED:
            return True
        return self.status is SignatureStatus.UNSIGNED and not self.required

    def refusal(self, source: str) -> TemplateSignatureRefused:
        """The refusal to raise when the template is not acceptable."""
        key = {
            SignatureStatus.BROKEN: "signature_broken",
            SignatureStatus.UNKNOWN_KEY: "signature_unknown_key",
            SignatureStatus.REVOKED: "signature_revoked",
            SignatureStatus.UNSIGNED: "signature_required",
        }[self.status]
        return TemplateSignatureRefused(
            f"{source}: {self.line()} Not imported; nothing was changed.",
            key,
            {"file": source, "fingerprint": self.check.short_fingerprint},
        )


def template_content_sha256(template: WorkPlanTemplate) -> str:
    """Hex SHA-256 of the template's canonical content (what a signature vouches for)."""
    content = json.dumps(
        {"format": TEMPLATE_FORMAT, "sheets": template_sheet_rows(template)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def template_signed_message(template: WorkPlanTemplate, revoked: tuple[str, ...]) -> bytes:
    """The bytes UNIDO's key signs for a template and the revocations it carries."""
    return signed_message(
        SIGNATURE_FORMAT,
        {
            "template_id": template.template_id,
            "version": template.version,
            "content_sha256": template_content_sha256(template),
            "revoked": sorted(revoked),
        },
    )


def read_template_signature(path: Path) -> TemplateSignature:
    """The ``_signature`` sheet of a template workbook (empty when the template is unsigned)."""
    workbook = open_workbook(Path(path))
    try:
        sheet = next(
            (ws for ws in workbook.worksheets if ws.title.strip().lower() == SIGNATURE_SHEET),
            None,
        )
        if sheet is None:
            return TemplateSignature()
        public_key = signature = ""
        revoked: list[str] = []
        for _number, values in sheet_rows(sheet):
            key = str(values[0]).strip() if values and values[0] is not None else ""
            value = str(values[1]).strip() if len(values) > 1 and values[1] is not None else ""
            if key == "public_key":
                public_key = value
            elif key == "signature":
                signature = value
            elif key == "revoked" and value:
                revoked.append(value.lower())
        return TemplateSignature(public_key, signature, tuple(revoked))
    finally:
        workbook.close()


def check_template_signature(
    path: Path, template: WorkPlanTemplate, data_dir: Path | None
) -> TemplateSignatureCheck:
    """Judge a checked template's signature against the keys trusted in a data folder."""
    found = read_template_signature(path)
    check = check_signature(
        template_signed_message(template, found.revoked),
        found.public_key,
        found.signature,
        trusted_template_fingerprints(data_dir),
        # A template's own revocations count too: a key may retire itself in its last signed file.
        revoked_fingerprints(data_dir) | set(found.revoked),
    )
    carried = found.revoked if check.status is SignatureStatus.TRUSTED else ()
    return TemplateSignatureCheck(check, carried, requires_signed_templates(data_dir))


def remember_revocations(data_dir: Path, judged: TemplateSignatureCheck) -> None:
    """Keep what a trusted template revokes, so later files signed by those keys are refused."""
    if judged.status is SignatureStatus.TRUSTED and judged.revoked:
        record_revocations(data_dir, judged.revoked)


def sign_template_workbook(
    path: Path, key: Ed25519PrivateKey, revoke: tuple[str, ...] = ()
) -> WorkPlanTemplate:
    """Check a template workbook and write UNIDO's signature into it, in place, atomically.

    Raises TemplateProblems (nothing written) when the template is not valid.
    """
    for fingerprint in revoke:
        # Capitals are the same hex digits (sign_template writes them in small letters).
        if len(fingerprint) != FINGERPRINT_LENGTH or not all(
            c in "0123456789abcdef" for c in fingerprint.lower()
        ):
            raise ValueError(f"'{fingerprint}' is not a full key fingerprint (64 hex digits)")
    template = read_template_workbook(Path(path))
    write_signature_sheet(Path(path), sign_template(template, key, revoke))
    return template


def sign_template(
    template: WorkPlanTemplate, key: Ed25519PrivateKey, revoke: tuple[str, ...] = ()
) -> TemplateSignature:
    """UNIDO's signature of a checked template and the revocations it carries."""
    revoked = tuple(sorted({f.lower() for f in revoke}))
    signature = sign(key, template_signed_message(template, revoked))
    return TemplateSignature(encode_public_key(key.public_key()), signature, revoked)


def write_signature_sheet(path: Path, signature: TemplateSignature) -> None:
    """Write (or replace) the hidden ``_signature`` sheet of a template workbook, atomically."""
    # A full (not read-only) load: the author's other sheets, styles and lists are kept.
    workbook = load_workbook(path)
    for sheet in list(workbook.worksheets):
        if sheet.title.strip().lower() == SIGNATURE_SHEET:
            workbook.remove(sheet)
    sheet = workbook.create_sheet(SIGNATURE_SHEET)
    sheet.sheet_state = "hidden"
    sheet.append(["format", SIGNATURE_FORMAT])
    sheet.append(["public_key", signature.public_key])
    sheet.append(["signature", signature.signature])
    for fingerprint in signature.revoked:
        sheet.append(["revoked", fingerprint])
    atomic_write(path, workbook.save)


# The built-in template's signature, made at build time -----------------------------------


def builtin_signature_path() -> Path:
    """Where a release build keeps its signature of the built-in template."""
    return Path(str(resources.files("micdesk.templates") / BUILTIN_SIGNATURE))


def write_builtin_signature(key: Ed25519PrivateKey, path: Path | None = None) -> Path:
    """Sign the built-in template (``templates/default.toml``) into ``templates/default.sig``."""
    target = path or builtin_signature_path()
    signature = sign_template(load_default_template(), key)
    target.write_text(
        json.dumps({"public_key": signature.public_key, "signature": signature.signature}) + "\n",
        "utf-8",
    )
    return target


def builtin_signature(template: WorkPlanTemplate) -> TemplateSignature | None:
    """The build's signature of the built-in template, if there is one and it is this template's."""
    resource = builtin_signature_path()
    if not resource.is_file():
        return None
    try:
        stored = json.loads(resource.read_text("utf-8"))
        found = TemplateSignature(str(stored["public_key"]), str(stored["signature"]))
    except (ValueError, KeyError, TypeError):
        return None
    check = check_signature(
        template_signed_message(template, ()), found.public_key, found.signature, (), ()
    )
    # Only a signature of exactly this template's content is handed on (any key: the
    # reader of the workbook judges the key).
    return found if check.status is SignatureStatus.UNKNOWN_KEY else None
