"""The submission being edited: a cache of what the core returns, and the one write path.

Widgets and models read from this cache; every write goes through the core
(``set_value``, ``set_narrative``), then the cache is refreshed from what the
core returned and validation re-runs on the cache. No domain rule lives here.

A write re-validates the one indicator it changed and moves its area's
completeness by the one cell it filled or emptied (a 500-indicator template is
not re-checked on every keystroke); signals say what changed, so that only the
widgets concerned redraw.

A value's commit (SQLite's fsync: a few milliseconds, at times a few hundred on a
busy or slow disk) runs on the store's committer thread: the window shows the
change at once and says "saved" when it is on disk. Should the disk refuse it, the
cell shows what is stored again and ``saveFailed`` says why.
"""

from __future__ import annotations

import contextlib
import dataclasses
from bisect import bisect_left
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from sqlalchemy.exc import SQLAlchemyError

from micdesk.core.crosswalk_lineage import converted_totals
from micdesk.core.periods import previous_period
from micdesk.core.queries import (
    QueryState,
    answer_query,
    list_queries,
    mark_answer_later,
    reopen_query,
    value_text,
)
from micdesk.core.records import (
    Completeness,
    OpenSubmission,
    TargetState,
    ValueState,
    completeness,
    overall_completeness,
)
from micdesk.core.store import Store
from micdesk.core.submissions import (
    get_value,
    list_narratives,
    list_values,
    set_narrative,
    set_value,
    values_of_period,
)
from micdesk.core.targets import list_targets
from micdesk.core.trend_series import numeric_totals
from micdesk.core.validation import Finding, validate_indicator
from micdesk.core.values import as_number
from micdesk.core.vocabulary import NarrativeField
from micdesk.core.workplan import WorkPlanTemplate

# SQLite's log is copied into the database file this long after the last write (see
# Store.checkpoint), not in the middle of a commit.
CHECKPOINT_AFTER_IDLE_MS = 1500


class SubmissionSession(QObject):
    """One country's submission for one period, as the window sees it."""

    valueChanged = Signal(str, str)  # indicator code, cell
    narrativeChanged = Signal(str, str)  # area code, field
    findingsChanged = Signal()  # the findings changed (any indicator's)
    indicatorFindingsChanged = Signal(str)  # the findings of one indicator changed ("": all)
    saved = Signal()  # a change is on disk
    saveFailed = Signal(str, str, object)  # indicator code, cell, the error: not saved
    _commitDone = Signal(object, str, str)  # (committer thread) the failure or None, code, cell
    queriesChanged = Signal()  # UNIDO's queries were loaded, answered, or their values moved
    seriesRead = Signal(str)  # area code: the series of its indicators were read

    def __init__(self, store: Store, submission: OpenSubmission, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.submission = submission
        self.previous_period = previous_period(submission.period)
        self.values: dict[tuple[str, str], ValueState] = list_values(store, submission)
        # Totals only: the checks and the value line compare a total with the last one
        # (half the rows of a return with breakdowns, read at every opening).
        self.previous: dict[tuple[str, str], ValueState] = values_of_period(
            store, submission, self.previous_period, totals_only=True
        )
        self.targets: dict[str, TargetState] = list_targets(store, submission)
        self.narratives: dict[tuple[str, str], str] = list_narratives(store, submission)
        self._by_indicator: dict[str, list[Finding]] = {}
        self._findings: list[Finding] | None = None
        self._completeness: dict[str, Completeness] = {}
        self._overall: Completeness | None = None
        self._series: dict[str, list[tuple[str, Decimal | None]]] = {}  # of the rows read
        self.queries: list[QueryState] = list_queries(store, submission)
        self._series_areas: set[str] = set()  # the rows whose series were read
        self._converted: dict[str, dict[str, str]] | None = None
        self._check_all()
        self._commitDone.connect(self._on_commit_done, Qt.ConnectionType.QueuedConnection)
        self._checkpoint = QTimer(self)
        self._checkpoint.setSingleShot(True)
        self._checkpoint.setInterval(CHECKPOINT_AFTER_IDLE_MS)
        self._checkpoint.timeout.connect(self._copy_log_while_idle)
        self.saved.connect(self._checkpoint.start)  # (again after every write: once idle)
        self._checkpoint.start()  # opening may have written (a backup's record, a profile)

    def _copy_log_while_idle(self) -> None:
        if not self.store.is_closed:
            self.store.checkpoint()

    def _check_all(self) -> None:
        """Validate every indicator and count every area's cells (on opening)."""
        template = self.template
        self._by_indicator = {
            indicator.code: validate_indicator(template, indicator, self.values, self.previous)
            for indicator in template.indicators
        }
        self._order = {indicator.code: n for n, indicator in enumerate(template.indicators)}
        self._with_findings = [code for code, found in self._by_indicator.items() if found]
        self._findings = None
        self._completeness = completeness(template, self.values)
        self._overall = None

    @property
    def template(self) -> WorkPlanTemplate:
        """The template version the submission is filled against."""
        return self.submission.template

    def state(self, code: str, cell: str = "") -> ValueState | None:
        """A value cell as last read from the store (None when never entered)."""
        return self.values.get((code, cell))

    def narrative(self, area_code: str, field: NarrativeField) -> str:
        """A narrative text (empty when never entered)."""
        return self.narratives.get((area_code, field.value), "")

    @property
    def findings(self) -> list[Finding]:
        """Every finding of the submission, in the template's order of indicators."""
        if self._findings is None:
            # (over the indicators that have findings: a commit re-lists tens, not thousands)
            self._findings = [
                finding for code in self._with_findings for finding in self._by_indicator[code]
            ]
        return self._findings

    def completeness(self) -> dict[str, Completeness]:
        """Done and total cells per area code."""
        return dict(self._completeness)

    def overall(self) -> Completeness:
        """Done and total cells of the whole submission."""
        if self._overall is None:
            self._overall = overall_completeness(self._completeness)
        return self._overall

    def findings_of(self, code: str) -> list[Finding]:
        """The findings of one indicator."""
        return list(self._by_indicator.get(code, ()))

    def queries_of(self, code: str) -> list[QueryState]:
        """UNIDO's queries about one indicator (any of its cells), in the order loaded."""
        return [query for query in self.queries if query.indicator_code == code]

    def open_queries(self) -> list[QueryState]:
        """UNIDO's queries not answered yet."""
        return [query for query in self.queries if query.is_open]

    def answer_query(self, query_id: str, text: str) -> None:
        """Answer a query through the core (ReviewRefused with nothing written if it cannot)."""
        answer_query(self.store, self.submission, query_id, text)
        self.reload_queries()
        self.saved.emit()

    def mark_answer_later(self, query_id: str, later: bool) -> None:
        """Mark a query "will answer later", or take the mark back."""
        mark_answer_later(self.store, self.submission, query_id, later)
        self.reload_queries()
        self.saved.emit()

    def reopen_query(self, query_id: str) -> None:
        """Take an answer back: the query is open again."""
        reopen_query(self.store, self.submission, query_id)
        self.reload_queries()
        self.saved.emit()

    def reload_queries(self) -> None:
        """Re-read UNIDO's queries (after a review was loaded or one was answered)."""
        self.queries = list_queries(self.store, self.submission)
        self.queriesChanged.emit()

    def _move_query_values(self, code: str, cell: str) -> None:
        """A value changed: its queries now compare what UNIDO saw with the new value."""
        if not any(q.key == (code, cell) for q in self.queries):
            return
        now = value_text(self.template, self.values.get((code, cell)))
        self.queries = [
            dataclasses.replace(q, value_now=now) if q.key == (code, cell) else q
            for q in self.queries
        ]
        self.queriesChanged.emit()

    def known_trend(self, code: str) -> list[tuple[str, Decimal | None]] | None:
        """The indicator's total over every period of this country, oldest first.

        None while its row's series are not read: nothing is read here. The window reads
        them a row at a time while idle (``read_series``, the shown row's first), and a
        form draws its charts then (``seriesRead``): reading a row's series when its form
        was first shown made the form wait for them (~9 ms on 20 periods × 500
        indicators); the whole template's at opening, a fifth of a second on 2,000.
        """
        if not self.template.has_indicator(code):
            return []
        if self.template.indicator(code).area not in self._series_areas:
            return None
        return self._series.get(code, [])

    def series_read(self, area: str) -> bool:
        """Whether the series of a row's indicators were read."""
        return area in self._series_areas or self.store.is_closed

    def read_series(self, area: str) -> None:
        """Read the series of a row's indicators, unless they were (the window does, while idle)."""
        if area not in self._series_areas and not self.store.is_closed:
            self._series_areas.add(area)
            self._series.update(self._load_series(area))
            self.seriesRead.emit(area)

    def converted(self, code: str) -> dict[str, str]:
        """The periods whose total of this indicator a template's crosswalk converted: lineage."""
        if self._converted is None:
            if self.store.is_closed:  # a form built while idle may come after the close
                return {}
            self._converted = converted_totals(self.store, self.submission)
        return self._converted.get(code, {})

    def _load_series(self, area: str) -> dict[str, list[tuple[str, Decimal | None]]]:
        codes = {indicator.code for indicator in self.template.indicators_of(area)}
        return numeric_totals(self.store, self.submission, codes)

    # -- writes: each is one committed transaction in the core ---------------------------

    def write_value(self, code: str, cell: str, changes: dict[str, Any], **options) -> ValueState:
        """Apply attribute changes to a cell through the core; refresh the cache and findings.

        Raises what the core raises (ValueRefused, ReasonRequired) with nothing written.
        Returns before the commit is on disk: ``saved`` or ``saveFailed`` follows.
        """
        state = set_value(
            self.store, self.submission, code, cell, **changes, **options,
            committed=lambda failure: self._commitDone.emit(failure, code, cell),
        )  # fmt: skip
        self._take(code, cell, state)
        return state

    def _on_commit_done(self, failure: BaseException | None, code: str, cell: str) -> None:
        if failure is None:
            self.saved.emit()
            return
        # The cell as stored, which the form showed otherwise (unless the disk refuses
        # reading too: the line below says what matters then).
        with contextlib.suppress(SQLAlchemyError):
            self._take(code, cell, get_value(self.store, self.submission, code, cell))
        self.saveFailed.emit(code, cell, failure)

    def _take(self, code: str, cell: str, state: ValueState | None) -> None:
        """Put a cell's state (None: never written) in the cache; re-check its indicator."""
        before = self.values.get((code, cell))
        if state is None:
            self.values.pop((code, cell), None)
        else:
            self.values[(code, cell)] = state
        indicator = self.template.indicator(code)
        filled = bool(state is not None and state.is_filled) - bool(
            before is not None and before.is_filled
        )
        if filled:
            area = self._completeness.get(indicator.area)
            if area is not None:
                self._completeness[indicator.area] = Completeness(area.done + filled, area.total)
                self._overall = None
        if cell == "" and code in self._series:
            value = None if state is None else state.value
            number = None if isinstance(value, str) else as_number(indicator.kind, value)
            self._series[code] = [
                (p, number if p == self.submission.period else n) for p, n in self._series[code]
            ]
        if self._converted is not None and cell == "":
            self._converted.get(code, {}).pop(self.submission.period, None)  # typed: not converted
        findings = validate_indicator(self.template, indicator, self.values, self.previous)
        changed = _described(findings) != _described(self._by_indicator.get(code, []))
        if changed:
            self._by_indicator[code] = findings
            self._list_findings_of(code, bool(findings))
            self._findings = None
        self.valueChanged.emit(code, cell)
        self._move_query_values(code, cell)
        if changed:
            self.indicatorFindingsChanged.emit(code)
            self.findingsChanged.emit()

    def _list_findings_of(self, code: str, listed: bool) -> None:
        """Keep ``code`` among the indicators with findings (in the template's order) or not."""
        place = bisect_left(self._with_findings, self._order[code], key=self._order.__getitem__)
        present = place < len(self._with_findings) and self._with_findings[place] == code
        if listed and not present:
            self._with_findings.insert(place, code)
        elif present and not listed:
            del self._with_findings[place]

    def write_narrative(self, area_code: str, field: NarrativeField, text: str, **options) -> None:
        """Change a narrative through the core and refresh the cache."""
        set_narrative(self.store, self.submission, area_code, field, text, **options)
        self.narratives[(area_code, field.value)] = text
        self.narrativeChanged.emit(area_code, field.value)
        if any(q.area_code == area_code and q.field == field.value for q in self.queries):
            self.reload_queries()
        self.saved.emit()


def _described(findings: list[Finding]) -> list[tuple[Finding, dict[str, str]]]:
    """Findings with their parameters (which equality leaves out), to tell a change."""
    return [(finding, finding.params) for finding in findings]
