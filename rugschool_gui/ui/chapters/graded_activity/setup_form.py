"""The guided form that sets a plan up, step by step (WORKBOOK.md §5).

1 one activity and its unit, 2 three baseline measurements, 3 the start level (baseline
minus 20–30 %), 4 goal, weeks, sessions a week and start date, 5 the computed schedule to
look at before it starts. Every field is saved to the draft as it is typed (a baseline takes
days to measure); a value the rules refuse is explained beside it and not saved.
"""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ....domain.chapters import GRADED_ACTIVITY
from ....domain.errors import DomainError
from ....domain.graded_activity import (
    BASELINE_COUNT, MAX_ACTIVITY_LENGTH, MAX_SESSIONS_PER_WEEK, MAX_WEEKS, UNITS, Measurement, Plan,
    ScheduleVersion, baseline_of, check_reduction, check_sessions_per_week, display_amount,
)
from ....domain.graded_activity_chart import schedule_chart
from ...context import PageContext
from ...i18n import translate
from ...messages import domain_message, refusal
from ...saving import Debouncer
from ...widgets.chart_view import ChartView
from ...widgets.common import paragraph
from ...widgets.date_field import DateField
from .schedule_table import ScheduleTable
from .session_dialog import amount_box, from_qdate, to_qdate
from .texts import amount, chart_label, exact_amount, measurements_needed, number, unit_name


def _repo():
    from ....storage import graded_activity

    return graded_activity


def _message_label(name: str) -> QLabel:
    label = paragraph()
    label.setObjectName(name)
    label.setVisible(False)
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SetupForm(QWidget):
    started = Signal()
    discard_requested = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._plan: Plan | None = None
        self._loading = False
        self.saver = Debouncer(self._write, self)
        ctx.register_flusher(self.saver.flush)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.sections = [QGroupBox() for _ in range(5)]
        self.helps = [paragraph() for _ in range(5)]
        builders = (self._build_activity, self._build_measurements, self._build_start,
                    self._build_goal, self._build_schedule)
        for box, help_label, build in zip(self.sections, self.helps, builders, strict=True):
            v = QVBoxLayout(box)
            v.addWidget(help_label)
            build(v)
            lay.addWidget(box)

    # ----- building -----------------------------------------------------------------------
    def _build_activity(self, v: QVBoxLayout) -> None:
        form = QFormLayout()
        self.activity = QLineEdit()
        self.activity.setObjectName("activity-name")
        self.activity.setMaxLength(MAX_ACTIVITY_LENGTH)
        self.activity.textEdited.connect(self._changed)
        self.unit = QComboBox()
        self.unit.setObjectName("activity-unit")
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.activity_label, self.unit_label = QLabel(), QLabel()
        self.activity_label.setBuddy(self.activity)
        self.unit_label.setBuddy(self.unit)
        form.addRow(self.activity_label, self.activity)
        form.addRow(self.unit_label, self.unit)
        v.addLayout(form)

    def _build_measurements(self, v: QVBoxLayout) -> None:
        grid = QGridLayout()
        self.measure_labels, self.measure_days, self.measure_amounts = [], [], []
        for i in range(BASELINE_COUNT):
            label = QLabel()
            day = DateField(QDate.currentDate())
            day.setDisplayFormat("d MMMM yyyy")
            day.dateChanged.connect(self._changed)
            box = amount_box("minutes", "")
            box.setObjectName(f"measurement-{i + 1}")
            box.valueChanged.connect(self._changed)
            label.setBuddy(box)
            grid.addWidget(label, i, 0)
            grid.addWidget(day, i, 1)
            grid.addWidget(box, i, 2)
            self.measure_labels.append(label)
            self.measure_days.append(day)
            self.measure_amounts.append(box)
        grid.setColumnStretch(3, 1)
        v.addLayout(grid)
        self.baseline_result = paragraph()
        self.baseline_result.setObjectName("baseline-result")
        v.addWidget(self.baseline_result)

    def _build_start(self, v: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.reduction_label = QLabel()
        self.reduction = QSpinBox()
        self.reduction.setObjectName("reduction")
        self.reduction.setRange(0, 100)  # wider than allowed, so a refusal can be explained
        self.reduction.setSuffix(" %")
        self.reduction.valueChanged.connect(self._changed)
        self.reduction_label.setBuddy(self.reduction)
        row.addWidget(self.reduction_label)
        row.addWidget(self.reduction)
        row.addStretch(1)
        v.addLayout(row)
        self.start_result = paragraph()
        self.start_result.setObjectName("start-result")
        self.reduction_message = _message_label("reduction-message")
        v.addWidget(self.start_result)
        v.addWidget(self.reduction_message)

    def _build_goal(self, v: QVBoxLayout) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.goal = amount_box("minutes", "")
        self.goal.setObjectName("goal")
        self.weeks = QSpinBox()
        self.weeks.setObjectName("weeks")
        self.weeks.setRange(0, MAX_WEEKS)
        self.weeks.setSpecialValueText("—")
        self.per_week = QSpinBox()
        self.per_week.setObjectName("sessions-per-week")
        self.per_week.setRange(1, MAX_SESSIONS_PER_WEEK)
        self.start_on = DateField(QDate.currentDate())
        self.start_on.setObjectName("start-date")
        self.start_on.setDisplayFormat("d MMMM yyyy")
        for w in (self.goal, self.weeks, self.per_week):
            w.valueChanged.connect(self._changed)
        self.start_on.dateChanged.connect(self._changed)
        self.goal_labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.goal_labels, (self.goal, self.weeks, self.per_week, self.start_on), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        v.addLayout(form)
        self.goal_message = _message_label("goal-message")
        v.addWidget(self.goal_message)

    def _build_schedule(self, v: QVBoxLayout) -> None:
        self.increment_result = paragraph()
        self.increment_result.setObjectName("increment-result")
        self.table = ScheduleTable(with_results=False)
        self.chart = ChartView(chart_label)
        self.chart.setObjectName("schedule-preview-chart")
        self.missing = _message_label("start-missing")
        row = QHBoxLayout()
        self.start_button = QPushButton()
        self.start_button.setObjectName("start-plan")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(lambda: self.discard_requested.emit())
        row.addWidget(self.start_button)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        for w in (self.increment_result, self.table, self.chart, self.missing):
            v.addWidget(w)
        v.addLayout(row)

    def retranslate(self) -> None:
        titles = (translate("GradedActivity", "1. Kies één activiteit"),
                  translate("GradedActivity", "2. Meet je basisniveau"),
                  translate("GradedActivity", "3. Je startniveau"),
                  translate("GradedActivity", "4. Je doel"),
                  translate("GradedActivity", "5. Je schema"))
        helps = (
            translate("GradedActivity", "Kies één activiteit die je kunt meten: in minuten (wandelen, fietsen, "
                      "zwemmen), in herhalingen of in meter. Eén activiteit tegelijk houdt het overzichtelijk."),
            translate("GradedActivity", "Doe de activiteit op drie momenten, liefst op verschillende dagen. Ga "
                      "telkens door tot de pijn te veel wordt, stop dan, en noteer hoeveel je deed. Het "
                      "gemiddelde van de drie is je basisniveau."),
            translate("GradedActivity", "Je begint 20 tot 30 % onder je basisniveau, meestal 25 %. Zo blijf je "
                      "ruim onder je grens, ook op een slechte dag, en kun je rustig opbouwen."),
            translate("GradedActivity", "Wat wil je bereiken, en in hoeveel weken? Een tussendoel voor de "
                      "komende weken mag ook. Oefen minstens drie keer per week."),
            translate("GradedActivity", "Elke week doe je iets meer, tot je je doel bereikt. Bekijk het schema "
                      "rustig, eventueel samen met je therapeut, en start het als het goed voelt."),
        )
        for box, title, label, text in zip(self.sections, titles, self.helps, helps, strict=True):
            box.setTitle(title)
            label.setText(text)
        self.activity_label.setText(translate("GradedActivity", "&Activiteit:"))
        self.activity.setPlaceholderText(translate("GradedActivity", "bijvoorbeeld wandelen"))
        self.unit_label.setText(translate("GradedActivity", "&Meten in:"))
        for i, unit in enumerate(UNITS):
            self.unit.setItemText(i, unit_name(unit))
        for i, label in enumerate(self.measure_labels):
            label.setText(translate("GradedActivity", "Meting &%1:").replace("%1", str(i + 1)))
            self.measure_amounts[i].setAccessibleName(label.text().replace("&", ""))
            self.measure_days[i].setAccessibleName(
                translate("GradedActivity", "Datum van meting %1").replace("%1", str(i + 1)))
        self.reduction_label.setText(translate("GradedActivity", "Minder dan je basisniveau:"))
        self.reduction.setAccessibleName(translate("GradedActivity", "Percentage minder dan je basisniveau"))
        for label, text in zip(self.goal_labels, (
                translate("GradedActivity", "&Doel:"), translate("GradedActivity", "Aantal &weken:"),
                translate("GradedActivity", "&Keer per week:"), translate("GradedActivity", "&Startdatum:")),
                strict=True):
            label.setText(text)
        for w, label in zip((self.goal, self.weeks, self.per_week, self.start_on), self.goal_labels, strict=True):
            w.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.start_button.setText(translate("GradedActivity", "Plan starten"))
        self.discard_button.setText(translate("GradedActivity", "Dit plan weggooien…"))
        self.table.retranslate()
        self.chart.update()
        self._preview()

    # ----- loading ------------------------------------------------------------------------
    def show_plan(self, plan: Plan) -> None:
        """Put a draft in the form. While the same draft is open, the form is its own source."""
        same = self._plan is not None and self._plan.id == plan.id
        self._plan = plan
        if same:
            return
        self.saver.cancel()
        self._loading = True
        self.activity.setText(plan.activity)
        self.unit.setCurrentIndex(max(0, UNITS.index(plan.unit) if plan.unit in UNITS else 0))
        self._apply_unit(plan.unit)
        for i, m in enumerate(plan.measurements):
            self.measure_amounts[i].setValue(display_amount(m.amount) if m else 0)
            self.measure_days[i].setDate(to_qdate(m.day) if m else QDate.currentDate())
        self.reduction.setValue(round(plan.reduction * 100))
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
            reduction=self.reduction.value() / 100, sessions_per_week=self.per_week.value(),
            goal=self.goal.value() or None, weeks=self.weeks.value() or None,
            start_on=from_qdate(self.start_on.date()), measurements=self._measurements())

    # ----- editing ------------------------------------------------------------------------
    def _unit_changed(self) -> None:
        self._apply_unit(self.current_unit())
        self._changed()

    def _apply_unit(self, unit: str) -> None:
        from .texts import unit_suffix

        for box in (*self.measure_amounts, self.goal):
            box.setSuffix(unit_suffix(unit))

    def _changed(self, *_args) -> None:
        if self._loading or self._plan is None:
            return
        self._preview()
        self.saver.poke()

    def _write(self) -> None:
        """Save what changed; values the rules refuse stay on screen with their explanation."""
        stored, now = self._plan, self.draft()
        if stored is None or now is None:
            return
        fields = {}
        for name in ("activity", "unit", "goal", "weeks", "start_on"):
            if getattr(now, name) != getattr(stored, name):
                fields[name] = getattr(now, name)
        if abs(now.reduction - stored.reduction) > 1e-9 and not refusal(check_reduction, now.reduction):
            fields["reduction"] = now.reduction
        if now.sessions_per_week != stored.sessions_per_week and not refusal(check_sessions_per_week,
                                                                           now.sessions_per_week):
            fields["sessions_per_week"] = now.sessions_per_week
        repo = _repo()
        saved = stored
        if fields:
            saved = self.ctx.save(repo.update_plan, self.ctx.workbook_id, stored.id,
                                  chapter=GRADED_ACTIVITY, **fields) or saved
        for position, (old, new) in enumerate(zip(stored.measurements, now.measurements, strict=True), 1):
            if old != new:
                saved = self.ctx.save(repo.set_measurement, self.ctx.workbook_id, stored.id, position,
                                      new.day if new else None, new.amount if new else None,
                                      chapter=GRADED_ACTIVITY) or saved
        self._plan = saved

    # ----- the live calculation -----------------------------------------------------------
    def _preview(self) -> None:
        plan = self.draft()
        if plan is None:
            return
        unit = plan.unit
        filled = [m for m in plan.measurements if m is not None]
        baseline = None
        if len(filled) == BASELINE_COUNT:
            baseline = baseline_of(filled)
            self.baseline_result.setText(translate(
                "GradedActivity", "Je basisniveau: (%1) / 3 = %2.").replace(
                "%1", " + ".join(number(m.amount) for m in filled)).replace("%2", exact_amount(baseline, unit)))
        else:
            self.baseline_result.setText(measurements_needed(BASELINE_COUNT - len(filled)))
        reduction_problem = refusal(check_reduction, plan.reduction)
        reduction_ok = not reduction_problem
        _show(self.reduction_message, reduction_problem)
        if baseline is not None and reduction_ok:
            start = baseline * (1 - plan.reduction)
            self.start_result.setText(translate(
                "GradedActivity", "%1 − %2 % = %3: daarmee begin je in week 0.").replace(
                "%1", exact_amount(baseline, unit)).replace("%2", str(self.reduction.value())).replace(
                "%3", amount(start, unit)))
        else:
            self.start_result.setText(translate(
                "GradedActivity", "Je startniveau verschijnt hier zodra je drie metingen hebt."))
        sessions_problem = refusal(check_sessions_per_week, plan.sessions_per_week)
        schedule, schedule_problem, schedule_key = None, "", ""
        try:
            schedule = plan.proposed_schedule()
        except DomainError as exc:
            schedule_problem, schedule_key = domain_message(exc), exc.key
        _show(self.goal_message, sessions_problem or (schedule_problem if schedule_key in _GOAL_KEYS else ""))
        problems = [schedule_problem, sessions_problem]
        if not plan.activity:
            problems.append(translate("GradedActivity", "Vul nog in welke activiteit je kiest."))
        if schedule is None:
            self.increment_result.setText(translate(
                "GradedActivity", "Je schema verschijnt hier zodra je metingen, doel en aantal weken ingevuld zijn."))
            self.table.show_schedule(None, unit)
            self.chart.set_spec(None)
        else:
            version = ScheduleVersion(plan.start_on, schedule)
            self.increment_result.setText(translate(
                "GradedActivity", "Van %1 naar %2 in %3 weken. Elke week komt er %4 bij: (%5 − %6) / %3."
            ).replace("%1", amount(schedule.start, unit)).replace("%2", amount(schedule.goal, unit)).replace(
                "%3", str(schedule.weeks)).replace("%4", exact_amount(schedule.increment, unit)).replace(
                "%5", number(schedule.goal)).replace("%6", number(round(schedule.start, 1))))
            self.table.show_schedule(version, unit)
            self.chart.set_spec(schedule_chart([version], [], plan.start_on, f"{unit}_axis"))
        problems = [p for p in problems if p]
        _show(self.missing, "\n".join(dict.fromkeys(problems)))
        self.start_button.setEnabled(not problems)

    def start(self) -> None:
        self.saver.flush()
        if self._plan is None:
            return
        started = self.ctx.save(_repo().start_plan, self.ctx.workbook_id, self._plan.id,
                                chapter=GRADED_ACTIVITY, rejected=lambda text: _show(self.missing, text))
        if started is not None:
            self._plan = None
            self.started.emit()


#: refusals that belong beside the goal fields rather than under the measurements
_GOAL_KEYS = {"goal_not_above_start", "missing_goal", "weeks_out_of_range", "amount_not_positive"}
