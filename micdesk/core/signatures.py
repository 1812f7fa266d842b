"""Ed25519 signatures: who made a template or a return, not only that it is whole.

Keys are PEM files (PKCS#8 private keys, SubjectPublicKeyInfo public keys), the
format ``openssl pkey`` reads. A key is named by its *fingerprint*: the SHA-256 of
its 32 raw public-key bytes, hex. What is signed is never the zip bytes of a
workbook but a small canonical message over the file's canonical content (see
``docs/formats/signatures.md``), so a re-save by LibreOffice or Excel that leaves
the content unchanged still verifies.

The data folder holds, under ``keys/``:

- ``installation.key`` / ``installation.key.pub``: this installation's pair, made
  on first use, the private key readable by its owner only (0600). It is not a
  secret from the computer's own user; it tells HQ which installation sent a
  return.
- ``retired/*.pub``: public keys of earlier pairs, kept to verify old returns.
- ``trusted/*.pub``: UNIDO template keys trusted here besides the ones shipped
  with the application (``micdesk/keys/unido/*.pub``).
- ``revoked.txt``: fingerprints revoked by signed templates, one per line.
- ``policy.json``: ``{"require_signed_templates": true|false}``.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from importlib import resources
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

KEYS_FOLDER = "keys"
INSTALLATION_KEY = "installation.key"
PUBLIC_SUFFIX = ".pub"
RETIRED_FOLDER = "retired"
TRUSTED_FOLDER = "trusted"
REVOKED_FILE = "revoked.txt"
POLICY_FILE = "policy.json"
SHIPPED_KEYS_PACKAGE = "micdesk.keys"
SHIPPED_KEYS_FOLDER = "unido"
SHORT_FINGERPRINT_CHARACTERS = 16
PRIVATE_KEY_MODE = 0o600


class SignatureError(Exception):
    """A key or signature file cannot be used; the message says which and why."""


class SignatureStatus(StrEnum):
    """What a signature check found, from the verifier's point of view."""

    TRUSTED = "trusted"  # a valid signature by a key the verifier trusts
    UNKNOWN_KEY = "unknown-key"  # a valid signature by a key the verifier does not know
    REVOKED = "revoked"  # a valid signature by a key that has been revoked
    UNSIGNED = "unsigned"  # no signature at all
    BROKEN = "broken"  # a signature that does not match the content


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of checking one file's signature."""

    status: SignatureStatus
    fingerprint: str = ""  # of the key that signed, when a key was named

    @property
    def short_fingerprint(self) -> str:
        """The fingerprint as people read it: the first 16 hex digits in groups of four."""
        return short_fingerprint(self.fingerprint)


# Keys --------------------------------------------------------------------------------


def new_private_key() -> Ed25519PrivateKey:
    """A fresh Ed25519 private key."""
    return Ed25519PrivateKey.generate()


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of a public key."""
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(key: Ed25519PublicKey) -> str:
    """The key's fingerprint: hex SHA-256 of its raw bytes."""
    return hashlib.sha256(public_key_bytes(key)).hexdigest()


def short_fingerprint(full: str) -> str:
    """The first 16 hex digits of a fingerprint, in groups of four (what people compare)."""
    head = full[:SHORT_FINGERPRINT_CHARACTERS]
    return "-".join(head[index : index + 4] for index in range(0, len(head), 4))


def encode_public_key(key: Ed25519PublicKey) -> str:
    """The public key as base64 of its raw bytes (how files carry it)."""
    return base64.b64encode(public_key_bytes(key)).decode("ascii")


def decode_public_key(text: str) -> Ed25519PublicKey:
    """A public key from base64 of its raw bytes; SignatureError if it is not one."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as error:
        raise SignatureError("not an Ed25519 public key") from error


def write_key_pair(key: Ed25519PrivateKey, path: Path) -> Path:
    """Write a private key (0600, never over an existing file) and its ``.pub``; return that."""
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # O_EXCL: an existing key is never overwritten; the mode is set at creation so
        # the key is never readable by others, not even for an instant.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_KEY_MODE)
    except FileExistsError as error:
        raise SignatureError(f"{path}: a file of that name exists; choose another") from error
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(pem)
    public_path = path.with_name(path.name + PUBLIC_SUFFIX)
    write_public_key(key.public_key(), public_path)
    return public_path


def write_public_key(key: Ed25519PublicKey, path: Path) -> None:
    """Write a public key as a PEM file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        key.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def read_private_key(path: Path) -> Ed25519PrivateKey:
    """Read a PEM private key; SignatureError names the file when it is not an Ed25519 key."""
    return _read_pem_key(  # type: ignore[return-value]
        path,
        lambda data: serialization.load_pem_private_key(data, password=None),
        Ed25519PrivateKey,
        "private",
    )


def read_public_key(path: Path) -> Ed25519PublicKey:
    """Read a PEM public key; SignatureError names the file when it is not an Ed25519 key."""
    return _read_pem_key(  # type: ignore[return-value]
        path, serialization.load_pem_public_key, Ed25519PublicKey, "public"
    )


def _read_pem_key(path: Path, load: Callable[[bytes], object], kind: type, which: str) -> object:
    """The Ed25519 key of a PEM file, loaded by ``load``; which: "private" or "public"."""
    try:
        key = load(Path(path).read_bytes())
    except FileNotFoundError as error:
        raise SignatureError(f"{path}: no such key file") from error
    except (ValueError, TypeError) as error:
        raise SignatureError(f"{path}: not a {which} key in PEM form") from error
    if not isinstance(key, kind):
        raise SignatureError(f"{path}: not an Ed25519 {which} key")
    return key


# Signing -----------------------------------------------------------------------------


def signed_message(kind: str, fields: dict[str, object]) -> bytes:
    """The bytes a signature is made over: canonical JSON naming what kind of file it is."""
    payload = {"signature": kind, **fields}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sign(key: Ed25519PrivateKey, message: bytes) -> str:
    """Base64 of the Ed25519 signature of a message."""
    return base64.b64encode(key.sign(message)).decode("ascii")


def signature_matches(public_key: Ed25519PublicKey, message: bytes, signature: str) -> bool:
    """Whether a base64 signature is the public key's signature of the message."""
    try:
        public_key.verify(base64.b64decode(signature.strip(), validate=True), message)
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def check_signature(
    message: bytes,
    public_key_text: str,
    signature: str,
    trusted: Iterable[str],
    revoked: Iterable[str] = (),
) -> SignatureCheck:
    """Check a file's signature against the fingerprints the verifier trusts."""
    if not public_key_text and not signature:
        return SignatureCheck(SignatureStatus.UNSIGNED)
    try:
        public_key = decode_public_key(public_key_text)
    except SignatureError:
        return SignatureCheck(SignatureStatus.BROKEN)
    found = fingerprint(public_key)
    if not signature_matches(public_key, message, signature):
        return SignatureCheck(SignatureStatus.BROKEN, found)
    if found in set(revoked):
        return SignatureCheck(SignatureStatus.REVOKED, found)
    if found in set(trusted):
        return SignatureCheck(SignatureStatus.TRUSTED, found)
    return SignatureCheck(SignatureStatus.UNKNOWN_KEY, found)


# The data folder's keys ------------------------------------------------------------------


def keys_folder(data_dir: Path) -> Path:
    """The data folder's ``keys/`` folder."""
    return Path(data_dir) / KEYS_FOLDER


def installation_key(data_dir: Path) -> Ed25519PrivateKey:
    """This installation's private key, made (0600) the first time it is asked for."""
    path = keys_folder(data_dir) / INSTALLATION_KEY
    if not path.exists():
        # Another process may make it between the check and the write: then read theirs.
        with contextlib.suppress(SignatureError):
            write_key_pair(new_private_key(), path)
    return read_private_key(path)


def installation_fingerprint(data_dir: Path) -> str:
    """The fingerprint of this installation's current key (made if there is none yet)."""
    return fingerprint(installation_key(data_dir).public_key())


def rotate_installation_key(data_dir: Path) -> str:
    """Make a new installation key pair, keep the old public key; return the new fingerprint."""
    folder = keys_folder(data_dir)
    current = folder / INSTALLATION_KEY
    if current.exists():
        old = read_private_key(current).public_key()
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        write_public_key(old, folder / RETIRED_FOLDER / f"{stamp}-{fingerprint(old)[:16]}.pub")
        current.unlink()
        current.with_name(current.name + PUBLIC_SUFFIX).unlink(missing_ok=True)
    return installation_fingerprint(data_dir)


def installation_fingerprints(data_dir: Path) -> list[str]:
    """Fingerprints of this installation's current and retired keys, current first."""
    folder = keys_folder(data_dir)
    found = []
    if (folder / INSTALLATION_KEY).exists():
        found.append(installation_fingerprint(data_dir))
    found.extend(fingerprint(key) for key in _public_keys_in(folder / RETIRED_FOLDER))
    return found


def _public_keys_in(folder: Path) -> list[Ed25519PublicKey]:
    if not folder.is_dir():
        return []
    return [read_public_key(path) for path in sorted(folder.glob("*" + PUBLIC_SUFFIX))]


def shipped_template_keys() -> list[Ed25519PublicKey]:
    """UNIDO's template keys that ship inside the application."""
    folder = resources.files(SHIPPED_KEYS_PACKAGE) / SHIPPED_KEYS_FOLDER
    keys = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(PUBLIC_SUFFIX):
            with resources.as_file(entry) as path:
                keys.append(read_public_key(path))
    return keys


def trusted_template_fingerprints(data_dir: Path | None) -> set[str]:
    """Fingerprints of every UNIDO template key trusted here: shipped plus the data folder's."""
    found = {fingerprint(key) for key in shipped_template_keys()}
    if data_dir is not None:
        found.update(
            fingerprint(key) for key in _public_keys_in(keys_folder(data_dir) / TRUSTED_FOLDER)
        )
    return found


def trust_template_key(data_dir: Path, public_key_file: Path) -> str:
    """Trust a UNIDO template key in this data folder; return its fingerprint."""
    key = read_public_key(public_key_file)
    found = fingerprint(key)
    write_public_key(key, keys_folder(data_dir) / TRUSTED_FOLDER / f"{found[:16]}.pub")
    return found


def revoked_fingerprints(data_dir: Path | None) -> set[str]:
    """Fingerprints revoked by signed templates installed or checked in this data folder."""
    if data_dir is None:
        return set()
    path = keys_folder(data_dir) / REVOKED_FILE
    if not path.exists():
        return set()
    # Edited by hand, it may start with a BOM or hold stray bytes: neither may hide a
    # revocation on another line or stop the import with a traceback.
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    return {line.strip() for line in text.splitlines() if line.strip()}


def record_revocations(data_dir: Path, fingerprints: Iterable[str]) -> None:
    """Add fingerprints to the data folder's revocation list (a revocation is never undone)."""
    known = revoked_fingerprints(data_dir)
    new = sorted(set(fingerprints) - known)
    if not new:
        return
    path = keys_folder(data_dir) / REVOKED_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as stream:
        stream.writelines(line + "\n" for line in new)


def requires_signed_templates(data_dir: Path | None) -> bool:
    """Whether this installation refuses unsigned templates (off unless turned on)."""
    if data_dir is None:
        return False
    path = keys_folder(data_dir) / POLICY_FILE
    try:
        policy = json.loads(path.read_text("utf-8-sig"))  # Notepad may have added a BOM
    except (FileNotFoundError, ValueError):
        return False
    return isinstance(policy, dict) and bool(policy.get("require_signed_templates", False))


def set_requires_signed_templates(data_dir: Path, required: bool) -> None:
    """Turn the rule "templates must be signed by UNIDO" on or off for this data folder."""
    path = keys_folder(data_dir) / POLICY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"require_signed_templates": required}) + "\n", "utf-8")


# Focal points' keys registered at HQ -------------------------------------------------------


def registered_keys(folder: Path) -> dict[str, set[str]]:
    """Country code → fingerprints registered for it, from a folder of ``.pub`` files.

    A key belongs to the country named by its sub-folder (``KEN/laptop.pub``) or by the
    start of its file name up to the first ``-``, ``_`` or ``.`` (``KEN-2026.pub``).
    """
    registered: dict[str, set[str]] = {}
    for path in sorted(Path(folder).rglob("*" + PUBLIC_SUFFIX)):
        relative = path.relative_to(folder)
        if len(relative.parts) > 1:
            country = relative.parts[0]
        else:
            country = path.name
            for separator in ("-", "_", "."):
                country = country.split(separator, 1)[0]
        registered.setdefault(country.upper(), set()).add(fingerprint(read_public_key(path)))
    return registered
