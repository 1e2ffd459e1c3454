"""The set-up form's behaviour: the draft in the form, saving it, the live calculation (§5).

Every field is saved to the draft as it is typed (a baseline takes days to measure): one
operation per pause in typing writes everything the form changed in one transaction, so a
half-written state never lands. A value the rules refuse is explained beside it and not saved.
The baseline, start level and schedule shown are what the domain computes
(:func:`~rugschool_gui.domain.graded_activity_plan.draft_preview`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QWidget

from ....domain.errors import DomainError
from ....domain.graded_activity import BASELINE_COUNT, UNITS, Measurement, Plan
from ....domain.graded_activity_chart import schedule_chart
from ....domain.graded_activity_plan import draft_changes, draft_preview
from ....domain.graded_activity_reading import display_amount, fraction, percent
from ....operations import graded_activity as ops
from ....wording.graded_activity import words
from ...context import PageContext
from ...i18n import args, translate
from ...messages import domain_message
from ...saving import Debouncer
from .session_dialog import from_qdate, to_qdate
from .setup_view import SetupView, show_message
from .texts import (
    amount,
    chart_label,
    exact_amount,
    increment,
    level,
    measurements_needed,
    number,
    unit_suffix,
)

# refusals that belong beside the goal fields rather than under the measurements
GOAL_KEYS = frozenset(f"graded_activity.{key}" for key in (
    "goal_not_above_start", "missing_goal", "weeks_out_of_range", "amount_not_positive"))


def _message(error: DomainError | None) -> str:
    return domain_message(error) if error is not None else ""


class SetupForm(SetupView):
    started = Signal(object)  # the plan, now running
    discard_requested = Signal()

    def __init__(self, ctx: PageContext, source: QObject | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # who runs the operations (the chapter's page: it does not reload after its own change)
        self.source = source or self
        self._plan: Plan | None = None
        self._workbook_id = ""
        self._loading = False
        self.saver = Debouncer(self._write, self)
        ctx.register_flusher(self.saver.flush)
        self.activity.textEdited.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        for day, box in zip(self.measure_days, self.measure_amounts, strict=True):
            day.dateChanged.connect(self._changed)
            box.valueChanged.connect(self._changed)
        self.reduction.valueChanged.connect(self._changed)
        for w in (self.goal, self.weeks, self.per_week):
            w.valueChanged.connect(self._changed)
        self.start_on.dateChanged.connect(self._changed)
        self.start_button.clicked.connect(self.start)
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit())

    def retranslate(self) -> None:
        super().retranslate()
        self._preview()

    # ----- loading ------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        """Put a draft in the form. While the same draft is open, the form is its own source."""
        same = self._plan is not None and self._plan.id == plan.id
        self._plan = plan
        if same:
            return
        self.saver.cancel()
        self._workbook_id = self.ctx.workbook_id
        self._loading = True
        self.activity.setText(plan.activity)
        self.unit.setCurrentIndex(UNITS.index(plan.unit) if plan.unit in UNITS else 0)
        self._apply_unit(plan.unit)
        for i, m in enumerate(plan.measurements):
            self.measure_amounts[i].setValue(display_amount(m.amount) if m else 0)
            self.measure_days[i].setDate(to_qdate(m.day) if m else QDate.currentDate())
        self.reduction.setValue(percent(plan.reduction))
        self.goal.setValue(display_amount(plan.goal) if plan.goal else 0)
        self.weeks.setValue(plan.weeks or 0)
        self.per_week.setValue(plan.sessions_per_week)
        self.start_on.setDate(to_qdate(plan.start_on) if plan.start_on else QDate.currentDate())
        self._loading = False
        self._preview()

    def forget(self) -> None:
        """The next :meth:`show_plan` loads from the database again (workbook switch, start)."""
        self.saver.flush()
        self._plan = None

    # ----- what the form holds ------------------------------------------------------------
    def current_unit(self) -> str:
        return self.unit.currentData() or UNITS[0]

    def _measurements(self) -> tuple[Measurement | None, ...]:
        return tuple(Measurement(from_qdate(d.date()), a.value()) if a.value() > 0 else None
                     for d, a in zip(self.measure_days, self.measure_amounts, strict=True))

    def draft(self) -> Plan | None:
        """The plan as the form shows it now (not yet saved)."""
        if self._plan is None:
            return None
        return replace(
            self._plan, activity=" ".join(self.activity.text().split()), unit=self.current_unit(),
            reduction=fraction(self.reduction.value()), sessions_per_week=self.per_week.value(),
            goal=self.goal.value() or None, weeks=self.weeks.value() or None,
            start_on=from_qdate(self.start_on.date()), measurements=self._measurements())

    # ----- editing ------------------------------------------------------------------------
    def _unit_changed(self) -> None:
        self._apply_unit(self.current_unit())
        self._changed()

    def _apply_unit(self, unit: str) -> None:
        for box in (*self.measure_amounts, self.goal):
            box.setSuffix(unit_suffix(unit))

    def _changed(self, *_args: object) -> None:
        if self._loading or self._plan is None:
            return
        self._preview()
        self.saver.poke()

    def _write(self) -> None:
        """Save what changed, in one operation; refused values stay on screen, explained."""
        stored, shown = self._plan, self.draft()
        if stored is None or shown is None or draft_changes(stored, shown).empty:
            return
        change = self.ctx.run(ops.save_draft, stored.id, shown, source=self.source,
                              workbook_id=self._workbook_id)
        if change is not None:
            self._plan = change.result

    # ----- the live calculation -----------------------------------------------------------
    def _preview(self) -> None:
        plan = self.draft()
        if plan is None:
            return
        unit = plan.unit
        p = draft_preview(plan)
        if p.baseline is not None:
            calc = words("baseline_calc", amounts=" + ".join(number(a) for a in p.measured),
                         count=BASELINE_COUNT, baseline=exact_amount(p.baseline, unit))
            self.baseline_result.setText(args(translate("GradedActivity", "Je basisniveau: %1."), calc))
        else:
            self.baseline_result.setText(measurements_needed(p.missing))
        show_message(self.reduction_message, _message(p.reduction_error))
        if p.baseline is not None and p.start is not None:
            calc = words("start_calc", baseline=exact_amount(p.baseline, unit), percent=percent(plan.reduction),
                         start=level(p.start, unit, p.baseline))
            self.start_result.setText(args(translate(
                "GradedActivity", "%1: daarmee begin je, in je startweek (de eerste zeven dagen)."), calc))
        else:
            self.start_result.setText(translate(
                "GradedActivity", "Je startniveau verschijnt hier zodra je drie metingen hebt."))
        schedule_problem = _message(p.schedule_error)
        beside_goal = schedule_problem if p.schedule_error is not None and p.schedule_error.key in GOAL_KEYS else ""
        show_message(self.goal_message, _message(p.sessions_error) or beside_goal)
        if p.schedule is None:
            self.increment_result.setText(translate(
                "GradedActivity", "Je schema verschijnt hier zodra je metingen, doel en aantal weken ingevuld zijn."))
            self.table.show_schedule(None, unit)
            self.chart.set_spec(None)
        else:
            s = p.schedule.schedule
            self.increment_result.setText(args(translate(
                "GradedActivity", "Van %1 naar %2 in %3 weken. Elke week komt er %4 bij: (%5 − %6) / %3."),
                level(s.start, unit, s.baseline), amount(s.goal, unit), s.weeks, increment(s.increment, unit),
                number(s.goal), number(s.start)))
            self.table.show_schedule(p.schedule, unit)
            self.chart.set_spec(schedule_chart([p.schedule], [], p.schedule.start_on, f"{unit}_axis",
                                               start_label=chart_label("start_short")))
        problems = [_message(e) for e in p.problems]
        if p.activity_missing:
            problems.append(translate("GradedActivity", "Vul nog in welke activiteit je kiest."))
        show_message(self.missing, "\n".join(dict.fromkeys(problems)))
        self.start_button.setEnabled(p.ready)

    def start(self) -> None:
        self.saver.flush()
        if self._plan is None:
            return
        change = self.ctx.run(ops.start_plan, self._plan.id, source=self.source, workbook_id=self._workbook_id,
                              rejected=lambda text: show_message(self.missing, text))
        if change is not None:
            self._plan = None
            self.started.emit(change.result)
