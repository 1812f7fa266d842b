"""Thin Qt models over the core's data: they hold keys and read the session's cache."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QStyle

from micdesk.core.countries import country_names, country_search_texts
from micdesk.core.placeholders import fill
from micdesk.core.records import ChangeEntry
from micdesk.core.validation import Finding, Rule, Severity
from micdesk.core.vocabulary import Notation
from micdesk.core.workplan import pick_text
from micdesk.gui.messages import (
    attribute_text,
    datetime_text,
    finding_message,
    origin_text,
    recorded_text,
)
from micdesk.gui.numbers import format_integer, locale_for_language
from micdesk.gui.session import SubmissionSession

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole + 1
COMPLETENESS_ROLE = Qt.ItemDataRole.UserRole + 2
ERRORS_ROLE = Qt.ItemDataRole.UserRole + 3
WARNINGS_ROLE = Qt.ItemDataRole.UserRole + 4
FINDING_ROLE = Qt.ItemDataRole.UserRole + 5
# What a search box matches a row by (folded: case, accents and marks ignored).
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6


class AreaListModel(QAbstractListModel):
    """The work-plan rows, with completeness and error/warning counts per row."""

    def __init__(self, session: SubmissionSession, language: str, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._language = language
        self._counts: dict[str, tuple[int, int]] = {}
        self._completeness = {}
        self._connect(session)
        self._recount()

    def _connect(self, session: SubmissionSession) -> None:
        session.findingsChanged.connect(self._on_findings_changed)
        session.valueChanged.connect(self._on_value_changed)

    def _on_findings_changed(self) -> None:
        """Findings move the badges of the rows whose counts changed only."""
        before = self._counts
        self._recount()
        for row, area in enumerate(self._session.template.areas):
            if before.get(area.code) != self._counts.get(area.code):
                self.dataChanged.emit(self.index(row), self.index(row))

    def _on_value_changed(self, code: str, _cell: str) -> None:
        """A value moves its own row's completeness only."""
        template = self._session.template
        if not template.has_indicator(code):
            return
        area = template.indicator(code).area
        before = self._completeness.get(area)
        self._completeness = self._session.completeness()
        row = self.row_of(area)
        if row >= 0 and self._completeness.get(area) != before:  # a cell filled or emptied
            self.dataChanged.emit(self.index(row), self.index(row))

    def set_session(self, session: SubmissionSession) -> None:
        """Show another submission."""
        self.beginResetModel()
        self._session = session
        self._connect(session)
        self._recount()
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show titles in another language."""
        self._language = language
        self._refresh()

    def _recount(self) -> None:
        counts: dict[str, list[int]] = {a.code: [0, 0] for a in self._session.template.areas}
        for finding in self._session.findings:
            # A badge is something to fix: not a value still to fill, nor an explained warning.
            if finding.area_code in counts and not _settled(finding):
                counts[finding.area_code][finding.severity != Severity.ERROR] += 1
        self._counts = {code: (c[0], c[1]) for code, c in counts.items()}
        self._completeness = self._session.completeness()

    def _refresh(self, *_args) -> None:
        self._recount()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._session.template.areas)

    def area_code(self, row: int) -> str:
        """The code of the area in a row."""
        return self._session.template.areas[row].code

    def row_of(self, area_code: str) -> int:
        """The row of an area code (-1 when absent)."""
        codes = [a.code for a in self._session.template.areas]
        return codes.index(area_code) if area_code in codes else -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        template = self._session.template
        area = template.areas[index.row()]
        errors, warnings = self._counts.get(area.code, (0, 0))
        done = self._completeness.get(area.code)
        if role == Qt.ItemDataRole.DisplayRole:
            return pick_text(area.title, self._language, template.default_language)
        if role == CODE_ROLE:
            return area.code
        if role == COMPLETENESS_ROLE:
            return (done.done, done.total) if done else (0, 0)
        if role == ERRORS_ROLE:
            return errors
        if role == WARNINGS_ROLE:
            return warnings
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            title = pick_text(area.title, self._language, template.default_language)
            return fill(
                translate("AreaListModel", "%1: %2 of %3 cells filled, %4, %5"),
                title,
                format_integer(done.done if done else 0),
                format_integer(done.total if done else 0),
                self.tr("%Ln error(s)", "", errors),
                self.tr("%Ln warning(s)", "", warnings),
            )
        return None


FINDINGS_CATCH_UP_MS = 250


class FindingsModel(QAbstractListModel):
    """Every error and warning of the submission, errors first.

    It follows the session's findings once the typing pauses (FINDINGS_CATCH_UP_MS after
    the last change), not within the commit: a commit's frame is for the field the
    user looks at, and a burst of changes (a block pasted into a breakdown) is one
    update of the panel, not one per cell.
    """

    def __init__(self, session: SubmissionSession, language: str, locale: QLocale, parent=None):
        super().__init__(parent)
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(FINDINGS_CATCH_UP_MS)
        self._catch_up.timeout.connect(self._update)
        self._language, self._locale = language, locale
        self._findings: list[Finding] = []
        self._texts: list[str | None] = []  # each row's sentence, worded when first asked
        self._icons: dict[Severity, Any] = {}
        self._orders: tuple[Any, dict[str, int], dict[str, int]] | None = None
        self.set_session(session)

    def set_session(self, session: SubmissionSession) -> None:
        """Show another submission's findings.

        On the same template version a finding reads the same in both: only the rows that
        differ change (reopening after a load, or another period, re-measures no others).
        """
        old = getattr(self, "_session", None)
        self._session = session
        session.findingsChanged.connect(self._catch_up.start)
        if old is not None and _version(old.template) == _version(session.template):
            self._update()
        else:
            self.refresh()

    def set_language(self, language: str, locale: QLocale) -> None:
        """Word the findings in another language."""
        self._language, self._locale = language, locale
        self.refresh()

    def waiting(self) -> bool:
        """Whether a change of the session's findings is still to be taken."""
        return self._catch_up.isActive()

    def catch_up(self) -> None:
        """Take the session's findings now if a change is waiting (before reading the rows)."""
        if self.waiting():
            self._update()

    def refresh(self) -> None:
        """Take the session's current findings."""
        self._catch_up.stop()
        self.beginResetModel()
        self._findings = self._sorted()
        self._texts = [None] * len(self._findings)
        self.endResetModel()

    def _sorted(self) -> list[Finding]:
        template = self._session.template
        if self._orders is None or self._orders[0] is not template:
            # Once per template (not per commit: a 2,000-indicator one took 1 ms to walk)
            self._orders = (
                template,
                {area.code: i for i, area in enumerate(template.areas)},
                {ind.code: ind.order for ind in template.indicators},
            )
        _, area_order, indicator_order = self._orders
        return sorted(
            self._session.findings,
            key=lambda f: (
                _rank(f),
                area_order.get(f.area_code, len(area_order)),
                indicator_order.get(f.indicator_code, 0),
            ),
        )

    def _update(self) -> None:
        """Take the session's findings after an edit: only the rows that differ change.

        (A reset would make the panel measure every word-wrapped row again.)
        """
        self._catch_up.stop()
        old, new = self._findings, self._sorted()
        old_keys = [(f, f.params) for f in old]
        new_keys = [(f, f.params) for f in new]
        shortest = min(len(old), len(new))
        start = 0
        while start < shortest and old_keys[start] == new_keys[start]:
            start += 1
        end = 0
        while end < shortest - start and old_keys[-1 - end] == new_keys[-1 - end]:
            end += 1
        old_count, new_count = len(old) - start - end, len(new) - start - end
        replaced = min(old_count, new_count)
        if replaced:
            self._findings[start : start + replaced] = new[start : start + replaced]
            self._texts[start : start + replaced] = [None] * replaced
            self.dataChanged.emit(self.index(start), self.index(start + replaced - 1))
        first = start + replaced
        if old_count > new_count:
            self.beginRemoveRows(QModelIndex(), first, start + old_count - 1)
            del self._findings[first : start + old_count]
            del self._texts[first : start + old_count]
            self.endRemoveRows()
        elif new_count > old_count:
            self.beginInsertRows(QModelIndex(), first, start + new_count - 1)
            self._findings[first:first] = new[first : start + new_count]
            self._texts[first:first] = [None] * (new_count - old_count)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._findings)

    def finding(self, row: int) -> Finding:
        """The finding in a row."""
        return self._findings[row]

    def rank(self, row: int) -> int:
        """What the finding in a row asks: ERROR, TO_EXPLAIN, EXPLAINED or TO_DO."""
        return _rank(self._findings[row])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._findings):
            return None
        row = index.row()
        finding = self._findings[row]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            # Worded once per row: the list asks every row again whenever one is added.
            text = self._texts[row]
            if text is None:
                text = self._texts[row] = self._sentence(finding)
            return text
        if role == Qt.ItemDataRole.DecorationRole:
            rank = _rank(finding)
            icon = self._icons.get(rank)
            if icon is None:
                pixmap = (
                    QStyle.StandardPixmap.SP_MessageBoxCritical,
                    QStyle.StandardPixmap.SP_MessageBoxWarning,
                    QStyle.StandardPixmap.SP_DialogApplyButton,
                    QStyle.StandardPixmap.SP_FileIcon,
                )[rank]
                icon = self._icons[rank] = QApplication.style().standardIcon(pixmap)
            return icon
        if role == FINDING_ROLE:
            return finding
        return None

    def _sentence(self, finding: Finding) -> str:
        """A finding as the panel says it, in the model's language."""
        template = self._session.template
        where = finding.indicator_code
        if finding.cell and template.has_indicator(finding.indicator_code):
            indicator = template.indicator(finding.indicator_code)
            where = f"{where} ({template.cell_label(indicator, finding.cell, self._language)})"
        rank = _rank(finding)
        if rank == TO_DO:
            return fill(
                translate("FindingsModel", "To do in %1: enter the figure, or NA, NE or C."), where
            )
        sentence = (
            translate("FindingsModel", "Error in %1: %2"),
            translate("FindingsModel", "Warning in %1: %2"),
            translate("FindingsModel", "Explained in %1: %2"),
        )[rank]
        return fill(sentence, where, finding_message(finding, self._locale))


ERROR, TO_EXPLAIN, EXPLAINED, TO_DO = range(4)


def _rank(finding: Finding) -> int:
    """Errors first, then warnings to explain, explained warnings, and values still to fill."""
    if finding.severity == Severity.ERROR:
        return ERROR
    if finding.explained:
        return EXPLAINED
    if finding.rule == Rule.REQUIRED_MISSING:
        return TO_DO
    return TO_EXPLAIN


def _settled(finding: Finding) -> bool:
    """Not a problem to fix now: explained, or a required value not yet filled."""
    return _rank(finding) in (EXPLAINED, TO_DO)


def _version(template) -> tuple[str, int]:
    return template.template_id, template.version


class HistoryModel(QAbstractTableModel):
    """The recorded changes of one value or narrative, oldest first."""

    COLUMNS = ("when", "what", "old", "new", "reason", "origin")

    def __init__(self, entries: list[ChangeEntry], locale: QLocale, parent=None) -> None:
        super().__init__(parent)
        self._entries, self._locale = entries, locale

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "when":
            return datetime_text(entry.changed_at, self._locale)
        if column == "what":
            return attribute_text(entry.attribute)
        if column == "old":
            return recorded_text(entry.attribute, entry.old, self._locale)
        if column == "new":
            return recorded_text(entry.attribute, entry.new, self._locale)
        if column == "reason":
            return entry.reason
        return origin_text(entry.origin)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return {
            "when": translate("HistoryModel", "When"),
            "what": translate("HistoryModel", "What"),
            "old": translate("HistoryModel", "Before"),
            "new": translate("HistoryModel", "After"),
            "reason": translate("HistoryModel", "Reason"),
            "origin": translate("HistoryModel", "By"),
        }[self.COLUMNS[section]]


class CountryListModel(QAbstractListModel):
    """The ISO 3166-1 alpha-3 countries, shown as 'Name (CODE)' with the name in a language.

    ``SEARCH_ROLE`` gives what a search matches (name in the language, English name,
    code; folded); the list is sorted the language's way.
    """

    def __init__(self, parent=None, language: str = "en") -> None:
        super().__init__(parent)
        self._language = ""
        self._names: dict[str, str] = {}
        self._search: dict[str, str] = {}
        self._codes: list[str] = []
        self.set_language(language)

    def set_language(self, language: str) -> None:
        """Name and sort the countries in another language."""
        if language == self._language:
            return
        self.beginResetModel()
        self._language = language
        self._names = country_names(language)
        self._search = country_search_texts(language)
        collator = QCollator(locale_for_language(language))
        self._codes = sorted(
            self._names,
            key=cmp_to_key(lambda a, b: collator.compare(self._names[a], self._names[b])),
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._codes):
            return None
        code = self._codes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._names[code]} ({code})"
        if role == CODE_ROLE:
            return code
        if role == SEARCH_ROLE:
            return self._search[code]
        return None

    def row_of(self, code: str) -> int:
        """The row of a country code (-1 when absent)."""
        return self._codes.index(code) if code in self._codes else -1


NOTATIONS: tuple[Notation | None, ...] = (None, *Notation)
