"""The consultation overview: every workbook at a glance — name, last worked on, the next
appointment, how many flags the brief raises, this week's homework, and one progress cue per
chapter — sortable, searchable by name, keyboard-first (type to search, ↓ into the list,
Enter opens). Archived workbooks (finished programmes) are hidden unless asked for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import consultation as cues
from ..domain.consultation import WorkbookOverview
from . import design
from .context import PageContext
from .i18n import translate
from .overview_model import CELLS, ID_ROLE, NameFilter, OverviewModel, headers
from .widgets.common import heading, paragraph, wrap_header
from .widgets.wrapping import WholeWordsDelegate


def _repo():
    from ..storage import consultation

    return consultation


class OverviewPage(QWidget):
    open_requested = Signal(str)  # workbook id

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-overview")
        self.today = date.today
        v = QVBoxLayout(self)
        em = self.fontMetrics().height()
        v.setContentsMargins(em * 2, int(em * 1.5), em * 2, em)
        self.title = heading(level=1)
        self.intro = paragraph()
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("overview-search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.open_selected)
        self.search.installEventFilter(self)
        self.show_archived = QCheckBox()
        self.show_archived.toggled.connect(lambda _on: self.reload())
        row.addWidget(self.search, 1)
        row.addWidget(self.show_archived)
        self.model = OverviewModel(self)
        self.proxy = NameFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("overview-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # at the largest text a row can be taller than the table: scroll by pixels, so the end of
        # every row can be read (by rows, the wheel and the arrows jumped past it)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # a cue may take two lines: the table fits the window's width at 1280 px and at the
        # largest text (no sideways scrolling, no "…" on the psychologist's key screen)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        # ... wrapped between words only: a word wider than its column ends in "…" ("nu:
        # Boodschap…"; the cell's tooltip says the whole cue) instead of being cut in two
        self.table.setItemDelegate(WholeWordsDelegate(self.table))
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        # widths from the font, not measured row by row: hundreds of workbooks stay instant;
        # name and date keep their width, the four chapter cues share the rest
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 8)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 2
                                                              + self.fontMetrics().height() * 0.6))
        wrap_header(self.table)
        self._refit = QTimer(self)  # columns resize one by one: measure the rows once after
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_a: self._refit.start())
        self.table.verticalScrollBar().valueChanged.connect(lambda *_a: self._refit.start())
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        self.open_button, self.archive_button = QPushButton(), QPushButton()
        self.open_button.setObjectName("overview-open")
        design.primary(self.open_button)
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button.clicked.connect(self.toggle_archive)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.archive_button)
        for w in (self.title, self.intro):
            v.addWidget(w)
        v.addLayout(row)
        v.addWidget(self.table, 1)
        v.addLayout(buttons)
        # what is on screen, per workbook: its cues, the marker they were read at, and which
        # workbooks changed since (only those are read again when the overview opens)
        self._facts: dict[str, WorkbookOverview] = {}
        self._marks: dict[str, object] = {}
        self._dirty: set[str] = set()
        self._read_on: date | None = None
        ahead, ctx.overview_ahead = ctx.overview_ahead, None  # read after start-up (ui.overview_warmup)
        if ahead is not None:
            self._facts, self._marks, self._read_on = dict(ahead.facts), dict(ahead.marks), ahead.day
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        ctx.hub.changed.connect(self._changed)
        ctx.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "table"):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and hasattr(self, "table") and self.isVisible():
            self._size_columns()  # Ctrl+plus on this page: six columns or nine, the short introduction
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._size_columns()  # a narrower window may need the six columns (and the other way)

    def showEvent(self, event) -> None:
        self.search.setFocus()
        self._size_columns()  # the window's width and the text size may have changed since
        super().showEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            if obj is self.search and event.key() == Qt.Key.Key_Down:
                self.table.setFocus()
                if self.proxy.rowCount() and not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
            if obj is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
        return False

    def retranslate(self) -> None:
        self.title.setText(translate("Overview", "Alle werkboeken"))
        self.search.setPlaceholderText(translate("Overview", "Zoek op naam …"))
        self.search.setAccessibleName(translate("Overview", "Zoek een werkboek op naam"))
        self.table.setAccessibleName(translate("Overview", "Alle werkboeken met hun stand van zaken"))
        self.show_archived.setText(translate("Overview", "Ook gearchiveerde tonen"))
        self.model.retranslate()
        self._size_columns()
        self.open_button.setText(translate("Overview", "Openen"))
        if self.isVisible():
            self.reload()  # on a language switch; opening the page loads it (MainWindow.open_page)

    def _fit_rows(self) -> None:
        """Each row on screen as tall as its longest cue (a step's name can be long): nothing ends
        in "…". Only the rows in view are measured (again when scrolled to): hundreds of
        workbooks with nine columns of wrapped text would take a quarter of a second."""
        table = self.table
        rows = self.proxy.rowCount()
        if not rows:
            return
        top = max(0, table.rowAt(0))
        bottom = table.rowAt(table.viewport().height() - 1)
        bottom = rows - 1 if bottom < 0 else bottom
        # a row grown by the fit pushes the next ones down: measure a screenful beyond the first
        for row in range(top, min(rows, bottom + 1 + (bottom - top + 1))):
            table.resizeRowToContents(row)

    def _size_columns(self) -> None:
        """Name, dates and the number of flags: widths from the font and the (translated) headers,
        never measured row by row; the other cues stretch over what is left. When that leaves a
        cue less than ten characters (the largest text, or a narrow window) the table shows six
        columns, two cues sharing a cell (``OverviewModel.set_compact``): at 72 pixels a cue
        column ended half its words in "…"."""
        header = self.table.horizontalHeader()
        chars = self.fontMetrics().averageCharWidth()
        room = self.fontMetrics().height() * 2  # the sort arrow and some air
        lines = 2
        date_width = self.fontMetrics().horizontalAdvance("30 sep. 2026")
        # name, last worked on, next appointment and the number of flags keep their width (the
        # sort arrow's room only where a title is short enough to leave it beside the words)
        air = chars * 2
        fixed = ((0, chars * 12 + room), (1, date_width + air), (2, date_width + air),
                 (3, self._two_lines(headers(compact=False)[3]) + air))
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else self.contentsMargins()
        cues_room = (self.width() - margins.left() - margins.right() - sum(w for _c, w in fixed)
                     - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) - 2 * self.table.frameWidth())
        large = cues_room < len(CELLS[len(fixed):]) * chars * 10
        self.model.set_compact(large)
        self._say_intro(short=large)
        wrap_header(self.table, lines=3 if large else 2)
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        if large:
            # large text: six columns (two cues share a cell), every column shares the width
            # (names and dates wrap too), three lines a row
            self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * 3
                                                                  + self.fontMetrics().height() * 0.6))
            return
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().lineSpacing() * lines
                                                              + self.fontMetrics().height() * 0.6))
        for col, width in fixed:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, width)

    def _say_intro(self, short: bool) -> None:
        """The page's introduction; with the six columns (the largest text, a narrow window) only
        how to search and open (the rest is in F1's help): five lines of it left room for one
        workbook on a 1280×720 screen at the largest text."""
        if short:
            self.intro.setText(translate("Overview", "Typ om te zoeken, Enter om te openen. Meer uitleg: F1."))
            return
        self.intro.setText(translate(
            "Overview", "Per werkboek: wanneer er laatst aan gewerkt werd, de volgende afspraak, wat sinds de vorige "
            "keer opvalt, het huiswerk van deze week en hoe het loopt in elk hoofdstuk. Typ om te zoeken, ↓ om in "
            "de lijst te gaan, Enter om te openen. Klik op een kolom om te sorteren."))

    def _two_lines(self, title: str) -> int:
        """The width a title needs to take at most two lines (split at its middle space)."""
        words = title.split()
        measure = self.fontMetrics().horizontalAdvance
        return min((max(measure(" ".join(words[:i])), measure(" ".join(words[i:]))) for i in range(1, len(words))),
                   default=measure(title))

    # ----- showing ------------------------------------------------------------------------
    def _changed(self, change, source) -> None:
        """An operation changed a workbook (its id is in the change set): read that one again —
        now when on screen, unless this page ran it (it reloads itself)."""
        self._dirty.add(change.workbook_id)
        if source is not self and self.isVisible():
            self.reload()

    def _data_changed(self, chapter: str) -> None:
        """A chapter saved without an operation (the open workbook), or "" for an import or a
        restore: everything is read again."""
        if not chapter:
            self._facts = {}
        elif self.ctx.workbook_id:
            self._dirty.add(self.ctx.workbook_id)
        if self.isVisible():
            self.reload()

    def _read(self) -> list[WorkbookOverview]:
        """The cues of every workbook, reading again only those that changed since last time.
        Storage fetches the facts; ``domain.consultation`` turns them into the cues shown."""
        repo, today = _repo(), self.today()
        marks = self.ctx.load(repo.markers, default=None)
        if marks is None:
            return list(self._facts.values())
        if today != self._read_on:  # "this week" moved on
            self._facts, self._read_on = {}, today
        stale = {wb for wb, mark in marks.items() if wb not in self._facts or self._marks.get(wb) != mark}
        stale |= self._dirty & marks.keys()
        for gone in set(self._facts) - marks.keys():
            del self._facts[gone]
        if stale:
            only = None if len(stale) > len(marks) // 2 else stale
            facts = self.ctx.load(repo.overview_facts, cues.signal_weeks(today), only, default=None)
            if facts is None:
                return list(self._facts.values())
            self._facts.update({o.id: o for o in cues.overview(facts, today)})
        self._marks, self._dirty = marks, set()
        return list(self._facts.values())

    def reload(self) -> None:
        if not self.ctx.store_ready and not self.ctx.url:
            return
        rows = self._read()
        selected = self.selected_id()
        shown = [o for o in rows if self.show_archived.isChecked() or not o.archived]
        self.model.set_rows(shown)
        self._fit_rows()
        if selected:
            self.select(selected)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount() == 1:
            self.table.selectRow(0)

    # ----- actions ------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0) if self.proxy.rowCount() == 1 else index
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, workbook_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == workbook_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        wb = self._facts.get(self.selected_id() or "")
        self.open_button.setEnabled(wb is not None)
        self.archive_button.setEnabled(wb is not None)
        self.archive_button.setText(translate("Overview", "Terug uit het archief") if wb and wb.archived
                                    else translate("Overview", "Archiveren"))

    def open_selected(self) -> None:
        wb_id = self.selected_id()
        if wb_id:
            self.open_requested.emit(wb_id)

    def toggle_archive(self) -> None:
        wb = self._facts.get(self.selected_id() or "")
        if wb is None:
            return
        from ..operations import workbooks as operations

        if self.ctx.run(operations.set_archived, not wb.archived, source=self, workbook_id=wb.id) is not None:
            self.reload()  # the workbook is read again: its archive mark changed
