"""The work-plan row list (with completeness and badges) and the validation panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from micdesk.core.placeholders import fill
from micdesk.core.queries import QueryState
from micdesk.core.validation import Finding
from micdesk.gui.i18n import RetranslatedOnLanguageChange
from micdesk.gui.models import (
    COMPLETENESS_ROLE,
    ERROR,
    ERRORS_ROLE,
    EXPLAINED,
    FINDING_ROLE,
    TO_DO,
    TO_EXPLAIN,
    WARNINGS_ROLE,
    FindingsModel,
)
from micdesk.gui.numbers import format_integer
from micdesk.gui.stable_list_view import MeasuredRows, StableListView, TextSizedDelegate
from micdesk.gui.unsaved_texts import UnsavedTexts

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#c77c02")
DONE_COLOUR = QColor("#2e7d32")


class AreaDelegate(MeasuredRows, QStyledItemDelegate):
    """Paints a row: its title, a completeness bar and error/warning badges."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = option.fontMetrics
        width = max(option.rect.width(), 200) - 2 * self.PADDING
        title = metrics.boundingRect(
            QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, index.data() or ""
        )
        size = QSize(width, title.height() + metrics.height() + 10 + 3 * self.PADDING)
        return self.measured(option, index, size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(colour_role))
        font = option.font
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        title_rect = metrics.boundingRect(rect, Qt.TextFlag.TextWordWrap, text)
        painter.drawText(rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeading, text)
        font.setBold(False)
        painter.setFont(font)
        done, total = index.data(COMPLETENESS_ROLE) or (0, 0)
        errors, warnings = index.data(ERRORS_ROLE) or 0, index.data(WARNINGS_ROLE) or 0
        bar_top = rect.top() + title_rect.height() + self.PADDING // 2
        badge_height = metrics.height()
        badges = []
        if errors:
            badges.append((format_integer(errors), ERROR_COLOUR))
        if warnings:
            badges.append((format_integer(warnings), WARNING_COLOUR))
        right_to_left = option.direction == Qt.LayoutDirection.RightToLeft
        badge_x = rect.left() if right_to_left else rect.right()
        for label, colour in badges:
            width = max(metrics.horizontalAdvance(label) + 10, badge_height)
            x = badge_x if right_to_left else badge_x - width
            badge = QRect(x, bar_top, width, badge_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(badge, badge_height / 2, badge_height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
            badge_x = badge_x + width + 4 if right_to_left else badge_x - width - 4
        share = done / total if total else 1.0
        percent = f"{format_integer(done)}/{format_integer(total)}"
        percent_width = metrics.horizontalAdvance(percent) + 6
        bar_left = rect.left() if not right_to_left else badge_x + 4
        bar_right = (badge_x - 4) if not right_to_left else rect.right()
        bar = QRect(
            bar_left,
            bar_top + badge_height // 2 - 3,
            max(bar_right - bar_left - percent_width, 20),
            6,
        )
        if right_to_left:
            bar.moveRight(bar_right)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(int(bar.width() * share))
        if right_to_left:
            filled.moveRight(bar.right())
        painter.setBrush(
            DONE_COLOUR
            if share >= 1
            else option.palette.color(QPalette.ColorRole.Highlight).lighter(130)
            if selected
            else option.palette.color(QPalette.ColorRole.Highlight)
        )
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(colour_role))
        text_rect = QRect(bar.right() + 6, bar_top, percent_width, badge_height)
        if right_to_left:
            text_rect.moveRight(bar.left() - 6)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading, percent
        )
        painter.restore()


def _clickable_list(name: str, activate: Callable[[QListWidgetItem], None]) -> QListWidget:
    """A hidden list whose items go to their field when clicked or activated."""
    view = QListWidget()
    view.setWordWrap(True)
    view.setObjectName(name)
    view.setCursor(Qt.CursorShape.PointingHandCursor)
    view.itemActivated.connect(activate)
    view.itemClicked.connect(activate)
    view.hide()
    return view


class ValidationPanel(RetranslatedOnLanguageChange, QWidget):
    """Every error and warning; activating one goes to its field."""

    findingActivated = Signal(object)
    unsavedActivated = Signal(str)  # the indicator code of a text that is not saved
    queryActivated = Signal(str, str)  # indicator code ("" for an area's), area code

    def __init__(
        self,
        model: FindingsModel,
        unsaved: UnsavedTexts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Typed text that is not a number: not saved, so listed first, apart from findings.
        self._unsaved = unsaved
        self.unsaved_view = _clickable_list("unsaved-texts", self._activate_unsaved)
        # UNIDO's open questions (a loaded review): listed until answered, apart from findings.
        self._queries: list[QueryState] = []
        self.queries_view = _clickable_list("unido-queries", self._activate_query)
        if unsaved is not None:
            unsaved.changed.connect(self._show_unsaved)
        self.view = StableListView()
        self.view.setItemDelegate(TextSizedDelegate(self.view))
        self.view.setModel(model)
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.unsaved_view)
        layout.addWidget(self.queries_view)
        layout.addWidget(self.view, 1)
        # A commit changes the findings, not the other lists: only the summary follows.
        for changed in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged):
            changed.connect(self._show_summary)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the texts of the panel in the current language."""
        self._show_summary()
        self.view.setAccessibleName(self.tr("Problems"))
        self.unsaved_view.setAccessibleName(self.tr("Texts not saved"))
        self.queries_view.setAccessibleName(self.tr("UNIDO asks"))
        self._show_unsaved()
        self._show_queries()

    def _show_summary(self, *_changed) -> None:
        """Count the findings and questions in one sentence."""
        ranks = [self.model.rank(r) for r in range(self.model.rowCount())]
        parts = []
        for rank, words in (
            (ERROR, self.tr("%Ln error(s)", "", ranks.count(ERROR))),
            (TO_EXPLAIN, self.tr("%Ln warning(s) to explain", "", ranks.count(TO_EXPLAIN))),
            (EXPLAINED, self.tr("%Ln explained", "", ranks.count(EXPLAINED))),
            (TO_DO, self.tr("%Ln value(s) to fill", "", ranks.count(TO_DO))),
        ):
            if rank in ranks:
                parts.append(words)
        if self._queries:
            parts.insert(0, self.tr("%Ln UNIDO question(s) to answer", "", len(self._queries)))
        if not parts:
            text = self.tr("No problems: every value passes the checks.")
        else:
            text = fill(self.tr("%1. Click one to go to its field."), ", ".join(parts))
        self.summary.setText(text)

    def set_queries(self, queries: list[QueryState]) -> None:
        """List UNIDO's open questions (answered ones leave the panel)."""
        self._queries = [query for query in queries if query.is_open]
        self.retranslate_ui()

    def _show_queries(self) -> None:
        self.queries_view.clear()
        for query in self._queries:
            place = query.indicator_code or query.area_code
            if query.cell or query.field:
                place += f" [{query.cell or query.field}]"
            text = fill(self.tr("UNIDO asks about %1: %2"), place, query.question)
            if query.answer_later:
                text += "  (" + self.tr("will answer later") + ")"
            item = QListWidgetItem(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion), text
            )
            item.setData(Qt.ItemDataRole.UserRole, (query.indicator_code, query.area_code))
            self.queries_view.addItem(item)
        self.queries_view.setVisible(bool(self._queries))
        self._fit_queries()
        QTimer.singleShot(0, self, self._fit_queries)  # once its rows are laid out

    def _fit_queries(self) -> None:
        if self._queries:  # as tall as its rows, at most a third of the panel
            # A row not laid out yet says -1: count it as three lines of text.
            least = 3 * self.queries_view.fontMetrics().height()
            view = self.queries_view
            rows = sum(max(view.sizeHintForRow(i), least) for i in range(len(self._queries)))
            self.queries_view.setFixedHeight(min(rows + 6, max(60, self.height() // 3)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_queries()  # set before the panel had its height: a third of what it has now

    def _activate_query(self, item: QListWidgetItem) -> None:
        code, area = item.data(Qt.ItemDataRole.UserRole)
        self.queryActivated.emit(code, area)

    def _show_unsaved(self) -> None:
        self.unsaved_view.clear()
        items = self._unsaved.items() if self._unsaved is not None else []
        for code, text in items:
            item = QListWidgetItem(
                self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
                fill(
                    self.tr("Not saved in %1: “%2” is not a number. Correct or clear it."),
                    code,
                    text,
                ),
            )
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.unsaved_view.addItem(item)
        self.unsaved_view.setVisible(bool(items))
        if items:  # as tall as its rows, at most a third of the panel
            rows = sum(self.unsaved_view.sizeHintForRow(i) for i in range(len(items)))
            self.unsaved_view.setMaximumHeight(min(rows + 6, max(60, self.height() // 3)))

    def _activate_unsaved(self, item: QListWidgetItem) -> None:
        self.unsavedActivated.emit(item.data(Qt.ItemDataRole.UserRole))

    def _activate(self, index: QModelIndex) -> None:
        finding = index.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)

    def activate_row(self, row: int) -> None:
        """Go to the field of the finding in a row (as a click would)."""
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self._activate(index)
