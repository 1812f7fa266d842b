"""UNIDO's review queries per submission and the country's answers (hq_query)"""

import sqlalchemy as sa
from alembic import op

from micdesk.core.migrations import boolean, datetime, integer, keyed_table, owned_by, text, varchar

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    keyed_table(
        "hq_query",
        integer("submission_fk"),
        varchar("query_id", 100),
        varchar("review_sha256", 64),
        varchar("answers_uuid", 36),
        integer("answers_revision"),
        varchar("answers_sha256", 64),
        varchar("indicator_code", 50),
        varchar("cell", 300),
        varchar("area_code", 50),
        varchar("field", 20),
        text("question"),
        text("value_seen"),
        text("value_before"),
        text("value_after", null=True),
        text("answer"),
        datetime("answered_at", null=True),
        boolean("answer_later"),
        datetime("loaded_at"),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("submission_fk", "query_id"),
    )


def downgrade() -> None:
    op.drop_table("hq_query")
