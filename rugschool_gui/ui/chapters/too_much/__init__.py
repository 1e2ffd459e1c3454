"""Chapter "Over je grenzen gaan" (doing too much, WORKBOOK.md §2 except the pacing planner).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import date

from ....domain.chapters import TOO_MUCH
from ...context import PageContext
from ...i18n import args, count_text, translate
from .. import ChapterSpec
from .texts import chapter_title, group


def _make_page(ctx: PageContext, parent=None):
    from .page import TooMuchPage

    return TooMuchPage(ctx, parent)


def summary(ctx: PageContext, today: date | None = None) -> str:
    """What is in the chapter, most recent first: "3 signalen deze week, vooral slaapproblemen ·
    4 redenen aangevinkt · 12 ontspanningsoefeningen" — or "" when nothing is (issue #22: never
    "not started" beside check-ins, relaxation sessions and reflections)."""
    # the domain module loads after the first paint (#23)
    from ....domain.too_much import CHART_WEEKS, QUESTIONS, chart_first_day
    from ....storage import too_much as repo
    from ....storage import too_much_practice as practice
    from ....storage.too_much import summary as load_summary

    day = today or date.today()
    result = ctx.load(load_summary, ctx.workbook_id, day)
    if result is None:
        return ""
    signals, top, causes = result
    parts: list[str] = []
    if signals:
        text = count_text(signals, translate("TooMuch", "1 signaal deze week"),
                          translate("TooMuch", "%1 signalen deze week"))
        parts.append(text + (args(translate("TooMuch", ", vooral %1"), group(top).lower()) if top else ""))
    else:
        days = len(ctx.load(repo.list_checkins, ctx.workbook_id, chart_first_day(day), default=[]))
        if days:
            parts.append(args(count_text(days, translate("TooMuch", "stresssignalen op 1 dag in de laatste %2 weken"),
                                         translate("TooMuch", "stresssignalen op %1 dagen in de laatste %2 weken")),
                              days, CHART_WEEKS))
    if causes:
        parts.append(count_text(causes, translate("TooMuch", "1 reden aangevinkt"),
                                translate("TooMuch", "%1 redenen aangevinkt")))
    _sessions, relaxed = ctx.load(practice.relaxation_page, ctx.workbook_id, 0, 1, default=([], 0))
    if relaxed:
        parts.append(count_text(relaxed, translate("TooMuch", "1 ontspanningsoefening"),
                                translate("TooMuch", "%1 ontspanningsoefeningen")))
    answered = sum(1 for q in QUESTIONS if ctx.load(repo.list_answers, ctx.workbook_id, q, 1, default=[]))
    if answered:
        parts.append(args(translate("TooMuch", "%1 van %2 vragen beantwoord"), answered, len(QUESTIONS)))
    if not parts:
        outlet = ctx.load(repo.get_outlet, ctx.workbook_id, default=None)
        if outlet is not None and (outlet.old_outlet or outlet.substitutes):
            parts.append(translate("TooMuch", "je uitlaatklep beschreven"))
        elif ctx.load(practice.list_situations, ctx.workbook_id, default=[]):
            parts.append(translate("TooMuch", "situaties om assertief te oefenen genoteerd"))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def next_step(ctx: PageContext, today: date | None = None) -> str:
    """The next thing to do: today's stress signals, else a relaxation exercise."""
    from ....storage import too_much as repo

    if ctx.load(repo.get_checkin, ctx.workbook_id, today or date.today()) is None:
        return translate("TooMuch", "noteer welke stresssignalen je vandaag merkt.")
    return translate("TooMuch", "neem even tijd voor een ontspanningsoefening.")


CHAPTER = ChapterSpec(id=TOO_MUCH, title=chapter_title, make_page=_make_page, summary=summary,
                      next_step=next_step)
