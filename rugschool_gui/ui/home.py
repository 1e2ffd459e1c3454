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
from .i18n import args, count_text, translate
from .icons import pixmap
from .page_refresh import reload_when_shown
from .widgets.common import ScrollPage, heading, paragraph

log = logging.getLogger(__name__)


def format_moment(dt) -> str:
    """A UTC datetime as local, readable text in the current language."""
    return moment(dt)


def _wording(chapter: str, key: str) -> str:
    """A sentence of a chapter's own wording (shared with the paper), or ""."""
    import importlib

    try:
        words = importlib.import_module(f"rugschool_gui.wording.{chapter}").words
    except (ModuleNotFoundError, AttributeError):
        return ""
    return words(key) if key in words else ""


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
        wb = self.ctx.workbook()
        if wb is None:
            return
        today = self.today()
        self.today_line.setText(args(translate("Home", "Vandaag, %1"), weekday_date(today)))
        self.title.setText(wb.name)
        self.title.setAccessibleName(wb.name)
        self.where_heading.setText(translate("Home", "Waar sta je?"))
        self.today_heading.setText(translate("Home", "Vandaag"))
        if not self.ctx.store_ready:
            self.worked_on.hide()
            self._show_today(None)
            return  # the rest follows a moment after the first paint
        states = {c.id: _safe_summary(self.ctx, c) for c in registered()}
        started = any(states.values())
        self.worked_on.setVisible(started)  # never "Laatst aan gewerkt" for an untouched workbook
        if started:
            self.worked_on.setText(args(translate("Home", "Laatst aan gewerkt: %1"), format_moment(wb.worked_on_at)))
        self._show_today(self._load_today(today), started)
        self.homework.refresh()
        self._show_cards(states)

    def _load_today(self, today: date):
        from .home_facts import load_today

        return self.ctx.load(load_today, self.ctx.workbook_id, today, default=None)

    def _show_today(self, facts, started: bool = False) -> None:
        for row in self.rows.values():
            row.hide()
        first = registered()[0] if registered() else None
        if facts is None or not (facts.has_plan or facts.checked_in or started):
            # an empty workbook: one first step instead of seven identical "not started" lines
            self.today_heading.setText(translate("Home", "Waar begin je?"))
            self.today_empty.setText(translate(
                "Home", "Welkom in je werkboek. Hier vind je de oefeningen van de psycholoog van de rugschool. Je "
                "werkt in je eigen tempo, en alles wat je invult, wordt meteen bewaard op deze computer. Je kiest "
                "zelf de volgorde; veel mensen beginnen bij het eerste hoofdstuk, waar je leest hoe pijn werkt."))
            self.today_empty.show()
            self.begin_button.setVisible(first is not None)
            if first is not None:
                self.begin_button.setText(args(translate("Home", "Begin bij „%1”"), first.title()))
            return
        self.begin_button.hide()
        self.today_empty.setVisible(not facts.has_plan)
        self.today_empty.setText(translate(
            "Home", "Voor vandaag staat er nog niets gepland. Kijk bij je hoofdstukken hieronder wat je "
            "volgende stap is."))
        self._today_rows(facts)

    def _today_rows(self, facts) -> None:
        from .chapters.graded_activity.texts import level, times
        from .chapters.pacing.texts import part_name

        rows = self.rows
        if facts.activities:
            names = ", ".join(args(translate("Home", "%1 (%2)"), a.name, part_name(a.part)) for a in facts.activities)
            done = sum(1 for a in facts.activities if a.done)
            text = args(translate("Home", "Gepland vandaag: %1."), names)
            if done:
                text += " " + args(translate("Home", "%1 van %2 gedaan."), done, len(facts.activities))
        else:
            text = translate("Home", "Vandaag staat er niets in je weekplanning.")
        rows["pacing"].show_row("pacing", text, translate("Home", "Naar je weekplanning"))
        rows["pacing"].show()
        a = facts.activity
        if a is not None and a.quota is not None and a.phase is not None:
            text = args(translate("Home", "%1: %2 per keer, %3 gedaan deze week."), a.activity, level(a.quota, a.unit),
                        times(a.done_this_week, a.required))
            if facts.quota_left == 0 and a.required:
                text += " " + translate("Home", "Je hebt het afgesproken aantal keer gedaan: meer hoeft niet.")
            rows["graded_activity"].show_row("graded_activity", text, translate("Home", "Oefening noteren…"))
            rows["graded_activity"].show()
        if facts.step_rank is not None or facts.all_steps_mastered:
            if facts.all_steps_mastered:
                text = translate("Home", "Je hebt elke stap van je angsthiërarchie beheerst.")
            else:
                text = args(translate("Home", "Je huidige stap: %1. %2."), facts.step_rank, facts.step_label)
                if facts.planned_attempt is not None:
                    text += " " + args(translate("Home", "Poging gepland: %1."), moment(facts.planned_attempt))
            rows["exposure"].show_row("exposure", text, translate("Home", "Poging plannen of invullen…"))
            rows["exposure"].show()
        if facts.checked_in:
            text = count_text(facts.signals_today, translate("Home", "Vandaag noteerde je 1 stresssignaal."),
                              translate("Home", "Vandaag noteerde je %1 stresssignalen."))
            button = translate("Home", "Bekijken")
        else:
            text = translate("Home", "Welke stresssignalen merk je vandaag? Je noteert ze in een halve minuut.")
            button = translate("Home", "Signalen noteren")
        rows["signals"].show_row("too_much", text, button)
        rows["signals"].show()
        first = next((r for r in rows.values() if r.isVisibleTo(self)), None)
        for r in rows.values():
            r.button.setProperty("emphasis", "primary" if r is first else "")
            r.button.style().unpolish(r.button)
            r.button.style().polish(r.button)

    def _show_cards(self, states: dict[str, str]) -> None:
        chapters = registered()
        for i, chapter in enumerate(chapters):
            card = self.cards.get(chapter.id)
            if card is None:
                card = ChapterCard(chapter)
                card.clicked.connect(lambda _=False, cid=chapter.id: self._open(cid))
                self.cards[chapter.id] = card
                self.grid.addWidget(card, i // 2, i % 2)
            line = states.get(chapter.id, "")
            if line:
                next_step = _safe_next(self.ctx, chapter)
                card.show_state(line, args(translate("Home", "Volgende stap: %1"), next_step) if next_step else "")
            else:
                about = _wording(chapter.id, "paper.about")
                begin = _wording(chapter.id, "paper.begin")
                card.show_state(about or translate("Home", "Nog niet begonnen."),
                                args(translate("Home", "Begin zo: %1"), begin) if begin else "")

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


def _safe_summary(ctx: PageContext, chapter: ChapterSpec) -> str:
    try:
        return chapter.summary(ctx)
    except Exception:  # a summary line must never break the home page
        log.exception("summary of %s failed", chapter.id)
        return ""


def _safe_next(ctx: PageContext, chapter: ChapterSpec) -> str:
    try:
        return chapter.next_step(ctx)
    except Exception:  # a hint must never break the home page
        log.exception("next step of %s failed", chapter.id)
        return ""
