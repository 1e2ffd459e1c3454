"""PDF of "understanding the pain" (WORKBOOK.md §1): the texts with the figures drawn from the
same specs as the screen, and the chain diary. Blank: a handout of the figures with their short
explanations (for a group session) and a chain diary form."""

from __future__ import annotations

from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from ...domain.understanding import LINKS, bio_psycho_social, chain_figure, sawtooth, vicious_circle
from ...wording.understanding import figure_label, link, words
from ..charts import chart_drawing, diagram_drawing
from ..content_pdf import content_flowables
from ..history import older_note, split_recent
from ..styles import gap, para, table
from ..texts import long_date

SECTIONS = (("understanding_bps", bio_psycho_social), ("understanding_circle", vicious_circle),
            ("understanding_chain", chain_figure), ("understanding_patterns", None))
BLANK_ROUNDS = 3


def title(lang: str) -> str:
    return words("title", lang)


def _figures(lang: str, width: float) -> list:
    out = []
    label = partial(figure_label, lang=lang)
    for name, figure in SECTIONS:
        drawing = (diagram_drawing(figure(), label, width * 0.9) if figure else
                   chart_drawing(sawtooth(), label, width))
        out += [CondPageBreak(70 * mm), *content_flowables(name, lang), gap(2), KeepTogether([drawing]), gap(4)]
    return out


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    story = [para(title(lang), "h1"), *_figures(lang, width)]
    if blank:
        return story + [PageBreak(), *_blank_form(lang, width)]
    from ...storage import understanding as repo

    story += [CondPageBreak(50 * mm), para(words("diary", lang), "h2")]
    entries = repo.list_entries(store, workbook_id)
    if not entries:
        story.append(para(words("no_entries", lang), "small"))
    col = width / len(LINKS)
    shown, older = split_recent(entries, lambda e: e.day, since)
    for e in shown:
        rows = [[para(link(k, lang), "cellbold") for k in LINKS]]
        rows += [[para(text, "cell") for text in r] for r in e.rounds]
        block = [para(long_date(e.day, lang), "cellbold"), table(rows, [col] * len(LINKS))]
        if e.change_link:
            block.append(para(words("change", lang, link=link(e.change_link, lang)), "small"))
        if e.note:
            block.append(para(words("note", lang, note=e.note), "small"))
        story += [KeepTogether(block), gap(3)]
    story += older_note(older, lambda e: e.day, lang)
    story.append(PageBreak())
    return story


def _blank_form(lang: str, width: float) -> list:
    col = width / len(LINKS)
    rows = [[para(link(k, lang), "cellbold") for k in LINKS]] + [[""] * len(LINKS) for _ in range(BLANK_ROUNDS)]
    form = table(rows, [col] * len(LINKS), zebra=False, row_heights=[None] + [32 * mm] * BLANK_ROUNDS)
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    form.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
    return [para(words("form", lang), "h1"), para(words("form_intro", lang), "small"), para(words("form_date", lang)),
            gap(2), form, PageBreak()]
