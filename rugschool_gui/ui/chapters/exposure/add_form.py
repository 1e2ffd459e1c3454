"""The form that adds a movement or activity to the fear hierarchy.

Suggestions can be picked or ignored. The form only collects what was typed: the page adds the
step (``submit``, an operation) and says whether it could. A refusal (an 11th item, an empty
label) is shown in the form itself (:meth:`AddItemForm.refused`) and what was typed stays, so
nothing has to be typed twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ....domain.exposure import FEAR_MAX, MAX_LABEL_LENGTH, SUGGESTION_KEYS
from ...i18n import translate
from ...widgets.inputs import EMPTY, rating_box
from ...widgets.keyboard import submit_on_enter
from .texts import suggestion

#: ``submit(label, fear, note) -> added``: the page adds the step (refusals go to ``refused``)
Submit = Callable[[str, int | None, str], bool]


class AddItemForm(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Submit = lambda _label, _fear, _note: False
        form = QFormLayout(self)
        self.suggestions = QComboBox()
        # as wide as the form allows: a long example is elided in the closed box, whole in the list
        self.suggestions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.suggestions.setMinimumContentsLength(16)
        self.suggestions.activated.connect(self._suggestion_picked)
        self.label = QLineEdit()
        self.label.setObjectName("new-item-label")
        self.label.setMaxLength(MAX_LABEL_LENGTH)
        self.label.returnPressed.connect(self.add)
        self.fear = rating_box(FEAR_MAX, translate("Exposure", "Angst"))
        submit_on_enter(self.fear, self.add)  # Enter adds the step, as in the text fields
        self.note = QLineEdit()
        self.note.returnPressed.connect(self.add)
        self.button = QPushButton()
        self.button.clicked.connect(self.add)
        self.message = QLabel()
        self.message.setObjectName("add-message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.row_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.row_labels, (self.suggestions, self.label, self.fear, self.note), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.message)

    def retranslate(self) -> None:
        self.setTitle(translate("Exposure", "Een beweging of activiteit toevoegen"))
        texts = (translate("Exposure", "Voorbeeld (niet verplicht):"), translate("Exposure", "Omschrijving:"),
                 translate("Exposure", "Angst (0–100):"), translate("Exposure", "Notitie:"))
        for label, text in zip(self.row_labels, texts, strict=True):
            label.setText(text)
        names = (translate("Exposure", "Een voorbeeld kiezen"), translate("Exposure", "Omschrijving van de nieuwe stap"),
                 translate("Exposure", "Angst bij de nieuwe stap (0–100)"), translate("Exposure", "Notitie bij de nieuwe stap"))
        for field, name in zip((self.suggestions, self.label, self.fear, self.note), names, strict=True):
            field.setAccessibleName(name)
        self.label.setPlaceholderText(translate("Exposure", "Bijvoorbeeld: een krat water optillen"))
        self.note.setPlaceholderText(translate("Exposure", "Wanneer, waar, met wie… (mag leeg blijven)"))
        self.fear.setToolTip(translate("Exposure", "0 = helemaal niet bang, 100 = zo bang als je je maar kunt voorstellen"))
        self.button.setText(translate("Exposure", "Toevoegen"))
        self.suggestions.clear()
        self.suggestions.addItem(translate("Exposure", "Kies een voorbeeld of typ zelf…"), "")
        for key in SUGGESTION_KEYS:
            self.suggestions.addItem(suggestion(key), key)
        completer = QCompleter([suggestion(k) for k in SUGGESTION_KEYS], self.label)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.label.setCompleter(completer)

    def _suggestion_picked(self, index: int) -> None:
        if self.suggestions.itemData(index):
            self.label.setText(self.suggestions.itemText(index))
            self.fear.setFocus()
        self.suggestions.setCurrentIndex(0)

    def add(self) -> None:
        fear = None if self.fear.value() == EMPTY else self.fear.value()
        if not self.submit(self.label.text(), fear, self.note.text()):
            return
        self.message.setVisible(False)
        self.label.clear()
        self.note.clear()
        self.fear.setValue(EMPTY)
        self.label.setFocus()

    def refused(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(True)
        self.label.setFocus()
