"""The week grid: Monday–Sunday across, ochtend / middag / avond down, activities in the cells.

Every cell is a small list. Drag an activity to another cell (or place in a cell) with the
mouse, or with the keyboard: the grid is one Tab stop, the arrows go from cell to cell, Enter
plans an activity in an empty cell or edits the chosen one, Insert plans one in any cell,
Alt+←/→ moves it a day, Alt+↑/↓ a day part, Space marks it done, Delete removes it. The grid only *asks* for a move (a signal); the page
writes it and reloads, so the database stays the one source of truth. One cell (its list, the
texts that wrap between words, a drop reported): ``week_cell.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidgetItem,
    QSizePolicy,
    QWidget,
)

from ....domain.consultations import Comment
from ....domain.pacing import DAY_PARTS, DAYS, Activity, week_dates
from ....wording.pacing import words
from ... import design
from ...dates import axis_date
from ...entry_comments import mark_item
from ...i18n import args, translate
from .texts import day_name, kind_name, minutes_text, motive_name, part_name
from .week_cell import ID_ROLE, KIND_ROLE, CellList


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
        self._rows_fitted = True  # False: the week changed while the grid was not on screen
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
        if self.isVisible() or not self.window().isVisible():
            self._fit_rows()
        else:  # a page being built, or not on screen: its cells' widths are not known yet (#23)
            self._rows_fitted = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._rows_fitted:
            self._fit_rows()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_rows()
        self._label_days()

    def _fit_rows(self) -> None:
        """Each day part's row is as tall as its fullest cell: nothing hides behind a scroll bar."""
        self._rows_fitted = True
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
    """A property the style sheet reads changed: draw the widget again with it (a widget not
    polished yet reads it when it is, the first time it is shown)."""
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
