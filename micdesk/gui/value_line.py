"""An indicator's value line: its context beside the value when it fits on one line, else below.

Beside a value, key and unit, a long context (Russian's "Предыдущий период (2024): —")
wrapped to three lines in a narrow column and made every indicator three lines
high. It is shown beside the value in full when it fits on one line there, else in
short ("Пред. (2024): —", the full text in its tooltip), else in full under the value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy

from micdesk.core.placeholders import fill
from micdesk.gui.session import SubmissionSession

GAP = 12  # between the value line's last field and the context beside it


class ValueLine(QGridLayout):
    """The value row, and the context beside it or under it, whichever keeps it on one line."""

    def __init__(self, row: QHBoxLayout, context: QLabel) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.setHorizontalSpacing(GAP)
        self.setVerticalSpacing(1)
        row.setSpacing(1)  # as in the editor's own column, which the row sat in before
        self.addLayout(row, 0, 0)
        self.setColumnStretch(1, 1)
        self._row, self._context = row, context
        # The context asks for no width of its own: it takes what the value leaves. Were its
        # longest word part of the editor's minimum width, placing it beside the value
        # would widen the form, whose new width would keep it there: a form laid out
        # while idle then measured otherwise on the screen, and was measured again whole
        # at its first show.
        context.setSizePolicy(QSizePolicy.Policy.Ignored, context.sizePolicy().verticalPolicy())
        self._full = self._compact = ""
        self.beside: bool | None = None
        self._place(beside=True)

    def set_texts(self, full: str, compact: str) -> None:
        """The context in full and in short (shown beside the value when the full one is not)."""
        self._full, self._compact = full, compact

    def fit_to(self, width: int) -> None:
        """Beside the value in full or in short if it fits there on one line, else under it."""
        room = width - self._row.sizeHint().width() - GAP
        metrics = self._context.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= room:
            text, beside = self._full, True
        elif metrics.horizontalAdvance(self._compact) <= room:
            text, beside = self._compact, True
        else:
            text, beside = self._full, False
        self._context.setText(text)
        self._place(beside=beside)

    def _place(self, *, beside: bool) -> None:
        if beside == self.beside:
            return
        self.beside = beside
        self.removeWidget(self._context)
        if beside:
            self.addWidget(self._context, 0, 1)
        else:
            self.addWidget(self._context, 1, 0, 1, 2)


def context_texts(
    session: SubmissionSession,
    code: str,
    state_text: Callable[[Any], str],
    display_value: Callable[[Any], str],
) -> tuple[str, str, str]:
    """An indicator's previous period, baseline and target: in full, in short, and its tooltip."""

    previous = session.previous.get((code, ""))
    target = session.targets.get(code)
    # A value a template's crosswalk carried is shown under this version's definition.
    lineage = session.converted(code).get(session.previous_period)
    shown_previous = (session.previous_period, state_text(previous))
    full = [
        fill(
            QCoreApplication.translate(
                "IndicatorEditor", "Previous period (%1): %2 (converted to this version)"
            )
            if lineage
            else QCoreApplication.translate("IndicatorEditor", "Previous period (%1): %2"),
            *shown_previous,
        )
    ]
    # (the short form never drops "converted": a converted value is said in full)
    compact = [
        full[0]
        if lineage
        else fill(QCoreApplication.translate("IndicatorEditor", "Prev. (%1): %2"), *shown_previous)
    ]
    # Baseline and target only where the country has them: a blank says nothing.
    if target is not None and target.baseline is not None:
        shown = (target.baseline_period or "—", display_value(target.baseline))
        full.append(
            fill(QCoreApplication.translate("IndicatorEditor", "Baseline (%1): %2"), *shown)
        )
        compact.append(
            fill(QCoreApplication.translate("IndicatorEditor", "Base. (%1): %2"), *shown)
        )
    if target is not None and target.target is not None:
        shown = (target.target_period or "—", display_value(target.target))
        full.append(fill(QCoreApplication.translate("IndicatorEditor", "Target (%1): %2"), *shown))
        compact.append(fill(QCoreApplication.translate("IndicatorEditor", "Tgt. (%1): %2"), *shown))
    text = "  ·  ".join(full)
    return text, "  ·  ".join(compact), f"{text}\n{lineage}" if lineage else text
