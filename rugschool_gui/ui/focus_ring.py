"""A clearly visible focus ring around the control that has the keyboard focus (WCAG 2.4.7).

Fusion marks focus with a thin line of the highlight colour, too faint to find on a button or
a spin box. One :class:`QFocusFrame` follows the focus (Qt's ``focusObjectChanged`` signal, no
event filter) and draws a 3-pixel ring in the highlight colour around the control, outside it, so it
covers nothing. Light and dark follow the palette.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

RING = 3  # pixels


class FocusRing(QFocusFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), RING))
        half = RING / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        p.end()


_ring: FocusRing | None = None


def _follow(new) -> None:
    global _ring
    if _ring is None:
        return
    if not shiboken6.isValid(_ring):  # it lives beside the control it rings: gone with a closed dialog
        _ring = FocusRing()
    target = new if isinstance(new, QWidget) else None
    # a line edit inside a spin box or combo box: ring the whole control
    while target is not None and target.parentWidget() is not None and target.parentWidget().focusProxy() is target:
        target = target.parentWidget()
    if target is None or target.isWindow():
        _ring.setWidget(None)
        _ring.hide()
        return
    _ring.setWidget(target)


def install(app: QApplication) -> None:
    """Start following the keyboard focus (once per application)."""
    global _ring
    if _ring is not None:
        return
    _ring = FocusRing()
    # focusObjectChanged hands over only the new focus: the old one may be a widget half torn
    # down, which focusChanged would try to wrap for Python (and crash on)
    app.focusObjectChanged.connect(_follow)
