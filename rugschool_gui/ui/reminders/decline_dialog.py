""""Vandaag niet": what stood in the way, inside or outside yourself (WORKBOOK.md §5 barriers),
with a few words if you like. Asked kindly; no blame, and never a bare "skip"."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.reminders import BARRIERS, GRADED_ACTIVITY, Due
from ..i18n import translate
from ..widgets.form_dialog import FormDialog
from ..widgets.wrapping import WrapRadioButton
from .texts import barrier_name


class DeclineDialog(FormDialog):
    def __init__(self, item: Due, parent: QWidget | None = None) -> None:
        super().__init__(translate("Reminders", "Vandaag niet"), parent, message_name="decline-message")
        self.setObjectName("decline-dialog")
        lay = QVBoxLayout(self)
        # where the words go, in the same paragraph (a line of its own makes the dialog too tall
        # for a 720-pixel screen at the largest text)
        where = translate(
            "Reminders", "Dit komt met de datum bij de drempels in je plan voor stapsgewijs opbouwen.") \
            if item.kind == GRADED_ACTIVITY else translate(
            "Reminders", "Dit komt met de datum in je werkboek, voor je volgende gesprek.")
        intro = QLabel(translate(
            "Reminders", "Dat kan gebeuren. Wat hield je vandaag tegen? Het helpt om dat te weten, "
            "voor jezelf en om het met je therapeut te bespreken.") + " " + where)
        intro.setObjectName("decline-intro")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.choice = QButtonGroup(self)
        for i, barrier in enumerate(BARRIERS):
            radio = WrapRadioButton(barrier_name(barrier))
            radio.setObjectName(f"barrier-{barrier}")
            self.choice.addButton(radio, i)
            lay.addWidget(radio)
        words_label = QLabel(translate("Reminders", "In een paar &woorden (mag leeg blijven):"))
        self.words = QLineEdit()
        self.words.setObjectName("barrier-words")
        self.words.setMaxLength(200)
        words_label.setBuddy(self.words)
        lay.addWidget(words_label)
        lay.addWidget(self.words)
        self.add_message_and_buttons(lay, translate("Reminders", "Vandaag niet"))

    @property
    def barrier(self) -> str | None:
        i = self.choice.checkedId()
        return BARRIERS[i] if i >= 0 else None

    def accept(self) -> None:
        if self.barrier is None:
            self.show_message(translate("Reminders", "Kies wat je tegenhield: iets in jezelf of iets erbuiten."))
            return
        super().accept()
