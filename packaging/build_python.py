"""Which Python may build a bundle: 3.12 or newer (issue 23).

On CPython 3.12+ ``None``, ``True`` and ``False`` are immortal, so a Qt binding that gets
their reference counts wrong (PySide6 6.12.0 drops one per void call or signal emission)
cannot abort the bundled app; on 3.11 the app dies after a few thousand edits. A bundle
carries its interpreter, so the build's Python is the user's Python. The spec refuses to
build with an older one, and ``python packaging/build_python.py`` (build.sh, the Windows
script) exits 1 with the same sentence before anything is installed.
"""

from __future__ import annotations

import sys

MINIMUM = (3, 12)


def refusal(version: tuple[int, ...], executable: str) -> str | None:
    """The one line saying why this Python cannot build a bundle, or None when it can."""
    if tuple(version[:2]) >= MINIMUM:
        return None
    found = ".".join(map(str, version[:3]))
    return (
        f"micdesk bundles are built with Python {MINIMUM[0]}.{MINIMUM[1]} or newer, "
        f"not {found} ({executable}): on older Pythons a Qt binding bug can abort the app "
        f"(README, platform notes). Run with PYTHON=/path/to/python3.12 (or newer)."
    )


if __name__ == "__main__":
    message = refusal(sys.version_info, sys.executable)
    if message:
        print(message, file=sys.stderr)
        sys.exit(1)
    print(f"Python {sys.version.split()[0]}: fit to build a bundle")
