"""initial schema"""

import sqlalchemy as sa
from alembic import op

from micdesk.core.migrations import (
    boolean,
    datetime,
    integer,
    json,
    keyed_table,
    owned_by,
    text,
    varchar,
)

revision = "0001"
down_revision = None

# The tables in the order upgrade() creates them, each after the tables it refers to;
# downgrade() drops them in reverse.
TABLES = (
    "country_profile",
    "template",
    "area",
    "choice",
    "disaggregation_value",
    "indicator_target",
    "submission",
    "change_record",
    "indicator",
    "indicator_value",
    "narrative",
    "submission_export",
)


def upgrade() -> None:
    _create_template_tables()
    _create_submission_tables()


def _create_template_tables() -> None:
    op.create_table(
        "country_profile",
        varchar("country", 3),
        varchar("focal_point", 200),
        varchar("institution", 300),
        varchar("email", 300),
        datetime("created_at"),
        sa.PrimaryKeyConstraint("country"),
    )
    keyed_table(
        "template",
        varchar("template_id", 100),
        integer("version"),
        json("title"),
        varchar("default_language", 10),
        json("languages"),
        varchar("periodicity", 20),
        datetime("installed_at"),
        sa.UniqueConstraint("template_id", "version"),
    )
    keyed_table(
        "area",
        integer("template_fk"),
        varchar("code", 50),
        integer("order"),
        json("title"),
        json("description"),
        json("tools"),
        json("government_role"),
        json("outcomes"),
        json("outputs"),
        owned_by("template_fk", "template"),
        sa.UniqueConstraint("template_fk", "code"),
    )
    keyed_table(
        "choice",
        integer("template_fk"),
        varchar("list_name", 100),
        varchar("value", 100),
        integer("order"),
        json("label"),
        owned_by("template_fk", "template"),
        sa.UniqueConstraint("template_fk", "list_name", "value"),
    )
    keyed_table(
        "disaggregation_value",
        integer("template_fk"),
        varchar("name", 100),
        varchar("dimension", 100),
        varchar("value", 100),
        integer("order"),
        json("label"),
        owned_by("template_fk", "template"),
        sa.UniqueConstraint("template_fk", "name", "dimension", "value"),
    )
    keyed_table(
        "indicator_target",
        varchar("country", 3),
        varchar("template_id", 100),
        varchar("indicator_code", 50),
        text("baseline", null=True),
        varchar("baseline_period", 20, null=True),
        text("target", null=True),
        varchar("target_period", 20, null=True),
        sa.ForeignKeyConstraint(["country"], ["country_profile.country"]),
        sa.UniqueConstraint("country", "template_id", "indicator_code"),
    )


def _create_submission_tables() -> None:
    keyed_table(
        "submission",
        varchar("country", 3),
        varchar("period", 20),
        varchar("template_id", 100),
        varchar("status", 20),
        integer("revision"),
        datetime("created_at"),
        datetime("updated_at"),
        sa.ForeignKeyConstraint(["country"], ["country_profile.country"]),
        sa.UniqueConstraint("country", "period", "template_id"),
    )
    keyed_table(
        "change_record",
        integer("submission_fk"),
        varchar("indicator_code", 50, null=True),
        varchar("cell", 300, null=True),
        varchar("area_code", 50, null=True),
        varchar("attribute", 40),
        text("old", null=True),
        text("new", null=True),
        text("reason"),
        varchar("origin", 20),
        datetime("changed_at"),
        owned_by("submission_fk", "submission"),
    )
    keyed_table(
        "indicator",
        integer("template_fk"),
        integer("area_fk"),
        varchar("code", 50),
        integer("order"),
        json("label"),
        json("hint"),
        varchar("kind", 20),
        varchar("unit", 50),
        boolean("required"),
        varchar("min_value", 60, null=True),
        varchar("max_value", 60, null=True),
        boolean("cumulative"),
        varchar("disaggregation", 100, null=True),
        varchar("choice_list", 100, null=True),
        varchar("replaces", 50, null=True),
        owned_by("area_fk", "area"),
        owned_by("template_fk", "template"),
        sa.UniqueConstraint("template_fk", "code"),
    )
    keyed_table(
        "indicator_value",
        integer("submission_fk"),
        varchar("indicator_code", 50),
        varchar("cell", 300),
        text("value", null=True),
        varchar("notation", 2, null=True),
        text("comment"),
        text("source"),
        boolean("follow_up"),
        boolean("archived"),
        text("needs_review"),
        datetime("updated_at"),
        sa.CheckConstraint("value IS NULL OR notation IS NULL", name="value_or_notation"),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("submission_fk", "indicator_code", "cell"),
    )
    keyed_table(
        "narrative",
        integer("submission_fk"),
        varchar("area_code", 50),
        varchar("field", 20),
        text("text"),
        datetime("updated_at"),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("submission_fk", "area_code", "field"),
    )
    keyed_table(
        "submission_export",
        integer("submission_fk"),
        integer("revision"),
        varchar("uuid", 36),
        integer("template_version"),
        boolean("final"),
        varchar("sha256", 64),
        text("path"),
        datetime("exported_at"),
        owned_by("submission_fk", "submission"),
        sa.UniqueConstraint("submission_fk", "revision"),
        sa.UniqueConstraint("uuid"),
    )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
