"""The graded activity page: no plan yet → the guided set-up form → the running plan → history.

One plan at a time (WORKBOOK.md §5: choose one activity). A finished or stopped plan moves to
the history at the bottom of the page, and a new one can begin.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ....domain.chapters import GRADED_ACTIVITY
from ....domain.graded_activity import ABANDONED, DRAFT, FINISHED, Plan
from ...context import PageContext
from ...i18n import translate
from ...page_refresh import reload_when_shown
from ...widgets.common import ScrollPage, heading, paragraph
from . import commands
from .plan_view import PlanView
from .setup_form import SetupForm
from .texts import amount, chapter_title, status_name, unit_name


def _repo():
    from ....storage import graded_activity

    return graded_activity


class GradedActivityPage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-graded_activity")
        #: today's date; tests put a fixed day here
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
        self.setup = SetupForm(ctx)
        self.setup.started.connect(self._started)
        self.setup.discard_requested.connect(lambda: self.end_plan(ABANDONED))
        self.running = PlanView(ctx)
        self.running.end_requested.connect(self.end_plan)
        self.history_heading = heading(level=2)
        self.history = paragraph()
        self.history.setObjectName("plan-history")
        for w in (self.empty, self.setup, self.running, self.history_heading, self.history):
            lay.addWidget(w)
        lay.addStretch(1)
        ctx.hub.data_changed.connect(self._data_changed)
        ctx.hub.workbook_changed.connect(self._workbook_changed)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "history"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.intro.setText(translate(
            "GradedActivity", "Door pijn ga je vaak minder doen, en dan gaat je conditie achteruit. Hier bouw je "
            "één activiteit weer op: je meet waar je nu staat, begint een stuk daaronder, en doet elke week "
            "een beetje meer, volgens een vast schema."))
        self.empty_text.setText(translate(
            "GradedActivity", "Je hebt nog geen plan. Een plan maken gaat in vijf stappen: een activiteit kiezen, "
            "drie keer meten, je startniveau, je doel, en dan je schema bekijken. Je kunt tussendoor stoppen; "
            "alles wat je invult, blijft bewaard."))
        self.new_button.setText(translate("GradedActivity", "Een plan maken"))
        self.history_heading.setText(translate("GradedActivity", "Eerdere plannen"))
        self.setup.retranslate()
        self.running.retranslate()
        self._show_history()

    # ----- loading ------------------------------------------------------------------------
    def _data_changed(self, chapter: str) -> None:
        if chapter == GRADED_ACTIVITY:
            reload_when_shown(self, self.reload)

    def _workbook_changed(self, _workbook_id: str) -> None:
        self.setup.forget()
        reload_when_shown(self, self.reload)

    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        repo = _repo()
        plan = self.ctx.load(repo.open_plan, self.ctx.workbook_id)
        self._plan = plan
        self.empty.setVisible(plan is None)
        self.setup.setVisible(plan is not None and plan.status == DRAFT)
        self.running.setVisible(plan is not None and plan.status != DRAFT)
        if plan is not None and plan.status == DRAFT:
            self.setup.show_plan(plan)
        elif plan is not None:
            self.setup.forget()
            sessions = self.ctx.load(repo.list_sessions, plan.id, default=[])
            self.running.show_plan(plan, sessions, self.today())
        self._show_history()

    def _show_history(self) -> None:
        if not self.ctx.workbook_id:
            return
        plans = [p for p in self.ctx.load(_repo().plan_history, self.ctx.workbook_id, default=[]) if p.versions]
        self.history_heading.setVisible(bool(plans))
        self.history.setVisible(bool(plans))
        locale = QLocale()
        lines = []
        for p in plans:
            first = min(p.versions, key=lambda v: v.start_on)
            last = p.current.schedule
            lines.append(translate("GradedActivity", "• %1 (%2), %3 tot %4, %5: van %6 naar %7.")
                         .replace("%1", p.activity).replace("%2", unit_name(p.unit))
                         .replace("%3", locale.toString(first.start_on, "d MMM yyyy"))
                         .replace("%4", locale.toString(p.ended_on, "d MMM yyyy") if p.ended_on else "…")
                         .replace("%5", status_name(p.status))
                         .replace("%6", amount(first.schedule.start, p.unit)).replace("%7", amount(last.goal, p.unit)))
        self.history.setText("\n".join(lines))

    # ----- actions ------------------------------------------------------------------------
    def _started(self) -> None:
        """The form gives way to the running plan: show its top and put the keyboard on the
        first thing to do there (not back at the top of the window)."""
        self.reload()
        self.verticalScrollBar().setValue(0)
        self.running.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_plan(self) -> None:
        if self.ctx.save(_repo().new_plan, self.ctx.workbook_id, chapter=GRADED_ACTIVITY) is not None:
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
            text = translate("GradedActivity", "Je plan „%1” afronden? Het blijft bewaard bij je eerdere plannen, "
                             "en je kunt daarna een nieuw plan maken.").replace("%1", plan.activity)
            yes = translate("GradedActivity", "Afronden")
        else:
            title = translate("GradedActivity", "Plan stopzetten")
            text = translate("GradedActivity", "Je plan „%1” stopzetten? Stoppen mag; bespreek het gerust met je "
                             "therapeut. Het plan blijft bewaard bij je eerdere plannen.").replace("%1", plan.activity)
            yes = translate("GradedActivity", "Stopzetten")
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            commands.end_plan(self.ctx, plan, status if plan.status != DRAFT else ABANDONED, self.today())
