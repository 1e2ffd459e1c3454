"""The closing page (WORKBOOK.md §6): the key tips, and "my workbook in one page" — a summary
drawn from every chapter with a way to open each. A psychologist opens this first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ....content import load
from ....domain.chapters import EXPOSURE, GRADED_ACTIVITY, PACING, TOO_LITTLE, TOO_MUCH, UNDERSTANDING
from ...context import PageContext
from ...i18n import count_text, translate
from ...page_refresh import reload_when_shown
from ...widgets.common import MarkdownLabel, ScrollPage, heading, paragraph
from ..graded_activity.texts import unit_suffix
from ..too_much.texts import group, question
from .texts import chapter_title


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
        ctx.hub.data_changed.connect(lambda _c: reload_when_shown(self, self.reload))
        ctx.hub.workbook_changed.connect(lambda _id: reload_when_shown(self, self.reload))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "grid"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.tips.set_markdown(load("closing_tips", self.ctx.language if self.ctx.language in ("nl", "en") else "nl"))
        self.summary_title.setText(translate("Closing", "Mijn werkboek op één blad"))
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
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.setParent(None)
        if s is None:
            return
        self.lines = {}
        for row, (chapter, name, text) in enumerate(self._rows(s)):
            title = QLabel(f"<b>{name}</b>")
            line = QLabel(text)
            line.setWordWrap(True)
            line.setObjectName(f"summary-{chapter}")
            button = QPushButton(translate("Closing", "Openen"))
            button.setAccessibleName(translate("Closing", "%1 openen").replace("%1", name))
            button.clicked.connect(lambda _=False, cid=chapter: self.ctx.hub.open_chapter.emit(cid))
            self.grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(line, row, 1)
            self.grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.lines[chapter] = line

    def _rows(self, s) -> list[tuple[str, str, str]]:
        from ..exposure.texts import chapter_title as exposure_title
        from ..graded_activity.texts import chapter_title as activity_title
        from ..too_little.texts import chapter_title as little_title
        from ..too_much.texts import chapter_title as much_title
        from ..understanding.texts import chapter_title as understanding_title

        nothing = translate("Closing", "Nog niets ingevuld.")
        locale = QLocale()
        rows = [(UNDERSTANDING, understanding_title(), count_text(
            s.chains, translate("Closing", "1 ketting genoteerd."), translate("Closing", "%1 kettingen genoteerd."))
            if s.chains else nothing)]
        much = []
        if s.signals_week:
            much.append(count_text(s.signals_week, translate("Closing", "1 stresssignaal deze week"),
                                   translate("Closing", "%1 stresssignalen deze week"))
                        + (translate("Closing", ", vooral %1").replace("%1", group(s.top_signal_group).lower())
                           if s.top_signal_group else "") + ".")
        if s.outlet:
            much.append(translate("Closing", "Uitlaatklep: %1.").replace("%1", s.outlet))
        for key, day, text in s.reflections[:2]:
            much.append(f"{question(key)} ({locale.toString(day, 'd MMM yyyy')}): {text}")
        rows.append((TOO_MUCH, much_title(), "\n".join(much) or nothing))
        from ..pacing.texts import chapter_title as pacing_title

        if s.planned_week:
            pace = translate("Closing", "Deze week %1 gepland, %2 gedaan.").replace(
                "%1", str(s.planned_week)).replace("%2", str(s.done_week))
            if s.breaks[1]:
                pace += " " + translate("Closing", "Pauzes genomen: %1 van %2.").replace(
                    "%1", str(s.breaks[0])).replace("%2", str(s.breaks[1]))
        else:
            pace = nothing
        rows.append((PACING, pacing_title(), pace))
        little = []
        if s.valued:
            little.append(translate("Closing", "Waardevol voor mij: %1.").replace("%1", ", ".join(s.valued)))
        for name, (first, last) in s.score_trends.items():
            little.append(translate("Closing", "%1: van %2 naar %3.").replace("%1", name).replace(
                "%2", f"{first:g}").replace("%3", f"{last:g}"))
        rows.append((TOO_LITTLE, little_title(), "\n".join(little) or nothing))
        if s.exposure_items:
            exp = translate("Closing", "%1 van %2 stappen beheerst.").replace("%1", str(len(s.exposure_mastered))).replace(
                "%2", str(s.exposure_items))
            if s.exposure_step:
                exp += " " + translate("Closing", "Nu aan de beurt: %1.").replace("%1", s.exposure_step)
        else:
            exp = nothing
        rows.append((EXPOSURE, exposure_title(), exp))
        if s.activity:
            suffix = unit_suffix(s.activity_unit)
            act = translate("Closing", "%1: van %2 naar het doel %3; laatst gedaan: %4.").replace(
                "%1", s.activity).replace("%2", f"{round(s.activity_start)}{suffix}").replace(
                "%3", f"{round(s.activity_goal)}{suffix}").replace(
                "%4", "—" if s.activity_level is None else f"{round(s.activity_level)}{suffix}")
        else:
            act = nothing
        rows.append((GRADED_ACTIVITY, activity_title(), act))
        return rows

