"""The "doing too much" page: six tabs in the workbook's order — why I go over my limits,
stress signals, questions to think about, my outlet, relaxation, assertiveness.

The tabs run their actions with this page as the source and update themselves; the page
reloads after another page's change to its rows, an undo or redo, a workbook switch or an
import (``follow_changes``) — once per change, never for its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_MUCH
from ....wording.too_much import words
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

#: the tables the page shows, every one of ``storage/too_much.py`` (named here: opening the page
#: must not load SQLAlchemy before the window is painted); the cause ticks are shared with "doing
#: too little"
TABLES = frozenset({"cause_tick", "stress_own_signal", "stress_checkin", "stress_signal", "reflection_answer",
                    "outlet", "outlet_substitute", "relaxation_session", "assertive_situation",
                    "entry_comment"})


class TooMuchPage(TabbedChapterPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "page-too_much", TOO_MUCH, TABLES, parent)
        self.tabs.setObjectName("too-much-tabs")
        today = self.follow_today()
        self.causes = CausesTab(ctx, today)
        self.signals = SignalsTab(ctx, today)
        self.reflections = ReflectionsTab(ctx, today)
        self.outlet = OutletTab(ctx, today)
        self.relax = RelaxTab(ctx, today)
        self.assertive = AssertiveTab(ctx, today)
        self.add_tabs((self.causes, self.signals, self.reflections, self.outlet, self.relax, self.assertive))


    def texts(self) -> tuple[str, str, tuple[str, ...]]:
        return (chapter_title(), translate(
            "TooMuch", "Te veel doen en over je grenzen gaan, houdt de pijn in stand. Hier ontdek je waarom je dat "
            "doet, welke signalen je lichaam geeft, en wat je eraan kunt doen."),
            (translate("TooMuch", "Waarom?"), words("signals_title"), translate("TooMuch", "Vragen"),
             translate("TooMuch", "Uitlaatklep"), words("relax_title"),
             translate("TooMuch", "Assertiviteit")))
