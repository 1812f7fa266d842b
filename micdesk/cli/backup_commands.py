"""``micdesk backup list|create|restore NAME``: the store's backups from the command line."""

from __future__ import annotations

import argparse
import sys

from micdesk.cli.subcommands import Exit, action_group
from micdesk.core.backups import (
    BackupError,
    create_backup,
    find_backup,
    list_backups,
    restore_backup,
)
from micdesk.core.folder_lock import COMMAND_WAIT_SECONDS, DataFolderLock
from micdesk.core.startup import close_store, open_for_writing
from micdesk.core.store import StoreError, default_data_dir

EXIT_FAILED = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``backup`` sub-command and its actions."""
    actions = action_group(
        subparsers, "backup", "list, create or restore backups of the store", dest="backup_action"
    )
    listing = actions.add_parser("list", help="list the backups, newest first")
    listing.set_defaults(run=run_list)
    create = actions.add_parser("create", help="back up the store now")
    create.add_argument("--reason", default="manual", help="why (kept in the file name)")
    create.set_defaults(run=run_create)
    restore = actions.add_parser(
        "restore", help="replace the store with a backup (the current one is backed up first)"
    )
    restore.add_argument("name", help="the backup's file name, as `micdesk backup list` shows it")
    restore.set_defaults(run=run_restore)


def _data_dir(args: argparse.Namespace):
    return args.data_dir if args.data_dir is not None else default_data_dir()


def run_list(args: argparse.Namespace) -> int:
    """Print one line per backup: name, time, size, schema revision."""
    backups = list_backups(_data_dir(args))
    if not backups:
        print(f"no backups in {_data_dir(args) / 'backups'}")
        return Exit.OK
    for info in backups:
        when = info.created_at.strftime("%Y-%m-%d %H:%M:%S UTC")
        revision = info.schema_revision or "unreadable"
        print(f"{info.name}\t{when}\t{info.size:>10} bytes\tschema {revision}\t{info.reason}")
    return Exit.OK


def run_create(args: argparse.Namespace) -> int:
    """Back up the store and print the new file's path."""
    try:
        store = open_for_writing(_data_dir(args), "micdesk backup create")
    except StoreError as error:
        print(f"micdesk backup: {error}", file=sys.stderr)
        return EXIT_FAILED
    try:
        path = create_backup(store, args.reason)
    except BackupError as error:
        print(f"micdesk backup: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        close_store(store)
    print(path)
    return Exit.OK


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup over the store, unless another micdesk process writes there."""
    data_dir = _data_dir(args)
    # Held for the whole restore: nothing may open the store while its file is replaced.
    lock = DataFolderLock(data_dir, "micdesk backup restore")
    try:
        lock.acquire(COMMAND_WAIT_SECONDS)
        backup = find_backup(data_dir, args.name)
        safety = restore_backup(data_dir, backup)
    except (BackupError, StoreError) as error:
        print(f"micdesk backup: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        lock.release()
    print(f"restored {backup.name}")
    if safety is not None:
        print(f"the data as it was before is kept in {safety}")
    return Exit.OK
