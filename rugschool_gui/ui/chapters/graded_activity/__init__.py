"""Chapter "Stapsgewijze opbouw" (graded activity, WORKBOOK.md §5).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import date

from ....domain.chapters import GRADED_ACTIVITY
from ...context import PageContext
from ...i18n import args, count_text, translate
from .. import ChapterSpec
from .texts import chapter_title, level, measurements_needed, times, week_of


def _make_page(ctx: PageContext, parent=None):
    from .page import GradedActivityPage

    return GradedActivityPage(ctx, parent)


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
        return args(translate("GradedActivity", "%1: start binnenkort, eerst %2."), name, level(s.quota or 0, s.unit))
    week = (week_of(s.week or 0, s.weeks or 0) if s.phase == RUNNING
            else args(translate("GradedActivity", "na week %1"), s.weeks))
    return args(translate("GradedActivity", "%1: %2, %3, %4 deze week"), name, week,
                level(s.quota or 0, s.unit), times(s.done_this_week, s.required))


def next_step(ctx: PageContext, today: date | None = None) -> str:
    """Time-contingent (§5): the sessions still agreed this week, never more."""
    from ....domain.graded_activity_plan import RUNNING
    from ....storage.graded_activity import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, today or date.today())
    if s is None:
        return ""
    if s.phase is None:
        return translate("GradedActivity", "meet je activiteit, en kies je doel en het aantal weken.")
    if s.phase != RUNNING:
        return translate("GradedActivity", "doe je oefening zoals afgesproken.")
    left = max(0, s.required - s.done_this_week)
    if left == 0:
        return translate("GradedActivity", "je deed deze week wat afgesproken was; meer hoeft niet.")
    return count_text(left, translate("GradedActivity", "nog 1 keer je oefening deze week."),
                      translate("GradedActivity", "nog %1 keer je oefening deze week."))


CHAPTER = ChapterSpec(id=GRADED_ACTIVITY, title=chapter_title, make_page=_make_page, summary=summary,
                      next_step=next_step)
