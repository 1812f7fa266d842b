"""Template and user text in the window is plain text; refusals of files in the user's language."""

from __future__ import annotations

import pytest
from hostile_workbooks import sample_template_sheets, write_hostile_workbooks, write_sheets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from micdesk.gui.actions import ActionId
from tests.gui_waits import wait_for_forms

pytestmark = pytest.mark.gui

# What issue 13 found rendered as HTML: a local image, a link and big red text.
HOSTILE = (
    '<img src="/local/file.png"><a href="https://example.invalid/login">Log in again</a>'
    "<font size=6 color=red>URGENT: send your password</font>"
)


def _hostile_template(folder):
    from micdesk.core.template_workbook import read_template_workbook

    sheets = sample_template_sheets()
    sheets["areas"][1][2] = "Technology " + HOSTILE  # area title::en
    header = sheets["indicators"][0]
    firms = sheets["indicators"][1]
    firms[header.index("label::en")] = "Firms " + HOSTILE
    firms[header.index("hint::en")] = "Hint " + HOSTILE
    firms[header.index("unit")] = "<b>firms</b>"
    level = sheets["indicators"][4]
    assert level[0] == "LEVEL"
    sheets["choices"][1][2] = "<i>Low</i> " + HOSTILE  # choice label::en
    return read_template_workbook(write_sheets(folder / "hostile-template.xlsx", sheets))


@pytest.fixture
def window(qtbot, tmp_path):
    """A window on a store whose only template carries HTML in every text it shows."""
    from micdesk.core.store import open_store
    from micdesk.core.template_store import install_template
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    store = open_store(tmp_path / "data")
    with store.transaction() as session:
        install_template(session, _hostile_template(tmp_path))
    main = MainWindow(store, Settings(store.data_dir), report_error=lambda message: None)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.open_submission("KEN", "2025")
    wait_for_forms(qtbot, main)
    yield main
    main.close()
    store.close()


def _editor(window, code):
    area = window.session.template.indicator(code).area
    window.select_area(window.area_model.row_of(area))
    return window.forms[area].editor(code)


def test_template_text_with_html_is_shown_literally_in_every_label_and_tooltip(window):
    firms = _editor(window, "FIRMS")
    form = window.forms["TEC"]
    shown = {
        "area title": form.heading,
        "indicator label": firms.title,
        "unit": firms.unit,
        "hint": firms.hint,
    }
    for what, label in shown.items():
        assert label.textFormat() == Qt.TextFormat.PlainText, what
    assert HOSTILE in form.heading.text()
    assert HOSTILE in firms.title.text() and HOSTILE in firms.hint.text()
    assert firms.unit.text() == "<b>firms</b>"
    choices = _editor(window, "LEVEL").value.widget
    assert isinstance(choices, QComboBox)  # a combo box never renders rich text
    assert any(choices.itemText(i).startswith("<i>Low</i> <img") for i in range(choices.count()))
    # Whatever else shows the template's text: never as rich text, never as a raw tooltip.
    labels = [label for label in window.findChildren(QLabel) if "<img" in label.text()]
    assert len(labels) >= 3
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    tooltips = [w.toolTip() for w in window.findChildren(QWidget) if "img" in w.toolTip()]
    assert tooltips and all("<img" not in tip and "&lt;img" in tip for tip in tooltips)


def test_the_area_title_is_drawn_as_its_characters_not_as_a_link(window, qtbot):
    form = window.forms["TEC"]
    window.select_area(window.area_model.row_of("TEC"))
    # A rich-text label would lay out "Log in again" alone (tags hidden) and be short.
    metrics = form.heading.fontMetrics()
    assert form.heading.sizeHint().width() > metrics.horizontalAdvance("Log in again") * 3
    assert form.heading.openExternalLinks() is False


@pytest.fixture(scope="module")
def damaged(tmp_path_factory):
    """The damaged packages of the corpus."""
    return write_hostile_workbooks(tmp_path_factory.mktemp("damaged"))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "Deflate64"),
        ("zh", "Deflate64"),
        ("ar", "Deflate64"),
    ],
)
def test_the_load_dialog_says_a_package_refusal_in_the_users_language(
    qtbot, window, damaged, language, words
):
    window.set_language(language)
    window.actions[ActionId.LOAD_SUBMISSION].trigger()
    dialog = window.load_dialog
    dialog.path.setText(str(damaged["deflate64"].path))
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    assert words in text and "deflate64.xlsx" in text
    assert "compressed with" not in text  # not the core's English
    assert dialog.outcome.textFormat() == Qt.TextFormat.PlainText


def test_the_template_import_dialog_says_a_flood_refusal_in_the_users_language(
    qtbot, window, damaged
):
    window.set_language("ru")
    window.actions[ActionId.IMPORT_TEMPLATE].trigger()
    dialog = window.template_import_dialog
    dialog.path.setText(str(damaged["shared_string_flood"].path))
    with qtbot.waitSignal(dialog.failed, timeout=20000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    text = dialog.outcome.text()
    assert "shared_string_flood.xlsx" in text and "distinct texts" not in text
