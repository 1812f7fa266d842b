"""The main window driven as a focal point would: type, press Enter, undo, follow a problem."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

pytestmark = pytest.mark.gui


@pytest.fixture
def make_window(qtbot, store):
    """Build a main window on Kenya 2025 in a language; reasons and errors are recorded."""
    from micdesk.core.submissions import save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import LANGUAGE, Settings

    save_profile(store, "KEN", focal_point="A. Focal")

    def make(language: str = "en", reason: str | None = "corrected figure"):
        settings = Settings(store.data_dir)
        settings.set(LANGUAGE, language)
        asked: list[str] = []
        errors: list[str] = []

        def ask_reason(detail: str) -> str | None:
            asked.append(detail)
            return reason

        window = MainWindow(store, settings, ask_reason=ask_reason, report_error=errors.append)
        window.asked, window.errors = asked, errors
        qtbot.addWidget(window)
        window.set_language(language)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        window.open_submission("KEN", "2025")
        # Act on a settled window: the forms are built and measured while idle (the test
        # below on building checks that this never disturbs the window).
        qtbot.waitUntil(lambda: not window.forms_pending())
        return window

    return make


def editor(window, code):
    template = window.session.template
    area = template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code)


def type_value(qtbot, window, code, text):
    field = editor(window, code).value_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_into_grid(qtbot, grid, row, column, text):
    index = grid.model().index(row, column)
    grid.setCurrentIndex(index)
    grid.edit(index)
    cell_editor = next(w for w in grid.findChildren(QLineEdit) if w.isVisible())
    cell_editor.selectAll()
    qtbot.keyClicks(cell_editor, text)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the cell in a queued call
    # Offscreen Qt leaves no active window once an item editor closes: activate it again.
    with qtbot.waitActive(grid.window()):
        grid.window().activateWindow()


def stored(store, window, code, cell=""):
    from micdesk.core.submissions import get_value

    return get_value(store, window.session.submission, code, cell)


def test_filling_all_nine_indicators_saves_every_cell_and_completes_the_submission(
    qtbot, store, make_window
):
    from micdesk.core.records import completeness
    from micdesk.core.submissions import list_narratives, list_values, validate_submission

    window = make_window()
    tec1 = editor(window, "TEC-1").value_combo
    tec1.setFocus()
    qtbot.keyClick(tec1, Qt.Key.Key_Down)  # "— not answered —" → "Yes"
    for code, text in (("TEC-2", "12"), ("TEC-3", "340"), ("TEC-4", "2"), ("SKL-2", "55")):
        type_value(qtbot, window, code, text)
    type_value(qtbot, window, "SKL-1", "100")
    grid = editor(window, "SKL-1").grid
    for (row, column), text in {(0, 0): "20", (0, 1): "30", (1, 0): "25", (1, 1): "25"}.items():
        type_into_grid(qtbot, grid, row, column, text)
    type_value(qtbot, window, "ENV-1", "1,234.5")
    type_value(qtbot, window, "ENV-2", "0.125")
    type_value(qtbot, window, "ENV-3", "NE")
    from micdesk.core.vocabulary import NarrativeField

    progress = window.forms["ENV"].narrative(NarrativeField.PROGRESS).edit
    progress.setFocus()
    qtbot.keyClicks(progress, "Two plants switched fuel.")
    qtbot.keyClick(progress, Qt.Key.Key_Tab)

    submission = window.session.submission
    values = list_values(store, submission)
    assert values[("TEC-1", "")].value is True
    assert values[("TEC-2", "")].value == 12
    assert values[("SKL-1", "sex=female;age=youth")].value == 20
    assert values[("ENV-1", "")].value == Decimal("1234.5")
    assert values[("ENV-2", "")].value == Decimal("0.125")
    assert values[("ENV-3", "")].notation.value == "NE"
    assert all(c.done == c.total for c in completeness(submission.template, values).values())
    assert list_narratives(store, submission)[("ENV", "progress")] == "Two plants switched fuel."
    assert validate_submission(store, submission) == []
    assert window.completeness_label.text() == "13 of 13 cells filled (100%)"
    assert window.saved_label.text().startswith("Saved at ")


def test_numbers_typed_with_a_decimal_comma_are_stored_exactly_and_shown_back_in_french(
    qtbot, store, make_window
):
    window = make_window("fr")
    type_value(qtbot, window, "ENV-1", "1 234,567")
    assert stored(store, window, "ENV-1").value == Decimal("1234.567")
    assert editor(window, "ENV-1").value_edit.text() == "1\u202f234,567"


def test_text_that_is_not_a_number_shows_an_inline_error_as_typed_and_saves_nothing(
    qtbot, store, make_window
):
    window = make_window()
    field_editor = editor(window, "TEC-2")
    field_editor.value_edit.setFocus()
    qtbot.keyClicks(field_editor.value_edit, "twelve")
    assert field_editor.input_error.isVisibleTo(window)
    assert "“twelve” is not a number" in field_editor.input_error.text()
    qtbot.keyClick(field_editor.value_edit, Qt.Key.Key_Return)
    assert stored(store, window, "TEC-2") is None
    field_editor.value_edit.clear()
    qtbot.keyClicks(field_editor.value_edit, "3.5")
    assert "whole number" in field_editor.input_error.text()


def test_a_problem_in_the_panel_leads_to_its_field_and_fixing_it_clears_it(
    qtbot, store, make_window
):
    window = make_window()
    type_value(qtbot, window, "SKL-1", "10")
    type_into_grid(qtbot, editor(window, "SKL-1").grid, 0, 0, "12")
    panel = window.validation_panel
    qtbot.waitUntil(lambda: not panel.model.waiting())  # the panel follows once typing pauses
    assert panel.model.finding(0).rule.value == "disaggregation_mismatch"
    assert "1 error," in panel.summary.text()
    window.select_area(0)
    panel.activate_row(0)
    skl1 = window.forms["SKL"].editor("SKL-1")
    assert window.current_form() is window.forms["SKL"]
    assert skl1.value_edit.hasFocus()
    assert not skl1.grid_status.text().startswith("Enter")
    assert "does not match the total" in skl1.grid_status.text()
    skl1.value_edit.selectAll()
    qtbot.keyClicks(skl1.value_edit, "12")
    qtbot.keyClick(skl1.value_edit, Qt.Key.Key_Return)
    assert all(f.rule.value != "disaggregation_mismatch" for f in window.session.findings)
    assert window.area_model.data(window.area_model.index(1), Qt.ItemDataRole.UserRole + 3) == 0


def test_undo_and_redo_from_the_edit_menu_step_back_across_fields(qtbot, store, make_window):
    from micdesk.core.submissions import value_history
    from micdesk.gui.actions import ActionId

    window = make_window()
    type_value(qtbot, window, "TEC-2", "5")
    type_value(qtbot, window, "TEC-2", "7")
    type_value(qtbot, window, "ENV-1", "3.25")
    undo, redo = window.actions[ActionId.UNDO], window.actions[ActionId.REDO]
    assert undo in window.edit_menu.actions() and undo.shortcut().toString() == "Ctrl+Z"
    undo.trigger()
    assert stored(store, window, "ENV-1").value is None
    assert window.current_form() is window.forms["ENV"]
    undo.trigger()
    assert stored(store, window, "TEC-2").value == 5
    assert editor(window, "TEC-2").value_edit.text() == "5"
    redo.trigger()
    redo.trigger()
    assert stored(store, window, "TEC-2").value == 7
    assert stored(store, window, "ENV-1").value == Decimal("3.25")
    origins = [entry.origin for entry in value_history(store, window.session.submission, "TEC-2")]
    assert origins == ["user", "user", "undo", "redo"]


def record_final_export(store, submission, revision=1):
    """Record that UNIDO received the submission as it stands, as a final export would."""
    from micdesk.core.model import Submission, SubmissionExport

    with store.transaction() as session:
        parent = session.get(Submission, submission.submission_id)
        parent.revision = revision
        session.add(
            SubmissionExport(
                submission_fk=parent.id,
                revision=revision,
                uuid=f"u-{revision}",
                template_version=1,
                final=True,
                sha256="0" * 64,
            )
        )


def test_changing_a_value_sent_as_final_asks_for_the_reason_and_keeps_it(qtbot, store, make_window):
    from micdesk.core.submissions import value_history

    window = make_window()
    type_value(qtbot, window, "TEC-2", "5")
    record_final_export(store, window.session.submission)
    type_value(qtbot, window, "TEC-2", "6")
    assert len(window.asked) == 1
    assert stored(store, window, "TEC-2").value == 6
    assert value_history(store, window.session.submission, "TEC-2")[-1].reason == "corrected figure"


def test_cancelling_the_reason_keeps_the_exported_value_and_shows_it_again(
    qtbot, store, make_window
):
    window = make_window(reason=None)
    type_value(qtbot, window, "TEC-2", "5")
    record_final_export(store, window.session.submission)
    type_value(qtbot, window, "TEC-2", "6")
    assert stored(store, window, "TEC-2").value == 5
    assert editor(window, "TEC-2").value_edit.text() == "5"
    assert window.undo_stack.count() == 1


def test_a_notation_key_blanks_the_value_and_counts_as_filled(qtbot, store, make_window):
    window = make_window()
    type_value(qtbot, window, "TEC-3", "40")
    tec3 = editor(window, "TEC-3")
    tec3.notation.setFocus()
    qtbot.keyClick(tec3.notation, Qt.Key.Key_Down)  # — → NA
    state = stored(store, window, "TEC-3")
    assert state.value is None and state.notation.value == "NA"
    assert not tec3.value_edit.isEnabled()
    assert tec3.value_edit.text() == ""
    assert window.area_model.data(window.area_model.index(0), Qt.ItemDataRole.UserRole + 2) == (
        1,
        4,
    )


def test_comment_source_and_follow_up_are_saved_per_value(qtbot, store, make_window):
    window = make_window()
    tec2 = editor(window, "TEC-2")
    assert not tec2.comment.isVisible()  # no room taken until used
    qtbot.mouseClick(tec2.details_button, Qt.MouseButton.LeftButton)
    assert tec2.comment.isVisible()
    tec2.comment.setFocus()
    qtbot.keyClicks(tec2.comment, "From the ministry's survey")
    qtbot.keyClick(tec2.comment, Qt.Key.Key_Return)
    qtbot.keyClicks(tec2.source, "=SUM(A1)")
    qtbot.keyClick(tec2.source, Qt.Key.Key_Return)
    qtbot.mouseClick(tec2.follow_up, Qt.MouseButton.LeftButton)
    state = stored(store, window, "TEC-2")
    assert (state.comment, state.source, state.follow_up) == (
        "From the ministry's survey",
        "=SUM(A1)",
        True,
    )
    assert state.value is None and not state.is_filled
    tec2.details_button.click()  # closed again, it says that it holds something
    assert tec2.details_button.text() == "Details •"


def test_previous_period_baseline_target_and_trend_are_shown_beside_the_field(
    qtbot, store, make_window
):
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.core.targets import set_target

    earlier = open_submission(store, "KEN", "2023")
    set_value(store, earlier, "ENV-1", value=Decimal("10"))
    previous = open_submission(store, "KEN", "2024")
    set_value(store, previous, "ENV-1", value=Decimal("12.5"))
    set_target(
        store,
        previous,
        "ENV-1",
        baseline=Decimal(8),
        baseline_period="2020",
        target=40,
        target_period="2030",
    )
    window = make_window()
    env1 = editor(window, "ENV-1")
    assert env1.context.text() == (
        "Previous period (2024): 12.5  ·  Baseline (2020): 8  ·  Target (2030): 40"
    )
    type_value(qtbot, window, "ENV-1", "11")
    assert env1.trend.points() == [
        ("2023", Decimal("10")),
        ("2024", Decimal("12.5")),
        ("2025", Decimal("11")),
    ]
    assert "cumulative value 11 is below" in env1.findings.text().lower()


def test_narrative_longer_than_the_limit_is_refused_with_the_counter_in_red(
    qtbot, store, make_window
):
    from micdesk.core.submissions import list_narratives
    from micdesk.core.vocabulary import NARRATIVE_MAX_LENGTH, NarrativeField

    window = make_window()
    support = window.forms["TEC"].narrative(NarrativeField.SUPPORT)
    support.edit.setPlainText("x" * (NARRATIVE_MAX_LENGTH + 1))
    assert (
        support.counter.text()
        == (
            f"{NARRATIVE_MAX_LENGTH + 1:,} / {NARRATIVE_MAX_LENGTH:,} characters"  # grouped, as in English
        )
    )
    assert support.error.isVisibleTo(window)
    assert support.commit() is False
    assert list_narratives(store, window.session.submission) == {}


def test_switching_period_opens_that_submission_and_clears_undo(qtbot, store, make_window):
    window = make_window()
    asked = []
    window.confirm = lambda title, question: asked.append(question) or True
    type_value(qtbot, window, "TEC-2", "5")
    window.period_combo.setFocus()
    window.period_combo.lineEdit().selectAll()
    qtbot.keyClicks(window.period_combo.lineEdit(), "2024")
    qtbot.keyClick(window.period_combo.lineEdit(), Qt.Key.Key_Return)
    assert window.session.submission.period == "2024"
    assert asked == ["There is no submission for Kenya (KEN) 2024 yet. Start an empty one?"]
    assert window.undo_stack.count() == 0
    assert editor(window, "TEC-2").value_edit.text() == ""
    assert editor(window, "TEC-2").context.text().startswith("Previous period (2023): —")


def test_window_reopens_on_the_last_country_and_period_with_its_layout(qtbot, store, make_window):
    from micdesk.core.submissions import save_profile
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    save_profile(store, "PER")
    window = make_window()
    window.open_submission("PER", "2022")
    window.resize(760, 560)  # within the offscreen screen, which restoreGeometry respects
    window.splitter.setSizes([300, 400])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(store, Settings(store.data_dir))
    qtbot.addWidget(again)
    with qtbot.waitExposed(again):
        again.show()
    again.open_initial()
    assert again.size() == window.size()
    assert (again.session.submission.country, again.session.submission.period) == ("PER", "2022")
    assert again.splitter.sizes() == sizes
    assert again.country_combo.currentData() == "PER"


def test_history_dialog_lists_the_changes_of_a_value(qtbot, store, make_window):
    window = make_window()
    type_value(qtbot, window, "TEC-2", "5")
    type_value(qtbot, window, "TEC-2", "8")
    qtbot.mouseClick(editor(window, "TEC-2").history, Qt.MouseButton.LeftButton)
    dialog = window.history_dialog
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 3).data() == "8"
    dialog.close()


def test_enter_moves_down_to_the_next_value_and_tab_to_the_key(qtbot, store, make_window):
    window = make_window()
    tec2 = editor(window, "TEC-2")
    tec2.value_edit.setFocus()
    qtbot.keyClicks(tec2.value_edit, "4")
    qtbot.keyClick(tec2.value_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor(window, "TEC-3").value_edit
    assert stored(store, window, "TEC-2").value == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor(window, "TEC-3").notation
    tec4 = editor(window, "TEC-4")
    tec4.value_edit.setFocus()
    qtbot.keyClick(tec4.value_edit, Qt.Key.Key_Return)  # the last value: on to the narrative
    assert QApplication.focusWidget() is window.forms["TEC"].narrative("progress").edit


def test_building_the_forms_while_idle_opens_no_window_and_keeps_the_window_active(
    qtbot, store, make_window
):
    from PySide6.QtCore import QEvent, QObject

    window = make_window()
    other_windows: list[str] = []

    class WindowWatcher(QObject):
        def eventFilter(self, watched, event):
            if (
                event.type() == QEvent.Type.Show
                and watched.isWidgetType()
                and watched.isWindow()
                and watched is not window
            ):
                other_windows.append(type(watched).__name__)
            return False

    watcher = WindowWatcher()
    QApplication.instance().installEventFilter(watcher)
    try:
        window.open_submission("KEN", "2024")  # every form built again, a part at a time
        qtbot.waitUntil(lambda: not window.forms_pending())
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert other_windows == []
    assert window.isActiveWindow()


def _unbuilt_form(window, area_code):
    from micdesk.gui.area_form import AreaForm

    area = window.session.template.area(area_code)
    return AreaForm(window.editing, area, "en", window.locale, initial_editors=0)


def test_asking_for_an_editor_that_is_not_built_yet_builds_it_and_those_above_it(
    qtbot, store, make_window
):
    window = make_window()
    form = _unbuilt_form(window, "TEC")
    qtbot.addWidget(form)
    assert form.built_editors() == []
    assert form.has_indicator("TEC-3")

    tec3 = form.editor("TEC-3")

    assert tec3.indicator.code == "TEC-3"
    assert [e.indicator.code for e in form.built_editors()] == ["TEC-1", "TEC-2", "TEC-3"]
    assert form.built_narratives() == []  # the narrative waits for every indicator
    assert form.editor("TEC-4") is not None
    assert not form.has_indicator("ENV-1")
    with pytest.raises(KeyError):
        form.editor("ENV-1")


def test_the_narrative_comes_after_every_indicator_in_the_tab_order(qtbot, store, make_window):
    from micdesk.core.vocabulary import NarrativeField

    window = make_window()
    form = _unbuilt_form(window, "TEC")
    qtbot.addWidget(form)
    form.build_next()
    narrative = form.narrative(NarrativeField.PROGRESS)  # builds the rest, then the narrative
    form.show()
    qtbot.waitExposed(form)

    chain, widget = [], form.nextInFocusChain()
    while widget is not form and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    first_narrative = chain.index(narrative.edit)
    for editor in form.built_editors():
        fields = [editor.value_edit or editor.value_combo, editor.comment, editor.source]
        assert all(chain.index(field) < first_narrative for field in fields), editor
    assert len(form.built_editors()) == 4


def test_a_period_slip_is_refused_and_a_new_period_is_made_only_when_confirmed(
    qtbot, store, make_window
):
    from micdesk.core.submissions import list_periods

    window = make_window()
    window.confirm = lambda title, question: False
    template_id = window.session.template.template_id

    def typed(text):
        window.period_combo.setFocus()
        window.period_combo.lineEdit().selectAll()
        qtbot.keyClicks(window.period_combo.lineEdit(), text)
        qtbot.keyClick(window.period_combo.lineEdit(), Qt.Key.Key_Return)

    typed("2052")
    assert window.errors[-1].startswith("2052 is outside the periods you can start: from ")
    typed("2019")  # in range, but declined
    assert window.session.submission.period == "2025"
    assert list_periods(store, "KEN", template_id) == ["2025"]
    assert window.period_combo.currentText() == "2025"
    offered = [window.period_combo.itemText(i) for i in range(window.period_combo.count())]
    assert "2052" not in offered and "2019" in offered


def test_the_opened_context_scrolls_in_its_band_instead_of_pushing_the_form_down(
    qtbot, store, make_window
):
    from micdesk.gui.area_form import CONTEXT_MAX_HEIGHT

    window = make_window()
    form = window.forms["TEC"]
    assert not form.context_view.isVisible()  # collapsed by default
    qtbot.mouseClick(form.context_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.context_view.isVisible())
    QApplication.processEvents()
    assert form.context_view.height() <= CONTEXT_MAX_HEIGHT
    assert form.context.sizeHint().height() > CONTEXT_MAX_HEIGHT  # the rest scrolls
