"""indexes for value and narrative history and the period list"""

from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_index(
        "ix_change_record_submission_fk_indicator_code_cell",
        "change_record",
        ["submission_fk", "indicator_code", "cell"],
    )
    op.create_index(
        "ix_change_record_submission_fk_area_code_attribute",
        "change_record",
        ["submission_fk", "area_code", "attribute"],
    )
    op.create_index("ix_submission_country_template_id", "submission", ["country", "template_id"])


def downgrade() -> None:
    op.drop_index("ix_submission_country_template_id", table_name="submission")
    op.drop_index("ix_change_record_submission_fk_area_code_attribute", table_name="change_record")
    op.drop_index("ix_change_record_submission_fk_indicator_code_cell", table_name="change_record")
