"""The "doing too little" page: three tabs — why I avoid (causes and consequences), what it is
worth to me (value weighing), and questionnaire scores."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....domain.chapters import TOO_LITTLE, TOO_MUCH
from ....domain.too_little import CAUSES, CONSEQUENCES, OWN
from ...context import PageContext
from ...i18n import translate
from ...page_refresh import reload_when_shown
from ...widgets.common import heading, paragraph
from ..too_much.causes_tab import CausesTab
from ..too_much.page import _scrolling
from .scores_tab import ScoresTab
from .texts import cause, chapter_title, consequence
from .value_tab import ValueTab


def _titles() -> tuple[str, str, str]:
    return (translate("TooLittle", "Waarom doe ik te weinig?"),
            translate("TooLittle", "Vink aan wat bij jou past, met de datum erbij. Staat jouw reden er niet bij, "
                      "schrijf ze er dan zelf bij."),
            translate("TooLittle", "Wat levert het op?"))


class TooLittlePage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-too_little")
        self.today = date.today
        today = lambda: self.today()  # noqa: E731 - tabs follow a replaced self.today
        v = QVBoxLayout(self)
        em = self.fontMetrics().height()
        v.setContentsMargins(em * 2, em * 1.5, em * 2, em)
        self.title = heading(level=1)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.causes = CausesTab(ctx, today, keys=CAUSES, own_key=OWN, cause_text=cause, consequence_keys=CONSEQUENCES,
                                consequence_text=consequence, titles=_titles, chapter=TOO_LITTLE)
        self.values = ValueTab(ctx)
        self.scores = ScoresTab(ctx, today)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in self._tabs():
            self.tabs.addTab(_scrolling(tab), "")
        v.addWidget(self.tabs, 1)
        ctx.hub.workbook_changed.connect(lambda _id: reload_when_shown(self, self.reload))
        ctx.hub.data_changed.connect(
            lambda ch: reload_when_shown(self, self.reload) if ch in (TOO_LITTLE, TOO_MUCH, "") else None)
        self.retranslate()

    def _tabs(self):
        return (self.causes, self.values, self.scores)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "TooLittle", "Uit angst voor pijn ga je soms dingen uit de weg. Op korte termijn lijkt dat veilig, maar "
            "op lange termijn word je stijver, minder fit en somberder. Hier kijk je waarom, wat je mist, en hoe je "
            "weer kunt meedoen."))
        for i, text in enumerate((translate("TooLittle", "Waarom?"), translate("TooLittle", "Wat is het je waard?"),
                                  translate("TooLittle", "Vragenlijsten"))):
            self.tabs.setTabText(i, text)
        for tab in self._tabs():
            tab.retranslate()

    def reload(self) -> None:
        for tab in self._tabs():
            tab.reload()
