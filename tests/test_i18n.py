"""The interface in six languages: complete .ts files, fresh .qm files, Qt's own texts, RTL."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import update_translations as tool  # noqa: E402

sys.path.remove(str(ROOT / "tools"))

LANGUAGES = {"ar": "ar", "zh": "zh_CN", "en": "en", "fr": "fr", "ru": "ru", "es": "es"}
PLACEHOLDER = re.compile(r"%\d")
# Texts that read the same in a language (names, codes, symbols, cognates).
SAME_AS_ENGLISH = {
    "micdesk",
    "%1  %2",
    "%1 %2 — %3 — micdesk",
    "%",
    "MWh",
    "t",
    "%1, version %2",  # fr
    "Code",  # fr
    "Date",  # fr
    "Description",  # fr
    "error",  # es
    "Institution",  # fr
    "Signature",  # fr
    "Error",  # es
    "No",  # es
    "no",  # es
    "Source",  # fr
    "%1 GB",  # zh, es
    "%1 KB",  # zh, es
    "%1 MB",  # zh, es
    "%1 bytes",  # es
}


def forms(translation: ET.Element) -> list[str]:
    """The texts of a translation: one, or each plural form of a ``%Ln`` message."""
    plural = [form.text or "" for form in translation.findall("numerusform")]
    return plural or [translation.text or ""]


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def test_there_is_a_ts_source_and_a_compiled_qm_for_each_un_language():
    from micdesk.gui.i18n import qm_path

    for language, locale in LANGUAGES.items():
        assert (tool.TS_DIR / f"micdesk_{locale}.ts").is_file()
        assert qm_path(language).is_file()


def test_every_text_of_the_gui_is_translated_in_all_six_languages(tmp_path):
    """lupdate over micdesk/gui into copies: nothing new, vanished, obsolete or unfinished."""
    copies = [shutil.copy(ts, tmp_path / ts.name) for ts in tool.ts_files()]
    # Without -no-obsolete: a text gone from the code stays, marked vanished/obsolete.
    options = [o for o in tool.LUPDATE_OPTIONS if o != "-no-obsolete"]
    subprocess.run(
        [tool.tool("pyside6-lupdate"), *options, str(tool.SOURCES), "-ts", *map(str, copies)],
        check=True,
        cwd=ROOT,
    )
    problems = []
    for ts in map(Path, copies):
        entries = messages(ts)
        assert len(entries) > 200, ts.name
        for context, source, translation in entries:
            state = translation.get("type")
            if state in ("unfinished", "vanished", "obsolete") or not all(forms(translation)):
                problems.append(f"{ts.name}: {context}: {source!r} ({state or 'empty'})")
    assert not problems, "run tools/update_translations.py and translate:\n" + "\n".join(problems)


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _texts_in_code() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every tr/translate call in micdesk/gui, and calls lupdate cannot read."""
    texts, unreadable = set(), []
    for path in sorted(tool.SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    classes.setdefault(id(child), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if name == "tr" and isinstance(func, ast.Attribute):
                text = _literal(node.args[0]) if node.args else None
                if text is None:
                    unreadable.append(where)
                else:
                    texts.add((classes.get(id(node), ""), text))
            elif name == "translate" and len(node.args) == 2:
                context, text = map(_literal, node.args)
                if isinstance(func, ast.Attribute) and not isinstance(func.value, ast.Name):
                    continue  # str.translate on an expression
                if context is None or text is None:
                    unreadable.append(where)
                else:
                    texts.add((context, text))
    return texts, unreadable


def test_every_tr_and_translate_call_has_literal_texts_that_are_in_the_ts_files():
    """A wrapper like _tr(text) hides texts from lupdate; every literal must be in each .ts."""
    texts, unreadable = _texts_in_code()
    assert not unreadable, "lupdate cannot read these calls: " + ", ".join(unreadable)
    assert len(texts) > 200
    for ts in tool.ts_files():
        known = {(context, source) for context, source, _ in messages(ts)}
        assert not texts - known, f"{ts.name} lacks {sorted(texts - known)[:5]}"


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_placeholders_and_one_accelerator_and_leave_no_english(language):
    problems = []
    for context, source, translation in messages(tool.TS_DIR / f"micdesk_{LANGUAGES[language]}.ts"):
        texts = forms(translation)
        for text in texts:
            where = f"{context}: {source!r} -> {text!r}"
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append("placeholders differ: " + where)
            accelerators = text.replace("&&", "").count("&")
            if accelerators != source.replace("&&", "").count("&"):
                problems.append("accelerator: " + where)
            if text == source and source not in SAME_AS_ENGLISH:
                problems.append("left in English: " + where)
        # Every plural form but those for 0, 1 and 2 in Arabic says the number.
        if "%Ln" in source and not all("%Ln" in text for text in texts[-3:]):
            problems.append(f"plural without %Ln: {context}: {source!r}")
    assert not problems, "\n".join(problems)


def test_english_ts_translates_each_text_as_itself():
    for _context, source, translation in messages(tool.TS_DIR / "micdesk_en.ts"):
        if translation.get("type") is None and translation.findall("numerusform"):
            singular, plural = forms(translation)  # "%Ln error(s)" -> "%Ln error", "%Ln errors"
            assert "%Ln" in singular and "%Ln" in plural and "(s)" not in singular + plural
        else:
            assert translation.text == source


def test_each_qm_is_what_lrelease_makes_of_its_ts(tmp_path):
    """A .qm older than its .ts (or edited by hand) fails: run tools/update_translations.py."""
    from micdesk.gui.i18n import QM_DIR

    for ts, locale in zip(tool.ts_files(), tool.LOCALES, strict=True):
        fresh = tmp_path / f"micdesk_{locale}.qm"
        tool.lrelease(ts, fresh)
        committed = QM_DIR / fresh.name
        assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is stale"


@pytest.mark.parametrize(
    ("language", "cancel"),
    [("fr", "Annuler"), ("zh", "取消"), ("ru", "Отмена"), ("es", "Cancelar"), ("ar", "ألغ")],
)
def test_qt_base_translations_load_so_standard_buttons_speak_the_language(qtbot, language, cancel):
    from PySide6.QtWidgets import QDialogButtonBox

    from micdesk.gui.i18n import install_language

    install_language(language)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    text = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel in text


def test_installing_a_language_replaces_the_previous_translators(qapp):
    from PySide6.QtCore import QCoreApplication

    from micdesk.gui.i18n import install_language, installed_translators

    install_language("ru")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert len(installed_translators()) == 2  # Qt's base, then micdesk's
    install_language("es")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert len(installed_translators()) == 2


def test_every_validation_rule_is_worded_in_each_language(qapp):
    """The core's findings (RULE_MESSAGES) reach the user through messages.rule_text."""
    from micdesk.core.validation import RULE_MESSAGES, Rule
    from micdesk.gui.i18n import install_language
    from micdesk.gui.messages import rule_text

    assert set(RULE_MESSAGES) == set(Rule)
    install_language("en")
    english = {rule: rule_text(rule) for rule in Rule}
    for language in ("ar", "zh", "fr", "ru", "es"):
        install_language(language)
        for rule in Rule:
            text = rule_text(rule)
            assert text != english[rule], (language, rule)
            assert PLACEHOLDER.findall(text) == sorted(PLACEHOLDER.findall(english[rule]))


def test_a_finding_reads_in_french_with_french_numbers(qapp):
    from micdesk.core.validation import Finding, Rule
    from micdesk.gui.i18n import install_language
    from micdesk.gui.messages import finding_message
    from micdesk.gui.numbers import locale_for_language

    install_language("fr")
    finding = Finding(
        Rule.CUMULATIVE_DECREASED, "ENV", "ENV-1", params={"value": "1234.5", "previous": "2000"}
    )
    assert finding_message(finding, locale_for_language("fr")) == (
        "La valeur cumulée 1\u202f234,5 est inférieure à celle de la période précédente "
        "(2\u202f000) : expliquez-le dans un commentaire."
    )


def test_arabic_lays_the_application_out_right_to_left_and_back(qapp):
    from PySide6.QtCore import Qt

    from micdesk.gui.i18n import install_language

    install_language("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    install_language("fr")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_first_run_prefers_the_system_language_and_then_the_saved_one(tmp_path, monkeypatch):
    from micdesk.gui import i18n
    from micdesk.gui.settings import LANGUAGE, Settings

    settings = Settings(tmp_path)
    monkeypatch.setattr(i18n, "system_language", lambda: "ru")
    assert i18n.preferred_language(settings) == "ru"
    settings.set(LANGUAGE, "zh")
    assert i18n.preferred_language(settings) == "zh"


COUNTED_TEXTS = [  # (context, source, the counted noun in English, its Russian stem)
    ("TemplateImportDialog", "%Ln value(s) are archived (kept, not deleted)", "value", "значени"),
    ("TemplateImportDialog", "%Ln value(s) are flagged for review", "value", "значени"),
    ("TemplateImportDialog", "%Ln value(s) move to a replacing indicator", "value", "значени"),
    ("TemplateImportDialog", "%Ln value(s) come back from the archive", "value", "значени"),
    ("LoadDialog", "Loaded %Ln value(s) and %1; %2; %3.", "value", "значени"),
    ("LoadDialog", "%Ln narrative(s)", "narrative", "описательн"),
    ("LoadDialog", "%Ln row(s) could not be loaded", "row", "строк"),
    ("HqWindow", "Valid: template “%1” version %2, %Ln indicator(s).", "indicator", "показател"),
    ("HqWindow", "%Ln file(s) read, %1 consolidated, %2 not ok; written to %3.", "file", "файл"),
    ("AreaListModel", "%Ln error(s)", "error", "ошиб"),
    ("AreaListModel", "%Ln warning(s)", "warning", "предупрежден"),
]


@pytest.mark.parametrize(("context", "source", "noun", "stem"), COUNTED_TEXTS)
def test_a_count_of_one_reads_singular_in_english_and_russian_takes_its_three_forms(
    qapp, context, source, noun, stem
):
    from PySide6.QtCore import QCoreApplication

    from micdesk.gui.i18n import install_language

    def said(count: int) -> str:
        return QCoreApplication.translate(context, source, None, count)

    install_language("en")
    assert f"1 {noun}s" not in said(1) and "(s)" not in said(1)
    assert f"1 {noun}" in said(1), said(1)
    assert f"3 {noun}s" in said(3), said(3)
    install_language("ru")
    one, two, five = said(1), said(2), said(5)
    assert len({one, two, five}) == 3, (one, two, five)
    assert all(stem in text for text in (one, two, five))
    assert "1 " in one and "2 " in two and "5 " in five
