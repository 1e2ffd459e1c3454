"""What the consultations page's buttons do: open the form, run the operation (one transaction,
undoable), redraw. Kept apart from the page's layout (``page.py``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ....domain import homework as hw
from ....domain.consultations import PATIENT, THERAPIST, Comment, Consultation, Goal
from ....wording.consultations import task_text
from ...context import PageContext
from ...dates import long_date
from ...i18n import translate
from .dialogs import ConsultationDialog, GoalDialog, HomeworkDialog
from .small_dialogs import CommentDialog, PostponeDialog, TextDialog

if TYPE_CHECKING:
    from .page import ConsultationsPage


def _ops():
    from ....operations import consultations

    return consultations


def ask_question(parent: QWidget, ctx: PageContext, today: date) -> bool:
    """The question dialog: a question for next time, saved in one undoable action. Opened from
    the page and from the menu Bewerken on any page (the window is then the source, so the
    consultations page reloads on its own). True when a question was saved."""
    dialog = TextDialog(translate("Consultations", "Vraag voor de volgende keer"),
                        translate("Consultations", "&Wat wil je de volgende keer vragen of bespreken?"), parent)
    while dialog.exec() == TextDialog.DialogCode.Accepted:
        if ctx.run(_ops().ask_question, dialog.value(), today, source=parent, rejected=dialog.show_message):
            return True
    return False


class PageActions:
    def __init__(self, page: ConsultationsPage) -> None:
        self.page = page
        page.add_homework.clicked.connect(self.new_homework)
        page.edit_homework.clicked.connect(self.edit_homework)
        page.drop_homework.clicked.connect(self.delete_homework)
        page.tick.clicked.connect(self.tick)
        page.postpone.clicked.connect(self.postpone)
        page.ask.clicked.connect(self.ask)
        page.discussed.clicked.connect(self.discussed)
        page.comment.clicked.connect(self.add_comment)
        page.reply.clicked.connect(self.reply)
        page.new_goal.clicked.connect(lambda: self.edit_goal(Goal(None, len(page._goals) + 1, "", author_role=self._role())))
        page.edit_goal.clicked.connect(lambda: self.edit_goal(page.selected_goal()))
        page.new_consult.clicked.connect(lambda: self.edit_consultation(Consultation(None, page.today())))
        page.edit_consult.clicked.connect(self.edit_selected_consultation)
        page.drop_consult.clicked.connect(self.delete_consultation)
        for box in (page.homework, page.questions, page.comments, page.consults, page.goals):
            box.currentRowChanged.connect(lambda _r: page._follow_selection())
        page.consults.itemDoubleClicked.connect(lambda _i: self.edit_selected_consultation())
        page.homework.itemDoubleClicked.connect(lambda _i: self.edit_homework() if page.therapist else None)

    def _run(self, op, *values, rejected=None) -> object | None:
        change = self.page.ctx.run(op, *values, source=self.page, rejected=rejected)
        if change is not None:
            self.page.reload()
        return change

    # ----- homework -----------------------------------------------------------------------
    def _steps(self) -> list[tuple[str, str]]:
        from ....storage.exposure import load_hierarchy

        h = self.page.ctx.load(load_hierarchy, self.page.ctx.workbook_id, default=None)
        return [(i.id, f"{i.rank}. {i.label}") for i in h.items] if h is not None else []

    def _latest_consultation(self) -> str | None:
        held = [c for c in self.page._consultations if c.held_on <= self.page.today()]
        return held[0].id if held else None

    def new_homework(self) -> None:
        start = self.page.today()
        self._homework_form(hw.Homework(None, hw.EXPOSURE, start, count=3,
                                        consultation_id=self._latest_consultation()))

    def edit_homework(self) -> None:
        p = self.page.selected_progress()
        if p is not None:
            self._homework_form(p.homework)

    def _homework_form(self, h: hw.Homework) -> None:
        dialog = HomeworkDialog(h, self._steps(), self.page)
        while dialog.exec() == HomeworkDialog.DialogCode.Accepted:
            if self._run(_ops().save_homework, dialog.homework(), THERAPIST, rejected=dialog.show_message):
                return

    def delete_homework(self) -> None:
        p = self.page.selected_progress()
        if p is not None and p.homework.id:
            self._run(_ops().delete_homework, p.homework.id)

    def tick(self) -> None:
        p = self.page.selected_progress()
        if p is not None and p.homework.id:
            done = p.state == hw.DONE
            self._run(_ops().tick_homework, p.homework.id, None if done else self.page.today())

    def postpone(self) -> None:
        p = self.page.selected_progress()
        if p is None or not p.homework.id:
            return
        if p.state == hw.POSTPONED:  # a second press takes the postponing back
            self._run(_ops().postpone_homework, p.homework.id, None)
            return
        dialog = PostponeDialog(task_text(p.homework), self.page)
        while dialog.exec() == PostponeDialog.DialogCode.Accepted:
            kind, text = dialog.barrier()
            if self._run(_ops().postpone_homework, p.homework.id, self.page.today(), kind, text,
                         rejected=dialog.show_message):
                return

    # ----- questions and comments -----------------------------------------------------------
    def ask(self) -> None:
        if ask_question(self.page, self.page.ctx, self.page.today()):
            self.page.reload()

    def discussed(self) -> None:
        q = self.page.selected_question()
        if q is not None:
            self._run(_ops().mark_discussed, q.id, None if q.discussed_in else self._latest_consultation())

    def add_comment(self) -> None:
        from ....storage.homework_log import recent_entries

        entries = self.page.ctx.load(recent_entries, self.page.ctx.workbook_id, default=[])
        kinds = {"exposure_attempt": translate("Consultations", "Poging"),
                 "chain_entry": translate("Consultations", "Ketting"),
                 "reflection_answer": translate("Consultations", "Antwoord"),
                 "pacing_activity": translate("Consultations", "Weekplanning"),
                 "questionnaire_score": translate("Consultations", "Vragenlijst")}
        choices = [(t, i, f"{long_date(day)} · {kinds[t]}: {words[:60]}") for t, i, day, words in entries]
        dialog = CommentDialog(choices, self.page)
        while dialog.exec() == CommentDialog.DialogCode.Accepted:
            target = dialog.target()
            if target is None:
                dialog.show_message(translate("Consultations", "Er is nog geen oefening om bij te schrijven."))
                continue
            comment = Comment(None, target[0], target[1], dialog.value(), self.page.today())
            if self._run(_ops().add_comment, comment, rejected=dialog.show_message):
                return

    def reply(self) -> None:
        c = self.page.selected_comment()
        if c is None or not c.id:
            return
        dialog = TextDialog(translate("Consultations", "Antwoorden"),
                            translate("Consultations", "&Je antwoord (je kunt één keer antwoorden):"), self.page,
                            quoted=c.text)
        while dialog.exec() == TextDialog.DialogCode.Accepted:
            if self._run(_ops().reply_comment, c.id, dialog.value(), self.page.today(),
                         rejected=dialog.show_message):
                return

    # ----- goals ---------------------------------------------------------------------------------
    def _role(self) -> str:
        return THERAPIST if self.page.therapist else PATIENT

    def edit_goal(self, goal: Goal | None) -> None:
        if goal is None:
            return
        dialog = GoalDialog(goal, self.page)
        while dialog.exec() == GoalDialog.DialogCode.Accepted:
            if self._run(_ops().save_goal, dialog.value(), rejected=dialog.show_message):
                return

    # ----- consultations ---------------------------------------------------------------------
    def edit_selected_consultation(self) -> None:
        c = self.page.selected_consultation()
        if c is not None and self.page.therapist:
            self.edit_consultation(c)

    def edit_consultation(self, c: Consultation) -> None:
        dialog = ConsultationDialog(c, self.page)
        while dialog.exec() == ConsultationDialog.DialogCode.Accepted:
            if self._run(_ops().save_consultation, replace(dialog.consultation(), author_role=THERAPIST),
                         rejected=dialog.show_message):
                return

    def delete_consultation(self) -> None:
        c = self.page.selected_consultation()
        if c is not None and c.id:
            self._run(_ops().delete_consultation, c.id)
