"""A chapter page made of tabs: a title, an introduction, the row of the chapter's parts, and
the part chosen — one page that scrolls as a whole (a part scrolling by itself under a fixed
title left it ~280 px at the largest text on a 1280×720 screen).

"Doing too much" and "doing too little" are both built like this. A tab is built, and its rows
read, when it is first shown (or asked for: :meth:`TabbedChapterPage.tab`): opening the chapter
builds one tab, not six (#23). The tabs built so far reload together when the data of one of the
page's chapters changes or another workbook is opened — when the page is on screen, else the
moment it is opened (``ui.page_refresh``); a tab not built yet reads what is current when it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, Qt
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
from .keyboard import calm_inputs

MAX_SECTIONS = 8  # parts of one chapter at most
#: makes a tab's widget inside ``parent`` (its scroll area's viewport), when it is first needed
TabMaker = Callable[[QWidget], QWidget]


def scrolling(widget: QWidget | None = None, parent: QWidget | None = None) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if widget is not None:
        area.setWidget(widget)
    return area


class TabHolder(QWidget):
    """Where a part's widget goes once it is made; the page scrolls, not the part. Only the
    part on screen counts for the page's height (a short part leaves no room under it the size
    of a long one seen before)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def widget(self) -> QWidget | None:
        """The part's widget, None until it is made (as ``QScrollArea.widget``)."""
        item = self._layout.itemAt(0)
        return item.widget() if item is not None else None

    def setWidget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)


@runtime_checkable
class ChapterTab(Protocol):
    """What a tab of a tabbed page does besides being a widget."""

    def retranslate(self) -> None: ...

    def reload(self) -> None: ...


class _Tabs(Sequence[QWidget]):
    """The page's tabs in order; ``tabs[i]`` builds tab ``i`` when it is not built yet, while
    ``tab in tabs`` and ``tabs.index(tab)`` only look at the tabs built so far (a tab one holds
    was built when it was asked for)."""

    def __init__(self, page: TabbedChapterPage) -> None:
        self._page = page

    def __len__(self) -> int:
        return len(self._page._makers)

    def __getitem__(self, index):  # a slice builds the tabs it names
        if isinstance(index, slice):
            return tuple(self._page.tab(i) for i in range(len(self))[index])
        return self._page.tab(range(len(self))[index])  # an IndexError past the end, as a tuple

    def __iter__(self) -> Iterator[QWidget]:
        return (self._page.tab(i) for i in range(len(self)))

    def __contains__(self, tab: object) -> bool:
        return any(built is tab for built in self._page._built.values())

    def index(self, tab: object, start: int = 0, stop: int | None = None) -> int:
        for i, built in self._page._built.items():
            if built is tab and start <= i < (len(self) if stop is None else stop):
                return i
        raise ValueError("not a tab of this page")


class TabbedChapterPage(QWidget):
    """Subclasses pass their tabs to :meth:`add_tabs` — each a function that makes it (built when
    first shown) or a built widget — and say their texts in :meth:`texts`. A tab has
    ``retranslate`` (its texts, then its rows read) and ``reload``."""

    def __init__(self, ctx: PageContext, name: str, chapter: str, tables: frozenset[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        #: today's date; tests put a fixed day here
        self.today = date.today
        self._chapter, self._tables = chapter, tables
        self._makers: tuple[QWidget | TabMaker, ...] = ()
        self._built: dict[int, QWidget] = {}  # the tabs made so far, by position
        #: every tab in order (``index``/``in`` by the tabs built so far), see :class:`_Tabs`
        self._tab_pages = _Tabs(self)
        body = QWidget(self)
        v = QVBoxLayout(body)
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
        self._section_keys = SectionKeys(self._section_group, self)
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
        v.addWidget(self.tabs)
        v.addStretch(1)
        # the whole page scrolls. Not a Tab stop of its own (it holds the row of parts, so Tab
        # would go back up to it): Page Up/Down reach it from whatever has the focus on the page,
        # the row of parts included, as every key a control leaves unused does
        self.scroller = scrolling(body, self)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)

    def follow_today(self) -> Callable[[], date]:
        """A date source for the tabs that follows a replaced ``self.today``."""
        return lambda: self.today()

    def add_tabs(self, tabs: Sequence[QWidget | TabMaker]) -> None:
        """The tabs in order: each a function making the tab's widget inside the parent it is
        given (called when the tab is first shown or asked for), or a widget already made. A
        tab's widget has ``retranslate()`` and ``reload()``."""
        for i, tab in enumerate(tabs):
            if isinstance(tab, QWidget) and not isinstance(tab, ChapterTab):
                raise TypeError(f"{type(tab).__name__} needs retranslate() and reload() to be a tab")
            self.tabs.addTab(TabHolder(), "")
            button = self._spare_sections[i]
            button.show()
            button.installEventFilter(self._section_keys)
            self._section_group.addButton(button, i)
        self._makers = tuple(tabs)
        # the tabs run their actions with this page as the source and update themselves
        follow_changes(self, self.ctx, self._chapter, self._tables, self.reload)
        self.retranslate()
        self._follow_tab(self.tabs.currentIndex())  # the tab on screen is built now

    def tab(self, index: int) -> QWidget:
        """The widget of tab ``index``, built (texts set, rows read) the first time it is needed."""
        built = self._built.get(index)
        if built is not None:
            return built
        area = self.tabs.widget(index)
        assert isinstance(area, TabHolder)
        made = self._makers[index]
        widget = made if isinstance(made, QWidget) else made(area)
        if not isinstance(widget, ChapterTab):
            raise TypeError(f"{type(widget).__name__} needs retranslate() and reload() to be a tab")
        self._built[index] = widget
        area.setWidget(widget)
        widget.retranslate()  # its texts, and its rows read
        calm_inputs(widget)  # the keyboard rules of the page (applied when it is opened) here too
        return widget

    def texts(self) -> tuple[str, str, Sequence[str]]:
        """(title, introduction, one title per tab), translated."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._makers:
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
            holder = self.tabs.widget(i)
            if holder is not None:
                holder.setAccessibleName(args(translate("Chapters", "Inhoud van %1"), text))
        self.scroller.setAccessibleName(args(translate("Chapters", "Inhoud van %1"), title))
        for tab in self._built.values():
            tab.retranslate()  # type: ignore[attr-defined]  # a ChapterTab (checked when built)

    def reload(self) -> None:
        """The tabs built so far read their rows again (one not built yet reads them when it is)."""
        for tab in self._built.values():
            tab.reload()  # type: ignore[attr-defined]  # a ChapterTab (checked when built)

    def _follow_tab(self, index: int) -> None:
        if 0 <= index < len(self._makers):
            self.tab(index)  # the tab coming to the front is built first
        # only the part on screen counts for the page's height: a stack asks every page it
        # holds, hidden or not, how tall it would be
        for i, widget in self._built.items():
            widget.setVisible(i == index)
        button = self._section_group.button(index)
        if button is not None:
            button.setChecked(True)

    def section_button(self, index: int) -> QPushButton:
        """The choice that opens part ``index`` of the chapter (what a person clicks)."""
        button = self._section_group.button(index)
        assert isinstance(button, QPushButton)
        return button


class SectionKeys(QObject):
    """The arrow keys move through a chapter's parts in their order, as a tab bar's do, also when
    the row has wrapped onto two lines at a large text size (Qt's own arrows in a button group go
    by position on screen: from the end of the first row, Right went nowhere). Left/Up: the part
    before, Right/Down: the next (round), Home/End: the first/last."""

    _STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}

    def __init__(self, group: QButtonGroup, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = group

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        buttons = [b for b in self.group.buttons() if b.isVisible() and b.isEnabled()]
        if obj not in buttons:
            return False
        key, here = event.key(), buttons.index(obj)
        if key in self._STEPS:
            target = buttons[(here + self._STEPS[key]) % len(buttons)]
        elif key == Qt.Key.Key_Home:
            target = buttons[0]
        elif key == Qt.Key.Key_End:
            target = buttons[-1]
        else:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        target.click()
        return True
