"""What "fits" means on a screen, checked on the real widgets of a shown window (issue #22).

:func:`fit_problems` lists, for the page on screen, everything a person would meet as "cut off":

- a window that cannot be as small as asked (its layout needs more width);
- a scroll area that needs a horizontal scroll bar;
- a label, button, check box or radio button narrower than its text;
- a tab, a table or list cell, a header or a combo box whose text is elided ("…");
- a tab bar with scroll arrows (tabs out of sight);
- a table that shows a part of a row at its bottom edge ("9½ of 10 steps").

Each problem names the widget by its object name (or its class) and its text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(w: QWidget) -> str:
    parts = []
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _cell_text_width(view: QAbstractItemView, index: QModelIndex) -> int:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        return 0
    fm = view.fontMetrics()
    font = index.data(Qt.ItemDataRole.FontRole)
    if font is not None:
        from PySide6.QtGui import QFontMetrics

        fm = QFontMetrics(font)
    width = max(fm.horizontalAdvance(line) for line in str(text).split("\n"))
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    icon = index.data(Qt.ItemDataRole.DecorationRole)
    extra = view.iconSize().width() + margin if icon is not None else 0
    check = index.data(Qt.ItemDataRole.CheckStateRole)
    if check is not None:
        extra += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + margin
    return width + 2 * margin + extra


def _view_problems(view: QAbstractItemView) -> list[str]:
    out = []
    model = view.model()
    if model is None:
        return out
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    viewport = view.viewport().rect()
    columns = 1 if isinstance(view, QListView) else model.columnCount()
    for row in range(model.rowCount()):
        for col in range(columns):
            index = model.index(row, col)
            rect = view.visualRect(index)
            if rect.isEmpty() or not rect.intersects(viewport):
                continue
            if isinstance(view, QTableView) and view.isColumnHidden(col):
                continue
            delegate = view.itemDelegate()
            if hasattr(delegate, "breaks_a_word"):  # a cell that sets a long word smaller
                if delegate.breaks_a_word(index, rect.width()):
                    out.append(f"{_name(view)}: cell ({row}, {col}) breaks a word of '{index.data()}'")
                continue
            if wraps:  # wrapped text may take lines, but never break inside a word
                fm = view.fontMetrics()
                words = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split()
                margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
                widest = max((fm.horizontalAdvance(word) for word in words), default=0) + margin
                if widest > rect.width() + SLACK:
                    out.append(f"{_name(view)}: cell ({row}, {col}) breaks a word of '{index.data()}' "
                               f"({rect.width()} of {widest} px)")
                    continue
                icon = index.data(Qt.ItemDataRole.DecorationRole)
                # a row with an icon also pays its padding and the icon's spacing (about a text height)
                room = rect.width() - margin - (view.iconSize().width() + fm.height() if icon is not None else 0)
                from PySide6.QtCore import QRect

                tall = fm.boundingRect(QRect(0, 0, max(1, room), 100_000), int(Qt.TextFlag.TextWordWrap),
                                       str(index.data(Qt.ItemDataRole.DisplayRole) or "")).height()
                if tall > rect.height() + SLACK:
                    out.append(f"{_name(view)}: cell ({row}, {col}) '{index.data()}' cut: its lines need "
                               f"{tall} px, the row has {rect.height()}")
                continue
            need = _cell_text_width(view, index)
            if need > rect.width() + SLACK:
                out.append(f"{_name(view)}: cell ({row}, {col}) '{index.data()}' elided "
                           f"({rect.width()} of {need} px)")
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        if header.isVisible():
            for col in range(columns):
                if view.isColumnHidden(col):
                    continue
                text = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                need = header.sectionSizeFromContents(col).width()
                if header.defaultAlignment() & Qt.TextFlag.TextWordWrap and text:
                    parts = text.replace("\u00ad", " ").split()  # a soft hyphen may break a word
                    widest = max(header.fontMetrics().horizontalAdvance(w + "-") for w in parts)
                    lines = -(-header.fontMetrics().horizontalAdvance(text) // max(1, header.sectionSize(col) - 12))
                    need = widest + 12 if lines * header.fontMetrics().lineSpacing() <= header.height() else need
                if text and need > header.sectionSize(col) + SLACK:
                    out.append(f"{_name(view)}: header '{text}' elided ({header.sectionSize(col)} of {need} px)")
        rows = model.rowCount()
        height = view.verticalHeader().defaultSectionSize()
        if rows and height and view.verticalScrollBar().maximum() > 0:
            shown = view.viewport().height() / height
            if 0.15 < shown - int(shown) < 0.85 and int(shown) < rows:
                out.append(f"{_name(view)}: shows {shown:.1f} of {rows} rows (a row cut in half)")
    return out


def fit_problems(window: QWidget, width: int | None = None) -> list[str]:
    """Everything cut off or scrolling sideways on what ``window`` shows now."""
    out: list[str] = []
    if width is not None and window.width() > width:
        out.append(f"the window cannot be {width} px wide: it needs {window.width()} px")
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.window() is not window:
            continue
        if isinstance(w, QAbstractScrollArea) and not isinstance(w, QHeaderView):
            bar = w.horizontalScrollBar()
            if bar.maximum() > 0 and (bar.isVisible() or w.horizontalScrollBarPolicy()
                                      == Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
                out.append(f"{_name(w)} scrolls sideways by {bar.maximum()} px")
        if isinstance(w, QAbstractItemView) and isinstance(w, QTableView | QListView):
            out.extend(_view_problems(w))
        elif isinstance(w, QLabel):
            if w.text() and not w.wordWrap() and w.width() + SLACK < w.sizeHint().width():
                out.append(f"{_name(w)}: label '{w.text()[:60]}' cut ({w.width()} of {w.sizeHint().width()} px)")
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) or (
                isinstance(w, QToolButton) and not isinstance(w.parentWidget(), QTabBar)
                and w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly):
            button: QAbstractButton = w
            wraps = button.hasHeightForWidth() and button.width() + SLACK >= button.minimumSizeHint().width() \
                and button.height() + SLACK >= button.heightForWidth(button.width())
            if button.text() and not wraps and button.width() + SLACK < button.sizeHint().width():
                out.append(f"{_name(w)}: '{button.text()[:60]}' cut ({w.width()} of {w.sizeHint().width()} px)")
        elif isinstance(w, QTabBar):
            arrows = [b for b in w.findChildren(QToolButton) if b.isVisible()]
            if arrows:
                out.append(f"{_name(w)}: tabs out of sight (scroll arrows shown)")
            for i in range(w.count()):
                if w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width() and w.elideMode() != Qt.TextElideMode.ElideNone:
                    out.append(f"{_name(w)}: tab '{w.tabText(i)}' elided")
        elif isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
            opt = QStyleOptionComboBox()
            w.initStyleOption(opt)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            need = w.fontMetrics().horizontalAdvance(w.currentText())
            if need > field.width() + SLACK:
                out.append(f"{_name(w)}: choice '{w.currentText()[:60]}' elided ({field.width()} of {need} px)")
    return out


def as_on_a_screen(dialog: QWidget, width: int, height: int) -> None:
    """Give ``dialog`` the size it gets when shown on a ``width``×``height`` screen (the test
    screen is another size): Qt's first size (its size hint, at most two thirds of the screen,
    at least its minimum), then ``AppDialog``'s rule — never larger than the screen less 40 px."""
    from PySide6.QtCore import QSize

    hint = dialog.sizeHint()
    size = QSize(min(hint.width(), width * 2 // 3), min(hint.height(), height * 2 // 3))
    size = size.expandedTo(dialog.minimumSizeHint()).expandedTo(dialog.minimumSize())
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():  # wrapped text takes its lines first
        size.setHeight(max(size.height(), layout.totalHeightForWidth(size.width())))
    size = size.boundedTo(QSize(width - 40, height - 40))
    dialog.resize(size)


def dialog_fit_problems(dialog: QWidget, width: int, height: int) -> list[str]:
    """What is cut off or too large in a dialog shown on a ``width``×``height`` screen: it must be
    able to be as small as the screen (its buttons reachable; scrolling down inside is fine,
    sideways is not), and nothing in it may be cut off or elided (:func:`fit_problems`)."""
    out = []
    if dialog.width() > width - 40 or dialog.height() > height - 40:
        out.append(f"the dialog needs {dialog.width()}×{dialog.height()} px, the screen has {width}×{height}")
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text() and label.window() is dialog:
            need = label.heightForWidth(label.width())
            if need > label.height() + SLACK:
                out.append(f"{_name(label)}: wrapped text '{label.text()[:60]}' cut at the bottom "
                           f"({label.height()} of {need} px)")
    return out + fit_problems(dialog)
