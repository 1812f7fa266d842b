"""No module of micdesk is longer than 600 lines (issue 14): split it before it grows past."""

from __future__ import annotations

from pathlib import Path

import micdesk

LIMIT = 600
PACKAGE = Path(micdesk.__file__).resolve().parent


def module_lengths(root: Path = PACKAGE) -> dict[str, int]:
    """Lines of every Python module under a folder, by its path relative to it."""
    return {
        path.relative_to(root).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(root.rglob("*.py"))
    }


def test_no_module_under_micdesk_is_longer_than_600_lines():
    too_long = {name: lines for name, lines in module_lengths().items() if lines > LIMIT}
    assert not too_long, f"over {LIMIT} lines, split by responsibility: {too_long}"


def test_the_length_check_sees_a_long_module(tmp_path):
    (tmp_path / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (tmp_path / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")

    assert module_lengths(tmp_path) == {"long.py": LIMIT + 1, "short.py": LIMIT}
