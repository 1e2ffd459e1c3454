"""Chapter "De pijn begrijpen" (understanding the pain, WORKBOOK.md §1). First in the navigation.

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from ....domain.chapters import UNDERSTANDING
from ...context import PageContext
from ...i18n import count_text, translate
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import UnderstandingPage

    return UnderstandingPage(ctx, parent)


def summary(ctx: PageContext) -> str:
    from ....storage.understanding import count_entries

    count = ctx.load(count_entries, ctx.workbook_id, default=0)
    if not count:
        return ""
    return count_text(count, translate("Understanding", "1 ketting genoteerd"),
                      translate("Understanding", "%1 kettingen genoteerd"))


def next_step(_ctx: PageContext) -> str:
    return translate("Understanding", "noteer een moment van deze week als ketting, van situatie tot gedrag.")


CHAPTER = ChapterSpec(id=UNDERSTANDING, title=chapter_title, make_page=_make_page, summary=summary,
                      next_step=next_step)
