"""Chapter "Activiteiten spreiden" (activity pacing, WORKBOOK.md §2 "Spreading activities").

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import date

from ....domain.chapters import PACING
from ...context import PageContext
from ...dates import long_date
from ...i18n import args, count_text, translate
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import PacingPage

    return PacingPage(ctx, parent)


def summary(ctx: PageContext, today: date | None = None) -> str:
    """"Deze week: 12 activiteiten, 3 gedaan, 1 aandachtspunt, pauzes 4 van 5" (or "")."""
    from ....storage.pacing import latest_planned_week
    from ....storage.pacing import summary as load_summary

    day = today or date.today()
    s = ctx.load(load_summary, ctx.workbook_id, day)
    if s is None or (s.activities == 0 and s.breaks_planned == 0):
        # nothing this week; an earlier week planned is still work done (never "not started")
        earlier = ctx.load(latest_planned_week, ctx.workbook_id, day, default=None)
        return args(translate("Pacing", "Deze week nog niets gepland; laatst gepland: de week van %1"),
                    long_date(earlier)) if earlier is not None else ""
    parts = [count_text(s.activities, translate("Pacing", "1 activiteit"), translate("Pacing", "%1 activiteiten")),
             args(translate("Pacing", "%1 gedaan"), s.done)]
    if s.flags:
        parts.append(count_text(s.flags, translate("Pacing", "1 aandachtspunt"),
                                translate("Pacing", "%1 aandachtspunten")))
    if s.breaks_planned:
        parts.append(args(translate("Pacing", "pauzes %1 van %2"), s.breaks_taken, s.breaks_planned))
    return args(translate("Pacing", "Deze week: %1"), ", ".join(parts))


def next_step(ctx: PageContext, today: date | None = None) -> str:
    from ....storage.pacing import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, today or date.today())
    if s is None or s.activities == 0:
        return translate("Pacing", "plan je week: elke dag iets, gespreid over ochtend, middag en avond.")
    if s.flags:
        return translate("Pacing", "kijk naar de aandachtspunten bij je week.")
    return translate("Pacing", "vink af wat je vandaag gedaan hebt.")


CHAPTER = ChapterSpec(id=PACING, title=chapter_title, make_page=_make_page, summary=summary, next_step=next_step)
