"""Forms built ahead within a budget of editors, and trends read a row at a time (issue 21).

A 2,000-indicator template built whole held about 600 MB of widgets; the window now
builds ahead only up to ``form_scheduler.PREBUILT_EDITORS`` editors and makes the
other rows' forms when they are shown. Here the budget is shrunk to a few editors so
that the built-in template (three rows) crosses it.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.gui_waits import wait_for_forms

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, store, monkeypatch):
    from micdesk.core.submissions import open_submission, save_profile, set_value
    from micdesk.gui import form_scheduler
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    monkeypatch.setattr(form_scheduler, "PREBUILT_EDITORS", 3)
    save_profile(store, "KEN", focal_point="A. Focal")
    set_value(store, open_submission(store, "KEN", "2025"), "TEC-2", value=7)
    main = MainWindow(store, Settings(store.data_dir), ask_reason=lambda _: "x", report_error=print)
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    main.open_submission("KEN", "2025")
    wait_for_forms(qtbot, main)
    return main


def _built(window) -> dict[str, int]:
    return {code: form.built_count() for code, form in window.forms.items()}


def _row_sizes(window) -> dict[str, int]:
    template = window.session.template
    return {area.code: len(template.indicators_of(area.code)) for area in template.areas}


def test_only_the_shown_form_is_built_when_it_alone_fills_the_budget(window):
    sizes = _row_sizes(window)
    first = window.session.template.areas[0].code
    assert sizes[first] >= 3  # the built-in template's first row fills the shrunk budget

    assert _built(window) == {first: sizes[first]}
    assert window.current_form() is window.forms[first]


def test_showing_another_row_builds_it_whole_and_keeps_the_rest_within_the_budget(qtbot, window):
    sizes = _row_sizes(window)
    first, second = (area.code for area in window.session.template.areas[:2])
    first_form = window.forms[first]

    window.select_area(1)
    wait_for_forms(qtbot, window)

    built = _built(window)
    assert built[second] == sizes[second]
    assert window.current_form() is window.forms[second]
    assert sum(built.values()) <= max(3, sizes[second])
    assert window.forms.get(first) is not first_form  # retired (perhaps begun again)


def test_a_retired_row_shown_again_is_made_anew_with_the_stored_values(qtbot, window):
    area = window.session.template.indicator("TEC-2").area
    row = window.area_model.row_of(area)
    retired = window.forms[area]
    window.select_area(1 if row != 1 else 0)
    wait_for_forms(qtbot, window)

    window.select_area(row)
    wait_for_forms(qtbot, window)

    assert window.forms[area] is not retired
    assert window.current_form() is window.forms[area]
    assert window.forms[area].editor("TEC-2").value_edit.text() == "7"


def test_a_row_s_trends_are_read_when_the_window_reads_them_and_not_after_the_store_closed(
    qapp, store
):
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.gui.session import SubmissionSession

    earlier = open_submission(store, "KEN", "2024")
    set_value(store, earlier, "ENV-1", value=Decimal("12.5"))
    set_value(store, earlier, "TEC-2", value=4)
    own = open_store(store.data_dir)
    session = SubmissionSession(own, open_submission(own, "KEN", "2025"))

    assert session.known_trend("ENV-1") is None  # asking reads nothing
    session.read_series("ENV")
    assert session.known_trend("ENV-1") == [("2024", Decimal("12.5")), ("2025", None)]
    own.close()
    assert session.known_trend("ENV-1") == [("2024", Decimal("12.5")), ("2025", None)]
    session.read_series("TEC")
    assert session.known_trend("TEC-2") is None  # its row was never read: the store is closed


def test_forms_built_while_idle_are_set_aside_from_later_collections(qtbot, make_window):
    import gc

    from micdesk.gui.garbage_collection import begin_start_up, collect_from_now_on, end_policy

    begin_start_up()  # as run_app does
    try:
        collect_from_now_on()
        frozen_at_start = gc.get_freeze_count()
        window = make_window()  # every form built while idle
        assert not window.forms_pending()
        # The forms built after start-up are out of later collections too.
        assert gc.get_freeze_count() > frozen_at_start + 1000
        settled = gc.get_freeze_count()
        window.select_area(1)  # a switch builds nothing: nothing more to set aside
        wait_for_forms(qtbot, window)
        assert gc.get_freeze_count() <= settled  # (frozen objects freed may lower it)
    finally:
        end_policy()


def test_forms_are_left_to_the_collector_where_the_app_did_not_take_it_over(make_window):
    import gc

    frozen = gc.get_freeze_count()
    make_window()
    assert gc.get_freeze_count() == frozen
