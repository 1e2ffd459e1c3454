"""Keyboard and mouse-wheel behaviour every page and dialog shares (WCAG 2.1.1, 2.1.2, 2.4.7).

:func:`calm_inputs` is applied to each page and dialog when it is shown (and again when a page
adds rows), so no chapter has to remember it:

- Tab and Shift+Tab leave a table or a list; the arrow keys move inside it (no keyboard trap).
- The mouse wheel never changes a number, a choice or a time that does not have the focus: the
  page scrolls instead (a goal changed from 40 to 38 by scrolling past it is a lost value).
- Tab leaves a time field at once instead of walking through its hours and minutes.

:func:`submit_on_enter` makes Enter in a number field submit its form, as in a text field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QWidget,
)

_GUARDED = "_keyboardGuarded"


class _InputGuard(QObject):
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()  # not handled here: Qt hands it on to the scrolling page
            return True
        if (kind == QEvent.Type.KeyPress and isinstance(obj, QDateTimeEdit)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            move_focus(obj, forward)
            return True
        return False


_guard: _InputGuard | None = None


def _the_guard() -> _InputGuard:
    global _guard
    if _guard is None:
        _guard = _InputGuard(QApplication.instance())
    return _guard


def calm_inputs(root: QWidget) -> None:
    """Apply the shared keyboard and wheel rules to ``root`` and everything in it (idempotent)."""
    guard = None
    for view in root.findChildren(QAbstractItemView):
        if view.tabKeyNavigation():
            view.setTabKeyNavigation(False)
    for field in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]:
        if field.property(_GUARDED):
            continue
        guard = guard or _the_guard()
        field.setProperty(_GUARDED, True)
        if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        field.installEventFilter(guard)


def move_focus(widget: QWidget, forward: bool) -> None:
    """Give the focus to the next (or previous) control that Tab would reach."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (candidate.isVisible() and candidate.isEnabled() and candidate.window() is widget.window()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus and candidate.focusProxy() is None):
            candidate.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
            return
        candidate = step(candidate)


class _EnterSubmits(QObject):
    def __init__(self, field: QAbstractSpinBox, submit: Callable[[], None]) -> None:
        super().__init__(field)
        self._submit = submit

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            obj.interpretText()  # take what was typed, as leaving the field would
            self._submit()
            return True
        return False


def submit_on_enter(field: QAbstractSpinBox, submit: Callable[[], None]) -> None:
    """Enter in ``field`` takes what was typed and submits the form."""
    field.installEventFilter(_EnterSubmits(field, submit))
