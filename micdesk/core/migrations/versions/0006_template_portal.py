"""the upload portal named in a template's settings (template.portal)"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    op.add_column("template", sa.Column("portal", sa.String(length=2000), nullable=True))


def downgrade() -> None:
    # SQLite ≥ 3.35 drops a column in place: no copy of the table its rows refer to.
    op.drop_column("template", "portal")
