#!/usr/bin/env bash
# Build micdesk's one-folder bundle into dist/micdesk/ and print its size (Linux, macOS).
#
#   packaging/build.sh                 build with the current Python environment
#   packaging/build.sh --clean-venv    build in a fresh build/venv (what a release should use)
#
# Current environment: the Python in $PYTHON, else the active virtualenv's, else
# .venv/bin/python, else python3. It must
# have micdesk installed (editable is fine); PyInstaller is installed into it from the
# `packaging` extra of pyproject.toml if missing. Quick, but anything else installed there
# (pytest, hypothesis, ...) is only kept out by the spec's excludes.
# --clean-venv: a new build/venv with micdesk installed from this checkout (not editable)
# and only its runtime dependencies plus PyInstaller: the bundle holds nothing by accident.
# MICDESK_DIST_DIR / MICDESK_WORK_DIR put the bundle / PyInstaller's work files elsewhere
# than dist/ and build/pyinstaller/ (tests build in a temporary folder).
# Build on the oldest OS the bundle targets (glibc 2.34+ for PySide6 6.12, see README).
# The Python must be 3.12 or newer (packaging/build_python.py says why); older ones are
# refused before anything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-}
if [ "${1:-}" = "--clean-venv" ]; then
    "${python:-python3}" packaging/build_python.py >/dev/null || exit 1
    rm -rf build/venv
    "${python:-python3}" -m venv build/venv
    python=build/venv/bin/python
    "$python" -m pip install -q --upgrade pip
    "$python" -m pip install -q ".[packaging]"
    clean=--clean
else
    if [ -z "$python" ]; then
        if [ -n "${VIRTUAL_ENV:-}" ]; then python=$VIRTUAL_ENV/bin/python
        elif [ -x .venv/bin/python ]; then python=.venv/bin/python
        else python=python3; fi
    fi
    "$python" packaging/build_python.py >/dev/null || exit 1
    if ! "$python" -c 'import micdesk, PySide6' 2>/dev/null; then
        echo "build.sh: $python lacks micdesk or PySide6: pip install -e . into it, set PYTHON=, or use --clean-venv" >&2
        exit 1
    fi
    if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
        # the pin lives in pyproject.toml's packaging extra; read it rather than repeat it
        requirement=$("$python" -c 'import tomllib; print(*[r for r in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["packaging"] if r.lower().startswith("pyinstaller")])')
        "$python" -m pip install -q "$requirement"
    fi
    clean=
fi

# A release build signs the built-in template with UNIDO's key (never stored in the
# repository): MICDESK_TEMPLATE_KEY names the private key file. Without it the built-in
# template ships unsigned, as in a developer's checkout.
rm -f micdesk/templates/default.sig
if [ -n "${MICDESK_TEMPLATE_KEY:-}" ]; then
    "$python" -m micdesk template sign-builtin --key "$MICDESK_TEMPLATE_KEY" \
        --out micdesk/templates/default.sig
fi

dist=${MICDESK_DIST_DIR:-dist}
"$python" -m PyInstaller --noconfirm $clean --log-level WARN \
    --distpath "$dist" --workpath "${MICDESK_WORK_DIR:-build/pyinstaller}" packaging/micdesk.spec

echo "bundle: $dist/micdesk ($(find "$dist/micdesk" -type f | wc -l) files)"
du -sh "$dist/micdesk"
