"""contributor workbooks handed out (contribution_request)"""

import sqlalchemy as sa
from alembic import op

from micdesk.core.migrations import datetime, integer, keyed_table, owned_by, text, varchar

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    keyed_table(
        "contribution_request",
        varchar("uuid", 36),
        integer("submission_fk"),
        text("contributor"),
        integer("template_version"),
        text("cells"),
        varchar("request_sha256", 64),
        datetime("created_at"),
        datetime("returned_at", null=True),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("uuid"),
    )


def downgrade() -> None:
    op.drop_table("contribution_request")
