"""A chapter page made of tabs: a title, an introduction, and tabs that each scroll.

"Doing too much" and "doing too little" are both built like this. The tabs reload together when
the data of one of the page's chapters changes or another workbook is opened — when the page is
on screen, else the moment it is opened (``ui.page_refresh``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..context import PageContext
from ..i18n import args, translate
from ..page_refresh import follow_changes
from .common import heading, paragraph


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


@runtime_checkable
class ChapterTab(Protocol):
    """What a tab of a tabbed page does besides being a widget."""

    def retranslate(self) -> None: ...

    def reload(self) -> None: ...


class TabbedChapterPage(QWidget):
    """Subclasses build their tabs (each with ``retranslate`` and ``reload``), pass them to
    :meth:`add_tabs`, and say their texts in :meth:`texts`."""

    def __init__(self, ctx: PageContext, name: str, chapter: str, tables: frozenset[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        #: today's date; tests put a fixed day here
        self.today = date.today
        self._chapter, self._tables = chapter, tables
        self._tab_pages: tuple[ChapterTab, ...] = ()
        v = QVBoxLayout(self)
        em = self.fontMetrics().height()
        v.setContentsMargins(em * 2, int(em * 1.5), em * 2, em)
        self.title = heading(level=1)
        self.intro = paragraph()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        v.addWidget(self.title)
        v.addWidget(self.intro)
        v.addWidget(self.tabs, 1)

    def follow_today(self) -> Callable[[], date]:
        """A date source for the tabs that follows a replaced ``self.today``."""
        return lambda: self.today()

    def add_tabs(self, tabs: Sequence[QWidget]) -> None:
        """The tabs in order; each is a widget with ``retranslate()`` and ``reload()``."""
        pages: list[ChapterTab] = []
        for tab in tabs:
            if not isinstance(tab, ChapterTab):
                raise TypeError(f"{type(tab).__name__} needs retranslate() and reload() to be a tab")
            self.tabs.addTab(scrolling(tab), "")
            pages.append(tab)
        self._tab_pages = tuple(pages)
        # the tabs run their actions with this page as the source and update themselves
        follow_changes(self, self.ctx, self._chapter, self._tables, self.reload)
        self.retranslate()

    def texts(self) -> tuple[str, str, Sequence[str]]:
        """(title, introduction, one title per tab), translated."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._tab_pages:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title, intro, tab_titles = self.texts()
        self.title.setText(title)
        self.intro.setText(intro)
        self.tabs.setAccessibleName(title)
        self.tabs.tabBar().setAccessibleName(args(translate("Chapters", "Onderdelen van %1"), title))
        for i, text in enumerate(tab_titles):
            self.tabs.setTabText(i, text)
            # the scrolling tab is a Tab stop for Page Up/Down: named apart from the tab bar
            scroller = self.tabs.widget(i)
            if scroller is not None:
                scroller.setAccessibleName(args(translate("Chapters", "Inhoud van %1"), text))
        for tab in self._tab_pages:
            tab.retranslate()

    def reload(self) -> None:
        for tab in self._tab_pages:
            tab.reload()
