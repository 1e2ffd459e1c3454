"""The chapter list at the left of the main window: "Vandaag" and every chapter with its icon,
Ctrl+1 … Ctrl+9 in the tooltips, as wide as its longest title but never so wide that a
1280-pixel screen loses the page; a long title wraps instead of scrolling sideways or ending
in "…" (the largest text).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .i18n import translate
from .window_menus import HOME


def make_chapter_list() -> QListWidget:
    """The list, empty: :func:`fill_chapter_list` and :func:`size_chapter_list` follow."""
    from PySide6.QtCore import Qt

    nav = QListWidget()
    nav.setObjectName("chapter-navigation")
    # a long title ("Stapsgewijze blootstelling" at the largest text) wraps rather than
    # scrolling sideways or being cut
    nav.setWordWrap(True)
    nav.setTextElideMode(Qt.TextElideMode.ElideNone)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows are laid out again at a new width
    nav.setItemDelegate(_WrappingRows(nav))
    return nav


def fill_chapter_list(nav: QListWidget, shortcut: Callable[[int, str], None]) -> None:
    """The rows, in the current language and colours, keeping the current row (and no row
    highlighted when none was);
    ``shortcut(number, chapter_id)`` for each of the first nine chapters (Ctrl+number)."""
    from PySide6.QtCore import Qt

    from . import design
    from .chapters import registered
    from .icons import chapter_icon

    current = nav.currentRow()
    chosen = bool(nav.selectedItems())  # none while "Alle werkboeken" (not a chapter) is shown
    nav.blockSignals(True)
    nav.clear()
    c = design.colours(nav.palette())
    item = QListWidgetItem(chapter_icon(HOME, c.text, c.on_accent), translate("MainWindow", "Vandaag"))
    item.setData(Qt.ItemDataRole.UserRole, HOME)
    nav.addItem(item)
    for i, chapter in enumerate(registered(), start=1):
        item = QListWidgetItem(chapter_icon(chapter.id, c.text, c.on_accent), chapter.title())
        item.setData(Qt.ItemDataRole.UserRole, chapter.id)
        if i < 10:
            item.setToolTip(QKeySequence(f"Ctrl+{i}").toString(QKeySequence.SequenceFormat.NativeText))
            shortcut(i, chapter.id)
        nav.addItem(item)
    nav.setCurrentRow(max(0, current))
    if not chosen and current >= 0:
        nav.clearSelection()  # a new text size or language on the overview: no chapter lights up
    nav.blockSignals(False)


def size_chapter_list(nav: QListWidget, splitter: QSplitter, window_width: int) -> None:
    """As wide as its longest title on one line, but never more than 14½ text heights: at the
    largest text a long title wraps, so a 1280-pixel screen keeps room for the page."""
    from . import design
    from .chapters import registered

    em = design.em(nav)
    nav.setSpacing(design.space(design.XS, nav))  # calm, easy-to-hit rows
    icon = round(em * 1.1)
    nav.setIconSize(QSize(icon, icon))
    titles = [translate("MainWindow", "Vandaag"), *(c.title() for c in registered())]
    one_line = max(nav.fontMetrics().horizontalAdvance(t) for t in titles)
    chrome = icon + em + 2 * (em // 2) + nav.frameWidth() * 2 + design.space(design.S, nav)
    width = min(one_line + chrome, round(em * 14.5))
    nav.setMinimumWidth(min(width, em * 9))
    splitter.setSizes([width, max(1, window_width - width)])


class _WrappingRows(QStyledItemDelegate):
    """A chapter's title wraps onto a second line in a narrow list (the largest text) — Qt's
    list measures a wrapped row as one line and ends it in "…"."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        # no dotted box inside the highlight: the current row is the highlighted one, and the
        # list's own focus ring shows that the keyboard is here (``ui.focus_ring``)
        from PySide6.QtWidgets import QStyle

        option.state &= ~QStyle.StateFlag.State_HasFocus

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListWidget):
            return hint
        room = self._text_room(option, index, view, hint.height())
        text = str(index.data() or "")
        metrics = view.fontMetrics()
        if room <= 0 or metrics.horizontalAdvance(text) <= room:
            return hint
        from PySide6.QtCore import Qt

        tall = metrics.boundingRect(QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(hint.width(), max(hint.height(), tall + hint.height() - metrics.height()))

    def _text_room(self, option, index, view: QListWidget, height: int) -> int:
        """The width the title is really drawn in: the row's text area as the style lays it out
        (the row minus its icon and the style sheet's padding), minus the style's text margins.
        A guess with room to spare made a title that fits on one line ("Stapsgewijze
        blootstelling" at the usual size) as tall as two."""
        from PySide6.QtWidgets import QStyle

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect = QRect(0, 0, view.viewport().width() - 2 * view.spacing(), height)
        style = view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return text.width() - 2 * margin
