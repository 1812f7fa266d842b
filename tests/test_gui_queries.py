"""UNIDO's questions in the window: beside their field, in the problems panel, answered there."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from micdesk.core.queries import QueryToRecord, ReviewToRecord, list_queries, record_review
from micdesk.core.submission_export import export_submission
from micdesk.core.submissions import open_submission, save_profile, set_value
from tests.gui_waits import wait_for_forms

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(store, tmp_path):
    """Kenya 2025 exported (ENV-1 = 30, TEC-2 = 4) and UNIDO's review of it loaded."""
    save_profile(store, "KEN", focal_point="A. Focal")
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "ENV-1", value=Decimal(30))
    set_value(store, submission, "TEC-2", value=4)
    exported = export_submission(store, submission, tmp_path / "r1.xlsx")
    record_review(
        store,
        ReviewToRecord(
            "review.xlsx",
            "KEN",
            "2025",
            submission.template.template_id,
            exported.uuid,
            exported.revision,
            exported.sha256,
            "ab" * 32,
            True,
            (
                QueryToRecord("q-1", "ENV-1 fell by 40 %, <b>confirm</b>", "ENV-1", "", "", "30"),
                QueryToRecord("q-2", "Why so few firms?", "TEC-2", "", "", "4"),
            ),
        ),
    )
    return submission


def open_window(qtbot, store):
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    window = MainWindow(store, Settings(store.data_dir), report_error=lambda _text: None)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.open_submission("KEN", "2025")
    wait_for_forms(qtbot, window)
    return window


def query_item(window, code, query_id):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    box = window.forms[area].editor(code).queries
    return next(item for item in box.items if item.query.query_id == query_id)


def panel_lines(window):
    view = window.validation_panel.queries_view
    return [view.item(row).text() for row in range(view.count())] if view.isVisible() else []


def test_a_loaded_query_is_shown_beside_its_field_and_in_the_problems_panel(qtbot, store, asked):
    window = open_window(qtbot, store)
    item = query_item(window, "ENV-1", "q-1")
    assert item.isVisible()
    # UNIDO's text is plain text: markup in a question is shown as typed.
    assert item.question.text() == "UNIDO asks: ENV-1 fell by 40 %, <b>confirm</b>"
    assert item.question.textFormat() == Qt.TextFormat.PlainText
    assert item.seen.text() == "UNIDO saw: 30"
    assert panel_lines(window) == [
        "UNIDO asks about ENV-1: ENV-1 fell by 40 %, <b>confirm</b>",
        "UNIDO asks about TEC-2: Why so few firms?",
    ]
    assert window.validation_panel.summary.text().startswith("2 UNIDO question(s) to answer")


def test_changing_the_value_says_changed_since_unido_saw_it(qtbot, store, asked):
    from tests.test_gui_window import type_value

    window = open_window(qtbot, store)
    type_value(qtbot, window, "ENV-1", "31.5")
    item = query_item(window, "ENV-1", "q-1")
    assert item.seen.text() == "UNIDO saw: 30  ·  changed since: now 31.5"


def test_answering_a_query_clears_it_from_the_panel_and_it_survives_a_restart(qtbot, store, asked):
    window = open_window(qtbot, store)
    item = query_item(window, "TEC-2", "q-2")
    qtbot.keyClicks(item.answer, "Two firms merged")
    qtbot.mouseClick(item.answer_button, Qt.MouseButton.LeftButton)
    assert panel_lines(window) == ["UNIDO asks about ENV-1: ENV-1 fell by 40 %, <b>confirm</b>"]
    answered = query_item(window, "TEC-2", "q-2")
    assert answered.question.text().endswith("✓ Answered")
    assert answered.reopen.isVisible() and not answered.later.isVisible()
    window.close()
    again = open_window(qtbot, store)
    assert len(panel_lines(again)) == 1
    restored = query_item(again, "TEC-2", "q-2")
    assert restored.answer.text() == "Two firms merged"
    assert restored.question.text().endswith("✓ Answered")


def test_an_empty_answer_with_the_value_unchanged_is_refused_beside_the_field(qtbot, store, asked):
    window = open_window(qtbot, store)
    item = query_item(window, "TEC-2", "q-2")
    qtbot.mouseClick(item.answer_button, Qt.MouseButton.LeftButton)
    assert item.problem.isVisible()
    assert item.problem.text() == "Write an answer, or change the value UNIDO asked about."
    assert len(panel_lines(window)) == 2


def test_a_corrected_value_alone_answers_the_query(qtbot, store, asked):
    from tests.test_gui_window import type_value

    window = open_window(qtbot, store)
    type_value(qtbot, window, "TEC-2", "6")
    item = query_item(window, "TEC-2", "q-2")
    qtbot.mouseClick(item.answer_button, Qt.MouseButton.LeftButton)
    state = {q.query_id: q for q in list_queries(store, asked)}["q-2"]
    assert not state.is_open and (state.value_seen, state.value_now) == ("4", "6")


def test_clicking_a_query_in_the_panel_goes_to_its_answer_field(qtbot, store, asked):
    window = open_window(qtbot, store)
    window.select_area(0)
    view = window.validation_panel.queries_view
    view.itemClicked.emit(view.item(1))
    assert window.current_form() is window.forms["TEC"]
    assert query_item(window, "TEC-2", "q-2").answer.hasFocus()


def test_the_review_dialog_reads_unido_s_workbook_then_keeps_its_questions(qtbot, store, tmp_path):
    from micdesk.core.review_format import ReviewIdentity, ReviewQuery, query_id
    from micdesk.core.review_workbook import write_review
    from micdesk.gui.dialogs.review_load import LoadReviewDialog
    from micdesk.gui.i18n import install_language

    install_language("en")  # English's own plural forms ("1 question")
    save_profile(store, "KEN")
    submission = open_submission(store, "KEN", "2025")
    set_value(store, submission, "TEC-2", value=4)
    exported = export_submission(store, submission, tmp_path / "r1.xlsx")
    template = submission.template
    identity = ReviewIdentity(
        "KEN", "2025", template.template_id, template.version, exported.uuid, 1, exported.sha256
    )
    question = ReviewQuery(
        query_id(exported.uuid, "TEC-2", "", "", ""), "TEC", "TEC-2", "", "", "", "4", "Why 4?"
    )
    path = tmp_path / "review.xlsx"
    write_review(path, identity, [question])
    dialog = LoadReviewDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.file_row.path.setText(str(path))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.about.text() == "UNIDO's questions about KEN 2025, revision 1: 1 question."
    assert dialog.questions.item(0).text() == "TEC-2: Why 4?"
    assert not dialog.accept_edited.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert applied.args == ["KEN", "2025"]
    assert dialog.outcome.text() == "1 question from UNIDO to answer in KEN 2025."
    assert [q.question for q in list_queries(store, submission)] == ["Why 4?"]
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text() == (
        "Nothing was loaded: The queries of review.xlsx are loaded already; your answers are kept."
    )


def test_a_final_export_with_open_questions_asks_to_answer_or_put_them_off(qtbot, store, asked):
    from micdesk.core.vocabulary import Notation
    from micdesk.gui.actions import ActionId

    for indicator in asked.template.indicators:
        if indicator.code not in ("ENV-1", "TEC-2"):
            set_value(store, asked, indicator.code, notation=Notation.NOT_APPLICABLE)
    window = open_window(qtbot, store)
    window.actions[ActionId.EXPORT].trigger()
    dialog = window.export_dialog
    qtbot.mouseClick(dialog.final, Qt.MouseButton.LeftButton)
    counts: list[int] = []
    dialog.confirm_answer_later = lambda count: counts.append(count) or False
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert counts == [2] and dialog.result is None  # "answer them first": nothing written
    assert all(q.blocks_final for q in list_queries(store, asked))
    dialog.confirm_answer_later = lambda count: counts.append(count) or True
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result.final and dialog.result.queries == 2
    assert all(q.answer_later and q.is_open for q in list_queries(store, asked))
    assert panel_lines(window)[0].endswith("(will answer later)")


def test_a_commit_that_changes_the_findings_leaves_the_panel_s_questions_as_they_were(
    qtbot, store, asked
):
    from tests.test_gui_window import type_value

    window = open_window(qtbot, store)
    view = window.validation_panel.queries_view
    items = [view.item(row) for row in range(view.count())]
    summary = window.validation_panel.summary.text()
    type_value(qtbot, window, "SKL-1", "-5")  # a negative count: a new finding (no question)
    qtbot.waitUntil(lambda: not window.findings_model.waiting())
    assert window.validation_panel.summary.text() != summary  # the count follows
    assert [view.item(row) for row in range(view.count())] == items  # not listed anew
