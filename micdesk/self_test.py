"""``micdesk --self-test``: prove an installation works, without a screen (docs/design.md §9).

Runs the whole path a focal point's data takes, in a throw-away folder: open a store,
migrate it, load the default template, fill every indicator, export a submission, check
it, load it into a second store and compare; then loads Qt offscreen and builds the main
window, and makes a few thousand Qt calls to check that the Qt binding keeps Python's
reference counts (issue 23). One line per step; exit code 0 only when every step passed.
Meant for IT after an install and for smoke-testing a bundle in CI, so it touches no user
data.

Qt is imported only inside the Qt steps: the rest is the Qt-free core.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from micdesk import __version__
from micdesk.core.records import OpenSubmission
from micdesk.core.startup import close_store
from micdesk.core.store import Store, current_revision, head_revision, migrate, open_store
from micdesk.core.submissions import (
    list_narratives,
    list_values,
    open_submission,
    set_narrative,
    set_value,
    validate_submission,
)
from micdesk.core.template_store import ensure_default_template
from micdesk.core.validation import errors
from micdesk.core.vocabulary import TOTAL_CELL, IndicatorKind, NarrativeField
from micdesk.core.workplan import IndicatorDefinition, WorkPlanTemplate

SAMPLE_COUNTRY = "KEN"
SAMPLE_YEAR = 2025
SAMPLE_TEXT = "micdesk self-test"


class StepFailed(Exception):
    """A self-test step found something wrong; the message says what."""


@dataclass
class SelfTestRun:
    """What the steps hand on to each other."""

    work_dir: Path
    store: Store | None = None
    template: WorkPlanTemplate | None = None
    submission: OpenSubmission | None = None
    export_path: Path | None = None
    submission_file: Any = None
    second_store: Store | None = None
    second_submission: OpenSubmission | None = None
    stores: list[Store] = field(default_factory=list)

    def close(self) -> None:
        """Release both stores so the throw-away folder can be removed (Windows locks files)."""
        for store in self.stores:
            close_store(store)


@dataclass(frozen=True)
class StepResult:
    """The outcome of one step as printed."""

    title: str
    status: str  # "ok", "FAILED" or "not run"
    detail: str = ""

    @property
    def passed(self) -> bool:
        """True when the step ran and passed."""
        return self.status == "ok"


def _open_store(run: SelfTestRun) -> str:
    run.store = open_store(run.work_dir / "store", migrate_schema=False)
    run.stores.append(run.store)
    if current_revision(run.store.engine) is not None:
        raise StepFailed("the throw-away store is not empty")
    return str(run.store.database_path)


def _run_migrations(run: SelfTestRun) -> str:
    assert run.store is not None
    migrate(run.store.engine)
    revision = current_revision(run.store.engine)
    if revision != head_revision():
        raise StepFailed(f"schema at {revision}, expected {head_revision()}")
    return f"schema {revision}"


def _load_default_template(run: SelfTestRun) -> str:
    assert run.store is not None
    run.template = ensure_default_template(run.store)
    if not run.template.indicators:
        raise StepFailed("the default template has no indicators")
    return (
        f"{run.template.template_id} v{run.template.version}: "
        f"{len(run.template.areas)} areas, {len(run.template.indicators)} indicators"
    )


def _sample_period(template: WorkPlanTemplate) -> str:
    from micdesk.core.vocabulary import Periodicity

    return str(SAMPLE_YEAR) if template.periodicity == Periodicity.ANNUAL else f"{SAMPLE_YEAR}-H1"


def sample_values(template: WorkPlanTemplate, indicator: IndicatorDefinition) -> dict[str, Any]:
    """A value for each cell of an indicator that its rules accept (breakdowns add up)."""
    cells = template.cells_of(indicator)
    kind = indicator.kind
    if kind.is_numeric:
        part = max(indicator.min_value or Decimal(0), Decimal(1))
        if kind == IndicatorKind.DECIMAL:
            part += Decimal("0.25")  # a fraction, to see decimals survive the round trip
        parts = len(cells) - 1
        total = part * parts if parts else part
        if indicator.max_value is not None and total > indicator.max_value:
            part = total = indicator.max_value / max(parts, 1)
        number = int if kind == IndicatorKind.INTEGER else Decimal
        return {cell: number(total if cell == TOTAL_CELL else part) for cell in cells}
    if kind == IndicatorKind.YES_NO:
        return dict.fromkeys(cells, True)
    if kind == IndicatorKind.TEXT:
        return dict.fromkeys(cells, SAMPLE_TEXT)
    options = [option.value for option in template.choices_of(indicator)]
    if not options:
        raise StepFailed(f"{indicator.code}: its choice list has no options")
    if kind == IndicatorKind.CHOICE:
        return dict.fromkeys(cells, options[0])
    return dict.fromkeys(cells, tuple(options[:2]))


def _fill_sample_values(run: SelfTestRun) -> str:
    assert run.store is not None and run.template is not None
    run.submission = open_submission(run.store, SAMPLE_COUNTRY, _sample_period(run.template))
    count = 0
    for indicator in run.template.indicators:
        for cell, value in sample_values(run.template, indicator).items():
            set_value(
                run.store,
                run.submission,
                indicator.code,
                cell,
                value=value,
                comment=SAMPLE_TEXT if cell == TOTAL_CELL else "",
            )
            count += 1
    for area in run.template.areas:
        set_narrative(run.store, run.submission, area.code, NarrativeField.PROGRESS, SAMPLE_TEXT)
    problems = errors(validate_submission(run.store, run.submission))
    if problems:
        raise StepFailed(f"the sample values break rules: {'; '.join(map(str, problems[:3]))}")
    return f"{count} cells in {run.submission.country} {run.submission.period}, no rule broken"


def _export_submission(run: SelfTestRun) -> str:
    from micdesk.core.submission_export import export_submission

    assert run.store is not None and run.submission is not None
    folder = run.work_dir / "export"
    folder.mkdir()
    result = export_submission(run.store, run.submission, folder / "self-test-submission.xlsx")
    run.export_path = result.path
    if not result.path.is_file():
        raise StepFailed(f"no file at {result.path}")
    return (
        f"{result.path.name}: {result.data_rows} data rows, {result.narrative_rows} narratives, "
        f"{result.path.stat().st_size:,} bytes"
    )


def _check_submission(run: SelfTestRun) -> str:
    from micdesk.core.submission_reader import read_submission

    assert run.export_path is not None and run.submission is not None
    file = run.submission_file = read_submission(run.export_path)
    if not file.intact:
        raise StepFailed("the file's SHA-256 does not match its data")
    if (file.country, file.period) != (run.submission.country, run.submission.period):
        raise StepFailed(f"the file is for {file.country} {file.period}")
    if file.cells_done != file.cells_total:
        raise StepFailed(f"{file.cells_done} of {file.cells_total} cells done, expected all")
    return f"intact {file.status_word}, {file.cells_done} of {file.cells_total} cells done"


def _load_into_second_store(run: SelfTestRun) -> str:
    from micdesk.core.submission_load import apply_submission_load, plan_submission_load

    run.second_store = open_store(run.work_dir / "second-store")
    run.stores.append(run.second_store)
    ensure_default_template(run.second_store)
    plan = plan_submission_load(run.second_store, run.submission_file)
    result = apply_submission_load(run.second_store, plan, {})  # an empty store: no conflicts
    if result.not_loaded:
        raise StepFailed(f"{result.not_loaded} values were not loaded")
    run.second_submission = result.submission
    return f"{result.values_written} values, {result.narratives_written} narratives written"


def _compare_stores(run: SelfTestRun) -> str:
    assert run.store and run.submission and run.second_store and run.second_submission

    def content(store: Store, submission: OpenSubmission) -> dict:
        values = {
            key: (state.value, state.notation, state.comment)
            for key, state in list_values(store, submission).items()
        }
        return {"values": values, "narratives": list_narratives(store, submission)}

    mine = content(run.store, run.submission)
    theirs = content(run.second_store, run.second_submission)
    differences = [
        f"{part} {key}: {mine[part].get(key)!r} became {theirs[part].get(key)!r}"
        for part in ("values", "narratives")
        for key in sorted(set(mine[part]) | set(theirs[part]), key=str)
        if mine[part].get(key) != theirs[part].get(key)
    ]
    if differences:
        raise StepFailed(f"{len(differences)} differences, e.g. {differences[0]}")
    return f"{len(mine['values'])} values and {len(mine['narratives'])} narratives equal"


def _qt_main_window(run: SelfTestRun) -> str:
    # Lazily: the data steps above must not need Qt, and a bundle missing a Qt plugin
    # fails here, by name, instead of at a user's first start.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QLibraryInfo, QTranslator, qInstallMessageHandler
    from PySide6.QtGui import QImageReader

    from micdesk.gui import settings as keys
    from micdesk.gui.app import create_application, show_main_window

    app = create_application([sys.argv[0] if sys.argv else "micdesk"])
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_fr", translations):
        raise StepFailed(f"Qt's own translations (qtbase_*.qm) are missing from {translations}")
    if b"svg" not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        raise StepFailed("the SVG image-format plugin did not load")
    store = run.store or open_store(run.work_dir / "window-store")
    if store is not run.store:
        run.stores.append(store)
    assert store.data_dir is not None
    settings = keys.Settings(store.data_dir)
    if run.submission is not None:
        # Open on the filled submission, so the window's forms show every sample value.
        settings.set(keys.LAST_COUNTRY, run.submission.country)
        settings.set(keys.LAST_PERIOD, run.submission.period)
    else:
        open_submission(store, SAMPLE_COUNTRY, _sample_period(ensure_default_template(store)))
    previous_handler = qInstallMessageHandler(_quiet_offscreen_handler)
    try:
        # The same start-up path as the application, minus the event loop.
        window = show_main_window(store, settings)
        if window is None:
            raise StepFailed("the first-run wizard was shown although a country exists")
        try:
            # The submission is opened once the window has painted.
            deadline = time.monotonic() + 10
            while window.session is None and time.monotonic() < deadline:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if not window.isVisible():
                raise StepFailed("the main window did not show")
            if window.session is None:
                raise StepFailed("the main window opened no submission")
            opened = window.session.submission
        finally:
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        qInstallMessageHandler(previous_handler)
    return (
        f"{opened.country} {opened.period} shown; platform {app.platformName()}, "
        f"Qt {QLibraryInfo.version().toString()}"
    )


# Enough calls that a binding dropping one reference per call shows at once (it is stopped
# after the first batch), few enough to take well under a second.
BINDING_CALLS_PER_KIND = 1_000


def _qt_reference_counts(run: SelfTestRun) -> str:
    # A bundle built with a binding that drops references to None/True/False (PySide6
    # 6.12.0 on CPython 3.11, issue 23) passes every other step, then aborts in front of
    # the user after a few thousand edits: make those calls here, where it shows.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from micdesk.gui import binding_check
    from micdesk.gui.app import create_application

    create_application([sys.argv[0] if sys.argv else "micdesk"])
    drifts = binding_check.find_reference_drifts(BINDING_CALLS_PER_KIND)
    if drifts:
        raise StepFailed(
            f"the Qt binding breaks reference counting ({_binding_versions()}): "
            + "; ".join(map(str, drifts))
        )
    kinds = len(binding_check.call_names())
    return f"{kinds * BINDING_CALLS_PER_KIND:,} calls, counts kept; {_binding_versions()}"


def _binding_versions() -> str:
    import PySide6

    return f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}"


def _quiet_offscreen_handler(_mode: Any, _context: Any, message: str) -> None:
    # The offscreen platform warns on every show() (docs/design.md §10); pass everything else on.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _sign_and_verify(run: SelfTestRun) -> str:
    from micdesk.core.signatures import (
        SignatureStatus,
        check_signature,
        encode_public_key,
        fingerprint,
        installation_key,
        shipped_template_keys,
        sign,
    )

    key = installation_key(run.work_dir / "keys-check")
    message = b"micdesk self-test"
    public = encode_public_key(key.public_key())
    found = check_signature(message, public, sign(key, message), {fingerprint(key.public_key())})
    if found.status is not SignatureStatus.TRUSTED:
        raise StepFailed(f"an Ed25519 signature did not verify ({found.status})")
    forged = check_signature(message + b"!", public, sign(key, message), ())
    if forged.status is not SignatureStatus.BROKEN:
        raise StepFailed("a signature of other bytes was accepted")
    from micdesk.core.template_sheets import load_default_template
    from micdesk.core.template_signature import builtin_signature, template_signed_message

    shipped = {fingerprint(k) for k in shipped_template_keys()}
    builtin = builtin_signature(load_default_template())
    if builtin is None:
        return (
            f"Ed25519 signs and verifies; {len(shipped)} UNIDO key(s); built-in template unsigned"
        )
    message = template_signed_message(load_default_template(), ())
    judged = check_signature(message, builtin.public_key, builtin.signature, shipped)
    if judged.status is not SignatureStatus.TRUSTED:
        raise StepFailed(f"the built-in template is not signed by a shipped key ({judged.status})")
    return f"Ed25519 signs and verifies; built-in template signed by key {judged.short_fingerprint}"


Step = tuple[str, Callable[[SelfTestRun], str]]

# Each step needs the ones before it, except the last, which builds its own store if the
# data steps failed: a broken export should not hide whether Qt loads.
DATA_STEPS: tuple[Step, ...] = (
    ("open a store in a throw-away folder", _open_store),
    ("run the migrations", _run_migrations),
    ("load the default template", _load_default_template),
    ("fill sample values for every indicator", _fill_sample_values),
    ("export a submission", _export_submission),
    ("check the exported submission", _check_submission),
    ("load it into a second store", _load_into_second_store),
    ("compare the two stores", _compare_stores),
    ("sign and verify with Ed25519", _sign_and_verify),
)
QT_STEP: Step = ("load Qt offscreen and build the main window", _qt_main_window)
# Runs whatever happened before it: Qt itself may load although the window failed.
BINDING_STEP: Step = ("check the Qt binding keeps reference counts", _qt_reference_counts)


def _run_step(step: Step, run: SelfTestRun) -> StepResult:
    title, function = step
    try:
        return StepResult(title, "ok", function(run))
    except StepFailed as failure:
        return StepResult(title, "FAILED", str(failure))
    except Exception as error:  # any crash is a finding, reported with where it happened
        where = traceback.extract_tb(error.__traceback__)[-1]
        return StepResult(
            title,
            "FAILED",
            f"{type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})",
        )


def run_steps(work_dir: Path) -> list[StepResult]:
    """Run every step in a folder and return their results in order."""
    run = SelfTestRun(work_dir)
    results: list[StepResult] = []
    try:
        for step in DATA_STEPS:
            if results and not results[-1].passed:
                results.append(StepResult(step[0], "not run", "an earlier step failed"))
            else:
                results.append(_run_step(step, run))
        results.append(_run_step(QT_STEP, run))
        results.append(_run_step(BINDING_STEP, run))
    finally:
        run.close()
    return results


def run_self_test(out: TextIO | None = None) -> int:
    """Run the self-test in a throw-away folder, print one line per step, return the exit code."""
    out = out or sys.stdout
    print(f"micdesk {__version__} self-test", file=out)
    with tempfile.TemporaryDirectory(
        prefix="micdesk-self-test-", ignore_cleanup_errors=True
    ) as tmp:
        results = run_steps(Path(tmp))
    width = max(len(result.title) for result in results)
    for result in results:
        detail = f"  ({result.detail})" if result.detail else ""
        print(f"{result.status:<7} {result.title:<{width}}{detail}", file=out)
    passed = sum(result.passed for result in results)
    verdict = "passed" if passed == len(results) else "FAILED"
    print(f"self-test {verdict}: {passed} of {len(results)} steps ok", file=out)
    return 0 if passed == len(results) else 1
