"""Export, template import, load and the first-run wizard, driven through the window."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWizard

from micdesk.gui.actions import ActionId

pytestmark = pytest.mark.gui

FILLED = {
    "TEC-1": True,
    "TEC-2": 12,
    "TEC-3": 340,
    "SKL-1": 100,
    "SKL-2": 55,
    "ENV-1": Decimal("1234.5"),
    "ENV-2": Decimal("0.125"),
    "ENV-3": Decimal("7"),
}
BREAKDOWN = {
    "sex=female;age=youth": 20,
    "sex=female;age=adult": 30,
    "sex=male;age=youth": 25,
    "sex=male;age=adult": 25,
}


@pytest.fixture
def window(make_window, store):
    """Kenya 2025 with every indicator but TEC-4 filled, in an open main window."""
    from micdesk.core.submissions import open_submission, save_profile, set_value

    save_profile(store, "KEN", focal_point="A. Focal", institution="Ministry", email="a@b.ke")
    submission = open_submission(store, "KEN", "2025")
    for code, value in FILLED.items():
        set_value(store, submission, code, value=value)
    for cell, value in BREAKDOWN.items():
        set_value(store, submission, "SKL-1", cell, value=value)
    return make_window(ask_reason=lambda _: "correction")


def test_draft_export_writes_a_workbook_the_core_reads_back(qtbot, window, tmp_path):
    from micdesk.core.submission_reader import read_submission

    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "ken-2025.xlsx"))
    assert dialog.draft.isChecked()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.show_folder.isEnabled()
    assert "Exported revision 1 (draft)" in dialog.outcome.text()
    exported = read_submission(tmp_path / "ken-2025.xlsx")
    assert exported.intact and not exported.final
    assert (exported.country, exported.period, exported.revision) == ("KEN", "2025", 1)
    values = {row.key: row.value_text for row in exported.rows}
    assert values[("ENV-1", "")] == "1234.5"
    assert values[("SKL-1", "sex=male;age=adult")] == "25"


def test_final_export_waits_for_a_comment_on_each_warning(qtbot, window, tmp_path):
    from micdesk.core.submission_reader import read_submission

    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "final.xlsx"))
    qtbot.mouseClick(dialog.final, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    assert dialog.final_blocked.text().endswith("explained: 1 warning left.")
    model = dialog.findings_model
    assert model.rowCount() == 1 and "TEC-4" in model.index(0, 0).data()
    table = dialog.findings
    index = model.index(0, 1)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = next(w for w in table.findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClicks(editor, "No new policy this year; figure pending")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    exported = read_submission(tmp_path / "final.xlsx")
    assert exported.final and exported.intact
    window.actions[ActionId.UNDO].trigger()  # the comment was one undoable edit
    assert window.session.state("TEC-4").comment == ""


def test_export_to_a_place_that_cannot_hold_a_file_says_nothing_was_written(
    qtbot, window, tmp_path
):
    (tmp_path / "a-file").write_text("not a folder")
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "a-file" / "x.xlsx"))
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith("Nothing was written.")
    assert not dialog.show_folder.isEnabled()


def test_save_as_pdf_after_an_export_prints_that_export(qtbot, window, tmp_path, monkeypatch):
    import shutil
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "ken.xlsx"))
    assert not dialog.save_pdf.isEnabled()  # nothing exported yet: no hash to print
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.save_pdf.isEnabled()
    asked = []

    def save_file_name(parent, title, path, filters):
        asked.append(path)
        return str(tmp_path / "signed"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    qtbot.mouseClick(dialog.save_pdf, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path / "ken.pdf")]
    assert (tmp_path / "signed.pdf").is_file()
    assert "Saved the PDF" in dialog.outcome.text()
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "signed.pdf"), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert dialog.result.sha256 in text and "1,234.5" in text


@pytest.mark.parametrize(("pages", "said"), [(1, "(1 page)"), (3, "(3 pages)")])
def test_the_saved_pdf_says_its_pages_in_the_plural_form_of_their_number(
    qtbot, window, tmp_path, monkeypatch, pages, said
):
    import micdesk.gui.dialogs.export as export_dialog

    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    dialog.path.setText(str(tmp_path / "ken.xlsx"))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(export_dialog, "write_submission_pdf", lambda document, path: pages)
    dialog.write_pdf(tmp_path / "ken.pdf")
    assert said in dialog.outcome.text()


def test_template_import_shows_the_diff_before_applying_and_the_window_follows(
    qtbot, window, store, tmp_path
):
    from micdesk.core.template_store import ensure_default_template
    from micdesk.core.template_workbook import write_template_workbook
    from micdesk.core.vocabulary import IndicatorKind
    from micdesk.core.workplan import IndicatorDefinition

    installed = ensure_default_template(store)
    added = IndicatorDefinition(
        code="TEC-5",
        area="TEC",
        order=10,
        label={"en": "Number of digital labs opened", "zh": "开设的数字实验室数量"},
        kind=IndicatorKind.INTEGER,
        unit="count",
        min_value=Decimal(0),
    )
    update = replace(installed, version=2, indicators=(*installed.indicators, added))
    path = tmp_path / "template-v2.xlsx"
    write_template_workbook(update, path)

    window.actions[ActionId.IMPORT_TEMPLATE].trigger()
    dialog = window.template_import_dialog
    qtbot.keyClicks(dialog.path, str(path))
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    groups = {
        dialog.diff_model.item(r).text(): dialog.diff_model.item(r)
        for r in range(dialog.diff_model.rowCount())
    }
    assert "Indicators added (1)" in groups
    assert groups["Indicators added (1)"].child(0).text() == "TEC-5 — Number of digital labs opened"
    assert "version 1 → 2" in dialog.heading.text()
    assert ensure_default_template(store).version == 1  # nothing written before Apply
    with qtbot.waitSignal(dialog.applied, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Installed version 2" in dialog.outcome.text()
    assert window.session.template.version == 2
    assert window.form("TEC").has_indicator("TEC-5")
    assert window.session.state("TEC-2").value == 12


def test_a_template_workbook_with_problems_lists_them_and_changes_nothing(
    qtbot, window, store, tmp_path
):
    from micdesk.core.template_store import ensure_default_template
    from micdesk.core.template_workbook import write_template_workbook

    path = tmp_path / "same-version.xlsx"
    write_template_workbook(ensure_default_template(store), path)  # version not above 1
    window.actions[ActionId.IMPORT_TEMPLATE].trigger()
    dialog = window.template_import_dialog
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.diff_model.item(0).text().startswith("Problems found")
    assert not dialog.apply_button.isEnabled()


def test_loading_a_submission_lists_the_conflict_and_takes_theirs_when_chosen(
    qtbot, window, store, tmp_path
):
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import set_value, value_history

    submission = window.session.submission
    path = tmp_path / "colleague.xlsx"
    export_submission(store, submission, path)
    set_value(store, submission, "TEC-2", value=99, reason="recount")
    set_value(store, submission, "TEC-3", value=341, reason="recount")
    window.open_submission("KEN", "2025")

    window.actions[ActionId.LOAD_SUBMISSION].trigger()
    dialog = window.load_dialog
    qtbot.keyClicks(dialog.path, str(path))
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    model = dialog.plan_model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"TEC-2", "TEC-3"}
    assert "2 conflicts" in dialog.heading.text()
    tec2 = rows["TEC-2"]
    assert model.index(tec2, 2).data() == "99" and model.index(tec2, 3).data() == "12"
    choice = model.index(tec2, 4)
    assert model.setData(choice, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    with qtbot.waitSignal(dialog.applied, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert window.session.state("TEC-2").value == 12  # theirs
    assert window.session.state("TEC-3").value == 341  # mine kept
    assert value_history(store, window.session.submission, "TEC-2")[-1].origin == "load"
    assert "kept 1 of yours" in dialog.outcome.text()


def test_first_run_wizard_saves_the_profile_and_the_window_opens_on_it(qtbot, store):
    from datetime import date

    from micdesk.core.submissions import get_profile, list_periods
    from micdesk.gui.settings import LANGUAGE, LAST_COUNTRY, LAST_PERIOD, Settings
    from micdesk.gui.wizard import FirstRunWizard

    settings = Settings(store.data_dir)
    wizard = FirstRunWizard(store, settings, today=date(2026, 3, 1))
    qtbot.addWidget(wizard)
    wizard.show()
    language = wizard.language_page.combo
    language.setCurrentIndex(language.findData("fr"))
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.country_page.search, "keny")
    assert wizard.country_page.country() == "KEN"
    wizard.next()
    page = wizard.focal_point_page
    qtbot.keyClicks(page.name, "Amina Wanjiru")
    qtbot.keyClicks(page.institution, "Ministry of Industry")
    qtbot.keyClicks(page.email, "not-an-address")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.email.clear()
    qtbot.keyClicks(page.email, "amina@industry.go.ke")
    wizard.next()
    assert wizard.period_page.period.text() == "2025"
    with qtbot.waitSignal(wizard.finished_profile) as finished:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert finished.args == ["KEN", "2025"]
    profile = get_profile(store, "KEN")
    assert (profile.focal_point, profile.email) == ("Amina Wanjiru", "amina@industry.go.ke")
    assert list_periods(store, "KEN", "unido-mic-workplan") == ["2025"]
    again = Settings(store.data_dir)
    assert (again.get(LANGUAGE), again.get(LAST_COUNTRY), again.get(LAST_PERIOD)) == (
        "fr",
        "KEN",
        "2025",
    )


def test_reason_dialog_accepts_only_a_reason(qtbot):
    from micdesk.gui.dialogs.reason import ReasonDialog

    dialog = ReasonDialog("TEC-2 was already exported")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "UNIDO asked for the audited figure")
    assert ok.isEnabled()


def test_about_box_names_the_version_and_the_data_folder(qtbot, window, store):
    from micdesk import __version__

    window.actions[ActionId.ABOUT].trigger()
    text = window.about_dialog.text.text()
    assert __version__ in text and str(store.data_dir) in text
