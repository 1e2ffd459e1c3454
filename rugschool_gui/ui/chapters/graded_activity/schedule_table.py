"""The schedule as a table: week, the week's first day, the planned amount, and (once the plan
runs) how many sessions were done and whether the week's quota was met (rows from the domain)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ....domain.graded_activity import ScheduleVersion, WeekResult
from ....domain.graded_activity_plan import schedule_rows
from ....wording.graded_activity import words
from ...i18n import translate
from ...widgets.common import fit_rows
from .texts import amount, date_text, times


def table_height(widget: QWidget, rows: int) -> int:
    """Room for a header and ``rows`` rows in the widget's font."""
    line = widget.fontMetrics().height() + widget.fontMetrics().height() // 2
    return line * (rows + 1) + 6


class ScheduleTable(QTableWidget):
    def __init__(self, with_results: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 5 if with_results else 3, parent)
        self.with_results = with_results
        self.setObjectName("schedule-table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit_rows(self, 3)
        self.retranslate()

    def retranslate(self) -> None:
        columns = ["col.week", "col.from", "col.agreed"] + (["col.done", "col.met"] if self.with_results else [])
        self.setHorizontalHeaderLabels([words(key) for key in columns])
        self.setAccessibleName(translate("GradedActivity", "Schema per week"))

    def show_schedule(self, version: ScheduleVersion | None, unit: str,
                      results: Sequence[WeekResult] = (), current_week: int | None = None) -> None:
        if version is None:
            self.setRowCount(0)
            return
        rows = schedule_rows(version, results, current_week)
        self.setRowCount(len(rows))
        fit_rows(self, min(len(rows), 12))  # long plans scroll
        for row in rows:
            label = str(row.week) + ("  ◀ " + words("now") if row.current else "")
            cells = [label, date_text(row.first_day, "d MMM yyyy"), amount(row.quota, unit)]
            if self.with_results:
                r = row.result
                cells += [times(r.sessions, r.required) if r else "",
                          "" if row.met is None else ("✓" if row.met else "—")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and row.met is False:
                    item.setToolTip(translate("GradedActivity", "Deze week lukte het afgesproken aantal keer niet."))
                self.setItem(row.week, col, item)
        now = self.item(current_week, 0) if current_week is not None and 0 <= current_week < len(rows) else None
        if now is not None:
            self.scrollToItem(now, QAbstractItemView.ScrollHint.PositionAtCenter)
