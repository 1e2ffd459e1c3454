"""The form of one practice session: the day, how much was done, pain (optional) and a note.

The week's quota stands beside the amount, so the person sees what was agreed. A refusal
(nothing filled in, a day before the plan) shows in the dialog; what was typed stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ....domain.graded_activity import MAX_AMOUNT, PAIN_MAX, Plan, Session
from ....domain.graded_activity_reading import display_amount
from ...i18n import args, translate
from ...widgets.date_field import DateField
from ...widgets.form_dialog import FormDialog
from ...widgets.inputs import rating_box, rating_value, set_rating, text_box
from .texts import level, unit_suffix


def amount_box(unit: str, accessible: str) -> QSpinBox:
    """A whole amount in the plan's unit; 0 shows "—" and means "not filled in"."""
    box = QSpinBox()
    box.setRange(0, MAX_AMOUNT)
    box.setSpecialValueText("—")
    box.setSuffix(unit_suffix(unit))
    box.setAccessibleName(accessible)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("1000" + unit_suffix("repetitions")) + box.fontMetrics().height() * 3)
    return box


def set_buddies(form: QFormLayout, fields: Sequence[QWidget]) -> None:
    """Each row's label (with its &-key) leads to the row's field."""
    for row, field in enumerate(fields):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setBuddy(field)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class SessionDialog(FormDialog):
    def __init__(self, plan: Plan, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(translate("GradedActivity", "Oefening noteren"), parent, 64, "session-message")
        self._plan, self._session = plan, session
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.day = DateField(to_qdate(session.day))
        self.day.setDisplayFormat("d MMMM yyyy")
        self.day.setAccessibleName(translate("GradedActivity", "Datum"))
        if plan.first is not None:  # sessions start with the plan
            self.day.setMinimumDate(to_qdate(plan.first.start_on))
        self.day.dateChanged.connect(self._show_quota)
        self.amount = amount_box(plan.unit, translate("GradedActivity", "Hoeveel je deed"))
        if session.amount:
            self.amount.setValue(display_amount(session.amount))
        self.quota = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.amount)
        row.addWidget(self.quota, 1)
        self.pain = rating_box(PAIN_MAX, translate("GradedActivity", "Pijn"))
        set_rating(self.pain, session.pain)
        self.note = text_box(3)
        self.note.setPlainText(session.note)
        self.note.setAccessibleName(translate("GradedActivity", "Notitie"))
        form.addRow(translate("GradedActivity", "&Datum:"), self.day)
        form.addRow(translate("GradedActivity", "&Hoeveel deed je?"), row)
        form.addRow(translate("GradedActivity", "&Pijn (mag leeg):"), self.pain)
        form.addRow(translate("GradedActivity", "&Notitie:"), self.note)
        set_buddies(form, (self.day, self.amount, self.pain, self.note))
        lay.addLayout(form)
        self.add_message_and_buttons(lay)
        self._show_quota()
        self.amount.setFocus()

    def _show_quota(self) -> None:
        version = self._plan.current
        if version is None:
            self.quota.setText("")
            return
        quota = version.shown_quota_on(from_qdate(self.day.date()))
        self.quota.setText(args(translate("GradedActivity", "afgesproken: %1"), level(quota, self._plan.unit)))

    def session(self) -> Session:
        """What the form holds now (an empty amount stays 0 so the domain explains it)."""
        return replace(self._session, day=from_qdate(self.day.date()), amount=self.amount.value(),
                       pain=rating_value(self.pain), note=self.note.toPlainText())
