"""Recompute the schedule from the level reached now (stagnation, WORKBOOK.md §5).

The values proposed (the level from the latest three sessions, the goal and the weeks left)
come from the domain. The new schedule is shown before it is saved; the old one stays in the
plan's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ....domain.errors import DomainError
from ....domain.graded_activity import MAX_WEEKS, Plan, Session, recompute_schedule
from ....domain.graded_activity_plan import recompute_proposal
from ....domain.graded_activity_reading import display_amount
from ... import design
from ...i18n import args, translate
from ...messages import domain_message
from ...widgets.date_field import DateField
from ...widgets.form_dialog import AppDialog
from .session_dialog import amount_box, from_qdate, set_buddies, to_qdate
from .texts import amount, increment, level


class RecomputeDialog(AppDialog):
    def __init__(self, plan: Plan, sessions: Sequence[Session] | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("GradedActivity", "Schema herberekenen"))
        self.setModal(True)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self._plan = plan
        proposal = recompute_proposal(plan, sessions or (), today)
        lay = QVBoxLayout(self)
        intro = QLabel(translate(
            "GradedActivity", "Je nieuwe schema begint bij wat je nu haalt. Het oude schema en al je "
            "oefeningen blijven bewaard."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.level = amount_box(plan.unit, translate("GradedActivity", "Je huidige niveau"))
        self.level.setValue(display_amount(proposal.level))
        self.goal = amount_box(plan.unit, translate("GradedActivity", "Doel"))
        self.goal.setValue(display_amount(proposal.goal))
        self.weeks = QSpinBox()
        self.weeks.setRange(0, MAX_WEEKS)
        self.weeks.setSpecialValueText("—")
        self.weeks.setValue(proposal.weeks)
        self.weeks.setAccessibleName(translate("GradedActivity", "Aantal weken"))
        self.start_on = DateField(to_qdate(proposal.start_on))
        self.start_on.setDisplayFormat("d MMMM yyyy")
        self.start_on.setMinimumDate(to_qdate(proposal.earliest))
        self.start_on.setAccessibleName(translate("GradedActivity", "Startdatum"))
        form.addRow(translate("GradedActivity", "Je &huidige niveau:"), self.level)
        form.addRow(translate("GradedActivity", "&Doel:"), self.goal)
        form.addRow(translate("GradedActivity", "Aantal &weken:"), self.weeks)
        form.addRow(translate("GradedActivity", "&Startdatum:"), self.start_on)
        set_buddies(form, (self.level, self.goal, self.weeks, self.start_on))
        for box in (self.level, self.goal, self.weeks):
            box.valueChanged.connect(self._preview)
        lay.addLayout(form)
        self.outcome = QLabel()
        self.outcome.setObjectName("recompute-result")
        self.outcome.setWordWrap(True)
        lay.addWidget(self.outcome)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("GradedActivity", "Nieuw schema gebruiken"))
        design.primary(self.buttons.button(QDialogButtonBox.StandardButton.Ok))  # the one main action
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._preview()

    def _preview(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        current = self._plan.current
        assert current is not None  # only a running plan is recomputed
        try:
            s = recompute_schedule(self.level.value(), self.goal.value(), self.weeks.value(),
                                   current.schedule.baseline)
        except DomainError as exc:
            self.outcome.setText(domain_message(exc))
            ok.setEnabled(False)
            return
        unit = self._plan.unit
        self.outcome.setText(args(translate("GradedActivity", "Van %1 naar %2 in %3 weken: elke week %4 erbij."),
                                  level(s.start, unit, s.baseline), amount(s.goal, unit), s.weeks,
                                  increment(s.increment, unit)))
        ok.setEnabled(True)

    def show_message(self, text: str) -> None:
        self.outcome.setText(text)

    def values(self) -> tuple[date, float, float, int]:
        return (from_qdate(self.start_on.date()), self.level.value(), self.goal.value(), self.weeks.value())
