"""Render the app icon (resources/icons/rugschool-werkboek.svg) to the PNG sizes desktops ask
for: ``.venv/bin/python tools/make-icons.py``. The PNGs are committed beside the SVG."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - rendering needs an application
    renderer = QSvgRenderer(str(FOLDER / "rugschool-werkboek.svg"))
    if not renderer.isValid():
        print("make-icons: the SVG does not load", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(FOLDER / f"rugschool-werkboek-{size}.png"))
    print(f"make-icons: {len(SIZES)} sizes in {FOLDER}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
