"""Consultations, homework, comments on entries and the patient's questions (issue #25): the
repository functions. Each joins the caller's transaction (an operation of
``operations/consultations.py`` is one transaction), lets the domain check the values
(``domain/consultations.py``, ``domain/homework.py``) and writes them. Deleting sets
``deleted_at`` (a tombstone: undo brings the row back, a hand-over carries the deletion).

A consultation's private note is kept in ``consultation_private_note``, a table the hand-over
never reads and the PDF never prints (``storage/consultation_tables.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import homework as hw
from ..domain.consultations import (
    Comment,
    Consultation,
    Goal,
    Question,
    reply_to,
    validate_comment,
    validate_consultation,
    validate_goal,
    validate_question,
)
from ..domain.errors import NotFound
from .base import utcnow
from .consultation_tables import (
    ConsultationPrivateNoteRow,
    ConsultationRow,
    EntryCommentRow,
    HomeworkRow,
    PatientQuestionRow,
    SmartGoalRow,
)
from .db import Database
from .rows import live_rows
from .workbooks import touch_workbook

PARAMETERS = ("count", "item_id", "technique", "question")
T = TypeVar("T")


# ----- mapping ------------------------------------------------------------------------------
def homework_from_values(r: dict[str, Any]) -> hw.Homework:
    """A homework row (stored, or read from a hand-over file) as the domain's object."""
    params = json.loads(r["parameters"] or "{}")
    if not isinstance(params, dict) or not set(params) <= set(PARAMETERS):
        raise ValueError("homework parameters")
    return hw.Homework(r["id"], r["kind"], r["starts_on"], r["rhythm"], r["due_on"], params.get("count", 1),
                       params.get("item_id"), params.get("technique"), params.get("question"), r["text"],
                       r["ticked_on"], r["postponed_on"], r["barrier_kind"], r["barrier"], r["consultation_id"])


def _homework(row: HomeworkRow) -> hw.Homework:
    return homework_from_values({c: getattr(row, c) for c in (
        "id", "kind", "starts_on", "rhythm", "due_on", "parameters", "text", "ticked_on", "postponed_on",
        "barrier_kind", "barrier", "consultation_id")})


def _parameters(h: hw.Homework) -> str:
    values = {"count": h.count, "item_id": h.item_id, "technique": h.technique, "question": h.question}
    return json.dumps({k: v for k, v in values.items() if v is not None}, sort_keys=True)


def _consultation(row: ConsultationRow, private: str = "") -> Consultation:
    return Consultation(row.id, row.held_on, row.kind, row.agenda, row.notes, row.evaluation, row.next_on,
                        private, row.author_role)


def _comment(row: EntryCommentRow) -> Comment:
    return Comment(row.id, row.target_table, row.target_id, row.text, row.written_on, row.author_role,
                   row.reply, row.replied_on)


def _question(row: PatientQuestionRow) -> Question:
    return Question(row.id, row.text, row.asked_on, row.discussed_in)


def _live(session: Session, kind: type, workbook_id: str, row_id: str) -> Any:
    row = session.get(kind, row_id)
    if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
        raise NotFound(what=kind.__tablename__)  # type: ignore[attr-defined]
    return row


def _any(session: Session, kind: type, workbook_id: str, row_id: str) -> Any:
    row = session.get(kind, row_id)
    if row is None or row.workbook_id != workbook_id:
        raise NotFound(what=kind.__tablename__)  # type: ignore[attr-defined]
    return row


def _to_write(session: Session, kind: type, workbook_id: str, row_id: str | None, **new: Any) -> Any:
    """The row a save writes: a new one when ``row_id`` is None (made with ``new``), else this
    workbook's row ``row_id``, brought back if it was deleted (undo)."""
    if row_id is None:
        row = kind(workbook_id=workbook_id, **new)
        session.add(row)
    else:
        row = _any(session, kind, workbook_id, row_id)
        row.deleted_at = None
    return row


def _written(session: Session, workbook_id: str, row: T) -> T:
    """``row`` after a save: flushed (it has its id) and the workbook marked as worked on."""
    session.flush()
    touch_workbook(session, workbook_id)
    return row


def _tombstone(session: Session, kind: type, workbook_id: str, row_id: str) -> Any:
    """This workbook's row ``row_id`` in use, now deleted (a tombstone); returned for what it said."""
    row = _live(session, kind, workbook_id, row_id)
    row.deleted_at = utcnow()
    touch_workbook(session, workbook_id)
    return row


# ----- consultations ------------------------------------------------------------------------
def list_consultations(db: Database, workbook_id: str) -> list[Consultation]:
    """The workbook's consultations, the latest first, each with its private note (if any)."""
    with db.transaction() as s:
        rows = live_rows(s, ConsultationRow, workbook_id, ConsultationRow.held_on.desc(),
                         ConsultationRow.created_at.desc())
        notes = {row.consultation_id: row.text for row in s.execute(
            select(ConsultationPrivateNoteRow.consultation_id, ConsultationPrivateNoteRow.text)
            .where(ConsultationPrivateNoteRow.workbook_id == workbook_id))}
        return [_consultation(r, notes.get(r.id, "")) for r in rows]


def save_consultation(db: Database, workbook_id: str, c: Consultation) -> Consultation:
    """Add (``c.id`` None) or change a consultation, its private note apart."""
    clean = validate_consultation(c)
    with db.transaction() as s:
        row = _to_write(s, ConsultationRow, workbook_id, clean.id)
        row.held_on, row.kind, row.agenda, row.notes = clean.held_on, clean.kind, clean.agenda, clean.notes
        row.evaluation, row.next_on, row.author_role = clean.evaluation, clean.next_on, clean.author_role
        s.flush()
        _write_private(s, workbook_id, row.id, clean.private_note)
        touch_workbook(s, workbook_id)
        return _consultation(row, clean.private_note)


def _write_private(s: Session, workbook_id: str, consultation_id: str, text: str) -> None:
    note = s.scalars(select(ConsultationPrivateNoteRow).where(
        ConsultationPrivateNoteRow.consultation_id == consultation_id)).first()
    if note is None and text:
        s.add(ConsultationPrivateNoteRow(workbook_id=workbook_id, consultation_id=consultation_id, text=text))
    elif note is not None and note.text != text:
        note.text = text


def delete_consultation(db: Database, workbook_id: str, consultation_id: str) -> Consultation:
    with db.transaction() as s:
        return _consultation(_tombstone(s, ConsultationRow, workbook_id, consultation_id))


# ----- homework -----------------------------------------------------------------------------
def list_homework(db: Database, workbook_id: str) -> list[hw.Homework]:
    """Every homework in use, in the order it was set."""
    with db.transaction() as s:
        return [_homework(r) for r in live_rows(s, HomeworkRow, workbook_id, HomeworkRow.starts_on,
                                                 HomeworkRow.created_at)]


def save_homework(db: Database, workbook_id: str, h: hw.Homework, author_role: str) -> hw.Homework:
    """Add (``h.id`` None) or change a homework (a deleted one comes back: undo)."""
    clean = hw.validate_homework(h)
    with db.transaction() as s:
        if clean.consultation_id is not None:
            _live(s, ConsultationRow, workbook_id, clean.consultation_id)
        row = _to_write(s, HomeworkRow, workbook_id, clean.id, author_role=author_role)
        row.kind, row.parameters, row.text, row.rhythm = clean.kind, _parameters(clean), clean.text, clean.rhythm
        row.starts_on, row.due_on, row.ticked_on = clean.starts_on, clean.due_on, clean.ticked_on
        row.postponed_on, row.barrier_kind, row.barrier = clean.postponed_on, clean.barrier_kind, clean.barrier
        row.consultation_id = clean.consultation_id
        return _homework(_written(s, workbook_id, row))


def get_homework(db: Database, workbook_id: str, homework_id: str) -> hw.Homework:
    with db.transaction() as s:
        return _homework(_live(s, HomeworkRow, workbook_id, homework_id))


def delete_homework(db: Database, workbook_id: str, homework_id: str) -> hw.Homework:
    with db.transaction() as s:
        return _homework(_tombstone(s, HomeworkRow, workbook_id, homework_id))


# ----- comments and questions ---------------------------------------------------------------
def list_comments(db: Database, workbook_id: str) -> list[Comment]:
    with db.transaction() as s:
        return [_comment(r) for r in live_rows(s, EntryCommentRow, workbook_id, EntryCommentRow.written_on,
                                                EntryCommentRow.created_at)]


def comments_on(db: Database, workbook_id: str, target_table: str,
                target_ids: Collection[str]) -> dict[str, Comment]:
    """The comment on each of ``target_ids`` (entries of ``target_table``) that has one, in one
    query; of several on one entry, the latest."""
    if not target_ids:
        return {}
    with db.transaction() as s:
        return {r.target_id: _comment(r) for r in s.scalars(select(EntryCommentRow).where(
            EntryCommentRow.workbook_id == workbook_id, EntryCommentRow.target_table == target_table,
            EntryCommentRow.target_id.in_(list(target_ids)), EntryCommentRow.deleted_at.is_(None))
            .order_by(EntryCommentRow.written_on, EntryCommentRow.created_at))}


def read_with_comments(db: Database, workbook_id: str, target_table: str, read: Callable[[], T],
                       ids_of: Callable[[T], Iterable[str | None]]) -> tuple[T, dict[str, Comment]]:
    """``read()`` and the comments on the entries it returned (``ids_of``), in one transaction."""
    with db.transaction():
        result = read()
        return result, comments_on(db, workbook_id, target_table, [i for i in ids_of(result) if i])


def save_comment(db: Database, workbook_id: str, c: Comment) -> Comment:
    clean = validate_comment(c)
    with db.transaction() as s:
        row = _to_write(s, EntryCommentRow, workbook_id, clean.id)
        row.target_table, row.target_id, row.text = clean.target_table, clean.target_id, clean.text
        row.author_role, row.written_on = clean.author_role, clean.written_on
        row.reply, row.replied_on = clean.reply, clean.replied_on
        return _comment(_written(s, workbook_id, row))


def reply_comment(db: Database, workbook_id: str, comment_id: str, text: str, on: date) -> tuple[Comment, Comment]:
    """The patient's one reply; returns (before, after)."""
    with db.transaction() as s:
        before = _comment(_live(s, EntryCommentRow, workbook_id, comment_id))
        return before, save_comment(db, workbook_id, reply_to(before, text, on))


def delete_comment(db: Database, workbook_id: str, comment_id: str) -> Comment:
    with db.transaction() as s:
        return _comment(_tombstone(s, EntryCommentRow, workbook_id, comment_id))


def list_questions(db: Database, workbook_id: str, *, open_only: bool = False) -> list[Question]:
    with db.transaction() as s:
        query = select(PatientQuestionRow).where(PatientQuestionRow.workbook_id == workbook_id,
                                                 PatientQuestionRow.deleted_at.is_(None))
        if open_only:
            query = query.where(PatientQuestionRow.discussed_in.is_(None))
        query = query.order_by(PatientQuestionRow.asked_on, PatientQuestionRow.created_at)
        return [_question(r) for r in s.scalars(query)]


def save_question(db: Database, workbook_id: str, q: Question) -> Question:
    clean = validate_question(q)
    with db.transaction() as s:
        if clean.discussed_in is not None:
            _live(s, ConsultationRow, workbook_id, clean.discussed_in)
        row = _to_write(s, PatientQuestionRow, workbook_id, clean.id)
        row.text, row.asked_on, row.discussed_in = clean.text, clean.asked_on, clean.discussed_in
        return _question(_written(s, workbook_id, row))


def delete_question(db: Database, workbook_id: str, question_id: str) -> Question:
    with db.transaction() as s:
        return _question(_tombstone(s, PatientQuestionRow, workbook_id, question_id))


# ----- SMART goals --------------------------------------------------------------------------
def _goal(r: SmartGoalRow) -> Goal:
    return Goal(r.id, r.rank, r.goal, r.specific, r.measurable, r.acceptable, r.realistic, r.due_on, r.measure,
                r.author_role)


def list_goals(db: Database, workbook_id: str) -> list[Goal]:
    with db.transaction() as s:
        return [_goal(r) for r in live_rows(s, SmartGoalRow, workbook_id, SmartGoalRow.rank, SmartGoalRow.created_at)]


def save_goal(db: Database, workbook_id: str, g: Goal) -> Goal:
    clean = validate_goal(g)
    with db.transaction() as s:
        row = _to_write(s, SmartGoalRow, workbook_id, clean.id)
        row.rank, row.goal, row.specific, row.measurable = clean.rank, clean.goal, clean.specific, clean.measurable
        row.acceptable, row.realistic, row.due_on = clean.acceptable, clean.realistic, clean.due_on
        row.measure, row.author_role = clean.measure, clean.author_role
        return _goal(_written(s, workbook_id, row))


def delete_goal(db: Database, workbook_id: str, goal_id: str) -> Goal:
    """A goal becomes a tombstone (a handed-over copy learns of it); returns what it said."""
    with db.transaction() as s:
        return _goal(_tombstone(s, SmartGoalRow, workbook_id, goal_id))
