"""The week grid's legend: a small square in each colour of the grid, with its words (rich text).

The squares are pictures: Qt's rich text draws no border around a span, so the pale squares
("iets wat moet" in the dark theme) were not to be seen. A screen reader reads the words only.
At the largest text a square can still end a line apart from its words: Qt's rich text breaks
after an inline picture whatever follows (a ``nowrap`` span, a non-breaking space, a word joiner).
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel

from ... import design
from ...i18n import args


def _swatch(fill: QColor, edge: QColor, side: int) -> str:
    """A small square of ``fill`` inside an ``edge`` line, ``side`` pixels, for the legend (rich
    text). A picture: Qt's rich text draws no border around a span, so the pale squares ("iets
    wat moet" in the dark theme) were not to be seen."""
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(fill)
    painter = QPainter(image)
    painter.setPen(QPen(edge))
    painter.drawRect(0, 0, side - 1, side - 1)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes a str
    png = base64.b64encode(bytes(data.data())).decode("ascii")
    return f'<img src="data:image/png;base64,{png}" width="{side}" height="{side}">'


def show_legend(label: QLabel, words: str) -> None:
    """``words`` (translated, ``%1``…``%5``: want, must, physical, mental, today) with the
    squares in the label's colours, at its text size."""
    c = design.colours(label.palette())
    side = max(8, round(label.fontMetrics().height() * 0.75))
    label.setText(args(
        words, _swatch(design.tint(c.want, amount=0.35), c.edge, side), _swatch(c.field, c.edge, side),
        _swatch(c.physical, c.physical, side), _swatch(c.mental, c.mental, side),
        _swatch(c.accent_soft, c.accent, side)))
    label.setAccessibleName(" ".join(args(words, "", "", "", "", "").split()))
