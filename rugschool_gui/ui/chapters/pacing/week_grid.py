"""The week grid: Monday–Sunday across, ochtend / middag / avond down, activities in the cells.

Every cell is a small list. Drag an activity to another cell (or place in a cell) with the
mouse, or with the keyboard: the grid is one Tab stop, the arrows go from cell to cell, Enter
plans an activity in an empty cell or edits the chosen one, Insert plans one in any cell,
Alt+←/→ moves it a day, Alt+↑/↓ a day part, Space marks it done, Delete removes it. The grid only *asks* for a move (a signal); the page
writes it and reloads, so the database stays the one source of truth.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ....domain.consultations import Comment
from ....domain.pacing import DAY_PARTS, DAYS, Activity, week_dates
from ....wording.pacing import words
from ... import design
from ...dates import axis_date
from ...entry_comments import mark_item
from ...i18n import args, translate
from ...widgets.wrapping import elide_long_words
from .texts import day_name, kind_name, minutes_text, motive_name, part_name

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


class _Keys(QObject):
    """The keyboard inside the grid: the grid is one Tab stop, the arrows walk it.

    ←/→ go to the day before or after, ↑/↓ walk the activities of a cell and then on to the day
    part above or below. Enter edits the chosen activity, or plans one in an empty cell; Insert
    always plans one in the cell. Alt+arrows move the chosen activity; Space ticks it done;
    Delete removes it (undoable).
    """

    def __init__(self, grid: WeekGrid) -> None:
        super().__init__(grid)
        self.grid = grid

    def eventFilter(self, cell, event) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(cell, CellList):
            self.grid._make_tab_stop(cell)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(cell, CellList):
            return False
        item = cell.currentItem()
        key, mods = event.key(), event.modifiers()
        if mods == Qt.KeyboardModifier.AltModifier and item is not None:
            step = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                    Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}.get(key)
            if step:
                day, part_index = cell.day + step[0], DAY_PARTS.index(cell.part) + step[1]
                if 0 <= day < DAYS and 0 <= part_index < len(DAY_PARTS):
                    self.grid.move_requested.emit(item.data(ID_ROLE), day, DAY_PARTS[part_index], -1)
                return True
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.grid.focus_cell(cell.day + (1 if key == Qt.Key.Key_Right else -1), cell.part)
                return True
            row = cell.currentRow() if item is not None else -1
            part_index = DAY_PARTS.index(cell.part)
            if key == Qt.Key.Key_Up and row <= 0 and part_index > 0:
                self.grid.focus_cell(cell.day, DAY_PARTS[part_index - 1], last=True)
                return True
            if key == Qt.Key.Key_Down and row >= cell.count() - 1 and part_index < len(DAY_PARTS) - 1:
                self.grid.focus_cell(cell.day, DAY_PARTS[part_index + 1])
                return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if item is not None:
                self.grid.edit_requested.emit(item.data(ID_ROLE))
            else:
                self.grid.add_requested.emit(cell.day, cell.part)
            return True
        if key == Qt.Key.Key_Insert:
            self.grid.add_requested.emit(cell.day, cell.part)
            return True
        if item is not None and key == Qt.Key.Key_Space:
            self.grid.done_toggled.emit(item.data(ID_ROLE))
            return True
        if item is not None and event.matches(QKeySequence.StandardKey.Delete):
            self.grid.delete_requested.emit(item.data(ID_ROLE))
            return True
        return False


class WeekGrid(QWidget):
    move_requested = Signal(str, int, str, int)  # id, day, part, row (−1 = at the end)
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    done_toggled = Signal(str)
    add_requested = Signal(int, str)  # double-click on an empty place: a new activity there
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-grid")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(design.space(design.XS, self))
        grid.setVerticalSpacing(design.space(design.XS, self))
        self.day_labels = [QLabel() for _ in range(DAYS)]
        self.part_labels = [QLabel() for _ in DAY_PARTS]
        self.cells: dict[tuple[int, str], CellList] = {}
        keys = _Keys(self)
        for d, label in enumerate(self.day_labels):
            design.set_type(label, "subheading")
            label.setObjectName(f"day-{d}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # the column decides the width: a narrow one shows the day's short name ("do")
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(label, 0, d)
            grid.setColumnStretch(d, 1)
        # each day part's name on a line of its own above its row: no column of labels takes
        # the room the seven days need
        for p, (part, label) in enumerate(zip(DAY_PARTS, self.part_labels, strict=True)):
            design.set_type(label, "subheading")
            label.setObjectName(f"part-{part}")
            grid.addWidget(label, 2 * p + 1, 0, 1, DAYS)
            grid.setRowStretch(2 * p + 2, 1)
            for d in range(DAYS):
                cell = CellList(d, part)
                cell.dropped.connect(self.move_requested)
                cell.itemDoubleClicked.connect(lambda item: self.edit_requested.emit(item.data(ID_ROLE)))
                cell.doubleClicked.connect(lambda index, c=cell: None if index.isValid() else self.add_requested.emit(c.day, c.part))
                cell.currentItemChanged.connect(lambda cur, _prev, c=cell: self._current_changed(c, cur))
                cell.installEventFilter(keys)
                self.cells[(d, part)] = cell
                grid.addWidget(cell, 2 * p + 2, d)
        self._selected: str | None = None
        self._monday = date.today()
        self._marks: dict[int, str] = {}
        self._tab_stop = self.cells[(0, DAY_PARTS[0])]
        self._make_tab_stop(self._tab_stop)
        # the cells' edges, today's column and a clearly visible focus frame on the cell the
        # keyboard is in (WCAG 2.4.7) come from the design's style sheet (``#week-grid``)

    # ----- the keyboard -----------------------------------------------------------------------
    def _make_tab_stop(self, cell: CellList) -> None:
        """Only one cell takes Tab (the last one used): the grid is one stop in the page."""
        self._tab_stop = cell
        for other in self.cells.values():
            other.setFocusPolicy(Qt.FocusPolicy.StrongFocus if other is cell else Qt.FocusPolicy.ClickFocus)

    def current_cell(self) -> CellList:
        """The cell the keyboard is in (or was in last)."""
        return self._tab_stop

    def focus_cell(self, day: int, part: str, last: bool = False) -> None:
        cell = self.cells.get((day, part))
        if cell is None:
            return
        self._make_tab_stop(cell)
        if cell.count():
            cell.setCurrentRow(cell.count() - 1 if last else 0)
        else:
            self._selected = None
            self._clear_other_cells(cell)
            self.selection_changed.emit()
        cell.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- showing ------------------------------------------------------------------------
    def retranslate(self) -> None:
        for p, label in enumerate(self.part_labels):
            label.setText(part_name(DAY_PARTS[p]).capitalize())
        for (d, part), cell in self.cells.items():
            cell.setAccessibleName(args(translate("Pacing", "%1, %2"), day_name(d), part_name(part)))
        self._label_days()

    def set_week(self, monday: date, activities: list[Activity], flagged_days: dict[int, str],
                 today: date | None = None, comments: Mapping[str, Comment] | None = None) -> None:
        """Show the week's ``activities``, each with the psychologist's comment in ``comments``
        (by activity id) under it."""
        self._monday, self._marks = monday, flagged_days
        self._today = today or date.today()
        self._label_days()
        want = design.tint(design.colours(self.palette()).want, self.palette(), 0.3)
        for cell in self.cells.values():
            cell.blockSignals(True)
            cell.clear()
        for a in activities:
            cell = self.cells[(a.day, a.part)]
            item = QListWidgetItem(self._item_text(a))
            item.setData(ID_ROLE, a.id)
            item.setData(KIND_ROLE, a.kind)
            item.setToolTip(self._tooltip(a))
            comment = (comments or {}).get(a.id or "")
            if comment is not None:  # a short line in the cell; the words in the tooltip and below the grid
                item.setText(item.text() + "\n" + translate("Pacing", "Met een opmerking"))
                mark_item(item, comment, add_line=False)
            if a.motive == "want":
                item.setBackground(QBrush(want))
            if a.done:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
            cell.addItem(item)
            if a.id == self._selected:
                cell.setCurrentItem(item)
        for cell in self.cells.values():
            cell.blockSignals(False)
        self._fit_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()
        self._label_days()

    def _fit_rows(self) -> None:
        """Each day part's row is as tall as its fullest cell: nothing hides behind a scroll bar."""
        em = self.fontMetrics().height()
        for part in DAY_PARTS:
            row = [self.cells[(d, part)] for d in range(DAYS)]
            needed = max(sum(c.sizeHintForRow(i) + 2 * c.spacing() for i in range(c.count())) for c in row)
            height = max(int(em * 5.5), needed + 2 * row[0].frameWidth() + em // 2)
            for c in row:
                c.setMinimumHeight(height)

    def _label_days(self) -> None:
        today = getattr(self, "_today", date.today())
        # one style for the whole week: the short names ("do") when any day's name has no room
        short = any(label.fontMetrics().horizontalAdvance(("⚑ " if d in self._marks else "") + day_name(d).capitalize())
                    > label.width() - 2 * design.space(design.XS, label) for d, label in enumerate(self.day_labels))
        for d, (label, day) in enumerate(zip(self.day_labels, week_dates(self._monday), strict=True)):
            name = words(f"day_short_{d}").capitalize() if short else day_name(d).capitalize()
            text = f"{name}\n{axis_date(day)}"
            if d in self._marks:
                text = "⚑ " + text
                label.setToolTip(self._marks[d])
            else:
                label.setToolTip("")
            label.setText(text)
            is_today = day == today
            if bool(label.property("today")) != is_today:  # today's column stands out (see the legend)
                label.setProperty("today", is_today)
                _repolish(label)
                for part in DAY_PARTS:
                    cell = self.cells[(d, part)]
                    cell.setProperty("today", is_today)
                    _repolish(cell)
            today_word = translate("Pacing", "vandaag")
            label.setAccessibleName(f"{text} ({today_word})" if is_today else text)

    @staticmethod
    def _item_text(a: Activity) -> str:
        marks = ("✓ " if a.done else "") + ("♥ " if a.motive == "want" else "") + ("↔ " if a.task_id else "")
        return f"{marks}{a.name}\n{minutes_text(a.minutes)} · {kind_name(a.kind)}"

    @staticmethod
    def _tooltip(a: Activity) -> str:
        lines = [a.name, f"{minutes_text(a.minutes)} · {kind_name(a.kind)} · {motive_name(a.motive)}"]
        if a.task_id:
            lines.append(translate("Pacing", "Een stuk van een gesplitste taak"))
        if a.done:
            lines.append(words("done") + ("" if a.pain is None else f" · {a.pain}/10"))
        if a.note:
            lines.append(a.note)
        return "\n".join(lines)

    # ----- selection ----------------------------------------------------------------------
    def _current_changed(self, cell: CellList, item) -> None:
        if item is None:
            return
        self._selected = item.data(ID_ROLE)
        self._clear_other_cells(cell)
        self.selection_changed.emit()

    def _clear_other_cells(self, cell: CellList) -> None:
        """One activity is chosen in the whole week: the other cells let go of theirs."""
        for other in self.cells.values():
            if other is not cell:
                other.blockSignals(True)
                other.clearSelection()
                other.setCurrentItem(None)  # type: ignore[call-overload]  # None: no current item
                other.blockSignals(False)

    def selected_id(self) -> str | None:
        return self._selected

    def select(self, activity_id: str | None) -> None:
        self._selected = activity_id
        for cell in self.cells.values():
            for row in range(cell.count()):
                if cell.item(row).data(ID_ROLE) == activity_id:
                    cell.setCurrentRow(row)
                    cell.setFocus()
                    return

    def cell_of(self, activity_id: str) -> CellList | None:
        for cell in self.cells.values():
            for row in range(cell.count()):
                if cell.item(row).data(ID_ROLE) == activity_id:
                    return cell
        return None


def _repolish(widget: QWidget) -> None:
    """A property the style sheet reads changed: draw the widget again with it."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
