"""The table behind the consultation overview: one row per workbook, texts made only when shown.

A ``QAbstractTableModel`` over the cues ``domain.consultation`` computed (it only words them:
every number, the current step and the trend come from there): replacing the rows
is one reset (no thousand item objects), and a cue's text is composed the first time a row is
painted or sorted by that column, so hundreds of workbooks open as fast as twenty.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..domain.consultation import DOWN, UP, WorkbookOverview
from .dates import axis_date, long_date
from .i18n import args, translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 9  # the columns at ordinary text sizes; the largest text shows six (COMPACT_CELLS)
_ROOT = QModelIndex()  # "no parent": every row of this table is a top-level row
_ARROWS = {UP: "↑", DOWN: "↓"}
#: a cell: its text, and what it sorts by (text or a number, the same kind within a column)
Cell = tuple[str, str | float]


def headers(compact: bool = False) -> list[str]:
    """The column titles; a soft hyphen (U+00AD) lets a long word break in a narrow column at the
    largest text ("Stress-/signalen") instead of ending in "…". ``compact``: the six columns of
    the largest text (see :data:`COMPACT_CELLS`)."""
    if compact:
        return [translate("Overview", "Naam"), translate("Overview", "Volgende af\u00adspraak"),
                translate("Overview", "Huis\u00adwerk"), translate("Overview", "Bloot\u00adstelling"),
                translate("Overview", "Opbouw"), translate("Overview", "Stress, vragen\u00adlijsten")]
    return [translate("Overview", "Naam"), translate("Overview", "Laatst aan gewerkt"),
            translate("Overview", "Volgende af\u00adspraak"), translate("Overview", "Om naar te kijken"),
            translate("Overview", "Huis\u00adwerk"), translate("Overview", "Bloot\u00adstelling"),
            translate("Overview", "Opbouw"), translate("Overview", "Stress\u00adsignalen"),
            translate("Overview", "Vragen\u00adlijsten")]


def name_cell(o: WorkbookOverview) -> tuple[str, str]:
    return o.name + (" " + translate("Overview", "(gearchiveerd)") if o.archived else ""), o.name.casefold()


def worked_on_cell(o) -> tuple[str, str]:  # (Qt takes the datetime; its stubs say QDateTime)
    return axis_date(o.worked_on_at, with_year=True), o.worked_on_at.isoformat()


def next_cell(o: WorkbookOverview) -> tuple[str, str]:
    """The next appointment; without one, it sorts after every date."""
    if o.next_on is None:
        return "—", "9999"
    return axis_date(o.next_on, with_year=True), o.next_on.isoformat()


def flags_cell(o: WorkbookOverview) -> tuple[str, float]:
    """How many flags the brief raises (its tooltip lists them, see :func:`flags_tip`)."""
    return (str(len(o.flags)) if o.flags else "—"), len(o.flags)


def flags_tip(o: WorkbookOverview) -> str:
    from ..wording.consultations import flag_text

    return "\n".join(f"• {flag_text(f, long_date)}" for f in o.flags)


def homework_cell(o: WorkbookOverview) -> tuple[str, float]:
    """This week's homework: how many are still open, and how much of it is done."""
    if not o.homework:
        return "—", -1
    text = args(translate("Overview", "%1 van %2 open"), o.homework_open, o.homework)
    if o.homework_percent is not None:
        text += " · " + args(translate("Overview", "%1\u00a0% gedaan"), o.homework_percent)
    if o.homework_postponed:
        text += " · " + args(translate("Overview", "%1 uitgesteld"), o.homework_postponed)
    return text, o.homework_open


def exposure_cell(o: WorkbookOverview) -> tuple[str, float]:
    if not o.steps:
        return "—", -1
    text = args(translate("Overview", "%1 van %2 beheerst"), o.mastered, o.steps)
    if o.step_label:
        text += " · " + args(translate("Overview", "nu: %1"), o.step_label)
    return text, o.mastered / o.steps


def activity_cell(o: WorkbookOverview) -> tuple[str, float]:
    if not o.activity:
        return "—", -1
    from ..domain.graded_activity import human_week
    from ..wording.graded_activity import week_of

    text = args(translate("Overview", "%1, %2"), o.activity, week_of(human_week(o.week or 0), o.weeks or 0))
    if o.goal_percent is not None:
        text += " · " + args(translate("Overview", "%1\u00a0% van het doel"), o.goal_percent)
    return text, o.goal_percent or 0


def signals_cell(o: WorkbookOverview) -> tuple[str, float]:
    if not (o.signals_week or o.signals_last_week):
        return "—", -1
    return args(translate("Overview", "%1 deze week (%2 vorige week) %3"), o.signals_week,
                o.signals_last_week, _ARROWS.get(o.signals_trend, "=")), o.signals_week


def scores_cell(o: WorkbookOverview) -> tuple[str, float]:
    if o.score_name is None or o.score_first is None or o.score_latest is None:
        return "—", -1
    short = o.score_name.split(" (")[-1].split(")")[0] if "(" in o.score_name else o.score_name
    return f"{short}: {o.score_first:g} → {o.score_latest:g}", o.score_latest


CELLS = (name_cell, worked_on_cell, next_cell, flags_cell, homework_cell, exposure_cell, activity_cell,
         signals_cell, scores_cell)


def _two(first: Cell, second: Cell) -> Cell:
    """Two cues in one cell, one per line; sorted by the first."""
    lines = [text for text, _key in (first, second) if text != "—"]
    return "\n".join(lines) or "—", first[1]


def name_and_date_cell(o: WorkbookOverview) -> Cell:
    return _two(name_cell(o), worked_on_cell(o))


def next_and_flags_cell(o: WorkbookOverview) -> Cell:
    """Under the title "Volgende afspraak" the first line is always the appointment, a dash
    when there is none (the flags alone there read as if they were the appointment)."""
    next_text, key = next_cell(o)
    if not o.flags:
        return next_text, key
    return next_text + "\n" + args(translate("Overview", "%1 om naar te kijken"), len(o.flags)), key


def signals_and_scores_cell(o: WorkbookOverview) -> Cell:
    return _two(signals_cell(o), scores_cell(o))


#: at the largest text nine columns do not fit a 1280-pixel window: two cues share a cell
COMPACT_CELLS = (name_and_date_cell, next_and_flags_cell, homework_cell, exposure_cell, activity_cell,
                 signals_and_scores_cell)
_FLAG_CELLS = (flags_cell, next_and_flags_cell)


class OverviewModel(QAbstractTableModel):
    """Sorts itself (one Python sort by key, not a proxy comparing pairs through ``data``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[WorkbookOverview] = []
        self._cells: dict[tuple[str, int], Cell] = {}
        self._kinds: tuple = CELLS  # the cell functions of the columns shown
        self._headers = headers()
        self._order = (0, Qt.SortOrder.AscendingOrder)

    @property
    def compact(self) -> bool:
        return self._kinds is COMPACT_CELLS

    def set_compact(self, compact: bool) -> None:
        """Six columns (the largest text) or nine."""
        if compact == self.compact:
            return
        self.beginResetModel()
        self._kinds = COMPACT_CELLS if compact else CELLS
        self._headers = headers(compact)
        self._cells = {}
        self._order = (0, self._order[1])
        self._rows = self._sorted(self._rows, *self._order)
        self.endResetModel()

    def rows(self) -> list[WorkbookOverview]:
        """The workbooks shown, in their current order."""
        return list(self._rows)

    def set_rows(self, rows: list[WorkbookOverview]) -> None:
        self.beginResetModel()
        self._cells = {}
        self._rows = self._sorted(list(rows), *self._order)
        self.endResetModel()

    def _sorted(self, rows: list[WorkbookOverview], column: int, order: Qt.SortOrder) -> list[WorkbookOverview]:
        return sorted(rows, key=lambda o: self._cell_of(o, column)[1],
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._kinds):
            return
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = self._sorted(old, column, order)
        where = {o.id: row for row, o in enumerate(self._rows)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(before, [self.index(where[old[i.row()].id], i.column()) for i in before])
        self.layoutChanged.emit()

    def retranslate(self) -> None:
        self._headers = headers(self.compact)
        self._cells = {}
        last = len(self._kinds) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._kinds)

    def _cell_of(self, o: WorkbookOverview, col: int) -> Cell:
        key = (o.id, col)
        if key not in self._cells:
            self._cells[key] = self._kinds[col](o)
        return self._cells[key]

    def _cell(self, row: int, col: int) -> Cell:
        return self._cell_of(self._rows[row], col)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._rows[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and self._kinds[index.column()] in _FLAG_CELLS:
            return flags_tip(self._rows[index.row()]) or None  # what each flag is based on
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cell(index.row(), index.column())[0]  # the tooltip: the whole cue when narrow
        if role == SORT_ROLE:
            return self._cell(index.row(), index.column())[1]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section < len(self._kinds):
            return self._headers[section]
        return super().headerData(section, orientation, role)


class NameFilter(QSortFilterProxyModel):
    """Filters by name; sorting is passed on to the ``OverviewModel`` underneath."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
