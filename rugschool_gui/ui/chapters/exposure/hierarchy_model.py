"""The fear hierarchy as a Qt table model: rank, movement, fear, mastered.

The model never changes the data itself. Edits (a new label, a fear rating, a tick, a drag to
another rank) are handed to the page as *requests*; the page runs them as undoable operations
(``operations/exposure.py``) and then calls :meth:`set_rows` with what was stored. That keeps one
source of truth (the database) and makes every change undoable.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyledItemDelegate

from ....domain.exposure import FEAR_MAX, FearItem, RatingChange
from ....wording.exposure import words
from ...i18n import args, translate

MIME_TYPE = "application/x-rugschool-fear-item"
Index = QModelIndex | QPersistentModelIndex  # what Qt passes to a model's methods
_ROOT = QModelIndex()


class HierarchyModel(QAbstractTableModel):
    RANK, LABEL, FEAR, MASTERED = range(4)

    relabel_requested = Signal(str, str)  # item id, new label
    rate_requested = Signal(str, object)  # item id, fear (int or None)
    mastered_requested = Signal(str, bool)
    move_requested = Signal(str, int)  # item id, new rank

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[FearItem] = []
        self._disagree: set[str] = set()
        self._changes: dict[str, RatingChange] = {}

    # ----- filling ------------------------------------------------------------------------
    def set_rows(self, items, disagreements=frozenset(), changes=None) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._disagree = set(disagreements)
        self._changes = dict(changes or {})
        self.endResetModel()

    def update_item(self, item: FearItem) -> None:
        """One row's item changed in place (its note): no reset, the selection stays."""
        row = self.row_of(item.id)
        if row >= 0:
            self._items[row] = item
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def item(self, row: int) -> FearItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    # ----- reading ------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return words(("rank", "item", "fear", "mastered")[section])

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row())
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.RANK:
                return str(item.rank)
            if col == self.LABEL:
                return item.label
            if col == self.FEAR:
                return self._fear_text(item)
            return None
        if role == Qt.ItemDataRole.EditRole:
            if col == self.LABEL:
                return item.label
            if col == self.FEAR:
                return -1 if item.fear is None else item.fear
        if role == Qt.ItemDataRole.CheckStateRole and col == self.MASTERED:
            return Qt.CheckState.Checked if item.mastered else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.MASTERED:
            return translate("Exposure", "beheerst") if item.mastered else translate("Exposure", "nog niet beheerst")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.RANK, self.FEAR):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and item.mastered and col == self.LABEL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _fear_text(self, item: FearItem) -> str:
        if item.fear is None:
            return "—"
        text = str(item.fear)
        change = self._changes.get(item.id)
        if change is not None and change.is_real:
            text += " ▼" if change.delta < 0 else " ▲"
        if item.id in self._disagree:
            text += " ≠"
        return text

    def _tooltip(self, item: FearItem) -> str:
        lines = []
        change = self._changes.get(item.id)
        if change is not None:
            lines.append(args(translate("Exposure", "Vorige inschatting: %1/100, nu %2/100."),
                              change.before, change.after))
            if change.is_real:
                lines.append(translate("Exposure", "Een verschil van meer dan 20 punten: een echte verandering."))
        if item.id in self._disagree:
            lines.append(translate("Exposure", "Dit cijfer past niet bij de plaats in je lijst."))
        if item.note:
            lines.append(item.note)
        return "\n".join(lines)

    # ----- editing = requests -------------------------------------------------------------
    def flags(self, index: Index):
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (self.LABEL, self.FEAR):
            base |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.MASTERED:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row())
        if item is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == self.MASTERED:
            state = Qt.CheckState(value) if not isinstance(value, Qt.CheckState) else value
            self.mastered_requested.emit(item.id, state == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == self.LABEL and str(value) != item.label:
            self.relabel_requested.emit(item.id, str(value))
            return True
        if col == self.FEAR:
            fear = None if value is None or int(value) < 0 else int(value)
            if fear != item.fear:
                self.rate_requested.emit(item.id, fear)
            return True
        return False

    # ----- drag and drop ------------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(MIME_TYPE, QByteArray(self._items[rows[0]].id.encode()))
        return mime

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(MIME_TYPE)).decode()
        source = self.row_of(item_id)
        if source < 0:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        # dropping *onto* a row puts the item in that place; between rows, before the row
        if target > source and not (row < 0 and parent.isValid()):
            target -= 1
        target = max(0, min(target, len(self._items) - 1))
        if target != source:
            self.move_requested.emit(item_id, target + 1)
        # the page reloads the rows itself: tell the view not to remove the source row
        return False


class FearDelegate(QStyledItemDelegate):
    """Edits the fear column with a 0–100 spin box where "—" means not rated."""

    def createEditor(self, parent, option, index):
        from ...widgets.inputs import rating_box

        box = rating_box(FEAR_MAX, translate("Exposure", "Angst"))
        box.setParent(parent)
        return box
