"""Assertiveness: the middle way between effacing yourself and being aggressive, a reflection
prompt with its history, and situations to practise (situation, what I would say, how it went)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.too_much import ASSERTIVE_QUESTION, Situation
from ....wording.too_much import words
from ...context import PageContext
from ...i18n import translate
from ...widgets.common import heading, note_box, paragraph
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import text_box
from .answers import AnswerBox
from .running import ops, run
from .texts import day_text


class SituationDialog(FormDialog):
    def __init__(self, situation: Situation, parent: QWidget | None = None) -> None:
        super().__init__(translate("TooMuch", "Een situatie om te oefenen"), parent, 70, "situation-message")
        self._situation = situation
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.what, self.say, self.went = text_box(3), text_box(3), text_box(3)
        for box, text, value in ((self.what, translate("TooMuch", "&Situatie:"), situation.situation),
                                 (self.say, translate("TooMuch", "Wat &zou ik zeggen?"), situation.say),
                                 (self.went, translate("TooMuch", "&Hoe ging het?"), situation.went)):
            box.setPlainText(value)
            box.setAccessibleName(text.replace("&", ""))
            form.addRow(text, box)
        lay.addLayout(form)
        self.add_message_and_buttons(lay)

    def situation(self) -> Situation:
        return replace(self._situation, situation=self.what.toPlainText(), say=self.say.toPlainText(),
                       went=self.went.toPlainText())


class AssertiveTab(QWidget):
    def __init__(self, ctx: PageContext, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today
        v = QVBoxLayout(self)
        self.title = heading(level=2)
        self.about = note_box()
        self.answer = AnswerBox(ctx, ASSERTIVE_QUESTION, today)
        self.list_title = heading(level=3)
        self.list_help = paragraph()
        self.list = QListWidget()
        self.list.setObjectName("situations")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_selected())
        row = QHBoxLayout()
        self.add_button, self.edit_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.add_button.setObjectName("add-situation")
        self.add_button.clicked.connect(lambda: self._edit(Situation(None, self.today(), ""), None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        for w in (self.title, self.about, self.answer, self.list_title, self.list_help, self.list):
            v.addWidget(w)
        v.addLayout(row)
        v.addStretch(1)
        self._situations: list[Situation] = []

    def retranslate(self) -> None:
        self.title.setText(words("assertive_title"))
        self.about.setText(translate(
            "TooMuch", "Wie zichzelf wegcijfert, zegt altijd ja en houdt geen rekening met zijn eigen grenzen. Wie "
            "agressief reageert, komt op voor zichzelf maar walst over anderen heen. Assertief zijn is de "
            "middenweg: je zegt rustig en duidelijk wat je wilt of niet wilt, met respect voor jezelf én voor de "
            "ander. Bijvoorbeeld: „Ik help je graag, maar vandaag lukt tillen niet. Morgen kan ik wel even "
            "komen.”"))
        self.answer.retranslate()
        self.list_title.setText(translate("TooMuch", "Situaties om te oefenen"))
        self.list.setAccessibleName(translate("TooMuch", "Situaties om te oefenen"))
        self.list_help.setText(translate(
            "TooMuch", "Schrijf een situatie op waarin je je grens wilt aangeven, wat je zou zeggen, en achteraf "
            "hoe het ging."))
        self.add_button.setText(translate("TooMuch", "Nieuwe situatie…"))
        self.edit_button.setText(translate("TooMuch", "Aanvullen…"))
        self.delete_button.setText(translate("TooMuch", "Verwijderen"))
        self.reload()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        self.answer.reload()
        from ....storage.too_much_practice import (
            list_situations,  # SQLAlchemy: not before the first paint
        )

        self._situations = self.ctx.load(list_situations, self.ctx.workbook_id, default=[])
        self.list.clear()
        for s in self._situations:
            text = f"{day_text(s.day)}: {s.situation}"
            if s.say:
                text += "\n" + words("says", text=s.say)
            if s.went:
                text += "\n" + words("went_like", text=s.went)
            self.list.addItem(QListWidgetItem(text))
        has = bool(self._situations)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _selected(self) -> Situation | None:
        row = self.list.currentRow()
        return self._situations[row] if 0 <= row < len(self._situations) else None

    def edit_selected(self) -> None:
        s = self._selected()
        if s is not None:
            self._edit(s, s)

    def _edit(self, situation: Situation, _previous: Situation | None) -> None:
        dialog = SituationDialog(situation, self)
        while dialog.exec() == SituationDialog.DialogCode.Accepted:
            if run(self, self.ctx, ops().save_situation, dialog.situation(), rejected=dialog.show_message) is not None:
                self.reload()
                return

    def delete_selected(self) -> None:
        s = self._selected()
        if s is not None:
            run(self, self.ctx, ops().delete_situation, s.id)
            self.reload()
