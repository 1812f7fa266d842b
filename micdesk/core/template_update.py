"""Importing a new template version without losing what was entered (docs/design.md §3).

``preview_template_import`` reads and checks a workbook and says what would change, writing
nothing; ``apply_template_import`` then installs the version and carries the entered values
across in one transaction: renamed along ``replaces``, archived when their indicator is gone,
flagged for review when they break a new rule. No value is ever deleted; the counts before and
after prove it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from micdesk.core.crosswalk_lineage import plan_lines, submission_labels
from micdesk.core.crosswalk_plan import (
    CrosswalkPlan,
    StoredValue,
    collector_paused,
    crosswalk_codes,
    driver_rows,
    plan_crosswalk,
)
from micdesk.core.crosswalk_write import (
    CHANGE_RECORD_INSERT,
    apply_crosswalk,
    stored_now,
    write_rows,
)
from micdesk.core.keyed import Keyed
from micdesk.core.kinds import yes_no
from micdesk.core.model import IndicatorTarget, IndicatorValue, Submission, utc_now
from micdesk.core.records import OpenSubmission, ValueState
from micdesk.core.review import ReviewReason, asks_for_work_by_hand, decode_review, review_text
from micdesk.core.store import Store
from micdesk.core.submissions import list_values
from micdesk.core.template_diff import TemplateDiff, diff_templates
from micdesk.core.template_sheets import template_from_sheets
from micdesk.core.template_signature import (
    TemplateSignatureCheck,
    check_template_signature,
    remember_revocations,
)
from micdesk.core.template_store import install_template, installed_version, load_template
from micdesk.core.template_workbook import read_template_sheets, settings_template_id
from micdesk.core.values import ValueRefused, as_number, canonical_decimal, parse_value_text
from micdesk.core.vocabulary import SubmissionStatus
from micdesk.core.workplan import (
    IndicatorDefinition,
    WorkPlanTemplate,
)

TEMPLATE_ORIGIN = "template"


class TemplateImportRefused(Keyed):
    """A previewed import can no longer be applied; nothing was written.

    ``key``: ``changed_since_preview``, ``not_above`` or ``count_changed``.
    """


# What happens to each entered value --------------------------------------------


def rule_problem(
    template: WorkPlanTemplate, indicator: IndicatorDefinition, cell: str, value: str | None
) -> str:
    """Why a stored value (canonical text) does not fit an indicator, in plain English ('' if it fits)."""
    problem = _rule_problem(template, indicator, template.cells_of(indicator), cell, value)
    return problem.text if problem is not None else ""


def _rule_problem(
    template: WorkPlanTemplate,
    indicator: IndicatorDefinition,
    cells: Iterable[str],
    cell: str,
    value: str | None,
) -> ReviewReason | None:
    code = indicator.code
    if cell not in cells:
        if indicator.disaggregation:
            return ReviewReason.of(
                "cell_removed_from", cell=cell, code=code, disaggregation=indicator.disaggregation
            )
        return ReviewReason.of("cell_removed", cell=cell, code=code)
    if value is None:
        return None
    kind = indicator.kind
    try:
        parsed = parse_value_text(template, indicator, value)
    except (ValueRefused, ValueError, ArithmeticError):
        key, params = kind.unreadable(value, code, indicator.choice_list)
        return ReviewReason.of(key, **params)
    number = as_number(kind, parsed)
    if number is not None:
        if indicator.min_value is not None and number < indicator.min_value:
            return ReviewReason.of(
                "below_minimum", value=value, minimum=canonical_decimal(indicator.min_value)
            )
        if indicator.max_value is not None and number > indicator.max_value:
            return ReviewReason.of(
                "above_maximum", value=value, maximum=canonical_decimal(indicator.max_value)
            )
    return None


@dataclass(frozen=True)
class _ValuePlan:
    """What the import does to one stored value."""

    stored: StoredValue
    code: str
    archived: bool
    needs_review: str

    @property
    def renamed(self) -> bool:
        return self.code != self.stored.code

    @property
    def changes(self) -> bool:
        s = self.stored
        return (self.code, self.archived, self.needs_review) != (s.code, s.archived, s.needs_review)


def _rule_signature(template: WorkPlanTemplate, indicator: IndicatorDefinition) -> tuple:
    # Everything rule_problem reads of an indicator apart from its code: equal signatures
    # under the same code give every value the same verdict in both versions.
    return (
        indicator.kind,
        indicator.min_value,
        indicator.max_value,
        indicator.disaggregation,
        tuple(template.cells_of(indicator)),
        indicator.choice_list,
        tuple(option.value for option in template.choices_of(indicator)),
    )


def _quiet_codes(
    old: WorkPlanTemplate | None, new: WorkPlanTemplate, renames: Mapping[str, str]
) -> frozenset[str]:
    """Codes kept, not replaced, with unchanged rules: their values can change only if flagged.

    For such a value (not flagged) the old and the new rule give the same verdict, and an
    archived one stays archived (its indicator did not come back), so _plan_values would
    leave it as it is: it need not even be read.
    """
    if old is None:
        return frozenset()
    return frozenset(
        indicator.code
        for indicator in new.indicators
        if indicator.code not in renames
        and old.has_indicator(indicator.code)
        and _rule_signature(old, old.indicator(indicator.code)) == _rule_signature(new, indicator)
    )


def _of_template(statement, template_id: str):
    return statement.join(Submission, Submission.id == IndicatorValue.submission_fk).where(
        Submission.template_id == template_id
    )


_VALUES_QUERY = (
    "SELECT v.id, v.submission_fk, v.indicator_code, v.cell, v.value, v.notation, v.archived, "
    "v.needs_review FROM indicator_value v JOIN submission s ON s.id = v.submission_fk "
    "WHERE s.template_id = ?{which} ORDER BY v.id"
)


def _read_values(
    session: Session, template_id: str, quiet: frozenset[str], codes: frozenset[str] = frozenset()
) -> list[tuple]:
    """In one scan, as the driver's tuples: the values the import may change and those of ``codes``.

    That is every value of the template but the quiet ones at rest (see _quiet_codes),
    and every value of ``codes`` (the crosswalk's), quiet or not.
    """
    if not quiet:
        return driver_rows(session, _VALUES_QUERY.format(which=""), (template_id,))
    listed, kept = sorted(codes), sorted(quiet)
    which = " AND (" if not listed else f" AND (v.indicator_code IN ({_marks(listed)}) OR "
    which += f"v.indicator_code NOT IN ({_marks(kept)}) OR v.needs_review != '')"
    return driver_rows(session, _VALUES_QUERY.format(which=which), (template_id, *listed, *kept))


def _marks(items: list[str]) -> str:
    return ", ".join("?" * len(items))


def _changeable(
    rows: list[tuple], quiet: frozenset[str], handled: frozenset[int]
) -> list[StoredValue]:
    """The rows _plan_values decides: not quiet at rest (as _read_values reads), not handled."""
    # Values the crosswalk carries are its to decide, not the code-and-replaces rules'.
    return [
        StoredValue._make(row)
        for row in rows
        if (row[2] not in quiet or row[7] != "") and row[0] not in handled
    ]


def _count_template_values(session: Session, template_id: str) -> int:
    statement = _of_template(select(func.count(IndicatorValue.id)), template_id)
    return session.scalar(statement) or 0


class _RuleChecker:
    """rule_problem for many values: each indicator's cells and each verdict computed once."""

    def __init__(self, template: WorkPlanTemplate) -> None:
        self.template = template
        self._cells: dict[str, frozenset[str]] = {}
        self._verdicts: dict[tuple[str, str, str | None], ReviewReason | None] = {}

    def problem(self, code: str, cell: str, value: str | None) -> ReviewReason | None:
        key = (code, cell, value)
        if key in self._verdicts:
            return self._verdicts[key]
        indicator = self.template.indicator(code)
        cells = self._cells.get(code)
        if cells is None:
            cells = self._cells[code] = frozenset(self.template.cells_of(indicator))
        verdict = self._verdicts[key] = _rule_problem(self.template, indicator, cells, cell, value)
        return verdict


def _plan_values(
    stored: list[StoredValue],
    old: WorkPlanTemplate | None,
    new: WorkPlanTemplate,
    renames: Mapping[str, str],
) -> list[_ValuePlan]:
    # ``stored`` may leave out quiet values (_quiet_codes): none is at a rename's target,
    # so what is ``taken`` there is still known.
    taken = {(s.submission_id, s.code, s.cell) for s in stored}
    new_rules = _RuleChecker(new)
    old_rules = _RuleChecker(old) if old is not None else None
    plans = []
    for value in stored:
        code, review = value.code, value.needs_review
        if value.archived and old is not None and old.has_indicator(code):
            # Archived while its indicator stayed (the crosswalk carried its figure into
            # another cell): only an indicator that comes back brings its values back.
            plans.append(_ValuePlan(value, code, True, review))
            continue
        target = renames.get(value.code)
        if target is not None:
            if (value.submission_id, target, value.cell) in taken:
                review = ReviewReason.of("not_moved", target=target, code=value.code).encode()
            else:
                code = target
                taken.add((value.submission_id, target, value.cell))
        if not new.has_indicator(code):
            plans.append(_ValuePlan(value, code, True, review))
            continue
        problem = new_rules.problem(code, value.cell, value.value)
        before = None
        if old_rules is not None and old.has_indicator(value.code):
            before = old_rules.problem(value.code, value.cell, value.value)
        if asks_for_work_by_hand(review):
            pass  # no version's rules settle it: it stays until the value is changed
        elif problem is None:
            review = ""  # whatever an older version flagged no longer applies
        elif problem != before and problem.text != review_text(review):
            review = problem.encode()  # a rule that is new in this version
        plans.append(_ValuePlan(value, code, False, review))
    return plans


# Preview and apply -------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateImportPreview:
    """A checked template and what importing it would do; nothing is written yet."""

    source: str
    template: WorkPlanTemplate
    installed_version: int | None
    diff: TemplateDiff
    values_total: int = 0
    values_to_move: int = 0
    values_to_archive: int = 0
    values_to_restore: int = 0
    values_to_flag: int = 0
    review_reasons: tuple[str, ...] = field(default=(), compare=False)
    reviews: tuple[ReviewReason, ...] = field(default=(), compare=False)
    """The reasons of ``review_reasons`` with their keys, for the window's language."""
    signature: TemplateSignatureCheck | None = field(default=None, compare=False)
    """Who signed the workbook, judged against this installation's keys."""
    crosswalk: CrosswalkPlan = field(default_factory=CrosswalkPlan, compare=False)
    """What the crosswalk carries: the plan the import writes, or refuses if it changed."""
    crosswalk_labels: Mapping[int, str] = field(default_factory=dict, compare=False)
    """Each carried value's submission as 'KEN 2025'."""
    value_plans: tuple[_ValuePlan, ...] = field(default=(), compare=False, repr=False)
    """What the update's own rules do to each value the preview read."""
    store_token: tuple[int, int, int] | None = field(default=None, compare=False, repr=False)
    """The store's commit token before the preview read its values (Store.commit_token)."""

    @property
    def values_after(self) -> int:
        """How many value cells the store holds for this template after the import."""
        return self.values_total + self.crosswalk.inserted

    def lines(self) -> list[str]:
        """The signature, the diff and the effect on entered values, as readable English lines."""
        lines = [self.signature.line()] if self.signature is not None else []
        lines += self.diff.lines()
        if self.installed_version is None:
            return lines
        lines.append(
            f"Entered values of this template: {self.values_total} before, "
            f"{self.values_after} after (nothing deleted)"
        )
        for count, what in (
            (self.values_to_move, "move to a replacing indicator"),
            (
                self.values_to_archive,
                "are archived (their indicator is removed; kept, not deleted)",
            ),
            (self.values_to_restore, "come back from the archive (their indicator is back)"),
            (self.values_to_flag, "are flagged for review (they break a new rule)"),
        ):
            if count:
                lines.append(f"  {count} {what}")
        lines.extend(plan_lines(self.crosswalk, self.crosswalk_labels))
        return lines


@dataclass(frozen=True)
class TemplateImportResult:
    """What an applied import did."""

    template_id: str
    version: int
    previous_version: int | None
    values_before: int
    values_after: int
    moved: int
    archived: int
    restored: int
    flagged: int
    submissions_touched: int
    carried: int = 0
    carried_flagged: int = 0

    def lines(self) -> list[str]:
        """The result as readable English lines, for the command line."""
        was = f" (was {self.previous_version})" if self.previous_version is not None else ""
        return [
            f"Installed template '{self.template_id}' version {self.version}{was}.",
            f"Values: {self.values_before} before, {self.values_after} after "
            f"({self.moved} moved, {self.archived} archived, {self.restored} restored, "
            f"{self.flagged} flagged for review); nothing deleted.",
        ] + (
            [
                f"Crosswalk: {self.carried} values carried, {self.carried_flagged} of them "
                "flagged for review."
            ]
            if self.carried
            else []
        )


@collector_paused()
def preview_template_import(store: Store, path: Path) -> TemplateImportPreview:
    """Read and check a template workbook against the store, and say what importing it does."""
    sheets = read_template_sheets(Path(path))
    token = store.commit_token()  # before the values are read: see apply_template_import
    with store.read() as session:
        template_id = settings_template_id(sheets)
        installed = installed_version(session, template_id) if template_id else None
        old = load_template(session, template_id) if installed is not None else None
        template = template_from_sheets(
            sheets, installed_version=installed, source=Path(path).name, previous=old
        )
        signature = check_template_signature(Path(path), template, store.data_dir)
        if not signature.acceptable:
            raise signature.refusal(Path(path).name)
        diff = diff_templates(old, template)
        quiet = _quiet_codes(old, template, diff.renames)
        codes = crosswalk_codes(template) if old is not None else frozenset()
        rows = _read_values(session, template.template_id, quiet, codes)
        sources = tuple(StoredValue._make(row) for row in rows if row[2] in codes)
        carried = plan_crosswalk(sources, old, template, _RuleChecker(template).problem)
        plans = _plan_values(_changeable(rows, quiet, carried.handled), old, template, diff.renames)
        total = _count_template_values(session, template.template_id)
        labels = submission_labels(session, (c.submission_id for c in carried.carried))
    return replace(
        _preview(Path(path).name, template, installed, diff, plans, total),
        signature=signature,
        crosswalk=carried,
        crosswalk_labels=labels,
        value_plans=tuple(plans),
        store_token=token,
    )


def _preview(
    source: str,
    template: WorkPlanTemplate,
    installed: int | None,
    diff: TemplateDiff,
    plans: list[_ValuePlan],
    total: int,
) -> TemplateImportPreview:
    moved, archived, restored, flagged = _counts(plans)
    return TemplateImportPreview(
        source=source,
        template=template,
        installed_version=installed,
        diff=diff,
        values_total=total,
        values_to_move=moved,
        values_to_archive=archived,
        values_to_restore=restored,
        values_to_flag=len(flagged),
        review_reasons=tuple(review_text(p.needs_review) for p in flagged),
        reviews=tuple(
            reason for p in flagged if (reason := decode_review(p.needs_review)) is not None
        ),
    )


@collector_paused()
def apply_template_import(store: Store, preview: TemplateImportPreview) -> TemplateImportResult:
    """Install the previewed version and carry every entered value across, in one transaction."""
    template = preview.template
    with store.transaction() as session:
        installed = installed_version(session, template.template_id)
        if installed != preview.installed_version:
            raise TemplateImportRefused(
                f"template '{template.template_id}' changed since the preview (now version "
                f"{installed}); preview the import again. Nothing was changed.",
                "changed_since_preview",
                {"template": template.template_id, "installed": installed or "—"},
            )
        if installed is not None and template.version <= installed:
            raise TemplateImportRefused(
                f"version {template.version} of '{template.template_id}' is not above the "
                f"installed version {installed}; nothing was changed",
                "not_above",
                {
                    "version": template.version,
                    "template": template.template_id,
                    "installed": installed,
                },
            )
        old = load_template(session, template.template_id) if installed is not None else None
        count_before = _count_values(session)
        renames = diff_templates(old, template).renames
        carried = preview.crosswalk
        if preview.store_token is not None and store.commit_token() == preview.store_token:
            # Nothing was committed since the preview read the values: its plans stand.
            plans = list(preview.value_plans)
        else:
            quiet = _quiet_codes(old, template, renames)
            codes = crosswalk_codes(template) if old is not None else frozenset()
            rows = _read_values(session, template.template_id, quiet, codes)
            # The previewed plan, written as previewed: only while its sources are as they
            # were (the driver's tuples and the plan's StoredValues compare field by field).
            if codes and tuple(row for row in rows if row[2] in codes) != carried.sources:
                raise TemplateImportRefused(
                    f"the values of template '{template.template_id}' changed since the "
                    "preview; preview the import again. Nothing was changed.",
                    "changed_since_preview",
                    {"template": template.template_id, "installed": installed or "—"},
                )
            plans = _plan_values(_changeable(rows, quiet, carried.handled), old, template, renames)
        install_template(session, template)
        touched = _apply_plans(session, plans, template)
        touched |= apply_crosswalk(session, carried, _reason(template))
        _mark_drafts(session, touched)
        _move_targets(session, template.template_id, renames)
        session.flush()
        count_after = _count_values(session)
        if count_after != count_before + carried.inserted:  # refuse rather than lose anything
            raise TemplateImportRefused(
                f"the import would change the number of values ({count_before} → {count_after}); "
                "nothing was changed",
                "count_changed",
                {"before": count_before, "after": count_after},
            )
    if preview.signature is not None and store.data_dir is not None:
        remember_revocations(store.data_dir, preview.signature)
    moved, archived, restored, flagged = _counts(plans)
    return TemplateImportResult(
        template_id=template.template_id,
        version=template.version,
        previous_version=installed,
        values_before=count_before,
        values_after=count_after,
        moved=moved,
        archived=archived,
        restored=restored,
        flagged=len(flagged),
        submissions_touched=len(touched),
        carried=len(carried.carried),
        carried_flagged=sum(bool(c.needs_review) for c in carried.carried),
    )


def _counts(plans: list[_ValuePlan]) -> tuple[int, int, int, list[_ValuePlan]]:
    """How many values a plan moves, archives and restores, and the plans it newly flags."""
    flagged = [p for p in plans if p.needs_review and p.needs_review != p.stored.needs_review]
    return (
        sum(p.renamed for p in plans),
        sum(p.archived and not p.stored.archived for p in plans),
        sum(p.stored.archived and not p.archived for p in plans),
        flagged,
    )


def _count_values(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(IndicatorValue)) or 0


def _reason(template: WorkPlanTemplate) -> str:
    return f"template '{template.template_id}' version {template.version}"


def _apply_plans(session: Session, plans: list[_ValuePlan], template: WorkPlanTemplate) -> set[int]:
    now = stored_now(session)
    reason = _reason(template)
    changing = [plan for plan in plans if plan.changes]
    # Renames first to temporary codes would be needed only for swaps, which replaces cannot
    # express (a replaced code is gone from the new version), so one pass is safe.
    write_rows(
        session,
        "UPDATE indicator_value SET indicator_code = ?, archived = ?, needs_review = ? "
        "WHERE id = ?",
        [(plan.code, plan.archived, plan.needs_review, plan.stored.id) for plan in changing],
    )
    records = []
    for plan in changing:
        stored = plan.stored
        for attribute, old, new in (
            ("indicator_code", stored.code, plan.code),
            ("archived", yes_no(stored.archived), yes_no(plan.archived)),
            ("needs_review", stored.needs_review, plan.needs_review),
        ):
            if old != new:
                # The history follows the value: it is filed under its new code.
                records.append(
                    (stored.submission_id, plan.code, stored.cell, attribute, old, new, reason,
                     TEMPLATE_ORIGIN, now)
                )  # fmt: skip
    write_rows(session, CHANGE_RECORD_INSERT, records)
    return {plan.stored.submission_id for plan in changing}


def _mark_drafts(session: Session, submissions: set[int]) -> None:
    if submissions:
        # What an export would contain has changed: an exported submission is a draft again.
        session.execute(
            update(Submission)
            .where(Submission.id.in_(sorted(submissions)))
            .values(status=SubmissionStatus.DRAFT.value, updated_at=utc_now())
        )


def _move_targets(session: Session, template_id: str, renames: Mapping[str, str]) -> None:
    for old_code, new_code in renames.items():
        targets = session.scalars(
            select(IndicatorTarget).where(
                IndicatorTarget.template_id == template_id,
                IndicatorTarget.indicator_code == old_code,
            )
        )
        for target in targets:
            clash = session.scalar(
                select(IndicatorTarget.id).where(
                    IndicatorTarget.template_id == template_id,
                    IndicatorTarget.country == target.country,
                    IndicatorTarget.indicator_code == new_code,
                )
            )
            if clash is None:
                target.indicator_code = new_code


def archived_values(store: Store, submission: OpenSubmission) -> list[ValueState]:
    """The archived values of a submission (their indicator or cell was removed), to view or export."""
    values = list_values(store, submission, include_archived=True)
    return sorted((v for v in values.values() if v.archived), key=lambda v: v.key)


def count_values(store: Store) -> int:
    """Every value cell in the store, archived ones included (nothing is ever deleted)."""
    with store.read() as session:
        return _count_values(session)
