"""The core runs without Qt, and the layers of docs/architecture.md hold (lint-imports)."""

from __future__ import annotations

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
