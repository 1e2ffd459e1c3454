"""The week grid's legend: every square is seen (a pale one has its edge, in the dark theme too),
each square stays with its words however narrow the page, and a screen reader hears the words
only."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from rugschool_gui.ui import design, theme
from rugschool_gui.ui.chapters.pacing.legend import WeekLegend, pieces, spoken

WORDS = "%1 ♥ iets wat je graag doet (willen) · %2 iets wat moet · %3 lichamelijk · %4 mentaal · %5 vandaag"


def _pieces(legend: WeekLegend) -> list[tuple[QLabel, QLabel]]:
    """(square, words) of each piece, in order."""
    out = []
    for i in range(legend.layout().count()):
        piece = legend.layout().itemAt(i).widget()
        square, words = piece.findChildren(QLabel)
        out.append((square, words))
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
    assert [words.text() for _square, words in pieces_shown][1] == "iets wat moet"
    c = design.colours(legend.palette())
    must = pieces_shown[1][0].pixmap().toImage()  # "iets wat moet": the colour of an empty cell
    edge, inside = must.pixelColor(0, 0), must.pixelColor(must.width() // 2, must.height() // 2)
    assert inside == c.field and edge == c.edge
    assert design.contrast(edge, c.window) >= 3.0


def test_each_square_stays_beside_its_words_when_the_pieces_wrap(qapp, qtbot):
    legend = WeekLegend()
    qtbot.addWidget(legend)
    legend.show_words(WORDS)
    legend.resize(260, legend.heightForWidth(260))
    legend.show()
    qtbot.waitExposed(legend)
    rows = set()
    for square, words in _pieces(legend):
        left, right = square.mapTo(legend, square.rect().center()), words.mapTo(legend, words.rect().center())
        assert abs(left.y() - right.y()) <= 2 and left.x() < right.x(), words.text()
        rows.add(left.y())
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
    must = _pieces(legend)[1][0].pixmap().toImage()
    assert must.pixelColor(must.width() // 2, must.height() // 2) == c.field
