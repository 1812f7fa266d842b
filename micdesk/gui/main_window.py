"""The main window: work-plan rows on the left, the selected row's indicators beside."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QListWidget, QMainWindow, QSplitter, QTextBrowser

from micdesk.core.store import Store
from micdesk.core.workplan import WorkPlanTemplate, pick_text


class MainWindow(QMainWindow):
    """The window a focal point works in."""

    def __init__(self, store: Store, template: WorkPlanTemplate) -> None:
        super().__init__()
        self._store = store
        self._template = template
        self._language = QLocale().name().split("_")[0]
        self._areas = QListWidget()
        self._details = QTextBrowser()
        splitter = QSplitter()
        splitter.addWidget(self._areas)
        splitter.addWidget(self._details)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self._areas.currentRowChanged.connect(self._show_area)
        self.retranslate_ui()
        self.resize(1100, 700)

    def _text(self, texts: dict[str, str]) -> str:
        return pick_text(texts, self._language, self._template.default_language)

    def retranslate_ui(self) -> None:
        """Set every user-visible text in the current language."""
        self.setWindowTitle(self.tr("micdesk — %s") % self._text(self._template.title))
        row = max(self._areas.currentRow(), 0)
        self._areas.clear()
        self._areas.addItems([self._text(area.title) for area in self._template.areas])
        self._areas.setCurrentRow(row)

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        area = self._template.areas[row]
        indicators = "".join(
            f"<li>{indicator.code}: {self._text(indicator.label)}</li>"
            for indicator in self._template.indicators_of(area.code)
        )
        self._details.setHtml(f"<h2>{self._text(area.title)}</h2><ul>{indicators}</ul>")
