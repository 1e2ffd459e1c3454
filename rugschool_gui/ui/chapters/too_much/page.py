"""The "doing too much" page: six tabs in the workbook's order — why I go over my limits,
stress signals, questions to think about, my outlet, relaxation, assertiveness.

A tab is built (its module imported, its rows read) when it is first shown or asked for
(``page.signals``): opening the chapter builds the first one only (#23). The tabs run their
actions with this page as the source and update themselves; the page reloads the tabs built so
far after another page's change to its rows, an undo or redo, a workbook switch or an import
(``follow_changes``) — once per change, never for its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QWidget

from ....domain.chapters import TOO_MUCH
from ....wording.too_much import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.tabbed_page import TabbedChapterPage
from .texts import chapter_title

if TYPE_CHECKING:
    from .assertive_tab import AssertiveTab
    from .causes_tab import CausesTab
    from .outlet_tab import OutletTab
    from .reflections_tab import ReflectionsTab
    from .relax_tab import RelaxTab
    from .signals_tab import SignalsTab

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
        self.add_tabs((self._causes, self._signals, self._reflections, self._outlet, self._relax,
                       self._assertive))

    # ----- the tabs, made when first needed ------------------------------------------------
    def _causes(self, parent: QWidget) -> QWidget:
        from .causes_tab import CausesTab

        return CausesTab(self.ctx, self.follow_today(), parent)

    def _signals(self, parent: QWidget) -> QWidget:
        from .signals_tab import SignalsTab

        return SignalsTab(self.ctx, self.follow_today(), parent)

    def _reflections(self, parent: QWidget) -> QWidget:
        from .reflections_tab import ReflectionsTab

        tab = ReflectionsTab(self.ctx, self.follow_today(), parent)
        tab.reload()  # its ``retranslate`` words the answers read, it does not read them
        return tab

    def _outlet(self, parent: QWidget) -> QWidget:
        from .outlet_tab import OutletTab

        return OutletTab(self.ctx, self.follow_today(), parent)

    def _relax(self, parent: QWidget) -> QWidget:
        from .relax_tab import RelaxTab

        return RelaxTab(self.ctx, self.follow_today(), parent=parent)

    def _assertive(self, parent: QWidget) -> QWidget:
        from .assertive_tab import AssertiveTab

        return AssertiveTab(self.ctx, self.follow_today(), parent)

    @property
    def causes(self) -> CausesTab:
        return cast("CausesTab", self.tab(0))

    @property
    def signals(self) -> SignalsTab:
        return cast("SignalsTab", self.tab(1))

    @property
    def reflections(self) -> ReflectionsTab:
        return cast("ReflectionsTab", self.tab(2))

    @property
    def outlet(self) -> OutletTab:
        return cast("OutletTab", self.tab(3))

    @property
    def relax(self) -> RelaxTab:
        return cast("RelaxTab", self.tab(4))

    @property
    def assertive(self) -> AssertiveTab:
        return cast("AssertiveTab", self.tab(5))

    def texts(self) -> tuple[str, str, tuple[str, ...]]:
        return (chapter_title(), translate(
            "TooMuch", "Te veel doen en over je grenzen gaan, houdt de pijn in stand. Hier ontdek je waarom je dat "
            "doet, welke signalen je lichaam geeft, en wat je eraan kunt doen."),
            (translate("TooMuch", "Waarom?"), words("signals_title"), translate("TooMuch", "Vragen"),
             translate("TooMuch", "Uitlaatklep"), words("relax_title"),
             translate("TooMuch", "Assertiviteit")))
