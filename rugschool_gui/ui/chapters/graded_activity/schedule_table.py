"""The schedule as a table: week, the week's first day, the planned amount, and (once the plan
runs) how many sessions were done and whether the week's quota was met."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ....domain.graded_activity import ScheduleVersion, WeekResult
from ...i18n import translate
from ...widgets.common import fit_rows
from .texts import amount, times


def table_height(widget, rows: int) -> int:
    """Room for a header and ``rows`` rows in the widget's font."""
    line = widget.fontMetrics().height() + widget.fontMetrics().height() // 2
    return line * (rows + 1) + 6


class ScheduleTable(QTableWidget):
    def __init__(self, with_results: bool, parent=None) -> None:
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
        labels = [translate("GradedActivity", "Week"), translate("GradedActivity", "Vanaf"),
                  translate("GradedActivity", "Afgesproken")]
        if self.with_results:
            labels += [translate("GradedActivity", "Gedaan"), translate("GradedActivity", "Gehaald")]
        self.setHorizontalHeaderLabels(labels)
        self.setAccessibleName(translate("GradedActivity", "Schema per week"))

    def show_schedule(self, version: ScheduleVersion | None, unit: str,
                      results: list[WeekResult] | None = None, current_week: int | None = None) -> None:
        if version is None:
            self.setRowCount(0)
            return
        weeks = version.schedule.weeks
        if results:
            weeks = max(weeks, results[-1].week)
        locale = QLocale()
        by_week = {r.week: r for r in results or []}
        self.setRowCount(weeks + 1)
        fit_rows(self, min(weeks + 1, 12))  # long plans scroll
        for w in range(weeks + 1):
            first_day = version.start_on + timedelta(days=7 * w)
            label = str(w)
            if w == current_week:
                label += "  ◀ " + translate("GradedActivity", "nu")
            cells = [label, locale.toString(first_day, "d MMM yyyy"), amount(version.schedule.quota(w), unit)]
            if self.with_results:
                r = by_week.get(w)
                running = w == current_week
                cells += [times(r.sessions, r.required) if r else "",
                          "" if r is None or running else ("✓" if r.met else "—")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and text == "—":
                    item.setToolTip(translate("GradedActivity", "Deze week lukte het afgesproken aantal keer niet."))
                self.setItem(w, col, item)
        if current_week is not None and 0 <= current_week <= weeks:
            self.scrollToItem(self.item(current_week, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
