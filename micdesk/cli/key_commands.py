"""``micdesk keys``: signing keys: UNIDO's template keys, this installation's key for returns.

Private keys are never printed. Exit codes: 0 done; 1 refused (a key file of that
name exists, a file that is not an Ed25519 key); 2 wrong usage.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from micdesk.cli.subcommands import Exit, Refused, action_group
from micdesk.core.signatures import (
    SignatureError,
    fingerprint,
    installation_fingerprint,
    installation_fingerprints,
    installation_key,
    new_private_key,
    read_public_key,
    requires_signed_templates,
    revoked_fingerprints,
    rotate_installation_key,
    set_requires_signed_templates,
    short_fingerprint,
    trust_template_key,
    trusted_template_fingerprints,
    write_key_pair,
    write_public_key,
)
from micdesk.core.store import default_data_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``keys`` and its sub-commands."""
    commands = action_group(subparsers, "keys", doc=__doc__)

    new = commands.add_parser(
        "new", help="make a key pair (HQ: for signing templates); writes FILE and FILE.pub"
    )
    new.add_argument("--out", type=Path, required=True, metavar="FILE")
    new.set_defaults(run=run_new)

    trust = commands.add_parser("trust", help="trust a UNIDO template key in this data folder")
    trust.add_argument("public_key", type=Path, metavar="FILE.pub")
    trust.set_defaults(run=run_trust)

    require = commands.add_parser(
        "require", help="refuse (on) or accept with a warning (off) unsigned templates"
    )
    require.add_argument("state", choices=("on", "off"))
    require.set_defaults(run=run_require)

    show = commands.add_parser("show", help="this installation's key and the trusted keys")
    show.set_defaults(run=run_show)

    public = commands.add_parser(
        "public", help="write this installation's public key, for HQ to register"
    )
    public.add_argument("--out", type=Path, required=True, metavar="FILE.pub")
    public.set_defaults(run=run_public)

    rotate = commands.add_parser(
        "rotate", help="make a new key pair for this installation (the old public key is kept)"
    )
    rotate.set_defaults(run=run_rotate)


def _data_dir(args: argparse.Namespace) -> Path:
    return args.data_dir or default_data_dir()


def _refused(message: str, code: int) -> Refused:
    """A refusal said as ``micdesk keys: message``."""
    return Refused(f"micdesk keys: {message}", code)


def run_new(args: argparse.Namespace) -> int:
    """Write a new key pair; 0 written, 1 refused (the file exists)."""
    try:
        public = write_key_pair(new_private_key(), args.out)
    except SignatureError as error:
        raise _refused(str(error), Exit.REFUSED) from error
    except OSError as error:
        raise _refused(f"{args.out}: cannot be written ({error.strerror})", Exit.REFUSED) from error
    print(
        f"Wrote the private key to {args.out} (keep it secret) and the public key to {public}; "
        f"fingerprint {short_fingerprint(fingerprint(read_public_key(public)))}"
    )
    return Exit.OK


def run_trust(args: argparse.Namespace) -> int:
    """Trust a template key here; 0 trusted, 1 not a key."""
    try:
        found = trust_template_key(_data_dir(args), args.public_key)
    except SignatureError as error:
        raise _refused(str(error), Exit.REFUSED) from error
    print(f"Templates signed by key {short_fingerprint(found)} are now trusted here.")
    return Exit.OK


def run_require(args: argparse.Namespace) -> int:
    """Turn the signed-templates rule on or off; 0 always."""
    required = args.state == "on"
    set_requires_signed_templates(_data_dir(args), required)
    if required:
        print("Only templates signed by a trusted UNIDO key will be imported here.")
    else:
        print("Unsigned templates will be imported here with a warning.")
    return Exit.OK


def run_show(args: argparse.Namespace) -> int:
    """Print this installation's fingerprints, the trusted and revoked keys and the rule."""
    data_dir = _data_dir(args)
    current = installation_fingerprint(data_dir)  # makes the pair on first use
    retired = installation_fingerprints(data_dir)[1:]
    print(f"This installation's key: {short_fingerprint(current)} ({current})")
    for old in retired:
        print(f"  earlier key (kept to verify old returns): {short_fingerprint(old)}")
    trusted = sorted(trusted_template_fingerprints(data_dir))
    print(f"Trusted UNIDO template keys: {len(trusted)}")
    for found in trusted:
        print(f"  {short_fingerprint(found)} ({found})")
    for found in sorted(revoked_fingerprints(data_dir)):
        print(f"  revoked: {short_fingerprint(found)} ({found})")
    state = "on" if requires_signed_templates(data_dir) else "off"
    print(f"Signed templates required: {state}")
    return Exit.OK


def run_public(args: argparse.Namespace) -> int:
    """Write this installation's public key to a file; 0 written, 1 refused."""
    if args.out.exists():
        raise _refused(f"{args.out}: a file of that name exists; choose another", Exit.REFUSED)
    key = installation_key(_data_dir(args)).public_key()  # makes the pair on first use
    try:
        write_public_key(key, args.out)
    except OSError as error:
        raise _refused(f"{args.out}: cannot be written ({error.strerror})", Exit.REFUSED) from error
    found = short_fingerprint(fingerprint(key))
    print(f"Wrote this installation's public key {found} to {args.out}")
    return Exit.OK


def run_rotate(args: argparse.Namespace) -> int:
    """Make a new installation key pair; 0 done."""
    found = rotate_installation_key(_data_dir(args))
    print(
        f"This installation now signs with key {short_fingerprint(found)}; send its public key "
        "to UNIDO (micdesk keys public --out FILE.pub). The old public key is kept."
    )
    return Exit.OK
