"""The "doing too much" page: six tabs in the workbook's order — why I go over my limits,
stress signals, questions to think about, my outlet, relaxation, assertiveness."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_MUCH
from ...context import PageContext
from ...i18n import translate
from ...widgets.tabbed_page import TabbedChapterPage
from .assertive_tab import AssertiveTab
from .causes_tab import CausesTab
from .outlet_tab import OutletTab
from .reflections_tab import ReflectionsTab
from .relax_tab import RelaxTab
from .signals_tab import SignalsTab
from .texts import chapter_title


class TooMuchPage(TabbedChapterPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "page-too_much", (TOO_MUCH,), parent)
        self.tabs.setObjectName("too-much-tabs")
        today = self.follow_today()
        self.causes = CausesTab(ctx, today)
        self.signals = SignalsTab(ctx, today)
        self.reflections = ReflectionsTab(ctx, today)
        self.outlet = OutletTab(ctx)
        self.relax = RelaxTab(ctx, today)
        self.assertive = AssertiveTab(ctx, today)
        self.add_tabs((self.causes, self.signals, self.reflections, self.outlet, self.relax, self.assertive))

    def texts(self):
        return (chapter_title(), translate(
            "TooMuch", "Te veel doen en over je grenzen gaan, houdt de pijn in stand. Hier ontdek je waarom je dat "
            "doet, welke signalen je lichaam geeft, en wat je eraan kunt doen."),
            (translate("TooMuch", "Waarom?"), translate("TooMuch", "Stresssignalen"), translate("TooMuch", "Vragen"),
             translate("TooMuch", "Uitlaatklep"), translate("TooMuch", "Ontspannen"),
             translate("TooMuch", "Assertiviteit")))
