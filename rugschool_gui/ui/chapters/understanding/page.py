"""The "understanding the pain" page: short readable texts (content files per language) with
the figures the app draws — the bio-psycho-social model, the vicious circle, the chain and the
sawtooth — and the person's own chain diary with a worked example."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ....content import load
from ....domain.chapters import UNDERSTANDING
from ....domain.charts import RECENT_ENTRIES
from ....domain.understanding import ChainEntry, bio_psycho_social, chain_figure, sawtooth, vicious_circle
from ...context import PageContext
from ...i18n import translate
from ...page_refresh import reload_when_shown
from ...undo import DoneCommand
from ...widgets.chart_view import ChartView
from ...widgets.common import MarkdownLabel, ScrollPage, heading, note_box, paragraph
from ...widgets.diagram_view import DiagramView
from ...widgets.history_pager import HistoryPager
from .chain_dialog import ChainDialog
from .texts import chapter_title, figure_label, link

SECTIONS = ("understanding_bps", "understanding_circle", "understanding_chain", "understanding_patterns")


def _repo():
    from ....storage import understanding

    return understanding


class _DeleteEntry(DoneCommand):
    def __init__(self, ctx, entry: ChainEntry) -> None:
        super().__init__(ctx, UNDERSTANDING, translate("Understanding", "Ketting verwijderen"))
        self.entry = entry

    def undo(self) -> None:
        self.save(_repo().save_entry, self.entry)

    def do(self) -> None:
        self.save(_repo().delete_entry, self.entry.id)


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
        ctx.hub.data_changed.connect(
            lambda chapter: reload_when_shown(self, self.reload) if chapter in (UNDERSTANDING, "") else None)
        ctx.hub.workbook_changed.connect(lambda _id: reload_when_shown(self, self.reload))
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
            view.set_spec(view.spec())
        self.saw.set_spec(sawtooth())
        self.diary_title.setText(translate("Understanding", "Mijn kettingen"))
        self.entries.setAccessibleName(translate("Understanding", "Mijn kettingen"))
        self.diary_help.setText(translate(
            "Understanding", "Schrijf een moment op waarop de pijn je gedrag stuurde. Vul in wat je kunt; een "
            "ketting kan meer rondes hebben. Kies daarna welke schakel je de volgende keer wilt veranderen."))
        example = [(translate("Understanding", "Ik sta te koken en moet iets uit de onderste kast halen."),
                    translate("Understanding", "Een trekkend gevoel in mijn onderrug."),
                    translate("Understanding", "„Als ik nu buk, schiet mijn rug vast.”"),
                    translate("Understanding", "Angst"),
                    translate("Understanding", "Ik laat het staan en vraag mijn partner om het te pakken."))]
        self.example.setText(translate("Understanding", "Een voorbeeld:") + "\n" + "\n".join(
            f"{link(k)}: {t}" for k, t in zip(("situation", "sensation", "thought", "emotion", "behaviour"),
                                               example[0], strict=True))
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
        self._entries = self.ctx.load(repo.list_entries, self.ctx.workbook_id, RECENT_ENTRIES,
                                      page * RECENT_ENTRIES, default=[])
        self.pager.show_range(self.ctx.load(repo.count_entries, self.ctx.workbook_id, default=0), self._entries,
                              lambda e: e.day)
        locale = QLocale()
        self.entries.clear()
        for e in self._entries:
            first = e.rounds[0] if e.rounds else ("",) * 5
            text = f"{locale.toString(e.day, 'd MMM yyyy')}: " + " → ".join(t for t in first if t)
            if len(e.rounds) > 1:
                text += " " + translate("Understanding", "(+%1 rondes)").replace("%1", str(len(e.rounds) - 1))
            if e.change_link:
                text += "\n" + translate("Understanding", "Veranderen: %1").replace("%1", link(e.change_link))
            item = QListWidgetItem(text)
            item.setToolTip(escape(e.note) if e.note else "")
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

    def _edit(self, entry: ChainEntry, _previous) -> None:
        dialog = ChainDialog(entry, self)
        while dialog.exec() == ChainDialog.DialogCode.Accepted:
            if self.ctx.save(_repo().save_entry, self.ctx.workbook_id, dialog.entry(), chapter=UNDERSTANDING,
                             rejected=dialog.show_message) is not None:
                return

    def delete_selected(self) -> None:
        e = self._selected()
        if e is not None and self.ctx.save(_repo().delete_entry, self.ctx.workbook_id, e.id,
                                           chapter=UNDERSTANDING) is not None:
            self.ctx.undo.push(_DeleteEntry(self.ctx, e))
