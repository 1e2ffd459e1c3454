"""Draws a :class:`~rugschool_gui.domain.charts.DiagramSpec` with QPainter: boxes and circles
with their words, and arrows between them — the same figure the PDF draws with reportlab."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.charts import DiagramSpec
from .chart_view import role_colour


class DiagramView(QWidget):
    def __init__(self, labels: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._spec: DiagramSpec | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_spec(self, spec: DiagramSpec) -> None:
        self._spec = spec
        self.setAccessibleName(self._labels(spec.title_key))
        self.setAccessibleDescription(", ".join(self._labels(n.key) for n in spec.nodes))
        self.updateGeometry()
        self.update()

    def spec(self) -> DiagramSpec | None:
        return self._spec

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        aspect = self._spec.aspect if self._spec else 0.4
        return int(width * aspect) + self.fontMetrics().height() * 2

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 36, self.heightForWidth(em * 36))

    def _rect(self, node, area: QRectF) -> QRectF:
        w, h = node.w * area.width(), node.h * area.height()
        cx, cy = area.left() + node.x * area.width(), area.top() + node.y * area.height()
        return QRectF(cx - w / 2, cy - h / 2, w, h)

    def paintEvent(self, _event) -> None:
        spec = self._spec
        if spec is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        em = self.fontMetrics().height()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        font = p.font()
        font.setBold(True)
        p.setFont(font)
        p.setPen(text)
        p.drawText(QRectF(0, 0, self.width(), em * 1.4), Qt.AlignmentFlag.AlignLeft, self._labels(spec.title_key))
        font.setBold(False)
        p.setFont(font)
        area = QRectF(em * 0.5, em * 1.6, self.width() - em, self.height() - em * 2)
        rects = {n.key: self._rect(n, area) for n in spec.nodes}
        for n in spec.nodes:
            r = rects[n.key]
            colour = role_colour(n.role, self.palette())
            fill = QColor(colour)
            fill.setAlpha(60)
            p.setPen(QPen(colour, 2))
            p.setBrush(fill)
            if n.shape == "circle":
                p.drawEllipse(r)
            else:
                p.drawRoundedRect(r, em * 0.4, em * 0.4)
            p.setPen(text)
            label_rect = r.adjusted(em * 0.3, em * 0.2, -em * 0.3, -em * 0.2)
            # the label's place is the spec's (the paper's too): a Venn circle labels its own part
            label_rect.translate(n.label_dx * r.width(), n.label_dy * r.height())
            p.drawText(label_rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._labels(n.key))
        p.setBrush(text)
        for a in spec.arrows:
            self._arrow(p, rects[a.start], rects[a.end], a.bend, text, em)
        p.end()

    @staticmethod
    def _arrow(p: QPainter, start: QRectF, end: QRectF, bend: float, colour: QColor, em: float) -> None:
        s, e = start.center(), end.center()
        dx, dy = e.x() - s.x(), e.y() - s.y()
        length = math.hypot(dx, dy) or 1
        ux, uy = dx / length, dy / length
        # leave the boxes at their edges (horizontal layouts: half the width)
        s = QPointF(s.x() + ux * start.width() / 2, s.y() + uy * start.height() / 2)
        e = QPointF(e.x() - ux * end.width() / 2, e.y() - uy * end.height() / 2)
        normal = QPointF(-uy, ux)
        mid = QPointF((s.x() + e.x()) / 2 + normal.x() * bend * length, (s.y() + e.y()) / 2 + normal.y() * bend * length)
        if bend:  # two arrows between one pair: each leaves a little to its own side
            off = em * 0.6 * math.copysign(1, bend)
            s = QPointF(s.x() + normal.x() * off, s.y() + normal.y() * off)
            e = QPointF(e.x() + normal.x() * off, e.y() + normal.y() * off)
        path = QPainterPath(s)
        path.quadTo(mid, e)
        p.setPen(QPen(colour, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        angle = math.atan2(e.y() - mid.y(), e.x() - mid.x())
        head = em * 0.6
        tip = QPolygonF([e, QPointF(e.x() - head * math.cos(angle - 0.4), e.y() - head * math.sin(angle - 0.4)),
                         QPointF(e.x() - head * math.cos(angle + 0.4), e.y() - head * math.sin(angle + 0.4))])
        p.setBrush(colour)
        p.drawPolygon(tip)
