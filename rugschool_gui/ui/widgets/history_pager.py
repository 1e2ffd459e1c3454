"""Paging through a long history: "◀ Eerder" / "Later ▶" and which stretch is shown.

A page shows the latest entries first (page 0); older entries are one click away instead of
being loaded all at once — years of entries stay as quick to open as a week's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..dates import long_date
from ..i18n import args, translate


class HistoryPager(QWidget):
    moved = Signal(int)  # the page to show (0 = the latest entries)

    def __init__(self, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_size = size
        self.page = 0
        self.total = 0
        self._of = None  # whose history is shown (a workbook, a step): another one starts at page 0
        self.earlier = QPushButton()
        self.earlier.setObjectName("pager-earlier")
        self.later = QPushButton()
        self.later.setObjectName("pager-later")
        self.where = QLabel()
        self.where.setObjectName("pager-where")
        self.where.setWordWrap(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.earlier, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.where, 1)
        lay.addWidget(self.later, 0, Qt.AlignmentFlag.AlignTop)
        self.earlier.clicked.connect(lambda: self._go(self.page + 1))
        self.later.clicked.connect(lambda: self._go(self.page - 1))
        self.retranslate()
        self.show_range(0, [], lambda x: x)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "where"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.earlier.setText(translate("History", "◀ Eerder"))
        self.later.setText(translate("History", "Later ▶"))
        self.earlier.setAccessibleName(translate("History", "Eerdere notities tonen"))
        self.later.setAccessibleName(translate("History", "Latere notities tonen"))

    def page_of(self, owner) -> int:
        """The page to load for ``owner``'s history: the current one, or 0 for a new owner."""
        if owner != self._of:
            self._of, self.page = owner, 0
        return self.page

    def _go(self, page: int) -> None:
        last = max(0, -(-self.total // self.page_size) - 1)
        page = min(max(0, page), last)
        if page != self.page:
            self.page = page
            self.moved.emit(page)

    def show_range(self, total: int, entries: list, day_of) -> None:
        """After loading a page: ``entries`` (in any order) out of ``total``."""
        self.total = total
        self.setVisible(total > self.page_size)  # one page is all there is: no pager needed
        self.earlier.setEnabled((self.page + 1) * self.page_size < total)
        self.later.setEnabled(self.page > 0)
        if not entries:
            self.where.clear()
            return
        days = sorted(day_of(e) for e in entries)
        first, last = (long_date(d) for d in (days[0], days[-1]))
        self.where.setText(args(translate("History", "%1 tot %2 · %3 in totaal"), first, last, total))
