"""The store's Alembic migrations, and the column and table spellings their revisions share.

A released revision must go on creating exactly the same tables: never change what a helper
here builds (a new spelling gets a new helper). Constraints are left unnamed: the model's
naming convention, handed to Alembic as target_metadata in env.py, names them (pk_, fk_, uq_).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def varchar(name: str, length: int, *, null: bool = False) -> sa.Column:
    """A VARCHAR(length) column, NOT NULL unless `null`."""
    return sa.Column(name, sa.String(length=length), nullable=null)


def integer(name: str, *, null: bool = False) -> sa.Column:
    """An INTEGER column, NOT NULL unless `null`."""
    return sa.Column(name, sa.Integer(), nullable=null)


def text(name: str, *, null: bool = False) -> sa.Column:
    """A TEXT column, NOT NULL unless `null`."""
    return sa.Column(name, sa.Text(), nullable=null)


def boolean(name: str) -> sa.Column:
    """A NOT NULL BOOLEAN column."""
    return sa.Column(name, sa.Boolean(), nullable=False)


def json(name: str) -> sa.Column:
    """A NOT NULL JSON column (multilingual texts and lists)."""
    return sa.Column(name, sa.JSON(), nullable=False)


def datetime(name: str, *, null: bool = False) -> sa.Column:
    """A time-zone aware DATETIME column, NOT NULL unless `null`."""
    return sa.Column(name, sa.DateTime(timezone=True), nullable=null)


def owned_by(column: str, parent: str) -> sa.ForeignKeyConstraint:
    """`column` holds the id of a `parent` row; deleting the parent deletes this row with it."""
    return sa.ForeignKeyConstraint([column], [f"{parent}.id"], ondelete="CASCADE")


def keyed_table(table: str, *items: sa.Column | sa.Constraint) -> None:
    """Create `table` keyed by an integer `id`, then its columns and constraints in `items`."""
    op.create_table(table, integer("id"), *items, sa.PrimaryKeyConstraint("id"))
