"""The closing page (WORKBOOK.md §6): the key tips, and "my workbook in one page" — a summary
drawn from every chapter with a way to open each. A psychologist opens this first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ....content import load
from ....domain.chapters import CLOSING
from ....wording.closing import chapter_title as title_of
from ....wording.closing import summary_lines, words
from ... import read_only
from ...context import PageContext
from ...dates import long_date
from ...i18n import args, translate
from ...page_refresh import follow_changes
from ...widgets.common import MarkdownLabel, ScrollPage, heading, paragraph
from .texts import chapter_title


def _tables() -> frozenset[str]:
    from ....storage.closing import TABLES

    return TABLES


class ClosingPage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-closing")
        self.today = date.today
        lay = self.body_layout
        self.title = heading(level=1)
        self.tips = MarkdownLabel()
        self.summary_title = heading(level=2)
        self.summary_help = paragraph()
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        for w in (self.title, self.tips, self.summary_title, self.summary_help):
            lay.addWidget(w)
        lay.addLayout(self.grid)
        lay.addStretch(1)
        self.lines: dict[str, QLabel] = {}
        follow_changes(self, ctx, CLOSING, _tables(), self.reload)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "grid"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.tips.set_markdown(load("closing_tips", self.ctx.language if self.ctx.language in ("nl", "en") else "nl"))
        self.summary_title.setText(words("summary_title"))
        self.summary_help.setText(translate(
            "Closing", "Wat je tot nu toe deed, uit elk hoofdstuk. Handig om terug te blikken, en om samen met je "
            "psycholoog te bespreken."))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        from ....storage.closing import workbook_summary

        s = self.ctx.load(workbook_summary, self.ctx.workbook_id, self.today())
        while self.grid.count():
            item = self.grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.setParent(None)
        if s is None:
            return
        self.lines = {}
        rows = summary_lines(s, long_date)
        for row, (chapter, lines) in enumerate(rows):
            name = title_of(chapter)
            title = QLabel(f"<b>{name}</b>")
            line = QLabel("\n".join(lines) or words("nothing"))
            line.setTextFormat(Qt.TextFormat.PlainText)  # what a person typed is shown as typed
            line.setWordWrap(True)
            line.setObjectName(f"summary-{chapter}")
            button = QPushButton(translate("Closing", "Openen"))
            button.setAccessibleName(args(translate("Closing", "%1 openen"), name))
            read_only.reads(button)  # going to a chapter also in a workbook that can only be read
            button.clicked.connect(lambda _=False, cid=chapter: self.ctx.hub.open_chapter.emit(cid))
            self.grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(line, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.lines[chapter] = line
