"""Consultations, comments on entries, the patient's questions and SMART goals (issue #25): the
rules a value must meet, whoever writes it (a person typing it, or a handed-over file).

Who writes is a **role**: the patient or the psychologist/therapist. On a laptop the role is a
convenience, not a security boundary; it marks what the therapist wrote (author role + date).
Seed 000 ("Elke behandeling…"): every session reviews the period since the last one, discusses
the homework, sets an agenda, evaluates and plans the next appointment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import DomainError, OutOfRange
from .roles import PATIENT, ROLES, THERAPIST, suggested_role  # noqa: F401 - the roles live in domain/roles.py

INTAKE, INTERIM, FINAL, REGULAR = "intake", "interim", "final", "regular"  # intake / tussentijds / slot / gewoon
KINDS = (INTAKE, INTERIM, FINAL, REGULAR)

MAX_TEXT = 10_000  # one field of a consultation (a page of notes)
MAX_COMMENT = 1000  # a short comment or reply
#: the entries a comment can be written on: table → the chapter it belongs to
COMMENTED = {
    "exposure_attempt": "exposure",
    "reflection_answer": "too_much",
    "chain_entry": "understanding",
    "pacing_activity": "pacing",
    "activity_session": "graded_activity",
    "questionnaire_score": "too_little",
}
MEASURES = ("graded_activity", "top_step", "want_to_do")  # what a SMART goal can follow


class UnknownRole(DomainError):
    key = "consultations.unknown_role"


class UnknownConsultationKind(DomainError):
    key = "consultations.unknown_kind"


class NextBeforeHeld(DomainError):
    """The next appointment lies before the consultation itself."""

    key = "consultations.next_before"


class EmptyText(DomainError):
    key = "consultations.empty"


class TooLong(DomainError):
    key = "consultations.too_long"


class NotCommentable(DomainError):
    key = "consultations.not_commentable"


class AlreadyReplied(DomainError):
    """The patient replies once to a comment."""

    key = "consultations.already_replied"


def check_role(role: object) -> str:
    if role not in ROLES:
        raise UnknownRole(value=str(role)[:20])
    return str(role)


def _text(value: str, limit: int, *, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise EmptyText()
    if len(text) > limit:
        raise TooLong(max=limit, value=len(text))
    return text


@dataclass(frozen=True)
class Consultation:
    id: str | None
    held_on: date
    kind: str = REGULAR
    agenda: str = ""
    notes: str = ""  # shared with the patient (travels, printed)
    evaluation: str = ""
    next_on: date | None = None
    private_note: str = ""  # the therapist's alone: never handed over, never printed
    author_role: str = THERAPIST


def validate_consultation(c: Consultation) -> Consultation:
    if c.kind not in KINDS:
        raise UnknownConsultationKind(value=str(c.kind)[:20])
    if c.next_on is not None and c.next_on < c.held_on:
        raise NextBeforeHeld()
    check_role(c.author_role)
    return Consultation(c.id, c.held_on, c.kind, _text(c.agenda, MAX_TEXT), _text(c.notes, MAX_TEXT),
                        _text(c.evaluation, MAX_TEXT), c.next_on, _text(c.private_note, MAX_TEXT), c.author_role)


@dataclass(frozen=True)
class Comment:
    id: str | None
    target_table: str
    target_id: str
    text: str
    written_on: date
    author_role: str = THERAPIST
    reply: str = ""
    replied_on: date | None = None


def validate_comment(c: Comment) -> Comment:
    if c.target_table not in COMMENTED:
        raise NotCommentable(value=str(c.target_table)[:40])
    check_role(c.author_role)
    reply = _text(c.reply, MAX_COMMENT)
    return Comment(c.id, c.target_table, c.target_id, _text(c.text, MAX_COMMENT, required=True), c.written_on,
                   c.author_role, reply, c.replied_on if reply else None)


def reply_to(c: Comment, text: str, on: date) -> Comment:
    """The patient's one reply to a comment."""
    if c.reply:
        raise AlreadyReplied()
    return validate_comment(Comment(c.id, c.target_table, c.target_id, c.text, c.written_on, c.author_role,
                                    _text(text, MAX_COMMENT, required=True), on))


@dataclass(frozen=True)
class Question:
    """"Vraag voor de volgende keer", noted by the patient from any page."""

    id: str | None
    text: str
    asked_on: date
    discussed_in: str | None = None


def validate_question(q: Question) -> Question:
    return Question(q.id, _text(q.text, MAX_COMMENT, required=True), q.asked_on, q.discussed_in)


@dataclass(frozen=True)
class Goal:
    """A goal in the patient's words with its five SMART parts (seed 000)."""

    id: str | None
    rank: int
    goal: str
    specific: str = ""
    measurable: str = ""
    acceptable: str = ""
    realistic: str = ""
    due_on: date | None = None  # tijdsgebonden
    measure: str | None = None
    author_role: str = PATIENT


def validate_goal(g: Goal) -> Goal:
    if g.measure is not None and g.measure not in MEASURES:
        raise OutOfRange(value=str(g.measure)[:20])
    if g.rank < 1:
        raise OutOfRange(low=1, value=g.rank)
    check_role(g.author_role)
    return Goal(g.id, g.rank, _text(g.goal, MAX_COMMENT, required=True), _text(g.specific, MAX_COMMENT),
                _text(g.measurable, MAX_COMMENT), _text(g.acceptable, MAX_COMMENT), _text(g.realistic, MAX_COMMENT),
                g.due_on, g.measure, g.author_role)


def last_and_next(consultations: list[Consultation], today: date) -> tuple[Consultation | None, date | None]:
    """The latest consultation held on or before ``today``, and the next appointment it (or a
    later one) set, on or after ``today``."""
    held = [c for c in consultations if c.held_on <= today]
    last = max(held, key=lambda c: c.held_on, default=None)
    upcoming = [c.next_on for c in consultations if c.next_on is not None and c.next_on >= today]
    upcoming += [c.held_on for c in consultations if c.held_on > today]
    return last, min(upcoming, default=None)
