"""The week grid's legend: every square is seen (a pale one has its edge, in the dark theme too),
and a screen reader hears the words only."""

from __future__ import annotations

import base64
import re

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from rugschool_gui.ui import design, theme
from rugschool_gui.ui.chapters.pacing.legend import show_legend

WORDS = "%1 ♥ iets wat je graag doet (willen) · %2 iets wat moet · %3 lichamelijk · %4 mentaal · %5 vandaag"


def _squares(html: str) -> list[QImage]:
    out = []
    for data in re.findall(r'src="data:image/png;base64,([^"]+)"', html):
        image = QImage()
        assert image.loadFromData(base64.b64decode(data), "PNG")
        out.append(image)
    return out


def test_the_pale_square_has_an_edge_that_stands_out_in_the_dark(qapp):
    label = QLabel()
    label.setPalette(theme._palette(True))
    show_legend(label, WORDS)
    squares = _squares(label.text())
    assert len(squares) == 5
    c = design.colours(label.palette())
    must = squares[1]  # "iets wat moet": the colour of an empty cell, nearly the window's
    edge, inside = must.pixelColor(0, 0), must.pixelColor(must.width() // 2, must.height() // 2)
    assert inside == c.field and edge == c.edge
    assert design.contrast(edge, c.window) >= 3.0


def test_the_words_are_what_a_screen_reader_hears(qapp):
    label = QLabel()
    show_legend(label, WORDS)
    assert len(_squares(label.text())) == 5
    assert label.accessibleName() == "♥ iets wat je graag doet (willen) · iets wat moet · lichamelijk · mentaal · vandaag"
