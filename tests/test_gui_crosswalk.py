"""The window's import dialog lists what the crosswalk carries, per country and period (issue 17)."""

from __future__ import annotations

from micdesk.core.submissions import list_values, open_submission
from tests.gui_waits import wait_for_forms
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import REDESIGN, version_two
from tests.test_crosswalk_import import redesigned_store  # noqa: F401


def _groups(dialog) -> dict:
    model = dialog.diff_model
    return {model.item(r).text(): model.item(r) for r in range(model.rowCount())}


def _lines(item) -> list[str]:
    return [item.child(r).text() for r in range(item.rowCount())]


def test_the_import_dialog_lists_every_carried_value_and_applies_the_same_numbers(
    qtbot,
    redesigned_store,  # noqa: F811
    tmp_path,
):
    from micdesk.gui.dialogs.template_import import TemplateImportDialog

    store, _ = redesigned_store
    dialog = TemplateImportDialog(store, "en")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(write_sheets(tmp_path / "v2.xlsx", version_two())))
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.start_preview()

    groups = _groups(dialog)
    kenya = _lines(groups["KEN 2025: values carried by the crosswalk (9)"])
    assert "Converted: ENV-1 v1 62.5 t × 0.001 → ENV-1 v2 0.0625 kt (crosswalk row 2)" in kenya
    assert (
        "To review: CNT-A v1 8 firms + CNT-B v1 NE + CNT-C v1 10 firms → CNT v2 — "
        "(crosswalk rows 3, 4, 5) — Not summed: a part is missing or is a notation key "
        "(CNT-A 8, CNT-B NE, CNT-C 10). Enter CNT by hand."
    ) in kenya
    assert "Split: WASTE v1 15.5 t × 0.4 → WASTE-H v2 6.2 t (crosswalk row 6)" in kenya
    counts = _lines(next(item for text, item in groups.items() if text.startswith("Your entered")))
    assert "Values before the import: 88; after it: 142 (nothing deleted)" in counts

    with qtbot.waitSignal(dialog.applied, timeout=30000):
        dialog.start_apply()
    values = list_values(store, open_submission(store, "KEN", "2025", REDESIGN))
    assert str(values[("ENV-1", "")].value) == "0.0625"
    assert str(values[("WASTE-H", "")].value) == "6.2"
    assert values[("CNT", "")].value is None


def test_the_import_dialog_says_the_crosswalk_in_chinese(qtbot, redesigned_store, tmp_path):  # noqa: F811
    from micdesk.gui.dialogs.template_import import TemplateImportDialog
    from micdesk.gui.i18n import install_language

    store, _ = redesigned_store
    install_language("zh")
    dialog = TemplateImportDialog(store, "zh")
    qtbot.addWidget(dialog)
    dialog.path.setText(str(write_sheets(tmp_path / "v2.xlsx", version_two())))
    with qtbot.waitSignal(dialog.previewed, timeout=30000):
        dialog.start_preview()

    kenya = _lines(_groups(dialog)["KEN 2025：按对照表转入的值 (9)"])
    assert "已换算：ENV-1 v1 62.5 t × 0.001 → ENV-1 v2 0.0625 kt （对照表第 2 行）" in kenya
    assert any("请手动拆分到 AREA-U, AREA-R" in line for line in kenya)


def test_the_previous_period_and_the_trend_show_the_converted_value_marked_converted(
    qtbot, store, tmp_path
):
    import dataclasses
    from decimal import Decimal

    from micdesk.core.submissions import save_profile, set_value
    from micdesk.core.template_store import ensure_default_template
    from micdesk.core.template_update import apply_template_import, preview_template_import
    from micdesk.core.template_workbook import write_template_workbook
    from micdesk.core.workplan import CrosswalkMapping
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    installed = ensure_default_template(store)
    for period, figure in (("2023", "10"), ("2024", "12.5")):
        set_value(store, open_submission(store, "KEN", period), "ENV-1", value=Decimal(figure))
    kilotonnes = tuple(
        dataclasses.replace(i, unit="kt") if i.code == "ENV-1" else i for i in installed.indicators
    )
    redesign = dataclasses.replace(
        installed,
        version=2,
        indicators=kilotonnes,
        crosswalk=(CrosswalkMapping(2, "ENV-1", "ENV-1", Decimal("0.001")),),
    )
    path = tmp_path / "v2.xlsx"
    write_template_workbook(redesign, path)
    apply_template_import(store, preview_template_import(store, path))
    set_value(store, open_submission(store, "KEN", "2023"), "ENV-1", value=Decimal("0.011"))

    save_profile(store, "KEN", focal_point="A. Focal")
    window = MainWindow(store, Settings(store.data_dir), ask_reason=lambda _: "x")
    qtbot.addWidget(window)
    window.set_language("en")
    window.open_submission("KEN", "2025")
    window.select_area(window.area_model.row_of("ENV"))
    env1 = window.forms["ENV"].editor("ENV-1")

    assert env1.context.text() == "Previous period (2024): 0.0125 (converted to this version)"
    tooltip = env1.context.toolTip().replace("\xa0", " ")  # plain_tooltip keeps words together
    assert "ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt" in tooltip
    wait_for_forms(qtbot, window)  # the row's trends are read while idle, then drawn
    assert env1.trend.points()[:2] == [("2023", Decimal("0.011")), ("2024", Decimal("0.0125"))]
    # 2023 was typed again after the import: no longer a converted figure.
    assert "2023: 0.011, 2024: 0.0125 (converted)" in env1.trend.toolTip().replace("\xa0", " ")
