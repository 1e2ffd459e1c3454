"""One cell of the pacing page's week grid: a small list of the activities planned in one day
part of one day, whose texts wrap between words only (a word too wide is set a little smaller,
never broken in two), each with its kind's colour down the left edge. A drop of an activity on
a cell is reported (:attr:`CellList.dropped`), not performed: the page writes the move and
reloads. The grid itself (the keyboard, the rows' heights, the days) is ``week_grid.py``.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ... import design
from ...widgets.wrapping import elide_long_words

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
#: a word too wide for its cell is set a little smaller rather than broken in two ("Boodschap-
#: pen"); never below this share of the body text
SMALLEST = 0.55


def _fitting_font(font: QFont, text: str, width: float) -> QFont:
    """``font``, smaller when the longest word of ``text`` would not fit ``width`` on one line."""
    metrics = QFontMetrics(font)
    widest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
    if widest <= width or widest <= 0:
        return font
    smaller = QFont(font)
    factor = max(SMALLEST, (width - 1) / widest)
    while True:  # the metrics round: step down until the word really fits (or the least size)
        smaller.setPointSizeF(font.pointSizeF() * factor)
        longest = max(QFontMetrics(smaller).horizontalAdvance(w) for w in text.split())
        if longest <= width or factor <= SMALLEST:
            return smaller
        factor = max(SMALLEST, factor - 0.02)


class _WrappingDelegate(QStyledItemDelegate):
    """Item text that always wraps to the cell's width, between words only: a word wider than
    the cell is set smaller, and one still too wide ends in "…" (the item's tooltip says it
    whole) rather than being broken in two ("Stresssig" / "nalen")."""

    PAD = 4
    STRIPE = 4  # the kind's colour down the left edge (physical / mental, see the legend)
    CACHE = 400  # laid-out texts kept: a week's cells are measured and painted many times over

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple, QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, text: str, width: float) -> QTextDocument:
        key = (text, option.font.key(), round(max(10.0, width)))
        doc = self._laid_out.get(key)
        if doc is None:
            if len(self._laid_out) >= self.CACHE:
                self._laid_out.clear()
            doc = self._laid_out[key] = self._lay_out(option, text, width)
        return doc

    def _lay_out(self, option: QStyleOptionViewItem, text: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = _fitting_font(option.font, text, width)
        doc.setDefaultFont(font)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        doc.setDefaultTextOption(wrap)
        doc.setPlainText(elide_long_words(QFontMetrics(font), text, int(max(10.0, width))))
        doc.setTextWidth(max(10.0, width))
        return doc

    def breaks_a_word(self, index, width: float) -> bool:
        """For a check from outside: does this item's text break a word in a cell ``width`` wide?"""
        view = self.parent()
        assert isinstance(view, QListWidget)
        return breaks_a_word(view.font(), str(index.data() or ""), width - 2 * self.PAD - self.STRIPE)

    def _width(self, _option: QStyleOptionViewItem) -> float:
        view = self.parent()  # the cell's current width, never a stale item rectangle
        assert isinstance(view, QListWidget)
        return view.viewport().width() - 2 * view.spacing() - 2 * self.PAD - self.STRIPE

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, opt.text, self._width(opt))
        return QSize(int(self._width(opt) + 2 * self.PAD + self.STRIPE), int(doc.size().height()) + 2 * self.PAD)

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, text, opt.rect.width() - 2 * self.PAD - self.STRIPE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        kind = index.data(KIND_ROLE)
        if kind:
            c = design.colours(opt.palette)
            painter.fillRect(opt.rect.left(), opt.rect.top() + 1, self.STRIPE, opt.rect.height() - 2,
                             c.physical if kind == "physical" else c.mental)
        painter.save()
        painter.translate(opt.rect.left() + self.PAD + self.STRIPE, opt.rect.top() + self.PAD)
        painter.setPen(colour)
        from PySide6.QtGui import QAbstractTextDocumentLayout

        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, colour)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


def breaks_a_word(font: QFont, text: str, width: float) -> bool:
    """Would a word of ``text`` still not fit whole at ``width``, even set smaller (it is then
    shortened with "…")?"""
    metrics = QFontMetrics(_fitting_font(font, text, width))
    return any(metrics.horizontalAdvance(w) > width for w in text.split())


class CellList(QListWidget):
    """One cell of the grid. Drops are reported, not performed (the page reloads)."""

    dropped = Signal(str, int, str, int)  # activity id, day, part, row in the cell

    def __init__(self, day: int, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day, self.part = day, part
        self.setObjectName(f"cell-{day}-{part}")
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap the texts when the cell resizes
        self.setItemDelegate(_WrappingDelegate(self))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        em = self.fontMetrics().height()
        # room for a short word on one line (a longer one is set smaller, never broken); the
        # week fits a 1280-pixel screen without scrolling sideways, also at the largest text
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 8, int(em * 5.5))

    def dragEnterEvent(self, event) -> None:
        if isinstance(event.source(), CellList):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if isinstance(event.source(), CellList):
            event.setDropAction(Qt.DropAction.CopyAction)  # the source keeps its item; we reload
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        source = event.source()
        item = source.currentItem() if isinstance(source, CellList) else None
        if item is None:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        row = target.row() if target.isValid() else self.count()
        if source is self and row > source.row(item):
            row -= 1  # the item itself leaves its old place first
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(item.data(ID_ROLE), self.day, self.part, row)
