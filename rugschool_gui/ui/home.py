"""The home page of the open workbook: its name, when it was last worked on, where you are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .chapters import registered
from .context import PageContext
from .i18n import args, translate
from .page_refresh import reload_when_shown
from .widgets.common import ScrollPage, heading, note_box, paragraph


def format_moment(dt) -> str:
    """A UTC datetime as local, readable text in the current language."""
    from PySide6.QtCore import QDateTime, QTimeZone

    qdt = QDateTime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, 0,
                    QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    pattern = translate("Home", "d MMMM yyyy 'om' HH:mm")
    return locale.toString(qdt, pattern)


class HomePage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-home")
        lay = self.body_layout
        self.title = heading(level=1)
        self.worked_on = paragraph()
        self.intro = note_box()
        self.where_heading = heading(level=2)
        lay.addWidget(self.title)
        lay.addWidget(self.worked_on)
        lay.addWidget(self.intro)
        lay.addWidget(self.where_heading)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self._lines: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        self.rows.setContentsMargins(0, 0, 0, 0)
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

    def refresh(self) -> None:
        wb = self.ctx.workbook()
        if wb is None:
            return
        self.title.setText(wb.name)
        self.title.setAccessibleName(wb.name)
        self.worked_on.setText(
            args(translate("Home", "Laatst aan gewerkt: %1"), format_moment(wb.worked_on_at))
        )
        self.intro.setText(translate(
            "Home",
            "Welkom in je werkboek. Hier vind je de oefeningen van de psycholoog van de rugschool. "
            "Je werkt in je eigen tempo; alles wat je invult, wordt meteen bewaard op deze computer.",
        ))
        self.where_heading.setText(translate("Home", "Waar sta je?"))
        if not self.ctx.store_ready:
            return  # chapter lines follow a moment after the first paint
        chapters = registered()
        if not chapters and not self.rows.count():
            self.rows.addWidget(paragraph(translate("Home", "Er zijn nog geen hoofdstukken.")))
        for chapter in chapters:  # the rows are made once and only their texts change after that
            if chapter.id not in self._lines:
                self.rows.addWidget(self._row(chapter))
            name, line, button = self._lines[chapter.id]
            name.setText(f"<b>{chapter.title()}</b>")
            line.setText(_safe_summary(self.ctx, chapter) or translate("Home", "Nog niet begonnen."))
            line.setAccessibleName(f"{chapter.title()}: {line.text()}")  # seven lines, each says whose
            button.setText(translate("Home", "Openen"))
            button.setAccessibleName(args(translate("Home", "%1 openen"), chapter.title()))

    def _row(self, chapter) -> QWidget:
        row = QWidget()
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        name = QLabel()
        line = paragraph()
        text.addWidget(name)
        text.addWidget(line)
        h.addLayout(text, 1)
        button = QPushButton()
        button.clicked.connect(lambda _=False, cid=chapter.id: self.ctx.hub.open_chapter.emit(cid))
        h.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._lines[chapter.id] = (name, line, button)
        return row


def _safe_summary(ctx: PageContext, chapter) -> str:
    try:
        return chapter.summary(ctx)
    except Exception:  # a summary line must never break the home page
        import logging

        logging.getLogger(__name__).exception("summary of %s failed", chapter.id)
        return ""
