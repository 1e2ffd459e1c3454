"""A running plan: this week's quota, logging sessions, stagnation help, chart, schedule, log.

Time-contingent (WORKBOOK.md §5): the quota never moves with pain. After logging, a session
above the quota gets a gentle note and one below it the advice to go slower or spread it over
the day. When two finished weeks in a row were missed, a box asks about barriers and offers
to recompute the schedule from the current level.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ....domain.chapters import GRADED_ACTIVITY
from ....domain.graded_activity import (
    ABOVE, BELOW, Plan, Session, current_level, is_stagnating, session_feedback,
    week_of, week_results,
)
from ....domain.graded_activity_chart import schedule_chart
from ...context import PageContext
from ...i18n import translate
from ...saving import Debouncer
from ...widgets.chart_view import ChartWithTable
from ...widgets.common import card as make_card, fit_rows, heading, note_box, paragraph
from ...widgets.inputs import text_box
from . import commands
from .recompute_dialog import RecomputeDialog
from .schedule_table import ScheduleTable
from .session_dialog import SessionDialog
from .texts import amount, chart_label, exact_amount, number, times, unit_name

REFLECTION_FIELDS = ("barriers_inside", "barriers_outside", "realistic")


def _repo():
    from ....storage import graded_activity

    return graded_activity


class PlanView(QWidget):
    end_requested = Signal(str)  # "finished" or "abandoned"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._plan: Plan | None = None
        self._sessions: list[Session] = []
        self._today = date.today()
        self._feedback = ""
        self.reflection_saver = Debouncer(self._write_reflection, self)
        ctx.register_flusher(self.reflection_saver.flush)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self._build_week_card())
        lay.addWidget(self._build_stagnation())
        self.chart_heading = heading(level=2)
        self.chart = ChartWithTable(chart_label)
        self.chart.setObjectName("schedule-chart")
        self.schedule_heading = heading(level=2)
        self.table = ScheduleTable(with_results=True)
        for w in (self.chart_heading, self.chart, self.schedule_heading, self.table):
            lay.addWidget(w)
        lay.addWidget(self._build_log())
        self.facts_heading = heading(level=2)
        self.facts = paragraph()
        self.facts.setObjectName("plan-facts")
        row = QHBoxLayout()
        self.finish_button = QPushButton()
        self.finish_button.clicked.connect(lambda: self.end_requested.emit("finished"))
        self.abandon_button = QPushButton()
        self.abandon_button.clicked.connect(lambda: self.end_requested.emit("abandoned"))
        row.addWidget(self.finish_button)
        row.addWidget(self.abandon_button)
        row.addStretch(1)
        self.reminders_heading = heading(level=2)
        self.reminders = note_box()
        for w in (self.facts_heading, self.facts):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addWidget(self.reminders_heading)
        lay.addWidget(self.reminders)

    # ----- building -----------------------------------------------------------------------
    def _build_week_card(self) -> QWidget:
        card = make_card("this-week")
        v = QVBoxLayout(card)
        self.week_heading = heading(level=3)
        self.week_quota = heading(level=1)
        self.week_quota.setObjectName("week-quota")
        self.week_done = heading(level=3)
        self.week_done.setObjectName("week-done")
        self.week_advice = paragraph()
        self.feedback = note_box()
        self.feedback.setObjectName("session-feedback")
        self.feedback.setVisible(False)
        row = QHBoxLayout()
        self.log_button = QPushButton()
        self.log_button.setObjectName("log-session")
        self.log_button.clicked.connect(self.log_session)
        row.addWidget(self.log_button)
        row.addStretch(1)
        for w in (self.week_heading, self.week_quota, self.week_done, self.week_advice):
            v.addWidget(w)
        v.addLayout(row)
        v.addWidget(self.feedback)
        return card

    def _build_stagnation(self) -> QWidget:
        self.stagnation = QGroupBox()
        self.stagnation.setObjectName("stagnation")
        v = QVBoxLayout(self.stagnation)
        self.stagnation_text = paragraph()
        v.addWidget(self.stagnation_text)
        self.reflection_labels, self.reflection_boxes = [], []
        for name in REFLECTION_FIELDS:
            label = QLabel()
            label.setWordWrap(True)
            box = text_box(2)
            box.setObjectName(f"reflection-{name}")
            box.textChanged.connect(self.reflection_saver.poke)
            label.setBuddy(box)
            v.addWidget(label)
            v.addWidget(box)
            self.reflection_labels.append(label)
            self.reflection_boxes.append(box)
        row = QHBoxLayout()
        self.recompute_button = QPushButton()
        self.recompute_button.setObjectName("recompute")
        self.recompute_button.clicked.connect(self.recompute)
        row.addWidget(self.recompute_button)
        row.addStretch(1)
        v.addLayout(row)
        self.stuck_advice = note_box()
        v.addWidget(self.stuck_advice)
        self.stagnation.setVisible(False)
        return self.stagnation

    def _build_log(self) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        self.log_heading = heading(level=2)
        self.log = QTableWidget(0, 5)
        self.log.setObjectName("session-log")
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log.verticalHeader().setVisible(False)
        self.log.setWordWrap(False)
        header = self.log.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.log.doubleClicked.connect(lambda _i: self.edit_selected())
        row = QHBoxLayout()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        v.addWidget(self.log_heading)
        v.addWidget(self.log)
        v.addLayout(row)
        return box

    def retranslate(self) -> None:
        self.log_button.setText(translate("GradedActivity", "Oefening noteren…"))
        self.log.setAccessibleName(translate("GradedActivity", "Genoteerde oefeningen"))
        self.stagnation.setTitle(translate("GradedActivity", "Het loopt even niet zoals gepland"))
        self.stagnation_text.setText(translate(
            "GradedActivity", "Twee weken na elkaar lukte het afgesproken aantal keer niet. Dat gebeurt, en "
            "het is geen falen. Sta even stil bij wat er in de weg zat; je antwoorden worden bewaard."))
        for label, text in zip(self.reflection_labels, (
                translate("GradedActivity", "Wat hield je tegen vanbinnen? (bijvoorbeeld moe, geen zin, bang voor pijn)"),
                translate("GradedActivity", "Wat hield je tegen van buitenaf? (bijvoorbeeld weer, werk, geen tijd)"),
                translate("GradedActivity", "Waren je doel en je schema haalbaar, of ging het te snel?")),
                strict=True):
            label.setText(text)
        for box, label in zip(self.reflection_boxes, self.reflection_labels, strict=True):
            box.setAccessibleName(label.text())
        self.recompute_button.setText(translate("GradedActivity", "Schema herberekenen vanaf mijn huidige niveau…"))
        self.stuck_advice.setText(translate(
            "GradedActivity", "Blijf je vastzitten, ook met een aangepast schema? Vraag dan hulp aan je "
            "psycholoog, kinesitherapeut (fysiotherapeut) of huisarts. Samen vind je een haalbare weg."))
        self.chart_heading.setText(translate("GradedActivity", "Je vooruitgang"))
        self.chart.retranslate()
        self.schedule_heading.setText(translate("GradedActivity", "Je schema per week"))
        self.table.retranslate()
        self.log_heading.setText(translate("GradedActivity", "Je oefeningen"))
        self.log.setHorizontalHeaderLabels([
            translate("GradedActivity", "Datum"), translate("GradedActivity", "Gedaan"),
            translate("GradedActivity", "Afgesproken"), translate("GradedActivity", "Pijn"),
            translate("GradedActivity", "Notitie")])
        self.edit_button.setText(translate("GradedActivity", "Bekijken of aanpassen…"))
        self.delete_button.setText(translate("GradedActivity", "Oefening verwijderen"))
        self.facts_heading.setText(translate("GradedActivity", "Je plan"))
        self.finish_button.setText(translate("GradedActivity", "Plan afronden…"))
        self.abandon_button.setText(translate("GradedActivity", "Plan stopzetten…"))
        self.reminders_heading.setText(translate("GradedActivity", "Om bij stil te staan"))
        self.reminders.setText(translate(
            "GradedActivity", "• Je volgt het schema, niet de pijn: op een slechte dag doe je de afgesproken "
            "hoeveelheid rustiger of verdeeld over de dag, op een goede dag doe je niet meer.\n"
            "• Spierpijn in het begin is normaal: je spieren wennen aan de inspanning.\n"
            "• Pijn die na een paar dagen niet weggaat? Neem contact op met je huisarts.\n"
            "• Oefen minstens drie keer per week, liefst verspreid over de week."))
        if self._plan is not None:
            self._show()

    # ----- showing ------------------------------------------------------------------------
    def show_plan(self, plan: Plan, sessions: list[Session], today: date) -> None:
        if self._plan is None or self._plan.id != plan.id:
            self._feedback = ""
            self.reflection_saver.cancel()
            for box, name in zip(self.reflection_boxes, REFLECTION_FIELDS, strict=True):
                box.blockSignals(True)
                box.setPlainText(getattr(plan, name))
                box.blockSignals(False)
        self._plan, self._sessions, self._today = plan, sessions, today
        self._show()

    def _show(self) -> None:
        plan, today = self._plan, self._today
        version = plan.current
        schedule, unit = version.schedule, plan.unit
        week = week_of(version.start_on, today)
        results = week_results(schedule, version.start_on, self._sessions, plan.sessions_per_week, today)
        locale = QLocale()
        if week < 0:
            self.week_heading.setText(translate("GradedActivity", "%1 · start op %2").replace(
                "%1", plan.activity).replace("%2", locale.toString(version.start_on, "d MMMM yyyy")))
            self.week_quota.setText(translate("GradedActivity", "%1 per keer").replace(
                "%1", amount(schedule.start, unit)))
            self.week_done.setText(translate("GradedActivity", "%1 keer per week").replace(
                "%1", str(plan.sessions_per_week)))
        else:
            where = (translate("GradedActivity", "%1 · week %2 van %3") if week <= schedule.weeks
                     else translate("GradedActivity", "%1 · na week %3: je doel volhouden"))
            self.week_heading.setText(where.replace("%1", plan.activity).replace("%2", str(week)).replace(
                "%3", str(schedule.weeks)))
            self.week_quota.setText(translate("GradedActivity", "%1 per keer").replace(
                "%1", amount(schedule.quota(week), unit)))
            done = results[-1].sessions if results else 0
            self.week_done.setText(translate("GradedActivity", "%1 gedaan deze week").replace(
                "%1", times(done, plan.sessions_per_week)))
        self.week_advice.setText(self._advice(week))
        self.feedback.setText(self._feedback)
        self.feedback.setVisible(bool(self._feedback))
        self.stagnation.setVisible(is_stagnating(schedule, version.start_on, self._sessions,
                                                 plan.sessions_per_week, today))
        self.chart.set_spec(schedule_chart(plan.versions, self._sessions, today, f"{unit}_axis"))
        self.table.show_schedule(version, unit, results, week)
        self._fill_log()
        self.facts.setText(self._facts())

    def _advice(self, week: int) -> str:
        schedule = self._plan.current.schedule
        if week > schedule.weeks:
            return translate(
                "GradedActivity", "Je hebt je doel in het schema bereikt. Houd dit niveau vast, en rond je plan af "
                "wanneer het goed voelt. Daarna kun je een nieuw doel kiezen.")
        return translate(
            "GradedActivity", "Doe elke keer de afgesproken hoeveelheid, niet meer en niet minder, hoe je "
            "rug zich vandaag ook voelt. Zo bouw je veilig op, volgens je schema in plaats van volgens de pijn.")

    def _fill_log(self) -> None:
        plan = self._plan
        version = plan.current
        rows = list(reversed(self._sessions))  # newest first
        self.log.setRowCount(len(rows))
        locale = QLocale()
        for r, s in enumerate(rows):
            quota = version.schedule.quota(week_of(version.start_on, s.day))
            cells = [locale.toString(s.day, "ddd d MMM yyyy"), amount(s.amount, plan.unit),
                     amount(quota, plan.unit), "" if s.pain is None else f"{s.pain}/10",
                     s.note.splitlines()[0] if s.note else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if col == 4 and s.note:
                    item.setToolTip(s.note)
                self.log.setItem(r, col, item)
        fit_rows(self.log, min(max(len(rows), 3), 8))
        has = bool(rows)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _facts(self) -> str:
        plan = self._plan
        first = min(plan.versions, key=lambda v: v.start_on)
        s, unit = plan.current.schedule, plan.unit
        locale = QLocale()
        measured = ", ".join(number(m.amount) for m in plan.measurements if m)
        lines = [
            translate("GradedActivity", "%1, gemeten in %2.").replace("%1", plan.activity).replace("%2", unit_name(unit)),
            translate("GradedActivity", "Basisniveau %1 (gemiddelde van %2).").replace(
                "%1", exact_amount(s.baseline, unit)).replace("%2", measured),
        ]
        if first.schedule.reduction is not None:
            lines.append(translate("GradedActivity", "Startniveau %1: %2 % onder je basisniveau.").replace(
                "%1", amount(first.schedule.start, unit)).replace("%2", str(round(first.schedule.reduction * 100))))
        lines.append(translate("GradedActivity", "Doel %1 in %2 weken: elke week %3 erbij, %4 keer per week.")
                     .replace("%1", amount(s.goal, unit)).replace("%2", str(s.weeks))
                     .replace("%3", exact_amount(s.increment, unit)).replace("%4", str(plan.sessions_per_week)))
        lines.append(translate("GradedActivity", "Gestart op %1.").replace(
            "%1", locale.toString(first.start_on, "d MMMM yyyy")))
        for v in plan.versions[1:]:
            lines.append(translate("GradedActivity", "Herberekend op %1: van %2 naar %3 in %4 weken.").replace(
                "%1", locale.toString(v.start_on, "d MMMM yyyy")).replace("%2", amount(v.schedule.start, unit))
                .replace("%3", amount(v.schedule.goal, unit)).replace("%4", str(v.schedule.weeks)))
        return " ".join(lines)

    # ----- actions ------------------------------------------------------------------------
    def _selected(self) -> Session | None:
        row = self.log.currentRow()
        rows = list(reversed(self._sessions))
        return rows[row] if 0 <= row < len(rows) else None

    def log_session(self) -> None:
        day = max(self._today, min(v.start_on for v in self._plan.versions))
        self._edit(Session(None, day, 0), None)

    def edit_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self._edit(session, session)

    def _edit(self, session: Session, previous: Session | None) -> None:
        dialog = SessionDialog(self._plan, session, self)
        while dialog.exec() == SessionDialog.DialogCode.Accepted:
            saved = commands.save_session(self.ctx, self._plan.id, dialog.session(), previous,
                                          rejected=dialog.show_message)
            if saved is not None:
                self._feedback = self._feedback_for(saved)
                self.feedback.setText(self._feedback)
                self.feedback.setVisible(bool(self._feedback))
                return

    def _feedback_for(self, s: Session) -> str:
        version = self._plan.current
        quota = version.schedule.quota(week_of(version.start_on, s.day))
        kind = session_feedback(s.amount, quota)
        unit = self._plan.unit
        if kind == ABOVE:
            return translate(
                "GradedActivity", "Je deed %1, meer dan de afgesproken %2. Fijn dat het goed ging! Houd je de "
                "volgende keer toch aan %2: wie op een goede dag meer doet, moet op een slechte dag vaak "
                "terugschakelen.").replace("%1", amount(s.amount, unit)).replace("%2", amount(quota, unit))
        if kind == BELOW:
            return translate(
                "GradedActivity", "Je deed %1 van de afgesproken %2. Op een moeilijke dag mag het trager, of "
                "verdeeld over de dag in kortere stukken. Blijf wel mikken op %2.").replace(
                "%1", amount(s.amount, unit)).replace("%2", amount(quota, unit))
        return translate("GradedActivity", "Genoteerd: %1, zoals afgesproken.").replace("%1", amount(s.amount, unit))

    def delete_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self._feedback = ""
            commands.delete_session(self.ctx, self._plan.id, session)

    def recompute(self) -> None:
        self.reflection_saver.flush()
        dialog = RecomputeDialog(self._plan, current_level(self._sessions), self._today, self)
        while dialog.exec() == RecomputeDialog.DialogCode.Accepted:
            start_on, level, goal, weeks = dialog.values()
            done = self.ctx.save(_repo().recompute, self.ctx.workbook_id, self._plan.id, start_on, level,
                                 goal, weeks, chapter=GRADED_ACTIVITY, rejected=dialog.show_message)
            if done is not None:
                return

    def _write_reflection(self) -> None:
        if self._plan is None:
            return
        fields = {name: box.toPlainText() for name, box in zip(REFLECTION_FIELDS, self.reflection_boxes, strict=True)}
        self.ctx.save(_repo().update_plan, self.ctx.workbook_id, self._plan.id, **fields)
