"""Render the app icon (resources/icons/app.svg) for the installers that need bitmaps.

Windows wants an .ico and macOS an .iconset folder (turned into .icns by Apple's
``iconutil``); both are built here from the one SVG, into build/, at packaging
time, so no binary icon is kept in the repository.

    .venv/bin/python packaging/make_icons.py      # writes build/kauntaa.ico and build/kauntaa.iconset/
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "app.svg"
BUILD = ROOT / "build"
ICONSET_SIZES = (16, 32, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    BUILD.mkdir(exist_ok=True)
    ico = BUILD / "kauntaa.ico"
    if not render(renderer, 256).save(str(ico), b"ICO"):
        print(f"cannot write {ico}", file=sys.stderr)
        return 1
    iconset = BUILD / "kauntaa.iconset"
    iconset.mkdir(exist_ok=True)
    for size in ICONSET_SIZES:
        render(renderer, size).save(str(iconset / f"icon_{size}x{size}.png"))
        render(renderer, size * 2).save(str(iconset / f"icon_{size}x{size}@2x.png"))
    print(f"wrote {ico} and {iconset}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
