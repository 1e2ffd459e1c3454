"""The "doing too little" page: three tabs — why I avoid (causes and consequences), what it is
worth to me (value weighing), and questionnaire scores."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_LITTLE, TOO_MUCH
from ....domain.too_little import CAUSES, CONSEQUENCES, OWN
from ...context import PageContext
from ...i18n import translate
from ...widgets.tabbed_page import TabbedChapterPage
from ..too_much.causes_tab import CausesTab
from .scores_tab import ScoresTab
from .texts import cause, chapter_title, consequence
from .value_tab import ValueTab


def _titles() -> tuple[str, str, str]:
    return (translate("TooLittle", "Waarom doe ik te weinig?"),
            translate("TooLittle", "Vink aan wat bij jou past, met de datum erbij. Staat jouw reden er niet bij, "
                      "schrijf ze er dan zelf bij."),
            translate("TooLittle", "Wat levert het op?"))


class TooLittlePage(TabbedChapterPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        # the cause ticks share a table with "doing too much": its changes reload this page too
        super().__init__(ctx, "page-too_little", (TOO_LITTLE, TOO_MUCH), parent)
        today = self.follow_today()
        self.causes = CausesTab(ctx, today, keys=CAUSES, own_key=OWN, cause_text=cause, consequence_keys=CONSEQUENCES,
                                consequence_text=consequence, titles=_titles, chapter=TOO_LITTLE)
        self.values = ValueTab(ctx)
        self.scores = ScoresTab(ctx, today)
        self.add_tabs((self.causes, self.values, self.scores))

    def texts(self):
        return (chapter_title(), translate(
            "TooLittle", "Uit angst voor pijn ga je soms dingen uit de weg. Op korte termijn lijkt dat veilig, maar "
            "op lange termijn word je stijver, minder fit en somberder. Hier kijk je waarom, wat je mist, en hoe je "
            "weer kunt meedoen."),
            (translate("TooLittle", "Waarom?"), translate("TooLittle", "Wat is het je waard?"),
             translate("TooLittle", "Vragenlijsten")))
