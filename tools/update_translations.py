"""Refresh the interface translations: lupdate the .ts sources, lrelease them to .qm.

    python tools/update_translations.py            # lupdate, then lrelease
    python tools/update_translations.py --release  # lrelease only (after editing a .ts)

``pyside6-lupdate`` scans ``micdesk/gui`` for ``self.tr("…")`` and
``translate("context", "…")`` and merges new texts into
``resources/i18n/micdesk_<locale>.ts`` as unfinished (texts no longer in the code
are dropped). Translate them in Qt Linguist (``pyside6-linguist``) or any editor,
then run this again: ``pyside6-lrelease`` compiles each .ts into
``micdesk/gui/i18n/micdesk_<locale>.qm``, which is committed (package data).
``tests/test_i18n.py`` fails while a text is untranslated or a .qm is stale.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "micdesk" / "gui"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "micdesk" / "gui" / "i18n"
LOCALES = ("ar", "zh_CN", "en", "fr", "ru", "es")
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete", "-silent")


def tool(name: str) -> str:
    """A PySide6 tool: beside this Python first (a venv), then on PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_files(folder: Path = TS_DIR) -> list[Path]:
    """The six .ts sources, in the order of LOCALES."""
    return [folder / f"micdesk_{locale}.ts" for locale in LOCALES]


def lupdate(ts: list[Path], sources: Path = SOURCES, extra: tuple[str, ...] = ()) -> None:
    """Merge the texts of the code into .ts files (created when missing)."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *extra, str(sources), "-ts"]
    subprocess.run([*command, *map(str, ts)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile one .ts into a .qm, which replaces the old one (a new file, never rewritten)."""
    # QTranslator maps a .qm into memory, and lrelease rewrites its output in place
    # (truncate, then write): every running micdesk that had the old file loaded,
    # benchmarks' and tests' app processes included, died with SIGBUS at its next
    # translated text. Written beside and renamed, the old file lives on for them.
    partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
    try:
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            cwd=ROOT,
        )
        os.replace(partial, qm)
    finally:
        partial.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if not args.release:
        lupdate(ts_files())
    for ts, locale in zip(ts_files(), LOCALES, strict=True):
        lrelease(ts, QM_DIR / f"micdesk_{locale}.qm")
        print(f"{ts.relative_to(ROOT)} -> micdesk/gui/i18n/micdesk_{locale}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
