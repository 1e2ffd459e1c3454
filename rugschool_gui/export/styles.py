"""The one stylesheet of every PDF: paragraph styles, table style, colours, writing lines."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from .fonts import BOLD, REGULAR, register_fonts
from .layout import DataTable, Heading, _hyphenate_cell, fit_columns
from .long_table import LONG_TEXT, LongTable, RowSource, pieces

INK = colors.HexColor("#1f2328")
SOFT = colors.HexColor("#5d646b")
RULE = colors.HexColor("#b9b3a9")
TINT = colors.HexColor("#f1eee8")
ACCENT = colors.HexColor("#2f6f9f")
PAPER = colors.white  # the page (a hollow marker, text on a filled bar)


def role_colour(role: str) -> colors.Color:
    """A chart series' colour on paper: the shared chart hues (``domain.charts.ROLE_COLOURS``),
    the soft ink for a role without one. The one place the PDF's charts take colours from."""
    from ..domain.charts import ROLE_COLOURS

    return colors.HexColor(ROLE_COLOURS[role]) if role in ROLE_COLOURS else SOFT


def translucent(colour: colors.Color, alpha: float) -> colors.Color:
    """``colour`` seen through: a break in a bar, a diagram's filled shape."""
    return colors.Color(colour.red, colour.green, colour.blue, alpha=alpha)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    # allowWidows=0: a paragraph's last line never starts a page on its own
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14.5, textColor=INK,
                          spaceAfter=4, allowWidows=0)
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5, spaceAfter=0)
    return {
        "body": base,
        # a blank sheet's one-line instruction: never smaller than 10 pt (issue #19)
        "lead": ParagraphStyle("lead", parent=base, spaceBefore=4, spaceAfter=6),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=SOFT),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=26, leading=32,
                                spaceAfter=10),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, textColor=SOFT),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=17, leading=22,
                             spaceBefore=4, spaceAfter=8, textColor=ACCENT, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12.5, leading=17,
                             spaceBefore=8, spaceAfter=4, keepWithNext=1),
        # a label over what it names (a question over its answers): stays with it
        "label": ParagraphStyle("label", parent=cell, fontName=BOLD, spaceBefore=4, spaceAfter=2,
                                keepWithNext=1),
        "cell": cell,
        "cellbold": ParagraphStyle("cellbold", parent=cell, fontName=BOLD),
        "cellsmall": ParagraphStyle("cellsmall", parent=cell, fontSize=8.5, leading=11, textColor=SOFT),
        "note": ParagraphStyle("note", parent=base, backColor=TINT, borderPadding=6,
                               spaceBefore=6, spaceAfter=10),
        "toc0": ParagraphStyle("toc0", parent=base, fontName=BOLD, spaceAfter=0, leading=13.5),
        "toc1": ParagraphStyle("toc1", parent=base, fontSize=9, leading=11, spaceAfter=0,
                               leftIndent=5 * mm),
        "field": ParagraphStyle("field", parent=base, spaceBefore=2, spaceAfter=6),
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
    return para_in(text or "", styles()[style])


class _Paragraph(Paragraph):
    """A paragraph that remembers its lines for the width it was last laid out at: a table
    measures each cell several times as it splits over pages, with the same width each time."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if getattr(self, "_laid_out_for", None) == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._laid_out_for = availWidth
        return size


def para_in(text: str, style: ParagraphStyle, plain: str | None = None) -> Paragraph:
    """:func:`para` with a style object; ``plain`` is the text as typed (before hyphens went in)."""
    safe = escape(visual_order(text)).replace("\n", "<br/>")
    p = _Paragraph(safe, style)
    p.plain = text if plain is None else plain
    return p


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of the app's own trusted markup (``<b>`` etc.), never user text."""
    return Paragraph(text, styles()[style])


def heading(text: str, level: int = 0, *, in_contents: bool = True, style_name: str = "") -> Heading:
    """A chapter (0) or section (1) title: in the contents, the outline, kept with what follows."""
    style = styles()[style_name or ("h1" if level == 0 else "h2")]
    return Heading(escape(visual_order(text)), style, title=text, level=level, in_contents=in_contents)


def keep(flowable):
    """``flowable`` kept with the start of what follows it (a line between a heading and its figure)."""
    flowable.__dict__["keepWithNext"] = 1  # a Drawing refuses attributes it does not know
    return flowable


class _Pieces(list):
    """A very long text cut into paragraphs (each goes on a row of its own)."""


class _Cont(str):
    """The empty cell of a row that continues the one above it (a long text running on)."""


CONT = _Cont("")


def _long_cell(cell):
    """A very long text as several paragraphs (issue #18: laid out page by page in linear time)."""
    text = getattr(cell, "plain", None)
    if not isinstance(cell, Paragraph) or text is None or len(text) <= LONG_TEXT:
        return cell
    return _Pieces(para_in(piece, cell.style) for piece in pieces(text))


def _tail_pieces(extra: object) -> list:
    cell = _long_cell(extra)
    return list(cell) if isinstance(cell, _Pieces) else [extra]


def _rows_of(cells: list) -> list[list]:
    """One row, or — when a cell holds a very long text — that row and rows that continue it,
    one piece of the text each: a table splits between rows in no time, while splitting inside
    one huge cell measures all of it again at every page."""
    count = max((len(c) for c in cells if isinstance(c, _Pieces)), default=0)
    if count <= 1:
        return [[c[0] if isinstance(c, _Pieces) else c for c in cells]]
    return [[(c[i] if i < len(c) else CONT) if isinstance(c, _Pieces) else (c if i == 0 else CONT)
             for c in cells] for i in range(count)]


def _continues(row: list) -> bool:
    return any(isinstance(c, _Cont) for c in row)


def table(rows, col_widths, header: bool = True, zebra: bool = True, row_heights=None, *,
          tail: Sequence[object] = (), grid: bool = False, fit: bool = True) -> DataTable:
    """A table whose columns fit their longest word (a word that fits no column is hyphenated,
    never cut), that never leaves a lone row on a page, and keeps ``tail`` (flowables under the
    table: a note, the reflections) with its last rows. ``fit=False``: the widths as given."""
    width = sum(col_widths)
    rows = [list(r) for r in rows]
    cols = len(col_widths)
    # a very long closing note runs on over several rows too, so the table splits between them
    tail = [piece for extra in tail for piece in _tail_pieces(extra)]
    widths = fit_columns(rows, col_widths) if fit else list(col_widths)
    body: list[list] = []
    for row in rows:
        body += _rows_of([_long_cell(_hyphenate_cell(c, widths[i])) for i, c in enumerate(row)])
    if row_heights is not None and len(row_heights) != len(body):
        row_heights = None  # a long text ran on over more rows: let them find their height
    rows = body + [[extra] + [""] * (cols - 1) for extra in tail]
    if row_heights is not None and tail:
        row_heights = list(row_heights) + [None] * len(tail)
    t = DataTable(rows, colWidths=widths, rowHeights=row_heights, repeatRows=1 if header else 0,
                  splitInRow=1, tail_rows=len(tail))
    body_end = len(body) - 1
    cmds: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    group = 0
    first = 1 if header else 0
    for r in range(first, body_end + 1):  # a row and the rows that continue it: one band, one rule
        if r > first and not _continues(body[r]):
            group += 1
        if zebra and group % 2:
            cmds.append(("BACKGROUND", (0, r), (-1, r), TINT))
        if r == body_end or not _continues(body[r + 1]):
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
        else:
            cmds.append(("BOTTOMPADDING", (0, r), (-1, r), 0))
    if header:
        cmds += [("LINEBELOW", (0, 0), (-1, 0), 1, INK), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    if grid:
        cmds += [("GRID", (0, 0), (-1, body_end), 0.4, RULE)]
    for r in range(body_end + 1, len(rows)):
        cmds += [("SPAN", (0, r), (-1, r)), ("LEFTPADDING", (0, r), (-1, r), 0)]
    t.setStyle(TableStyle(cmds))
    t._width_total = width
    return t


def long_table(header: list, items, render, col_widths, *, tail: Sequence[object] = ()):
    """:func:`table` of ``items`` (a sequence, or a :class:`RowSource` that reads them page by
    page), each row made by ``render(item)`` only when it is laid out; a short one is a plain
    table. The columns fit the header and the first rows, and stay put on every page."""
    source = items if isinstance(items, RowSource) else RowSource.of(items, render)
    if len(source) <= LongTable.CHUNK:
        return table([header, *source.rows(0, len(source))], col_widths, tail=tail)
    widths = fit_columns([header, *source.rows(0, LongTable.CHUNK)], col_widths)

    def make(rows, extra):
        return table(rows, widths, tail=extra, fit=False)

    return LongTable(header, source, make, tail=tail)


def writing_lines(count: int, width: float, height_mm: float = 9) -> Table:
    """Empty ruled lines to write on by pen (blank worksheets)."""
    t = Table([[""] for _ in range(count)], colWidths=[width], rowHeights=[height_mm * mm] * count)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE), ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return t


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
