"""Parts of a page built after the page itself (#23): only when they are first needed.

A page opens faster when it builds only what it shows. A part hidden at first (a form for a
state the workbook is not in) is made when it is first shown or asked for; a part further down
a scrolling page sits in a :class:`LaterPart` and is made when it scrolls into view, when Tab
reaches it, or when the page asks for it. Qt puts a widget made later at the end of the
window's Tab order; :func:`take_tab_place` moves the part's controls back to where the part
stands on the page, so the keyboard goes through the page as if everything was built at once.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

from .keyboard import calm_inputs


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def controls_in(part: QWidget) -> list[QWidget]:
    """The controls inside ``part`` that Tab reaches, in focus-chain order (a compound control,
    such as a spin box with its line edit, once)."""
    window = part.window()
    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if part.isAncestorOf(widget) and _takes_tab(widget) and not any(
                f.isAncestorOf(widget) and f.focusProxy() is not None for f in found):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def take_tab_place(part: QWidget, before: QWidget) -> None:
    """Put the controls inside ``part`` (made after the widgets around it) in the Tab order
    right after ``before`` — the control Tab reaches just before the part; it must take Tab —
    in the order they were made."""
    previous = before
    for widget in controls_in(part):
        QWidget.setTabOrder(previous, widget)
        previous = widget


class LaterPart(QWidget):
    """The place of a part of a scrolling page that is made when it is first needed: when any
    of it comes into view, when the keyboard focus comes anywhere on the page (so Tab and
    Shift+Tab then go through the part's controls, in their place), or when :meth:`part` is
    asked for. The place itself is never a Tab stop: a screen reader would announce an empty,
    unnamed stop before the part's first control."""

    def __init__(self, make: Callable[[], QWidget], area: QScrollArea, parent: QWidget | None = None,
                 estimate: float = 0, name: str = "") -> None:
        """``make`` makes the part (inside this place, or to be put there); ``area`` is the page
        that scrolls; ``estimate``: about how many lines of text tall the part is, so the page's
        scroll bar is about as long before the part is made as after."""
        super().__init__(parent)
        self.setObjectName(name)
        self._make, self._area = make, area
        self._part: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # holds the part's place in the focus chain only
        self.setMinimumHeight(round(self.fontMetrics().height() * estimate))
        area.verticalScrollBar().valueChanged.connect(self._check)
        area.viewport().installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def is_made(self) -> bool:
        return self._part is not None

    def part(self) -> QWidget:
        """The part, made now if it was not yet."""
        if self._part is None:
            part = self._part = self._make()
            self._layout.addWidget(part)
            part.show()  # now, not when the layout gets to it: the keyboard may be going into it
            self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Qt orders only widgets that take focus
            take_tab_place(part, self)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setMinimumHeight(0)  # as tall as the part now
            self._area.verticalScrollBar().valueChanged.disconnect(self._check)
            self._area.viewport().removeEventFilter(self)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.disconnect(self._focus_moved)
            calm_inputs(part)  # the keyboard rules of the page (applied when it is opened) here too
        return self._part

    def _in_view(self) -> bool:
        viewport = self._area.viewport()
        if not self.isVisible() or not viewport.isVisible():
            return False
        top = self.mapTo(viewport, QPoint(0, 0)).y()
        return top < viewport.height() and top + self.height() > 0

    def _check(self, *_args) -> None:
        if self._part is None and self._in_view():
            self.part()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._check()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._check()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._check()  # what is above it grew or shrank

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """The keyboard came onto the page: the part is made now, so that Tab and Shift+Tab
        reach its controls in their place (a mouse click on the page makes it too).

        Not when the page itself only took over the focus from the page put away for it
        (another chapter opened: that made the part at the page's second opening, ~70 ms for
        pacing, #23); the first Tab, click or scroll on the page makes it then, before Tab can
        reach the part (the page's own controls come first)."""
        if self._part is not None or new is None or not shiboken6.isValid(self):
            return
        if new is self._area and (old is None or not old.isVisible()):
            return
        if self._area.isAncestorOf(new):
            self.part()
