"""the narrative history index holds only narrative changes (area_code set)"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

NAME = "ix_change_record_submission_fk_area_code_attribute"
COLUMNS = ["submission_fk", "area_code", "attribute"]


def upgrade() -> None:
    # A value's change record (area_code empty) was an entry in this index too: a template
    # update writing tens of thousands of them paid for an index no value query reads.
    op.drop_index(NAME, table_name="change_record")
    where = sa.text("area_code IS NOT NULL")
    op.create_index(NAME, "change_record", COLUMNS, sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    op.drop_index(NAME, table_name="change_record")
    op.create_index(NAME, "change_record", COLUMNS)
