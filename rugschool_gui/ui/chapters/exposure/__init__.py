"""Chapter "Stapsgewijze blootstelling" (graded exposure, WORKBOOK.md §4).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import datetime

from ....domain.chapters import EXPOSURE
from ...context import PageContext
from ...i18n import args, count_text, translate
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import ExposurePage

    return ExposurePage(ctx, parent)


def summary(ctx: PageContext, now: datetime | None = None) -> str:
    """"Stap 3 van 7: een krat tillen, 2 pogingen deze week" (or "" before the first item)."""
    from ....storage.exposure import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, now or datetime.now().astimezone())
    if s is None or s.items == 0:
        return ""
    week = count_text(s.attempts_this_week, translate("Exposure", "1 poging deze week"),
                      translate("Exposure", "%1 pogingen deze week"))
    if s.step_rank is None:
        return args(translate("Exposure", "Alle %1 stappen beheerst, %2"), s.items, week)
    return args(translate("Exposure", "Stap %1 van %2: %3, %4"), s.step_rank, s.items, s.step_label, week)


def next_step(ctx: PageContext, now: datetime | None = None) -> str:
    from ....storage.exposure import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, now or datetime.now().astimezone())
    if s is None or s.items == 0:
        return ""
    if s.step_rank is None:
        return translate("Exposure", "bespreek met je psycholoog wat een volgende stap kan zijn.")
    return args(translate("Exposure", "plan een poging voor stap %1, of noteer hoe ze ging."), s.step_rank)


CHAPTER = ChapterSpec(id=EXPOSURE, title=chapter_title, make_page=_make_page, summary=summary, next_step=next_step)
