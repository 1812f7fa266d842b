"""A synthetic redesign carried through a store of 3 countries × 3 periods: every value accounted for."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from micdesk.core.model import ChangeRecord
from micdesk.core.review import review_text
from micdesk.core.submissions import list_values, open_submission, set_value, value_history
from micdesk.core.template_update import (
    apply_template_import,
    count_values,
    preview_template_import,
)
from micdesk.core.vocabulary import Notation
from tests.hostile_workbooks import write_sheets
from tests.redesign_sheets import REDESIGN, version_one, version_two

COUNTRIES = ("BRA", "KEN", "VNM")
PERIODS = ("2023", "2024", "2025")
Y15_24, Y25_35, Y36, Y15_35 = "age=y15_24", "age=y25_35", "age=y36", "age=y15_35"


def old_figures(country: int, period: int) -> dict[tuple[str, str], Decimal | Notation | None]:
    """What each country entered in each period under version 1 (None: left empty)."""
    n = country * 3 + period
    figures: dict[tuple[str, str], Decimal | Notation | None] = {
        ("ENV-1", ""): Decimal("12.5") + n * 10,
        ("CNT-A", ""): Decimal(3 + n),
        ("CNT-B", ""): Decimal(4),
        ("CNT-C", ""): Decimal(5 + n),
        ("WASTE", ""): Decimal("10.5") + n,
        ("AREA", ""): Decimal(50 + n),
        ("JOBS", ""): Decimal(30 + 3 * n),
        ("JOBS", Y15_24): Decimal(10 + n),
        ("JOBS", Y25_35): Decimal(10 + n),
        ("JOBS", Y36): Decimal(10 + n),
    }
    if (country, period) == (1, 2):  # KEN 2025: one part of the merge is a notation key
        figures[("CNT-B", "")] = Notation.NOT_ESTIMATED
    if (country, period) == (2, 0):  # VNM 2023: one part of the merge and of the re-binning missing
        figures[("CNT-C", "")] = None
        figures[("JOBS", Y25_35)] = None
    return figures


@pytest.fixture
def redesigned_store(store, tmp_path: Path):
    """Version 1 installed and filled for 3 countries × 3 periods; version 2 previewed."""
    return store, fill_and_preview(store, tmp_path)


def fill_and_preview(store, tmp_path: Path):
    """Version 1 installed and filled for 3 countries × 3 periods; version 2's preview."""
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v1.xlsx", version_one()))
    )
    for c, country in enumerate(COUNTRIES):
        for p, period in enumerate(PERIODS):
            submission = open_submission(store, country, period, REDESIGN)
            for (code, cell), figure in old_figures(c, p).items():
                if isinstance(figure, Notation):
                    set_value(store, submission, code, cell, notation=figure)
                elif figure is not None:
                    set_value(store, submission, code, cell, value=figure)
    return preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", version_two()))


def new_values(store, country: str, period: str):
    """Version 2's values of one submission, keyed by (code, cell)."""
    return list_values(store, open_submission(store, country, period, REDESIGN))


def test_every_value_of_the_redesign_is_accounted_for_exactly(redesigned_store):
    store, preview = redesigned_store
    before = count_values(store)
    result = apply_template_import(store, preview)
    assert result.values_before == before
    assert result.values_after == count_values(store) == before + preview.crosswalk.inserted
    old_env = new_env = old_waste = new_waste = Decimal(0)
    merged = 0
    for c, country in enumerate(COUNTRIES):
        for p, period in enumerate(PERIODS):
            old = old_figures(c, p)
            new = new_values(store, country, period)
            where = f"{country} {period}"
            # unit change: t × 0.001 = kt, exactly
            old_env += old[("ENV-1", "")]
            new_env += new[("ENV-1", "")].value
            assert new[("ENV-1", "")].value == old[("ENV-1", "")] * Decimal("0.001"), where
            # merge of three: the sum, or nothing and a flag listing the parts
            parts = [old[(code, "")] for code in ("CNT-A", "CNT-B", "CNT-C")]
            cnt = new[("CNT", "")]
            if all(isinstance(part, Decimal) for part in parts):
                assert (cnt.value, cnt.needs_review) == (sum(parts), ""), where
                merged += 1
            else:
                assert cnt.value is None and cnt.notation is None, where
                assert cnt.review.key == "crosswalk_sum_incomplete", where
                listed = "CNT-B NE" if (c, p) == (1, 2) else "CNT-C —"
                assert listed in cnt.review.params["parts"], where
            # split with shares: 0.4 and 0.6, adding up to the old value
            old_waste += old[("WASTE", "")]
            new_waste += new[("WASTE-H", "")].value + new[("WASTE-I", "")].value
            assert new[("WASTE-H", "")].value == old[("WASTE", "")] * Decimal("0.4"), where
            # split without shares: both parts empty, flagged with the old value as context
            for part in ("AREA-U", "AREA-R"):
                state = new[(part, "")]
                assert state.value is None and state.review.key == "crosswalk_to_split", where
                assert state.review.params == {
                    "code": "AREA",
                    "value": str(old[("AREA", "")]),
                    "parts": "AREA-U, AREA-R",
                }
            # re-binning: 15-24 + 25-35 → 15-35; 36+ and the total as they were
            jobs = new[("JOBS", Y15_35)]
            if old[("JOBS", Y25_35)] is None:
                assert jobs.value is None and jobs.review.key == "crosswalk_sum_incomplete"
            else:
                assert jobs.value == old[("JOBS", Y15_24)] + old[("JOBS", Y25_35)], where
            assert new[("JOBS", Y36)].value == old[("JOBS", Y36)]
            assert new[("JOBS", "")].value == old[("JOBS", "")]
    assert new_env == old_env * Decimal("0.001")
    assert new_waste == old_waste
    assert merged == 7  # 9 submissions, two with an incomplete merge
    assert result.carried == len(preview.crosswalk.carried)
    assert result.carried_flagged == 2 + 1 + 9 * 2  # merges, re-binning, unshared splits
    unshared = [c for c in preview.crosswalk.carried if c.code in ("AREA-U", "AREA-R")]
    assert len(unshared) == 18 and {c.action for c in unshared} == {"flagged"}


def test_the_old_values_stay_archived_and_nothing_is_deleted(redesigned_store):
    store, preview = redesigned_store
    apply_template_import(store, preview)
    kenya = open_submission(store, "KEN", "2024", REDESIGN)
    everything = list_values(store, kenya, include_archived=True)
    archived = {key: state for key, state in everything.items() if state.archived}
    assert set(archived) == {
        ("CNT-A", ""),
        ("CNT-B", ""),
        ("CNT-C", ""),
        ("WASTE", ""),
        ("AREA", ""),
        ("JOBS", Y15_24),
        ("JOBS", Y25_35),
    }
    assert archived[("WASTE", "")].value == "14.5"  # kept as stored: WASTE is gone


def test_the_preview_lists_the_numbers_the_import_writes(redesigned_store):
    store, preview = redesigned_store
    lines = preview.lines()
    assert "Entered values of this template: 88 before, 142 after (nothing deleted)" in lines
    assert "  KEN 2024:" in lines
    assert "    converted: ENV-1 v1 52.5 t × 0.001 → ENV-1 v2 0.0525 kt (crosswalk row 2)" in lines
    apply_template_import(store, preview)
    for item in preview.crosswalk.carried:
        submission = next(
            open_submission(store, country, period, REDESIGN)
            for country in COUNTRIES
            for period in PERIODS
            if open_submission(store, country, period, REDESIGN).submission_id == item.submission_id
        )
        state = list_values(store, submission)[(item.code, item.cell)]
        written = None if state.value is None else str(state.value)
        assert (written, state.needs_review) == (item.value, review_text(item.needs_review))
        figure = item.value or item.notation or "—"
        assert any(item.lineage in line and f" {figure}" in line for line in lines), item


def test_each_carried_value_records_its_lineage(redesigned_store):
    store, preview = redesigned_store
    apply_template_import(store, preview)
    brazil = open_submission(store, "BRA", "2023", REDESIGN)
    history = value_history(store, brazil, "ENV-1")
    last = history[-1]
    assert (last.attribute, last.old, last.new) == ("value", "12.5", "0.0125")
    assert last.reason == (
        "template 'redesign' version 2: ENV-1 v1 12.5 t × 0.001 → ENV-1 v2 0.0125 kt "
        "(crosswalk row 2)"
    )
    merged = value_history(store, brazil, "CNT")[0]
    assert merged.new == "12"
    assert "CNT-A v1 3 firms + CNT-B v1 4 firms + CNT-C v1 5 firms → CNT v2 12 firms" in (
        merged.reason
    )
    with store.read() as session:
        archived = session.scalars(
            select(ChangeRecord).where(
                ChangeRecord.indicator_code == "WASTE", ChangeRecord.attribute == "archived"
            )
        ).all()
    assert len(archived) == 9
    assert "WASTE v1 10.5 t × 0.4 → WASTE-H v2 4.2 t" in archived[0].reason


def test_a_store_changed_after_the_preview_refuses_the_import(redesigned_store):
    from micdesk.core.template_update import TemplateImportRefused

    store, preview = redesigned_store
    before = count_values(store)
    set_value(store, open_submission(store, "KEN", "2023", REDESIGN), "WASTE", value=99)
    with pytest.raises(TemplateImportRefused) as refused:
        apply_template_import(store, preview)
    assert refused.value.key == "changed_since_preview"
    assert count_values(store) == before


def test_a_store_changed_by_another_program_after_the_preview_refuses_the_import(
    redesigned_store,
):
    from micdesk.core.store import open_store
    from micdesk.core.template_update import TemplateImportRefused

    store, preview = redesigned_store
    before = count_values(store)
    other = open_store(store.data_dir)
    set_value(other, open_submission(other, "KEN", "2023", REDESIGN), "WASTE", value=99)
    other.close()
    with pytest.raises(TemplateImportRefused) as refused:
        apply_template_import(store, preview)
    assert refused.value.key == "changed_since_preview"
    assert count_values(store) == before


def test_an_import_right_after_its_preview_writes_the_preview_without_reading_again(
    redesigned_store, monkeypatch
):
    import micdesk.core.template_update as template_update

    store, preview = redesigned_store

    def read_again(*_arguments):
        raise AssertionError("the values were read again")

    monkeypatch.setattr(template_update, "_read_values", read_again)
    result = apply_template_import(store, preview)
    assert result.carried == len(preview.crosswalk.carried) > 0
    assert count_values(store) == preview.values_after


def test_a_conversion_into_a_whole_number_kind_is_rounded_and_flagged_with_the_exact_value(
    store, tmp_path
):
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v1.xlsx", version_one()))
    )
    even, odd = (open_submission(store, "KEN", period, REDESIGN) for period in ("2024", "2025"))
    set_value(store, even, "AREA", value=50)
    set_value(store, odd, "AREA", value=51)
    sheets = version_two()
    for row in sheets["crosswalk"][7:9]:  # AREA → AREA-U, AREA-R: halves this time
        row[2] = 0.5
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", sheets))
    )

    halves = new_values(store, "KEN", "2024")
    assert (halves[("AREA-U", "")].value, halves[("AREA-U", "")].needs_review) == (25, "")
    rounded = new_values(store, "KEN", "2025")[("AREA-R", "")]
    assert rounded.value == 26  # 25.5 rounded half up; AREA-U + AREA-R is 52, hence the flag
    assert rounded.review.key == "crosswalk_rounded"
    assert rounded.review.params == {"value": "26", "exact": "25.5", "code": "AREA-R"}


def test_a_value_of_its_own_at_the_target_is_kept_and_flagged(store, tmp_path):
    one, two = version_one(), version_two()
    one["indicators"].append(["CNT", "SOC", 9, "Firms supported", "integer", "firms", None])
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v1.xlsx", one))
    )
    kenya = open_submission(store, "KEN", "2025", REDESIGN)
    for code, figure in (("CNT", 40), ("CNT-A", 1), ("CNT-B", 2), ("CNT-C", 3)):
        set_value(store, kenya, code, value=figure)
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", two))
    )

    kept = new_values(store, "KEN", "2025")[("CNT", "")]
    assert kept.value == 40
    assert kept.review.key == "crosswalk_not_written"
    assert kept.review.params == {"value": "6", "code": "CNT"}


def test_a_notation_key_and_a_choice_move_through_the_crosswalk_judged_by_the_new_rules(
    store, tmp_path
):
    one, two = version_one(), version_two()
    for sheets, code, options in ((one, "LEVEL", ("low", "high")), (two, "READY", ("low", "mid"))):
        sheets["indicators"][0] = [*sheets["indicators"][0], "choices"]
        for row in sheets["indicators"][1:]:
            row.append(None)
        sheets["indicators"].append(["SOC", "SOC", 9, "Readiness", "choice", None, None, "lv"])
        sheets["indicators"][-1][0] = code
        sheets["choices"] = [["list", "value", "label::en"]] + [["lv", o, o] for o in options]
    two["crosswalk"].append(["LEVEL", "READY", None, None, None, "move", None])
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v1.xlsx", one))
    )
    kenya = open_submission(store, "KEN", "2025", REDESIGN)
    set_value(store, kenya, "ENV-1", notation=Notation.NOT_ESTIMATED)
    set_value(store, kenya, "LEVEL", value="high")
    ghana = open_submission(store, "GHA", "2025", REDESIGN)
    set_value(store, ghana, "LEVEL", value="low")
    preview = preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", two))
    actions = {
        (item.submission_id, item.code): (item.value, item.notation, item.action)
        for item in preview.crosswalk.carried
        if item.code in ("ENV-1", "READY")
    }
    assert actions == {
        (kenya.submission_id, "ENV-1"): (None, "NE", "moved"),
        (kenya.submission_id, "READY"): ("high", None, "flagged"),
        (ghana.submission_id, "READY"): ("low", None, "moved"),
    }
    apply_template_import(store, preview)
    kenya_now = new_values(store, "KEN", "2025")
    assert kenya_now[("ENV-1", "")].notation == Notation.NOT_ESTIMATED
    assert kenya_now[("READY", "")].value == "high"
    assert kenya_now[("READY", "")].review.key == "not_in_choice_list"
    assert new_values(store, "GHA", "2025")[("READY", "")].needs_review == ""


def test_a_notation_key_to_split_by_hand_is_shown_as_its_key_beside_the_empty_parts(
    store, tmp_path
):
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v1.xlsx", version_one()))
    )
    kenya = open_submission(store, "KEN", "2025", REDESIGN)
    set_value(store, kenya, "AREA", notation=Notation.NOT_APPLICABLE)
    apply_template_import(
        store, preview_template_import(store, write_sheets(tmp_path / "v2.xlsx", version_two()))
    )
    now = new_values(store, "KEN", "2025")
    for part in ("AREA-U", "AREA-R"):
        assert (now[(part, "")].value, now[(part, "")].notation) == (None, None)
        assert now[(part, "")].review.key == "crosswalk_to_split"
        assert now[(part, "")].review.params == {
            "code": "AREA",
            "value": "NA",
            "parts": "AREA-U, AREA-R",
        }


def test_each_source_the_crosswalk_archives_gets_one_history_record(redesigned_store):
    store, preview = redesigned_store
    apply_template_import(store, preview)
    with store.read() as session:
        archived = session.execute(
            select(
                ChangeRecord.submission_fk, ChangeRecord.indicator_code, ChangeRecord.cell
            ).where(ChangeRecord.attribute == "archived", ChangeRecord.new == "yes")
        ).all()
    # The crosswalk archives them; the update's own rules must not archive them a second time.
    assert archived and len(archived) == len(set(archived))
    assert {code for _, code, _ in archived} >= {"CNT-A", "CNT-B", "CNT-C", "WASTE", "AREA"}
