"""Chart specifications shared by the screen (QPainter) and paper (reportlab) renderers.

A spec says *what* to draw — panels, axes, series and points — in plain data. Texts are keys
(the renderer's caller supplies the words in the current language), colours are roles. One spec,
two thin renderers, so screen and paper always match. Each panel has its own y axis, so scales
are never mixed (fear 0–100 and pain 0–10 get separate panels).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

LINE = "line"  # points joined by a solid line
DASHED = "dashed"  # points joined by a dashed line (plans, expectations)
STEP = "step"  # a staircase (planned level per week)
POINTS = "points"  # loose markers (logged sessions)
HLINE = "hline"  # one horizontal reference line (baseline); uses the first point's y

#: Colour roles; each renderer maps them to its own palette (light/dark screen, print).
#: ``group1``…``group6``: several series of one kind in one chart (stress-signal groups,
#: questionnaires): colours that stay apart, also for colour-blind eyes (Okabe–Ito).
ROLES = ("expected", "actual", "plan", "reference", "extra",
         "group1", "group2", "group3", "group4", "group5", "group6")
GROUP_ROLES = ROLES[5:]

#: The colour of each role on paper and on a light screen (hex, shared by both renderers).
ROLE_COLOURS = {"expected": "#b26a00", "actual": "#2f6f9f", "plan": "#6b6f76",
                "reference": "#8c8f94", "extra": "#2e7d4f",
                "group1": "#0072b2", "group2": "#d55e00", "group3": "#009e73", "group4": "#cc79a7",
                "group5": "#4d4d4d", "group6": "#e69f00"}
#: The same roles on a dark screen: lighter, so they stand out on a dark background.
ROLE_COLOURS_DARK = {"expected": "#f0a84a", "actual": "#7cbbe8", "plan": "#b4b8bf",
                     "reference": "#9aa0a6", "extra": "#6fcf97",
                     "group1": "#56b4e9", "group2": "#ff8a50", "group3": "#3fd6a6", "group4": "#e6a3cc",
                     "group5": "#d0d0d0", "group6": "#f5c242"}

#: Point markers; with the colours they keep series apart when printed in grey.
MARKERS = ("circle", "square", "triangle", "diamond", "cross", "ring")


@dataclass(frozen=True)
class Series:
    key: str  # label key, e.g. "expected_fear"
    points: tuple[tuple[float, float | None], ...]  # (x, y); y None = gap
    style: str = LINE
    role: str = "actual"
    marker: str = "circle"  # one of MARKERS


def group_styles(count: int) -> list[tuple[str, str]]:
    """(role, marker) for ``count`` series of one kind: each its own colour and marker shape."""
    return [(GROUP_ROLES[i % len(GROUP_ROLES)], MARKERS[i % len(MARKERS)]) for i in range(count)]


@dataclass(frozen=True)
class Panel:
    axis_key: str  # label key of the y axis, e.g. "fear_axis"
    y_min: float
    y_max: float
    y_ticks: tuple[float, ...]
    series: tuple[Series, ...]


@dataclass(frozen=True)
class ChartSpec:
    title_key: str
    x_labels: tuple[str, ...]  # one label per x position 0..n-1 (dates, week numbers)
    panels: tuple[Panel, ...]
    x_axis_key: str = ""
    #: draw every n-th x label only, so long histories stay readable
    label_every: int = 1
    empty_key: str = "no_data"
    extra: dict = field(default_factory=dict, compare=False)
    #: where each x position lies on a time axis (e.g. days since the first); empty: evenly
    #: spaced positions. Points keep their position numbers; the renderers place them by this.
    x_positions: tuple[float, ...] = ()

    def x_fraction(self, x: float) -> float:
        """Where position ``x`` (0..n−1, fractions between) lies along the axis, 0..1."""
        n = len(self.x_labels)
        if n <= 1:
            return 0.5
        pos = self.x_positions
        if len(pos) != n or pos[-1] == pos[0]:
            return x / (n - 1)
        i = min(max(int(math.floor(x)), 0), n - 2)
        value = pos[i] + (pos[i + 1] - pos[i]) * (x - i)
        return (value - pos[0]) / (pos[-1] - pos[0])

    @property
    def is_empty(self) -> bool:
        return not any(y is not None for p in self.panels for s in p.series for _x, y in s.points)


def ticks(low: float, high: float, count: int = 5) -> tuple[float, ...]:
    """Evenly spaced ticks from ``low`` to ``high`` inclusive (``count`` intervals)."""
    step = (high - low) / count
    return tuple(round(low + step * i, 6) for i in range(count + 1))


def nice_ticks(low: float, high: float, most: int = 6) -> tuple[float, ...]:
    """Round, evenly spaced ticks inside ``low``..``high`` (steps of 1, 2, 2.5 or 5 × 10ⁿ), at
    most ``most`` + 1 of them: 0–42 → 0, 10, 20, 30, 40; 17–68 → 20, 40, 60."""
    span = high - low
    if span <= 0:
        return (low,)
    magnitude = 10.0 ** math.floor(math.log10(span / most))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10, 20) if span / (m * magnitude) <= most)
    first = math.ceil(low / step - 1e-9) * step
    out = []
    value = first
    while value <= high + 1e-9:
        out.append(round(value, 6))
        value += step
    return tuple(out)


# ----- the legend: the same rule for every chart, screen and paper (issue #19) --------------
def legend_rows(widths: Sequence[float], available: float) -> list[list[int]]:
    """The legend's items (their widths, symbol and text) placed in rows, left to right: an item
    that does not fit the row goes to the next one. Never dropped; one too wide for any row
    stands alone (its text wraps, :func:`wrap_words`)."""
    rows: list[list[int]] = [[]]
    x = 0.0
    for i, w in enumerate(widths):
        if rows[-1] and x + w > available:
            rows.append([])
            x = 0.0
        rows[-1].append(i)
        x += w
    return rows if rows[0] else []


def wrap_words(text: str, width_of: Callable[[str], float], available: float) -> list[str]:
    """``text`` in lines no wider than ``available`` where it can be (a word is never cut)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and width_of(trial) > available:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line or not lines else lines


def legend_keys(spec: ChartSpec) -> list[Series]:
    """The series the legend names, once each, in the order drawn."""
    seen: dict[str, Series] = {}
    for panel in spec.panels:
        for s in panel.series:
            seen.setdefault(s.key, s)
    return list(seen.values())


class LegendItem(NamedTuple):
    """One item of a laid-out legend: where it starts and its text in lines."""

    x: float  # from the legend's left edge, in the renderer's units
    line: int  # the text line it starts on (a row is as many lines as its tallest item)
    series: Series
    lines: list[str]


def legend_layout(spec: ChartSpec, label: Callable[[str], str], width_of: Callable[[str], float],
                  available: float, swatch: float, gap: float) -> list[LegendItem]:
    """The legend of ``spec`` laid out in ``available`` width, screen and paper alike: each item a
    ``swatch`` (its line or marker), its text (``label(key)``, wrapped by :func:`wrap_words` as
    ``width_of`` measures) and a ``gap``; rows by :func:`legend_rows`, no series dropped."""
    items = legend_keys(spec)
    texts = [wrap_words(label(s.key), width_of, available - swatch) for s in items]
    widths = [swatch + max(width_of(line) for line in lines) + gap for lines in texts]
    out = []
    line = 0
    for row in legend_rows(widths, available + gap):
        x = 0.0
        for i in row:
            out.append(LegendItem(x, line, items[i], texts[i]))
            x += widths[i]
        line += max(len(texts[i]) for i in row)
    return out


def legend_lines(layout: Sequence[LegendItem]) -> int:
    """How many text lines a laid-out legend takes (0 without items)."""
    return max((item.line + len(item.lines) for item in layout), default=0)


#: a chart shows the latest this many entries; older ones are a page back (readable, and it stays
#: fast after years of entries — issue #10)
RECENT_ENTRIES = 30


def label_every(n: int, room: int = 12) -> int:
    """Show at most about ``room`` x labels."""
    return max(1, -(-n // room))


def labelled_positions(n: int, every: int) -> set[int]:
    """Which of ``n`` x positions get a label: every ``every``-th and always the last (the most
    recent); a regular label less than a full step before the last one gives way to it, so
    labels never overlap."""
    if n <= 0:
        return set()
    shown = list(range(0, n, max(1, every)))
    if shown[-1] != n - 1:
        if len(shown) > 1 and (n - 1) - shown[-1] < max(1, every):
            shown[-1] = n - 1
        else:
            shown.append(n - 1)
    return set(shown)


def table_rows(spec: ChartSpec) -> tuple[list[str], list[list[str]]]:
    """The chart as a table: header keys, and one row per x position (``show as table``).

    Points between two positions (sessions inside a week) join the row of the position
    before them, several values separated by commas.
    """
    # series of one panel sharing a key (a line of finished weeks and the running week's marker)
    # are one column
    by_key: dict[tuple[int, str], list[Series]] = {}
    for i, p in enumerate(spec.panels):
        for s in p.series:
            by_key.setdefault((i, s.key), []).append(s)
    series = [parts[0] for parts in by_key.values()]
    header = [spec.x_axis_key] + [key for _panel, key in by_key]
    at: list[dict[int, list[float]]] = []  # per series: x position -> its values (one pass, not n²)
    for parts in by_key.values():
        buckets: dict[int, list[float]] = {}
        for s in parts:
            for px, y in s.points:
                if y is not None:
                    buckets.setdefault(math.floor(px), []).append(y)
        at.append(buckets)
    rows = []
    for x, label in enumerate(spec.x_labels):
        row = [label]
        for s, buckets in zip(series, at, strict=True):
            values = buckets.get(x, [])
            if not values and s.style == HLINE and s.points and s.points[0][1] is not None:
                values = [s.points[0][1]]
            row.append(", ".join(format_value(v) for v in values))
        rows.append(row)
    return header, rows


def format_value(value: float) -> str:
    """A chart number as both renderers print it: 40, or 2.5 (one decimal when needed)."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def nice_ceiling(value: float) -> float:
    """The smallest round axis top (1, 2, 2.5 or 5 × 10ⁿ) at or above ``value``: 42 → 50."""
    if value <= 0:
        return 5
    magnitude: float = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = step * magnitude
        if top >= value:
            return top
    return 10 * magnitude  # not reached: step 10 always covers value


# ----- diagrams (figures of ideas, not of data) ---------------------------------------------
@dataclass(frozen=True)
class Node:
    key: str  # label key
    x: float  # centre, 0..1 of the figure's width
    y: float  # centre, 0..1 of the figure's height (0 = top)
    w: float  # width, 0..1
    h: float  # height, 0..1
    shape: str = "box"  # "box" or "circle" (an ellipse w × h)
    role: str = "plan"
    #: where the label's centre sits, from the node's centre, in parts of its width and height
    #: (down is positive): the circles of a Venn figure label the part that is theirs alone
    label_dx: float = 0.0
    label_dy: float = 0.0


@dataclass(frozen=True)
class Arrow:
    start: str  # node key
    end: str
    bend: float = 0.0  # 0 = straight; ± bends the arrow to one side (two arrows between a pair)


@dataclass(frozen=True)
class DiagramSpec:
    """A figure of boxes/circles and arrows, drawn the same on screen and on paper."""

    title_key: str
    nodes: tuple[Node, ...]
    arrows: tuple[Arrow, ...] = ()
    aspect: float = 0.45  # height / width
    caption_key: str = ""
