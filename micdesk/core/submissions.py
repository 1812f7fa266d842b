"""Working on a submission: the core API the window and the command line share.

Every write is its own committed transaction (docs/design.md §6) and leaves a
``ChangeRecord`` for each attribute it changed (docs/design.md §2).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from types import SimpleNamespace
from typing import Any, Final

from sqlalchemy import Row, case, func, insert, select, update
from sqlalchemy.orm import Session

from micdesk.core.keyed import KeyedError
from micdesk.core.kinds import Kind, kind_of
from micdesk.core.model import (
    ChangeRecord,
    CountryProfile,
    IndicatorValue,
    Narrative,
    Submission,
    SubmissionExport,
    columns,
    utc_now,
)
from micdesk.core.periods import parse_period, period_sort_key, previous_period
from micdesk.core.records import ChangeEntry, OpenSubmission, ValueState
from micdesk.core.review import decode_review, review_text
from micdesk.core.store import READ_ONLY_MESSAGE, Committed, Store
from micdesk.core.template_store import load_template
from micdesk.core.validation import Finding, validate_values
from micdesk.core.values import (
    ValueRefused,
    cell_refusal,
    coerce_value,
    encode_value,
    history_text,
)
from micdesk.core.vocabulary import (
    COUNTRY_PATTERN,
    NARRATIVE_MAX_LENGTH,
    TOTAL_CELL,
    NarrativeField,
    Notation,
    SubmissionStatus,
)
from micdesk.core.workplan import WorkPlanTemplate


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final = _Unchanged()
"""Leave this attribute of a value as it is."""


class ReasonRequired(KeyedError):
    """A value that was already exported changes: the user must say why (docs/design.md §2).

    Its ``key`` is ``exported``, with ``code`` and ``revision`` as ``params``.
    """


def normalise_country(country: str) -> str:
    """Upper-case an ISO 3166-1 alpha-3 code, refusing anything else."""
    code = country.strip().upper()
    if not COUNTRY_PATTERN.match(code):
        raise KeyedError(
            f"'{country}' is not an ISO 3166-1 alpha-3 country code such as KEN",
            "country_code",
            {"text": country},
        )
    return code


def save_profile(
    store: Store, country: str, *, focal_point: str = "", institution: str = "", email: str = ""
) -> CountryProfile:
    """Create or update a country profile."""
    country = normalise_country(country)
    with store.transaction() as session:
        profile = session.get(CountryProfile, country) or CountryProfile(country=country)
        profile.focal_point, profile.institution, profile.email = focal_point, institution, email
        session.add(profile)
    return profile


def profile_countries(store: Store) -> list[str]:
    """The country of every profile of this installation, in order."""
    country = columns(CountryProfile).country
    with store.read() as session:
        return list(session.scalars(select(country).order_by(country)))


def get_profile(store: Store, country: str) -> CountryProfile | None:
    """The profile of a country, if any."""
    with store.read() as session:
        return session.get(CountryProfile, normalise_country(country))


def open_submission(
    store: Store, country: str, period: str, template_id: str | None = None
) -> OpenSubmission:
    """Find or create the submission of a country and period on the newest template version."""
    country = normalise_country(country)
    with store.read() as session:
        if template_id is None:
            from micdesk.core.template_store import installed_template_ids

            ids = installed_template_ids(session)
            if not ids:
                raise LookupError("no template is installed")
            template_id = ids[0]
        template = load_template(session, template_id)
        period = parse_period(period, template.periodicity)
        existing = session.scalar(
            select(columns(Submission).id).where(
                Submission.identified_by(country, period, template_id)
            )
        )
    if existing is not None:
        # Opening what exists writes nothing, so a read-only store can still be read.
        return OpenSubmission(existing, country, period, template)
    with store.transaction() as session:
        if session.get(CountryProfile, country) is None:
            session.add(CountryProfile(country=country))
            session.flush()
        submission = session.scalar(
            select(Submission).where(Submission.identified_by(country, period, template_id))
        )
        if submission is None:
            submission = Submission(country=country, period=period, template_id=template_id)
            session.add(submission)
            session.flush()
        return OpenSubmission(submission.id, country, period, template)


def list_periods(store: Store, country: str, template_id: str) -> list[str]:
    """The periods a country has submissions for, oldest first."""
    with store.read() as session:
        row = columns(Submission)
        periods = session.scalars(
            select(row.period).where(
                row.country == normalise_country(country), row.template_id == template_id
            )
        )
        return sorted(periods, key=period_sort_key)


def _state(
    row: Any, template: WorkPlanTemplate, kinds: dict[str, Kind] | None = None
) -> ValueState:
    """A value cell from a stored row (ORM or ``_VALUE_COLUMNS``); ``kinds``: code → kind."""
    code = row.indicator_code
    if kinds is None:
        kinds = {code: template.indicator(code).kind} if template.has_indicator(code) else {}
    value = row.value
    kind = kinds.get(code)
    if value is not None and kind is not None:  # else archived: its indicator is gone
        try:
            value = kind_of(kind).decode(value)
        except (ValueError, ArithmeticError):
            value = row.value  # a value kept from an older rule; flagged by needs_review
    return ValueState(
        indicator_code=code,
        cell=row.cell,
        value=value,
        notation=Notation(row.notation) if row.notation else None,
        comment=row.comment,
        source=row.source,
        follow_up=row.follow_up,
        archived=row.archived,
        needs_review=review_text(row.needs_review),  # ("" and None when not flagged)
        updated_at=row.updated_at,
        review=decode_review(row.needs_review),
    )


# Read as plain rows, not an ORM object per cell (a 2,000-indicator return, issue 21).
_VALUE_COLUMNS = tuple(
    columns(IndicatorValue)[name]
    for name in ("indicator_code", "cell", "value", "notation", "comment", "source",
                 "follow_up", "archived", "needs_review", "updated_at")
)  # fmt: skip


@contextmanager
def _joined_or_own(
    store: Store, session: Session | None, committed: Committed | None = None
) -> Iterator[Session]:
    if session is not None:
        yield session
    else:
        with store.transaction(committed) as own:
            yield own


def _stored_cell(session: Session, submission_id: int, code: str, cell: str) -> Row | None:
    """A value cell as stored (``_VALUE_COLUMNS`` and its id), None when never written."""
    stored = columns(IndicatorValue)
    return session.execute(
        select(stored.id, *_VALUE_COLUMNS).where(
            stored.submission_fk == submission_id,
            stored.indicator_code == code,
            stored.cell == cell,
        )
    ).first()


# What a cell never written holds (the table's defaults), before its first change.
_BLANK_CELL: Final = {"value": None, "notation": None, "comment": "", "source": "",
                      "follow_up": False, "archived": False, "needs_review": ""}  # fmt: skip


def set_value(
    store: Store,
    submission: OpenSubmission,
    indicator_code: str,
    cell: str = TOTAL_CELL,
    *,
    value: Any = UNCHANGED,
    notation: Notation | None | _Unchanged = UNCHANGED,
    comment: str | _Unchanged = UNCHANGED,
    source: str | _Unchanged = UNCHANGED,
    follow_up: bool | _Unchanged = UNCHANGED,
    reason: str = "",
    origin: str = "user",
    session: Session | None = None,
    committed: Committed | None = None,
) -> ValueState:
    """Change a value cell in one committed transaction; refuse bad input, writing nothing.

    Setting a value clears the notation and vice versa: a cell holds one or the other.
    With ``session`` the change joins the caller's transaction (a load applies many at once).
    With ``committed`` it returns before the commit, which the store's committer thread
    then runs and reports to ``committed`` (Store.transaction): the window's way.
    """
    _require_writable(store)
    template = submission.template
    refusal = cell_refusal(template, indicator_code, cell)
    if refusal is not None:
        raise refusal
    indicator = template.indicator(indicator_code)
    encoded: str | None | _Unchanged = UNCHANGED
    if value == () or (isinstance(value, str) and not value.strip()):
        value = None  # an empty answer is a blank cell, never a filled one
    if value is not UNCHANGED:
        encoded = (
            None
            if value is None
            else encode_value(indicator.kind, coerce_value(template, indicator, value))
        )
    if notation is not UNCHANGED and notation is not None:
        notation = Notation(notation)
        if value is not UNCHANGED and value is not None:
            raise ValueRefused(
                f"{indicator_code}: a cell holds a value or a notation key, not both",
                "value_or_notation",
                {"code": indicator_code},
            )
        encoded = None
    elif encoded is not UNCHANGED and encoded is not None:
        notation = None
    # Plain statements, not the ORM's unit of work: the same reads and writes in half the
    # time, which a commit's frame (16 ms) needs (issue 21).
    with _joined_or_own(store, session, committed) as session:
        stored = _stored_cell(session, submission.submission_id, indicator_code, cell)
        cell_now = (
            stored._asdict()
            if stored is not None
            else {"indicator_code": indicator_code, "cell": cell, **_BLANK_CELL}
        )
        changes: dict[str, tuple[Any, Any]] = {}
        for attribute, new in (
            ("value", encoded),
            ("notation", notation.value if isinstance(notation, Notation) else notation),
            ("comment", comment),
            ("source", source),
            ("follow_up", follow_up),
        ):
            if new is not UNCHANGED and cell_now[attribute] != new:
                changes[attribute] = (cell_now[attribute], new)
        if not changes:
            return _state(stored, template) if stored else ValueState(indicator_code, cell)
        changes_figure = "value" in changes or "notation" in changes
        if changes_figure and origin == "user" and not reason.strip():
            reason = _reason_for_change(session, submission.submission_id, stored)
        now = utc_now()
        written = {attribute: new for attribute, (_, new) in changes.items()}
        written["updated_at"] = now
        if changes_figure:
            written["needs_review"] = ""  # the user has looked at it and changed it
        cell_now.update(written)
        if stored is None:
            session.execute(
                insert(IndicatorValue.__table__).values(
                    submission_fk=submission.submission_id, **cell_now
                )
            )
        else:
            session.execute(
                update(IndicatorValue.__table__)
                .where(columns(IndicatorValue).id == stored.id)
                .values(written)
            )
        session.execute(
            insert(ChangeRecord.__table__),
            [
                {"submission_fk": submission.submission_id, "indicator_code": indicator_code,
                 "cell": cell, "attribute": attribute, "old": history_text(old),
                 "new": history_text(new), "reason": reason.strip(), "origin": origin,
                 "changed_at": now}
                for attribute, (old, new) in changes.items()
            ],
        )  # fmt: skip
        _touch_submission(session, submission.submission_id, now)
        return _state(SimpleNamespace(**cell_now), template)


def _require_writable(store: Store) -> None:
    if store.read_only:
        raise ValueRefused(READ_ONLY_MESSAGE, "read_only")


def export_times(session: Session, submission_id: int) -> tuple[datetime | None, datetime | None]:
    """When the submission was last exported, and last exported as final (None: never)."""
    export = columns(SubmissionExport)
    last, last_final = session.execute(
        select(
            func.max(export.exported_at), func.max(case((export.final, export.exported_at)))
        ).where(export.submission_fk == submission_id)
    ).one()
    return last, last_final


def _reason_for_change(session: Session, submission_id: int, stored: Row | None) -> str:
    """The reason a user's change of a figure is recorded with; ReasonRequired when it needs one.

    That is when the cell held a figure at the last *final* export and has not changed
    since, and no reason was given since the last export. A draft is a local copy (to back
    up, to show a colleague): changing what it holds needs no reason (docs/design.md §12).
    """
    last, last_final = export_times(session, submission_id)
    reason = _reason_since(session, submission_id, last)
    filled = stored is not None and (stored.value is not None or stored.notation is not None)
    if reason or not filled or last_final is None or stored.updated_at > last_final:
        return reason
    parent = columns(Submission)
    revision = session.scalar(select(parent.revision).where(parent.id == submission_id))
    raise ReasonRequired(
        f"{stored.indicator_code} was part of final revision {revision} sent to UNIDO: "
        "say why it changes",
        "exported",
        {"code": stored.indicator_code, "revision": revision},
    )


def burst_reason(session: Session, submission_id: int) -> str:
    """The reason given for the changes made since the last export ("" when none yet).

    One reason covers a burst of edits: asked at the first change of a value UNIDO
    received as final, it is then recorded with every change until the next export.
    """
    return _reason_since(session, submission_id, export_times(session, submission_id)[0])


def _reason_since(session: Session, submission_id: int, last: datetime | None) -> str:
    if last is None:
        return ""
    change = columns(ChangeRecord)
    reason = session.scalar(
        select(change.reason)
        .where(
            change.submission_fk == submission_id,
            change.changed_at > last,
            change.reason != "",
            change.origin == "user",
        )
        .order_by(change.id.desc())
        .limit(1)
    )
    return reason or ""


def _touch_submission(session: Session, submission_id: int, now: datetime) -> None:
    """The submission changed now: it is a draft again until its next export."""
    session.execute(
        update(Submission.__table__)
        .where(columns(Submission).id == submission_id)
        .values(updated_at=now, status=SubmissionStatus.DRAFT.value)
    )


def get_value(
    store: Store, submission: OpenSubmission, indicator_code: str, cell: str = TOTAL_CELL
) -> ValueState | None:
    """One value cell, or None when nothing was ever entered in it."""
    with store.read() as session:
        stored = _stored_cell(session, submission.submission_id, indicator_code, cell)
        return None if stored is None else _state(stored, submission.template)


def list_values(
    store: Store,
    submission: OpenSubmission,
    *,
    include_archived: bool = False,
    totals_only: bool = False,
) -> dict[tuple[str, str], ValueState]:
    """Every value cell of a submission keyed by (indicator code, cell); or only its totals."""
    template = submission.template
    kinds = {indicator.code: kind_of(indicator.kind) for indicator in template.indicators}
    with store.read() as session:
        cell = columns(IndicatorValue)
        query = select(*_VALUE_COLUMNS).where(cell.submission_fk == submission.submission_id)
        if not include_archived:
            query = query.where(cell.archived.is_(False))
        if totals_only:
            query = query.where(cell.cell == TOTAL_CELL)
        rows = session.connection().execute(query)
        return {(r.indicator_code, r.cell): _state(r, template, kinds) for r in rows}


def values_of_period(
    store: Store, submission: OpenSubmission, period: str, *, totals_only: bool = False
) -> dict[tuple[str, str], ValueState]:
    """The values (or totals) of the same country and template in another period (empty if none)."""
    with store.read() as session:
        other = session.scalar(
            select(columns(Submission).id).where(
                Submission.identified_by(
                    submission.country, period, submission.template.template_id
                )
            )
        )
    if other is None:
        return {}
    other_submission = replace(submission, submission_id=other, period=period)
    return list_values(store, other_submission, totals_only=totals_only)


def set_narrative(
    store: Store,
    submission: OpenSubmission,
    area_code: str,
    field: NarrativeField | str,
    text: str,
    *,
    reason: str = "",
    origin: str = "user",
    session: Session | None = None,
) -> None:
    """Change a narrative text in one committed transaction (or the caller's ``session``)."""
    _require_writable(store)
    field = NarrativeField(field)
    submission.template.area(area_code)  # KeyError for an unknown area
    if len(text) > NARRATIVE_MAX_LENGTH:
        raise ValueRefused(
            f"{area_code} {field.value}: {len(text)} characters, at most {NARRATIVE_MAX_LENGTH}",
            "narrative_too_long",
            {
                "area": area_code,
                "field": field.value,
                "length": len(text),
                "maximum": NARRATIVE_MAX_LENGTH,
            },
        )
    with _joined_or_own(store, session) as session:
        row = session.scalar(
            select(Narrative).where(
                Narrative.submission_fk == submission.submission_id,
                Narrative.area_code == area_code,
                Narrative.field == field.value,
            )
        )
        old = row.text if row else ""
        if old == text:
            return
        if row is None:
            row = Narrative(
                submission_fk=submission.submission_id, area_code=area_code, field=field.value
            )
            session.add(row)
        now = utc_now()
        row.text, row.updated_at = text, now
        session.add(
            ChangeRecord(
                submission_fk=submission.submission_id,
                area_code=area_code,
                attribute=f"narrative:{field.value}",
                old=old,
                new=text,
                reason=reason,
                origin=origin,
                changed_at=now,
            )
        )
        _touch_submission(session, submission.submission_id, now)


def list_narratives(store: Store, submission: OpenSubmission) -> dict[tuple[str, str], str]:
    """Every narrative text keyed by (area code, field)."""
    with store.read() as session:
        row = columns(Narrative)
        rows = session.execute(
            select(row.area_code, row.field, row.text).where(
                row.submission_fk == submission.submission_id
            )
        )
        return {(area, field): text for area, field, text in rows}


def value_history(
    store: Store, submission: OpenSubmission, indicator_code: str, cell: str = TOTAL_CELL
) -> list[ChangeEntry]:
    """Every recorded change of one value cell, oldest first."""
    return _history(
        store,
        submission,
        ChangeRecord.indicator_code == indicator_code,
        ChangeRecord.cell == cell,
    )


def narrative_history(
    store: Store, submission: OpenSubmission, area_code: str, field: NarrativeField | str
) -> list[ChangeEntry]:
    """Every recorded change of one narrative field, oldest first."""
    attribute = f"narrative:{NarrativeField(field).value}"
    return _history(
        store,
        submission,
        ChangeRecord.area_code == area_code,
        ChangeRecord.attribute == attribute,
    )


def _history(store: Store, submission: OpenSubmission, *where: Any) -> list[ChangeEntry]:
    """The submission's recorded changes that meet the conditions, oldest first."""
    with store.read() as session:
        rows = session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.submission_fk == submission.submission_id, *where)
            .order_by(ChangeRecord.id)
        )
        return [
            ChangeEntry(r.attribute, r.old, r.new, r.changed_at, r.reason, r.origin) for r in rows
        ]


def submission_status(store: Store, submission: OpenSubmission) -> tuple[SubmissionStatus, int]:
    """The submission's status and its last export revision."""
    with store.read() as session:
        row = session.get(Submission, submission.submission_id)
        assert row is not None
        return SubmissionStatus(row.status), row.revision


def validate_submission(store: Store, submission: OpenSubmission) -> list[Finding]:
    """Validate a submission as stored, against its previous period."""
    values = list_values(store, submission)
    previous = values_of_period(store, submission, previous_period(submission.period))
    return validate_values(submission.template, values, previous)
