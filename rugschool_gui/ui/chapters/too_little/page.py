"""The "doing too little" page: three tabs — why I avoid (causes and consequences), what it is
worth to me (value weighing), and questionnaire scores. A tab is built (its rows read) when it
is first shown or asked for (``page.scores``): opening the chapter builds the first one (#23)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_LITTLE
from ....domain.too_little import CAUSES, CONSEQUENCES, OWN
from ....wording.too_little import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.tabbed_page import TabbedChapterPage
from .texts import cause, chapter_title, consequence

if TYPE_CHECKING:
    from ..too_much.causes_tab import CausesTab
    from .scores_tab import ScoresTab
    from .value_tab import ValueTab

#: the tables the page shows: its causes share ``cause_tick`` with "doing too much"
TABLES = frozenset({"cause_tick", "valued_activity", "questionnaire_score", "score_reflection", "entry_comment"})


def _titles() -> tuple[str, str, str]:
    return (words("causes"),
            translate("TooLittle", "Vink aan wat bij jou past, met de datum erbij. Staat jouw reden er niet bij, "
                      "schrijf ze er dan zelf bij."),
            words("consequences"))


class TooLittlePage(TabbedChapterPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "page-too_little", TOO_LITTLE, TABLES, parent)
        self.add_tabs((self._causes, self._values, self._scores))

    # ----- the tabs, made when first needed ------------------------------------------------
    def _causes(self, parent: QWidget) -> QWidget:
        from ..too_much.causes_tab import CausesTab

        return CausesTab(self.ctx, self.follow_today(), parent, keys=CAUSES, own_key=OWN, cause_text=cause,
                         consequence_keys=CONSEQUENCES, consequence_text=consequence, titles=_titles,
                         chapter=TOO_LITTLE)

    def _values(self, parent: QWidget) -> QWidget:
        from .value_tab import ValueTab

        return ValueTab(self.ctx, self.follow_today(), self, parent)

    def _scores(self, parent: QWidget) -> QWidget:
        from .scores_tab import ScoresTab

        return ScoresTab(self.ctx, self.follow_today(), self, parent)

    @property
    def causes(self) -> CausesTab:
        return cast("CausesTab", self.tab(0))

    @property
    def values(self) -> ValueTab:
        return cast("ValueTab", self.tab(1))

    @property
    def scores(self) -> ScoresTab:
        return cast("ScoresTab", self.tab(2))

    def texts(self) -> tuple[str, str, tuple[str, str, str]]:
        return (chapter_title(), translate(
            "TooLittle", "Uit angst voor pijn ga je soms dingen uit de weg. Op korte termijn lijkt dat veilig, maar "
            "op lange termijn word je stijver, minder fit en somberder. Hier kijk je waarom, wat je mist, en hoe je "
            "weer kunt meedoen."),
            (translate("TooLittle", "Waarom?"), words("values"), words("scores")))
