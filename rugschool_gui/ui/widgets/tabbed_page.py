"""A chapter page made of tabs: a title, an introduction, and tabs that each scroll.

"Doing too much" and "doing too little" are both built like this. The tabs reload together when
the data of one of the page's chapters changes or another workbook is opened — when the page is
on screen, else the moment it is opened (``ui.page_refresh``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..context import PageContext
from ..design import XS, L, M, S, space
from ..i18n import args, translate
from ..page_refresh import follow_changes
from .common import heading, paragraph
from .flow import FlowLayout

MAX_SECTIONS = 8  # parts of one chapter at most


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
        v.setContentsMargins(space(L), space(L), space(L), space(M))
        v.setSpacing(space(S))
        self.title = heading(level=1)
        self.intro = paragraph()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # the parts of the chapter as a row of choices that wraps at large text sizes (a tab
        # bar would hide tabs behind scroll arrows); the tab widget keeps Ctrl+Tab and the pages
        self.tabs.tabBar().hide()
        # the hidden tab bar is the tab widget's focus proxy: neither may take Tab (the choices do)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # None: no proxy
        self.sections = QWidget()
        self.sections.setObjectName("chapter-sections")
        self._section_flow = FlowLayout(self.sections, spacing=space(XS))
        self._section_group = QButtonGroup(self)
        self._section_group.setExclusive(True)
        self._section_group.idClicked.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self._follow_tab)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.sections.setSizePolicy(policy)
        # the choices exist before the subclass builds its tabs, so Tab reaches them first (the
        # focus chain follows the order widgets are made); the unused ones stay hidden
        self._spare_sections: list[QPushButton] = []
        for i in range(MAX_SECTIONS):
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("section", "true")
            button.setObjectName(f"section-{i + 1}")
            button.hide()
            self._section_flow.addWidget(button)
            self._spare_sections.append(button)
        v.addWidget(self.title)
        v.addWidget(self.intro)
        v.addWidget(self.sections)
        v.addWidget(self.tabs, 1)

    def follow_today(self) -> Callable[[], date]:
        """A date source for the tabs that follows a replaced ``self.today``."""
        return lambda: self.today()

    def add_tabs(self, tabs: Sequence[QWidget]) -> None:
        """The tabs in order; each is a widget with ``retranslate()`` and ``reload()``."""
        pages: list[ChapterTab] = []
        for i, tab in enumerate(tabs):
            if not isinstance(tab, ChapterTab):
                raise TypeError(f"{type(tab).__name__} needs retranslate() and reload() to be a tab")
            self.tabs.addTab(scrolling(tab), "")
            pages.append(tab)
            button = self._spare_sections[i]
            button.show()
            self._section_group.addButton(button, i)
        self._follow_tab(self.tabs.currentIndex())
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
        self.sections.setAccessibleName(args(translate("Chapters", "Onderdelen van %1"), title))
        for i, text in enumerate(tab_titles):
            self.tabs.setTabText(i, text)
            button = self._section_group.button(i)
            if button is not None:
                button.setText(text)
            # the scrolling tab is a Tab stop for Page Up/Down: named apart from the tab bar
            scroller = self.tabs.widget(i)
            if scroller is not None:
                scroller.setAccessibleName(args(translate("Chapters", "Inhoud van %1"), text))
        for tab in self._tab_pages:
            tab.retranslate()

    def reload(self) -> None:
        for tab in self._tab_pages:
            tab.reload()

    def _follow_tab(self, index: int) -> None:
        button = self._section_group.button(index)
        if button is not None:
            button.setChecked(True)

    def section_button(self, index: int) -> QPushButton:
        """The choice that opens part ``index`` of the chapter (what a person clicks)."""
        button = self._section_group.button(index)
        assert isinstance(button, QPushButton)
        return button
