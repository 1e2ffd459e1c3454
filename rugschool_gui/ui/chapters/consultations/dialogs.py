"""The forms of the psychologist's loop: one consultation, one homework. The smaller ones (a
barrier when postponing, a question for next time, a comment, a reply) are in ``small_dialogs``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain import homework as hw
from ....domain.consultations import KINDS, MEASURES, Consultation, Goal
from ....wording import language
from ....wording.consultations import TECHNIQUES, words
from ...i18n import translate
from ...widgets.date_field import DateField
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import text_box


def _day(field: DateField) -> date:
    d = field.date()
    return date(d.year(), d.month(), d.day())


def _form() -> QFormLayout:
    """A form whose long labels go above their field instead of wrapping beside it (a wrapped
    label in a form row is cut off at large text sizes)."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _row(form: QFormLayout, text: str, field: QWidget) -> None:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)


class ConsultationDialog(FormDialog):
    """Date, kind, agenda, notes (shared with the patient), evaluation, next appointment and the
    therapist's private note (never handed over, never printed)."""

    def __init__(self, c: Consultation, parent: QWidget | None = None) -> None:
        super().__init__(translate("Consultations", "Gesprek"), parent, 80, "consultation-message")
        self._c = c
        lay = QVBoxLayout(self)
        form = _form()
        self.held = DateField(c.held_on)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(words(f"kind.{kind}"), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.agenda, self.notes, self.evaluation = text_box(2), text_box(3), text_box(2)
        self.agenda.setPlainText(c.agenda)
        self.notes.setPlainText(c.notes)
        self.evaluation.setPlainText(c.evaluation)
        self.has_next = QCheckBox(translate("Consultations", "Volgende afspraak gepland"))
        self.has_next.setChecked(c.next_on is not None)
        self.next = DateField(c.next_on or c.held_on + timedelta(days=14))
        self.next.setEnabled(c.next_on is not None)
        self.has_next.toggled.connect(self.next.setEnabled)
        self.private = text_box(2)
        self.private.setObjectName("private-note")
        self.private.setPlainText(c.private_note)
        for text, field in ((translate("Consultations", "&Datum:"), self.held),
                            (translate("Consultations", "&Soort gesprek:"), self.kind),
                            (translate("Consultations", "&Agenda:"), self.agenda),
                            (translate("Consultations", "&Notities (ook voor je patiënt):"), self.notes),
                            (translate("Consultations", "&Evaluatie:"), self.evaluation),
                            ("", self.has_next), (translate("Consultations", "&Volgende afspraak:"), self.next),
                            (translate("Consultations", "&Privénotitie (alleen voor jou):"), self.private)):
            _row(form, text, field)
        lay.addLayout(form)
        self.private.setPlaceholderText(translate("Consultations", "Blijft op deze computer: niet in het "
                                                  "overdrachtsbestand, niet in de PDF."))
        self.add_message_and_buttons(lay)

    def consultation(self) -> Consultation:
        return replace(self._c, held_on=_day(self.held), kind=self.kind.currentData(),
                       agenda=self.agenda.toPlainText(), notes=self.notes.toPlainText(),
                       evaluation=self.evaluation.toPlainText(),
                       next_on=_day(self.next) if self.has_next.isChecked() else None,
                       private_note=self.private.toPlainText())


class HomeworkDialog(FormDialog):
    """What to do, how many times, every week or once by a date. Its progress is counted from
    what the patient logs; only a free task and reading are ticked by hand."""

    def __init__(self, h: hw.Homework, steps: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("Consultations", "Huiswerk"), parent, 72, "homework-message")
        self._h = h
        lay = QVBoxLayout(self)
        form = _form()
        self.kind = QComboBox()
        self.kind.setObjectName("homework-kind")
        for kind in hw.KINDS:
            self.kind.addItem(words(f"kindname.{kind}"), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(h.kind)))
        self.count = QSpinBox()
        self.count.setObjectName("homework-count")
        self.count.setRange(1, hw.MAX_COUNT)
        self.count.setValue(h.count)
        self.step = QComboBox()
        self.step.addItem(translate("Consultations", "De stap waar je patiënt nu is"), None)
        for step_id, label in steps:
            self.step.addItem(label, step_id)
        self.step.setCurrentIndex(max(0, self.step.findData(h.item_id)))
        self.technique = QComboBox()
        self.technique.addItem(translate("Consultations", "Elke oefening"), None)
        for key, (nl, en) in TECHNIQUES.items():
            self.technique.addItem(en if language() == "en" else nl, key)
        self.technique.setCurrentIndex(max(0, self.technique.findData(h.technique)))
        self.text = QLineEdit(h.text)
        self.text.setObjectName("homework-text")
        self.rhythm = QComboBox()
        self.rhythm.addItem(translate("Consultations", "Elke week"), hw.WEEKLY)
        self.rhythm.addItem(translate("Consultations", "Eén keer, tegen een datum"), hw.ONCE)
        self.rhythm.setCurrentIndex(max(0, self.rhythm.findData(h.rhythm)))
        self.starts = DateField(h.starts_on)
        self.has_due = QCheckBox(translate("Consultations", "Met een einddatum"))
        self.has_due.setChecked(h.due_on is not None)
        self.due = DateField(h.due_on or h.starts_on + timedelta(days=13))
        for text, field in ((translate("Consultations", "&Soort:"), self.kind),
                            (translate("Consultations", "&Aantal:"), self.count),
                            (translate("Consultations", "Sta&p:"), self.step),
                            (translate("Consultations", "&Ontspanningsoefening:"), self.technique),
                            (translate("Consultations", "Opdracht in je eigen &woorden:"), self.text),
                            (translate("Consultations", "&Ritme:"), self.rhythm),
                            (translate("Consultations", "&Vanaf:"), self.starts), ("", self.has_due),
                            (translate("Consultations", "&Tot en met:"), self.due)):
            _row(form, text, field)
        self.form = form
        lay.addLayout(form)
        self.add_message_and_buttons(lay)
        for signal in (self.kind.currentIndexChanged, self.rhythm.currentIndexChanged, self.has_due.toggled):
            signal.connect(lambda *_: self._follow())
        self._follow()

    def _follow(self) -> None:
        """Only the fields the chosen kind uses are shown."""
        kind = self.kind.currentData()
        shown = {self.count: kind not in (hw.REFLECTION, hw.GRADED_ACTIVITY, *hw.TICKED),
                 self.step: kind == hw.EXPOSURE, self.technique: kind == hw.RELAXATION}
        for field, visible in shown.items():
            self.form.setRowVisible(field, visible)
        once = self.rhythm.currentData() == hw.ONCE
        self.form.setRowVisible(self.has_due, not once)
        self.due.setEnabled(once or self.has_due.isChecked())

    def homework(self) -> hw.Homework:
        kind = self.kind.currentData()
        once = self.rhythm.currentData() == hw.ONCE
        counted = kind not in (hw.REFLECTION, hw.GRADED_ACTIVITY, *hw.TICKED)
        return replace(self._h, kind=kind, count=self.count.value() if counted else 1,
                       item_id=self.step.currentData() if kind == hw.EXPOSURE else None,
                       technique=self.technique.currentData() if kind == hw.RELAXATION else None,
                       text=self.text.text(), rhythm=self.rhythm.currentData(), starts_on=_day(self.starts),
                       due_on=_day(self.due) if once or self.has_due.isChecked() else None)


class GoalDialog(FormDialog):
    """A goal in the patient's words, with its SMART parts (seed 000): specifiek, meetbaar,
    aanvaardbaar, realistisch, tijdsgebonden."""

    def __init__(self, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(translate("Consultations", "Doel"), parent, 72, "goal-message")
        self._goal = goal
        lay = QVBoxLayout(self)
        form = _form()
        self.goal = QLineEdit(goal.goal)
        self.goal.setObjectName("goal-text")
        self.parts = {key: QLineEdit(getattr(goal, key)) for key in ("specific", "measurable", "acceptable",
                                                                      "realistic")}
        self.has_due = QCheckBox(translate("Consultations", "Met een datum"))
        self.has_due.setChecked(goal.due_on is not None)
        self.due = DateField(goal.due_on or date.today() + timedelta(weeks=6))
        self.due.setEnabled(goal.due_on is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        questions = {
            "specific": translate("Consultations", "&Specifiek: wat precies?"),
            "measurable": translate("Consultations", "&Meetbaar: waaraan merk je dat het lukt?"),
            "acceptable": translate("Consultations", "&Aanvaardbaar: waarom wil je dit?"),
            "realistic": translate("Consultations", "&Realistisch: is het haalbaar?"),
        }
        _row(form, translate("Consultations", "&Doel in je eigen woorden:"), self.goal)
        for key, field in self.parts.items():
            _row(form, questions[key], field)
        _row(form, "", self.has_due)
        _row(form, translate("Consultations", "&Tijdsgebonden: tegen wanneer?"), self.due)
        self.measure = QComboBox()  # a measure the app keeps, to show the goal's progress (#25)
        self.measure.setObjectName("goal-measure")
        self.measure.addItem(words("measure.none"), None)
        for key in MEASURES:
            self.measure.addItem(words(f"measure.{key}"), key)
        self.measure.setCurrentIndex(max(0, self.measure.findData(goal.measure)))
        _row(form, translate("Consultations", "&Volgen met een meting van het werkboek:"), self.measure)
        lay.addLayout(form)
        self.add_message_and_buttons(lay)

    def value(self) -> Goal:
        p = {k: f.text() for k, f in self.parts.items()}
        return replace(self._goal, goal=self.goal.text(), specific=p["specific"], measurable=p["measurable"],
                       acceptable=p["acceptable"], realistic=p["realistic"],
                       due_on=_day(self.due) if self.has_due.isChecked() else None,
                       measure=self.measure.currentData())
