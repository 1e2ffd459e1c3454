"""The "doing too little" page: three tabs — why I avoid (causes and consequences), what it is
worth to me (value weighing), and questionnaire scores."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_LITTLE
from ....domain.too_little import CAUSES, CONSEQUENCES, OWN
from ....wording.too_little import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.tabbed_page import TabbedChapterPage
from ..too_much.causes_tab import CausesTab
from .scores_tab import ScoresTab
from .texts import cause, chapter_title, consequence
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
        today = self.follow_today()
        self.causes = CausesTab(ctx, today, keys=CAUSES, own_key=OWN, cause_text=cause, consequence_keys=CONSEQUENCES,
                                consequence_text=consequence, titles=_titles, chapter=TOO_LITTLE)
        self.values = ValueTab(ctx, today, self)
        self.scores = ScoresTab(ctx, today, self)
        self.add_tabs((self.causes, self.values, self.scores))


    def texts(self) -> tuple[str, str, tuple[str, str, str]]:
        return (chapter_title(), translate(
            "TooLittle", "Uit angst voor pijn ga je soms dingen uit de weg. Op korte termijn lijkt dat veilig, maar "
            "op lange termijn word je stijver, minder fit en somberder. Hier kijk je waarom, wat je mist, en hoe je "
            "weer kunt meedoen."),
            (translate("TooLittle", "Waarom?"), words("values"), words("scores")))
