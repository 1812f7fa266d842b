"""What micdesk.spec keeps of PySide6, in plain Python so tests can check it without a build.

PyInstaller's ``excludes=`` only keeps Python modules out. Its QtGui hook still collects
every plugin folder, and every library those plugins link (the virtual-keyboard input
plugin alone drags in QtQuick and QML), so the spec filters the collected files (docs/design.md
§10). Entries are PyInstaller TOC tuples: (destination in the bundle, source, type).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

TocEntry = tuple[str, str, str]

# Qt modules micdesk does not use; a library, framework, PySide6 extension module or
# translation catalogue named after one of them is dropped. QtCore, QtGui, QtWidgets,
# QtCharts (and the QtOpenGL/QtOpenGLWidgets it links), QtSvg, QtDBus, QtNetwork and the
# xcb/Wayland client libraries stay.
UNUSED_QT_MODULES = (
    "WebEngine",
    "WebChannel",
    "WebSockets",
    "WebView",
    "Multimedia",
    "SpatialAudio",
    "TextToSpeech",
    "3D",
    "Qml",
    "Quick",
    "Pdf",
    "VirtualKeyboard",
    "Designer",
    "UiTools",
    "UiPlugin",
    "Help",
    "Bluetooth",
    "Nfc",
    "Location",
    "Positioning",
    "Sensors",
    "SerialPort",
    "SerialBus",
    "RemoteObjects",
    "Scxml",
    "StateMachine",
    "Graphs",
    "DataVisualization",
    "HttpServer",
    "NetworkAuth",
    "Sql",
    "Test",
    "ShaderTools",
    "Labs",
    "Lottie",
    "WaylandCompositor",
    "EglFS",  # libraries of the eglfs platform and device plugins, dropped below
    "Charts3D",
)
_UNUSED_QT_PART = re.compile(
    r"^(lib)?qt6?(" + "|".join(m.lower() for m in UNUSED_QT_MODULES) + r")", re.IGNORECASE
)
# FFmpeg comes with QtMultimedia; the software OpenGL fallback only serves Qt Quick.
_UNUSED_OTHER_LIBRARY = re.compile(
    r"^(lib)?(avcodec|avformat|avutil|swresample|swscale|opengl32sw)\b", re.IGNORECASE
)
# Plugin folders that belong to dropped modules or to embedded/kiosk set-ups.
UNUSED_PLUGIN_FOLDERS = frozenset(
    {
        "assetimporters",
        "canbus",
        "designer",
        "egldeviceintegrations",  # eglfs only: full-screen embedded boards
        "geometryloaders",
        "geoservices",
        "multimedia",
        "position",
        "qmllint",
        "qmlls",
        "qmltooling",
        "renderers",
        "renderplugins",
        "sceneparsers",
        "scxmldatamodel",
        "sensors",
        "sqldrivers",
        "texttospeech",
        "wayland-graphics-integration-server",  # for compositors, not clients
        "webview",
    }
)
# Windowing systems micdesk runs on (offscreen for --self-test and CI); not eglfs,
# linuxfb, vnc, minimal or Vulkan-display.
KEPT_PLATFORM_PLUGINS = re.compile(r"(offscreen|xcb|wayland|windows|cocoa)", re.IGNORECASE)
# Single plugins whose libraries micdesk drops: the virtual keyboard (QtQuick, QML) and
# the PDF image format (QtPdf).
_UNUSED_PLUGIN_FILE = re.compile(r"(virtualkeyboard|qpdf)", re.IGNORECASE)
# micdesk loads Qt's own strings from qtbase_*.qm; the other catalogues belong to modules
# it does not ship, and qt_*.qm are meta-catalogues that pull them in.
KEPT_QT_TRANSLATION = re.compile(r"^qtbase_[A-Za-z_]+\.qm$")


def is_unused(destination: str) -> bool:
    """True for a bundle file that micdesk never loads."""
    parts = PurePosixPath(destination.replace("\\", "/")).parts
    if not parts:
        return False
    name = parts[-1]
    lowered = [part.lower() for part in parts]
    if any(_UNUSED_QT_PART.match(part) for part in parts):
        return True
    if _UNUSED_OTHER_LIBRARY.match(name):
        return True
    if "qml" in lowered[:-1]:  # PySide6/Qt/qml/...: QML modules
        return True
    if "pyside6" in lowered and "translations" in lowered[:-1]:
        return name.endswith(".qm") and not KEPT_QT_TRANSLATION.match(name)
    if "plugins" in lowered[:-1]:
        folder = lowered[lowered.index("plugins") + 1]
        if folder in UNUSED_PLUGIN_FOLDERS:
            return True
        if folder == "platforms" and not KEPT_PLATFORM_PLUGINS.search(name):
            return True
        if _UNUSED_PLUGIN_FILE.search(name):
            return True
    return False


def drop_unused_qt(toc: Iterable[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Split PyInstaller TOC entries into (kept, dropped)."""
    kept: list[TocEntry] = []
    dropped: list[TocEntry] = []
    for entry in toc:
        (dropped if is_unused(entry[0]) else kept).append(entry)
    return kept, dropped


def read_version(init_file: Path) -> str:
    """``__version__`` from micdesk/__init__.py, read as text (the one place it is set)."""
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', init_file.read_text("utf-8"), re.M)
    if match is None:
        raise ValueError(f"no __version__ in {init_file}")
    return match.group(1)


def _pyside6_package() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("PySide6 is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def qt_translations_dir() -> Path:
    """PySide6's folder of Qt's own .qm files (Qt/translations, or translations on Windows)."""
    package = _pyside6_package()
    for candidate in (package / "Qt" / "translations", package / "translations"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no Qt translations folder under {package}")


def qt_translation_datas() -> list[tuple[str, str]]:
    """(file, bundle folder) for every qtbase_*.qm, placed where PySide6 looks for them."""
    folder = qt_translations_dir()
    destination = folder.relative_to(_pyside6_package().parent).as_posix()
    return [
        (str(path), destination)
        for path in sorted(folder.glob("qtbase_*.qm"))
        if KEPT_QT_TRANSLATION.match(path.name)
    ]


if __name__ == "__main__":
    # `python packaging/bundle_filter.py --version`: the version for installer scripts.
    import sys

    if sys.argv[1:] != ["--version"]:
        sys.exit("usage: bundle_filter.py --version")
    print(read_version(Path(__file__).resolve().parent.parent / "micdesk" / "__init__.py"))
