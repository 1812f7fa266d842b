"""After a commit the window redraws what changed: the row of a finding, the form only if it grew.

Issue 21: a commit took 20–40 ms beyond the disk write, most of it laying out and
repainting what had not changed. These tests pin what is redrawn, and that what is
shown once the window is idle is what a full layout would show.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QApplication

from micdesk.gui.form_scheduler import scroll_of
from micdesk.gui.stable_list_view import StableListView

pytestmark = pytest.mark.gui


class EventCount(QObject):
    """Counts the events of one type a widget receives."""

    def __init__(self, widget, kind: QEvent.Type) -> None:
        super().__init__(widget)
        self.kind, self.count = kind, 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == self.kind:
            self.count += 1
        return False


def idle() -> None:
    """Let the window lay out and paint what a change asked for."""
    for _ in range(3):
        QApplication.processEvents()


def commit(qtbot, window, code: str, text: str):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    editor = window.forms[area].editor(code)
    field = editor.value_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    idle()
    qtbot.waitUntil(lambda: not window.findings_model.waiting())  # the panel follows
    idle()
    return editor


def row_rects(view):
    model = view.model()
    return [view.visualRect(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_finding_reworded_in_place_keeps_the_place_a_new_layout_gives_it(
    qtbot, window, monkeypatch
):
    commit(qtbot, window, "TEC-2", "-5")
    view = window.validation_panel.view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.finding(r).indicator_code == "TEC-2")
    layouts = []
    original = StableListView.doItemsLayout
    monkeypatch.setattr(StableListView, "doItemsLayout", lambda v: (layouts.append(v), original(v)))
    commit(qtbot, window, "TEC-2", "-6")
    assert "-6" in model.index(row, 0).data() or "−6" in model.index(row, 0).data()
    assert layouts == []  # the panel was not laid out again for one reworded row
    shown = row_rects(view)
    view.doItemsLayout()
    assert row_rects(view) == shown


def test_a_row_that_grows_is_laid_out_again_and_moves_the_rows_below(qtbot):
    view = StableListView()
    view.setWordWrap(True)
    view.setModel(QStringListModel(["First problem.", "Second problem.", "Third problem."]))
    view.resize(160, 300)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    idle()
    before = row_rects(view)
    view.model().setData(view.model().index(0, 0), "Also in place.")  # the same height
    idle()
    assert row_rects(view) == before
    long = "A much longer sentence that wraps over several lines of this narrow list. " * 2
    view.model().setData(view.model().index(0, 0), long)
    idle()
    after = row_rects(view)
    assert after[0].height() > before[0].height()
    assert after[1].top() == after[0].bottom() + 1
    view.doItemsLayout()
    assert row_rects(view) == after


def test_a_commit_that_keeps_the_editor_s_size_repaints_no_scroll_bar_of_the_form(qtbot, window):
    commit(qtbot, window, "TEC-2", "5")
    scroll = scroll_of(window.forms["TEC"])
    paints = EventCount(scroll.verticalScrollBar(), QEvent.Type.Paint)
    commit(qtbot, window, "TEC-2", "6")
    assert window.session.state("TEC-2").value == 6
    assert paints.count == 0


def test_an_editor_that_grows_after_a_commit_lengthens_its_form_once_idle(qtbot, window):
    commit(qtbot, window, "TEC-2", "5")
    form = window.forms["TEC"]
    scroll = scroll_of(form)
    height, reach = form.height(), scroll.verticalScrollBar().maximum()
    editor = commit(qtbot, window, "TEC-2", "-5")  # an error: its banner opens in the editor
    assert editor.findings.isVisible()
    assert form.height() > height
    assert form.height() == form.heightForWidth(form.width())
    assert scroll.verticalScrollBar().maximum() > reach


def test_rows_sized_by_their_text_are_laid_out_as_qt_s_own_delegate_lays_them_out(qtbot):
    from PySide6.QtWidgets import QListView

    from micdesk.gui.stable_list_view import TextSizedDelegate

    texts = ["Short.", "A sentence long enough to wrap in a list this narrow. " * 3, "Short."]
    model = QStringListModel(texts)
    plain, stable = QListView(), StableListView()
    stable.setItemDelegate(TextSizedDelegate(stable))
    for view in (plain, stable):
        view.setWordWrap(True)
        view.setModel(model)
        view.resize(180, 400)
        qtbot.addWidget(view)
        view.show()
    idle()
    assert row_rects(stable) == row_rects(plain)
    model.insertRows(1, 1)
    model.setData(model.index(1, 0), "Inserted between, and long enough to wrap as well. " * 2)
    idle()
    assert row_rects(stable) == row_rects(plain)
    font = stable.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    for view in (plain, stable):
        view.setFont(font)
    idle()
    assert row_rects(stable) == row_rects(plain)


def test_a_badge_that_moves_repaints_its_work_plan_row_without_laying_the_list_out(
    qtbot, window, monkeypatch
):
    from micdesk.gui.models import ERRORS_ROLE

    area_list, model = window.area_list, window.area_model
    layouts = []
    original = StableListView.doItemsLayout
    monkeypatch.setattr(StableListView, "doItemsLayout", lambda v: (layouts.append(v), original(v)))
    commit(qtbot, window, "TEC-2", "-5")
    assert model.index(model.row_of("TEC"), 0).data(ERRORS_ROLE) == 1
    assert area_list not in layouts
    shown = row_rects(area_list)
    area_list.doItemsLayout()
    assert row_rects(area_list) == shown


def test_the_commit_rehearsed_while_idle_leaves_the_store_as_it_was(qtbot, store, make_window):
    from micdesk.core.model import ChangeRecord
    from micdesk.core.submissions import value_history

    def changes():
        with store.read() as session:
            return session.query(ChangeRecord).count()

    window = make_window()  # waits until the window's idle work is done
    assert changes() == 0
    assert window.session.state("TEC-2") is None
    commit(qtbot, window, "TEC-2", "8")
    assert [entry.new for entry in value_history(store, window.session.submission, "TEC-2")] == [
        "8"
    ]


def test_forms_laid_out_out_of_sight_while_idle_are_put_back_whole_and_hidden(qtbot, window):
    from micdesk.gui.form_scheduler import scroll_of

    stack = window.form_stack
    current = window.current_form()
    for form in window.forms.values():
        page = scroll_of(form)
        assert page.geometry() == stack.rect()
        assert page.isHidden() == (form is not current)
        assert all(not editor.isHidden() for editor in form.built_editors())
    window.select_area(window.area_model.row_of("ENV"))
    idle()
    env = window.forms["ENV"]
    assert env.isVisible()
    assert all(editor.isVisible() for editor in env.built_editors())


def test_a_form_being_laid_out_out_of_sight_shows_whole_when_the_user_goes_to_it(qtbot, window):
    from micdesk.gui.form_scheduler import scroll_of

    scheduler = window.scheduler
    skl = window.forms["SKL"]
    scheduler._laid_out.discard("SKL")  # as before its turn came
    scheduler._offstage.begin(skl, scroll_of(skl))
    assert scroll_of(skl).isVisible()
    assert not scroll_of(skl).geometry().intersects(window.form_stack.rect())  # out of sight
    window.select_area(window.area_model.row_of("SKL"))
    idle()
    assert window.current_form() is skl
    assert scroll_of(skl).geometry() == window.form_stack.rect()
    assert all(editor.isVisible() for editor in skl.built_editors())


def test_the_focus_landing_in_a_form_out_of_sight_sends_it_on_and_puts_the_form_back(qtbot, window):
    from micdesk.gui.form_scheduler import scroll_of

    scheduler = window.scheduler
    env = window.forms["ENV"]
    scheduler._laid_out.discard("ENV")
    scheduler._offstage.begin(env, scroll_of(env))
    scheduler._offstage.step()  # its first editor shown, out of sight
    field = env.built_editors()[0].value_edit
    field.setFocus()
    idle()
    assert scheduler._offstage.form is None
    assert scroll_of(env).isHidden()
    assert not field.hasFocus()
    assert all(not editor.isHidden() for editor in env.built_editors())


def test_the_status_line_shows_the_new_count_after_a_commit_once_idle_without_asking_the_store(
    qtbot, window, monkeypatch
):
    import micdesk.gui.main_window as main_window

    line = window.status_line
    assert "Not exported yet" in line.text()
    asked = []
    real = main_window.export_standing
    monkeypatch.setattr(main_window, "export_standing", lambda *a: (asked.append(a), real(*a))[1])
    commit(qtbot, window, "TEC-2", "-5")
    qtbot.waitUntil(lambda: "1 error" in line.text())
    assert "Not exported yet" in line.text()
    assert asked == []  # a commit exports nothing: the standing of a never-exported one stays
    commit(qtbot, window, "TEC-2", "5")
    qtbot.waitUntil(lambda: "error" not in line.text())


def test_the_status_line_keeps_the_style_of_its_count_while_the_count_stays_an_error(qtbot, window):
    line = window.status_line
    commit(qtbot, window, "TEC-2", "-5")
    qtbot.waitUntil(lambda: "1 error" in line.text())
    restyled = EventCount(line.problems, QEvent.Type.StyleChange)  # what a style sheet set sends
    window.refresh_status()
    commit(qtbot, window, "TEC-2", "-6")
    window.refresh_status()
    assert "1 error" in line.text()
    assert restyled.count == 0
    commit(qtbot, window, "TEC-2", "5")
    window.refresh_status()
    assert "error" not in line.text()
    assert restyled.count == 1


def test_a_form_laid_out_out_of_sight_leaves_the_focus_unwatched_once_its_window_is_gone(
    qtbot, window
):
    import shiboken6
    from PySide6.QtWidgets import QLineEdit

    from micdesk.gui.form_scheduler import scroll_of

    env = window.forms["ENV"]
    offstage = window.scheduler._offstage
    window.scheduler._laid_out.discard("ENV")
    offstage.begin(env, scroll_of(env))
    shiboken6.delete(offstage)  # as when the window that holds it is deleted
    idle()
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.setFocus()  # a slot left behind would run on a deleted object and raise here
    idle()


def test_every_row_s_trends_are_read_while_idle_before_its_form_asks(qtbot, window):
    session = window.session
    assert session._series_areas == {area.code for area in session.template.areas}
    assert session.known_trend("ENV-2") == session._load_series("ENV")["ENV-2"]


def test_a_row_shown_before_its_trends_were_read_draws_them_once_read(qtbot, window):
    from tests.gui_waits import wait_for_forms

    template = window.session.template
    last = template.areas[-1].code
    window.open_submission("KEN", "2025")  # a new session: nothing read yet
    window.select_area(len(template.areas) - 1)
    session = window.session
    assert not session.series_read(last)  # showing the row did not wait for them
    numeric = [i.code for i in template.indicators_of(last) if i.kind.is_numeric]
    wait_for_forms(qtbot, window)
    form = window.forms[last]
    for code in numeric:
        assert form.editor(code).trend.points() == session.known_trend(code)


def test_the_log_is_copied_into_the_database_once_the_typing_stops(
    qtbot, store, make_window, monkeypatch
):
    from micdesk.gui import session as session_module

    quiet_ms = 2000  # far longer than two commits take, even on a slow machine
    monkeypatch.setattr(session_module, "CHECKPOINT_AFTER_IDLE_MS", quiet_ms)
    copies: list[bool] = []
    real_checkpoint = store.checkpoint
    monkeypatch.setattr(store, "checkpoint", lambda: copies.append(real_checkpoint()))
    window = make_window()
    qtbot.waitUntil(lambda: bool(copies), timeout=quiet_ms + 5000)  # the copy after opening
    copies.clear()

    commit(qtbot, window, "ENV-1", "12")
    commit(qtbot, window, "ENV-1", "13")
    assert copies == []  # never in the middle of the typing
    qtbot.waitUntil(lambda: copies == [True], timeout=quiet_ms + 5000)  # once, when it stopped
    qtbot.wait(quiet_ms + 200)
    assert copies == [True]
