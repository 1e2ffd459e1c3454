"""The home page, "Vandaag": what today holds, then one card per chapter.

- **Today** (``domain.today``): the activities planned today, this week's graded-activity quota
  and how many sessions are done, the current exposure step and a planned attempt, whether
  today's stress signals are noted — each with the one button that gets it done.
- **An empty workbook** gets a first step instead ("Waar begin je?"), and no "Laatst aan
  gewerkt" for a workbook nobody worked on yet.
- **The chapters**, one card each (icon, title, what is in it, the next thing to do); the whole
  card opens the chapter. A chapter with nothing in it says what it offers and how to begin —
  the same sentences as the printed workbook's "Waar begin je?" page.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from . import design
from .chapters import ChapterSpec, registered
from .context import PageContext
from .dates import moment, weekday_date
from .i18n import args, translate
from .icons import pixmap
from .page_refresh import reload_when_shown
from .widgets.common import ScrollPage, heading, paragraph

log = logging.getLogger(__name__)


def format_moment(dt) -> str:
    """A UTC datetime as local, readable text in the current language."""
    return moment(dt)


def _clickless(widget: QWidget) -> None:
    """A label inside a card: clicks go to the card."""
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


class ChapterCard(QPushButton):
    """One chapter on the home page: the whole card is the button that opens it."""

    def __init__(self, chapter: ChapterSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter = chapter
        self.setObjectName(f"card-{chapter.id}")
        self.setProperty("surface", "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)  # as tall as its neighbour in the row
        h = QHBoxLayout(self)
        pad = design.space(design.M, self)
        h.setContentsMargins(pad, pad, pad, pad)
        h.setSpacing(design.space(design.M, self))
        self.symbol = QLabel()
        _clickless(self.symbol)
        self.symbol.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(design.space(design.XS, self))
        self.name = QLabel()
        _clickless(self.name)
        design.set_type(self.name, "subheading")
        self.name.setWordWrap(True)
        self.line = paragraph()
        self.next = design.caption()
        for w in (self.name, self.line, self.next):
            _clickless(w)
            w.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            text.addWidget(w)
        text.addStretch(1)
        h.addWidget(self.symbol, 0, Qt.AlignmentFlag.AlignTop)
        h.addLayout(text, 1)

    def show_state(self, line: str, next_step: str) -> None:
        size = round(design.em(self) * 1.6)
        self.symbol.setPixmap(pixmap(self.chapter.id, design.colours(self.palette()).accent, size))
        self.name.setText(self.chapter.title())
        self.line.setText(line)
        self.next.setText(next_step)
        self.next.setVisible(bool(next_step))
        self.setAccessibleName(self.chapter.title())
        self.setAccessibleDescription(f"{line} {next_step}".strip())
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.minimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else super().heightForWidth(width)


class TodayRow(QWidget):
    """One line of "Vandaag": an icon, what it is, and the button that does it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"today-{key}")
        h = QHBoxLayout(self)
        h.setContentsMargins(0, 0, 0, 0)
        h.setSpacing(design.space(design.M, self))
        self.icon = QLabel()
        self.text = paragraph()
        self.button = QPushButton()
        self.button.setObjectName(f"today-{key}-button")
        h.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        h.addWidget(self.text, 1)
        h.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_row(self, icon: str, text: str, button: str) -> None:
        size = round(design.em(self) * 1.3)
        self.icon.setPixmap(pixmap(icon, design.colours(self.palette()).accent, size))
        self.text.setText(text)
        self.button.setText(button)
        self.button.setAccessibleDescription(text)


class HomePage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: today's date; tests put a fixed day here
        self.today = date.today
        #: the last proper read: (snapshot key, the file's change counter then, the texts)
        self._read: tuple[str, int | None, dict] | None = None
        self.setObjectName("page-home")
        lay = self.body_layout
        lay.setSpacing(design.space(design.M, self))
        self.today_line = design.caption()
        self.today_line.setObjectName("home-date")
        self.title = heading(level=1)
        self.worked_on = design.caption()
        lay.addWidget(self.today_line)
        lay.addWidget(self.title)
        lay.addWidget(self.worked_on)
        # issue #25: who uses the workbook (asked once, changeable in the settings)
        from .home_homework import HomeworkCard, RoleQuestion

        self.role_question = RoleQuestion(ctx)
        lay.addWidget(self.role_question)
        # today (or, for an empty workbook, where to begin)
        self.today_card = design.make_card("today", "today")
        t = QVBoxLayout(self.today_card)
        pad = design.space(design.L, self)
        t.setContentsMargins(pad, pad, pad, pad)
        t.setSpacing(design.space(design.M, self))
        self.today_heading = heading(level=2)
        self.today_empty = paragraph()
        t.addWidget(self.today_heading)
        t.addWidget(self.today_empty)
        self.rows: dict[str, TodayRow] = {}
        for key in ("pacing", "graded_activity", "exposure", "signals"):
            row = TodayRow(key)
            row.button.clicked.connect(lambda _=False, k=key: self._today_action(k))
            self.rows[key] = row
            t.addWidget(row)
        self.begin_button = design.primary(QPushButton())
        self.begin_button.setObjectName("begin-here")
        self.begin_button.clicked.connect(lambda: self._open(registered()[0].id))
        begin = QHBoxLayout()
        begin.addWidget(self.begin_button)
        begin.addStretch(1)
        t.addLayout(begin)
        lay.addWidget(self.today_card)
        # issue #25: this week's homework
        self.homework = HomeworkCard(ctx, lambda: self.today())
        lay.addWidget(self.homework)
        # the chapters
        self.where_heading = heading(level=2)
        lay.addWidget(self.where_heading)
        self.rows_box = QWidget()
        self.grid = QGridLayout(self.rows_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        gap = design.space(design.M, self)
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.cards: dict[str, ChapterCard] = {}
        lay.addWidget(self.rows_box)
        lay.addStretch(1)
        ctx.hub.data_changed.connect(lambda _c: reload_when_shown(self, self.refresh))
        ctx.hub.changed.connect(
            lambda change, _source: reload_when_shown(self, self.refresh) if change.workbook_id == ctx.workbook_id else None)
        ctx.hub.workbook_changed.connect(lambda _w: reload_when_shown(self, self.refresh))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    # ----- showing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the page properly (the chapters' storage functions) and show it; what it read is
        kept for the next start when the app closes (:meth:`keep_for_next_start`)."""
        if not self._show_frame():
            return
        if not self.ctx.store_ready:
            self.worked_on.hide()
            from .home_view import today_view

            self._show_today_view(today_view(None))
            return  # the rest follows a moment after the first paint
        view = self.read_view()
        self.show_view(view)
        self.homework.show_loaded()
        self._read = (self.snapshot_key(), self._change_counter(), view)

    def _show_frame(self) -> bool:
        """The lines that need no reading: the date, the workbook's name, the headings."""
        wb = self.ctx.workbook()
        if wb is None:
            return False
        self.today_line.setText(args(translate("Home", "Vandaag, %1"), weekday_date(self.today())))
        self.title.setText(wb.name)
        self.title.setAccessibleName(wb.name)
        self.where_heading.setText(translate("Home", "Waar sta je?"))
        self.today_heading.setText(translate("Home", "Vandaag"))
        return True

    def read_view(self) -> dict:
        """Everything the page shows below its title, as texts (``ui/home_view.py``)."""
        from .home_view import read_view

        return read_view(self.ctx, self.today(), self.homework)

    def show_view(self, view: dict) -> None:
        """Show what :meth:`read_view` returned — now, or kept from the last start."""
        self.worked_on.setText(view["worked_on"])
        self.worked_on.setVisible(bool(view["worked_on"]))
        self._show_today_view(view["today"])
        self.homework.show_view(view["homework"])
        self._show_cards(view["cards"])

    def show_snapshot(self) -> bool:
        """At start-up, before SQLAlchemy has loaded: the page as it was last shown, when nothing
        changed since (``storage/home_stamp.py``); False when there is no such snapshot."""
        path = self.ctx.file_path()
        if path is None or not self._show_frame():
            return False
        from ..storage.home_stamp import read_snapshot

        view = read_snapshot(str(path), self.ctx.workbook_id, self.snapshot_key())
        if view is None:
            return False
        try:
            self.show_view(view)
        except (KeyError, TypeError, ValueError):  # a snapshot of another shape: read properly
            log.warning("the home page snapshot did not fit the page")
            return False
        return True

    def snapshot_key(self) -> str:
        from .. import __version__
        from ..storage.home_stamp import snapshot_key
        from ..storage.migrate import HEAD_REVISION

        return snapshot_key(self.ctx.workbook_id, self.today().isoformat(), self.ctx.language,
                            __version__, HEAD_REVISION)

    def _change_counter(self) -> int | None:
        from ..storage.home_stamp import counter_of_file

        path = self.ctx.file_path()
        return counter_of_file(str(path)) if path is not None else None

    def keep_for_next_start(self) -> bool:
        """When the app closes: keep the page's texts for the next start (``storage/home_snapshot.py``)
        — what it showed when nothing changed since it was read (the file's change counter, the
        day, the language), else read again. Not on every refresh: only the last workbook's page
        is shown at a start, and a snapshot costs a fingerprint of the workbook and a write (~20
        ms on 5 years; a psychologist switching workbooks paid it at every switch). True when
        the snapshot is in place."""
        from ..storage.home_snapshot import can_keep, save_snapshot

        ctx = self.ctx
        if not ctx.workbook_id or not ctx.store_ready or not can_keep(ctx.store) or ctx.workbook() is None:
            return False
        key = self.snapshot_key()
        read = self._read
        if read is not None and read[0] == key and read[1] is not None and read[1] == self._change_counter():
            view = read[2]
        else:
            view = self.read_view()
        ctx.load(save_snapshot, ctx.workbook_id, key, view)
        return True

    def _show_today_view(self, view: dict) -> None:
        self.today_heading.setText(view["heading"])
        self.today_empty.setText(view["empty"])
        self.today_empty.setVisible(bool(view["empty"]))
        self.begin_button.setText(view["begin"])
        self.begin_button.setVisible(bool(view["begin"]))
        shown = {key: (icon, text, button) for key, icon, text, button in view["rows"]}
        first = next((key for key in self.rows if key in shown), None)
        for key, row in self.rows.items():
            if key in shown:
                row.show_row(*shown[key])
            row.setVisible(key in shown)
            row.button.setProperty("emphasis", "primary" if key == first else "")
            row.button.style().unpolish(row.button)
            row.button.style().polish(row.button)

    def _show_cards(self, cards: dict[str, list[str]]) -> None:
        for i, chapter in enumerate(registered()):
            card = self.cards.get(chapter.id)
            if card is None:
                card = ChapterCard(chapter)
                card.clicked.connect(lambda _=False, cid=chapter.id: self._open(cid))
                self.cards[chapter.id] = card
                self.grid.addWidget(card, i // 2, i % 2)
            line, next_line = cards.get(chapter.id, ["", ""])
            card.show_state(line, next_line)

    # ----- actions ------------------------------------------------------------------------
    def _open(self, chapter_id: str) -> QWidget | None:
        self.ctx.hub.open_chapter.emit(chapter_id)
        window = self.window()
        page = getattr(window, "page", None)
        return page(chapter_id) if callable(page) else None

    def _today_action(self, key: str) -> None:
        if key == "signals":
            page = self._open("too_much")
            signals = getattr(page, "signals", None)
            tabs, parts = getattr(page, "tabs", None), getattr(page, "_tab_pages", ())
            if tabs is not None and signals in parts:
                tabs.setCurrentIndex(parts.index(signals))
            return
        page = self._open(key)
        if key == "graded_activity":
            running = getattr(page, "running", None)
            if running is not None and running.isVisibleTo(page):
                running.log_session()
        elif key == "exposure":
            button = getattr(page, "log_step_button", None)
            if button is not None and button.isEnabled():
                button.click()
