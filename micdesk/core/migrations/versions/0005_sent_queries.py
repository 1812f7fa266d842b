"""UNIDO's queries sent in review workbooks, and their answers (sent_query)"""

import sqlalchemy as sa
from alembic import op

from micdesk.core.migrations import datetime, integer, keyed_table, owned_by, text, varchar

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    keyed_table(
        "sent_query",
        integer("submission_fk"),
        varchar("query_id", 64),
        integer("revision"),
        varchar("area", 50),
        varchar("indicator_code", 50),
        varchar("cell", 300),
        varchar("field", 50),
        text("value_seen"),
        text("question"),
        datetime("sent_at"),
        text("answer"),
        text("value_after", null=True),
        integer("answered_revision", null=True),
        datetime("answered_at", null=True),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("submission_fk", "query_id"),
    )


def downgrade() -> None:
    op.drop_table("sent_query")
