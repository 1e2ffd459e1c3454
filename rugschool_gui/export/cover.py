"""The front of the document: the cover with the table of contents, the line that heads a
single chapter, and the short guide to the chapters not started yet."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle

from ..wording import numbered
from .fonts import BOLD, REGULAR
from .icons import chapter_icon
from .layout import ChapterMark, Heading, PageNumber
from .printout import Printout
from .styles import RULE, gap, heading, markup, para, table
from .texts import TEXTS, pick

#: the side of a chapter's icon in the table of contents (points): a little taller than its capitals
ICON_SIZE = 12


def contents(entries: list[Heading | ChapterMark], width: float) -> Table:
    """The table of contents: every chapter and section with the page it starts on."""
    number_w, icon_w = 14 * mm, 7 * mm
    rows = []
    style = []
    for i, h in enumerate(entries):
        top = h.level == 0
        chapter = getattr(h, "chapter", None)  # a chapter's own drawing, as in the side menu
        icon = chapter_icon(chapter, ICON_SIZE) if top and chapter else None
        rows.append([icon or "", para(h.title, "toc0" if top else "toc1"),
                     PageNumber(h.key, BOLD if top else REGULAR, 10.5 if top else 9)])
        if top and i:
            style.append(("TOPPADDING", (0, i), (-1, i), 4))
    t = Table(rows, colWidths=[icon_w, width - number_w - icon_w, number_w], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE), *style]))
    return t


def cover(name: str | None, p: Printout, *, blank: bool, contents: Table | None, about: int | None) -> list:
    """Who, what and when; the history left out said once; what the document holds, with pages."""
    t = pick(TEXTS, p.lang)
    story: list = [gap(2), para(t["brand"], "subtitle")]
    if blank:
        story += [para(t["blank"], "title"), para(t["blank_intro"])]
    else:
        story += [para(name or "", "title"), para(t["filled"], "subtitle")]
    story.append(para(numbered(t["made_on"], p.day(p.today)), "small"))
    if not blank:
        story.append(para(t["private"], "small"))
    if about:
        story.append(para(numbered(t["about"], about), "small"))
    if contents is not None:
        story += [gap(3), para(t["contents"], "h2"), contents]
    return story


def one_chapter_header(name: str | None, p: Printout, *, about: int | None) -> list:
    """One chapter alone has no cover page: one line says whose it is and when it was made."""
    t = pick(TEXTS, p.lang)
    line = " · ".join(x for x in (t["brand"], name or "", numbered(t["made_on"], p.day(p.today))) if x)
    out = [para(line, "small")]
    if about:
        out.append(para(numbered(t["about"], about), "small"))
    return out + [gap(2)]


def start_here(chapter_ids: list[str], lang: str, width: float, *, empty: bool) -> list:
    """What each chapter not started yet is for, and how to start it (a few lines each)."""
    from .chapters import builders

    t = pick(TEXTS, lang)
    known = builders()
    out: list = [heading(t["start_title"] if empty else t["not_started"], 0),
                 para(t["start_intro"] if empty else t["not_started_intro"])]
    rows = []
    for cid in chapter_ids:
        about, begin = known[cid].about(lang)
        lead, _sep, rest = numbered(t["begin"], "\0").partition("\0")
        rows.append([para(known[cid].title(lang), "cellbold"),
                     [para(about, "cell"), markup(f"<b>{escape(lead.strip())}</b> {escape(rest + begin)}", "cell")]])
    if rows:
        out.append(table(rows, [46 * mm, width - 46 * mm], header=False, zebra=False))
    return out
