"""The core's refusals, questions, review reasons and history reach the user in their language.

The core keeps its messages in English for the command line; the window says them from
each error's ``key`` and ``params`` (and each review reason's), as it does for findings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest

from micdesk.core.keyed import KeyedError, RefusalKey
from micdesk.core.periods import PeriodError
from micdesk.core.review import REVIEW_TEXTS, ReviewReason, decode_review
from micdesk.core.submission_load import LoadRefused
from micdesk.core.submissions import ReasonRequired, normalise_country
from micdesk.core.template_signature import TemplateSignatureRefused
from micdesk.core.template_update import TemplateImportRefused
from micdesk.core.values import ValueRefused

pytestmark = pytest.mark.gui

# Every key the core gives a refusal or question, with parameters a user could meet.
REFUSALS = {
    "not_finite": (ValueRefused, {"value": "Infinity"}),
    "whole_number": (ValueRefused, {"code": "TEC-2", "value": "abc"}),
    "number": (ValueRefused, {"code": "ENV-1", "value": "abc"}),
    "finite_number": (ValueRefused, {"code": "ENV-1", "value": "NaN"}),
    "yes_no": (ValueRefused, {"code": "TEC-1", "value": "maybe"}),
    "text": (ValueRefused, {"code": "POL-1", "value": "42"}),
    "one_of": (ValueRefused, {"code": "POL-2", "choices": "low, high", "value": "mid"}),
    "some_of": (ValueRefused, {"code": "POL-3", "choices": "a, b", "value": "z"}),
    "not_a_number": (ValueRefused, {"code": "ENV-1", "value": "12x"}),
    "not_yes_no": (ValueRefused, {"code": "TEC-1", "value": "perhaps"}),
    "unknown_indicator": (
        ValueRefused,
        {"code": "XYZ-9", "template": "mic-work-plan", "version": "3"},
    ),
    "unknown_cell": (ValueRefused, {"code": "TEC-2", "cell": "sex=other"}),
    "value_or_notation": (ValueRefused, {"code": "TEC-2"}),
    "read_only": (ValueRefused, {}),
    "narrative_too_long": (
        ValueRefused,
        {"area": "TEC", "field": "progress", "length": "612", "maximum": "600"},
    ),
    "annual": (PeriodError, {"text": "20x5", "example": "2025"}),
    "semiannual": (PeriodError, {"text": "2025-H3", "example": "2025-H1"}),
    "exported": (ReasonRequired, {"code": "TEC-2", "revision": "3"}),
    "country_code": (KeyedError, {"text": "KENYA"}),
    "template_not_installed": (LoadRefused, {"file": "ken.xlsx", "template": "other-plan"}),
    "edited": (LoadRefused, {"file": "ken.xlsx"}),
    "unresolved": (LoadRefused, {"count": "4"}),
    "submission_removed": (LoadRefused, {}),
    "store_changed": (LoadRefused, {}),
    "nothing_loadable": (LoadRefused, {"file": "ken.xlsx", "count": "12"}),
    "value_changed": (LoadRefused, {"what": "SKL-1 [sex=female;age=youth]"}),
    "narrative_changed": (LoadRefused, {"area": "TEC", "field": "progress"}),
    "area_not_in_template": (ValueRefused, {"area": "XYZ", "version": "2"}),
    "not_narrative_field": (
        ValueRefused,
        {"name": "summary", "fields": "challenges, progress, support"},
    ),
    "narrative_length": (ValueRefused, {"length": "612", "maximum": "600"}),
    "changed_since_preview": (TemplateImportRefused, {"template": "mic-plan", "installed": "3"}),
    "not_above": (
        TemplateImportRefused,
        {"version": "2", "template": "mic-plan", "installed": "2"},
    ),
    "count_changed": (TemplateImportRefused, {"before": "40", "after": "39"}),
    "signature_broken": (TemplateSignatureRefused, {"file": "t.xlsx", "fingerprint": ""}),
    "signature_unknown_key": (
        TemplateSignatureRefused,
        {"file": "t.xlsx", "fingerprint": "3f2a-91c0-5d77-e812"},
    ),
    "signature_revoked": (
        TemplateSignatureRefused,
        {"file": "t.xlsx", "fingerprint": "3f2a-91c0-5d77-e812"},
    ),
    "signature_required": (TemplateSignatureRefused, {"file": "t.xlsx", "fingerprint": ""}),
}


def said_in(language: str, make):
    from micdesk.gui.i18n import install_language
    from micdesk.gui.numbers import locale_for_language

    install_language(language)
    return make(locale_for_language(language))


def test_every_refusal_key_of_the_core_has_an_example_here_and_words_in_the_window():
    from micdesk.gui.refusal_texts import refusal_texts

    assert set(REFUSALS) <= {key.value for key in RefusalKey}
    assert set(refusal_texts()) == {key.value for key in RefusalKey}


@pytest.mark.parametrize("key", list(RefusalKey))
def test_every_refusal_key_is_said_in_each_un_language_with_all_its_parameters(qapp, key):
    from micdesk.gui.messages import keyed_message
    from micdesk.gui.refusal_texts import refusal_texts

    _sentence, names = refusal_texts()[key.value]
    params = {name: f"<{name}-{index}>" for index, name in enumerate(names)}

    def say(locale):
        return keyed_message(key.value, params, "the English of the command line", locale)

    english = said_in("en", say)
    for language in ("ar", "zh", "fr", "ru", "es"):
        said = said_in(language, say)
        assert said != english, language
        assert "command line" not in said
        assert all(value in said for value in params.values()), (language, said)


@pytest.mark.parametrize("key", sorted(REFUSALS))
def test_each_core_refusal_reads_in_french_with_its_parameters(qapp, key):
    from micdesk.gui.messages import error_message

    kind, params = REFUSALS[key]
    error = kind("the English message for the command line", key, params)
    english = said_in("en", lambda locale: error_message(error, locale))
    french = said_in("fr", lambda locale: error_message(error, locale))

    assert french != english
    assert "English message" not in french  # the key chose the text, not str(error)
    for name, value in params.items():
        if name == "field":
            value = "Progrès accomplis pendant la période"  # the narrative's French name
        assert value in french, (name, french)
    assert str(error) == "the English message for the command line"


@pytest.mark.parametrize("key", sorted(REVIEW_TEXTS))
def test_each_review_reason_of_a_template_update_reads_in_chinese_with_its_parameters(qapp, key):
    from micdesk.gui.messages import review_message

    names = list(dict.fromkeys(re.findall(r"\{(\w+)\}", REVIEW_TEXTS[key])))
    reason = ReviewReason.of(key, **{name: f"P{index}-{name}" for index, name in enumerate(names)})
    english = said_in("en", lambda locale: review_message(reason, locale))
    chinese = said_in("zh", lambda locale: review_message(reason, locale))

    assert chinese != english
    assert re.search(r"[\u4e00-\u9fff]", chinese)
    for index, name in enumerate(names):
        assert f"P{index}-{name}" in chinese


def test_a_review_reason_reads_back_from_its_stored_form_with_the_same_key_and_params():
    reason = ReviewReason.of("above_maximum", value="500", maximum="100")

    assert decode_review(reason.encode()) == reason
    assert decode_review(reason.encode()).text == "500 is above the maximum 100"


def test_english_review_text_stored_by_an_older_version_is_shown_as_it_was_stored(qapp):
    from micdesk.gui.messages import review_message

    stored = "'many' is not a whole number, which NOTE now takes"

    french = said_in("fr", lambda locale: review_message(decode_review(stored), locale))

    assert french == stored


def test_a_value_refused_by_the_core_reaches_a_french_user_in_french(qapp, store, submission):
    from micdesk.core.submissions import set_value
    from micdesk.gui.messages import error_message

    with pytest.raises(ValueRefused) as refused:
        set_value(store, submission, "TEC-2", "sex=other", value=3)

    assert str(refused.value) == "indicator TEC-2 has no breakdown cell 'sex=other'"  # the CLI's
    french = said_in("fr", lambda locale: error_message(refused.value, locale))
    assert french == "L’indicateur TEC-2 n’a pas de cellule « sex=other »."


def test_a_bad_period_typed_in_the_period_box_in_french_shows_a_french_message(qtbot, window):
    window.set_language("fr")
    window.period_combo.lineEdit().selectAll()
    qtbot.keyClicks(window.period_combo.lineEdit(), "20x5")
    qtbot.keyClick(window.period_combo.lineEdit(), "\r")

    assert window.errors == ["« 20x5 » n’est pas une période de rapport annuelle telle que 2025."]
    assert window.session.submission.period == "2025"


def test_the_history_dialog_in_arabic_shows_translated_names_origins_and_localised_dates(
    qtbot, store, window
):
    from PySide6.QtCore import QModelIndex

    window.editing.edit_value("TEC-2", "", value=12)
    window.editing.edit_value("TEC-2", "", follow_up=True)
    window.undo_stack.undo()
    window.set_language("ar")

    window.show_history("TEC-2", "")
    model = window.history_dialog.model
    rows = [
        [model.data(model.index(row, column, QModelIndex())) for column in range(6)]
        for row in range(model.rowCount())
    ]

    assert [row[1] for row in rows] == ["القيمة", "علامة المتابعة", "علامة المتابعة"]
    assert [row[5] for row in rows] == ["أنت", "أنت", "تراجع"]
    assert (rows[1][2], rows[1][3]) == ("لا", "نعم")
    for when in (row[0] for row in rows):
        assert re.search("[٠-٩]", when) and not re.search("[0-9]", when), when


def test_a_bad_country_code_keeps_its_english_message_and_names_its_key():
    with pytest.raises(ValueError) as refused:
        normalise_country("KENYA")

    assert str(refused.value) == ("'KENYA' is not an ISO 3166-1 alpha-3 country code such as KEN")
    assert (refused.value.key, refused.value.params) == ("country_code", {"text": "KENYA"})


def _meta(path, key: str, value: str) -> None:
    from micdesk.core.submission_format import META_SHEET

    workbook = openpyxl.load_workbook(path)
    for row in workbook[META_SHEET].iter_rows():
        if row[0].value == key:
            row[1].value = value
    workbook.save(path)


def _data_row(path, code: str, value: str) -> None:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Data"]
    header = [cell.value for cell in sheet[1]]
    sheet.append([{"indicator_code": code, "value": value}.get(name) for name in header])
    workbook.save(path)


def test_the_load_dialog_in_spanish_says_a_refusal_in_spanish(qtbot, store, submission, tmp_path):
    from micdesk.core.submission_export import export_submission
    from micdesk.gui.dialogs.load import LoadDialog
    from micdesk.gui.i18n import install_language
    from micdesk.gui.numbers import locale_for_language

    path = tmp_path / "ken.xlsx"
    export_submission(store, submission, path)
    _meta(path, "country", "KENYA")
    install_language("es")
    dialog = LoadDialog(store, locale_for_language("es"))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))

    with qtbot.waitSignal(dialog.failed, timeout=20000):
        dialog.start_plan()

    assert dialog.outcome.text() == (
        "No se cargó nada: «KENYA» no es un código de país ISO 3166-1 alfa-3 como KEN."
    )


def test_the_load_dialog_in_spanish_says_why_a_row_is_not_loadable(
    qtbot, store, submission, tmp_path
):
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submissions import set_value
    from micdesk.gui.dialogs.load import LoadDialog
    from micdesk.gui.i18n import install_language
    from micdesk.gui.numbers import locale_for_language

    set_value(store, submission, "TEC-2", value=5)
    path = tmp_path / "ken.xlsx"
    export_submission(store, submission, path)
    _data_row(path, "GONE-1", "3")
    _data_row(path, "TEC-3", "lots")
    install_language("es")
    dialog = LoadDialog(store, locale_for_language("es"))
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))

    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.start_plan()

    assert dialog.notes.text().splitlines() == [
        "No se puede cargar: Data, fila 3 (GONE-1): No hay ningún indicador GONE-1 en la "
        "plantilla unido-mic-workplan, versión 1.",
        "No se puede cargar: Data, fila 4 (TEC-3): TEC-3: «lots» no es un número.",
    ]


def test_a_load_refused_for_its_template_keeps_the_english_message_for_the_command_line(
    store, submission, tmp_path
):
    from micdesk.core.submission_export import export_submission
    from micdesk.core.submission_load import plan_submission_load
    from micdesk.core.submission_reader import read_submission

    path = tmp_path / "ken.xlsx"
    export_submission(store, submission, path)

    with pytest.raises(LoadRefused) as refused:
        plan_submission_load(store, replace(read_submission(path), template_id="other"))

    assert str(refused.value) == (
        "ken.xlsx: template 'other' is not installed; import it first (micdesk template import)"
    )
    assert refused.value.params == {"file": "ken.xlsx", "template": "other"}


def test_the_import_dialog_in_chinese_says_why_a_value_is_flagged_in_chinese(
    qtbot, store, submission, tmp_path
):
    from micdesk.core.submissions import set_value
    from micdesk.core.template_store import ensure_default_template
    from micdesk.core.template_workbook import write_template_workbook
    from micdesk.gui.dialogs.template_import import TemplateImportDialog
    from micdesk.gui.i18n import install_language

    set_value(store, submission, "TEC-2", value=12)
    installed = ensure_default_template(store)
    tightened = tuple(
        replace(i, max_value=Decimal(10)) if i.code == "TEC-2" else i for i in installed.indicators
    )
    path = tmp_path / "template-v2.xlsx"
    write_template_workbook(replace(installed, version=2, indicators=tightened), path)
    install_language("zh")
    dialog = TemplateImportDialog(store, "zh")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))

    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.start_preview()

    groups = {
        dialog.diff_model.item(r).text(): dialog.diff_model.item(r)
        for r in range(dialog.diff_model.rowCount())
    }
    reason = groups["数值被标记为待审核的原因 (1)"].child(0).text()
    assert reason == review_message_of("above_maximum", value="12", maximum="10")
    assert re.search(r"[\u4e00-\u9fff]", reason)
    assert "12" in reason and "10" in reason


def review_message_of(key: str, **params: str) -> str:
    from micdesk.gui.messages import review_message
    from micdesk.gui.numbers import locale_for_language

    return review_message(ReviewReason.of(key, **params), locale_for_language("zh"))


def test_a_template_import_refused_in_french_says_so_in_french(qapp):
    from micdesk.gui.messages import error_message

    refused = TemplateImportRefused(
        "template 'mic-plan' changed since the preview (now version 3); preview the import "
        "again. Nothing was changed.",
        "changed_since_preview",
        {"template": "mic-plan", "installed": 3},
    )

    french = said_in("fr", lambda locale: error_message(refused, locale))

    assert french.startswith("Le modèle « mic-plan » a changé depuis la vérification")
    assert str(refused).startswith("template 'mic-plan' changed since the preview")


WHOLE_FILE_REASONS = {
    "workbook_missing": {"file": "ken.xlsx"},
    "workbook_unreadable_os": {"file": "ken.xlsx", "reason": "Permission denied"},
    "workbook_folder": {"file": "ken.xlsx"},
    "workbook_not_regular": {"file": "ken.xlsx"},
    "workbook_too_big": {"file": "ken.xlsx", "size": "61", "limit": "50"},
    "workbook_encrypted": {"file": "ken.xlsx"},
    "workbook_not_zip": {"file": "ken.xlsx"},
    "workbook_damaged": {"file": "ken.xlsx", "reason": "Bad CRC-32"},
    "workbook_bad_part_name": {"file": "ken.xlsx"},
    "workbook_too_many_parts": {"file": "ken.xlsx", "count": "20000"},
    "workbook_encrypted_part": {"file": "ken.xlsx", "part": "xl/workbook.xml"},
    "workbook_compression": {"file": "ken.xlsx", "part": "xl/a.xml", "method": "Deflate64"},
    "workbook_zip_bomb": {"file": "ken.xlsx", "part": "xl/a.xml", "ratio": "900"},
    "workbook_part_too_big": {
        "file": "ken.xlsx",
        "part": "xl/a.xml",
        "size": "300",
        "limit": "200",
    },
    "workbook_expands_too_much": {"file": "ken.xlsx", "size": "900", "limit": "500"},
    "workbook_no_workbook_part": {"file": "ken.xlsx"},
    "workbook_macros": {"file": "ken.xlsm"},
    "workbook_too_many_rows": {"file": "ken.xlsx", "part": "sheet1", "limit": "1000000"},
    "workbook_far_cell": {"file": "ken.xlsx", "part": "sheet1", "cell": "XFD1", "limit": "200"},
    "workbook_far_formatting": {"file": "ken.xlsx", "limit": "100000"},
    "workbook_too_many_strings": {"file": "ken.xlsx", "limit": "1000000"},
    "workbook_too_many_formats": {"file": "ken.xlsx", "limit": "10000"},
    "workbook_xml_entities": {"file": "ken.xlsx", "cause": "defusedxml EntitiesForbidden"},
    "workbook_sheet_unreadable": {"file": "ken.xlsx", "sheet": "Data", "reason": "bad XML"},
    "workbook_unreadable": {"file": "ken.xlsx", "reason": "bad XML"},
}


@pytest.mark.parametrize("key", sorted(WHOLE_FILE_REASONS))
def test_a_whole_file_reason_reads_in_chinese_and_arabic_with_its_file(qapp, key):
    from micdesk.gui.messages import keyed_message

    params = WHOLE_FILE_REASONS[key]
    english = said_in("en", lambda locale: keyed_message(key, params, "", locale))
    for language in ("zh", "ar"):
        text = said_in(language, lambda locale: keyed_message(key, params, "", locale))
        assert text and text != english and params["file"] in text, (language, text)
        assert not re.search(r"%\d", text)


def test_the_load_dialog_says_a_whole_file_reason_in_the_user_language(qapp):
    from micdesk.core.keyed import KeyedError
    from micdesk.gui.messages import error_message

    error = KeyedError(
        "ken.xlsm: the workbook contains macros", "workbook_macros", {"file": "ken.xlsm"}
    )
    text = said_in("ru", lambda locale: error_message(error, locale))
    assert text.startswith("ken.xlsm содержит макросы")
