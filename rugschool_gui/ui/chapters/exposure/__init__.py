"""Chapter "Stapsgewijze blootstelling" (graded exposure, WORKBOOK.md §4).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from datetime import datetime

from ....domain.chapters import EXPOSURE
from ...context import PageContext
from ...i18n import count_text, translate
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext):
    from .page import ExposurePage

    return ExposurePage(ctx)


def summary(ctx: PageContext, now: datetime | None = None) -> str:
    """"Stap 3 van 7: een krat tillen, 2 pogingen deze week" (or "" before the first item)."""
    from ....storage.exposure import summary as load_summary

    s = ctx.load(load_summary, ctx.workbook_id, now or datetime.now().astimezone())
    if s is None or s.items == 0:
        return ""
    week = count_text(s.attempts_this_week, translate("Exposure", "1 poging deze week"),
                      translate("Exposure", "%1 pogingen deze week"))
    if s.step_rank is None:
        return translate("Exposure", "Alle %1 stappen beheerst, %2").replace(
            "%1", str(s.items)).replace("%2", week)
    return (translate("Exposure", "Stap %1 van %2: %3, %4")
            .replace("%1", str(s.step_rank)).replace("%2", str(s.items))
            .replace("%3", s.step_label).replace("%4", week))


CHAPTER = ChapterSpec(id=EXPOSURE, title=chapter_title, make_page=_make_page, summary=summary)
