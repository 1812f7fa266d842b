"""The core runs without Qt, and the layers of docs/architecture.md hold (lint-imports)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import micdesk

ROOT = Path(__file__).resolve().parent.parent

CORE_PACKAGES = ("micdesk.core", "micdesk.cli")


def _core_modules() -> list[str]:
    names = ["micdesk.core", "micdesk.cli.main"]
    for info in pkgutil.walk_packages(micdesk.__path__, "micdesk."):
        if info.name.startswith(CORE_PACKAGES) and ".migrations" not in info.name:
            names.append(info.name)
    return sorted(set(names))


def test_core_and_command_line_import_without_qt():
    modules = _core_modules()
    code = (
        "import sys\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\n"
        "sys.exit(1 if qt else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 8


def test_version_command_prints_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "micdesk", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"micdesk {micdesk.__version__}"


def test_import_contracts_are_kept():
    # The contracts are in pyproject.toml: core layers, no Qt in the core, no cycles.
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# What the first screen does not need: workbooks are read or written only on an export or
# an import, migrations only run on a store below head (issue 21: openpyxl alone cost
# 0.14 s of start-up), charts only once one is shown, PostgreSQL only for HQ's database
# (its SQLAlchemy dialect cost ~30 ms), template sheets and TOML only to read a template.
NOT_IMPORTED_AT_START = (
    "openpyxl",
    "alembic",
    "PySide6.QtCharts",
    "sqlalchemy.dialects.postgresql",
    "micdesk.core.template_sheets",
    "tomllib",
    "multiprocessing",
)


def _start_the_window(tmp_path, before: str, after: str) -> subprocess.CompletedProcess:
    """Run the app's own entry point on a store with a submission, up to its first form painted.

    ``before`` and ``after`` are Python run in that process around it (the start-up probe
    quits the app once the form has painted).
    """
    from micdesk.core.store import open_store
    from micdesk.core.submissions import open_submission, save_profile
    from micdesk.core.template_store import ensure_default_template

    store = open_store(tmp_path / "data")  # migrated to head here, as after any earlier start
    try:
        ensure_default_template(store)
        save_profile(store, "KEN", focal_point="A. Focal")
        open_submission(store, "KEN", "2025")
    finally:
        store.close()
    probe = tmp_path / "probe.json"
    code = (
        f"{before}\n"
        "from micdesk.cli.main import main\n"
        f"try:\n    main(['--data-dir', {str(tmp_path / 'data')!r}])\n"
        "except SystemExit:\n    pass\n"
        f"{after}\n"
    )
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MICDESK_STARTUP_PROBE": str(probe),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "interactive" in json.loads(probe.read_text(encoding="utf-8"))  # the form was shown
    return result


def test_starting_the_window_imports_neither_openpyxl_nor_alembic(tmp_path):
    result = _start_the_window(
        tmp_path,
        "import json, sys",
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({NOT_IMPORTED_AT_START!r}))))",
    )

    imported = json.loads(result.stdout.strip().splitlines()[-1])
    assert imported == []


def test_the_first_form_is_painted_before_the_orm_is_configured(tmp_path):
    # Start-up reads the store's tables as plain rows: configuring SQLAlchemy's mappers
    # costs some 30 ms, left to the first write (rehearsed while idle, issue 21).
    before = (
        "import json\n"
        "from sqlalchemy import inspect\n"
        "from micdesk.core.model import Submission\n"
        "from micdesk.gui.startup_probe import StartupProbe\n"
        "painted, configured = StartupProbe._painted, []\n"
        "def noting(probe, widget):\n"
        "    painted(probe, widget)\n"
        "    if 'interactive' in probe._times and not configured:\n"
        "        configured.append(inspect(Submission).configured)\n"
        "StartupProbe._painted = noting"
    )
    result = _start_the_window(tmp_path, before, "print(json.dumps(configured))")

    assert json.loads(result.stdout.strip().splitlines()[-1]) == [False]
