"""The week grid's legend: every square is seen (a pale one has its edge, in the dark theme too),
each square stays with its words however narrow the page, and a screen reader hears the words
only."""

from __future__ import annotations

import base64
import re

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from rugschool_gui.ui import design, theme
from rugschool_gui.ui.chapters.pacing.legend import WeekLegend, pieces, spoken

WORDS = "%1 ♥ iets wat je graag doet (willen) · %2 iets wat moet · %3 lichamelijk · %4 mentaal · %5 vandaag"


def _pieces(legend: WeekLegend) -> list[tuple[QImage, QLabel]]:
    """(square, label) of each piece, in order."""
    out = []
    for i in range(legend.layout().count()):
        label = legend.layout().itemAt(i).widget()
        [data] = re.findall(r'src="data:image/png;base64,([^"]+)"', label.text())
        image = QImage()
        assert image.loadFromData(base64.b64decode(data), "PNG")
        out.append((image, label))
    return out


def test_the_words_are_split_at_their_squares():
    assert pieces(WORDS) == [(1, "♥ iets wat je graag doet (willen)"), (2, "iets wat moet"), (3, "lichamelijk"),
                             (4, "mentaal"), (5, "vandaag")]
    assert pieces("%2 something to do · %1 ♥ something you like") == [(2, "something to do"),
                                                                      (1, "♥ something you like")]


def test_the_pale_square_has_an_edge_that_stands_out_in_the_dark(qapp, qtbot):
    legend = WeekLegend()
    qtbot.addWidget(legend)
    legend.setPalette(theme._palette(True))
    legend.show_words(WORDS)
    pieces_shown = _pieces(legend)
    assert [label.accessibleName() for _square, label in pieces_shown][1] == "iets wat moet"
    c = design.colours(legend.palette())
    must = pieces_shown[1][0]  # "iets wat moet": the colour of an empty cell
    edge, inside = must.pixelColor(0, 0), must.pixelColor(must.width() // 2, must.height() // 2)
    assert inside == c.field and edge == c.edge
    assert design.contrast(edge, c.window) >= 3.0


def test_each_square_stays_beside_its_words_when_the_pieces_wrap(qapp, qtbot):
    """Each piece is one line: its square and its words; at a narrow width the pieces wrap."""
    legend = WeekLegend()
    qtbot.addWidget(legend)
    legend.show_words(WORDS)
    legend.resize(260, legend.heightForWidth(260))
    legend.show()
    qtbot.waitExposed(legend)
    rows = set()
    for square, label in _pieces(legend):
        assert not label.wordWrap() and label.height() < 2 * label.fontMetrics().lineSpacing()
        assert label.geometry().right() <= legend.width(), label.accessibleName()  # nothing cut
        rows.add(label.geometry().top())
        assert square.width() < label.sizeHint().width()
    assert len(rows) > 1  # it did wrap: several lines, each square with its own words


def test_the_words_are_what_a_screen_reader_hears(qapp, qtbot):
    legend = WeekLegend()
    qtbot.addWidget(legend)
    legend.show_words(WORDS)
    assert legend.accessibleName() == spoken(WORDS) == (
        "♥ iets wat je graag doet (willen) · iets wat moet · lichamelijk · mentaal · vandaag")


def test_the_squares_follow_a_change_to_dark(qapp, qtbot):
    legend = WeekLegend()
    qtbot.addWidget(legend)
    legend.show_words(WORDS)
    legend.setPalette(theme._palette(True))
    c = design.colours(legend.palette())
    must = _pieces(legend)[1][0]
    assert must.pixelColor(must.width() // 2, must.height() // 2) == c.field
