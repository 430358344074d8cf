"""Renders the app icon (``resources/icons/app.svg``) to a Windows ``.ico`` holding PNG images from 16 to
256 pixels. The PyInstaller spec runs it at build time, so no generated icon is committed.

    python installer/icons.py resources/icons/app.svg build/coordinator_app.ico
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG file: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def svg_to_ico(svg: Path, ico: Path, sizes: tuple[int, ...] = SIZES) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    images = [(size, render_png(svg, size)) for size in sizes]
    directory = b""
    blobs = b""
    offset = 6 + 16 * len(images)
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + directory + blobs)
    return ico


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(svg_to_ico(Path(sys.argv[1]), Path(sys.argv[2])))
