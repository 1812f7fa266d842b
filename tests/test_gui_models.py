"""Every Qt model of the window passes pytest-qt's model tester; numbers follow the locale."""

from __future__ import annotations

from decimal import Decimal

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def session(qtbot, store, submission):
    from micdesk.core.submissions import set_value
    from micdesk.gui.session import SubmissionSession

    set_value(store, submission, "SKL-1", value=10)
    set_value(store, submission, "SKL-1", "sex=female;age=youth", value=12)
    set_value(store, submission, "TEC-2", value=4)
    return SubmissionSession(store, submission)


@pytest.fixture
def editing(session):
    from PySide6.QtGui import QUndoStack

    from micdesk.gui.commands import Editing

    return Editing(session, QUndoStack(), lambda _: "reason", lambda _: None)


def test_area_list_model_passes_the_model_tester(qtmodeltester, session):
    from micdesk.gui.models import AreaListModel

    qtmodeltester.check(AreaListModel(session, "en"))


def test_findings_model_passes_the_model_tester(qtmodeltester, session):
    from PySide6.QtCore import QLocale

    from micdesk.gui.models import FindingsModel

    model = FindingsModel(session, "en", QLocale("en"))
    qtmodeltester.check(model)
    assert model.finding(0).rule.value == "disaggregation_mismatch"


def test_disaggregation_model_passes_the_model_tester_and_sums_rows_and_columns(
    qtmodeltester, session, editing
):
    from PySide6.QtCore import QLocale

    from micdesk.gui.breakdown_model import DisaggregationModel

    model = DisaggregationModel(
        session, editing, session.template.indicator("SKL-1"), "en", QLocale("en")
    )
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.index(0, 2).data() == "12"  # row sum of women
    assert model.index(2, 2).data() == "12"  # the grand sum
    assert model.setData(model.index(1, 1), "1 000")
    assert session.state("SKL-1", "sex=male;age=adult").value == 1000
    assert model.index(2, 2).data() == "1,012"
    assert not model.setData(model.index(2, 2), "5")


def test_history_and_country_models_pass_the_model_tester(qtmodeltester, store, submission):
    from PySide6.QtCore import QLocale

    from micdesk.core.submissions import set_value, value_history
    from micdesk.gui.models import CountryListModel, HistoryModel

    set_value(store, submission, "TEC-2", value=1)
    qtmodeltester.check(HistoryModel(value_history(store, submission, "TEC-2"), QLocale("en")))
    countries = CountryListModel()
    qtmodeltester.check(countries)
    assert countries.index(countries.row_of("KEN")).data() == "Kenya (KEN)"


def test_export_findings_and_load_plan_models_pass_the_model_tester(
    qtmodeltester, store, submission, session, editing, tmp_path
):
    from PySide6.QtCore import QLocale

    from micdesk.core.submission_export import export_submission
    from micdesk.core.submission_load import plan_submission_load
    from micdesk.core.submission_reader import read_submission
    from micdesk.core.submissions import set_value
    from micdesk.gui.dialogs.export import ExportFindingsModel
    from micdesk.gui.dialogs.load import LoadPlanModel

    qtmodeltester.check(ExportFindingsModel(session, editing, QLocale("en")))
    export_submission(store, submission, tmp_path / "x.xlsx")
    set_value(store, submission, "TEC-2", value=5, reason="recount")
    plan = plan_submission_load(store, read_submission(tmp_path / "x.xlsx"))
    qtmodeltester.check(LoadPlanModel(plan, QLocale("en")))


@pytest.mark.parametrize(
    ("language", "typed", "number"),
    [
        ("en", "1,234.5", "1234.5"),
        ("fr", "1 234,5", "1234.5"),
        ("es", "1.234,5", "1234.5"),
        ("ru", "1 234,5", "1234.5"),
        ("zh", "1234.5", "1234.5"),
        ("ar", "١٢٣٤٫٥", "1234.5"),
        ("fr", "0,1", "0.1"),
    ],
)
def test_numbers_typed_in_each_un_language_parse_exactly(qapp, language, typed, number):
    from micdesk.gui.numbers import format_number, locale_for_language, parse_number

    locale = locale_for_language(language)
    assert parse_number(typed, locale) == Decimal(number)
    assert parse_number(format_number(Decimal(number), locale), locale) == Decimal(number)


@pytest.mark.parametrize("typed", ["", "abc", "1.2.3", "1e5", "NaN", "Infinity"])
def test_text_that_is_not_a_plain_number_is_refused(qapp, typed):
    from micdesk.gui.numbers import locale_for_language, parse_number

    with pytest.raises(ValueError):
        parse_number(typed, locale_for_language("en"))


def test_settings_return_their_declared_default_until_set(tmp_path):
    from micdesk.gui.settings import ALL_SETTINGS, LANGUAGE, Settings

    settings = Settings(tmp_path)
    assert all(settings.get(s) == s.default for s in ALL_SETTINGS)
    settings.set(LANGUAGE, "zh")
    settings.sync()
    assert Settings(tmp_path).get(LANGUAGE) == "zh"
    assert (tmp_path / "micdesk.ini").exists()


def test_settings_write_their_file_only_when_a_value_changed(tmp_path):
    import os

    from micdesk.gui.settings import LANGUAGE, LAST_PERIOD, Settings

    settings = Settings(tmp_path)
    settings.set(LANGUAGE, "fr")
    settings.sync()
    written = tmp_path / "micdesk.ini"
    os.utime(written, ns=(1_000_000_000, 1_000_000_000))  # a mark a rewrite would lose

    again = Settings(tmp_path)
    again.set(LANGUAGE, "fr")  # what start-up stores each time: the same
    again.sync()
    assert written.stat().st_mtime_ns == 1_000_000_000

    again.set(LAST_PERIOD, "2025")
    again.sync()
    assert written.stat().st_mtime_ns != 1_000_000_000
    assert "2025" in written.read_text(encoding="utf-8")
    assert "fr" in written.read_text(encoding="utf-8")


def test_the_findings_stay_in_the_template_order_as_indicators_gain_and_lose_them(
    store, submission, session
):
    from micdesk.core.validation import validate_values
    from micdesk.gui.session import SubmissionSession

    def fresh():
        return validate_values(session.template, session.values, session.previous)

    assert session.findings == fresh()
    for code, value in (("ENV-2", -1), ("TEC-2", -3), ("SKL-1", 12), ("ENV-2", 5), ("TEC-1", True)):
        session.write_value(code, "", {"value": value})
        assert session.findings == fresh()
        assert session.findings == SubmissionSession(store, submission).findings


def test_the_session_holds_the_previous_period_s_totals_and_checks_against_them(
    qtbot, store, submission
):
    from micdesk.core.submissions import open_submission, set_value
    from micdesk.core.validation import Rule
    from micdesk.gui.session import SubmissionSession

    before = open_submission(store, "KEN", "2024")
    set_value(store, before, "SKL-1", value=3)
    set_value(store, before, "SKL-1", "sex=female;age=youth", value=2)
    set_value(store, submission, "SKL-1", value=100)

    session = SubmissionSession(store, submission)

    assert set(session.previous) == {("SKL-1", "")}  # its breakdown is never compared
    assert Rule.SUDDEN_INCREASE in {f.rule for f in session.findings}
