"""The graded activity page: no plan yet → the guided set-up form → the running plan → history.

One plan at a time (WORKBOOK.md §5: choose one activity). A finished or stopped plan moves to
the history at the bottom of the page, and a new one can begin. Every change is one operation
(``operations/graded_activity.py``) run with this page as its source: the page shows the
operation's result and reloads only for changes made elsewhere (undo, another window, an import).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ....domain.chapters import GRADED_ACTIVITY
from ....domain.consultations import Comment
from ....domain.graded_activity import ABANDONED, DRAFT, FINISHED, Plan, Session
from ....operations import graded_activity as ops
from ....wording.graded_activity import words
from ...context import PageContext
from ...i18n import args, translate
from ...page_refresh import follow_changes
from ...widgets.common import ScrollPage, heading, paragraph
from ...widgets.keyboard import calm_inputs
from ...widgets.late_parts import controls_in, take_tab_place
from .plan_page import PlanPage
from .setup_form import SetupForm
from .texts import amount, chapter_title, date_text, status_name, unit_name

# the tables this page shows (another chapter's action writing one of them reloads the page)
TABLES = frozenset({"activity_plan", "activity_measurement", "activity_schedule", "activity_session",
                    "entry_comment"})


def _repo():
    from ....storage import graded_activity

    return graded_activity


def _state_with_comments(db, workbook_id: str):
    """The chapter's state and the psychologist's comments on its sessions: one transaction."""
    from ....storage.consultations import read_with_comments

    return read_with_comments(db, workbook_id, "activity_session",
                              lambda: _repo().chapter_state(db, workbook_id), lambda state: (s.id for s in state[1]))


class GradedActivityPage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-graded_activity")
        # today's date; tests put a fixed day here
        self.today = date.today
        self._plan: Plan | None = None
        lay = self.body_layout
        self.title = heading(level=1)
        self.intro = paragraph()
        lay.addWidget(self.title)
        lay.addWidget(self.intro)
        self.empty = QWidget()
        v = QVBoxLayout(self.empty)
        v.setContentsMargins(0, 0, 0, 0)
        self.empty_text = paragraph()
        row = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("new-plan")
        self.new_button.clicked.connect(self.new_plan)
        row.addWidget(self.new_button)
        row.addStretch(1)
        v.addWidget(self.empty_text)
        v.addLayout(row)
        # the set-up form and the running plan are made when first shown or asked for (#23):
        # a workbook shows one of them (or neither), so opening the page builds at most one
        self._setup: SetupForm | None = None
        self._running: PlanPage | None = None
        self._comments: dict[str, Comment] = {}  # the psychologist's comments on the sessions
        self.history_heading = heading(level=2)
        self.history = paragraph()
        self.history.setObjectName("plan-history")
        for w in (self.empty, self.history_heading, self.history):
            lay.addWidget(w)
        lay.addStretch(1)
        # heard before follow_changes' own handlers: a switch lets go of the draft on screen
        ctx.hub.workbook_changed.connect(self._workbook_changed)
        follow_changes(self, ctx, GRADED_ACTIVITY, TABLES, self.reload)
        self._set_texts()
        self.reload()  # the plan and the history, read once (#23)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self._set_texts()
        self._show_history()

    def _set_texts(self) -> None:
        """The page's texts and its parts' (the history's lines: :meth:`_show_history`)."""
        self.title.setText(chapter_title())
        self.intro.setText(words("intro"))
        self.empty_text.setText(translate(
            "GradedActivity", "Je hebt nog geen plan. Een plan maken gaat in vijf stappen: een activiteit kiezen, "
            "drie keer meten, je startniveau, je doel, en dan je schema bekijken. Je kunt tussendoor stoppen; "
            "alles wat je invult, blijft bewaard."))
        self.new_button.setText(translate("GradedActivity", "Een plan maken"))
        self.history_heading.setText(translate("GradedActivity", "Eerdere plannen"))
        for part in (self._setup, self._running):
            if part is not None:
                part.retranslate()

    # ----- the parts made when first needed -------------------------------------------------
    @property
    def setup(self) -> SetupForm:
        """The guided set-up form of a draft plan (made the first time it is needed)."""
        if self._setup is None:
            form = SetupForm(self.ctx, source=self)
            form.started.connect(self._started)
            form.discard_requested.connect(lambda: self.end_plan(ABANDONED))
            self._setup = form
            self._place(form, self.body_layout.indexOf(self.empty) + 1, self.new_button)
        return self._setup

    @property
    def running(self) -> PlanPage:
        """The running plan (made the first time it is needed)."""
        if self._running is None:
            plan = PlanPage(self.ctx, source=self)
            plan.end_requested.connect(self.end_plan)
            plan.comments = self._comments
            self._running = plan
            before = controls_in(self._setup)[-1:] if self._setup is not None else []
            self._place(plan, self.body_layout.indexOf(self.history_heading), (before or [self.new_button])[0])
        return self._running

    def _place(self, part: QWidget, index: int, before: QWidget) -> None:
        """A part made now takes its place on the page, its texts set, hidden until shown, and
        its controls in the Tab order where it stands: after the control ``before``."""
        part.setVisible(False)
        self.body_layout.insertWidget(index, part)
        part.retranslate()  # type: ignore[attr-defined]  # SetupForm and PlanPage have it
        take_tab_place(part, before)
        calm_inputs(part)  # the keyboard rules of the page (applied when it is opened) here too

    # ----- loading ------------------------------------------------------------------------
    def _workbook_changed(self, _workbook_id: str) -> None:
        for part in (self._setup, self._running):
            if part is not None:
                part.forget()

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        (plan, sessions, history), comments = self.ctx.load(
            _state_with_comments, self.ctx.workbook_id, default=((None, [], []), {}))
        self._comments = comments
        if self._running is not None:
            self._running.comments = comments
        self._show_plan(plan, sessions)
        self._show_history(history)

    def _show_plan(self, plan: Plan | None, sessions: list[Session] | None = None) -> None:
        """Show the open plan (or the invitation to make one); ``sessions`` of a running plan
        are read when not given."""
        self._plan = plan
        self.empty.setVisible(plan is None)
        draft = plan is not None and plan.status == DRAFT
        if self._setup is not None or draft:  # a part not made yet is not shown either
            self.setup.setVisible(draft)
        if self._running is not None or (plan is not None and not draft):
            self.running.setVisible(plan is not None and not draft)
        if plan is not None and draft:
            if self._running is not None:
                self._running.forget()
            self.setup.show_plan(plan)
        elif plan is not None:
            if self._setup is not None:
                self._setup.forget()
            if sessions is None:
                sessions = self.ctx.load(_repo().list_sessions, plan.id, default=[])
            self.running.show_plan(plan, sessions, self.today())

    def _show_history(self, history: list[Plan] | None = None) -> None:
        if not self.ctx.workbook_id:
            return
        if history is None:
            history = self.ctx.load(_repo().plan_history, self.ctx.workbook_id, default=[])
        plans = [p for p in history if p.versions]
        self.history_heading.setVisible(bool(plans))
        self.history.setVisible(bool(plans))
        lines = []
        for p in plans:
            first, last = p.first, p.current
            assert first is not None and last is not None  # plans with a schedule only
            lines.append(args(translate("GradedActivity", "• %1 (%2), %3 tot %4, %5: van %6 naar %7."),
                              p.activity, unit_name(p.unit), date_text(first.start_on),
                              date_text(p.ended_on) if p.ended_on else "…",
                              status_name(p.status), amount(first.schedule.start, p.unit),
                              amount(last.schedule.goal, p.unit)))
        self.history.setText("\n".join(lines))

    # ----- actions ------------------------------------------------------------------------
    def _started(self, plan: Plan) -> None:
        """The form gives way to the running plan: show its top and put the keyboard on the
        first thing to do there (not back at the top of the window)."""
        self._show_plan(plan)
        self.verticalScrollBar().setValue(0)
        self.running.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_plan(self) -> None:
        change = self.ctx.run(ops.new_plan, source=self)
        if change is not None:
            self._show_plan(change.result)
            self.setup.activity.setFocus()

    def end_plan(self, status: str) -> None:
        plan = self._plan
        if plan is None:
            return
        self.ctx.flush()
        if plan.status == DRAFT:
            title = translate("GradedActivity", "Plan weggooien")
            text = translate("GradedActivity", "Dit plan in voorbereiding weggooien, met de metingen erbij? "
                             "Je kunt dit ongedaan maken met Ctrl+Z.")
            yes = translate("GradedActivity", "Weggooien")
        elif status == FINISHED:
            title = translate("GradedActivity", "Plan afronden")
            text = args(translate("GradedActivity", "Je plan „%1” afronden? Het blijft bewaard bij je eerdere "
                                  "plannen, en je kunt daarna een nieuw plan maken."), plan.activity)
            yes = translate("GradedActivity", "Afronden")
        else:
            title = translate("GradedActivity", "Plan stopzetten")
            text = args(translate("GradedActivity", "Je plan „%1” stopzetten? Stoppen mag; bespreek het gerust "
                                  "met je therapeut. Het plan blijft bewaard bij je eerdere plannen."), plan.activity)
            yes = translate("GradedActivity", "Stopzetten")
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        ending = ABANDONED if plan.status == DRAFT else status
        if self.ctx.run(ops.end_plan, plan.id, ending, self.today(), source=self) is not None:
            self._show_plan(None)
            self._show_history()
