"""The window's contributor dialogs: ask a ministry, load its workbook back."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import Qt

from micdesk.core.contributions import READABLE_SHEET
from micdesk.core.submissions import list_values, open_submission
from micdesk.core.template_store import ensure_default_template
from micdesk.gui.dialogs.contributor import AskContributorDialog, LoadContributionDialog

pytestmark = pytest.mark.gui


def test_asking_a_contributor_writes_a_workbook_for_the_ticked_indicators(qtbot, store, tmp_path):
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    dialog = AskContributorDialog(store, submission, "en")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.contributor, "Ministry of Labour")
    assert dialog.file_row.text().endswith("KEN-2025-Ministry-of-Labour.xlsx")
    out = tmp_path / "labour.xlsx"
    dialog.file_row.path.setText(str(out))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == "Tick at least one indicator."
    for row in range(dialog.indicators.count()):
        item = dialog.indicators.item(row)
        if item.data(Qt.ItemDataRole.UserRole) in ("SKL-1", "SKL-2"):
            item.setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.written):
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    codes = {
        row[0]
        for row in openpyxl.load_workbook(out)[READABLE_SHEET].iter_rows(
            min_row=2, values_only=True
        )
    }
    assert codes == {"SKL-1", "SKL-2"}


def test_loading_a_contribution_previews_then_stores_the_valid_values(qtbot, store, tmp_path):
    from micdesk.core.contributions import write_contribution
    from micdesk.gui.i18n import install_language

    install_language("en")  # the English plural forms: "1 value", not "1 value(s)"
    ensure_default_template(store)
    submission = open_submission(store, "KEN", "2025")
    out = tmp_path / "env.xlsx"
    write_contribution(store, submission, ["ENV-1", "ENV-3"], "Ministry of Environment", out)
    workbook = openpyxl.load_workbook(out)
    workbook[READABLE_SHEET]["H2"] = 8.5
    workbook[READABLE_SHEET]["H3"] = "many"
    workbook.save(out)
    dialog = LoadContributionDialog(store, submission, "en")
    qtbot.addWidget(dialog)
    assert dialog.requests.text().startswith("Asked of Ministry of Environment (ENV-1, ENV-3) on ")
    dialog.file_row.path.setText(str(out))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == (
        "From Ministry of Environment: 1 value to load, 1 invalid, 0 differ from yours."
    )
    headings = [dialog.preview_model.item(r).text() for r in range(dialog.preview_model.rowCount())]
    assert headings == ["Invalid cells (not loaded) (1)", "New values (1)"]
    with qtbot.waitSignal(dialog.applied):
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert list_values(store, submission)[("ENV-1", "")].value == Decimal("8.5")
    assert "back on" in dialog.requests.text()
