"""The paper renderer of a :class:`~rugschool_gui.domain.charts.ChartSpec` (reportlab Drawing).

It mirrors the screen renderer (``ui/widgets/chart_view.py``): the same panels with their own
y axes, the same colour roles, dashed lines for expectations and plans, a legend on top.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.charts import (
    DASHED,
    HLINE,
    POINTS,
    ROLE_COLOURS,
    STEP,
    ChartSpec,
    format_value,
    labelled_positions,
)
from .fonts import BOLD, REGULAR
from .styles import INK, RULE, SOFT

FONT_SIZE = 8
PANEL_HEIGHT = 42 * mm



def chart_drawing(spec: ChartSpec, labels: Callable[[str], str], width: float) -> Drawing:
    """A Drawing of ``spec``, ``width`` points wide; texts come from ``labels(key)``."""
    legend_h = 12
    title_h = 14
    gap = 10
    bottom = 14
    panels = spec.panels
    height = title_h + legend_h + 6 + len(panels) * PANEL_HEIGHT + (len(panels) - 1) * gap + bottom
    d = Drawing(width, height)
    top = height
    d.add(String(0, top - 10, labels(spec.title_key), fontName=BOLD, fontSize=9.5, fillColor=INK))
    top -= title_h
    # legend
    x = 0
    seen = []
    for panel in panels:
        for s in panel.series:
            if s.key in seen:
                continue
            seen.append(s.key)
            text = labels(s.key)
            w = 22 + stringWidth(text, REGULAR, FONT_SIZE) + 12
            if x + w > width:
                break
            stroke = _stroke(s.style, s.role)
            if s.style == POINTS:  # loose markers: a dot in the legend, not a line
                d.add(Circle(x + 8, top - 5, 2.2, fillColor=stroke["strokeColor"],
                             strokeColor=stroke["strokeColor"], strokeWidth=1))
            else:
                d.add(Line(x, top - 5, x + 16, top - 5, **stroke))
            d.add(String(x + 20, top - 8, text, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK))
            x += w
    top -= legend_h + 6
    if spec.is_empty:
        d.add(String(width / 2, top - PANEL_HEIGHT / 2, labels(spec.empty_key), fontName=REGULAR,
                     fontSize=FONT_SIZE + 1, fillColor=SOFT, textAnchor="middle"))
        return d
    tick_w = max(stringWidth(format_value(t), REGULAR, FONT_SIZE) for p in panels for t in p.y_ticks)
    left = 14 + tick_w + 4
    right = width - 4
    n = max(1, len(spec.x_labels))
    edge = [stringWidth(lbl, REGULAR, FONT_SIZE) / 2 + 2 for lbl in spec.x_labels[:1] + spec.x_labels[-1:]]
    pad = max([6.0] + edge)

    def x_at(i: float) -> float:
        if n == 1:
            return (left + right) / 2
        return left + pad + (right - left - 2 * pad) * i / (n - 1)

    for index, panel in enumerate(panels):
        y_top = top - index * (PANEL_HEIGHT + gap)
        y_bottom = y_top - PANEL_HEIGHT
        span = (panel.y_max - panel.y_min) or 1

        def y_at(v: float, y_bottom=y_bottom, panel=panel, span=span) -> float:
            return y_bottom + (v - panel.y_min) / span * PANEL_HEIGHT

        axis = String(0, 0, labels(panel.axis_key), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK,
                      textAnchor="middle")
        g = Group(axis)
        g.translate(7, (y_top + y_bottom) / 2)
        g.rotate(90)
        d.add(g)
        for t in panel.y_ticks:
            y = y_at(t)
            d.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.4, strokeDashArray=[1, 2]))
            d.add(String(left - 3, y - 3, format_value(t), fontName=REGULAR, fontSize=FONT_SIZE,
                         fillColor=SOFT, textAnchor="end"))
        d.add(Rect(left, y_bottom, right - left, PANEL_HEIGHT, fillColor=None, strokeColor=RULE,
                   strokeWidth=0.6))
        for s in panel.series:
            _series(d, s, x_at, y_at, left, right)
    base = top - len(panels) * PANEL_HEIGHT - (len(panels) - 1) * gap - 10
    labelled = labelled_positions(n, spec.label_every)
    for i, label in enumerate(spec.x_labels):
        if i not in labelled:
            continue
        d.add(String(x_at(i), base, label, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=SOFT,
                     textAnchor="middle"))
    return d


def _stroke(style: str, role: str) -> dict:
    kw = {"strokeColor": colors.HexColor(ROLE_COLOURS.get(role, "#808080")), "strokeWidth": 1.4}
    if style in (DASHED, HLINE):
        kw["strokeDashArray"] = [3, 2]
    return kw


def _series(d: Drawing, s, x_at, y_at, left: float, right: float) -> None:
    kw = _stroke(s.style, s.role)
    if s.style == HLINE:
        if s.points and s.points[0][1] is not None:
            y = y_at(s.points[0][1])
            d.add(Line(left, y, right, y, **kw))
        return
    runs: list[list[float]] = [[]]
    last = None
    for x, y in s.points:
        if y is None:
            runs.append([])
            last = None
            continue
        px, py = x_at(x), y_at(y)
        if s.style == STEP and last is not None:
            runs[-1] += [px, last[1]]
        runs[-1] += [px, py]
        last = (px, py)
    if s.style != POINTS:
        for run in runs:
            if len(run) >= 4:
                d.add(PolyLine(run, **kw))
    fill = colors.white if s.style == DASHED else kw["strokeColor"]
    for x, y in s.points:
        if y is not None:
            d.add(Circle(x_at(x), y_at(y), 1.8, fillColor=fill, strokeColor=kw["strokeColor"], strokeWidth=1))


def blank_grid(width: float, height: float, columns: int, rows: int, x_label: str, y_label: str) -> Drawing:
    """An empty chart grid to draw in by pen: ``columns`` numbered x positions (weeks 0..n−1),
    ``rows`` horizontal lines, and two axis titles (the y scale is the person's to write)."""
    d = Drawing(width, height)
    left, bottom, right, top = 16, 24, width - 6, height - 4
    col_w = (right - left) / (columns - 1)
    row_h = (top - bottom) / rows
    for r in range(rows + 1):
        y = bottom + r * row_h
        d.add(Line(left, y, right, y, strokeColor=RULE, strokeWidth=0.9 if r == 0 else 0.4))
    for c in range(columns):
        x = left + c * col_w
        d.add(Line(x, bottom, x, top, strokeColor=RULE, strokeWidth=0.9 if c == 0 else 0.4))
        d.add(String(x, bottom - 10, str(c), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=SOFT,
                     textAnchor="middle"))
    axis = String(0, 0, y_label, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK, textAnchor="middle")
    g = Group(axis)
    g.translate(7, (top + bottom) / 2)
    g.rotate(90)
    d.add(g)
    d.add(String((left + right) / 2, 1, x_label, fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK,
                 textAnchor="middle"))
    return d


def timeline_drawing(rows, labels: Callable[[str], str], minutes_text: Callable[[float], str],
                     width: float) -> Drawing:
    """The chunks-against-all-at-once figure (``domain.pacing.chunk_comparison`` rows), as on
    screen: work blocks solid, breaks and recovery lighter, the total at the end of each row."""
    from ..domain.pacing import BREAK

    bar_h, gap_h = 14, 8
    d = Drawing(width, len(rows) * (bar_h + gap_h))
    label_w = max(stringWidth(labels(r.key), REGULAR, FONT_SIZE) for r in rows) + 8
    total_w = max(stringWidth(minutes_text(r.total), REGULAR, FONT_SIZE) for r in rows) + 8
    scale = (width - label_w - total_w) / max(r.total for r in rows)
    for i, row in enumerate(rows):
        y = d.height - (i + 1) * (bar_h + gap_h) + gap_h / 2
        d.add(String(0, y + 4, labels(row.key), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK))
        x = label_w
        base = colors.HexColor(ROLE_COLOURS["actual" if row.key == "chunked" else "expected"])
        for block in row.blocks:
            w = block.minutes * scale
            fill = base if block.kind != BREAK else colors.Color(base.red, base.green, base.blue, alpha=0.3)
            d.add(Rect(x, y, max(0.5, w - 0.8), bar_h, fillColor=fill, strokeColor=None))
            if w > stringWidth("999", REGULAR, FONT_SIZE) + 4:
                d.add(String(x + w / 2, y + 4, str(int(block.minutes)), fontName=REGULAR, fontSize=FONT_SIZE,
                             fillColor=INK if block.kind == BREAK else colors.white, textAnchor="middle"))
            x += w
        d.add(String(x + 4, y + 4, minutes_text(row.total), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK))
    return d


def diagram_drawing(spec, labels: Callable[[str], str], width: float) -> Drawing:
    """A :class:`~rugschool_gui.domain.charts.DiagramSpec` as on screen: nodes and arrows."""
    import math

    from reportlab.graphics.shapes import Ellipse, Path, Polygon

    title_h = 16
    height = width * spec.aspect + title_h
    d = Drawing(width, height)
    d.add(String(0, height - 11, labels(spec.title_key), fontName=BOLD, fontSize=9.5, fillColor=INK))
    area_h = height - title_h - 4

    def box(n):
        w, h = n.w * width, n.h * area_h
        cx, cy = n.x * width, area_h - n.y * area_h
        return cx, cy, w, h

    for n in spec.nodes:
        cx, cy, w, h = box(n)
        base = colors.HexColor(ROLE_COLOURS.get(n.role, "#808080"))
        fill = colors.Color(base.red, base.green, base.blue, alpha=0.22)
        if n.shape == "circle":
            d.add(Ellipse(cx, cy, w / 2, h / 2, fillColor=fill, strokeColor=base, strokeWidth=1.2))
        else:
            d.add(Rect(cx - w / 2, cy - h / 2, w, h, rx=4, ry=4, fillColor=fill, strokeColor=base, strokeWidth=1.2))
        words = labels(n.key).split()
        lines, line = [], ""
        for word in words:
            trial = (line + " " + word).strip()
            if stringWidth(trial, REGULAR, FONT_SIZE + 1) > w * 0.86 and line:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
        ty = cy + (len(lines) - 1) * 5.5 - 3
        if n.shape == "circle" and n.key != "pain":
            ty = cy + h * 0.32 if n.y <= 0.5 else cy - h * 0.30
        for i, text in enumerate(lines):
            d.add(String(cx, ty - i * 11, text, fontName=REGULAR, fontSize=FONT_SIZE + 1, fillColor=INK,
                         textAnchor="middle"))
    nodes = {n.key: box(n) for n in spec.nodes}
    for a in spec.arrows:
        sx, sy, sw, sh = nodes[a.start]
        ex, ey, ew, eh = nodes[a.end]
        dx, dy = ex - sx, ey - sy
        length = math.hypot(dx, dy) or 1
        ux, uy = dx / length, dy / length
        sx, sy = sx + ux * sw / 2, sy + uy * sh / 2
        ex, ey = ex - ux * ew / 2, ey - uy * eh / 2
        nx, ny = -uy, ux
        if a.bend:
            off = 6 * math.copysign(1, a.bend)
            sx, sy, ex, ey = sx + nx * off, sy + ny * off, ex + nx * off, ey + ny * off
        mx = (sx + ex) / 2 + nx * a.bend * length
        my = (sy + ey) / 2 + ny * a.bend * length
        path = Path(strokeColor=INK, strokeWidth=1.2, fillColor=None)
        path.moveTo(sx, sy)
        path.curveTo(sx + (mx - sx) * 2 / 3, sy + (my - sy) * 2 / 3, ex + (mx - ex) * 2 / 3, ey + (my - ey) * 2 / 3, ex, ey)
        d.add(path)
        angle = math.atan2(ey - my, ex - mx)
        head = 6
        d.add(Polygon([ex, ey, ex - head * math.cos(angle - 0.4), ey - head * math.sin(angle - 0.4),
                       ex - head * math.cos(angle + 0.4), ey - head * math.sin(angle + 0.4)],
                      fillColor=INK, strokeColor=INK, strokeWidth=0.5))
    return d
