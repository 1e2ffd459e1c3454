"""The form of one activity in the week: what, when, how long, which kind, must or want, done."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.pacing import (
    DAY_PARTS,
    DAYS,
    KINDS,
    MAX_MINUTES,
    MAX_NAME_LENGTH,
    MOTIVES,
    PAIN_MAX,
    Activity,
)
from ....wording.pacing import words
from ...i18n import translate
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import rating_box, rating_value, set_rating, text_box
from .texts import day_name, kind_name, part_name


def _choice_row(keys, words, current: str, name: str, vertical: bool = False) -> tuple[QWidget, QButtonGroup]:
    box = QWidget()
    row = QVBoxLayout(box) if vertical else QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(box)
    for i, key in enumerate(keys):
        button = QRadioButton(words(key))
        button.setObjectName(f"{name}-{key}")
        button.setChecked(key == current)
        group.addButton(button, i)
        row.addWidget(button)
    row.addStretch(1)
    return box, group


def day_box(current: int) -> QComboBox:
    box = QComboBox()
    for d in range(DAYS):
        box.addItem(day_name(d).capitalize(), d)
    box.setCurrentIndex(current)
    return box


def part_box(current: str) -> QComboBox:
    box = QComboBox()
    for part in DAY_PARTS:
        box.addItem(part_name(part).capitalize(), part)
    box.setCurrentIndex(DAY_PARTS.index(current))
    return box


def minutes_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_MINUTES)
    box.setSpecialValueText("—")
    box.setSuffix(" min")
    box.setSingleStep(5)
    box.setValue(value)
    return box


class ActivityDialog(FormDialog):
    def __init__(self, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(translate("Pacing", "Activiteit"), parent, 80, "activity-message")
        self._activity = activity
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(activity.name)
        self.name.setObjectName("activity-name")
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(translate("Pacing", "bijvoorbeeld stofzuigen, boodschappen, lezen"))
        self.day = day_box(activity.day)
        self.part = part_box(activity.part)
        self.minutes = minutes_box(activity.minutes)
        kinds, self.kind = _choice_row(KINDS, kind_name, activity.kind, "kind")
        motives, self.motive = _choice_row(MOTIVES, lambda m: {
            "must": translate("Pacing", "moeten (wat moet gebeuren)"),
            "want": translate("Pacing", "willen (wat je energie geeft)")}[m], activity.motive, "motive", vertical=True)
        self.note = text_box(2)
        self.note.setPlainText(activity.note)
        self.done_box = QCheckBox(words("done"))
        self.done_box.setChecked(activity.done)
        self.pain = rating_box(PAIN_MAX, translate("Pacing", "Pijn achteraf"))
        set_rating(self.pain, activity.pain)
        rows = [(translate("Pacing", "&Wat:"), self.name), (translate("Pacing", "&Dag:"), self.day),
                (translate("Pacing", "D&agdeel:"), self.part), (translate("Pacing", "&Hoelang:"), self.minutes),
                (translate("Pacing", "Soort:"), kinds), (translate("Pacing", "Moeten of willen:"), motives),
                (translate("Pacing", "&Notitie:"), self.note), ("", self.done_box),
                (translate("Pacing", "&Pijn achteraf (mag leeg):"), self.pain)]
        for text, field in rows:
            label = QLabel(text)
            if text:
                label.setBuddy(field)
                field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        lay.addLayout(form)
        self.add_message_and_buttons(lay)
        self.name.setFocus()

    def activity(self) -> Activity:
        return replace(
            self._activity, name=self.name.text(), day=self.day.currentData(), part=self.part.currentData(),
            minutes=self.minutes.value(), kind=KINDS[max(0, self.kind.checkedId())],
            motive=MOTIVES[max(0, self.motive.checkedId())], note=self.note.toPlainText(),
            done=self.done_box.isChecked(), pain=rating_value(self.pain))
