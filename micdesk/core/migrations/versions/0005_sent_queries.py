"""UNIDO's queries sent in review workbooks, and their answers (sent_query)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("query_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=50), nullable=False),
        sa.Column("indicator_code", sa.String(length=50), nullable=False),
        sa.Column("cell", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("value_seen", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("value_after", sa.Text(), nullable=True),
        sa.Column("answered_revision", sa.Integer(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["submission_fk"], ["submission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("submission_fk", "query_id"),
    )


def downgrade() -> None:
    op.drop_table("sent_query")
