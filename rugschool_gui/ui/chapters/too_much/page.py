"""The "doing too much" page: six tabs in the workbook's order — why I go over my limits,
stress signals, questions to think about, my outlet, relaxation, assertiveness."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ....domain.chapters import TOO_MUCH
from ...context import PageContext
from ...i18n import translate
from ...page_refresh import reload_when_shown
from ...widgets.common import heading, paragraph
from .assertive_tab import AssertiveTab
from .causes_tab import CausesTab
from .outlet_tab import OutletTab
from .reflections_tab import ReflectionsTab
from .relax_tab import RelaxTab
from .signals_tab import SignalsTab
from .texts import chapter_title


def _scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class TooMuchPage(QWidget):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-too_much")
        #: today's date; tests put a fixed day here
        self.today = date.today
        today = lambda: self.today()  # noqa: E731 - the tabs follow a replaced self.today
        v = QVBoxLayout(self)
        em = self.fontMetrics().height()
        v.setContentsMargins(em * 2, em * 1.5, em * 2, em)
        self.title = heading(level=1)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.causes = CausesTab(ctx, today)
        self.signals = SignalsTab(ctx, today)
        self.reflections = ReflectionsTab(ctx, today)
        self.outlet = OutletTab(ctx)
        self.relax = RelaxTab(ctx, today)
        self.assertive = AssertiveTab(ctx, today)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("too-much-tabs")
        self.tabs.setDocumentMode(True)
        for tab in self._tabs():
            self.tabs.addTab(_scrolling(tab), "")
        v.addWidget(self.tabs, 1)
        ctx.hub.workbook_changed.connect(lambda _id: reload_when_shown(self, self.reload))
        ctx.hub.data_changed.connect(self._data_changed)
        self.retranslate()

    def _tabs(self):
        return (self.causes, self.signals, self.reflections, self.outlet, self.relax, self.assertive)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "TooMuch", "Te veel doen en over je grenzen gaan, houdt de pijn in stand. Hier ontdek je waarom je dat "
            "doet, welke signalen je lichaam geeft, en wat je eraan kunt doen."))
        for i, text in enumerate((translate("TooMuch", "Waarom?"), translate("TooMuch", "Stresssignalen"),
                                  translate("TooMuch", "Vragen"), translate("TooMuch", "Uitlaatklep"),
                                  translate("TooMuch", "Ontspannen"), translate("TooMuch", "Assertiviteit"))):
            self.tabs.setTabText(i, text)
        for tab in self._tabs():
            tab.retranslate()

    def _data_changed(self, chapter: str) -> None:
        if chapter in (TOO_MUCH, ""):
            reload_when_shown(self, self.reload)

    def reload(self) -> None:
        for tab in self._tabs():
            tab.reload()
