"""The paper renderer of a :class:`~rugschool_gui.domain.charts.ChartSpec` (reportlab Drawing).

It mirrors the screen renderer (``ui/widgets/chart_view.py``): the same panels with their own
y axes, the same colour roles, dashed lines for expectations and plans, a legend on top.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.charts import (
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
)
from .fonts import BOLD, REGULAR, register_fonts
from .styles import INK, PAPER, RULE, SOFT, role_colour, translucent

FONT_SIZE = 8
PANEL_HEIGHT = 42 * mm
LEGEND_LINE = 11  # one row of the legend
SWATCH = 20  # the line or marker before a legend text
ITEM_GAP = 12  # between two legend items


def _legend(spec: ChartSpec, labels: Callable[[str], str], width: float) -> list[LegendItem]:
    """Every legend item, the rows wrapping, no series dropped (the screen's rule too)."""
    return legend_layout(spec, labels, lambda t: stringWidth(t, REGULAR, FONT_SIZE), width, SWATCH, ITEM_GAP)


def chart_drawing(spec: ChartSpec, labels: Callable[[str], str], width: float,
                  panel_height: float = PANEL_HEIGHT) -> Drawing:
    """A Drawing of ``spec``, ``width`` points wide; texts come from ``labels(key)``."""
    register_fonts()
    title_h = 14
    gap = 10
    legend = _legend(spec, labels, width)
    legend_h = legend_lines(legend) * LEGEND_LINE
    axis_title = labels(spec.x_axis_key) if spec.x_axis_key and not spec.is_empty else ""
    bottom = 14 + (11 if axis_title else 0)
    panels = spec.panels
    height = title_h + legend_h + 6 + len(panels) * panel_height + (len(panels) - 1) * gap + bottom
    d = Drawing(width, height)
    top = height
    d.add(String(0, top - 10, labels(spec.title_key), fontName=BOLD, fontSize=9.5, fillColor=INK))
    top -= title_h
    for x, row, s, lines in legend:
        y = top - row * LEGEND_LINE
        colour = _colour(s.role)
        if s.style == POINTS:  # loose markers: a marker in the legend, not a line
            _marker(d, s.marker, x + 8, y - 5, colour, colour)
        else:
            d.add(Line(x, y - 5, x + 16, y - 5, **_stroke(s.style, s.role)))
            _marker(d, s.marker, x + 8, y - 5, PAPER if s.style == DASHED else colour, colour)
        for k, line in enumerate(lines):
            d.add(String(x + SWATCH, y - 8 - k * LEGEND_LINE, line, fontName=REGULAR, fontSize=FONT_SIZE,
                         fillColor=INK))
    top -= legend_h + 6
    if spec.is_empty:
        d.add(String(width / 2, top - panel_height / 2, labels(spec.empty_key), fontName=REGULAR,
                     fontSize=FONT_SIZE + 1, fillColor=SOFT, textAnchor="middle"))
        return d
    tick_w = max([stringWidth(format_value(t), REGULAR, FONT_SIZE) for p in panels for t in p.y_ticks] or [0])
    left = 14 + tick_w + 4
    right = width - 4
    edge = [stringWidth(lbl, REGULAR, FONT_SIZE) / 2 + 2 for lbl in spec.x_labels[:1] + spec.x_labels[-1:]]
    pad = max([6.0] + edge)

    def x_at(i: float) -> float:
        return left + pad + (right - left - 2 * pad) * spec.x_fraction(i)

    for index, panel in enumerate(panels):
        y_top = top - index * (panel_height + gap)
        y_bottom = y_top - panel_height
        span = (panel.y_max - panel.y_min) or 1

        def y_at(v: float, y_bottom=y_bottom, panel=panel, span=span) -> float:
            return y_bottom + (v - panel.y_min) / span * panel_height

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
        d.add(Rect(left, y_bottom, right - left, panel_height, fillColor=None, strokeColor=RULE,
                   strokeWidth=0.6))
        for s in panel.series:
            _series(d, s, x_at, y_at, left, right)
    base = top - len(panels) * panel_height - (len(panels) - 1) * gap - 10
    for i in _shown_labels(spec, x_at, lambda t: stringWidth(t, REGULAR, FONT_SIZE)):
        d.add(String(x_at(i), base, spec.x_labels[i], fontName=REGULAR, fontSize=FONT_SIZE, fillColor=SOFT,
                     textAnchor="middle"))
    if axis_title:
        d.add(String((left + right) / 2, base - 11, axis_title, fontName=REGULAR, fontSize=FONT_SIZE,
                     fillColor=INK, textAnchor="middle"))
    return d


def _shown_labels(spec: ChartSpec, x_at: Callable[[float], float], width_of: Callable[[str], float]) -> list[int]:
    """The x labels drawn: every ``label_every``-th and the last, and none that would touch its
    neighbour (the latest one wins)."""
    n = len(spec.x_labels)
    chosen = sorted(labelled_positions(n, spec.label_every))
    kept: list[int] = []
    for i in reversed(chosen):
        half = width_of(spec.x_labels[i]) / 2 + 3
        if kept:
            j = kept[-1]
            if x_at(j) - width_of(spec.x_labels[j]) / 2 - 3 < x_at(i) + half:
                continue
        kept.append(i)
    return sorted(kept)


def _colour(role: str):
    return role_colour(role)


def _stroke(style: str, role: str) -> dict:
    kw = {"strokeColor": _colour(role), "strokeWidth": 1.4}
    if style in (DASHED, HLINE):
        kw["strokeDashArray"] = [3, 2]
    return kw


def _marker(d: Drawing, shape: str, x: float, y: float, fill, stroke, r: float = 2.2) -> None:
    """One point marker; the shapes keep series apart when printed in grey."""
    kw = {"fillColor": fill, "strokeColor": stroke, "strokeWidth": 0.9}
    if shape == "square":
        d.add(Rect(x - r, y - r, 2 * r, 2 * r, **kw))
    elif shape == "triangle":
        d.add(Polygon([x - r * 1.15, y - r, x + r * 1.15, y - r, x, y + r * 1.2], **kw))
    elif shape == "diamond":
        d.add(Polygon([x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y], **kw))
    elif shape == "cross":
        d.add(Line(x - r, y - r, x + r, y + r, strokeColor=stroke, strokeWidth=1.2))
        d.add(Line(x - r, y + r, x + r, y - r, strokeColor=stroke, strokeWidth=1.2))
    elif shape == "ring":
        d.add(Circle(x, y, r, fillColor=PAPER, strokeColor=stroke, strokeWidth=1.2))
    else:
        d.add(Circle(x, y, r * 0.85, **kw))


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
    fill = PAPER if s.style == DASHED else kw["strokeColor"]
    for x, y in s.points:
        if y is not None:
            _marker(d, s.marker, x_at(x), y_at(y), fill, kw["strokeColor"], r=2.0)


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
        base = role_colour("actual" if row.key == "chunked" else "expected")
        for block in row.blocks:
            w = block.minutes * scale
            fill = base if block.kind != BREAK else translucent(base, 0.3)
            d.add(Rect(x, y, max(0.5, w - 0.8), bar_h, fillColor=fill, strokeColor=None))
            if w > stringWidth("999", REGULAR, FONT_SIZE) + 4:
                d.add(String(x + w / 2, y + 4, str(int(block.minutes)), fontName=REGULAR, fontSize=FONT_SIZE,
                             fillColor=INK if block.kind == BREAK else PAPER, textAnchor="middle"))
            x += w
        d.add(String(x + 4, y + 4, minutes_text(row.total), fontName=REGULAR, fontSize=FONT_SIZE, fillColor=INK))
    return d


def diagram_drawing(spec, labels: Callable[[str], str], width: float) -> Drawing:
    """A :class:`~rugschool_gui.domain.charts.DiagramSpec` as on screen: nodes and arrows."""
    import math

    from reportlab.graphics.shapes import Ellipse, Path

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
        base = role_colour(n.role)
        fill = translucent(base, 0.22)
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
        # the label's centre: the node's, moved by its offset (down is positive in the spec)
        lx, ly = cx + n.label_dx * w, cy - n.label_dy * h
        ty = ly + (len(lines) - 1) * 5.5 - 3
        for i, text in enumerate(lines):
            d.add(String(lx, ty - i * 11, text, fontName=REGULAR, fontSize=FONT_SIZE + 1, fillColor=INK,
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
