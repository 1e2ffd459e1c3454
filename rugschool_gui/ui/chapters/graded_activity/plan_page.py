"""A running plan's behaviour: this week's quota, logging sessions, stagnation help, recompute.

Time-contingent (WORKBOOK.md §5): the quota never moves with pain. After logging, a session
above the quota gets a gentle note and one below it the advice to go slower or spread it over
the day. When two finished weeks in a row were missed, a box asks about barriers and offers
to recompute the schedule from the current level. Every number comes from the domain; every
change is one operation (``operations/graded_activity.py``), and the page updates itself from
its result.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from ....domain.consultations import Comment
from ....domain.graded_activity import ABANDONED, FINISHED, Plan, ScheduleVersion, Session
from ....domain.graded_activity_chart import schedule_chart
from ....domain.graded_activity_plan import BEFORE, RUNNING, default_session_day, summarize
from ....domain.graded_activity_reading import percent
from ....domain.graded_activity_weeks import (
    ABOVE,
    BELOW,
    session_feedback,
    stagnant_weeks,
    week_results,
)
from ....operations import graded_activity as ops
from ...context import PageContext
from ...dates import long_date
from ...entry_comments import mark_item
from ...i18n import args, translate
from ...saving import Debouncer
from ...widgets.common import fit_rows
from .plan_view import PlanView
from .recompute_dialog import RecomputeDialog
from .session_dialog import SessionDialog
from .texts import (
    amount,
    chart_label,
    date_text,
    exact_amount,
    increment,
    level,
    number,
    times,
    unit_name,
    week_name,
    week_of,
)


class PlanPage(PlanView):
    """Shows one running plan and runs what the person does with it."""

    end_requested = Signal(str)  # "finished" or "abandoned"

    def __init__(self, ctx: PageContext, source: QObject | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # who runs the operations (the chapter's page: it does not reload after its own change)
        self.source = source or self
        self._plan: Plan | None = None
        self._workbook_id = ""
        self._sessions: list[Session] = []
        self._today = date.today()
        self._feedback = ""
        #: the psychologist's comment on each session (by id), read by the chapter's page with its state
        self.comments: dict[str, Comment] = {}
        self.reflection_saver = Debouncer(self._write_reflection, self)
        ctx.register_flusher(self.reflection_saver.flush)
        for box in self.reflection_boxes:
            box.textChanged.connect(self.reflection_saver.poke)
        self.recompute_button.clicked.connect(self.recompute)
        self.log_button.clicked.connect(self.log_session)
        self.log.doubleClicked.connect(lambda _i: self.edit_selected())
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.finish_button.clicked.connect(lambda: self.end_requested.emit(FINISHED))
        self.abandon_button.clicked.connect(lambda: self.end_requested.emit(ABANDONED))

    def retranslate(self) -> None:
        super().retranslate()
        if self._plan is not None:
            self._show()

    # ----- showing ------------------------------------------------------------------------
    def show_plan(self, plan: Plan, sessions: list[Session], today: date) -> None:
        if self._plan is None or self._plan.id != plan.id:
            self._feedback = ""
            self.reflection_saver.cancel()
            for box, text in zip(self.reflection_boxes,
                                 (plan.barriers_inside, plan.barriers_outside, plan.realistic), strict=True):
                box.blockSignals(True)
                box.setPlainText(text)
                box.blockSignals(False)
        self._plan, self._sessions, self._today = plan, list(sessions), today
        self._workbook_id = self.ctx.workbook_id
        self._show()

    def forget(self) -> None:
        """Write pending reflection typing; the next :meth:`show_plan` starts afresh."""
        self.reflection_saver.flush()
        self._plan = None

    def _version(self) -> ScheduleVersion:
        assert self._plan is not None and self._plan.current is not None  # a running plan
        return self._plan.current

    def _show(self) -> None:
        plan, today, version = self._plan, self._today, self._version()
        assert plan is not None
        schedule, unit = version.schedule, plan.unit
        where = summarize(plan, today, (s.day for s in self._sessions))
        results = week_results(schedule, version.start_on, self._sessions, plan.sessions_per_week, today)
        if where.phase == BEFORE:
            self.week_heading.setText(args(translate("GradedActivity", "%1 · start op %2"), plan.activity,
                                           date_text(version.start_on)))
            self.week_quota.setText(args(translate("GradedActivity", "%1 per keer"),
                                         level(schedule.start, unit, schedule.baseline)))
            self.week_done.setText(args(translate("GradedActivity", "%1 keer per week"), plan.sessions_per_week))
        else:
            if where.phase == RUNNING:
                self.week_heading.setText(args(translate("GradedActivity", "%1 · %2"), plan.activity,
                                               week_of(where.week or 0, schedule.weeks)))
            else:
                self.week_heading.setText(args(translate("GradedActivity", "%1 · na week %2: je doel volhouden"),
                                               plan.activity, schedule.weeks))
            self.week_quota.setText(args(translate("GradedActivity", "%1 per keer"), level(where.quota or 0, unit)))
            self.week_done.setText(args(translate("GradedActivity", "%1 gedaan deze week"),
                                        times(where.done_this_week, plan.sessions_per_week)))
        self.week_advice.setText(self._advice(where.phase))
        self._show_feedback()
        missed = stagnant_weeks(schedule, version.start_on, self._sessions, plan.sessions_per_week, today)
        self.stagnation.setVisible(bool(missed))
        if missed:
            self.stagnation_text.setText(args(translate(
                "GradedActivity", "In %1 en %2 deed je minder dan %3 keer de afgesproken hoeveelheid (zie je "
                "schema hieronder). Dat gebeurt, en het is geen falen. Sta even stil bij wat er in de weg zat; je "
                "antwoorden worden bewaard."), week_name(missed[0].week), week_name(missed[-1].week),
                missed[-1].required))
        self.chart.set_spec(schedule_chart(plan.versions, self._sessions, today, f"{unit}_axis",
                                           start_label=chart_label("start_short")))
        self.table.show_schedule(version, unit, results, where.week)
        self._fill_log()
        self.facts.setText(self._facts())

    def _show_feedback(self) -> None:
        self.feedback.setText(self._feedback)
        self.feedback.setVisible(bool(self._feedback))

    @staticmethod
    def _advice(phase: str | None) -> str:
        if phase not in (BEFORE, RUNNING):
            return translate(
                "GradedActivity", "Je hebt je doel in het schema bereikt. Houd dit niveau vast, en rond je plan af "
                "wanneer het goed voelt. Daarna kun je een nieuw doel kiezen.")
        return translate(
            "GradedActivity", "Doe elke keer de afgesproken hoeveelheid, niet meer en niet minder, hoe je "
            "rug zich vandaag ook voelt. Zo bouw je veilig op, volgens je schema in plaats van volgens de pijn.")

    def _fill_log(self) -> None:
        plan, version = self._plan, self._version()
        assert plan is not None
        rows = list(reversed(self._sessions))  # newest first
        self.log.setRowCount(len(rows))
        comments = self.comments
        for r, s in enumerate(rows):
            done = args(translate("GradedActivity", "%1 · afgesproken %2"), amount(s.amount, plan.unit),
                        level(version.shown_quota_on(s.day), plan.unit))
            cells = [long_date(s.day), done, "" if s.pain is None else f"{s.pain}/10",
                     s.note.splitlines()[0] if s.note else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if col == 3 and s.note:
                    item.setToolTip(s.note)
                # the psychologist's comment under the note; the row's first cell says it to a screen reader
                mark_item(item, comments.get(s.id or ""), add_line=col == 3)
                self.log.setItem(r, col, item)
        self.log.resizeRowsToContents()
        fit_rows(self.log, min(max(len(rows), 3), 8))
        self.edit_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))

    def _facts(self) -> str:
        plan = self._plan
        assert plan is not None and plan.first is not None
        first, s, unit = plan.first, self._version().schedule, plan.unit
        measured = ", ".join(number(m.amount) for m in plan.filled_measurements)
        lines = [
            args(translate("GradedActivity", "%1, gemeten in %2."), plan.activity, unit_name(unit)),
            args(translate("GradedActivity", "Basisniveau %1 (gemiddelde van %2)."),
                 exact_amount(s.baseline, unit), measured),
        ]
        if first.schedule.reduction is not None:
            lines.append(args(translate("GradedActivity", "Startniveau %1: %2\u00a0% onder je basisniveau."),
                              level(first.schedule.start, unit, first.schedule.baseline),
                              percent(first.schedule.reduction)))
        lines.append(args(translate("GradedActivity", "Doel %1 in %2 weken: elke week %3 erbij, %4 keer per week."),
                          amount(s.goal, unit), s.weeks, increment(s.increment, unit), plan.sessions_per_week))
        lines.append(args(translate("GradedActivity", "Gestart op %1."), date_text(first.start_on)))
        for v in plan.versions[1:]:
            lines.append(args(translate("GradedActivity", "Herberekend op %1: van %2 naar %3 in %4 weken."),
                              date_text(v.start_on), level(v.schedule.start, unit, v.schedule.baseline),
                              amount(v.schedule.goal, unit), v.schedule.weeks))
        return " ".join(lines)

    # ----- actions ------------------------------------------------------------------------
    def _selected(self) -> Session | None:
        row = self.log.currentRow()
        rows = list(reversed(self._sessions))
        return rows[row] if 0 <= row < len(rows) else None

    def log_session(self) -> None:
        if self._plan is not None:
            self._edit(Session(None, default_session_day(self._plan, self._today), 0))

    def edit_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self._edit(session)

    def _edit(self, session: Session) -> None:
        plan = self._plan
        assert plan is not None
        dialog = SessionDialog(plan, session, self)
        while dialog.exec() == SessionDialog.DialogCode.Accepted:
            change = self.ctx.run(ops.save_session, plan.id, dialog.session(), source=self.source,
                                  rejected=dialog.show_message, workbook_id=self._workbook_id)
            if change is not None:
                saved: Session = change.result
                self._sessions = sorted([s for s in self._sessions if s.id != saved.id] + [saved],
                                        key=lambda s: s.day)
                self._feedback = self._feedback_for(saved)
                self._show()
                return

    def _feedback_for(self, s: Session) -> str:
        assert self._plan is not None
        version = self._version()
        quota = version.quota_on(s.day)
        kind = session_feedback(s.amount, quota, version.schedule.baseline)
        done, agreed = amount(s.amount, self._plan.unit), level(version.shown_quota_on(s.day), self._plan.unit)
        if kind == ABOVE:
            # §5 time-contingent: a gentle note, no praise for doing more than agreed
            return args(translate(
                "GradedActivity", "Je deed %1; afgesproken was %2. Houd je de volgende keer aan %2, ook als "
                "het goed gaat: wie op een goede dag meer doet, moet op een slechte dag vaak terugschakelen. "
                "Zo bouw je op volgens je schema, niet volgens hoe je je voelt."), done, agreed)
        if kind == BELOW:
            return args(translate(
                "GradedActivity", "Je deed %1 van de afgesproken %2. Op een moeilijke dag mag het trager, of "
                "verdeeld over de dag in kortere stukken. Blijf wel mikken op %2."), done, agreed)
        return args(translate("GradedActivity", "Genoteerd: %1, zoals afgesproken."), done)

    def delete_selected(self) -> None:
        session = self._selected()
        if session is None or session.id is None or self._plan is None:
            return
        change = self.ctx.run(ops.delete_session, self._plan.id, session.id, source=self.source,
                              workbook_id=self._workbook_id)
        if change is not None:
            self._feedback = ""
            self._sessions = [s for s in self._sessions if s.id != session.id]
            self._show()

    def recompute(self) -> None:
        self.reflection_saver.flush()
        plan = self._plan
        if plan is None:
            return
        dialog = RecomputeDialog(plan, self._sessions, self._today, self)
        while dialog.exec() == RecomputeDialog.DialogCode.Accepted:
            change = self.ctx.run(ops.recompute, plan.id, *dialog.values(), source=self.source,
                                  rejected=dialog.show_message, workbook_id=self._workbook_id)
            if change is not None:
                self._plan = change.result
                self._show()
                return

    def _write_reflection(self) -> None:
        if self._plan is None:
            return
        inside, outside, realistic = (box.toPlainText() for box in self.reflection_boxes)
        change = self.ctx.run(ops.save_reflection, self._plan.id, inside, outside, realistic,
                              source=self.source, workbook_id=self._workbook_id)
        if change is not None:
            self._plan = change.result
