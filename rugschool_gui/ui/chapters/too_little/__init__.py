"""Chapter "Te weinig doen" (doing too little, WORKBOOK.md §3).

The page module is imported only when the chapter is opened, so start-up stays fast.
"""

from __future__ import annotations

from ....domain.chapters import TOO_LITTLE
from ...context import PageContext
from ...i18n import args, count_text, translate
from .. import ChapterSpec
from .texts import chapter_title


def _make_page(ctx: PageContext, parent=None):
    from .page import TooLittlePage

    return TooLittlePage(ctx, parent)


def summary(ctx: PageContext) -> str:
    """"2 waardevolle activiteiten, laatste score: TSK 41 (einde)" (or "")."""
    from ....domain.too_little import latest_score
    from ....storage.too_little import list_scores, list_valued
    from ....wording.too_little import scale_abbreviation, total

    valued = ctx.load(list_valued, ctx.workbook_id, default=[])
    last = latest_score(ctx.load(list_scores, ctx.workbook_id, default=[]))
    parts = []
    if valued:
        parts.append(count_text(len(valued), translate("TooLittle", "1 activiteit gewogen"),
                                translate("TooLittle", "%1 activiteiten gewogen")))
    if last is not None:
        parts.append(args(translate("TooLittle", "laatste score: %1 %2"), scale_abbreviation(last.scale, last.name),
                          total(last.total)))
    causes = ctx.load(_causes, ctx.workbook_id, default=0)
    if causes:
        parts.append(count_text(causes, translate("TooLittle", "1 reden aangevinkt"),
                                translate("TooLittle", "%1 redenen aangevinkt")))
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _causes(store, workbook_id: str) -> int:
    from ....domain.too_little import CAUSES, OWN
    from ....storage.too_much import list_cause_ticks

    return len(list_cause_ticks(store, workbook_id, (*CAUSES, OWN)))


def next_step(ctx: PageContext) -> str:
    from ....storage.too_little import list_valued

    if not ctx.load(list_valued, ctx.workbook_id, default=[]):
        return translate("TooLittle", "schrijf één activiteit op die je mist, en hoe je toch kunt meedoen.")
    return translate("TooLittle", "zet een activiteit die je mist in je weekplanning of je angsthiërarchie.")


CHAPTER = ChapterSpec(id=TOO_LITTLE, title=chapter_title, make_page=_make_page, summary=summary,
                      next_step=next_step)
