"""Writing a crosswalk plan: tens of thousands of values and change records in one transaction.

``apply_crosswalk`` writes what ``crosswalk_plan.plan_crosswalk`` planned (and the preview
showed), inside the template import's transaction: each carried value in place or as a
new row, each source whose cell is gone archived (kept, never deleted), and for every
change a change record whose reason holds the value's lineage.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from micdesk.core.crosswalk_plan import CROSSWALK_ORIGIN, CrosswalkPlan
from micdesk.core.model import IndicatorValue, utc_now

# One change record: what changed in a value cell, why and when (the reason holds the lineage).
CHANGE_RECORD_INSERT = (
    "INSERT INTO change_record (submission_fk, indicator_code, cell, attribute, old, new, "
    "reason, origin, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def apply_crosswalk(session: Session, plan: CrosswalkPlan, reason: str) -> set[int]:
    """Write a plan in the caller's transaction, each change with its lineage; the submissions touched."""
    now = stored_now(session)
    records: list[tuple] = []
    add = records.append
    updates, inserts, archive = [], [], []
    touched: set[int] = set()
    origin = CROSSWALK_ORIGIN
    for item in plan.carried:
        (submission, code, cell, value, notation, review, *_, before, lineage) = item
        # One record per attribute that changes (the loop over values is the hot path: each
        # attribute is compared in place rather than through a table of them).
        if before is None:
            why = f"{reason}: {lineage}"
            inserts.append((submission, code, cell, value, notation, review, now, False, False))
            if value is not None:
                add((submission, code, cell, "value", None, value, why, origin, now))
            if notation is not None:
                add((submission, code, cell, "notation", None, notation, why, origin, now))
            if review:
                add((submission, code, cell, "needs_review", "", review, why, origin, now))
        else:
            old_value, old_notation, old_review, old_archived = (
                before.value,
                before.notation,
                before.needs_review,
                before.archived,
            )
            if (old_value, old_notation, old_review, old_archived) == (
                value,
                notation,
                review,
                False,
            ):
                continue  # the plan leaves this cell as it is
            why = f"{reason}: {lineage}"
            updates.append((value, notation, review, False, now, before.id))
            if old_value != value:
                add((submission, code, cell, "value", old_value, value, why, origin, now))
            if old_notation != notation:
                add((submission, code, cell, "notation", old_notation, notation, why, origin, now))
            if old_review != review:
                add((submission, code, cell, "needs_review", old_review, review, why, origin, now))
            if old_archived:
                add((submission, code, cell, "archived", "yes", "no", why, origin, now))
        touched.add(submission)
    for source, lineage in plan.archived:
        why = f"{reason}: carried by the crosswalk: {lineage}"
        submission, code, cell = source.submission_id, source.code, source.cell
        archive.append((True, now, source.id))
        touched.add(submission)
        if not source.archived:
            add((submission, code, cell, "archived", "no", "yes", why, origin, now))
        if source.needs_review:
            add((submission, code, cell, "needs_review", source.needs_review, "", why, origin, now))
    write_rows(
        session,
        "UPDATE indicator_value SET value = ?, notation = ?, needs_review = ?, archived = ?, "
        "updated_at = ? WHERE id = ?",
        updates,
    )
    write_rows(
        session,
        "INSERT INTO indicator_value (submission_fk, indicator_code, cell, value, notation, "
        "needs_review, updated_at, comment, source, follow_up, archived) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '', '', ?, ?)",
        inserts,
    )
    write_rows(
        session,
        "UPDATE indicator_value SET archived = ?, needs_review = '', updated_at = ? WHERE id = ?",
        archive,
    )
    write_rows(session, CHANGE_RECORD_INSERT, records)
    return touched


def stored_now(session: Session) -> object:
    """The current time as SQLAlchemy stores it (SQLite: its own text form), for many rows at once."""
    dialect = session.connection().dialect
    stamp = IndicatorValue.__table__.c.updated_at.type.dialect_impl(dialect)
    process = stamp.bind_processor(dialect)
    return process(utc_now()) if process else utc_now()


def write_rows(session: Session, statement: str, rows: list[tuple]) -> None:
    """Run one SQL statement (``?`` placeholders) for every row, in the session's transaction.

    Tens of thousands of rows go straight to the driver's executemany, the statement
    compiled once: SQLAlchemy's per-row parameter handling was half a large import's time.
    """
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.paramstyle != "qmark":  # the stores are SQLite; PostgreSQL says %s
        statement = statement.replace("?", "%s")
    connection.exec_driver_sql(statement, rows)
