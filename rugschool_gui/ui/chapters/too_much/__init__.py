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


def _make_page(ctx: PageContext):
    from .page import TooMuchPage

    return TooMuchPage(ctx)


def summary(ctx: PageContext, today: date | None = None) -> str:
    """"3 signalen deze week, vooral slaapproblemen" (or the ticked causes, or "")."""
    from ....storage.too_much import summary as load_summary

    result = ctx.load(load_summary, ctx.workbook_id, today or date.today())
    if result is None:
        return ""
    signals, top, causes = result
    if signals:
        text = count_text(signals, translate("TooMuch", "1 signaal deze week"),
                          translate("TooMuch", "%1 signalen deze week"))
        return text + (args(translate("TooMuch", ", vooral %1"), group(top).lower()) if top else "")
    if causes:
        return count_text(causes, translate("TooMuch", "1 reden aangevinkt"), translate("TooMuch", "%1 redenen aangevinkt"))
    return ""


CHAPTER = ChapterSpec(id=TOO_MUCH, title=chapter_title, make_page=_make_page, summary=summary)
