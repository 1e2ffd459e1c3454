"""A workbook file that can only be read: every page shows it, nothing can be typed or started.

When the database cannot be written (``PageContext.read_only``), the status bar says so for as
long as it is open (``ui.save_status``). :class:`ReadOnlyGuard` makes that true on the screen:

- text fields and number/date boxes become read-only (their text can still be selected and
  copied), tables stop editing in place and dragging;
- check boxes, radio buttons, lists to choose from and sliders are disabled;
- buttons are disabled unless they only *read*: going to another week or page of the history,
  switching a section, opening a chapter from a card, printing. Such buttons say so with
  :func:`reads` (or are known by their object name, :data:`READING_NAMES`);
- the menu's actions that write (new, rename, delete, import, restore, undo, redo) are disabled.

Pages build some of their controls later (a row's "Weghalen") and turn buttons on again when a
row is selected: the guard watches every widget that appears or is enabled inside the pages and
the dialogs they open, so the state holds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QRadioButton,
    QTextEdit,
    QWidget,
)

#: the property that marks a button which only reads (navigation, printing)
READS = "readsOnly"
#: buttons known as reading by their object name (or its start, ending in "*")
READING_NAMES = ("pager-earlier", "pager-later", "begin-here", "today-*", "card-*", "export-ics",
                 "week-previous", "week-next", "week-this")
#: the window's actions that change the database
WRITING_ACTIONS = ("act_new", "act_rename", "act_delete", "act_import", "act_restore", "act_undo", "act_redo")


def reads(*buttons: QAbstractButton) -> None:
    """Mark ``buttons`` as only reading: they stay usable in a read-only workbook."""
    for button in buttons:
        button.setProperty(READS, True)


def _named_reading(widget: QWidget) -> bool:
    name = widget.objectName()
    return bool(name) and any(name == n or (n.endswith("*") and name.startswith(n[:-1])) for n in READING_NAMES)


def _is_reading(button: QAbstractButton) -> bool:
    if button.property(READS) or _named_reading(button):
        return True
    if button.property("section") in (True, "true") or button.property("surface") == "card":
        return True  # a section of a page, a chapter's card: going somewhere
    box = button.parent()
    if isinstance(box, QDialogButtonBox):  # a dialog opened from a page: closing it reads
        role = box.buttonRole(button)
        return role in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.HelpRole)
    return False


def hold(widget: QWidget) -> None:
    """Make ``widget`` (one control) read-only or disabled, as its kind asks."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        if not widget.isReadOnly():
            widget.setReadOnly(True)
            widget.style().unpolish(widget)  # the style sheet's [readOnly="true"] look
            widget.style().polish(widget)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    elif isinstance(widget, QCheckBox | QRadioButton | QComboBox | QAbstractSlider):
        if widget.isEnabled() and not widget.property(READS):
            widget.setEnabled(False)
    elif isinstance(widget, QAbstractButton) and widget.isEnabled() and not _is_reading(widget):
        widget.setEnabled(False)


class ReadOnlyGuard(QObject):
    """Holds every control inside ``area`` (the window's pages) and the dialogs opened from it
    read-only; the ``window``'s writing actions stay off."""

    WATCHED = (QEvent.Type.Show, QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange)

    def __init__(self, window: QWidget, area: QWidget) -> None:
        super().__init__(window)
        self.window, self.area = window, area
        for name in WRITING_ACTIONS:
            action = getattr(window, name, None)
            if isinstance(action, QAction):
                action.setEnabled(False)
                action.enabledChanged.connect(lambda on, a=action: on and a.setEnabled(False))
        for widget in [area, *area.findChildren(QWidget)]:
            hold(widget)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _inside(self, widget: QWidget) -> bool:
        """``widget`` is on a page, or in a dialog opened from one (not a question, a file
        chooser or a progress window: those only ask or show)."""
        if isinstance(widget.window(), QMessageBox | QFileDialog | QProgressDialog):
            return False
        w: QWidget | None = widget
        while w is not None:
            if w is self.area:
                return True
            w = w.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WATCHED and isinstance(watched, QWidget) and self._inside(watched):
            hold(watched)
            if event.type() == QEvent.Type.Show and watched.parentWidget() is self.area:
                for widget in watched.findChildren(QWidget):  # a page appears: its hidden tabs too
                    hold(widget)
        elif (event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView)
              and isinstance(event, QKeyEvent) and _changes_rows(event) and self._inside(watched)):
            return True  # Delete, Alt+↑/↓ on a list: they would remove or move a row
        return False


def _changes_rows(event: QKeyEvent) -> bool:
    moving = event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
    return bool(moving) or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def guard(window: QWidget, area: QWidget) -> ReadOnlyGuard:
    """Start holding ``area`` (and the dialogs opened from it) read-only."""
    return ReadOnlyGuard(window, area)
