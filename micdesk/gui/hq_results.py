"""The HQ window's Results tab: the programme's figures per indicator and period, with a chart.

It shows what the consolidated workbook's Results sheet holds
(``results_sheet.stored_results``). Its texts keep the ``HqWindow``
translation context they had when the tab was part of that window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from micdesk.core.placeholders import fill
from micdesk.core.programme_results import FigureRule, IndicatorResults, sorted_periods
from micdesk.gui.numbers import format_integer, format_number, locale_for_language


class ResultsTab(QWidget):
    """A table of every indicator's programme figure by period, and the selected one's chart."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCharts import QChart, QChartView

        super().__init__(parent)
        self.language = language
        self.results_data: list[IndicatorResults] = []
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.show_chart(current.row())
        )
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = QChartView(self.chart)
        self.chart_view.setMinimumWidth(320)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the note in the current language (the figures are shown again by ``show_results``)."""
        self.note.setText(
            QCoreApplication.translate(
                "HqWindow",
                "Yes/no: countries answering yes. Numbers: the sum over the countries. "
                "Cumulative: the sum of each country's latest figure, never a sum across "
                "periods. Percentages are not added up. NA, NE and C are listed, never "
                "counted as zero.",
            )
        )

    def figure_text(self, result: IndicatorResults, period: str) -> str:
        """One indicator's programme figure for a period, with the notation keys reported."""
        found = result.periods.get(period)
        if found is None:
            return ""
        if result.indicator.rule is FigureRule.YES_COUNT and found.figure is not None:
            text = fill(
                QCoreApplication.translate("HqWindow", "%1 of %2 yes"),
                format_integer(int(found.figure)),
                format_integer(found.reporting),
            )
        elif found.figure is not None:
            text = format_number(found.figure, locale_for_language(self.language))
        else:
            text = "—"
        if found.notation_keys:
            keys = ", ".join(f"{country} {key}" for country, key in found.notation_keys)
            text = f"{text} ({keys})"
        return text

    def show_results(self, results: list[IndicatorResults]) -> None:
        """Show the figures of a consolidation, the first indicator's chart beside them."""
        self.results_data = results
        periods = sorted_periods(p for r in results for p in r.periods)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HqWindow", "Indicator"), *periods]
        )
        for result in results:
            label = QStandardItem(f"{result.indicator.code} — {result.indicator.label}")
            label.setEditable(False)
            row = [label]
            for period in periods:
                item = QStandardItem(self.figure_text(result, period))
                item.setEditable(False)
                found = result.periods.get(period)
                if found is not None:
                    item.setToolTip(
                        fill(
                            self.tr("%1 of %Ln country(ies) reported (%2 %)", "", found.returns),
                            found.reporting,
                            round(found.completeness * 100),
                        )
                    )
                row.append(item)
            self.model.appendRow(row)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 420))
        if results:
            self.table.selectRow(0)
            self.show_chart(0)

    def show_chart(self, row: int) -> None:
        """Draw the selected indicator's programme figure across the periods."""
        from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis

        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        if not 0 <= row < len(self.results_data):
            return
        result = self.results_data[row]
        periods = sorted(result.periods, key=lambda p: sorted_periods(result.periods).index(p))
        self.chart.setTitle(f"{result.indicator.code} — {result.indicator.label}")
        bars = QBarSet(result.indicator.code)
        figures = [result.periods[p].figure for p in periods]
        for figure in figures:
            bars.append(float(figure) if figure is not None else 0.0)
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(periods)
        values = QValueAxis()
        top = max((float(f) for f in figures if f is not None), default=0.0)
        values.setRange(0, top * 1.15 if top > 0 else 1)
        values.applyNiceNumbers()
        if result.indicator.rule is FigureRule.YES_COUNT:
            values.setLabelFormat("%d")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
