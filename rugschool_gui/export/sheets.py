"""The head of a blank worksheet that stands on its own (issue #19): the chapter it belongs to,
its title, fields for the name and the date (or the week), and a one-line instruction in the
body size (10.5 pt, never smaller than 10). Every sheet starts on a page of its own, so one page
can be printed again and again."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Table, TableStyle

from .fonts import REGULAR
from .layout import ChapterMark
from .printout import Printout
from .styles import INK, RULE, heading, para, styles
from .texts import TEXTS, pick

SHEET_LINE = 8 * mm  # the height of one writing line on a sheet


def fields(p: Printout, width: float, *, week: bool = False) -> Table:
    """"Naam: ______   Datum: ______" (or "Week van: ______") to fill in by pen."""
    t = pick(TEXTS, p.lang)
    second = t["sheet_week"] if week else t["sheet_date"]
    cell = styles()["body"]
    from reportlab.pdfbase.pdfmetrics import stringWidth

    a = stringWidth(t["sheet_name"], cell.fontName, cell.fontSize) + 8
    b = stringWidth(second, cell.fontName, cell.fontSize) + 8
    rest = width - a - b - 6 * mm
    table = Table([[para(t["sheet_name"]), "", "", para(second), ""]],
                  colWidths=[a, rest * 0.58, 6 * mm, b, rest * 0.42], rowHeights=[9 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, INK), ("LINEBELOW", (4, 0), (4, 0), 0.6, INK),
    ]))
    return table


def sheet(p: Printout, chapter: str, title: str, instruction: str, width: float | None = None, *,
          week: bool = False, first: bool = False) -> list:
    """The head of one sheet; ``first``: the chapter's first sheet (its outline entry goes here),
    otherwise the sheet starts a new page."""
    out: list = [ChapterMark(chapter)] if first else [PageBreak()]
    out += [para(chapter, "small"), heading(title, 1, style_name="h1"),
            fields(p, width or p.width, week=week)]
    if instruction:
        out.append(para(instruction, "lead"))
    return out


def rule_lines(count: int, width: float) -> Table:
    """``count`` ruled lines to write on, :data:`SHEET_LINE` apart."""
    t = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=[SHEET_LINE] * count)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return t
