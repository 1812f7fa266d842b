"""Render the application icon's PNG sizes and the Windows .ico from micdesk/gui/icons/micdesk.svg
(the one source: the window loads the same file at run time).

Run from anywhere: ``python packaging/make_icons.py``. The outputs are committed, so a
build needs no drawing step; rerun this after changing the SVG. The macOS .icns is made
at build time by ``packaging/macos/build_dmg.sh`` with Apple's ``iconutil``.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG_PATH = ICONS_DIR.parent.parent / "micdesk" / "gui" / "icons" / "micdesk.svg"
# Linux hicolor themes and AppImage want 16–512; macOS's iconset goes up to 1024 (512@2x).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
# Windows shell sizes (small icons, list views, Start menu, large tiles).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)


def render_png(size: int) -> bytes:
    """Render the SVG as a square PNG of a given edge length."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG_PATH))
    if not renderer.isValid():
        raise ValueError(f"{SVG_PATH} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG-compressed image per size (read by Windows Vista and later)."""
    # Qt's ICO writer stores a single image; Windows picks the best of several, so the
    # container is written here: ICONDIR, then one ICONDIRENTRY per image, then the PNGs.
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    """Write micdesk-<size>.png for every size and micdesk.ico; return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    rendered = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (ICONS_DIR / f"micdesk-{size}.png").write_bytes(rendered[size])
    (ICONS_DIR / "micdesk.ico").write_bytes(ico_bytes({s: rendered[s] for s in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNG sizes and micdesk.ico to {ICONS_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
