"""A clearly visible focus ring on the control that has the keyboard focus (WCAG 2.4.7).

Fusion marks focus with a thin line of the highlight colour, too faint to find on a button or
a spin box. One small overlay follows the focus (Qt's ``focusObjectChanged`` signal, no
application-wide event filter): it sits on top of the focused control, just inside its edge,
and draws a 3-pixel ring in the highlight colour; clicks go through it. Light and dark follow
the palette. Only the control with the focus is watched (to follow it when it moves).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QSplitter, QToolBar, QWidget

RING = 3  # pixels


class FocusRing(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None

    def target(self) -> QWidget | None:
        return self._target

    def follow(self, target: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = target
        if target is None or target.parentWidget() is None:
            self.hide()
            return
        host = _host_for(target)
        if self.parentWidget() is not host:
            self.setParent(host)
        self._place()
        target.installEventFilter(self)  # last: nothing above may call back into us half-way

    def _place(self) -> None:
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        host = self.parentWidget()
        if host is None:  # follow() always gives the ring a host before placing it
            self.hide()
            return
        top_left = target.mapTo(host, QPoint(0, 0)) if host is not target.parentWidget() else target.pos()
        self.setGeometry(QRect(top_left, target.size()))
        self.raise_()
        self.show()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                                                     QEvent.Type.Hide):
            self._place()
        return False

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
        half = RING / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        p.end()


_ring: FocusRing | None = None


def _host_for(target: QWidget) -> QWidget | None:
    """The widget the ring lives in: the control's parent, unless that parent takes every child
    as a part of its own (a QSplitter makes a new pane of it, a tool bar a new item)."""
    host = target.parentWidget()
    while host is not None and isinstance(host, QSplitter | QToolBar):
        above = host.parentWidget()
        if above is None:
            break
        host = above
    return host


def _follow(new) -> None:
    global _ring
    if _ring is None:
        return
    if not shiboken6.isValid(_ring):  # it lives beside the control it rings: gone with a closed dialog
        _ring = FocusRing()
    target = new if isinstance(new, QWidget) else None
    # a line edit inside a spin box or combo box: ring the whole control. A button is a control
    # of its own: a dialog's button box hands its focus to its default button (its focus proxy),
    # and the ring stays on that button, not around the whole row
    while target is not None and not isinstance(target, QAbstractButton):
        parent = target.parentWidget()
        if parent is None or parent.focusProxy() is not target:
            break
        target = parent
    if target is not None and target.isWindow():
        target = None
    _ring.follow(target)


def install(app: QApplication) -> None:
    """Start following the keyboard focus (once per application)."""
    global _ring
    if _ring is not None:
        return
    _ring = FocusRing()
    # focusObjectChanged hands over only the new focus: the old one may be a widget half torn
    # down, which focusChanged would try to wrap for Python (and crash on)
    app.focusObjectChanged.connect(_follow)
