"""The installation's signature on a final ``micdesk-submission/1`` return.

A final export signs its canonical SHA-256 (``canonical_sha256``, which covers the
identity, every Data row and every narrative) with the installation's key, and
writes the public key and the signature as two more rows of the hidden
``_micdesk`` sheet. The signature is outside what is hashed, so older readers and
``submission check`` see the same hash as before.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from pathlib import Path

from micdesk.core.signatures import (
    SignatureCheck,
    SignatureStatus,
    check_signature,
    encode_public_key,
    installation_key,
    sign,
    signed_message,
)
from micdesk.core.submission_format import SIGNATURE_META_KEYS

SIGNATURE_FORMAT = "micdesk-submission-signature/1"
PUBLIC_KEY_ROW, SIGNATURE_ROW = SIGNATURE_META_KEYS


def submission_signed_message(sha256: str) -> bytes:
    """The bytes an installation signs for a return with this canonical SHA-256."""
    return signed_message(SIGNATURE_FORMAT, {"sha256": sha256})


def signature_meta_rows(data_dir: Path, sha256: str) -> list[tuple[str, str]]:
    """The ``_micdesk`` rows that sign a final return with this installation's key."""
    key = installation_key(data_dir)
    return [
        (PUBLIC_KEY_ROW, encode_public_key(key.public_key())),
        (SIGNATURE_ROW, sign(key, submission_signed_message(sha256))),
    ]


def check_submission_signature(
    meta: Mapping[str, str], computed_sha256: str, registered: Set[str] = frozenset()
) -> SignatureCheck:
    """Judge a return's signature over the hash computed from its content.

    ``registered``: the fingerprints HQ registered for the return's country; without
    them a valid signature reads as ``UNKNOWN_KEY`` (valid, but not vouched for).
    """
    return check_signature(
        submission_signed_message(computed_sha256),
        meta.get(PUBLIC_KEY_ROW, ""),
        meta.get(SIGNATURE_ROW, ""),
        registered,
    )


def signature_summary(check: SignatureCheck, *, registry_given: bool) -> str:
    """One English phrase for ``submission check`` and the consolidation's Status sheet."""
    short = check.short_fingerprint
    if check.status is SignatureStatus.TRUSTED:
        return f"signed by registered key {short}"
    if check.status is SignatureStatus.UNKNOWN_KEY:
        if registry_given:
            return f"signed by unknown key {short}"
        return f"signed by key {short}"
    if check.status is SignatureStatus.UNSIGNED:
        return "unsigned"
    return "signature broken: it does not match the data"
