"""PDF of the closing chapter (WORKBOOK.md §6): the workbook in one page — it comes first in a
filled-in PDF, so a consultation starts from it — and the key tips. The summary's sentences are
the closing page's own (``wording/closing.py``)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak

from ...wording.closing import chapter_title, summary_lines, words
from ..content_pdf import content_flowables
from ..styles import para, table
from ..texts import long_date


def title(lang: str) -> str:
    return words("summary_title", lang)


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    tips = [para(words("title", lang), "h1"), *content_flowables("closing_tips", lang), PageBreak()]
    if blank:
        return tips
    from ...storage.closing import workbook_summary

    s = workbook_summary(store, workbook_id, today or date.today())
    rows = [[para(chapter_title(chapter, lang), "cellbold"), para("\n".join(lines) or words("nothing", lang), "cell")]
            for chapter, lines in summary_lines(s, lambda d: long_date(d, lang), lang)]
    return [para(title(lang), "h1"), table(rows, [48 * mm, width - 48 * mm], header=False), PageBreak(), *tips]
