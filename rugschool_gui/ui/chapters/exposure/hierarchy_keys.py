"""Keyboard reordering in the fear hierarchy table: Alt+↑/↓ (or Ctrl+Shift+↑/↓) and Delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView


class HierarchyKeys(QObject):
    """Keyboard reordering in the hierarchy table: Alt+↑/↓ (or Ctrl+Shift+↑/↓), Delete.

    An event filter rather than shortcuts, so the keys work whenever the table has focus.
    """

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers()
            alt = mods == Qt.KeyboardModifier.AltModifier or mods == (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.page.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
            editing = self.page.table.state() == QAbstractItemView.State.EditingState
            if event.matches(QKeySequence.StandardKey.Delete) and not editing:
                self.page.remove_selected()
                return True
        return False
