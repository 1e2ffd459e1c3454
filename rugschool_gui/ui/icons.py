"""The chapter icons (``resources/icons/chapters/<chapter>.svg``): drawn for this app in one colour,
shown in the colour of the text around them, so they follow light, dark and the desktop's theme.

The SVGs are black line drawings on a 24-unit grid; :func:`chapter_icon` renders one at the sizes
asked for and paints it in ``colour`` (a QIcon of tinted pixmaps; cached per colour).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap

from ..paths import resources_dir

SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str):
    return resources_dir() / "icons" / "chapters" / f"{name}.svg"


@lru_cache(maxsize=64)
def _tinted(name: str, rgba: int, size: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    path = icon_path(name)
    if path.exists():
        renderer = QSvgRenderer(str(path))
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(p, QRectF(0, 0, size, size))
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        p.fillRect(image.rect(), QColor.fromRgba(rgba))
        p.end()
    return QPixmap.fromImage(image)


def chapter_icon(name: str, colour: QColor, selected: QColor | None = None) -> QIcon:
    """The icon of ``name`` (a chapter id, "home" or "overview") in ``colour`` (``selected``: its
    colour on a selected row); an empty icon when there is no drawing for it."""
    icon = QIcon()
    if not icon_path(name).exists():
        return icon
    for size in SIZES:
        icon.addPixmap(_tinted(name, colour.rgba(), size))
        if selected is not None:
            icon.addPixmap(_tinted(name, selected.rgba(), size), QIcon.Mode.Selected)
    return icon


def pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    """One size of the icon (a card's or a heading's)."""
    return chapter_icon(name, colour).pixmap(QSize(size, size))
