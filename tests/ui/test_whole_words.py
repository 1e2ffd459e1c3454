"""Cells of the overview and the pacing planner wrap between words only: a word wider than its
cell ends in "…" (its tooltip and the screen reader keep it whole), never "Boodschap" / "pen"."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTableView

from rugschool_gui.ui.widgets.wrapping import WholeWordsDelegate, elide_long_words

WORDS = re.compile("[ \n\u2028]")


def test_only_the_word_too_wide_is_shortened_and_lines_stay(qapp):
    metrics = QFontMetrics(QApplication.font())
    width = max(metrics.horizontalAdvance(w) for w in ("bijhouden", "20", "min", "nu:")) + 1
    assert metrics.horizontalAdvance("Stresssignalen") > width
    text = "nu: Stresssignalen\u2028bijhouden\n20\u00a0min"
    shown = elide_long_words(metrics, text, width)
    assert shown.startswith("nu: Stress") and "…" in shown
    assert shown.endswith("\u2028bijhouden\n20\u00a0min")  # lines, words that fit and a no-break space kept
    assert all(metrics.horizontalAdvance(word) <= width for word in WORDS.split(shown))
    assert elide_long_words(metrics, text, 10_000) == text


def test_a_table_cell_shows_whole_words_or_an_ellipsis(qtbot):
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("3 van 10 · nu: Boodschappen dragen"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(True)
    delegate = WholeWordsDelegate(view)
    view.setItemDelegate(delegate)
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    view.setColumnWidth(0, metrics.horizontalAdvance("dragen ·") + margin)
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    delegate.initStyleOption(option, index)
    room = option.rect.width() - margin
    assert "Boodschappen" not in option.text and "…" in option.text
    assert all(metrics.horizontalAdvance(word) <= room for word in WORDS.split(option.text))
    assert index.data() == "3 van 10 · nu: Boodschappen dragen"  # the model (and a screen reader) keeps it
