"""PDF of "doing too little" (WORKBOOK.md §3): causes with dates, the value weighing, and the
questionnaire scores with their chart and reflections. Blank: the causes checklist, a value
weighing form and a score table."""

from __future__ import annotations

from datetime import date
from functools import partial

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from ...domain.too_little import CAUSES, CONSEQUENCES, MOMENTS, OWN, score_chart
from ...wording.too_little import chart_label, total, words
from ..charts import chart_drawing
from ..styles import gap, para, table
from ..texts import long_date, short_date

VALUE_COLUMNS = ("col.activity", "col.value", "col.matters", "col.adapted")
SCORE_COLUMNS = ("col.date", "col.name", "col.moment", "col.total")


def title(lang: str) -> str:
    return words("title", lang)


def _header(keys: tuple[str, ...], lang: str) -> list:
    return [para(words(k, lang), "cellbold") for k in keys]


def _value_widths(width: float) -> list[float]:
    rest = (width - 60 * mm) / 2
    return [38 * mm, 22 * mm, rest, rest]


def _score_widths(width: float) -> list[float]:
    return [26 * mm, width - 86 * mm, 34 * mm, 26 * mm]


def build(store, workbook_id, *, lang: str, blank: bool, width: float, today: date | None = None,
          since: date | None = None) -> list:
    story = [para(title(lang), "h1"), para(words("causes", lang), "h2")]
    if blank:
        return story + _blank(lang, width)
    from ...storage import too_little as repo
    from ...storage import too_much

    ticks = too_much.list_cause_ticks(store, workbook_id, (*CAUSES, OWN))
    story += [para(f"✓ {tick.label if tick.cause == OWN else words('cause.' + tick.cause, lang)} "
                   f"({words('ticked_on', lang, day=long_date(tick.day, lang))})") for tick in ticks] or \
             [para(words("no_causes", lang), "small")]
    story += [para(words("consequences", lang), "h2"),
              para("\n".join("• " + words(f"consequence.{k}", lang) for k in CONSEQUENCES), "note")]
    story += [CondPageBreak(40 * mm), para(words("values", lang), "h2")]
    valued = repo.list_valued(store, workbook_id)
    if valued:
        rows = [_header(VALUE_COLUMNS, lang)]
        rows += [[para(a.name, "cell"), para("—" if a.value is None else f"{a.value}/10", "cell"),
                  para(a.what_matters, "cell"), para(a.adapted, "cell")] for a in valued]
        story.append(table(rows, _value_widths(width)))
    else:
        story.append(para(words("no_values", lang), "small"))
    story += [CondPageBreak(90 * mm), para(words("scores", lang), "h2")]
    scores = repo.list_scores(store, workbook_id)
    if scores:
        story += [chart_drawing(score_chart(scores, lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}"),
                                partial(chart_label, lang=lang), width), gap(2)]
        rows = [_header(SCORE_COLUMNS, lang)]
        rows += [[para(short_date(s.day, lang), "cell"), para(s.name, "cell"),
                  para(words(f"moment.{s.moment}", lang), "cell"), para(total(s.total), "cell")]
                 for s in reversed(scores)]
        story.append(table(rows, _score_widths(width)))
    else:
        story.append(para(words("no_scores", lang), "small"))
    notes = repo.reflections(store, workbook_id)
    story += [para(f"{words('reflection', lang, moment=words(f'moment.{m}', lang))} {notes[m]}")
              for m in MOMENTS if notes.get(m)]
    story.append(PageBreak())
    return story


def _blank(lang: str, width: float) -> list:
    story = [para(words("b_causes_intro", lang), "small")]
    story += [para("☐ " + words(f"cause.{k}", lang)) for k in CAUSES] + [para("☐ " + "_" * 60) for _ in range(2)]
    story += [gap(4), para(words("values", lang), "h2"), para(words("b_values_intro", lang), "small")]
    rows = [_header(VALUE_COLUMNS, lang)] + [[""] * 4 for _ in range(5)]
    story.append(table(rows, _value_widths(width), zebra=False, row_heights=[None] + [14 * mm] * 5))
    story += [CondPageBreak(90 * mm), para(words("scores", lang), "h2"), para(words("b_scores_intro", lang), "small")]
    rows = [_header(SCORE_COLUMNS, lang)] + [[""] * 4 for _ in range(8)]
    story += [table(rows, _score_widths(width), zebra=False, row_heights=[None] + [9 * mm] * 8), PageBreak()]
    return story
