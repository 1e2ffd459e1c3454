"""PDF of the pacing chapter (WORKBOOK.md §2, "Spreading activities"): filled in, or blank.

Filled: the week plan on a landscape page (a grid of days × day parts with kind and must/want
marked), the balance flags of that week with why they matter, then the saved chunk plans with
the same figure the screen draws. Blank: an empty landscape week grid and a chunk-planning form.
Every sentence comes from ``wording/pacing.py``, the screen's own wording: a flag reads the same
on paper as on screen.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from ...domain.pacing import (
    DAY_PARTS,
    DAYS,
    balance_flags,
    chunk_comparison,
    open_flags,
    week_dates,
)
from ...wording import pacing as wording
from ...wording.pacing import words
from ..charts import timeline_drawing
from ..document import LANDSCAPE, PORTRAIT, switch_to
from ..styles import gap, para, table
from ..texts import long_date

BLANK_CHUNK_ROWS = 8
#: the week grid needs the width of a landscape page (the PDF switches before this chapter)
FIRST_PAGE = LANDSCAPE


def title(lang: str) -> str:
    return words("title", lang)


def _grid(lang: str, width: float, cell_texts: dict[tuple[int, str], str], monday: date | None,
          row_height: float | None = None):
    first_col = 22 * mm
    col = (width - first_col) / DAYS
    header = [para("", "cellbold")]
    dates = week_dates(monday) if monday is not None else [None] * DAYS
    for d, day in enumerate(dates):
        label = words(f"day_{d}", lang).capitalize()
        if day is not None:
            label += f"\n{day.day}/{day.month}"
        header.append(para(label, "cellbold"))
    rows = [header]
    for part in DAY_PARTS:
        rows.append([para(words(f"part_{part}", lang).capitalize(), "cellbold")] +
                    [para(cell_texts.get((d, part), ""), "cell") for d in range(DAYS)])
    heights = None if row_height is None else [None] + [row_height] * len(DAY_PARTS)
    grid = table(rows, [first_col] + [col] * DAYS, zebra=False, row_heights=heights)
    from reportlab.platypus import TableStyle

    from ..styles import RULE

    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, RULE)]))
    return grid


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    from reportlab.lib.pagesizes import A4, landscape

    from ..document import MARGIN

    wide = landscape(A4)[0] - 2 * MARGIN
    story = [para(words("title", lang), "h1")]
    if blank:
        return story + _blank(lang, wide, width)
    from ...storage import pacing as repo

    today = today or date.today()
    story.append(para(words("pdf_intro", lang)))
    monday = repo.latest_planned_week(store, workbook_id, today)
    if monday is None:
        story.append(para(words("pdf_no_plan", lang), "note"))
    else:
        acts = repo.list_week(store, workbook_id, monday)
        texts: dict[tuple[int, str], list[str]] = {}
        for a in acts:
            mark = ("✓ " if a.done else "") + ("♥ " if a.motive == "want" else "") + ("↔ " if a.task_id else "")
            texts.setdefault((a.day, a.part), []).append(
                f"{mark}{a.name}\n{wording.minutes(a.minutes, lang)} · {words(f'pdf_kind_{a.kind}', lang)}")
        story += [para(words("pdf_week", lang, first=long_date(monday, lang),
                             last=long_date(week_dates(monday)[-1], lang)), "h2"),
                  _grid(lang, wide, {k: "\n".join(v) for k, v in texts.items()}, monday), gap(1),
                  para(words("pdf_legend", lang), "small")]
        flags = open_flags(balance_flags(acts), repo.dismissed_flags(store, workbook_id, monday))
        story.append(para(words("flags", lang), "h2"))
        if not flags:
            story.append(para(words("no_flags", lang)))
        for f in flags:
            story.append(para(f"• {wording.flag_title(f.key, f.day, f.part, f.kind, lang)}. "
                              f"{wording.flag_why(f.key, lang)}"))
    story += [switch_to(PORTRAIT), PageBreak()]
    plans = repo.list_chunk_plans(store, workbook_id)
    if plans:
        story += [para(words("chunks", lang), "h1"), para(words("pdf_chunks_intro", lang))]

        def minutes(m: float) -> str:
            return wording.minutes(m, lang)

        for plan in plans:
            chunked, at_once = chunk_comparison(plan)
            story.append(KeepTogether([
                para(words("pdf_chunk_line", lang, name=plan.name, work=minutes(plan.work),
                           chunk=minutes(plan.chunk), pause=minutes(plan.pause), chunked=minutes(chunked.total),
                           recovery=minutes(plan.recovery), at_once=minutes(at_once.total))),
                timeline_drawing((chunked, at_once), lambda k: words(k, lang), minutes, width), gap(4)]))
        story.append(PageBreak())
    return story


def _blank(lang: str, wide: float, width: float) -> list:
    def w(key: str) -> str:
        return words(key, lang)

    story = [para(w("pdf_blank_intro")), para(w("pdf_week_of")), _grid(lang, wide, {}, None, row_height=38 * mm),
             gap(1), para(w("pdf_legend"), "small"), switch_to(PORTRAIT), PageBreak(),
             para(w("pdf_chunk_form"), "h1"), para(w("pdf_chunks_intro")), gap(2),
             para(f"{w('pdf_task')} {'_' * 40}"), para(w("pdf_work_total")), para(w("pdf_chunk")),
             para(w("pdf_pause")), gap(3)]
    rows = [[para(h, "cellbold") for h in (w("pdf_block"), w("pdf_work"), w("pdf_break"), w("done"))]]
    rows += [[para(str(i), "cell"), "", "", para("☐", "cell")] for i in range(1, BLANK_CHUNK_ROWS + 1)]
    story += [table(rows, [20 * mm, 45 * mm, 45 * mm, width - 110 * mm], zebra=False,
                    row_heights=[None] + [9 * mm] * BLANK_CHUNK_ROWS), gap(4),
              para(w("pdf_sum_chunked")), para(w("pdf_sum_at_once")), PageBreak()]
    return story
