"""Chapter "Gesprekken en huiswerk" (issue #25): the psychologist's loop — consultations,
homework whose progress the workbook already knows, comments on entries and the questions for
next time. Last in the navigation, after the workbook's own chapters.

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from ...context import PageContext
from ...i18n import count_text, translate
from .. import ChapterSpec
from .texts import CHAPTER_ID, chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import ConsultationsPage

    return ConsultationsPage(ctx, parent)


def summary(ctx: PageContext) -> str:
    from ....storage.consultations import list_homework

    homework = ctx.load(list_homework, ctx.workbook_id, default=[])
    if not homework:
        return ""
    return count_text(len(homework), translate("Consultations", "1 huiswerkopdracht"),
                      translate("Consultations", "%1 huiswerkopdrachten"))


CHAPTER = ChapterSpec(id=CHAPTER_ID, title=chapter_title, make_page=_make_page, summary=summary)
