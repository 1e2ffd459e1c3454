"""The chapter icons of the screen (``resources/icons/chapters/*.svg``) drawn on paper.

The icons are single-colour line drawings on a 24×24 grid with a small SVG vocabulary: ``path``
(M, L, H, V, C, A, Z — absolute), ``rect`` (rounded) and ``circle``. This module reads exactly that
into reportlab vector shapes, so the PDF's table of contents shows the same drawings as the side
menu, sharp at any zoom, without Qt (the PDF layer never loads it, ``tests/domain/test_layers.py``)
and without another dependency (svglib is not one of the app's). An icon using more of SVG than
this raises :class:`UnsupportedIcon`; a test reads every chapter icon, so a new one is caught.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from functools import cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Path, Rect

from ..paths import resources_dir
from .styles import INK

GRID = 24.0  # the icons' viewBox side
_SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MLHVCAZmlhvcaz]|-?\d*\.?\d+(?:[eE][-+]?\d+)?")


class UnsupportedIcon(ValueError):
    """The icon uses SVG this reader does not draw."""


def _arc_points(x1: float, y1: float, r: float, large: bool, sweep: bool, x2: float, y2: float,
                steps: int = 16) -> list[tuple[float, float]]:
    """Points along an SVG circular arc (rx = ry, no rotation) from (x1, y1) to (x2, y2)."""
    hx, hy = (x1 - x2) / 2, (y1 - y2) / 2
    d2 = hx * hx + hy * hy
    if d2 == 0:
        return []
    r = max(r, math.sqrt(d2))
    factor = math.sqrt(max(0.0, (r * r - d2) / d2)) * (-1 if large == sweep else 1)
    cx, cy = factor * hy + (x1 + x2) / 2, -factor * hx + (y1 + y2) / 2
    start = math.atan2(y1 - cy, x1 - cx)
    delta = math.atan2(y2 - cy, x2 - cx) - start
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    return [(cx + r * math.cos(start + delta * i / steps), cy + r * math.sin(start + delta * i / steps))
            for i in range(1, steps + 1)]


def _path(d: str, **style) -> Path:
    tokens = _TOKEN.findall(d)
    path = Path(**style)
    x = y = 0.0
    i = 0

    def numbers(n: int) -> list[float]:
        nonlocal i
        values = [float(v) for v in tokens[i:i + n]]
        i += n
        return values

    command = ""
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
        if command in "mlhvcaz" and command != "":
            raise UnsupportedIcon(f"relative path command {command!r}")
        if command == "M":
            x, y = numbers(2)
            path.moveTo(x, y)
            command = "L"  # further pairs draw lines
        elif command == "L":
            x, y = numbers(2)
            path.lineTo(x, y)
        elif command == "H":
            (x,) = numbers(1)
            path.lineTo(x, y)
        elif command == "V":
            (y,) = numbers(1)
            path.lineTo(x, y)
        elif command == "C":
            values = numbers(6)
            path.curveTo(*values)
            x, y = values[4], values[5]
        elif command == "A":
            rx, _ry, _rotation, large, sweep, x2, y2 = numbers(7)
            for px, py in _arc_points(x, y, rx, bool(large), bool(sweep), x2, y2):
                path.lineTo(px, py)
            x, y = x2, y2
        elif command == "Z":
            path.closePath()
        else:
            raise UnsupportedIcon(f"path command {command!r}")
    return path


def _shapes(root: ET.Element, colour) -> list:
    base_stroke = root.get("stroke", "none") != "none"
    width = float(root.get("stroke-width", "1"))
    out = []
    for el in root:
        tag = el.tag.removeprefix(_SVG)
        stroke = el.get("stroke", "inherit")
        stroked = base_stroke if stroke == "inherit" else stroke != "none"
        filled = el.get("fill", root.get("fill", "none")) != "none"
        style = {"strokeColor": colour if stroked else None, "strokeWidth": width,
                 "fillColor": colour if filled else None, "strokeLineCap": 1, "strokeLineJoin": 1}
        if tag == "path":
            out.append(_path(el.get("d", ""), **style))
        elif tag == "rect":
            w, h = float(el.get("width", 0)), float(el.get("height", 0))
            rx = float(el.get("rx", 0))
            out.append(Rect(float(el.get("x", 0)), float(el.get("y", 0)), w, h, rx=rx, ry=rx, **style))
        elif tag == "circle":
            out.append(Circle(float(el.get("cx", 0)), float(el.get("cy", 0)), float(el.get("r", 0)), **style))
        else:
            raise UnsupportedIcon(f"element {tag!r}")
    return out


@cache
def _parsed(chapter: str) -> ET.Element | None:
    path = resources_dir() / "icons" / "chapters" / f"{chapter}.svg"
    if not path.is_file():
        return None
    return ET.parse(path).getroot()


def chapter_icon(chapter: str, size: float, colour=INK) -> Drawing | None:
    """The chapter's icon as a ``size``-point square drawing, or None when it has none."""
    root = _parsed(chapter)
    if root is None:
        return None
    scale = size / GRID
    # SVG's y runs down, the PDF's up: flip while scaling the 24×24 grid to ``size``
    group = Group(*_shapes(root, colour), transform=(scale, 0, 0, -scale, 0, size))
    drawing = Drawing(size, size)
    drawing.add(group)
    return drawing
