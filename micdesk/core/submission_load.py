"""Loading a submission workbook back into the store (docs/design.md §4 'Loading a submission back').

``plan_submission_load`` compares the file with the store and writes nothing;
``apply_submission_load`` applies a plan and the user's choices in one
transaction, every change entering the change history with origin ``load``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import select

from micdesk.core.keyed import Keyed, KeyedError
from micdesk.core.kinds import yes_no
from micdesk.core.model import CountryProfile, Submission
from micdesk.core.periods import PeriodError, parse_period
from micdesk.core.records import OpenSubmission, ValueState
from micdesk.core.store import Store
from micdesk.core.submission_format import DataRow, SubmissionFile
from micdesk.core.submissions import (
    list_narratives,
    list_values,
    normalise_country,
    set_narrative,
    set_value,
)
from micdesk.core.template_store import TemplateNotInstalled, load_template
from micdesk.core.values import (
    IndicatorValueType,
    ValueRefused,
    cell_refusal,
    parse_value_text,
)
from micdesk.core.vocabulary import NARRATIVE_MAX_LENGTH, NarrativeField, Notation
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate

Progress = Callable[[int, int], None]
LoadKey = tuple[str, str, str]
"""('value', indicator code, cell) or ('narrative', area code, field)."""
Resolution = Literal["mine", "theirs"]


class LoadRefused(Keyed):
    """Nothing was loaded; the message says why (and ``key`` and ``params``, for the window).

    ``key``: ``country_code``, ``template_not_installed``, ``annual``, ``semiannual``,
    ``edited``, ``unresolved``, ``submission_removed``, ``store_changed``,
    ``value_changed``, ``narrative_changed``, ``nothing_loadable`` (none for a resolution
    that is not mine or theirs).
    """


class EditedSubmissionRefused(LoadRefused):
    """The file was edited since export; it loads only when the user accepts that."""


class UnresolvedConflicts(LoadRefused):
    """Some values differ from the store and nobody chose which to keep."""

    def __init__(self, keys: list[LoadKey]) -> None:
        self.keys = keys
        listed = ", ".join(_describe_key(key) for key in keys[:10])
        more = f" and {len(keys) - 10} more" if len(keys) > 10 else ""
        super().__init__(
            f"{len(keys)} conflict(s) need a choice (keep mine or take theirs): {listed}{more}",
            "unresolved",
            {"count": len(keys)},
        )


class LoadStatus(enum.StrEnum):
    """How a value in the file compares with the store."""

    NEW = "new"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class CellContent:
    """What a value cell holds, in the store or in the file."""

    value: IndicatorValueType | None = None
    notation: Notation | None = None
    comment: str = ""
    source: str = ""
    follow_up: bool = False

    @property
    def is_empty(self) -> bool:
        """Nothing at all in the cell."""
        return (
            self.value is None
            and self.notation is None
            and not self.comment
            and not self.source
            and not self.follow_up
        )

    def __str__(self) -> str:
        if self.notation is not None:
            shown = self.notation.value
        elif self.value is None:
            shown = "(empty)"
        elif isinstance(self.value, bool):
            shown = yes_no(self.value)
        elif isinstance(self.value, tuple):
            shown = " ".join(self.value)
        else:
            shown = str(self.value)
        extras = [f"comment {self.comment!r}" if self.comment else ""]
        extras.append(f"source {self.source!r}" if self.source else "")
        extras.append("follow-up" if self.follow_up else "")
        extra = ", ".join(e for e in extras if e)
        return f"{shown} ({extra})" if extra else shown


@dataclass(frozen=True)
class ValueLoad:
    """One value cell of the file against the store."""

    indicator_code: str
    cell: str
    status: LoadStatus
    mine: CellContent
    theirs: CellContent
    sheet_row: int

    @property
    def key(self) -> LoadKey:
        """The key a resolution is given under."""
        return ("value", self.indicator_code, self.cell)

    def __str__(self) -> str:
        return _compared(self.status, self.key, str(self.mine), str(self.theirs), " = ")


@dataclass(frozen=True)
class NarrativeLoad:
    """One narrative text of the file against the store."""

    area_code: str
    field: str
    status: LoadStatus
    mine: str
    theirs: str

    @property
    def key(self) -> LoadKey:
        """The key a resolution is given under."""
        return ("narrative", self.area_code, self.field)

    def __str__(self) -> str:
        return _compared(self.status, self.key, _short(self.mine), _short(self.theirs), ": ")


@dataclass(frozen=True)
class NotLoadable:
    """A row of the file that cannot go into the installed template; reported, never dropped."""

    sheet: str
    sheet_row: int
    what: str
    reason: str
    key: str = ""
    params: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"not loadable: {self.sheet} row {self.sheet_row} ({self.what}): {self.reason}"


@dataclass(frozen=True)
class LoadPlan:
    """What loading a file would change; nothing is written until it is applied."""

    submission_file: SubmissionFile
    country: str
    period: str
    template: WorkPlanTemplate
    submission_id: int | None
    creates_profile: bool
    values: tuple[ValueLoad, ...]
    narratives: tuple[NarrativeLoad, ...]
    not_loadable: tuple[NotLoadable, ...]
    notes: tuple[str, ...]

    @property
    def intact(self) -> bool:
        """The file is as exported (its hash matches)."""
        return self.submission_file.intact

    @property
    def changes(self) -> list[ValueLoad | NarrativeLoad]:
        """Every new value and every conflict: what the load may change."""
        return [
            item for item in (*self.values, *self.narratives) if item.status != LoadStatus.UNCHANGED
        ]

    @property
    def conflicts(self) -> list[ValueLoad | NarrativeLoad]:
        """The items where the store and the file differ."""
        return [i for i in (*self.values, *self.narratives) if i.status == LoadStatus.CONFLICT]

    @property
    def unchanged(self) -> int:
        """How many items already match the store."""
        return sum(1 for i in (*self.values, *self.narratives) if i.status == LoadStatus.UNCHANGED)


@dataclass(frozen=True)
class LoadResult:
    """What a load wrote."""

    submission: OpenSubmission
    values_written: int
    narratives_written: int
    kept_mine: int
    not_loaded: int


def _compared(status: LoadStatus, key: LoadKey, mine: str, theirs: str, new_sign: str) -> str:
    """How the file's value or text compares with the store's, in a line of the plan."""
    where = _describe_key(key)
    if status == LoadStatus.NEW:
        return f"new: {where}{new_sign}{theirs}"
    if status == LoadStatus.CONFLICT:
        return f"conflict: {where}: mine {mine} / theirs {theirs}"
    return f"unchanged: {where}"


def _describe_key(key: LoadKey) -> str:
    kind, first, second = key
    if kind == "narrative":
        return f"{first} narrative '{second}'"
    return f"{first} [{second}]" if second else first


def _short(text: str, limit: int = 60) -> str:
    text = text.replace("\n", " ")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _incoming_value(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, row: DataRow
) -> IndicatorValueType | None:
    """The file's value converted to the installed indicator's kind (ValueRefused if it cannot)."""
    if row.value is None:
        return None
    return parse_value_text(template, indicator, row.value_text, strict=True)


def _content(state: ValueState | None) -> CellContent:
    if state is None:
        return CellContent()
    return CellContent(state.value, state.notation, state.comment, state.source, state.follow_up)


def plan_submission_load(
    store: Store, submission_file: SubmissionFile, *, progress: Progress | None = None
) -> LoadPlan:
    """Compare a read submission file with the store; write nothing."""
    source = submission_file.path.name
    try:
        country = normalise_country(submission_file.country)
    except KeyedError as error:
        raise LoadRefused(f"{source}: {error}", error.key, error.params) from error
    with store.read() as session:
        try:
            template = load_template(session, submission_file.template_id)
        except TemplateNotInstalled:
            raise LoadRefused(
                f"{source}: template '{submission_file.template_id}' is not installed; "
                "import it first (micdesk template import)",
                "template_not_installed",
                {"file": source, "template": submission_file.template_id},
            ) from None
        try:
            period = parse_period(submission_file.period, template.periodicity)
        except PeriodError as error:
            raise LoadRefused(f"{source}: {error}", error.key, error.params) from error
        creates_profile = session.get(CountryProfile, country) is None
        submission_id = session.scalar(
            select(Submission.id).where(
                Submission.identified_by(country, period, template.template_id)
            )
        )
    notes = []
    if submission_file.template_version != template.version:
        notes.append(
            f"the file was exported on template version {submission_file.template_version}; "
            f"version {template.version} is installed"
        )
    mine_values: dict[tuple[str, str], ValueState] = {}
    mine_narratives: dict[tuple[str, str], str] = {}
    if submission_id is not None:
        opened = OpenSubmission(submission_id, country, period, template)
        mine_values = list_values(store, opened)
        mine_narratives = list_narratives(store, opened)

    values: list[ValueLoad] = []
    not_loadable: list[NotLoadable] = []
    total = len(submission_file.rows) + len(submission_file.narratives)
    for index, row in enumerate(submission_file.rows, start=1):
        what = row.indicator_code + (f" [{row.cell}]" if row.cell else "")
        refusal = _unloadable_reason(template, row)
        if refusal is None:
            indicator = template.indicator(row.indicator_code)
            try:
                theirs = CellContent(
                    _incoming_value(template, indicator, row),
                    row.notation,
                    row.comment,
                    row.source,
                    row.follow_up,
                )
            except ValueRefused as error:
                refusal = error
        if refusal is not None:
            not_loadable.append(
                NotLoadable("Data", row.sheet_row, what, str(refusal), refusal.key, refusal.params)
            )
            continue
        mine = _content(mine_values.get(row.key))
        if mine == theirs:
            status = LoadStatus.UNCHANGED
        elif mine.is_empty:
            status = LoadStatus.NEW
        else:
            status = LoadStatus.CONFLICT
        values.append(ValueLoad(row.indicator_code, row.cell, status, mine, theirs, row.sheet_row))
        if progress is not None and index % 200 == 0:
            progress(index, total)

    narratives: list[NarrativeLoad] = []
    fields = {f.value for f in NarrativeField}
    area_codes = {area.code for area in template.areas}
    for narrative in submission_file.narratives:
        what = f"{narrative.area} {narrative.field}"
        reason, key, params = None, "", {}
        if narrative.area not in area_codes:
            reason = f"area '{narrative.area}' is not in template version {template.version}"
            key, params = (
                "area_not_in_template",
                {"area": narrative.area, "version": template.version},
            )
        elif narrative.field not in fields:
            listed = ", ".join(sorted(fields))
            reason = f"'{narrative.field}' is not a narrative field ({listed})"
            key, params = "not_narrative_field", {"name": narrative.field, "fields": listed}
        elif len(narrative.text) > NARRATIVE_MAX_LENGTH:
            reason = f"{len(narrative.text)} characters, at most {NARRATIVE_MAX_LENGTH}"
            key = "narrative_length"
            params = {"length": len(narrative.text), "maximum": NARRATIVE_MAX_LENGTH}
        if reason is not None:
            params = {name: str(value) for name, value in params.items()}
            not_loadable.append(
                NotLoadable("Narrative", narrative.sheet_row, what, reason, key, params)
            )
            continue
        mine_text = mine_narratives.get((narrative.area, narrative.field), "")
        if mine_text == narrative.text:
            status = LoadStatus.UNCHANGED
        elif not mine_text:
            status = LoadStatus.NEW
        else:
            status = LoadStatus.CONFLICT
        narratives.append(
            NarrativeLoad(narrative.area, narrative.field, status, mine_text, narrative.text)
        )
    if progress is not None:
        progress(total, total)
    return LoadPlan(
        submission_file=submission_file,
        country=country,
        period=period,
        template=template,
        submission_id=submission_id,
        creates_profile=creates_profile,
        values=tuple(values),
        narratives=tuple(narratives),
        not_loadable=tuple(not_loadable),
        notes=tuple(notes),
    )


def _unloadable_reason(template: WorkPlanTemplate, row: DataRow) -> ValueRefused | None:
    return cell_refusal(template, row.indicator_code, row.cell)


def apply_submission_load(
    store: Store,
    plan: LoadPlan,
    resolutions: Mapping[LoadKey, Resolution],
    *,
    accept_edited: bool = False,
    progress: Progress | None = None,
) -> LoadResult:
    """Apply a plan in one transaction: new values, and conflicts resolved 'theirs'."""
    source = plan.submission_file.path.name
    if not plan.intact and not accept_edited:
        raise EditedSubmissionRefused(
            f"{source} was edited after it was exported (its SHA-256 no longer matches); "
            "nothing was loaded. Check the changes listed and accept the edited file to load it.",
            "edited",
            {"file": source},
        )
    if not plan.changes and plan.not_loadable:
        # Nothing but refusals: creating the profile and submission would be all it did.
        count = len(plan.not_loadable)
        raise LoadRefused(
            f"{source}: none of its values can go into the installed template "
            f"({count} not loadable, listed above); nothing was loaded.",
            "nothing_loadable",
            {"file": source, "count": count},
        )
    unresolved = [item.key for item in plan.conflicts if item.key not in resolutions]
    if unresolved:
        raise UnresolvedConflicts(unresolved)
    bad = {key: choice for key, choice in resolutions.items() if choice not in ("mine", "theirs")}
    if bad:
        raise LoadRefused(f"a resolution is 'mine' or 'theirs', not {sorted(bad.values())}")
    to_write = [
        item
        for item in plan.changes
        if item.status == LoadStatus.NEW or resolutions.get(item.key) == "theirs"
    ]
    reason = f"loaded from {source} (revision {plan.submission_file.revision})"
    file = plan.submission_file
    with store.transaction() as session:
        if session.get(CountryProfile, plan.country) is None:
            profile = CountryProfile(country=plan.country)
            profile.take_contact(file)
            session.add(profile)
            session.flush()
        parent = session.scalar(
            select(Submission).where(
                Submission.identified_by(plan.country, plan.period, plan.template.template_id)
            )
        )
        if parent is None:
            if plan.submission_id is not None:
                raise LoadRefused(
                    "the submission was removed since the load was planned", "submission_removed"
                )
            parent = Submission(
                country=plan.country, period=plan.period, template_id=plan.template.template_id
            )
            session.add(parent)
            session.flush()
        elif plan.submission_id != parent.id:
            raise LoadRefused(
                "the store changed since the load was planned; plan it again", "store_changed"
            )
        opened = OpenSubmission(parent.id, plan.country, plan.period, plan.template)
        _check_not_stale(store, opened, plan)
        values_written = narratives_written = 0
        for index, item in enumerate(to_write, start=1):
            if isinstance(item, ValueLoad):
                theirs = item.theirs
                set_value(
                    store,
                    opened,
                    item.indicator_code,
                    item.cell,
                    value=theirs.value if theirs.notation is None else None,
                    notation=theirs.notation,
                    comment=theirs.comment,
                    source=theirs.source,
                    follow_up=theirs.follow_up,
                    reason=reason,
                    origin="load",
                    session=session,
                )
                values_written += 1
            else:
                set_narrative(
                    store,
                    opened,
                    item.area_code,
                    item.field,
                    item.theirs,
                    reason=reason,
                    origin="load",
                    session=session,
                )
                narratives_written += 1
            if progress is not None:
                progress(index, len(to_write))
        if to_write:
            # The next export must come after the one loaded (docs/design.md §2: revisions only grow).
            session.flush()
            parent.revision = max(parent.revision, file.revision)
    kept = sum(1 for item in plan.conflicts if resolutions.get(item.key) == "mine")
    return LoadResult(opened, values_written, narratives_written, kept, len(plan.not_loadable))


def _check_not_stale(store: Store, opened: OpenSubmission, plan: LoadPlan) -> None:
    if plan.submission_id is None:
        return
    # Read through a separate session: the store's WAL shows the committed state.
    current = list_values(store, opened)
    current_narratives = list_narratives(store, opened)
    for item in plan.values:
        if _content(current.get((item.indicator_code, item.cell))) != item.mine:
            raise LoadRefused(
                f"{_describe_key(item.key)} changed since the load was planned; plan it again",
                "value_changed",
                {"what": _describe_key(item.key)},
            )
    for narrative in plan.narratives:
        if current_narratives.get((narrative.area_code, narrative.field), "") != narrative.mine:
            raise LoadRefused(
                f"{_describe_key(narrative.key)} changed since the load was planned; plan it again",
                "narrative_changed",
                {"area": narrative.area_code, "field": narrative.field},
            )
