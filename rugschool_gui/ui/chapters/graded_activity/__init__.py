"""Chapter "Stapsgewijze opbouw" (graded activity, WORKBOOK.md §5).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import date

from ....domain.chapters import GRADED_ACTIVITY
from ...context import PageContext
from ...i18n import translate
from .. import ChapterSpec
from .texts import amount, chapter_title, measurements_needed, times


def _make_page(ctx: PageContext):
    from .page import GradedActivityPage

    return GradedActivityPage(ctx)


def summary(ctx: PageContext, today: date | None = None) -> str:
    """"Fietsen: week 3 van 5, 28 min, 1 van 3 keer deze week" (or "" without a plan)."""
    from ....storage.graded_activity import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, today or date.today())
    if s is None:
        return ""
    name = s.activity or translate("GradedActivity", "Je plan")
    if s.week is None:
        text = translate("GradedActivity", "%1: in voorbereiding.").replace("%1", name)
        if s.missing_measurements:
            text += " " + measurements_needed(s.missing_measurements)
        return text
    if s.week < 0:
        return translate("GradedActivity", "%1: start binnenkort, eerst %2.").replace("%1", name).replace(
            "%2", amount(s.quota, s.unit))
    week = (translate("GradedActivity", "week %1 van %2") if s.week <= s.weeks
            else translate("GradedActivity", "na week %2")).replace("%1", str(s.week)).replace("%2", str(s.weeks))
    return (translate("GradedActivity", "%1: %2, %3, %4 deze week").replace("%1", name).replace("%2", week)
            .replace("%3", amount(s.quota, s.unit)).replace("%4", times(s.done_this_week, s.required)))


CHAPTER = ChapterSpec(id=GRADED_ACTIVITY, title=chapter_title, make_page=_make_page, summary=summary)
