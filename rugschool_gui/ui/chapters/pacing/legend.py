"""The week grid's legend: a small square in each colour of the grid, each with its words.

Each square and its words are one piece that wraps as a whole (:class:`WeekLegend`, a flow of
pieces): in one rich-text label a square could end a line and its words start the next at the
largest text (Qt's rich text breaks after an inline picture whatever follows). The squares are
pictures with an edge, so the pale ones ("iets wat moet" in the dark theme) are seen. A screen
reader hears the words only.
"""

from __future__ import annotations

import base64
import html
import re

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ... import design
from ...widgets.flow import FlowLayout

#: where a square goes in the translated words: %1 … %5 (want, must, physical, mental, today)
_MARK = re.compile(r"%([1-5])")


def swatch(fill: QColor, edge: QColor, side: int) -> QImage:
    """A small square of ``fill`` inside an ``edge`` line, ``side`` pixels."""
    image = QImage(side, side, QImage.Format.Format_ARGB32)
    image.fill(fill)
    painter = QPainter(image)
    painter.setPen(QPen(edge))
    painter.drawRect(0, 0, side - 1, side - 1)
    painter.end()
    return image


def _picture(image: QImage) -> str:
    """``image`` as an inline picture of rich text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 takes a str
    png = base64.b64encode(bytes(data.data())).decode("ascii")
    return f'<img src="data:image/png;base64,{png}" width="{image.width()}" height="{image.height()}">'


def pieces(words: str) -> list[tuple[int, str]]:
    """``words`` split at its squares: (which square, 1–5; the words after it), without the
    " · " that separated them on one line."""
    parts = _MARK.split(words)
    return [(int(parts[i]), parts[i + 1].strip().rstrip("·").strip()) for i in range(1, len(parts) - 1, 2)]


def spoken(words: str) -> str:
    """What a screen reader hears: the words, without the squares."""
    return " ".join(_MARK.sub("", words).split())


class WeekLegend(QWidget):
    """The legend: one piece per colour (its square and its words), wrapping as wholes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-legend")
        self._flow = FlowLayout(self, spacing=design.space(design.S))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._words = ""

    def show_words(self, words: str) -> None:
        """``words`` (translated, ``%1``…``%5``: want, must, physical, mental, today) with the
        squares in this widget's colours, at its text size."""
        self._words = words
        while (item := self._flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        c = design.colours(self.palette())
        side = max(8, round(QFontMetrics(design.font("caption")).height() * 0.75))  # as the words
        squares = {1: (design.tint(c.want, amount=0.35), c.edge), 2: (c.field, c.edge),
                   3: (c.physical, c.physical), 4: (c.mental, c.mental), 5: (c.accent_soft, c.accent)}
        for number, text in pieces(words):
            # one label per piece, its square inline and its words on one line: a screen reader
            # reads the words (the picture has no name of its own to announce)
            piece = design.caption(f"{_picture(swatch(*squares[number], side))}&nbsp;{html.escape(text)}")
            piece.setTextFormat(Qt.TextFormat.RichText)
            piece.setWordWrap(False)  # a piece is short; the pieces wrap, not their words
            piece.setAccessibleName(text)
            self._flow.addWidget(piece)
        self.setAccessibleName(spoken(words))
        self.updateGeometry()

    def words(self) -> str:
        return self._words

    def changeEvent(self, event: QEvent) -> None:
        """Light or dark, a new text size: the squares are drawn again in the colours and the
        size now in use."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and self._words:
            self.show_words(self._words)
