"""A small trend line of an indicator over the periods, painted directly (cheap to build)."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from micdesk.core.placeholders import fill
from micdesk.gui.plain_text import plain_tooltip


class TrendChart(QWidget):
    """A sparkline of (period, value) points; gaps where a period has no number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, Decimal | None]] = []
        self._converted: frozenset[str] = frozenset()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Time runs left to right on the chart in every language, as in UN publications.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def sizeHint(self) -> QSize:
        return QSize(140, 40)

    def set_points(
        self, points: list[tuple[str, Decimal | None]], converted: Collection[str] = ()
    ) -> None:
        """Show a series; the tooltip lists it for reading and for screen readers.

        ``converted``: periods whose value a template's crosswalk converted to the current
        definition; their dots are hollow and the listing says so.
        """
        self._points = list(points)
        self._converted = frozenset(converted)
        marked = QCoreApplication.translate("TrendChart", "%1 (converted)")
        listing = ", ".join(
            f"{p}: {fill(marked, shown) if p in self._converted else shown}"
            for p, v in self._points
            for shown in ["—" if v is None else str(v)]
        )
        self.setToolTip(plain_tooltip(listing))
        self.setAccessibleDescription(listing)
        self.update()

    def points(self) -> list[tuple[str, Decimal | None]]:
        """The series shown."""
        return list(self._points)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(4, 4, -4, -12)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        numbers = [float(v) for _, v in self._points if v is not None]
        if not numbers:
            painter.end()
            return
        low, high = min(numbers + [0.0]), max(numbers)
        span = (high - low) or 1.0
        count = len(self._points)
        step = rect.width() / max(count - 1, 1)
        path = QPainterPath()
        started = False
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(accent, 2))
        dots = []
        for i, (period, value) in enumerate(self._points):
            if value is None:
                started = False
                continue
            x = rect.left() + (i * step if count > 1 else rect.width() / 2)
            y = rect.bottom() - (float(value) - low) / span * rect.height()
            point = QPointF(x, y)
            dots.append((point, period in self._converted))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        painter.drawPath(path)
        for dot, converted in dots:
            # A converted value: a hollow dot, the figure is a computed one.
            painter.setBrush(self.palette().color(QPalette.ColorRole.Base) if converted else accent)
            painter.drawEllipse(dot, 2.5, 2.5)
        painter.setPen(QColor(self.palette().color(QPalette.ColorRole.PlaceholderText)))
        font = painter.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.75, 6))
        painter.setFont(font)
        if self._points:
            painter.drawText(
                self.rect().adjusted(2, 0, -2, 0),
                Qt.AlignmentFlag.AlignBottom
                | Qt.AlignmentFlag.AlignLeft
                | Qt.AlignmentFlag.AlignAbsolute,
                self._points[0][0],
            )
            painter.drawText(
                self.rect().adjusted(2, 0, -2, 0),
                Qt.AlignmentFlag.AlignBottom
                | Qt.AlignmentFlag.AlignRight
                | Qt.AlignmentFlag.AlignAbsolute,
                self._points[-1][0],
            )
        painter.end()
