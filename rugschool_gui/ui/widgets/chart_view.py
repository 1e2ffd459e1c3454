"""The screen renderer of a :class:`~rugschool_gui.domain.charts.ChartSpec` (QPainter).

Thin on purpose: the spec says what to draw; this widget only lays it out in the widget's
font and palette. Each panel gets its own y axis, so fear 0–100 and pain 0–10 never share a
scale. Next to it sits a "show as table" alternative (:class:`ChartWithTable`), for people who
read numbers more easily than lines and for screen readers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.charts import (
    DASHED,
    HLINE,
    POINTS,
    STEP,
    ChartSpec,
    LegendItem,
    format_value,
    labelled_positions,
    legend_layout,
    legend_lines,
    table_rows,
)
from .. import design
from ..i18n import args, translate

Labels = Callable[[str], str]


def role_colour(role: str, palette: QPalette) -> QColor:
    """A series' colour: from the design system's chart roles (``design.chart_colour``)."""
    return design.chart_colour(role, palette)



class ChartView(QWidget):
    """Draws a chart spec: title, one panel per y axis, x labels, a legend."""

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._spec: ChartSpec | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self._spec = spec
        self.setAccessibleName(self._labels(spec.title_key) if spec else "")
        self.setAccessibleDescription(self.describe())
        self._fit_height()
        self.updateGeometry()
        self.update()

    def spec(self) -> ChartSpec | None:
        return self._spec

    def describe(self) -> str:
        """A short text version for screen readers: the latest value of every series."""
        if self._spec is None or self._spec.is_empty:
            return self._labels(self._spec.empty_key) if self._spec else ""
        parts = []
        for panel in self._spec.panels:
            for s in panel.series:
                ys = [y for _x, y in s.points if y is not None]
                if ys:
                    parts.append(f"{self._labels(s.key)}: {format_value(ys[-1])}")
        return "; ".join(parts)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Room for the panels, and for as many legend rows as the legend needs at ``width``."""
        em = self.fontMetrics().height()
        panels = len(self._spec.panels) if self._spec else 1
        extra = self._legend_lines(width - em * 1.5) - 1 if self._spec else 0
        axis = 1.2 if self._spec is not None and self._spec.x_axis_key else 0
        return int(em * (4.5 + panels * 8.5 + extra * 1.3 + axis))

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 34, self.heightForWidth(em * 34))

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 18, self.heightForWidth(max(self.width(), em * 18)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for a legend that wraps at this width (the layout asks sizeHint only)."""
        need = self.heightForWidth(self.width()) if self._spec is not None else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(need)

    def _legend_layout(self, available: float) -> list[LegendItem]:
        """Each legend item: rows that wrap, never a series dropped (the paper's rule too)."""
        if self._spec is None:
            return []
        fm = self.fontMetrics()
        em = fm.height()
        return legend_layout(self._spec, self._labels, fm.horizontalAdvance, available, em * 2.2, em)

    def _legend_lines(self, available: float) -> int:
        return max(1, legend_lines(self._legend_layout(available)))

    # ----- painting -----------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        em = fm.height()
        roles = design.colours(pal)  # every colour from the design system's roles
        text_colour, soft, grid = roles.text, roles.muted, roles.edge
        p.fillRect(self.rect(), roles.field)
        spec = self._spec
        if spec is None:
            return
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(text_colour)
        p.drawText(QRectF(em * 0.5, em * 0.2, self.width() - em, em * 1.2),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._labels(spec.title_key))
        p.setFont(self.font())
        top = em * 1.6
        legend_h = self._draw_legend(p, spec, QRectF(em * 0.5, top, self.width() - em * 1.5, em * 1.2))
        top += legend_h + em * 0.4
        if spec.is_empty:
            p.setPen(soft)
            p.drawText(QRectF(0, top, self.width(), self.height() - top),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._labels(spec.empty_key))
            return
        tick_w = max(fm.horizontalAdvance(format_value(t)) for panel in spec.panels for t in panel.y_ticks)
        left = em * 1.6 + tick_w + em * 0.5
        right = self.width() - em
        axis_title = self._labels(spec.x_axis_key) if spec.x_axis_key else ""
        bottom_labels = em * (2.8 if axis_title else 1.6)
        available = self.height() - top - bottom_labels - em * 0.3
        gap = em * 1.0
        panel_h = (available - gap * (len(spec.panels) - 1)) / len(spec.panels)
        n = max(1, len(spec.x_labels))
        # room for half of the first and last x label beside the plot
        pad = max([em * 0.8] + [fm.horizontalAdvance(lbl) / 2 + em * 0.3 for lbl in spec.x_labels[:1] + spec.x_labels[-1:]])

        def x_at(x: float) -> float:
            return left + pad + (right - left - 2 * pad) * spec.x_fraction(x)

        for index, panel in enumerate(spec.panels):
            y0 = top + index * (panel_h + gap)
            rect = QRectF(left, y0, right - left, panel_h)

            def y_at(y: float, rect=rect, panel=panel) -> float:
                span = (panel.y_max - panel.y_min) or 1
                return rect.bottom() - (y - panel.y_min) / span * rect.height()

            # axis title, rotated along the y axis
            p.save()
            p.setPen(text_colour)
            p.translate(em * 0.2, rect.center().y())
            p.rotate(-90)
            p.drawText(QRectF(-rect.height() / 2, 0, rect.height(), em * 1.2),
                       Qt.AlignmentFlag.AlignCenter, self._labels(panel.axis_key))
            p.restore()
            for t in panel.y_ticks:
                y = y_at(t)
                p.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(left, y), QPointF(right, y))
                p.setPen(soft)
                p.drawText(QRectF(left - tick_w - em * 0.5, y - em / 2, tick_w + em * 0.2, em),
                           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, format_value(t))
            p.setPen(QPen(grid, 1))
            p.drawRect(rect)
            for series in panel.series:
                self._draw_series(p, series, x_at, y_at, rect, em)
        # x labels under the last panel
        p.setPen(soft)
        base = top + available + em * 0.2
        labelled = sorted(labelled_positions(n, spec.label_every))
        if labelled:  # no label touches its neighbour, the latest wins (the paper's rule too)
            kept: list[int] = []
            for x in reversed(labelled):
                if kept and x_at(kept[-1]) - fm.horizontalAdvance(spec.x_labels[kept[-1]]) / 2 - em * 0.3 < \
                        x_at(x) + fm.horizontalAdvance(spec.x_labels[x]) / 2:
                    continue
                kept.append(x)
            labelled = sorted(kept)
        for x in labelled:
            label = spec.x_labels[x]
            cx = x_at(x)
            w = fm.horizontalAdvance(label) + em
            p.drawText(QRectF(cx - w / 2, base, w, em * 1.2), Qt.AlignmentFlag.AlignCenter, label)
        if axis_title:
            p.setPen(text_colour)
            p.drawText(QRectF(left, base + em * 1.2, right - left, em * 1.2), Qt.AlignmentFlag.AlignCenter,
                       axis_title)

    def _draw_legend(self, p: QPainter, spec: ChartSpec, rect: QRectF) -> float:
        em = self.fontMetrics().height()
        lines = 1
        for x0, line, s, texts in self._legend_layout(rect.width()):
            x, y = rect.left() + x0, rect.top() + line * em * 1.3
            colour = self._pen_for(p, s.style, s.role, em)
            if s.style != POINTS:
                p.drawLine(QPointF(x, y + em * 0.6), QPointF(x + em * 1.6, y + em * 0.6))
            fill = design.colours(self.palette()).field if s.style == DASHED else colour
            self._marker(p, s.marker, QPointF(x + em * 0.8, y + em * 0.6), em * 0.25, colour, fill)
            p.setPen(design.colours(self.palette()).text)
            for k, text in enumerate(texts):
                p.drawText(QRectF(x + em * 2, y + k * em * 1.3, rect.width(), em * 1.2),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            lines = max(lines, line + len(texts))
        return (lines - 1) * em * 1.3 + em * 1.2

    @staticmethod
    def _marker(p: QPainter, shape: str, c: QPointF, r: float, colour: QColor, fill: QColor) -> None:
        """One point marker, the paper's shapes: series stay apart without colour too."""
        p.save()
        p.setPen(QPen(colour, max(1.0, r / 2)))
        p.setBrush(fill)
        if shape == "square":
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(c.x() - r * 1.15, c.y() + r), QPointF(c.x() + r * 1.15, c.y() + r),
                                     QPointF(c.x(), c.y() - r * 1.2)]))
        elif shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r * 1.3), QPointF(c.x() + r * 1.3, c.y()),
                                     QPointF(c.x(), c.y() + r * 1.3), QPointF(c.x() - r * 1.3, c.y())]))
        elif shape == "cross":
            p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
            p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
        elif shape == "ring":
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, r, r)
        else:
            p.drawEllipse(c, r, r)
        p.restore()

    def _pen_for(self, p: QPainter, style: str, role: str, em: float) -> QColor:
        colour = role_colour(role, self.palette())
        pen = QPen(colour, max(2.0, em / 8))
        if style in (DASHED, HLINE):
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        return colour

    def _draw_series(self, p, series, x_at, y_at, rect: QRectF, em: float) -> None:
        colour = self._pen_for(p, series.style, series.role, em)
        if series.style == HLINE:
            if series.points and series.points[0][1] is not None:
                y = y_at(series.points[0][1])
                p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            return
        pts = [(x_at(x), y_at(y)) if y is not None else None for x, y in series.points]
        if series.style != POINTS:
            path = QPainterPath()
            pen_down = False
            last = None
            for pt in pts:
                if pt is None:
                    pen_down = False
                    continue
                if not pen_down:
                    path.moveTo(*pt)
                    pen_down = True
                elif series.style == STEP and last is not None:
                    path.lineTo(pt[0], last[1])
                    path.lineTo(*pt)
                else:
                    path.lineTo(*pt)
                last = pt
            p.drawPath(path)
        fill = colour if series.style != DASHED else design.colours(self.palette()).field
        r = em * 0.22
        for pt in pts:
            if pt is not None:
                self._marker(p, series.marker, QPointF(*pt), r, colour, fill)
        p.setBrush(Qt.BrushStyle.NoBrush)


class ChartWithTable(QWidget):
    """A chart with a "Toon als tabel" switch showing the same numbers as a table."""

    def __init__(self, labels: Labels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = labels
        self.chart = ChartView(labels)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        self.as_table = QCheckBox()
        self.as_table.toggled.connect(lambda on: self.stack.setCurrentIndex(1 if on else 0))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        lay.addWidget(self.as_table)
        self.retranslate()

    def retranslate(self) -> None:
        self.as_table.setText(translate("Charts", "Toon als tabel"))
        self.set_spec(self.chart.spec())

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.chart.set_spec(spec)
        title = self._labels(spec.title_key) if spec is not None else ""
        # "Toon als tabel" alone is said five times in the app: the name says which chart
        self.as_table.setAccessibleName(
            args(translate("Charts", "Toon als tabel: %1"), title) if title else self.as_table.text())
        self.table.setAccessibleName(args(translate("Charts", "Tabel: %1"), title) if title else "")
        if spec is None:
            self.table.setRowCount(0)
            return
        header, rows = table_rows(spec)
        self.table.setColumnCount(len(header))
        self.table.setHorizontalHeaderLabels([self._labels(h) for h in header])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(self.chart.sizeHint().height())
