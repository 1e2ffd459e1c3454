"""The "understanding the pain" page: short readable texts (content files per language) with
the figures the app draws — the bio-psycho-social model, the vicious circle, the chain and the
sawtooth — and the person's own chain diary with a worked example."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ....content import load
from ....domain.chapters import UNDERSTANDING
from ....domain.charts import RECENT_ENTRIES
from ....domain.understanding import (
    LINKS,
    ChainEntry,
    bio_psycho_social,
    chain_figure,
    first_round,
    more_rounds,
    sawtooth,
    vicious_circle,
)
from ....wording.understanding import words
from ... import design
from ...context import PageContext
from ...dates import long_date
from ...entry_comments import mark_item
from ...i18n import count_text, translate
from ...page_refresh import follow_changes
from ...widgets.chart_view import ChartView
from ...widgets.common import MarkdownLabel, ScrollPage, heading, note_box, paragraph
from ...widgets.diagram_view import DiagramView
from ...widgets.history_pager import HistoryPager
from .chain_dialog import ChainDialog
from .texts import chapter_title, figure_label, link

SECTIONS = ("understanding_bps", "understanding_circle", "understanding_chain", "understanding_patterns")
#: the tables this page shows (another page's action on them reloads it)
TABLES = frozenset({"chain_entry", "entry_comment"})


def _repo():
    from ....storage import understanding

    return understanding


def _entries_with_comments(db, workbook_id: str, page: int):
    """A page of the chain diary and the psychologist's comments on it: one transaction."""
    from ....storage.consultations import read_with_comments

    return read_with_comments(
        db, workbook_id, "chain_entry",
        lambda: _repo().list_entries(db, workbook_id, RECENT_ENTRIES, page * RECENT_ENTRIES),
        lambda entries: (e.id for e in entries))


def _ops():
    from ....operations import understanding

    return understanding


def markdown_label() -> MarkdownLabel:
    return MarkdownLabel()


class UnderstandingPage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-understanding")
        self.today = date.today
        lay = self.body_layout
        self.title = heading(level=1)
        lay.addWidget(self.title)
        self.texts = {name: markdown_label() for name in SECTIONS}
        self.figures = {"understanding_bps": DiagramView(figure_label), "understanding_circle": DiagramView(figure_label),
                        "understanding_chain": DiagramView(figure_label)}
        self.figures["understanding_bps"].set_spec(bio_psycho_social())
        self.figures["understanding_circle"].set_spec(vicious_circle())
        self.figures["understanding_chain"].set_spec(chain_figure())
        self.saw = ChartView(figure_label)
        self.saw.setObjectName("sawtooth")
        self.saw.set_spec(sawtooth())
        for name in SECTIONS:
            lay.addWidget(self.texts[name])
            lay.addWidget(self.figures.get(name, self.saw))
        self.diary_title = heading(level=2)
        self.diary_help = paragraph()
        self.example = note_box()
        self.example.setObjectName("chain-example")
        self.entries = QListWidget()
        self.entries.setObjectName("chain-entries")
        self.entries.setWordWrap(True)
        self.entries.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        row = QHBoxLayout()
        self.new_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.new_button.setObjectName("new-chain")
        design.primary(self.new_button)
        self.new_button.clicked.connect(lambda: self._edit(ChainEntry(None, self.today(), ()), None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        self.pager = HistoryPager(RECENT_ENTRIES)  # the latest chains first, older ones a page back
        self.pager.setObjectName("chain-pager")
        self.pager.moved.connect(lambda _page: self.reload())
        for w in (self.diary_title, self.diary_help, self.example, self.pager, self.entries):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addStretch(1)
        self._entries: list[ChainEntry] = []
        follow_changes(self, ctx, UNDERSTANDING, TABLES, self.reload)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "entries"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lang = self.ctx.language if self.ctx.language in ("nl", "en") else "nl"
        self.title.setText(chapter_title())
        for name, label in self.texts.items():
            label.set_markdown(load(name, lang))
        for view in self.figures.values():
            spec = view.spec()
            if spec is not None:
                view.set_spec(spec)  # redrawn with the labels of the new language
        self.saw.set_spec(sawtooth())
        self.diary_title.setText(words("diary"))
        self.entries.setAccessibleName(words("diary"))
        self.diary_help.setText(translate(
            "Understanding", "Schrijf een moment op waarop de pijn je gedrag stuurde. Vul in wat je kunt; een "
            "ketting kan meer rondes hebben. Kies daarna welke schakel je de volgende keer wilt veranderen."))
        example = [(translate("Understanding", "Ik sta te koken en moet iets uit de onderste kast halen."),
                    translate("Understanding", "Een trekkend gevoel in mijn onderrug."),
                    translate("Understanding", "„Als ik nu buk, schiet mijn rug vast.”"),
                    translate("Understanding", "Angst"),
                    translate("Understanding", "Ik laat het staan en vraag mijn partner om het te pakken."))]
        self.example.setText(translate("Understanding", "Een voorbeeld:") + "\n" + "\n".join(
            f"{link(k)}: {t}" for k, t in zip(LINKS, example[0], strict=True))
            + "\n" + translate("Understanding", "Wat ik kan veranderen: mijn gedrag. Rustig door de knieën gaan en "
                               "het zelf pakken; zo merk ik dat mijn rug dat aankan."))
        self.new_button.setText(translate("Understanding", "Nieuwe ketting…"))
        self.edit_button.setText(translate("Understanding", "Aanpassen…"))
        self.delete_button.setText(translate("Understanding", "Verwijderen"))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        page = self.pager.page_of(self.ctx.workbook_id)
        repo = _repo()
        self._entries, comments = self.ctx.load(_entries_with_comments, self.ctx.workbook_id, page,
                                                default=([], {}))
        self.pager.show_range(self.ctx.load(repo.count_entries, self.ctx.workbook_id, default=0), self._entries,
                              lambda e: e.day)
        self.entries.clear()
        for e in self._entries:
            text = f"{long_date(e.day)}: " + " → ".join(t for t in first_round(e) if t)
            if more_rounds(e):
                text += " " + count_text(more_rounds(e), translate("Understanding", "(+1 ronde)"),
                                         translate("Understanding", "(+%1 rondes)"))
            if e.change_link:
                text += "\n" + words("change", link=link(e.change_link))
            item = QListWidgetItem(text)
            item.setToolTip(escape(words("note", note=e.note)) if e.note else "")
            mark_item(item, comments.get(e.id or ""))  # the psychologist's comment on this chain, under it
            self.entries.addItem(item)
        has = bool(self._entries)
        self.entries.setVisible(has)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _selected(self) -> ChainEntry | None:
        row = self.entries.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def edit_selected(self) -> None:
        e = self._selected()
        if e is not None:
            self._edit(e, e)

    def _edit(self, entry: ChainEntry, _previous: ChainEntry | None) -> None:
        dialog = ChainDialog(entry, self)
        while dialog.exec() == ChainDialog.DialogCode.Accepted:
            if self.ctx.run(_ops().save_entry, dialog.entry(), source=self, rejected=dialog.show_message) is not None:
                self.reload()
                return

    def delete_selected(self) -> None:
        e = self._selected()
        if e is not None and e.id is not None and self.ctx.run(_ops().delete_entry, e.id, source=self) is not None:
            self.reload()
