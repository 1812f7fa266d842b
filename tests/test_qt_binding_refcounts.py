"""A canary for Qt bindings that drop or leak references to None, True and False (issue 23).

PySide6 6.12.0 on CPython 3.11 drops one reference to None per void Qt call and one to
True/False per signal emission; the window then aborts after about 2,000 edits. No
single test of the window makes enough calls to notice, so this one makes 20,000 of each
kind. On CPython 3.12+ the three objects are immortal and the check is trivially stable.
"""

from __future__ import annotations

import pytest

from micdesk.gui import binding_check

CALLS_PER_KIND = 20_000


@pytest.fixture
def hoard_of_none() -> list[None]:
    return [None] * 2_000


def test_twenty_thousand_void_calls_and_emissions_keep_none_true_false_counts(qapp) -> None:
    drifts = binding_check.find_reference_drifts(CALLS_PER_KIND)

    assert drifts == [], "the Qt binding breaks reference counting:\n" + "\n".join(map(str, drifts))


def test_every_kind_of_call_the_canary_promises_is_made(qapp) -> None:
    # The canary is only as good as the calls it repeats: the ones that dropped in 6.12.0.
    names = binding_check.call_names()
    assert names == [
        "QLabel.setText",
        "QWidget.setEnabled",
        "QWidget.update",
        "QCoreApplication.processEvents",
        "Signal(int).emit",
        "Signal(bool).emit",
    ]


@pytest.mark.skipif(
    binding_check.is_immortal(None), reason="None is immortal here: its count cannot fall"
)
def test_a_call_that_releases_a_reference_to_none_each_time_is_caught_early(
    hoard_of_none: list[None],
) -> None:
    # Each call releases one reference to None, as 6.12.0's setText does on 3.11.
    drifts = binding_check.repeat_and_watch(hoard_of_none.pop, "list.pop", 1_500)

    assert [(drift.watched, drift.call) for drift in drifts] == [("None", "list.pop")]
    (drift,) = drifts
    assert drift.before - drift.after > binding_check.NOISE
    # Stopped at the first look past the noise, not after all 1,500 calls.
    assert drift.calls <= binding_check.NOISE + binding_check.BATCH
    assert 2_000 - len(hoard_of_none) < 5 * binding_check.BATCH  # settling + one batch


@pytest.mark.skipif(
    binding_check.is_immortal(True), reason="True is immortal here: its count cannot rise"
)
def test_a_call_that_keeps_a_reference_to_true_each_time_is_caught_as_a_leak() -> None:
    kept: list[bool] = []

    drifts = binding_check.repeat_and_watch(lambda: kept.append(True), "list.append", 1_000)

    assert [(drift.watched, drift.after > drift.before) for drift in drifts] == [("True", True)]


def test_calls_that_touch_no_counts_report_no_drift() -> None:
    assert binding_check.repeat_and_watch(lambda: 1 + 1, "int.__add__", 5_000) == []
