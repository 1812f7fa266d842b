"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "country_profile",
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("focal_point", sa.String(length=200), nullable=False),
        sa.Column("institution", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("country", name=op.f("pk_country_profile")),
    )
    op.create_table(
        "template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("default_language", sa.String(length=10), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("periodicity", sa.String(length=20), nullable=False),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("template_id", "version", name=op.f("uq_template_template_id_version")),
    )
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_fk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("tools", sa.JSON(), nullable=False),
        sa.Column("government_role", sa.JSON(), nullable=False),
        sa.Column("outcomes", sa.JSON(), nullable=False),
        sa.Column("outputs", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_fk"],
            ["template.id"],
            name=op.f("fk_area_template_fk_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area")),
        sa.UniqueConstraint("template_fk", "code", name=op.f("uq_area_template_fk_code")),
    )
    op.create_table(
        "choice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_fk", sa.Integer(), nullable=False),
        sa.Column("list_name", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_fk"],
            ["template.id"],
            name=op.f("fk_choice_template_fk_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_choice")),
        sa.UniqueConstraint(
            "template_fk", "list_name", "value", name=op.f("uq_choice_template_fk_list_name_value")
        ),
    )
    op.create_table(
        "disaggregation_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_fk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("dimension", sa.String(length=100), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_fk"],
            ["template.id"],
            name=op.f("fk_disaggregation_value_template_fk_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disaggregation_value")),
        sa.UniqueConstraint(
            "template_fk",
            "name",
            "dimension",
            "value",
            name=op.f("uq_disaggregation_value_template_fk_name_dimension_value"),
        ),
    )
    op.create_table(
        "indicator_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=False),
        sa.Column("indicator_code", sa.String(length=50), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=True),
        sa.Column("baseline_period", sa.String(length=20), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("target_period", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["country"],
            ["country_profile.country"],
            name=op.f("fk_indicator_target_country_country_profile"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_target")),
        sa.UniqueConstraint(
            "country",
            "template_id",
            "indicator_code",
            name=op.f("uq_indicator_target_country_template_id_indicator_code"),
        ),
    )
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("template_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["country"],
            ["country_profile.country"],
            name=op.f("fk_submission_country_country_profile"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission")),
        sa.UniqueConstraint(
            "country",
            "period",
            "template_id",
            name=op.f("uq_submission_country_period_template_id"),
        ),
    )
    op.create_table(
        "change_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=50), nullable=True),
        sa.Column("cell", sa.String(length=300), nullable=True),
        sa.Column("area_code", sa.String(length=50), nullable=True),
        sa.Column("attribute", sa.String(length=40), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_fk"],
            ["submission.id"],
            name=op.f("fk_change_record_submission_fk_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_record")),
    )
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_fk", sa.Integer(), nullable=False),
        sa.Column("area_fk", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("hint", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit", sa.String(length=50), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("min_value", sa.String(length=60), nullable=True),
        sa.Column("max_value", sa.String(length=60), nullable=True),
        sa.Column("cumulative", sa.Boolean(), nullable=False),
        sa.Column("disaggregation", sa.String(length=100), nullable=True),
        sa.Column("choice_list", sa.String(length=100), nullable=True),
        sa.Column("replaces", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_fk"], ["area.id"], name=op.f("fk_indicator_area_fk_area"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["template_fk"],
            ["template.id"],
            name=op.f("fk_indicator_template_fk_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
        sa.UniqueConstraint("template_fk", "code", name=op.f("uq_indicator_template_fk_code")),
    )
    op.create_table(
        "indicator_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=50), nullable=False),
        sa.Column("cell", sa.String(length=300), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("notation", sa.String(length=2), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("needs_review", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "value IS NULL OR notation IS NULL", name=op.f("ck_indicator_value_value_or_notation")
        ),
        sa.ForeignKeyConstraint(
            ["submission_fk"],
            ["submission.id"],
            name=op.f("fk_indicator_value_submission_fk_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
        sa.UniqueConstraint(
            "submission_fk",
            "indicator_code",
            "cell",
            name=op.f("uq_indicator_value_submission_fk_indicator_code_cell"),
        ),
    )
    op.create_table(
        "narrative",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("area_code", sa.String(length=50), nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_fk"],
            ["submission.id"],
            name=op.f("fk_narrative_submission_fk_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_narrative")),
        sa.UniqueConstraint(
            "submission_fk",
            "area_code",
            "field",
            name=op.f("uq_narrative_submission_fk_area_code_field"),
        ),
    )
    op.create_table(
        "submission_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_fk", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("template_version", sa.Integer(), nullable=False),
        sa.Column("final", sa.Boolean(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_fk"],
            ["submission.id"],
            name=op.f("fk_submission_export_submission_fk_submission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_export")),
        sa.UniqueConstraint(
            "submission_fk", "revision", name=op.f("uq_submission_export_submission_fk_revision")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_submission_export_uuid")),
    )


def downgrade() -> None:
    op.drop_table("submission_export")
    op.drop_table("narrative")
    op.drop_table("indicator_value")
    op.drop_table("indicator")
    op.drop_table("change_record")
    op.drop_table("submission")
    op.drop_table("indicator_target")
    op.drop_table("disaggregation_value")
    op.drop_table("choice")
    op.drop_table("area")
    op.drop_table("template")
    op.drop_table("country_profile")
