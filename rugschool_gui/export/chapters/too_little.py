"""PDF of "doing too little" (WORKBOOK.md §3): causes with dates, the value weighing, and the
questionnaire scores with their chart and reflections (kept with the table they speak of).
Blank, a sheet each: the causes checklist, a value weighing form, and the questionnaire scores
with room for the reflection at the start, the middle and the end."""

from __future__ import annotations

from functools import partial

from reportlab.lib.units import mm

from ...domain.too_little import CAUSES, CONSEQUENCES, MOMENTS, OWN, score_chart
from ...wording.too_little import chart_label, reflection_label, scale_title, total, words
from ..charts import chart_drawing
from ..printout import Printout
from ..sheets import rule_lines, sheet
from ..styles import gap, heading, keep, para, table
from ..texts import axis_dates

VALUE_COLUMNS = ("col.activity", "col.value", "col.matters", "col.adapted")
SCORE_COLUMNS = ("col.date", "col.name", "col.moment", "col.total")


def title(lang: str) -> str:
    return words("title", lang)


def about(lang: str) -> tuple[str, str]:
    return words("paper.about", lang), words("paper.begin", lang)


def _header(keys: tuple[str, ...], lang: str) -> list:
    return [para(words(k, lang), "cellbold") for k in keys]


def _value_widths(width: float) -> list[float]:
    rest = (width - 60 * mm) / 2
    return [38 * mm, 22 * mm, rest, rest]


def _score_widths(width: float) -> list[float]:
    return [34 * mm, width - 94 * mm, 34 * mm, 26 * mm]


def build(store, workbook_id, p: Printout) -> list | None:
    lang = p.lang
    if p.blank:
        return _blank(p)
    from ...storage import too_little as repo
    from ...storage import too_much

    ticks = too_much.list_cause_ticks(store, workbook_id, (*CAUSES, OWN))
    valued = repo.list_valued(store, workbook_id)
    scores = repo.list_scores(store, workbook_id)
    notes = repo.reflections(store, workbook_id)
    if not (ticks or valued or scores or any(notes.get(m) for m in MOMENTS)):
        return None
    story = [heading(title(lang), 0), heading(words("causes", lang), 1)]
    story += [para(f"✓ {tick.label if tick.cause == OWN else words('cause.' + tick.cause, lang)} "
                   f"({words('ticked_on', lang, day=p.day(tick.day))})") for tick in ticks] or \
             [para(words("no_causes", lang), "small")]
    story += [heading(words("consequences", lang), 1),
              para("\n".join("• " + words(f"consequence.{k}", lang) for k in CONSEQUENCES), "note")]
    story.append(heading(words("values", lang), 1))
    if valued:
        rows = [_header(VALUE_COLUMNS, lang)]
        rows += [[para(a.name, "cell"), para("—" if a.value is None else f"{a.value}/10", "cell"),
                  para(a.what_matters, "cell"), para(a.adapted, "cell")] for a in valued]
        story.append(table(rows, _value_widths(p.width)))
    else:
        story.append(para(words("no_values", lang), "small"))
    story.append(heading(words("scores", lang), 1))
    reflections = [para(f"{reflection_label(m, lang)} {notes[m]}") for m in MOMENTS if notes.get(m)]
    if scores:  # a known questionnaire by its name in the reader's language, as on screen
        spec = score_chart(scores, axis_dates([s.day for s in scores], lang),
                           lambda s: scale_title(s.scale, s.name, lang))
        story += [keep(chart_drawing(spec, partial(chart_label, lang=lang), p.width)), keep(gap(2))]
        rows = [_header(SCORE_COLUMNS, lang)]
        rows += [[para(p.day(s.day), "cell"), para(scale_title(s.scale, s.name, lang), "cell"),
                  para(words(f"moment.{s.moment}", lang), "cell"), para(total(s.total), "cell")]
                 for s in reversed(scores)]
        # the reflections close the table: never a page of their own
        story.append(table(rows, _score_widths(p.width), tail=reflections))
    else:
        story += [para(words("no_scores", lang), "small"), *reflections]
    return story


def _blank(p: Printout) -> list:
    lang = p.lang
    chapter = title(lang)
    story = sheet(p, chapter, words("causes", lang), words("b_causes_intro", lang), first=True)
    story += [para("☐ " + words(f"cause.{k}", lang)) for k in CAUSES]
    story += [para(words("b_own_causes", lang), "label"), rule_lines(4, p.width), gap(4),
              para(words("consequences", lang), "label"),
              para("\n".join("• " + words(f"consequence.{k}", lang) for k in CONSEQUENCES), "note")]
    story += sheet(p, chapter, words("values", lang), words("b_values_intro", lang))
    rows = [_header(VALUE_COLUMNS, lang)] + [[""] * 4 for _ in range(7)]
    story.append(table(rows, _value_widths(p.width), zebra=False, grid=True, row_heights=[None] + [24 * mm] * 7))
    story += sheet(p, chapter, words("scores", lang), words("b_scores_intro", lang))
    moments = " / ".join(words(f"moment.{m}", lang) for m in MOMENTS[:3])
    rows = [_header(SCORE_COLUMNS, lang)] + [["", "", para(moments, "cellsmall"), ""] for _ in range(8)]
    story += [table(rows, _score_widths(p.width), zebra=False, grid=True, row_heights=[None] + [10 * mm] * 8),
              gap(4)]
    for m in MOMENTS[:3]:  # §3: at the start, the middle and the end of the programme
        story += [para(reflection_label(m, lang), "label"), rule_lines(3, p.width)]
    return story
