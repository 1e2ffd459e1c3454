"""The consultations page (issue #25): "Sinds de vorige keer" with this week's homework and its
progress (counted from what the patient logs), the questions for next time, the comments on
entries with their replies, and the list of consultations.

The psychologist (role "therapist") writes consultations, sets homework and comments; the
patient ticks or postpones homework, notes questions and replies once to a comment. Every
action is one operation (``operations/consultations.py``) through ``ctx.run``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ....domain import homework as hw
from ....domain.consultations import THERAPIST, Comment, Consultation, Goal
from ....domain.goal_progress import GoalFacts, goal_progress
from ....wording.consultations import (
    flag_text,
    goal_progress_text,
    progress_text,
    relaxation_text,
    short_day,
    task_text,
    words,
)
from ... import design
from ...context import PageContext
from ...dates import long_date
from ...i18n import args, translate
from ...page_refresh import follow_changes
from ...role_setting import role_of
from ...widgets.common import ScrollPage, heading, paragraph
from .texts import CHAPTER_ID, TABLES, chapter_title


def _ops():
    from ....operations import consultations

    return consultations


def _repo():
    from ....storage import consultations

    return consultations


def _list(name: str) -> QListWidget:
    box = QListWidget()
    box.setObjectName(name)
    box.setWordWrap(True)
    box.setSpacing(design.space(design.XS, box))
    box.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return box


def _fit(box: QListWidget, most: int = 8) -> None:
    """As tall as its items (up to ``most`` of them; more scroll): the page scrolls, not each list."""
    rows = [box.sizeHintForRow(i) + 2 * box.spacing() for i in range(min(box.count(), most))]
    box.setFixedHeight(sum(rows) + 2 * box.frameWidth() + box.spacing())


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row


def _button(name: str) -> QPushButton:
    b = QPushButton()
    b.setObjectName(name)
    return b


class ConsultationsPage(ScrollPage):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("page-consultations")
        self.today = date.today
        lay = self.body_layout
        lay.setSpacing(design.space(design.M, self))
        self.title = heading(level=1)
        self.role_line = design.caption()
        self.role_line.setObjectName("role-line")
        self.brief_title, self.brief_line = heading(level=2), paragraph()
        self.brief_line.setObjectName("brief-line")
        self.flags = paragraph()
        self.flags.setObjectName("brief-flags")
        self.homework = _list("homework-list")
        self.add_homework, self.edit_homework, self.drop_homework = (
            _button("add-homework"), _button("edit-homework"), _button("delete-homework"))
        self.tick, self.postpone = _button("tick-homework"), _button("postpone-homework")
        design.primary(self.add_homework)
        self.questions_title, self.questions = heading(level=2), _list("question-list")
        self.ask, self.discussed = _button("ask-question"), _button("question-discussed")
        self.comments_title, self.comments = heading(level=2), _list("comment-list")
        self.comment, self.reply = _button("add-comment"), _button("reply-comment")
        self.goals_title, self.goals = heading(level=2), _list("goal-list")
        self.new_goal, self.edit_goal = _button("new-goal"), _button("edit-goal")
        self.consults_title, self.consults = heading(level=2), _list("consultation-list")
        self.new_consult, self.edit_consult, self.drop_consult = (
            _button("new-consultation"), _button("edit-consultation"), _button("delete-consultation"))
        for w in (self.title, self.role_line, self.brief_title, self.brief_line, self.flags, self.homework):
            lay.addWidget(w)
        lay.addLayout(_buttons(self.add_homework, self.edit_homework, self.drop_homework, self.tick, self.postpone))
        for w in (self.questions_title, self.questions):
            lay.addWidget(w)
        lay.addLayout(_buttons(self.ask, self.discussed))
        for w in (self.comments_title, self.comments):
            lay.addWidget(w)
        lay.addLayout(_buttons(self.comment, self.reply))
        for w in (self.goals_title, self.goals):
            lay.addWidget(w)
        lay.addLayout(_buttons(self.new_goal, self.edit_goal))
        for w in (self.consults_title, self.consults):
            lay.addWidget(w)
        lay.addLayout(_buttons(self.new_consult, self.edit_consult, self.drop_consult))
        lay.addStretch(1)
        from . import actions

        self.behaviour = actions.PageActions(self)
        self._progress: list[hw.Progress] = []
        self._questions: list = []
        self._comments: list[Comment] = []
        self._consultations: list[Consultation] = []
        self._goals: list[Goal] = []
        self._goal_facts: GoalFacts | None = None
        follow_changes(self, ctx, CHAPTER_ID, TABLES, self.reload)
        ctx.hub.data_changed.connect(lambda which: self.reload() if which == CHAPTER_ID else None)
        self.retranslate()

    @property
    def therapist(self) -> bool:
        return role_of(self.ctx.settings, len(self.ctx.workbooks())) == THERAPIST

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "consults"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(chapter_title())
        self.brief_title.setText(words("brief.title"))
        self.questions_title.setText(words("question.heading"))
        self.comments_title.setText(translate("Consultations", "Opmerkingen bij oefeningen"))
        self.consults_title.setText(words("pdf.consultations"))
        self.goals_title.setText(words("pdf.goals"))
        for button, text in (
                (self.add_homework, translate("Consultations", "Huiswerk geven…")),
                (self.edit_homework, translate("Consultations", "Aanpassen…")),
                (self.drop_homework, translate("Consultations", "Verwijderen")),
                (self.tick, translate("Consultations", "Gedaan")),
                (self.postpone, translate("Consultations", "Uitstellen…")),
                (self.ask, translate("Consultations", "Vraag voor de volgende keer…")),
                (self.discussed, translate("Consultations", "Besproken")),
                (self.comment, translate("Consultations", "Opmerking bij een oefening…")),
                (self.reply, translate("Consultations", "Antwoorden…")),
                (self.new_goal, translate("Consultations", "Nieuw doel…")),
                (self.edit_goal, translate("Consultations", "Doel aanpassen…")),
                (self.new_consult, translate("Consultations", "Nieuw gesprek…")),
                (self.edit_consult, translate("Consultations", "Aanpassen…")),
                (self.drop_consult, translate("Consultations", "Verwijderen"))):
            button.setText(text)
        for box, name in ((self.homework, words("brief.homework")), (self.questions, words("question.heading")),
                          (self.comments, self.comments_title.text()), (self.consults, words("pdf.consultations")),
                          (self.goals, words("pdf.goals"))):
            box.setAccessibleName(name)
        self.reload()

    # ----- showing ------------------------------------------------------------------------
    def reload(self) -> None:
        if not self.ctx.workbook_id:
            return
        therapist = self.therapist
        self.role_line.setText(translate("Consultations", "Je gebruikt dit werkboek als psycholoog of therapeut. "
                                         "Je kunt dit veranderen bij Instellingen.") if therapist else
                               translate("Consultations", "Hier zie je je huiswerk, je vragen voor de volgende keer "
                                         "en wat je psycholoog bij je oefeningen schreef."))
        brief = self.ctx.load(_ops().brief, self.ctx.workbook_id, self.today(), default=None)
        repo = _repo()
        self._consultations = self.ctx.load(repo.list_consultations, self.ctx.workbook_id, default=[])
        self._questions = self.ctx.load(repo.list_questions, self.ctx.workbook_id, default=[])
        self._comments = self.ctx.load(repo.list_comments, self.ctx.workbook_id, default=[])
        self._goals = self.ctx.load(repo.list_goals, self.ctx.workbook_id, default=[])
        self._goal_facts = None
        if any(g.measure for g in self._goals):  # read only when a goal follows a measure
            from ....storage.goal_facts import goal_facts

            self._goal_facts = self.ctx.load(goal_facts, self.ctx.workbook_id, self.today(), default=None)
        self._progress = brief.homework if brief is not None else []
        self._show_brief(brief)
        self._show_flags(brief, therapist)
        self._show_questions()
        self._show_comments()
        self._show_goals()
        self._show_consultations(therapist)
        for w in (self.add_homework, self.edit_homework, self.drop_homework, self.discussed, self.comment,
                  self.new_consult, self.edit_consult, self.drop_consult):
            w.setVisible(therapist)
        self.reply.setVisible(not therapist)
        self._follow_selection()

    def _show_brief(self, brief) -> None:
        parts = []
        if brief is not None:
            parts.append(words("brief.since", day=long_date(brief.since)) if brief.since else words("brief.first"))
            if brief.next_on is not None:
                parts.append(words("brief.next", day=long_date(brief.next_on)))
            if brief.homework:
                parts.append(words("tally", **{k: str(v) for k, v in brief.tally.items()}))
            else:
                parts.append(words("brief.no_homework"))
        self.brief_line.setText(" · ".join(parts[:2]) + ("\n" + parts[2] if len(parts) > 2 else ""))
        self.homework.clear()
        steps = self._step_labels()
        for p in self._progress:
            item = QListWidgetItem(f"{task_text(p.homework, step=steps.get(p.homework.item_id or '', ''))}\n"
                                   f"{progress_text(p)}")
            item.setData(Qt.ItemDataRole.UserRole, p.homework.id)
            self.homework.addItem(item)
        _fit(self.homework)
        self.homework.setVisible(bool(self._progress))

    def _show_flags(self, brief, therapist: bool) -> None:
        """The flags of the period, each saying what it is based on (the psychologist's view)."""
        self.flags.setVisible(therapist and brief is not None)
        if brief is None:
            return
        lines = [f"• {flag_text(f, long_date)}" for f in brief.flags] or [words("brief.no_flags")]
        practice = ([f"• {relaxation_text(r, long_date)}" for r in brief.relaxation]
                    or [words("brief.no_relaxation")])  # the practice meter, neutrally
        text = (words("brief.flags") + "\n" + "\n".join(lines) + "\n\n"
                + words("brief.relaxation") + "\n" + "\n".join(practice))
        if brief.declined:  # "Vandaag niet" on a reminder, with its barrier and words (issue #20)
            from ....wording.reminders import declined_text
            from ....wording.reminders import words as reminder_words

            text += "\n\n" + reminder_words("brief.declined") + "\n" + "\n".join(
                f"• {declined_text(d, long_date)}" for d in brief.declined)
        self.flags.setText(text)

    def _step_labels(self) -> dict[str, str]:
        from ....storage.exposure import load_hierarchy

        hierarchy = self.ctx.load(load_hierarchy, self.ctx.workbook_id, default=None)
        return {i.id: i.label for i in hierarchy.items} if hierarchy is not None else {}

    def _show_questions(self) -> None:
        self.questions.clear()
        for q in self._questions:
            state = translate("Consultations", "besproken") if q.discussed_in else translate("Consultations", "open")
            self.questions.addItem(f"{short_day(q.asked_on)} · {q.text} ({state})")
        _fit(self.questions)
        self.questions.setVisible(bool(self._questions))

    def _show_comments(self) -> None:
        self.comments.clear()
        for c in self._comments:
            text = f"{words('comment.from', day=short_day(c.written_on))}\n{c.text}"
            if c.reply:
                text += f"\n{words('comment.reply', day=short_day(c.replied_on or c.written_on))}\n{c.reply}"
            self.comments.addItem(text)
        _fit(self.comments)
        self.comments.setVisible(bool(self._comments))

    def _show_goals(self) -> None:
        self.goals.clear()
        for g in self._goals:
            lines = [g.goal] + [f"{words(f'goal.{k}')}: {getattr(g, k)}" for k in (
                "specific", "measurable", "acceptable", "realistic") if getattr(g, k)]
            if g.due_on is not None:
                lines.append(words("goal.due", day=long_date(g.due_on)))
            progress = (goal_progress(g.measure, self._goal_facts, self.today())
                        if self._goal_facts is not None else None)
            if progress is not None:
                lines.append(goal_progress_text(progress))
            self.goals.addItem("\n".join(lines))
        _fit(self.goals, 4)
        self.goals.setVisible(bool(self._goals))

    def _show_consultations(self, therapist: bool) -> None:
        self.consults.clear()
        for c in self._consultations:
            lines = [f"{long_date(c.held_on)} · {words(f'kind.{c.kind}')}"]
            lines += [f"{words(key)}: {value}" for key, value in (
                ("pdf.agenda", c.agenda), ("pdf.notes", c.notes), ("pdf.evaluation", c.evaluation)) if value]
            if c.next_on is not None:
                lines.append(words("brief.next", day=long_date(c.next_on)))
            if therapist and c.private_note:
                lines.append(args(translate("Consultations", "Privé: %1"), c.private_note))
            self.consults.addItem("\n".join(lines))
        _fit(self.consults, 4)
        self.consults.setVisible(bool(self._consultations))

    def _follow_selection(self) -> None:
        has_homework = self.selected_progress() is not None
        for w in (self.edit_homework, self.drop_homework, self.postpone):
            w.setEnabled(has_homework)
        p = self.selected_progress()
        self.tick.setVisible(not self.therapist and p is not None and p.homework.kind in hw.TICKED)
        self.postpone.setVisible(not self.therapist)
        self.discussed.setEnabled(self.questions.currentRow() >= 0)
        comment = self.selected_comment()
        self.reply.setEnabled(comment is not None and not comment.reply)
        self.edit_goal.setEnabled(self.goals.currentRow() >= 0)
        self.edit_consult.setEnabled(self.consults.currentRow() >= 0)
        self.drop_consult.setEnabled(self.consults.currentRow() >= 0)

    # ----- selections ---------------------------------------------------------------------
    def selected_progress(self) -> hw.Progress | None:
        row = self.homework.currentRow()
        return self._progress[row] if 0 <= row < len(self._progress) else None

    def selected_comment(self) -> Comment | None:
        row = self.comments.currentRow()
        return self._comments[row] if 0 <= row < len(self._comments) else None

    def selected_consultation(self) -> Consultation | None:
        row = self.consults.currentRow()
        return self._consultations[row] if 0 <= row < len(self._consultations) else None

    def selected_goal(self) -> Goal | None:
        row = self.goals.currentRow()
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def selected_question(self):
        row = self.questions.currentRow()
        return self._questions[row] if 0 <= row < len(self._questions) else None
