"""Render resources/icons/tyokykytiimi.svg (the window icon too) to the PNGs and the Windows .ico.

Run after changing the SVG, and commit what it writes:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

PNGs (256, 128, 64, 48, 32, 16 px) come from Qt's SVG renderer, so they look
like the SVG the desktop shows; the .ico holds 16–256 px images (Pillow writes
it from the 256 px render; Pillow is there through ReportLab).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SVG = ROOT / "resources" / "icons" / "tyokykytiimi.svg"
PNG_SIZES = (256, 128, 64, 48, 32, 16)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    written = []
    for size in PNG_SIZES:
        path = ICONS / f"tyokykytiimi-{size}.png"
        if not render(renderer, size).save(str(path), "PNG"):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
        written.append(path)
    from PIL import Image

    ico = ICONS / "tyokykytiimi.ico"
    big = Image.open(ICONS / "tyokykytiimi-256.png").convert("RGBA")
    big.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    for path in written:
        print(f"{path.relative_to(ICONS.parent)}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
