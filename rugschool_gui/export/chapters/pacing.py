"""PDF of the pacing chapter (WORKBOOK.md §2, "Spreading activities"): filled in, or blank.

Filled: what was done, not only the plan — the current week's grid on a landscape page (days ×
day parts, kind and must/want marked, what is done ticked) with its balance flags, then week by
week how the recent weeks went (planned, done, want-to-do done, breaks taken with the timer),
then the saved chunk plans with the figure the screen draws. Blank: an empty landscape week grid
and a chunk-planning sheet. Every sentence comes from ``wording/pacing.py``, the screen's own
wording: a flag reads the same on paper as on screen.
"""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak

from ...domain.pacing import (
    DAY_PARTS,
    DAYS,
    balance_flags,
    chunk_comparison,
    open_flags,
    week_dates,
    week_monday,
)
from ...domain.pacing_weeks import week_done, weeks_total
from ...wording import pacing as wording
from ...wording.pacing import words
from ..charts import timeline_drawing
from ..document import PORTRAIT, LandscapeStart, switch_to
from ..printout import Printout
from ..sheets import sheet
from ..styles import gap, heading, long_table, para, table
from ..texts import day_month

BLANK_CHUNK_ROWS = 8


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def _grid(lang: str, width: float, cell_texts: dict[tuple[int, str], str], monday: date | None,
          row_height: float | None = None):
    first_col = 24 * mm
    col = (width - first_col) / DAYS
    header = [para("", "cellbold")]
    dates = week_dates(monday) if monday is not None else [None] * DAYS
    for d, day in enumerate(dates):
        label = words(f"day_{d}", lang).capitalize()
        if day is not None:
            label += "\n" + day_month(day, lang)
        header.append(para(label, "cellbold"))
    rows = [header]
    for part in DAY_PARTS:
        rows.append([para(words(f"part_{part}", lang).capitalize(), "cellbold")] +
                    [para(cell_texts.get((d, part), ""), "cell") for d in range(DAYS)])
    heights = None if row_height is None else [None] + [row_height] * len(DAY_PARTS)
    return table(rows, [first_col] + [col] * DAYS, zebra=False, row_heights=heights, grid=True)


def _weeks(repo, store, workbook_id: str, p: Printout) -> list:
    """The planned weeks up to this one, latest first (only those since ``p.since``)."""
    out = []
    monday = repo.latest_planned_week(store, workbook_id, p.today)
    while monday is not None and (p.since is None or monday >= week_monday(p.since)):
        out.append(week_done(monday, repo.list_week(store, workbook_id, monday),
                             repo.breaks_in_week(store, workbook_id, monday)))
        monday = repo.latest_planned_week(store, workbook_id, monday - timedelta(days=1))
    return out


def build(store, workbook_id, p: Printout) -> list | None:
    if p.blank:
        return _blank(p)
    from ...storage import pacing as repo

    lang = p.lang
    monday = repo.latest_planned_week(store, workbook_id, p.today)
    plans = repo.list_chunk_plans(store, workbook_id)
    if monday is None and not plans:
        return None
    story: list = []
    if monday is not None:
        acts = repo.list_week(store, workbook_id, monday)
        texts: dict[tuple[int, str], list[str]] = {}
        for a in acts:
            mark = ("✓ " if a.done else "") + ("♥ " if a.motive == "want" else "") + ("↔ " if a.task_id else "")
            texts.setdefault((a.day, a.part), []).append(
                f"{mark}{a.name}\n{wording.minutes(a.minutes, lang)} · {words(f'pdf_kind_{a.kind}', lang)}")
        first, last = p.day(monday), p.day(week_dates(monday)[-1])
        story += [LandscapeStart(), heading(words("title", lang), 0), para(words("pdf_intro", lang)),
                  heading(words("pdf_week", lang, first=first, last=last), 1),
                  _grid(lang, p.wide, {k: "\n".join(v) for k, v in texts.items()}, monday), gap(1),
                  para(words("pdf_legend", lang), "small")]
        flags = open_flags(balance_flags(acts), repo.dismissed_flags(store, workbook_id, monday))
        story.append(heading(words("flags", lang), 1))
        if not flags:
            story.append(para(words("no_flags", lang)))
        for f in flags:
            story.append(para(f"• {wording.flag_title(f.key, f.day, f.part, f.kind, lang)}. "
                              f"{wording.flag_why(f.key, lang)}"))
        story += [switch_to(PORTRAIT), PageBreak()]
        story += _history(_weeks(repo, store, workbook_id, p), p)
    else:
        story += [heading(words("title", lang), 0), para(words("pdf_no_plan", lang), "note")]
    if plans:
        story += [heading(words("chunks", lang), 1), para(words("pdf_chunks_intro", lang))]

        def minutes(m: float) -> str:
            return wording.minutes(m, lang)

        for plan in plans:
            chunked, at_once = chunk_comparison(plan)
            story.append(KeepTogether([
                para(words("pdf_chunk_line", lang, name=plan.name, work=minutes(plan.work),
                           chunk=minutes(plan.chunk), pause=minutes(plan.pause), chunked=minutes(chunked.total),
                           recovery=minutes(plan.recovery), at_once=minutes(at_once.total))),
                timeline_drawing((chunked, at_once), lambda k: words(k, lang), minutes, p.width), gap(4)]))
    return story


def _history(weeks, p: Printout) -> list:
    """Week by week: planned, done, want-to-do done, breaks taken with the timer."""
    lang = p.lang
    out = [heading(words("paper.weeks_title", lang), 1), para(words("paper.weeks_intro", lang))]
    header = [para(words(k, lang), "cellbold") for k in
              ("paper.col_week", "paper.col_planned", "paper.col_done", "paper.col_want", "paper.col_breaks")]

    def breaks(taken: int, planned: int) -> str:
        return words("paper.breaks", lang, taken=taken, planned=planned) if planned else "—"

    def row(w) -> list:
        return [para(p.day(w.monday), "cell"), para(str(w.planned), "cell"), para(str(w.done), "cell"),
                para(str(w.want_done), "cell"), para(breaks(w.breaks_taken, w.breaks_planned), "cell")]

    total = weeks_total(weeks)
    tail = []
    if total is not None and len(weeks) > 1:
        tail.append(para(words("paper.weeks_total", lang, weeks=len(weeks), planned=total.planned, done=total.done,
                               want=total.want_done), "small"))
    width = p.width
    # years of weeks: laid out a page at a time, each week's row made when it is placed (#18)
    return out + [long_table(header, weeks, row, [40 * mm, 28 * mm, 28 * mm, 40 * mm, width - 136 * mm], tail=tail)]


def _blank(p: Printout) -> list:
    lang = p.lang

    def w(key: str) -> str:
        return words(key, lang)

    chapter = w("title")
    story: list = [LandscapeStart(), *sheet(p, chapter, w("pdf_week_sheet"), w("pdf_blank_intro"), p.wide,
                                               week=True, first=True),
                   _grid(lang, p.wide, {}, None, row_height=36 * mm), gap(1), para(w("pdf_legend"), "small"),
                   switch_to(PORTRAIT)]
    story += sheet(p, chapter, w("pdf_chunk_form"), w("pdf_chunks_intro"))
    story += [para(f"{w('pdf_task')} {'_' * 40}"), para(w("pdf_work_total")), para(w("pdf_chunk")),
              para(w("pdf_pause")), gap(3)]
    rows = [[para(h, "cellbold") for h in (w("pdf_block"), w("pdf_work"), w("pdf_break"), w("done"))]]
    rows += [[para(str(i), "cell"), "", "", para("☐", "cell")] for i in range(1, BLANK_CHUNK_ROWS + 1)]
    story += [table(rows, [20 * mm, 45 * mm, 45 * mm, p.width - 110 * mm], zebra=False,
                    row_heights=[None] + [10 * mm] * BLANK_CHUNK_ROWS), gap(4),
              para(w("pdf_sum_chunked")), para(w("pdf_sum_at_once"))]
    return story
