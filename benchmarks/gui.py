"""The window at work (docs/design.md §11): switching work-plan rows < 50 ms; a keystroke within a frame.

Runs in one offscreen QApplication on a private copy of a prepared data folder:

- switching rows: select each row in turn (forms already built as far as the window
  builds them ahead after its first paint, every form up to a budget of editors), then
  let Qt lay out and paint what changed; median and worst over every switch;
- switching to a row whose form is not built yet (a click before the pre-building
  reached it): the same, once the submission just opened is painted;
- a keystroke: one digit typed into a number field (the parse-as-you-type check);
- committing a value: Enter in that field, through the GUI path (``Editing`` → the
  core's ``set_value``, its statements → cache, validation, repaint of the form; the
  commit's fsync runs on the store's committer thread), the first after opening also on
  its own; from Enter until the window is told the change is on disk ("saved"); and,
  measured apart, the core's ``set_value`` alone (statements and fsync: the disk);
- the problems panel catching up with a commit's findings: the window does it once the
  typing pauses (``FindingsModel``), so it is not in the commit's frame; timed on its
  own, right after each commit that changed the findings.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from benchmarks.common import Context, Measure, median
from benchmarks.folders import default_folder, large_folder
from benchmarks.screen import offscreen_platform

SWITCH_TARGET_MS = 50.0
FRAME_MS = 16.0


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def _window(folder: Path, country: str, period: str):
    os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())
    from PySide6.QtWidgets import QApplication

    from micdesk.core.startup import prepare_store
    from micdesk.gui.garbage_collection import begin_start_up, collect_from_now_on
    from micdesk.gui.main_window import MainWindow
    from micdesk.gui.settings import Settings

    begin_start_up()  # the app's garbage collection (gui.app.run_app), so that its pauses are too
    app = QApplication.instance() or QApplication(["micdesk-benchmark"])
    store = prepare_store(folder, daily_backup=False)
    window = MainWindow(store, Settings(folder), ask_reason=lambda _: "benchmark",
                        report_error=lambda message: None)  # fmt: skip
    window.show()  # at the size it fits itself to on the laptop's screen (benchmarks/screen.py)
    app.processEvents()
    collect_from_now_on()  # as the app does once its window is on the screen
    window.open_submission(country, period)
    return app, store, window


def _settle(app, window) -> None:
    """Process the pending events twice: the layout requests, then the paints they ask for.

    Qt paints only what changed (the update requests), as it would on a screen.
    """
    app.processEvents()
    app.processEvents()


def _process_until(app, done, seconds: float) -> bool:
    """Run the event loop until ``done()`` (or ``seconds`` passed); whether it is done."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
    return done()


def _all_forms_built(app, window) -> None:
    """Let the window build what it builds ahead (a few editors per event-loop turn).

    That is every form up to its budget of editors (form_scheduler.PREBUILT_EDITORS);
    beyond it, a switch makes the row's form then.
    """
    _process_until(app, lambda: not window.forms_pending(), 600)


def _switching(app, window, cycles: int) -> list[float]:
    rows = window.area_model.rowCount()
    samples = []
    for _ in range(cycles):
        for row in list(range(1, rows)) + [0]:
            started = time.perf_counter()
            window.select_area(row)
            _settle(app, window)
            samples.append(time.perf_counter() - started)
    return samples


def _unbuilt_switching(app, window, country: str, period: str, times: int) -> list[float]:
    """Open the submission again (forms dropped), then go to the last row once it is painted.

    (As a user does: the window paints what was opened before a click can come. Without
    that, the switch also paid for repainting the rows' list the opening had reset.)
    """
    samples = []
    last = window.area_model.rowCount() - 1
    for _ in range(times):
        window.open_submission(country, period)  # builds the first row's form only
        _settle(app, window)
        if window.area_model.area_code(last) in window.forms:
            raise AssertionError("the last row's form was built before the switch to it")
        started = time.perf_counter()
        window.select_area(last)
        _settle(app, window)
        samples.append(time.perf_counter() - started)
    return samples


def _number_field(window):
    """The first integer field of the first row without a breakdown (typed like a user would)."""
    form = window.forms[window.session.template.areas[0].code]
    form.build_all()
    for editor in form.built_editors():
        if editor.value_edit is not None and editor.indicator.kind.value == "integer":
            return editor
    raise LookupError("no integer indicator in the first row")


def _typing(app, window, keys: int) -> tuple[list[float], ...]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.select_area(0)
    _settle(app, window)
    editor = _number_field(window)
    field = editor.value_edit
    keystrokes, commits, catch_ups, on_disk = [], [], [], []
    saved: list[float] = []
    window.session.saved.connect(lambda: saved.append(time.perf_counter()))
    for number in range(keys):
        field.setFocus()
        field.clear()
        QTest.keyClicks(field, str(4000 + number)[:-1])
        _settle(app, window)  # what those keys and the focus asked for is not the digit's
        started = time.perf_counter()
        QTest.keyClick(field, str(number % 10))
        _settle(app, window)
        keystrokes.append(time.perf_counter() - started)
        saved.clear()
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        _settle(app, window)
        commits.append(time.perf_counter() - started)
        if not _process_until(app, lambda: bool(saved), 60):
            raise AssertionError("the window was never told the value is on disk")
        on_disk.append(saved[0] - started)
        if window.findings_model.waiting():
            started = time.perf_counter()
            window.findings_model.catch_up()
            _settle(app, window)
            catch_ups.append(time.perf_counter() - started)
    stored = window.session.state(editor.indicator.code)
    if stored is None or stored.value != int(str(4000 + keys - 1)[:-1] + str((keys - 1) % 10)):
        raise AssertionError(f"the typed value was not saved: {stored}")
    return keystrokes, commits, catch_ups, on_disk  # (no catch-up where no finding changed)


def _disk_commits(window, writes: int) -> list[float]:
    from micdesk.core.submissions import set_value

    session = window.session
    code = _number_field(window).indicator.code
    samples = []
    for number in range(writes):
        started = time.perf_counter()
        set_value(session.store, session.submission, code, value=7000 + number)
        samples.append(time.perf_counter() - started)
    return samples


def _measures(
    label: str, folder: Path, country: str, period: str, context: Context
) -> list[Measure]:
    app, store, window = _window(folder, country, period)
    try:
        _all_forms_built(app, window)
        switches = _switching(app, window, context.runs(5, 1))
        unbuilt = _unbuilt_switching(app, window, country, period, context.runs(3, 1))
        _all_forms_built(app, window)
        keystrokes, commits, catch_ups, on_disk = _typing(app, window, context.runs(30, 3))
        disk = _disk_commits(window, context.runs(30, 3))
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        store.close()

    def pair(name: str, samples: list[float], target: float | None, note: str) -> list[Measure]:
        values = [_ms(s) for s in samples]
        runs = len(values)
        return [
            Measure(f"{name}, {label} (median)", median(values), "ms", target, runs=runs,
                    note=f"median of {runs}; {note}"),
            Measure(f"{name}, {label} (worst)", max(values), "ms", target, runs=runs,
                    note=f"worst of {runs}; {note}"),
        ]  # fmt: skip

    return [
        *pair("switch rows", switches, SWITCH_TARGET_MS, "forms pre-built; select, layout, paint"),
        *pair("switch to a row not built yet", unbuilt, SWITCH_TARGET_MS,
              "builds the row's form, then layout + paint"),
        *pair("keystroke in a number field", keystrokes, FRAME_MS, "one digit, checked as typed"),
        *pair("commit a value with Enter (GUI path)", commits, FRAME_MS,
              "core write + refresh + paint; the fsync follows on the committer thread"),
        Measure(f"first commit after opening, {label}", _ms(commits[0]), "ms", FRAME_MS,
                note="the first of those commits, once the window's idle work is done; "
                     "one sample"),
        *pair("Enter to saved on disk (GUI path)", on_disk, None,
              "until the window is told the commit is on disk (fsync included)"),
        *pair("commit a value, disk only (set_value)", disk, FRAME_MS,
              "one committed transaction, synchronous=FULL"),
        *(pair("problems panel catching up with a commit", catch_ups, FRAME_MS,
               "model update + layout + paint, once the typing pauses") if catch_ups else []),
    ]  # fmt: skip


def measure_default(context: Context) -> list[Measure]:
    """The window on the built-in template."""
    folder, country, period = default_folder(context.scratch / "default")
    return _measures("default template", folder, country, period, context)


def measure_large(context: Context) -> list[Measure]:
    """The window on the store of 20 periods × 5 countries × 500 indicators."""
    folder, country, period = large_folder(context, context.scratch / "large")
    size = context.size
    label = f"{size.periods}×{size.countries}×{size.indicators} store"
    return _measures(label, folder, country, period, context)
