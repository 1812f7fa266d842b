"""The one-folder bundle and its installers (docs/design.md §9).

The ``slow`` tests build the Linux bundle from this checkout with packaging/build.sh and
run it as IT would; the others check the recipes without building.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import micdesk

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
sys.path.insert(0, str(PACKAGING))
import build_python  # noqa: E402
import bundle_filter  # noqa: E402  (packaging/ is not a package: the spec loads it the same way)

# A ceiling, not a target (about 170 MB on Linux today): a bundle that grows past it has
# most likely picked up a Qt module micdesk does not use.
BUNDLE_SIZE_CEILING = 250 * 1024 * 1024


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so",
        "PySide6/Qt/translations/qtwebengine_fr.qm",
        "PySide6/Qt/translations/qt_fr.qm",
        "PySide6/QtQuick.abi3.so",
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/opengl32sw.dll",
        "PySide6/translations/designer_fr.qm",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    ],
)
def test_the_bundle_filter_drops_what_micdesk_does_not_use(destination: str) -> None:
    assert bundle_filter.is_unused(destination)


@pytest.mark.parametrize(
    "destination",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6OpenGLWidgets.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/translations/qtbase_ar.qm",
        "PySide6/QtCharts.abi3.so",
        "PySide6/Qt6Widgets.dll",
        "micdesk/core/migrations/versions/0001_initial_schema.py",
        "micdesk/templates/default.toml",
        "resources/icons/micdesk-256.png",
    ],
)
def test_the_bundle_filter_keeps_what_micdesk_loads(destination: str) -> None:
    assert not bundle_filter.is_unused(destination)


def test_qt_base_translations_are_bundled_where_pyside6_looks_for_them() -> None:
    datas = bundle_filter.qt_translation_datas()
    names = {Path(source).name for source, _ in datas}
    assert {"qtbase_ar.qm", "qtbase_fr.qm", "qtbase_ru.qm", "qtbase_es.qm"} <= names
    assert {destination for _, destination in datas} <= {
        "PySide6/Qt/translations",
        "PySide6/translations",
    }


def test_the_version_has_one_home() -> None:
    assert bundle_filter.read_version(ROOT / "micdesk" / "__init__.py") == micdesk.__version__
    recipes = [
        PACKAGING / "micdesk.spec",
        PACKAGING / "windows" / "micdesk.iss",
        PACKAGING / "macos" / "build_dmg.sh",
        PACKAGING / "linux" / "build_appimage.sh",
    ]
    for recipe in recipes:
        assert not re.search(r"\b\d+\.\d+\.\d+\b", recipe.read_text("utf-8")), recipe.name


def test_the_windows_installer_is_per_user_and_leaves_xlsx_to_excel() -> None:
    script = (PACKAGING / "windows" / "micdesk.iss").read_text("utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.M))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["ChangesAssociations"] == "no"
    instructions = [line for line in script.splitlines() if not line.startswith(";")]
    assert "[Registry]" not in instructions
    assert not [line for line in instructions if "xlsx" in line.lower()]
    assert re.search(r'^Name: "\{autoprograms\}\\micdesk"', script, re.M)  # Start menu


def test_the_macos_app_claims_no_document_type() -> None:
    spec = (PACKAGING / "micdesk.spec").read_text("utf-8")
    assert '"CFBundleDocumentTypes"' not in spec


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_the_icon_exists_at_each_size_the_systems_ask_for(size: int) -> None:
    assert _png_size((ICONS / f"micdesk-{size}.png").read_bytes()) == (size, size)


def test_the_windows_icon_holds_every_shell_size() -> None:
    data = (ICONS / "micdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        edge = width or 256
        assert (width, height) == (edge % 256, edge % 256)
        assert _png_size(data[offset : offset + length]) == (edge, edge)
        sizes.append(edge)
    assert {16, 32, 48, 256} <= set(sizes)


# --- which Python builds it -----------------------------------------------------------


def test_a_python_older_than_3_12_is_refused_as_a_bundle_builder_saying_why() -> None:
    message = build_python.refusal((3, 11, 7), "/usr/bin/python3")

    assert message is not None
    assert "3.12 or newer, not 3.11.7 (/usr/bin/python3)" in message
    assert "\n" not in message
    assert build_python.refusal((3, 12, 0), "python3.12") is None
    assert build_python.refusal((3, 13, 1), "python3.13") is None


def _version_of(python: str) -> tuple[int, int] | None:
    try:
        completed = subprocess.run(
            [python, "-c", "import sys, venv; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if completed.returncode != 0:
        return None
    major, minor = map(int, completed.stdout.split())
    return major, minor


def _older_python() -> str | None:
    """A Python below 3.12 that can run build.sh's check: this one, or one of pyenv's."""
    if sys.version_info < build_python.MINIMUM:
        return sys.executable
    for python in _pyenv_pythons():
        version = _version_of(python)
        if version is not None and version < build_python.MINIMUM:
            return python
    return None


def _pyenv_pythons() -> list[str]:
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    return [str(path) for path in sorted((root / "versions").glob("3.*/bin/python3"))]


def test_build_sh_refuses_a_python_older_than_3_12_before_installing_anything(
    tmp_path: Path,
) -> None:
    older = _older_python()
    if older is None:
        pytest.skip("no Python older than 3.12 here to be refused")
    for arguments in ([], ["--clean-venv"]):
        completed = subprocess.run(
            ["bash", str(PACKAGING / "build.sh"), *arguments],
            cwd=ROOT,
            env={**os.environ, "PYTHON": older, "MICDESK_DIST_DIR": str(tmp_path / "dist")},
            capture_output=True,
            text=True,
            check=False,
        )
        assert completed.returncode == 1
        assert "built with Python 3.12 or newer" in completed.stderr
        assert "PyInstaller" not in completed.stdout + completed.stderr
    assert not (tmp_path / "dist").exists()


def find_bundle_python() -> tuple[str | None, str]:
    """A Python 3.12+ to build the bundle with, or None, and where it was looked for.

    In order: $MICDESK_BUNDLE_PYTHON, this interpreter, python3.12 … python3.14 on PATH,
    pyenv's versions (the oldest fit one: the closest to what users run).
    """
    candidates = [os.environ.get("MICDESK_BUNDLE_PYTHON") or "", sys.executable]
    candidates += [shutil.which(f"python3.{minor}") or "" for minor in (12, 13, 14)]
    candidates += _pyenv_pythons()
    for candidate in filter(None, candidates):
        version = _version_of(candidate)
        if version is not None and version >= build_python.MINIMUM:
            return candidate, ""
    looked = (
        "$MICDESK_BUNDLE_PYTHON, this interpreter "
        f"({'.'.join(map(str, sys.version_info[:3]))}), python3.12-3.14 on PATH, "
        f"{Path(os.environ.get('PYENV_ROOT') or Path.home() / '.pyenv') / 'versions'}"
    )
    return None, looked


# --- building the bundle ------------------------------------------------------------


def _packaging_requirement() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    extra = pyproject["project"]["optional-dependencies"]["packaging"]
    return next(r for r in extra if r.lower().startswith("pyinstaller"))


def _ensure_pyinstaller() -> None:
    """Install PyInstaller into this interpreter's environment, or skip saying why."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    requirement = _packaging_requirement()
    completed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", requirement],
        capture_output=True,
        text=True,
        check=False,
    )
    if completed.returncode != 0:
        pytest.skip(
            f"PyInstaller could not be installed ({requirement}), so the bundle cannot be "
            f"built here: {completed.stderr.strip()[-300:]}"
        )


def _build_environment(python: str, work: Path) -> str:
    """A Python with micdesk (editable, from this checkout) and PyInstaller: ``python``'s own
    environment when it is this one, else a new virtual environment made from it."""
    if Path(python) == Path(sys.executable):
        _ensure_pyinstaller()
        return sys.executable
    venv = work / "venv"
    steps = [
        [python, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "-e", ".[packaging]"],
    ]
    for step in steps:
        completed = subprocess.run(step, cwd=ROOT, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            pytest.skip(
                f"no build environment from {python} ({' '.join(step[1:4])} failed), so the "
                f"bundle cannot be built here: {completed.stderr.strip()[-300:]}"
            )
    return str(venv / "bin" / "python")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/micdesk built from this checkout by packaging/build.sh with Python 3.12+."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the bundle test builds the Linux bundle; other systems use their recipes")
    python, looked = find_bundle_python()
    if python is None:
        pytest.skip(
            f"bundles are built with Python 3.12 or newer and none was found (looked at "
            f"{looked}); set MICDESK_BUNDLE_PYTHON to one"
        )
    work = tmp_path_factory.mktemp("bundle")
    environment = {
        **os.environ,
        "PYTHON": _build_environment(python, work),
        "MICDESK_DIST_DIR": str(work / "dist"),
        "MICDESK_WORK_DIR": str(work / "build"),
    }
    completed = subprocess.run(
        ["bash", str(PACKAGING / "build.sh")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return work / "dist" / "micdesk"


def _run_bundle(bundle: Path, *arguments: str, data_dir: Path) -> subprocess.CompletedProcess:
    # As IT would run it: no display, nothing from the development environment.
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "MICDESK_DATA_DIR": str(data_dir),
    }
    return subprocess.run(
        [str(bundle / "micdesk"), *arguments],
        capture_output=True,
        text=True,
        env=environment,
        cwd=data_dir,
        check=False,
    )


@pytest.mark.slow
def test_the_bundle_answers_its_version(bundle: Path, tmp_path: Path) -> None:
    completed = _run_bundle(bundle, "--version", data_dir=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"micdesk {micdesk.__version__}"


@pytest.mark.slow
def test_the_bundle_passes_its_self_test(bundle: Path, tmp_path: Path) -> None:
    completed = _run_bundle(bundle, "--self-test", data_dir=tmp_path)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "self-test passed" in completed.stdout
    assert "FAILED" not in completed.stdout
    (binding,) = [
        line
        for line in completed.stdout.splitlines()
        if "check the Qt binding keeps reference counts" in line
    ]
    assert binding.startswith("ok ")
    assert "counts kept" in binding
    assert re.search(r"Python 3\.(1[2-9]|[2-9]\d)\.", binding), binding  # built with 3.12+


@pytest.mark.slow
def test_the_bundle_holds_no_qt_module_micdesk_does_not_use(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() or path.is_symlink()]
    names = [str(path.relative_to(bundle / "_internal")) for path in files if path.parent != bundle]
    unused = [name for name in names if bundle_filter.is_unused(name)]
    assert unused == []
    size = sum(p.stat().st_size for p in files if p.is_file() and not p.is_symlink())
    assert size < BUNDLE_SIZE_CEILING, f"{size / 2**20:.0f} MB"


@pytest.mark.slow
def test_every_qt_library_in_the_bundle_finds_the_qt_libraries_it_links(bundle: Path) -> None:
    # A plugin whose library was filtered out would fail to load only on a user's machine.
    libraries = sorted((bundle / "_internal" / "PySide6").rglob("*.so*"))
    assert libraries
    missing = []
    for library in libraries:
        completed = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, check=False
        )
        missing += [
            f"{library.name}: {line.strip()}"
            for line in completed.stdout.splitlines()
            if "libQt6" in line and "not found" in line
        ]
    assert missing == []


@pytest.mark.slow
def test_the_appimage_folder_runs_the_bundle_and_claims_no_file_type(
    bundle: Path, tmp_path: Path
) -> None:
    appdir = tmp_path / "AppDir"
    environment = {
        **os.environ,
        "MICDESK_DIST_DIR": str(bundle.parent),
        "MICDESK_APPDIR": str(appdir),
    }
    completed = subprocess.run(
        ["bash", str(PACKAGING / "linux" / "build_appimage.sh"), "--appdir-only"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    desktop = (appdir / "micdesk.desktop").read_text("utf-8")
    assert "Exec=micdesk" in desktop
    assert "MimeType" not in desktop
    version = subprocess.run(
        [str(appdir / "AppRun"), "--version"], capture_output=True, text=True, check=False
    )
    assert version.stdout.strip() == f"micdesk {micdesk.__version__}"
