"""The psychologist's loop (issue #25): every user action on consultations, homework, comments,
questions and goals as one operation (one transaction), undoable through the workbook's history.

The rules are the domain's (``domain/consultations.py``, ``domain/homework.py``); the writes are
``storage/consultations.py``. Reads for a page (:func:`homework_this_week`, :func:`brief`) are
plain functions: one transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from ..domain import homework as hw
from ..domain.brief import Flag, RelaxationPractice, flags, period_start
from ..domain.consultations import (
    THERAPIST,
    Comment,
    Consultation,
    Goal,
    Question,
    last_and_next,
)
from ..domain.reminders import DeclinedReminder
from ..storage import consultations as repo
from ..storage.db import Database
from ..storage.homework_log import patient_log
from .change import Act, Label, operation
from .rows import RowKind

CHAPTER = "consultations"


#: plain rows whose undo is the shared one (``operations/rows.py``): added → deleted again,
#: changed → put back, deleted → back as it was
COMMENTS: RowKind[Comment] = RowKind(repo.save_comment, repo.delete_comment)
QUESTIONS: RowKind[Question] = RowKind(repo.save_question, repo.delete_question)
GOALS: RowKind[Goal] = RowKind(repo.save_goal, repo.delete_goal)

# ----- consultations ------------------------------------------------------------------------
@operation(CHAPTER)
def save_consultation(act: Act, consultation: Consultation) -> Consultation:
    """Add or change a consultation (its private note with it)."""
    before = next((c for c in repo.list_consultations(act.db, act.workbook_id) if c.id == consultation.id), None)
    after = repo.save_consultation(act.db, act.workbook_id, consultation)
    undo = partial(_put_consultation, act.workbook_id, before) if before is not None else \
        partial(_delete_consultation, act.workbook_id, after.id)
    act.undoable(Label.of(CHAPTER, "undo_save_consultation" if before else "undo_add_consultation",
                          day=after.held_on.isoformat()),
                 undo, partial(_put_consultation, act.workbook_id, after))
    return after


@operation(CHAPTER)
def delete_consultation(act: Act, consultation_id: str) -> Consultation:
    full = next(c for c in repo.list_consultations(act.db, act.workbook_id) if c.id == consultation_id)
    repo.delete_consultation(act.db, act.workbook_id, consultation_id)
    act.undoable(Label.of(CHAPTER, "undo_delete_consultation", day=full.held_on.isoformat()),
                 partial(_put_consultation, act.workbook_id, full),
                 partial(_delete_consultation, act.workbook_id, consultation_id))
    return full


def _put_consultation(workbook_id: str, c: Consultation, db: Database) -> Consultation:
    return repo.save_consultation(db, workbook_id, c)


def _delete_consultation(workbook_id: str, consultation_id: str | None, db: Database) -> Consultation:
    assert consultation_id is not None  # a saved row has its id
    return repo.delete_consultation(db, workbook_id, consultation_id)


# ----- homework -----------------------------------------------------------------------------
@operation(CHAPTER)
def save_homework(act: Act, homework: hw.Homework, author_role: str = THERAPIST) -> hw.Homework:
    """Set (``id`` None) or change a homework."""
    before = repo.get_homework(act.db, act.workbook_id, homework.id) if homework.id else None
    after = repo.save_homework(act.db, act.workbook_id, homework, author_role)
    undo = partial(_put_homework, act.workbook_id, before, author_role) if before is not None else \
        partial(_delete_homework, act.workbook_id, after.id)
    act.undoable(Label.of(CHAPTER, "undo_save_homework" if before else "undo_add_homework"),
                 undo, partial(_put_homework, act.workbook_id, after, author_role))
    return after


@operation(CHAPTER)
def delete_homework(act: Act, homework_id: str) -> hw.Homework:
    gone = repo.delete_homework(act.db, act.workbook_id, homework_id)
    act.undoable(Label.of(CHAPTER, "undo_delete_homework"), partial(_put_homework, act.workbook_id, gone, THERAPIST),
                 partial(_delete_homework, act.workbook_id, homework_id))
    return gone


@operation(CHAPTER)
def tick_homework(act: Act, homework_id: str, on: date | None) -> hw.Homework:
    """The patient ticks a free task (or a section read) as done on ``on``; None takes it back."""
    before = repo.get_homework(act.db, act.workbook_id, homework_id)
    return _patient_change(act, before, replace(before, ticked_on=on), "undo_tick_homework")


@operation(CHAPTER)
def postpone_homework(act: Act, homework_id: str, on: date | None, barrier_kind: str | None = None,
                      barrier: str = "") -> hw.Homework:
    """"Uitgesteld" with a barrier (§5: intern / extern); ``on`` None takes the postponing back."""
    before = repo.get_homework(act.db, act.workbook_id, homework_id)
    after = replace(before, postponed_on=on, barrier_kind=barrier_kind if on else None,
                    barrier=barrier if on else "")
    return _patient_change(act, before, after, "undo_postpone_homework")


def _patient_change(act: Act, before: hw.Homework, after: hw.Homework, key: str) -> hw.Homework:
    role = _role_of(act.db, act.workbook_id, before.id or "")
    saved = repo.save_homework(act.db, act.workbook_id, after, role)
    act.undoable(Label.of(CHAPTER, key), partial(_put_homework, act.workbook_id, before, role),
                 partial(_put_homework, act.workbook_id, saved, role))
    return saved


def _role_of(db: Database, workbook_id: str, homework_id: str) -> str:
    from ..storage.consultation_tables import HomeworkRow

    with db.transaction() as s:
        row = s.get(HomeworkRow, homework_id)
        return row.author_role if row is not None else THERAPIST


def _put_homework(workbook_id: str, h: hw.Homework, role: str, db: Database) -> hw.Homework:
    return repo.save_homework(db, workbook_id, h, role)


def _delete_homework(workbook_id: str, homework_id: str | None, db: Database) -> hw.Homework:
    assert homework_id is not None  # a saved row has its id
    return repo.delete_homework(db, workbook_id, homework_id)


# ----- comments, replies, questions, goals --------------------------------------------------
@operation(CHAPTER)
def add_comment(act: Act, comment: Comment) -> Comment:
    saved = repo.save_comment(act.db, act.workbook_id, comment)
    label = Label.of(CHAPTER, "undo_add_comment")
    COMMENTS.saved(act, None, saved, added=label, edited=label)
    return saved


@operation(CHAPTER)
def reply_comment(act: Act, comment_id: str, text: str, on: date) -> Comment:
    """The patient's one reply to a comment."""
    before, after = repo.reply_comment(act.db, act.workbook_id, comment_id, text, on)
    label = Label.of(CHAPTER, "undo_reply")
    COMMENTS.saved(act, before, after, added=label, edited=label)
    return after


@operation(CHAPTER)
def delete_comment(act: Act, comment_id: str) -> Comment:
    gone = repo.delete_comment(act.db, act.workbook_id, comment_id)
    COMMENTS.deleted(act, gone, Label.of(CHAPTER, "undo_delete_comment"))
    return gone


@operation(CHAPTER)
def ask_question(act: Act, text: str, on: date) -> Question:
    """"Vraag voor de volgende keer": gathered for the next consultation."""
    saved = repo.save_question(act.db, act.workbook_id, Question(None, text, on))
    label = Label.of(CHAPTER, "undo_ask_question")
    QUESTIONS.saved(act, None, saved, added=label, edited=label)
    return saved


@operation(CHAPTER)
def mark_discussed(act: Act, question_id: str, consultation_id: str | None) -> Question:
    before = next(q for q in repo.list_questions(act.db, act.workbook_id) if q.id == question_id)
    after = repo.save_question(act.db, act.workbook_id, replace(before, discussed_in=consultation_id))
    label = Label.of(CHAPTER, "undo_discussed")
    QUESTIONS.saved(act, before, after, added=label, edited=label)
    return after


@operation(CHAPTER)
def save_goal(act: Act, goal: Goal) -> Goal:
    before = next((g for g in repo.list_goals(act.db, act.workbook_id) if g.id == goal.id), None)
    after = repo.save_goal(act.db, act.workbook_id, goal)
    label = Label.of(CHAPTER, "undo_save_goal")
    GOALS.saved(act, before, after, added=label, edited=label)
    return after


# ----- reads --------------------------------------------------------------------------------
def homework_this_week(db: Database, workbook_id: str, on: date) -> list[hw.Progress]:
    """This week's homework with its progress, from what the patient logged (one transaction)."""
    with db.transaction():
        current = [h for h in repo.list_homework(db, workbook_id) if hw.is_current(h, on)]
        if not current:
            return []
        periods = [hw.period(h, on) for h in current]
        first, last = min(p[0] for p in periods), max(p[1] for p in periods)
        return hw.this_week(current, patient_log(db, workbook_id, first, last, on), on)


@dataclass(frozen=True)
class Brief:
    """"Sinds de vorige keer": what the next consultation starts from."""

    since: date | None  # the last consultation (None: none yet)
    next_on: date | None
    homework: list[hw.Progress]
    tally: dict[str, int]
    questions: list[Question]
    comments: list[Comment]
    flags: list[Flag]
    #: the relaxation sessions of the period with minutes followed and tension (issue #20), neutral
    relaxation: tuple[RelaxationPractice, ...] = ()
    #: the "Vandaag niet" on reminders of the period, with barrier and words (issue #20), oldest first
    declined: tuple[DeclinedReminder, ...] = ()


def brief(db: Database, workbook_id: str, on: date) -> Brief:
    """The homework since the last consultation (as of this week), the open questions, the
    replies to comments and the flags of the period (``domain/brief.py``): one transaction."""
    from ..storage.brief_facts import brief_facts
    from ..storage.reminders import list_declined

    with db.transaction():
        last, next_on = last_and_next(repo.list_consultations(db, workbook_id), on)
        progress = homework_this_week(db, workbook_id, on)
        since = period_start(last.held_on if last else None, on)
        return Brief(last.held_on if last else None, next_on, progress, hw.tally(progress),
                     repo.list_questions(db, workbook_id, open_only=True),
                     [c for c in repo.list_comments(db, workbook_id) if c.reply],
                     flags(facts := brief_facts(db, workbook_id, since, on)), facts.relaxation,
                     tuple(list_declined(db, workbook_id, since, on)))
