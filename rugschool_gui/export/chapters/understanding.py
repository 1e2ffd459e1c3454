"""PDF of "understanding the pain" (WORKBOOK.md §1): the texts with the figures drawn from the
same specs as the screen, and the chain diary. Blank: a handout of the figures with their short
explanations (for a group session) and a chain diary sheet.

A figure stays on one page with the paragraph just above it, the one that points at it ("De
figuur hieronder …"), so "below" is always true."""

from __future__ import annotations

from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from ...domain.understanding import LINKS, bio_psycho_social, chain_figure, sawtooth, vicious_circle
from ...wording.understanding import figure_label, link, words
from ..charts import chart_drawing, diagram_drawing
from ..content_pdf import content_flowables
from ..history import PagedReader, lazy_story, older_line
from ..printout import Printout
from ..sheets import rule_lines, sheet
from ..styles import gap, heading, para, table

SECTIONS = (("understanding_bps", bio_psycho_social), ("understanding_circle", vicious_circle),
            ("understanding_chain", chain_figure), ("understanding_patterns", None))
BLANK_ROUNDS = 3


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def _figures(lang: str, width: float) -> list:
    out: list = []
    label = partial(figure_label, lang=lang)
    for name, figure in SECTIONS:
        drawing = (diagram_drawing(figure(), label, width * 0.9) if figure else
                   chart_drawing(sawtooth(), label, width))
        text = content_flowables(name, lang)
        # a section stays on one page with its figure: "the figure below" is below, on this page
        # (a section too long for that keeps at least the paragraph above the figure with it)
        section = [*text, gap(2), drawing]
        if sum(len(getattr(f, "text", "")) for f in text) < 1400:
            out += [KeepTogether(section), gap(4)]
        else:
            out += [*text[:-1], KeepTogether([text[-1], gap(2), drawing]), gap(4)]
    return out


def build(store, workbook_id, p: Printout) -> list | None:
    if p.blank:
        return [heading(title(p.lang), 0), *_figures(p.lang, p.width), *_blank_form(p)]
    from ...storage import understanding as repo

    if not repo.entry_span(store, workbook_id).count:
        return None
    story = [heading(title(p.lang), 0), *_figures(p.lang, p.width), heading(words("diary", p.lang), 1)]
    col = p.width / len(LINKS)
    # newest first, read and laid out a few entries at a time (issue #18); older ones counted
    shown = repo.entry_span(store, workbook_id, since=p.since).count
    older = repo.entry_span(store, workbook_id, before=p.since) if p.since is not None else None
    left_out = older_line(p, older)

    def entry(i: int, e) -> list:
        rows = [[para(link(k, p.lang), "cellbold") for k in LINKS]]
        rows += [[para(text, "cell") for text in r] for r in e.rounds]
        tail = []
        if e.change_link:
            tail.append(para(words("change", p.lang, link=link(e.change_link, p.lang)), "small"))
        if e.note:
            tail.append(para(words("note", p.lang, note=e.note), "small"))
        if left_out and i == shown - 1:  # the count of older chains closes the last one
            tail.append(para(left_out, "small"))
        return [para(p.day(e.day), "label"), table(rows, [col] * len(LINKS), tail=tail), gap(2)]

    read = PagedReader(lambda after, limit: repo.entry_page(store, workbook_id, after=after, limit=limit,
                                                            since=p.since))
    story += lazy_story(shown, read, entry)
    if left_out and not shown:  # nothing recent: the count stands alone
        story.append(para(left_out, "small"))
    return story


def _blank_form(p: Printout) -> list:
    col = p.width / len(LINKS)
    rows = [[para(link(k, p.lang), "cellbold") for k in LINKS]] + [[""] * len(LINKS) for _ in range(BLANK_ROUNDS)]
    form = table(rows, [col] * len(LINKS), zebra=False, grid=True, row_heights=[None] + [38 * mm] * BLANK_ROUNDS)
    return [*sheet(p, title(p.lang), words("form", p.lang), words("form_intro", p.lang)), form, gap(4),
            para(words("paper.change_line", p.lang), "label"), rule_lines(1, p.width),
            para(words("paper.note_line", p.lang), "label"), rule_lines(3, p.width)]
