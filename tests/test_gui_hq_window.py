"""UNIDO's window: consolidate a folder without the command line, see files and results."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from micdesk.core.consolidation_files import FileStatus
from micdesk.gui.hq_window import HqWindow
from tests.hostile_workbooks import write_sheets
from tests.test_programme_results import RETURNS, _export

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def returns_folder(tmp_path_factory) -> Path:
    """Six good returns (four countries, two periods) and one broken workbook."""
    folder = tmp_path_factory.mktemp("hq")
    for (country, period), values in RETURNS.items():
        _export(folder, country, period, values)
    write_sheets(folder / "returns" / "broken.xlsx", {"Sheet": [["not", "a return"]]})
    return folder / "returns"


def _rows(window: HqWindow) -> dict[str, list[str]]:
    model = window.files_proxy
    return {
        model.index(row, 0).data(): [
            model.index(row, column).data() for column in range(model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def _consolidate(qtbot, window: HqWindow, folder: Path) -> None:
    window.folder.setText(str(folder))
    with qtbot.waitSignal(window.consolidated, timeout=60_000):
        qtbot.mouseClick(window.start_button, qtbot_left())


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_folder_with_a_broken_file_is_consolidated_and_the_file_listed_with_its_reason(
    qtbot, returns_folder
):
    window = HqWindow()
    qtbot.addWidget(window)
    window.show()
    seen_progress = []
    window.progress.valueChanged.connect(seen_progress.append)
    _consolidate(qtbot, window, returns_folder)
    rows = _rows(window)
    assert rows["broken.xlsx"][4] == "broken"
    assert "not a micdesk submission" in rows["broken.xlsx"][5]
    assert {name for name, row in rows.items() if row[4] != "broken"} == {
        f"{country}-{period}.xlsx" for country, period in RETURNS
    }
    assert (returns_folder / "consolidated.xlsx").exists()
    assert window.open_workbook.isEnabled()
    assert seen_progress  # the bar moved while reading
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]


def test_the_results_tab_shows_the_programme_figures(qtbot, returns_folder):
    window = HqWindow()
    qtbot.addWidget(window)
    _consolidate(qtbot, window, returns_folder)
    model = window.results_tab.model
    header = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    rows = {model.index(r, 0).data().split(" — ")[0]: r for r in range(model.rowCount())}
    assert model.index(rows["TEC-1"], header.index("2025")).data() == "3 of 4 yes"
    assert "EGY NE" in model.index(rows["ENV-2"], header.index("2025")).data()
    window.results_tab.table.selectRow(rows["ENV-1"])
    assert window.results_tab.chart.title().startswith("ENV-1")
    assert len(window.results_tab.chart.series()) == 1


def test_the_files_table_filters_by_status(qtbot, returns_folder):
    window = HqWindow()
    qtbot.addWidget(window)
    _consolidate(qtbot, window, returns_folder)
    window.status_filter.setCurrentIndex(window.status_filter.findData(FileStatus.BROKEN.value))
    assert list(_rows(window)) == ["broken.xlsx"]
    window.status_filter.setCurrentIndex(0)
    window.filter.setText("EGY")
    assert list(_rows(window)) == ["EGY-2025.xlsx"]


def test_cancel_stops_the_consolidation_and_writes_nothing(qtbot, returns_folder, tmp_path):
    window = HqWindow()
    qtbot.addWidget(window)
    folder = tmp_path / "copy"
    folder.mkdir()
    for path in returns_folder.glob("*-*.xlsx"):
        (folder / path.name).write_bytes(path.read_bytes())
    window.folder.setText(str(folder))
    with qtbot.waitSignal(window.failed, timeout=60_000) as failed:
        window.start()
        qtbot.mouseClick(window.cancel_button, qtbot_left())  # while the first file is read
    assert failed.args[0] == "Cancelled; nothing was written."
    assert not (folder / "consolidated.xlsx").exists()
    assert window.start_button.isEnabled()


def test_a_template_an_author_is_editing_lists_its_problems_by_sheet_and_cell(qtbot, tmp_path):
    from tests.hostile_workbooks import sample_template_sheets
    from tests.test_template_workbook import edit

    sheets = sample_template_sheets()
    edit(sheets, "indicators", "LABS", "area", "ENV")
    path = write_sheets(tmp_path / "t.xlsx", sheets)
    window = HqWindow()
    qtbot.addWidget(window)
    window.check_template(path)
    model = window.problems_model
    assert [model.item(0, c).text() for c in range(3)] == [
        "indicators",
        "B3",
        "unknown area 'ENV': it is not on the areas sheet",
    ]
    assert window.template_outcome.text().startswith("Problems found: 1.")


def test_the_window_speaks_french(qtbot):
    from micdesk.gui.i18n import install_language

    install_language("fr")
    window = HqWindow("fr")
    qtbot.addWidget(window)
    assert window.start_button.text() == "&Consolider"
    assert window.tabs.tabText(1) == "Résultats"


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
