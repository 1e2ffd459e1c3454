"""The five reflection questions (WORKBOOK.md §2), each with today's answer and the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ....domain.too_much import QUESTIONS
from ....wording.too_much import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.common import heading, paragraph
from .answers import AnswerBox, answers_with_comments


class ReflectionsTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        v = QVBoxLayout(self)
        v.setSpacing(self.fontMetrics().height())
        self.title = heading(level=2)
        self.intro = paragraph()
        v.addWidget(self.title)
        v.addWidget(self.intro)
        self.ctx = ctx
        self.boxes = [AnswerBox(ctx, key, today) for key in QUESTIONS]
        for box in self.boxes:
            v.addWidget(box)
        v.addStretch(1)

    def retranslate(self) -> None:
        self.title.setText(words("questions_title"))
        self.intro.setText(translate(
            "TooMuch", "Neem er rustig de tijd voor. Wat je vandaag schrijft, wordt meteen bewaard. Kom je op een "
            "andere dag terug, dan begin je een nieuw antwoord en blijven de vorige zichtbaar: zo zie je hoe je "
            "denken verandert."))
        for box in self.boxes:
            box.retranslate()

    def reload(self) -> None:
        """Every answer and every comment on them in one transaction, then each box shows its own."""
        if not self.ctx.workbook_id:
            return
        for box in self.boxes:
            box.saver.flush()
        answers, comments = self.ctx.load(answers_with_comments, self.ctx.workbook_id, default=({}, {}))
        for box in self.boxes:
            box.show_answers(answers.get(box.key, []), comments)
