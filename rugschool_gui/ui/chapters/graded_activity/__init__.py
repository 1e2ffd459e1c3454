"""Chapter "Stapsgewijze opbouw" (graded activity, WORKBOOK.md §5).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import date

from ....domain.chapters import GRADED_ACTIVITY
from ...context import PageContext
from ...i18n import args, translate
from .. import ChapterSpec
from .texts import amount, chapter_title, measurements_needed, times


def _make_page(ctx: PageContext):
    from .page import GradedActivityPage

    return GradedActivityPage(ctx)


def summary(ctx: PageContext, today: date | None = None) -> str:
    """"Fietsen: week 3 van 5, 28 min, 1 van 3 keer deze week" (or "" without a plan)."""
    from ....domain.graded_activity_plan import BEFORE, RUNNING
    from ....storage.graded_activity import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, today or date.today())
    if s is None:
        return ""
    name = s.activity or translate("GradedActivity", "Je plan")
    if s.phase is None:
        text = args(translate("GradedActivity", "%1: in voorbereiding."), name)
        if s.missing_measurements:
            text += " " + measurements_needed(s.missing_measurements)
        return text
    if s.phase == BEFORE:
        return args(translate("GradedActivity", "%1: start binnenkort, eerst %2."), name, amount(s.quota, s.unit))
    week = (translate("GradedActivity", "week %1 van %2") if s.phase == RUNNING
            else translate("GradedActivity", "na week %2"))
    return args(translate("GradedActivity", "%1: %2, %3, %4 deze week"), name, args(week, s.week, s.weeks),
                amount(s.quota, s.unit), times(s.done_this_week, s.required))


CHAPTER = ChapterSpec(id=GRADED_ACTIVITY, title=chapter_title, make_page=_make_page, summary=summary)
