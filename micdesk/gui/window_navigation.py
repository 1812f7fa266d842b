"""Moving the main window's focus to a field: a finding, an unsaved text, an undone change."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from micdesk.core.validation import Finding
from micdesk.core.vocabulary import NarrativeField
from micdesk.gui.area_form import AreaForm
from micdesk.gui.form_scheduler import scroll_of


class WindowNavigation:
    """Shows the row of a field and puts the focus on it (MainWindow's part)."""

    def go_to_finding(self, finding: Finding) -> None:
        """Select the finding's row and put the focus on its field."""
        self._go_to(finding.area_code, finding.indicator_code, finding.cell)

    def shown_form(self, area_code: str) -> AreaForm | None:
        """Select the area's row and return its form (None before a submission is open)."""
        if self.area_model is None:
            return None
        self.select_area(self.area_model.row_of(area_code))
        return self.forms.get(area_code)

    def _go_to(self, area_code: str, indicator_code: str | None, cell: str) -> None:
        form = self.shown_form(area_code)
        if form is None:
            return
        if indicator_code and form.has_indicator(indicator_code):
            field = form.editor(indicator_code).focus_cell(cell)
        else:
            if cell not in {field.value for field in NarrativeField}:
                return
            field = form.narrative(cell).edit
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = scroll_of(form)
        QTimer.singleShot(0, field, lambda: scroll.ensureWidgetVisible(field, 40, 80))

    def _go_to_unsaved(self, code: str) -> None:
        if self.session is not None and self.session.template.has_indicator(code):
            self._go_to(self.session.template.indicator(code).area, code, "")

    def _on_focus_requested(self, key: str, cell: str) -> None:
        """After undo or redo: show the field that changed."""
        if self.session is None:
            return
        template = self.session.template
        if template.has_indicator(key):
            self._go_to(template.indicator(key).area, key, cell)
        else:
            self._go_to(key, None, cell)

    def go_to_next_problem(self) -> None:
        """Go to the next error or warning in the problems panel."""
        panel = self.validation_panel
        if panel is None:
            return
        panel.model.catch_up()  # (the panel follows a commit a moment later)
        if panel.model.rowCount() == 0:
            return
        current = panel.view.currentIndex().row()
        panel.activate_row((current + 1) % panel.model.rowCount())
