"""A value change rehearsed and rolled back, so that the first real one is as quick as the next.

SQLAlchemy compiles a statement the first time it runs: the first value a user
committed paid for all of ``set_value``'s (about 20 ms beside the 3 ms of the next ones,
issue 21). The window rehearses a change while it is idle, before the user gets there:
``set_value``'s reads and writes run in one transaction that is rolled back, so nothing
is written and no history is kept. Before it, in an idle step of its own, SQLAlchemy
configures its mappers (~30 ms) for the writes that go through the ORM (a narrative, a
profile); start-up's reads and ``set_value`` use the tables' columns (``model.columns``).
"""

from __future__ import annotations

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import configure_mappers

from micdesk.core.records import OpenSubmission
from micdesk.core.store import Store
from micdesk.core.submissions import ReasonRequired, get_value, set_value
from micdesk.core.values import ValueRefused
from micdesk.core.vocabulary import TOTAL_CELL


class _RolledBack(Exception):
    """Ends the rehearsal's transaction without committing it."""


def configure_the_orm() -> None:
    """Configure SQLAlchemy's mappers now, which the first write needs (while idle)."""
    configure_mappers()


def rehearse_value_change(store: Store, submission: OpenSubmission) -> bool:
    """Change the first number of the submission as a user would, then roll it back.

    False when there was nothing to rehearse: a read-only or closed store, a template
    without a number, or a change the core refuses.
    """
    if store.read_only or store.is_closed:
        return False
    indicator = next((i for i in submission.template.indicators if i.kind.is_numeric), None)
    if indicator is None:
        return False
    stored = get_value(store, submission, indicator.code)
    value = 2 if stored is not None and stored.value == 1 else 1
    try:
        with store.transaction() as session:
            try:  # as a user's change: the reason given since the last export is looked up
                set_value(store, submission, indicator.code, TOTAL_CELL, value=value,
                          session=session)  # fmt: skip
            except ReasonRequired:  # (a value sent as final: then with a reason)
                set_value(store, submission, indicator.code, TOTAL_CELL, value=value,
                          reason="rehearsal", session=session)  # fmt: skip
            raise _RolledBack
    except _RolledBack:
        return True
    except (ValueRefused, SQLAlchemyError):  # (another program writing: the next idle time)
        return False
