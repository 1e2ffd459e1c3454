"""Small forms of the psychologist's loop: postponing homework with its barrier (WORKBOOK.md §5:
something in yourself or around you), a question for next time, a comment on an entry and the
patient's one reply."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import homework as hw
from ....wording.consultations import words
from ...i18n import args, translate
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import text_box


class PostponeDialog(FormDialog):
    def __init__(self, task: str, parent: QWidget | None = None) -> None:
        super().__init__(translate("Consultations", "Uitstellen"), parent, 60, "postpone-message")
        lay = QVBoxLayout(self)
        intro = QLabel(args(translate("Consultations", "Het lukt deze keer niet met „%1”. Dat mag; je psycholoog "
                                      "kijkt samen met je wat in de weg zat. Wat hield je tegen?"), task))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.group = QButtonGroup(self)
        self.inside = QRadioButton(translate("Consultations", "Iets in mezelf (moe, geen zin, bang, vergeten)"))
        self.outside = QRadioButton(translate("Consultations", "Iets rondom mij (werk, gezin, ziek, weer, geen tijd)"))
        self.inside.setObjectName("barrier-intern")
        self.outside.setObjectName("barrier-extern")
        for button in (self.inside, self.outside):
            self.group.addButton(button)
            lay.addWidget(button)
        label = QLabel(translate("Consultations", "In je eigen &woorden (mag leeg blijven):"))
        self.text = QLineEdit()
        self.text.setObjectName("barrier-text")
        label.setBuddy(self.text)
        lay.addWidget(label)
        lay.addWidget(self.text)
        self.add_message_and_buttons(lay, translate("Consultations", "&Uitstellen"))

    def barrier(self) -> tuple[str | None, str]:
        kind = hw.INTERNAL if self.inside.isChecked() else hw.EXTERNAL if self.outside.isChecked() else None
        return kind, self.text.text()


class TextDialog(FormDialog):
    """One short text: a question for next time, or a reply to a comment."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None, quoted: str = "") -> None:
        super().__init__(title, parent, 60, "text-message")
        lay = QVBoxLayout(self)
        if quoted:
            quote = QLabel(quoted)
            quote.setWordWrap(True)
            quote.setProperty("surface", "card")
            lay.addWidget(quote)
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = text_box(3)
        self.text.setObjectName("short-text")
        label.setBuddy(self.text)
        lay.addWidget(label)
        lay.addWidget(self.text)
        self.add_message_and_buttons(lay)

    def value(self) -> str:
        return self.text.toPlainText()


class CommentDialog(FormDialog):
    """A short comment on one of the patient's recent entries."""

    def __init__(self, entries: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("Consultations", "Opmerking bij een oefening"), parent, 72, "comment-message")
        lay = QVBoxLayout(self)
        label = QLabel(translate("Consultations", "&Bij welke oefening?"))
        self.entry = QComboBox()
        self.entry.setObjectName("comment-entry")
        for table, row_id, text in entries:
            self.entry.addItem(text, (table, row_id))
        label.setBuddy(self.entry)
        lay.addWidget(label)
        lay.addWidget(self.entry)
        prompt = QLabel(translate("Consultations", "&Je opmerking (je patiënt ziet ze na de overdracht):"))
        self.text = text_box(3)
        self.text.setObjectName("comment-text")
        prompt.setBuddy(self.text)
        lay.addWidget(prompt)
        lay.addWidget(self.text)
        self.add_message_and_buttons(lay)
        self.setAccessibleDescription(words("comment.from", day=""))

    def target(self) -> tuple[str, str] | None:
        data = self.entry.currentData()
        return (str(data[0]), str(data[1])) if data else None

    def value(self) -> str:
        return self.text.toPlainText()
