"""One line per fault: micdesk's own store refusals keep their words, the machine's are translated."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy.exc import OperationalError

from micdesk.cli.consolidate_command import hq_database
from micdesk.cli.faults import fault_line
from micdesk.cli.subcommands import Refused
from micdesk.core.folder_lock import DataFolderBusy
from micdesk.core.store import StoreError


def test_a_store_refusal_is_said_in_its_own_words_without_a_class_name():
    message = "the data folder is in use by the micdesk window (process 42); close it first"
    assert fault_line(StoreError(message)) == message


def test_a_busy_data_folder_is_said_as_the_lock_says_it(tmp_path):
    busy = DataFolderBusy(tmp_path, None)
    assert fault_line(busy) == (
        f"the data folder {tmp_path} is in use by another micdesk process; wait, then try "
        "again (nothing was changed)"
    )


def test_a_full_disk_is_still_said_in_the_users_terms():
    error = OSError(errno.ENOSPC, "No space left on device", "/data/micdesk.sqlite3")
    assert fault_line(error) == "micdesk.sqlite3: the disk is full; free some space and try again"


def test_a_change_the_hq_database_refuses_is_one_line_with_exit_3_and_the_store_closed():
    with pytest.raises(Refused) as refused, hq_database(None, "micdesk review: ", "t-") as store:
        raise OperationalError("INSERT INTO sent_query", {}, OSError(errno.ENOSPC, "full"))
    assert store.is_closed
    assert refused.value.code == 3
    assert refused.value.line == (
        "micdesk review: the database refused a change: the disk is full; free some space "
        "and try again"
    )
