"""The chapter icons (``resources/icons/chapters/<chapter>.svg``): drawn for this app in one colour,
shown in the colour of the text around them, so they follow light, dark and the desktop's theme.

The SVGs are black line drawings on a 24-unit grid; :func:`chapter_icon` gives a QIcon that paints
one in ``colour`` (``selected``: on a selected row). Each size is rendered when Qt first asks for it
and kept (issue #23: the chapter list used to render 6 sizes × 2 colours of 9 icons, twice, before
the first paint — 216 renders for the ~18 it shows).

A drawing rendered at a size is also kept as a PNG in the cache folder (``paths.cache_dir``), named
by its SVG's checksum: a later start reads those few small files instead of loading Qt's SVG
module (#23: 1.7 MiB of the app's memory and a few ms before the home page is ready). A cache
that cannot be read or written (a read-only disk) only means rendering again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import zlib
from functools import cache, lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap

from ..paths import resources_dir

SIZES = (16, 20, 24, 32, 48, 64)
log = logging.getLogger("rugschool")


@cache
def _folder():
    return resources_dir() / "icons" / "chapters"


def icon_path(name: str):
    return _folder() / f"{name}.svg"


@cache
def _has_drawing(name: str) -> bool:
    return icon_path(name).exists()


@cache
def _checksum(name: str) -> str:
    """The SVG's CRC-32: a changed drawing (a new version of the app) gets new cache files."""
    return f"{zlib.crc32(icon_path(name).read_bytes()):08x}"


def _cached_mask_path(name: str, size: int):
    from ..paths import cache_dir

    return cache_dir() / "icons" / f"{name}-{_checksum(name)}-{size}.png"


def _render(name: str, size: int) -> QImage:
    """The drawing in black on transparent, ``size`` pixels square (Qt's SVG module)."""
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(icon_path(name)))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p, QRectF(0, 0, size, size))
    p.end()
    return image


def _mask(name: str, size: int) -> QImage:
    """The drawing at ``size``: from the cache folder, else rendered and kept there."""
    try:
        path = _cached_mask_path(name, size)
    except OSError:  # no cache folder (a read-only home): rendered each start
        return _render(name, size)
    image = QImage(str(path)) if path.is_file() else QImage()
    if not image.isNull() and image.width() == size and image.height() == size:
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    image = _render(name, size)
    _keep(image, path)
    return image


def _keep(image: QImage, path) -> None:
    """Write the cache file whole or not at all (a second app starting may read it meanwhile)."""
    from ..storage.files import make_private

    part = path.with_name(f"{path.stem}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if image.save(str(part), "PNG"):  # type: ignore[call-overload]  # (the stubs say bytes; Qt takes str)
            make_private(part)
            os.replace(part, path)
    except Exception:  # a cache that cannot be kept only means rendering next time
        log.debug("icon cache not written", exc_info=True)
    finally:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


@lru_cache(maxsize=512)
def _tinted(name: str, rgba: int, size: int) -> QPixmap:
    if not _has_drawing(name):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        return QPixmap.fromImage(image)
    # the colour where the drawing is: a filled image that takes the drawing's alpha (not a
    # painter's fillRect: its overloads make PySide6 build QGradient and its 180 presets, ~4 ms)
    mask = _mask(name, size)
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor.fromRgba(rgba))
    image.setAlphaChannel(mask.convertToFormat(QImage.Format.Format_Alpha8))
    return QPixmap.fromImage(image)


class _TintedIcon(QIconEngine):
    """One drawing in one colour (another when selected), rendered at the size asked for."""

    def __init__(self, name: str, rgba: int, selected_rgba: int | None) -> None:
        super().__init__()
        self.name, self.rgba, self.selected_rgba = name, rgba, selected_rgba

    def _colour(self, mode: QIcon.Mode) -> int:
        return self.selected_rgba if mode == QIcon.Mode.Selected and self.selected_rgba is not None else self.rgba

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        side = max(1, round(min(size.width(), size.height()) * scale))
        pix = QPixmap(_tinted(self.name, self._colour(mode), side))
        if mode == QIcon.Mode.Disabled:  # greyed the way the style greys any icon
            from PySide6.QtWidgets import QApplication, QStyleOption

            style = QApplication.style()
            if style is not None:
                pix = style.generatedIconPixmap(mode, pix, QStyleOption())
        pix.setDevicePixelRatio(scale)
        return pix

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        return _TintedIcon(self.name, self.rgba, self.selected_rgba)

    def key(self) -> str:
        return "rugschool-tinted"


def chapter_icon(name: str, colour: QColor, selected: QColor | None = None) -> QIcon:
    """The icon of ``name`` (a chapter id, "home" or "overview") in ``colour`` (``selected``: its
    colour on a selected row); an empty icon when there is no drawing for it."""
    if not _has_drawing(name):
        return QIcon()
    return QIcon(_TintedIcon(name, colour.rgba(), selected.rgba() if selected is not None else None))


def pixmap(name: str, colour: QColor, size: int) -> QPixmap:
    """One size of the icon (a card's or a heading's)."""
    if not _has_drawing(name):
        return QIcon().pixmap(QSize(size, size))
    return _tinted(name, colour.rgba(), size)
