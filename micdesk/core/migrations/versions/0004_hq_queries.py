"""UNIDO's review queries per submission and the country's answers (hq_query)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("query_id", sa.String(length=100), nullable=False),
        sa.Column("review_sha256", sa.String(length=64), nullable=False),
        sa.Column("answers_uuid", sa.String(length=36), nullable=False),
        sa.Column("answers_revision", sa.Integer(), nullable=False),
        sa.Column("answers_sha256", sa.String(length=64), nullable=False),
        sa.Column("indicator_code", sa.String(length=50), nullable=False),
        sa.Column("cell", sa.String(length=300), nullable=False),
        sa.Column("area_code", sa.String(length=50), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("value_seen", sa.Text(), nullable=False),
        sa.Column("value_before", sa.Text(), nullable=False),
        sa.Column("value_after", sa.Text(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer_later", sa.Boolean(), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["submission_fk"], ["submission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("submission_fk", "query_id"),
    )


def downgrade() -> None:
    op.drop_table("hq_query")
