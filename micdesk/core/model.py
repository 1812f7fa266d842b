"""The domain of docs/design.md §2 as SQLAlchemy 2.x typed ORM models.

Values are keyed by indicator *code* (not by a template row id) so that they
follow their indicator across template versions; a template update only has to
rename codes (``replaces``) and mark values of removed indicators as archived.
Numbers are stored as canonical decimal text so that they round-trip exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from micdesk.core.vocabulary import TOTAL_CELL, Periodicity, SubmissionStatus

# Alembic batch migrations on SQLite need named constraints (docs/design.md §10).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MultilingualText = dict[str, str]


def utc_now() -> datetime:
    """Return the current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A UTC timestamp that comes back timezone-aware (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {MultilingualText: JSON, datetime: UtcDateTime}


class Template(Base):
    """One installed version of a work-plan template."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[MultilingualText]
    default_language: Mapped[str] = mapped_column(String(10))
    languages: Mapped[list[str]] = mapped_column(JSON)
    periodicity: Mapped[str] = mapped_column(String(20), default=Periodicity.ANNUAL.value)
    portal: Mapped[str | None] = mapped_column(String(2000))  # settings' upload address
    installed_at: Mapped[datetime] = mapped_column(default=utc_now)

    areas: Mapped[list[Area]] = relationship(
        back_populates="template", order_by="Area.order", cascade="all, delete-orphan"
    )
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="template",
        order_by="Indicator.order",
        cascade="all, delete-orphan",
    )
    choices: Mapped[list[Choice]] = relationship(
        order_by="Choice.order", cascade="all, delete-orphan"
    )
    disaggregation_cells: Mapped[list[DisaggregationValue]] = relationship(
        order_by="DisaggregationValue.order", cascade="all, delete-orphan"
    )


class Area(Base):
    """A row of the work plan (an action area) with the seed table's columns."""

    __tablename__ = "area"
    __table_args__ = (UniqueConstraint("template_fk", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_fk: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(50))
    order: Mapped[int] = mapped_column(Integer)
    title: Mapped[MultilingualText]
    description: Mapped[MultilingualText] = mapped_column(default=dict)
    tools: Mapped[MultilingualText] = mapped_column(default=dict)
    government_role: Mapped[MultilingualText] = mapped_column(default=dict)
    outcomes: Mapped[MultilingualText] = mapped_column(default=dict)
    outputs: Mapped[MultilingualText] = mapped_column(default=dict)

    template: Mapped[Template] = relationship(back_populates="areas")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="area", order_by="Indicator.order"
    )


class Indicator(Base):
    """A success indicator of an area, in one template version."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("template_fk", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_fk: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"))
    area_fk: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(50))
    order: Mapped[int] = mapped_column(Integer)
    label: Mapped[MultilingualText]
    hint: Mapped[MultilingualText] = mapped_column(default=dict)
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(50), default="")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    # Limits as canonical decimal text: exact, and portable to PostgreSQL.
    min_value: Mapped[str | None] = mapped_column(String(60))
    max_value: Mapped[str | None] = mapped_column(String(60))
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False)
    disaggregation: Mapped[str | None] = mapped_column(String(100))
    choice_list: Mapped[str | None] = mapped_column(String(100))
    replaces: Mapped[str | None] = mapped_column(String(50))

    template: Mapped[Template] = relationship(back_populates="indicators")
    area: Mapped[Area] = relationship(back_populates="indicators")


class Choice(Base):
    """One option of a named choice list."""

    __tablename__ = "choice"
    __table_args__ = (UniqueConstraint("template_fk", "list_name", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_fk: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"))
    list_name: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100))
    order: Mapped[int] = mapped_column(Integer)
    label: Mapped[MultilingualText]


class DisaggregationValue(Base):
    """One value of one dimension of a named disaggregation (e.g. sex=female)."""

    __tablename__ = "disaggregation_value"
    __table_args__ = (UniqueConstraint("template_fk", "name", "dimension", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_fk: Mapped[int] = mapped_column(ForeignKey("template.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    dimension: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100))
    order: Mapped[int] = mapped_column(Integer)
    label: Mapped[MultilingualText]


class CountryProfile(Base):
    """A country reported on from this installation, and its focal point."""

    __tablename__ = "country_profile"

    country: Mapped[str] = mapped_column(String(3), primary_key=True)
    focal_point: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class IndicatorTarget(Base):
    """A country's baseline and target for an indicator (canonical value text)."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("country", "template_id", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("country_profile.country"))
    template_id: Mapped[str] = mapped_column(String(100))
    indicator_code: Mapped[str] = mapped_column(String(50))
    baseline: Mapped[str | None] = mapped_column(Text)
    baseline_period: Mapped[str | None] = mapped_column(String(20))
    target: Mapped[str | None] = mapped_column(Text)
    target_period: Mapped[str | None] = mapped_column(String(20))


class Submission(Base):
    """A country's report for one period on one template."""

    __tablename__ = "submission"
    __table_args__ = (
        UniqueConstraint("country", "period", "template_id"),
        # The period list of a country and template (migration 0002).
        Index("ix_submission_country_template_id", "country", "template_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(ForeignKey("country_profile.country"))
    period: Mapped[str] = mapped_column(String(20))
    template_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default=SubmissionStatus.DRAFT.value)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)

    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="submission", cascade="all, delete-orphan"
    )
    narratives: Mapped[list[Narrative]] = relationship(
        back_populates="submission", cascade="all, delete-orphan"
    )
    exports: Mapped[list[SubmissionExport]] = relationship(
        back_populates="submission", order_by="SubmissionExport.revision"
    )


class SubmissionExport(Base):
    """One export of a submission: each gets a new UUID and revision (docs/design.md §2)."""

    __tablename__ = "submission_export"
    __table_args__ = (UniqueConstraint("submission_fk", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    template_version: Mapped[int] = mapped_column(Integer)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    sha256: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text, default="")
    exported_at: Mapped[datetime] = mapped_column(default=utc_now)

    submission: Mapped[Submission] = relationship(back_populates="exports")


class ContributionRequest(Base):
    """A contributor workbook handed out: which cells of which submission were asked of whom."""

    __tablename__ = "contribution_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    contributor: Mapped[str] = mapped_column(Text)
    template_version: Mapped[int] = mapped_column(Integer)
    # The asked cells as "CODE|cell" lines, in the workbook's order.
    cells: Mapped[str] = mapped_column(Text)
    request_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    returned_at: Mapped[datetime | None] = mapped_column(default=None)


class HqQuery(Base):
    """A question UNIDO asked about a submission in a review workbook, and the country's answer."""

    __tablename__ = "hq_query"
    __table_args__ = (UniqueConstraint("submission_fk", "query_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    query_id: Mapped[str] = mapped_column(String(100))
    # The review workbook it came from (its hash) and the export it questions.
    review_sha256: Mapped[str] = mapped_column(String(64))
    answers_uuid: Mapped[str] = mapped_column(String(36))
    answers_revision: Mapped[int] = mapped_column(Integer)
    answers_sha256: Mapped[str] = mapped_column(String(64))
    # An indicator's cell ("" = total), or a whole area (indicator_code "") in Narratives.
    indicator_code: Mapped[str] = mapped_column(String(50), default="")
    cell: Mapped[str] = mapped_column(String(300), default=TOTAL_CELL)
    area_code: Mapped[str] = mapped_column(String(50), default="")
    # The narrative field of an area query ("" for the whole area).
    field: Mapped[str] = mapped_column(String(20), default="")
    question: Mapped[str] = mapped_column(Text)
    # Canonical text of what HQ saw and of the store when the review was loaded / answered.
    value_seen: Mapped[str] = mapped_column(Text, default="")
    value_before: Mapped[str] = mapped_column(Text, default="")
    value_after: Mapped[str | None] = mapped_column(Text, default=None)
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    answer_later: Mapped[bool] = mapped_column(Boolean, default=False)
    loaded_at: Mapped[datetime] = mapped_column(default=utc_now)


class SentQuery(Base):
    """A question UNIDO sent in a review workbook (HQ's store), and the answer that came back
    in a later return's ``Queries`` sheet (docs/formats/review.md)."""

    __tablename__ = "sent_query"
    __table_args__ = (UniqueConstraint("submission_fk", "query_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    query_id: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)  # the revision asked about
    area: Mapped[str] = mapped_column(String(50), default="")
    indicator_code: Mapped[str] = mapped_column(String(50), default="")  # "" on a narrative
    cell: Mapped[str] = mapped_column(String(300), default="")
    field: Mapped[str] = mapped_column(String(50), default="")  # narrative field, or ""
    value_seen: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(default=utc_now)
    answer: Mapped[str] = mapped_column(Text, default="")
    value_after: Mapped[str | None] = mapped_column(Text, default=None)
    answered_revision: Mapped[int | None] = mapped_column(Integer, default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)


class IndicatorValue(Base):
    """One value cell: an indicator's total or one disaggregation cell of it."""

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("submission_fk", "indicator_code", "cell"),
        CheckConstraint("value IS NULL OR notation IS NULL", name="value_or_notation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    indicator_code: Mapped[str] = mapped_column(String(50))
    # "" for the total, else e.g. "sex=female;age=youth" in the disaggregation's dimension order.
    cell: Mapped[str] = mapped_column(String(300), default=TOTAL_CELL)
    value: Mapped[str | None] = mapped_column(Text)
    notation: Mapped[str | None] = mapped_column(String(2))
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[bool] = mapped_column(Boolean, default=False)
    # Set by template updates: never deleted, only archived or flagged (docs/design.md §3).
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_review: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)

    submission: Mapped[Submission] = relationship(back_populates="values")

    @property
    def is_filled(self) -> bool:
        """Done for completeness: it holds a value or a notation key."""
        return self.value is not None or self.notation is not None


class Narrative(Base):
    """Free text per area and period (progress, challenges, support needed)."""

    __tablename__ = "narrative"
    __table_args__ = (UniqueConstraint("submission_fk", "area_code", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    area_code: Mapped[str] = mapped_column(String(50))
    field: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)

    submission: Mapped[Submission] = relationship(back_populates="narratives")


class ChangeRecord(Base):
    """One change to a value's attribute or a narrative: nothing is lost silently."""

    __tablename__ = "change_record"
    # History of one value cell or one narrative without a scan of every change (migration 0002).
    __table_args__ = (
        Index(
            "ix_change_record_submission_fk_indicator_code_cell",
            "submission_fk",
            "indicator_code",
            "cell",
        ),
        Index(
            "ix_change_record_submission_fk_area_code_attribute",
            "submission_fk",
            "area_code",
            "attribute",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_fk: Mapped[int] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))
    indicator_code: Mapped[str | None] = mapped_column(String(50))
    cell: Mapped[str | None] = mapped_column(String(300))
    area_code: Mapped[str | None] = mapped_column(String(50))
    # "value", "notation", "comment", "source", "follow_up", "indicator_code", "narrative:<field>"
    attribute: Mapped[str] = mapped_column(String(40))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    # "user", "undo", "load", "template"
    origin: Mapped[str] = mapped_column(String(20), default="user")
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
