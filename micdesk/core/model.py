"""The domain of docs/design.md §2 as SQLAlchemy 2.x typed ORM models.

Values are keyed by indicator *code* (not by a template row id) so that they
follow their indicator across template versions; a template update only has to
rename codes (``replaces``) and mark values of removed indicators as archived.
Numbers are stored as canonical decimal text so that they round-trip exactly.
"""

# No ``from __future__ import annotations`` here: each class's annotations are objects
# when it is made, which SQLAlchemy's declarative mapping reads as they are instead of
# evaluating every one from its text (some 15 ms of start-up, issue 21). A class not
# made yet is named in quotes.

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Protocol, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ColumnElement,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    and_,
    select,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship
from sqlalchemy.sql.base import ReadOnlyColumnCollection

from micdesk.core.vocabulary import TOTAL_CELL, Periodicity, SubmissionStatus

if TYPE_CHECKING:
    from micdesk.core.submission_format import SubmissionFile

# Alembic batch migrations on SQLite need named constraints (docs/design.md §10).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MultilingualText = dict[str, str]


class ExportedFile(Protocol):
    """A submission workbook written by an export: what the store records of it."""

    @property
    def path(self) -> Path: ...
    @property
    def uuid(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def final(self) -> bool: ...


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


# What the tables' columns are, each declared once (SQLAlchemy's Annotated column types):
# a table names what a column holds and adds only its own default.
Key = Annotated[int, mapped_column(primary_key=True)]
TemplatePart = Annotated[int, mapped_column(ForeignKey("template.id", ondelete="CASCADE"))]
SubmissionPart = Annotated[int, mapped_column(ForeignKey("submission.id", ondelete="CASCADE"))]
CountryKey = Annotated[str, mapped_column(ForeignKey("country_profile.country"))]
Code = Annotated[str, mapped_column(String(50))]  # an indicator's or an area's code
CellKey = Annotated[str, mapped_column(String(300))]  # a disaggregation cell ("" = total)
Name = Annotated[str, mapped_column(String(100))]  # a template id, a list, an option value
Word = Annotated[str, mapped_column(String(20))]  # a period, a status, a kind, a field
Sha256 = Annotated[str, mapped_column(String(64))]
Uuid = Annotated[str, mapped_column(String(36))]
Count = Annotated[int, mapped_column(Integer)]  # a version, a revision, an order
Flag = Annotated[bool, mapped_column(Boolean, default=False)]
Prose = Annotated[str, mapped_column(Text)]
Note = Annotated[str, mapped_column(Text, default="")]  # free text, empty until written
Stamp = Annotated[datetime, mapped_column(default=utc_now)]  # when the row was written
OptionalTexts = Annotated[MultilingualText, mapped_column(default=dict)]


class Base(DeclarativeBase):
    """Declarative base with the project's constraint naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {MultilingualText: JSON, datetime: UtcDateTime}


class TemplateRow:
    """The columns every row of an installed template starts with: its key and template."""

    # A mixin's columns would otherwise come after the table's own (the schema's order).
    id: Mapped[Key] = mapped_column(sort_order=-1)
    template_fk: Mapped[TemplatePart] = mapped_column(sort_order=-1)


class SubmissionRow:
    """The columns every row of a submission starts with: its key and submission."""

    id: Mapped[Key] = mapped_column(sort_order=-1)
    submission_fk: Mapped[SubmissionPart] = mapped_column(sort_order=-1)


def columns(model: type[Base]) -> ReadOnlyColumnCollection[str, Column[Any]]:
    """A model's table columns, for a query that reads plain rows and builds no ORM object.

    A query on the ORM's attributes configures every mapper first (some 30 ms): start-up's
    reads and a value's commit go through these, and the window configures the ORM while
    idle (issue 21).
    """
    return model.__table__.c  # type: ignore[return-value]


_Owned = TypeVar("_Owned", bound=Base)


def submission_rows(
    session: Session, model: type[_Owned], submission_id: int, *order_by: ColumnElement[Any]
) -> list[_Owned]:
    """The rows of a table that belong to one submission (by ``submission_fk``), in this order."""
    owner: ColumnElement[int] = model.submission_fk  # type: ignore[attr-defined]
    return list(session.scalars(select(model).where(owner == submission_id).order_by(*order_by)))


class Template(Base):
    """One installed version of a work-plan template."""

    __tablename__ = "template"
    __table_args__ = (UniqueConstraint("template_id", "version"),)

    id: Mapped[Key]
    template_id: Mapped[Name]
    version: Mapped[Count]
    title: Mapped[MultilingualText]
    default_language: Mapped[str] = mapped_column(String(10))
    languages: Mapped[list[str]] = mapped_column(JSON)
    periodicity: Mapped[Word] = mapped_column(default=Periodicity.ANNUAL.value)
    portal: Mapped[str | None] = mapped_column(String(2000))  # settings' upload address
    installed_at: Mapped[Stamp]

    areas: Mapped[list["Area"]] = relationship(
        back_populates="template", order_by="Area.order", cascade="all, delete-orphan"
    )
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="template",
        order_by="Indicator.order",
        cascade="all, delete-orphan",
    )
    choices: Mapped[list["Choice"]] = relationship(
        order_by="Choice.order", cascade="all, delete-orphan"
    )
    disaggregation_cells: Mapped[list["DisaggregationValue"]] = relationship(
        order_by="DisaggregationValue.order", cascade="all, delete-orphan"
    )


class Area(TemplateRow, Base):
    """A row of the work plan (an action area) with the seed table's columns."""

    __tablename__ = "area"
    __table_args__ = (UniqueConstraint("template_fk", "code"),)

    code: Mapped[Code]
    order: Mapped[Count]
    title: Mapped[MultilingualText]
    description: Mapped[OptionalTexts]
    tools: Mapped[OptionalTexts]
    government_role: Mapped[OptionalTexts]
    outcomes: Mapped[OptionalTexts]
    outputs: Mapped[OptionalTexts]

    template: Mapped[Template] = relationship(back_populates="areas")
    indicators: Mapped[list["Indicator"]] = relationship(
        back_populates="area", order_by="Indicator.order"
    )


class Indicator(TemplateRow, Base):
    """A success indicator of an area, in one template version."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("template_fk", "code"),)

    area_fk: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="CASCADE"))
    code: Mapped[Code]
    order: Mapped[Count]
    label: Mapped[MultilingualText]
    hint: Mapped[OptionalTexts]
    kind: Mapped[Word]
    unit: Mapped[Code] = mapped_column(default="")
    required: Mapped[Flag]
    # Limits as canonical decimal text: exact, and portable to PostgreSQL.
    min_value: Mapped[str | None] = mapped_column(String(60))
    max_value: Mapped[str | None] = mapped_column(String(60))
    cumulative: Mapped[Flag]
    disaggregation: Mapped[Name | None]
    choice_list: Mapped[Name | None]
    replaces: Mapped[Code | None]

    template: Mapped[Template] = relationship(back_populates="indicators")
    area: Mapped["Area"] = relationship(back_populates="indicators")


class Choice(TemplateRow, Base):
    """One option of a named choice list."""

    __tablename__ = "choice"
    __table_args__ = (UniqueConstraint("template_fk", "list_name", "value"),)

    list_name: Mapped[Name]
    value: Mapped[Name]
    order: Mapped[Count]
    label: Mapped[MultilingualText]


class DisaggregationValue(TemplateRow, Base):
    """One value of one dimension of a named disaggregation (e.g. sex=female)."""

    __tablename__ = "disaggregation_value"
    __table_args__ = (UniqueConstraint("template_fk", "name", "dimension", "value"),)

    name: Mapped[Name]
    dimension: Mapped[Name]
    value: Mapped[Name]
    order: Mapped[Count]
    label: Mapped[MultilingualText]


class CountryProfile(Base):
    """A country reported on from this installation, and its focal point."""

    __tablename__ = "country_profile"

    country: Mapped[str] = mapped_column(String(3), primary_key=True)
    focal_point: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[Stamp]

    def take_contact(self, file: "SubmissionFile") -> None:
        """The focal point, institution and e-mail a submission file names."""
        self.focal_point = file.focal_point
        self.institution = file.institution
        self.email = file.email


class IndicatorTarget(Base):
    """A country's baseline and target for an indicator (canonical value text)."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("country", "template_id", "indicator_code"),)

    id: Mapped[Key]
    country: Mapped[CountryKey]
    template_id: Mapped[Name]
    indicator_code: Mapped[Code]
    baseline: Mapped[Prose | None]
    baseline_period: Mapped[Word | None]
    target: Mapped[Prose | None]
    target_period: Mapped[Word | None]


class Submission(Base):
    """A country's report for one period on one template."""

    __tablename__ = "submission"
    __table_args__ = (
        UniqueConstraint("country", "period", "template_id"),
        # The period list of a country and template (migration 0002).
        Index("ix_submission_country_template_id", "country", "template_id"),
    )

    id: Mapped[Key]
    country: Mapped[CountryKey]
    period: Mapped[Word]
    template_id: Mapped[Name]
    status: Mapped[Word] = mapped_column(default=SubmissionStatus.DRAFT.value)
    revision: Mapped[Count] = mapped_column(default=0)
    created_at: Mapped[Stamp]
    updated_at: Mapped[Stamp]

    values: Mapped[list["IndicatorValue"]] = relationship(
        back_populates="submission", cascade="all, delete-orphan"
    )
    narratives: Mapped[list["Narrative"]] = relationship(
        back_populates="submission", cascade="all, delete-orphan"
    )
    exports: Mapped[list["SubmissionExport"]] = relationship(
        back_populates="submission", order_by="SubmissionExport.revision"
    )

    @classmethod
    def identified_by(cls, country: str, period: str, template_id: str) -> ColumnElement[bool]:
        """The condition that picks the one submission of a country, period and template."""
        row = columns(cls)  # (a plain read's condition too: no ORM configured for it)
        return and_(row.country == country, row.period == period, row.template_id == template_id)

    def record_export(
        self, file: ExportedFile, *, template_version: int, sha256: str, exported_at: datetime
    ) -> "SubmissionExport":
        """The row recording ``file`` as this submission's newest export, which it now is."""
        self.revision = file.revision
        self.status = SubmissionStatus.EXPORTED.value
        return SubmissionExport(
            submission_fk=self.id,
            revision=file.revision,
            uuid=file.uuid,
            template_version=template_version,
            final=file.final,
            sha256=sha256,
            path=str(file.path.resolve()),
            exported_at=exported_at,
        )


class SubmissionExport(SubmissionRow, Base):
    """One export of a submission: each gets a new UUID and revision (docs/design.md §2)."""

    __tablename__ = "submission_export"
    __table_args__ = (UniqueConstraint("submission_fk", "revision"),)

    revision: Mapped[Count]
    uuid: Mapped[Uuid] = mapped_column(unique=True)
    template_version: Mapped[Count]
    final: Mapped[Flag]
    sha256: Mapped[Sha256]
    path: Mapped[Note]
    exported_at: Mapped[Stamp]

    submission: Mapped[Submission] = relationship(back_populates="exports")


class ContributionRequest(Base):
    """A contributor workbook handed out: which cells of which submission were asked of whom."""

    __tablename__ = "contribution_request"

    id: Mapped[Key]
    uuid: Mapped[Uuid] = mapped_column(unique=True)
    submission_fk: Mapped[SubmissionPart]
    contributor: Mapped[Prose]
    template_version: Mapped[Count]
    # The asked cells as "CODE|cell" lines, in the workbook's order.
    cells: Mapped[Prose]
    request_sha256: Mapped[Sha256]
    created_at: Mapped[Stamp]
    returned_at: Mapped[datetime | None] = mapped_column(default=None)


class HqQuery(SubmissionRow, Base):
    """A question UNIDO asked about a submission in a review workbook, and the country's answer."""

    __tablename__ = "hq_query"
    __table_args__ = (UniqueConstraint("submission_fk", "query_id"),)

    query_id: Mapped[Name]
    # The review workbook it came from (its hash) and the export it questions.
    review_sha256: Mapped[Sha256]
    answers_uuid: Mapped[Uuid]
    answers_revision: Mapped[Count]
    answers_sha256: Mapped[Sha256]
    # An indicator's cell ("" = total), or a whole area (indicator_code "") in Narratives.
    indicator_code: Mapped[Code] = mapped_column(default="")
    cell: Mapped[CellKey] = mapped_column(default=TOTAL_CELL)
    area_code: Mapped[Code] = mapped_column(default="")
    # The narrative field of an area query ("" for the whole area).
    field: Mapped[Word] = mapped_column(default="")
    question: Mapped[Prose]
    # Canonical text of what HQ saw and of the store when the review was loaded / answered.
    value_seen: Mapped[Note]
    value_before: Mapped[Note]
    value_after: Mapped[Prose | None] = mapped_column(default=None)
    answer: Mapped[Note]
    answered_at: Mapped[datetime | None] = mapped_column(default=None)
    answer_later: Mapped[Flag]
    loaded_at: Mapped[Stamp]


class SentQuery(SubmissionRow, Base):
    """A question UNIDO sent in a review workbook (HQ's store), and the answer that came back
    in a later return's ``Queries`` sheet (docs/formats/review.md)."""

    __tablename__ = "sent_query"
    __table_args__ = (UniqueConstraint("submission_fk", "query_id"),)

    query_id: Mapped[Sha256]
    revision: Mapped[Count]  # the revision asked about
    area: Mapped[Code] = mapped_column(default="")
    indicator_code: Mapped[Code] = mapped_column(default="")  # "" on a narrative
    cell: Mapped[CellKey] = mapped_column(default="")
    field: Mapped[str] = mapped_column(String(50), default="")  # narrative field, or ""
    value_seen: Mapped[Note]
    question: Mapped[Prose]
    sent_at: Mapped[Stamp]
    answer: Mapped[Note]
    value_after: Mapped[Prose | None] = mapped_column(default=None)
    answered_revision: Mapped[Count | None] = mapped_column(default=None)
    answered_at: Mapped[datetime | None] = mapped_column(default=None)


class IndicatorValue(SubmissionRow, Base):
    """One value cell: an indicator's total or one disaggregation cell of it."""

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("submission_fk", "indicator_code", "cell"),
        CheckConstraint("value IS NULL OR notation IS NULL", name="value_or_notation"),
    )

    indicator_code: Mapped[Code]
    # "" for the total, else e.g. "sex=female;age=youth" in the disaggregation's dimension order.
    cell: Mapped[CellKey] = mapped_column(default=TOTAL_CELL)
    value: Mapped[Prose | None]
    notation: Mapped[str | None] = mapped_column(String(2))
    comment: Mapped[Note]
    source: Mapped[Note]
    follow_up: Mapped[Flag]
    # Set by template updates: never deleted, only archived or flagged (docs/design.md §3).
    archived: Mapped[Flag]
    needs_review: Mapped[Note]
    updated_at: Mapped[Stamp]

    submission: Mapped[Submission] = relationship(back_populates="values")

    @property
    def is_filled(self) -> bool:
        """Done for completeness: it holds a value or a notation key."""
        return self.value is not None or self.notation is not None


class Narrative(SubmissionRow, Base):
    """Free text per area and period (progress, challenges, support needed)."""

    __tablename__ = "narrative"
    __table_args__ = (UniqueConstraint("submission_fk", "area_code", "field"),)

    area_code: Mapped[Code]
    field: Mapped[Word]
    text: Mapped[Note]
    updated_at: Mapped[Stamp]

    submission: Mapped[Submission] = relationship(back_populates="narratives")


class ChangeRecord(SubmissionRow, Base):
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
        # Narrative changes only (migration 0007): a value's record has no area and no
        # query of a narrative's history would find it; a large template update writes
        # tens of thousands of those. Migration 0007 makes it partial on PostgreSQL too;
        # saying so here (postgresql_where) would load SQLAlchemy's PostgreSQL dialect at
        # every start of the window, ~30 ms (issue 21).
        Index(
            "ix_change_record_submission_fk_area_code_attribute",
            "submission_fk",
            "area_code",
            "attribute",
            sqlite_where=text("area_code IS NOT NULL"),
        ),
    )

    indicator_code: Mapped[Code | None]
    cell: Mapped[CellKey | None]
    area_code: Mapped[Code | None]
    # "value", "notation", "comment", "source", "follow_up", "indicator_code", "narrative:<field>"
    attribute: Mapped[str] = mapped_column(String(40))
    old: Mapped[Prose | None]
    new: Mapped[Prose | None]
    reason: Mapped[Note]
    # "user", "undo", "load", "template"
    origin: Mapped[Word] = mapped_column(default="user")
    changed_at: Mapped[Stamp]
