"""The one stylesheet of every PDF: paragraph styles, table style, colours, writing lines."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1f2328")
SOFT = colors.HexColor("#5d646b")
RULE = colors.HexColor("#b9b3a9")
TINT = colors.HexColor("#f1eee8")
ACCENT = colors.HexColor("#2f6f9f")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5, textColor=INK,
                          spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=SOFT),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=26, leading=32,
                                spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, textColor=SOFT),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=17, leading=22,
                             spaceBefore=4, spaceAfter=8, textColor=ACCENT),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12.5, leading=17,
                             spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=base, fontName=BOLD, fontSize=9.5,
                                   leading=12.5, spaceAfter=0),
        "note": ParagraphStyle("note", parent=base, backColor=TINT, borderPadding=6,
                               spaceBefore=6, spaceAfter=10),
    }


def visual_order(text: str) -> str:
    """Right-to-left runs (Hebrew, Arabic) put in display order; reportlab draws characters as
    given, so without this "שלום" would print mirrored. Left-to-right text is returned as is."""
    import unicodedata

    if not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text):
        return text
    try:
        from bidi.algorithm import get_display
    except ImportError:  # pragma: no cover - newer python-bidi
        from bidi import get_display
    return "\n".join(get_display(line) for line in text.split("\n"))


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of *user or translated* text: always escaped, newlines kept."""
    safe = escape(visual_order(text or "")).replace("\n", "<br/>")
    return Paragraph(safe, styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of the app's own trusted markup (``<b>`` etc.), never user text."""
    return Paragraph(text, styles()[style])


def table(rows, col_widths, header: bool = True, zebra: bool = True, row_heights=None) -> Table:
    # splitInRow: one very long cell (a 10,000-character note) may run on over the next page
    t = Table(rows, colWidths=col_widths, rowHeights=row_heights, repeatRows=1 if header else 0, splitInRow=1)
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 1, INK), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    if zebra:
        cmds += [("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, TINT])]
    t.setStyle(TableStyle(cmds))
    return t


def writing_lines(count: int, width: float) -> Table:
    """Empty ruled lines to write on by pen (blank worksheets)."""
    t = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=[9 * mm] * count)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return t


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
