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

from ....domain.graded_activity import ScheduleVersion
from ....domain.graded_activity_weeks import WeekResult, schedule_rows
from ....wording.graded_activity import words
from ...dates import long_date
from ...i18n import args, translate
from ...widgets.common import fit_rows, wrap_header
from .texts import count_times, level, week_name


def table_height(widget: QWidget, rows: int) -> int:
    """Room for a header and ``rows`` rows in the widget's font."""
    line = widget.fontMetrics().height() + widget.fontMetrics().height() // 2
    return line * (rows + 1) + 6


class ScheduleTable(QTableWidget):
    def __init__(self, with_results: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 4 if with_results else 2, parent)
        self.with_results = with_results
        self.setObjectName("schedule-table")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        # the columns share the width; their titles wrap rather than end in "…"
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        wrap_header(self)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + self.fontMetrics().height() // 2)
        self._rows_shown = 3
        fit_rows(self, 3)
        self.retranslate()

    def retranslate(self) -> None:
        columns = ["col.week", "col.agreed"] + (["col.sessions", "col.as_agreed"] if self.with_results else [])
        self.setHorizontalHeaderLabels([words(key) for key in columns])
        self.setAccessibleName(translate("GradedActivity", "Schema per week"))

    def show_schedule(self, version: ScheduleVersion | None, unit: str,
                      results: Sequence[WeekResult] = (), current_week: int | None = None) -> None:
        if version is None:
            self.setRowCount(0)
            return
        rows = schedule_rows(version, results, current_week)
        self.setRowCount(len(rows))
        self._rows_shown = min(len(rows), 12)  # long plans scroll
        for row in rows:
            # the week and its first day in one cell, on two lines: four columns fit the page
            label = week_name(row.week) + ("  ◀ " + words("now") if row.current else "")
            cells = [f"{label}\n{long_date(row.first_day)}", level(row.quota, unit)]
            if self.with_results:
                r = row.result
                cells += [count_times(r.sessions) if r else "", self._as_agreed(row)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and row.met is False:
                    item.setToolTip(args(translate(
                        "GradedActivity", "Deze week deed je minder dan %1 keer de afgesproken hoeveelheid."),
                        row.result.required if row.result else 0))
                self.setItem(row.week, col, item)
        self.resizeRowsToContents()
        fit_rows(self, self._rows_shown)
        now = self.item(current_week, 0) if current_week is not None and 0 <= current_week < len(rows) else None
        if now is not None:
            self.scrollToItem(now, QAbstractItemView.ScrollHint.PositionAtCenter)

    @staticmethod
    def _as_agreed(row) -> str:
        """How often the week's quota was reached, of the sessions agreed: "✓ 3 van 3 keer" when
        met, "1 van 3 keer" when not, "loopt nog" for this week (the stagnation rule's count)."""
        r = row.result
        if r is None:
            return ""
        if row.current:
            return words("times", done=r.at_quota, required=r.required) + " · " + words("running")
        key = "as_agreed_met" if r.met else "times"
        return words(key, done=r.at_quota, required=r.required)
