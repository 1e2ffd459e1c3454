"""Chapter "Tot slot" (closing, WORKBOOK.md §6): the key tips and the workbook in one page.

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from ....domain.chapters import CLOSING
from ...context import PageContext
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import ClosingPage

    return ClosingPage(ctx, parent)


def summary(_ctx: PageContext) -> str:
    return ""  # the closing page *is* the summary


CHAPTER = ChapterSpec(id=CLOSING, title=chapter_title, make_page=_make_page, summary=summary)
