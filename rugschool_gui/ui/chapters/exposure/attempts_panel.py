"""The attempts at one step of the hierarchy: the chart, the list and the attempt form.

Shown under the hierarchy for the selected step. The panel reads nothing itself: the page
gives it what to show (:meth:`AttemptsPanel.show_item`, from one read of the chapter) and runs
what the person asks (``save`` and ``delete``, undoable operations; ``pager.moved`` for an
older stretch of attempts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.charts import RECENT_ENTRIES
from ....domain.consultations import Comment
from ....domain.exposure import FEAR_MAX, PAIN_MAX, Attempt, FearItem, attempt_chart
from ....wording.exposure import words
from ... import read_only
from ...dates import axis_date, moment
from ...entry_comments import mark_item
from ...i18n import args, translate
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import heading, paragraph, wrap_header
from ...widgets.flow import action_row
from ...widgets.history_pager import HistoryPager
from .attempt_dialog import AttemptDialog, with_focus_on_after
from .texts import chart_label, outcome


def local_day(when: datetime, pattern: str) -> str:
    """``when`` as a local date in the screen's language ("24 nov 2026" for "d MMM yyyy")."""
    day = when.astimezone().date()
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def table_height(widget: QWidget, rows: int) -> int:
    """Room for a header and ``rows`` rows of a table in the widget's font."""
    line = widget.fontMetrics().height() + widget.fontMetrics().height() // 2
    return line * (rows + 1) + 6


def _pair(expected, actual, scale) -> str:
    e = "—" if expected is None else f"{expected}/{scale}"
    a = "—" if actual is None else f"{actual}/{scale}"
    return f"{e} → {a}"


class AttemptsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: ``save(attempt) -> saved``: the page writes it (a refusal is told, the form reopens)
        self.save: Callable[[Attempt], bool] = lambda _attempt: False
        self.delete: Callable[[Attempt], bool] = lambda _attempt: False
        #: the psychologist's comment on each attempt shown (read with them, in the page's snapshot)
        self._comments: dict[str, Comment] = {}
        self._item: FearItem | None = None
        self._items: list[FearItem] = []
        self._attempts: list[Attempt] = []
        self._total = 0
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        self.heading = heading(level=2)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("attempt-chart")
        self.help = paragraph()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attempt-list")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the columns share the width
        # "what you learned" keeps room to be read; a narrow window scrolls sideways instead
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 10)
        wrap_header(self.table)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)  # what you learned wraps in its cell; rows grow to fit
        self.table.doubleClicked.connect(lambda _i: self.open_selected_attempt())
        # the page's attempts in full (the page scrolls, the table does not): never a row cut in
        # half, and "what you learned" wraps in its cell, its row as tall as it needs
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_attempt(self._item.id if self._item else None))
        self.open_button.clicked.connect(self.open_selected_attempt)
        read_only.reads(self.open_button)  # an attempt can be looked at in a read-only workbook too
        self.delete_button.clicked.connect(self.delete_selected_attempt)
        self.pager = HistoryPager(RECENT_ENTRIES)  # the latest attempts first, older ones a page back
        self.pager.setObjectName("attempt-pager")
        for w in (self.heading, self.pager, self.chart, self.help, self.table):
            v.addWidget(w)
        v.addWidget(action_row((self.new_button, self.open_button), (self.delete_button,)))

    def retranslate(self) -> None:
        self.new_button.setText(translate("Exposure", "Nieuwe poging…"))
        self.open_button.setText(translate("Exposure", "Bekijken of aanvullen…"))
        self.delete_button.setText(translate("Exposure", "Poging verwijderen"))
        self.table.setAccessibleName(translate("Exposure", "Pogingen bij deze stap"))
        self.table.setHorizontalHeaderLabels([
            words("when"), translate("Exposure", "Angst"), translate("Exposure", "Pijn"),
            words("as_expected"), translate("Exposure", "Wat je leerde")])
        self.help.setText(translate(
            "Exposure", "Per poging zie je wat je vooraf verwachtte → wat er echt gebeurde. Dubbelklik op een "
            "poging om ze te bekijken of achteraf aan te vullen."))
        self.chart.retranslate()
        self._show()

    # ----- showing ------------------------------------------------------------------------
    def show_item(self, item: FearItem | None, items: Sequence[FearItem],
                  attempts: Sequence[Attempt] = (), total: int = 0,
                  comments: Mapping[str, Comment] | None = None) -> None:
        """Show ``attempts`` (a stretch, newest first, of ``total``) of ``item`` (None: nothing
        selected), each with the psychologist's comment in ``comments`` (by attempt id) beside
        it; ``items`` feed the form's choice of step."""
        self._item, self._items = item, list(items)
        self._attempts, self._total = list(attempts), total
        self._comments = dict(comments or {})
        self.pager.page_of(item.id if item else None)  # another step starts at its latest
        self._show()

    def _show(self) -> None:
        item = self._item
        self.new_button.setEnabled(item is not None)
        self.heading.setText(args(translate("Exposure", "Pogingen bij stap %1: %2"), item.rank, item.label)
                             if item else translate("Exposure", "Pogingen"))
        self.pager.show_range(self._total, self._attempts, lambda a: a.when.astimezone().date())
        self.chart.set_spec(attempt_chart(self._attempts, self._short_date))
        self._fill_table()

    @staticmethod
    def _short_date(when: datetime) -> str:
        return axis_date(when)

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._attempts))
        comments = self._comments
        for row, a in enumerate(self._attempts):
            when = moment(a.when)
            status = outcome(a.outcome) if a.completed else words("planned")
            cells = [when, _pair(a.expected_fear, a.actual_fear, FEAR_MAX),
                     _pair(a.expected_pain, a.actual_pain, PAIN_MAX), status,
                     a.learned.splitlines()[0] if a.learned else ""]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, a.id)
                if col == 4 and a.learned:
                    cell.setToolTip(a.learned)
                # the comment under "what you learned"; the row's first cell says it to a screen reader
                mark_item(cell, comments.get(a.id), add_line=col == 4)
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
        has = bool(self._attempts)
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has and self.table.currentRow() < 0:
            self.table.selectRow(0)

    # ----- actions ------------------------------------------------------------------------
    def _selected_attempt(self) -> Attempt | None:
        row = self.table.currentRow()
        return self._attempts[row] if 0 <= row < len(self._attempts) else None

    def new_attempt(self, item_id: str | None) -> None:
        if item_id is None or not self._items:
            return
        blank = Attempt(id="", item_id=item_id, when=datetime.now(UTC).replace(second=0, microsecond=0))
        self._edit(blank, None)

    def open_selected_attempt(self) -> None:
        attempt = self._selected_attempt()
        if attempt is not None:
            self._edit(attempt, attempt)

    def _edit(self, attempt: Attempt, previous: Attempt | None) -> None:
        dialog = AttemptDialog(self._items, attempt, self)
        if previous is not None and not previous.completed:
            with_focus_on_after(dialog)
        while dialog.exec() == AttemptDialog.DialogCode.Accepted:
            if self.save(dialog.attempt()):
                return

    def delete_selected_attempt(self) -> None:
        attempt = self._selected_attempt()
        if attempt is not None:
            self.delete(attempt)
