"""The breakdown grid types and pastes like a spreadsheet: Enter down, Tab right, Excel blocks."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from micdesk.gui.breakdown_grid import clipboard_block

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, store):
    """Kenya 2025 in a window, on a template whose SKL-1 breakdown is 2 sexes × 3 age groups."""
    from micdesk.core.template_store import ensure_default_template, install_template
    from micdesk.core.workplan import ChoiceOption, Disaggregation, DisaggregationDimension

    default = ensure_default_template(store)
    sex, age = default.disaggregations["sex_age"].dimensions
    older = ChoiceOption("older", {"en": "Older (65 and over)"})
    wider = Disaggregation(
        "sex_age", (sex, DisaggregationDimension(age.name, (*age.values, older)))
    )
    with store.transaction() as session:
        install_template(
            session,
            replace(
                default, version=2, disaggregations={**default.disaggregations, "sex_age": wider}
            ),
        )
    return make_window(ask_reason=lambda _: "correction")


def skl1(window):
    window.select_area(window.area_model.row_of("SKL"))
    return window.forms["SKL"].editor("SKL-1")


def stored(window, cell):
    state = window.session.state("SKL-1", cell)
    return None if state is None else state.value


def test_a_block_copied_from_excel_reads_as_rows_of_cells():
    assert clipboard_block("1\t2\t3\r\n4\t5\t6\r\n") == [["1", "2", "3"], ["4", "5", "6"]]


def test_enter_commits_a_cell_and_moves_down_as_in_a_spreadsheet(qtbot, window):
    grid = skl1(window).grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keyClick(grid, "1")  # typing starts editing the cell, which takes the next keys
    editor = next(w for w in grid.findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClick(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert stored(window, "sex=female;age=youth") == 12
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 0)
    qtbot.keyClicks(grid, "7")
    editor = next(w for w in grid.findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab commits and moves right
    QApplication.processEvents()
    assert stored(window, "sex=male;age=youth") == 7
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, 1)


def test_pasting_a_three_by_two_block_fills_the_grid_in_one_undo_step(qtbot, window):
    editor = skl1(window)
    grid = editor.grid
    QGuiApplication.clipboard().setText("10\t20\t5\n11\t21\t6\n")
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keySequence(grid, QKeySequence.StandardKey.Paste)
    assert [stored(window, f"sex={s};age={a}") for s in ("female", "male")
            for a in ("youth", "adult", "older")] == [10, 20, 5, 11, 21, 6]  # fmt: skip
    assert editor.grid_model.breakdown_sum() == Decimal(73)
    assert not editor.input_error.isVisible()
    window.undo_stack.undo()
    assert stored(window, "sex=female;age=youth") is None
    assert stored(window, "sex=male;age=older") is None


def test_a_paste_that_does_not_fit_says_so_once_and_keeps_what_fits(qtbot, window):
    editor = skl1(window)
    grid = editor.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(1, 1))
    QGuiApplication.clipboard().setText("3\tabc\t9\n4\t5\t6\n")
    qtbot.keySequence(grid, QKeySequence.StandardKey.Paste)
    assert stored(window, "sex=male;age=adult") == 3
    assert stored(window, "sex=male;age=older") is None
    message = editor.input_error.text()
    assert message.startswith("Pasted 1 of 6 values")
    assert "4 values fell outside the breakdown" in message
    assert "1 value could not be read as a number" in message


def test_tab_from_the_last_cell_leaves_the_grid(qtbot, window):
    grid = skl1(window).grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(1, 2))
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert not grid.hasFocus()
    assert QApplication.focusWidget() is not None


def test_a_new_total_leaves_the_grid_as_it_was_and_a_new_cell_updates_its_sums(qtbot, window):
    editor = skl1(window)
    model = editor.grid_model
    with qtbot.assertNotEmitted(model.dataChanged):
        editor.editing.edit_value("SKL-1", "", value=30)  # the grid never shows the total
    assert editor.grid_status.text().startswith("Enter the breakdown")  # still empty
    with qtbot.waitSignal(model.dataChanged):
        editor.editing.edit_value("SKL-1", "sex=female;age=youth", value=12)
    last = model.rowCount() - 1, model.columnCount() - 1
    assert model.index(*last).data() == "12"
    assert editor.grid_status.text() == "The breakdown adds up to 12."


def test_a_breakdown_that_stops_adding_up_turns_red_without_moving_the_form(qtbot, window):
    editor = skl1(window)
    editor.editing.edit_value("SKL-1", "sex=female;age=youth", value=12)
    editor.editing.edit_value("SKL-1", "", value=12)
    status = editor.grid_status
    width = status.width()
    assert status.text() == "The breakdown adds up to 12."
    height_as_hint = status.heightForWidth(width)
    editor.editing.edit_value("SKL-1", "", value=5)  # (less than its parts)
    assert "does not match the total" in status.text()
    # The banner's box was the hint's: the form below it stays where it was.
    assert status.heightForWidth(width) == height_as_hint


class _LayoutRequests(QObject):
    """Counts the times a widget is asked to lay itself out again."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_a_row_shown_again_is_not_laid_out_again_for_its_breakdowns(qtbot, window):
    editor = skl1(window)
    window.select_area(0)
    qtbot.waitUntil(lambda: not window.forms_pending())  # what the window does while idle
    requests = _LayoutRequests()
    editor.details.installEventFilter(requests)  # the part of the editor that holds the grid
    window.select_area(window.area_model.row_of("SKL"))
    qtbot.wait(50)
    editor.details.removeEventFilter(requests)
    # Nothing in the editor asked to be measured again, so neither did the form above it.
    assert requests.count == 0
    grid = editor.grid
    assert grid.isVisible()
    assert grid.geometry() == grid.parentWidget().rect()  # it takes the width it is given


def test_the_problems_panel_takes_in_a_pasted_block_at_once_when_the_typing_pauses(qtbot, window):
    editor = skl1(window)
    editor.editing.edit_value("SKL-1", "", value=100)  # a total the block will not add up to
    model = window.findings_model
    qtbot.waitUntil(lambda: not model.waiting())
    changes = []
    for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(lambda *_: changes.append(1))
    QGuiApplication.clipboard().setText("10\t20\t5\n11\t21\t6\n")
    grid = editor.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    qtbot.keySequence(grid, QKeySequence.StandardKey.Paste)
    # Each of the six cells changed the sum the finding reads, but the pasting frame is
    # the grid's: the panel follows a moment later, once for the whole block.
    assert changes == []
    assert model.waiting()
    qtbot.waitUntil(lambda: not model.waiting())
    assert len(changes) == 1
    words = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any("SKL-1" in text and "73" in text for text in words)


def test_next_problem_right_after_a_commit_goes_to_the_problem_it_made(qtbot, window):
    editor = skl1(window)
    editor.editing.edit_value("SKL-1", "sex=female;age=youth", value=12)
    editor.editing.edit_value("SKL-1", "", value=5)  # less than its part: an error, listed first
    assert window.findings_model.waiting()
    window.select_area(0)
    window.go_to_next_problem()
    assert window.current_form() is window.forms["SKL"]
