"""Where a submission stands in the reporting round (docs/design.md §4, §12).

Draft or final, which revision, when it was last exported and where to, how many
values changed since, and what is still open: one function the window's status
bar and ``micdesk status`` both call.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from micdesk.core.model import ChangeRecord, Submission, SubmissionExport, columns
from micdesk.core.periods import previous_period
from micdesk.core.records import Completeness, OpenSubmission, completeness, overall_completeness
from micdesk.core.store import Store
from micdesk.core.submissions import burst_reason, export_times, list_values, values_of_period
from micdesk.core.validation import Finding, Rule, Severity, validate_values


class Stage(enum.StrEnum):
    """How far a submission has gone: never exported, last exported as a draft, or as final."""

    NOT_EXPORTED = "not_exported"
    DRAFT = "draft"
    FINAL = "final"


@dataclass(frozen=True)
class LastExport:
    """The most recent export of a submission."""

    revision: int
    final: bool
    exported_at: datetime
    path: str


@dataclass(frozen=True)
class ExportStanding:
    """The export side of a submission's status: last export, changes and reason since."""

    last_export: LastExport | None
    changed_since_export: int  # value cells and narrative fields changed since the last export
    reason: str  # the one reason given for the changes since the last export ("" if none)

    @property
    def stage(self) -> Stage:
        """Never exported, draft or final (by the last export)."""
        if self.last_export is None:
            return Stage.NOT_EXPORTED
        return Stage.FINAL if self.last_export.final else Stage.DRAFT


@dataclass(frozen=True)
class ProblemCounts:
    """Open problems by what the user has to do about them."""

    errors: int
    open_warnings: int  # warnings without a comment (a required value still empty is "to do")
    explained_warnings: int
    to_do: int  # required values still empty: not yet a problem, but a final export needs them


def count_problems(findings: list[Finding]) -> ProblemCounts:
    """Errors, warnings to explain, explained warnings and required values still to do."""
    errors = sum(f.severity == Severity.ERROR for f in findings)
    to_do = sum(f.rule == Rule.REQUIRED_MISSING and not f.explained for f in findings)
    explained = sum(f.severity == Severity.WARNING and f.explained for f in findings)
    return ProblemCounts(errors, len(findings) - errors - explained - to_do, explained, to_do)


@dataclass(frozen=True)
class ReportingStatus:
    """A submission's place in the reporting round, as the user needs to see it."""

    country: str
    period: str
    standing: ExportStanding
    problems: ProblemCounts
    completeness: Completeness

    @property
    def stage(self) -> Stage:
        """Never exported, draft or final (by the last export)."""
        return self.standing.stage

    @property
    def last_export(self) -> LastExport | None:
        """The most recent export, if any."""
        return self.standing.last_export

    def as_dict(self) -> dict[str, object]:
        """Plain data for ``micdesk status --json``."""
        last = self.standing.last_export
        return {
            "country": self.country,
            "period": self.period,
            "stage": self.stage.value,
            "revision": last.revision if last else 0,
            "last_export": last.exported_at.isoformat() if last else None,
            "last_export_file": last.path if last else None,
            "changed_since_export": self.standing.changed_since_export,
            "reason": self.standing.reason,
            "errors": self.problems.errors,
            "open_warnings": self.problems.open_warnings,
            "explained_warnings": self.problems.explained_warnings,
            "to_do": self.problems.to_do,
            "cells_filled": self.completeness.done,
            "cells_total": self.completeness.total,
        }


def export_file_name(country: str, period: str, *, final: bool, revision: int) -> str:
    """The default name of an export: country, period, draft or final, revision.

    ``KEN-2025-final-r3.xlsx``: a draft and a final, or two revisions, never share a name.
    """
    kind = "final" if final else "draft"
    return f"{country}-{period}-{kind}-r{revision}.xlsx"


def next_revision(store: Store, submission: OpenSubmission) -> int:
    """The revision the next export of the submission will get."""
    with store.read() as session:
        row = session.get(Submission, submission.submission_id)
        last = session.scalar(
            select(func.max(SubmissionExport.revision)).where(
                SubmissionExport.submission_fk == submission.submission_id
            )
        )
        return max(row.revision if row else 0, last or 0) + 1


def export_standing(store: Store, submission: OpenSubmission) -> ExportStanding:
    """The last export, the values changed since and the reason given for them.

    Cheap enough to ask after every edit: it reads only the last export and the
    changes recorded since.
    """
    with store.read() as session:
        export = columns(SubmissionExport)
        row = session.execute(
            select(SubmissionExport.__table__)
            .where(export.submission_fk == submission.submission_id)
            .order_by(export.exported_at.desc(), export.revision.desc())
            .limit(1)
        ).first()
        if row is None:
            return ExportStanding(None, 0, "")
        last = LastExport(row.revision, row.final, row.exported_at, row.path or "")
        changed = _changed_since(session, submission, last.exported_at)
        return ExportStanding(last, changed, burst_reason(session, submission.submission_id))


def reporting_status(store: Store, submission: OpenSubmission) -> ReportingStatus:
    """The submission's stage, revision, last export, changes since and open problems."""
    template = submission.template
    values = list_values(store, submission)
    previous = values_of_period(store, submission, previous_period(submission.period))
    findings = validate_values(template, values, previous)
    return ReportingStatus(
        country=submission.country,
        period=submission.period,
        standing=export_standing(store, submission),
        problems=count_problems(findings),
        completeness=overall_completeness(completeness(template, values)),
    )


def _changed_since(session: Session, submission: OpenSubmission, since: datetime) -> int:
    """Value cells and narrative fields that differ now from what the export held.

    A change undone (or typed back) since the export does not count: the first old
    text after the export is compared with the last new one, per attribute.
    """
    change = columns(ChangeRecord)
    rows = session.execute(
        select(change.indicator_code, change.cell, change.area_code, change.attribute,
               change.old, change.new)
        .where(change.submission_fk == submission.submission_id, change.changed_at > since)
        .order_by(change.id)
    ).all()  # fmt: skip
    first_old: dict[tuple, str | None] = {}
    last_new: dict[tuple, str | None] = {}
    for code, cell, area, attribute, old, new in rows:
        key = (code, cell, area, attribute)
        first_old.setdefault(key, old)
        last_new[key] = new
    changed = {key[:3] for key in first_old if (first_old[key] or "") != (last_new[key] or "")}
    return len(changed)


def set_burst_reason(store: Store, submission: OpenSubmission, reason: str) -> int:
    """Reword the one reason given for the changes since the last export; return how many.

    Every change recorded with the old reason since the last export takes the new one,
    so the history says one thing for the whole burst.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError("a reason cannot be empty")
    with store.transaction() as session:
        old = burst_reason(session, submission.submission_id)
        if not old:
            return 0
        since, _ = export_times(session, submission.submission_id)
        result = session.execute(
            update(ChangeRecord)
            .where(
                ChangeRecord.submission_fk == submission.submission_id,
                ChangeRecord.changed_at > since,
                ChangeRecord.reason == old,
            )
            .values(reason=reason)
        )
        return int(result.rowcount or 0)
