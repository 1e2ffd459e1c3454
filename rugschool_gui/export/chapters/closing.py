"""PDF of the closing chapter (WORKBOOK.md §6). Two parts in two places: the workbook on one page
opens a filled-in PDF (named as such, so a consultation starts from it), and "Tot slot" with the
key tips closes it, where a reader expects it. The summary's sentences are the closing page's own
(``wording/closing.py``); each row names what it quotes (the question an answer belongs to)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm

from ...wording.closing import chapter_title, summary_lines, words
from ..content_pdf import content_flowables
from ..printout import Printout
from ..sheets import rule_lines, sheet
from ..styles import heading, para, table


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def build(store, workbook_id, p: Printout) -> list:
    """"Tot slot": the key tips (both filled in and blank); blank adds a sheet for the summary."""
    tips = [heading(words("title", p.lang), 0), *content_flowables("closing_tips", p.lang)]
    if not p.blank:
        return tips
    return [*tips, *_blank_summary(p)]


def summary(store, workbook_id, p: Printout) -> list:
    """"Mijn werkboek op één blad", or nothing when nothing is filled in anywhere yet."""
    from ...storage.closing import workbook_summary

    s = workbook_summary(store, workbook_id, p.today or date.today())
    lines = summary_lines(s, p.day, p.lang)
    if not any(rows for _chapter, rows in lines):
        return []
    rows = [[para(chapter_title(chapter, p.lang), "cellbold"),
             [para(line, "cell") for line in rows] or para(words("nothing", p.lang), "cellsmall")]
            for chapter, rows in lines]
    return [heading(words("summary_title", p.lang), 0), para(words("paper.summary_intro", p.lang)),
            table(rows, [48 * mm, p.width - 48 * mm], header=False)]


def _blank_summary(p: Printout) -> list:
    from ...wording.closing import ROWS

    out = sheet(p, words("title", p.lang), words("summary_title", p.lang), words("paper.summary_blank", p.lang))
    rows = [[para(chapter_title(chapter, p.lang), "cellbold"), ""] for chapter in ROWS]
    out.append(table(rows, [48 * mm, p.width - 48 * mm], header=False, zebra=False, grid=True,
                     row_heights=[30 * mm] * len(rows)))
    out += [para(words("paper.next_step", p.lang), "label"), rule_lines(3, p.width)]
    return out
