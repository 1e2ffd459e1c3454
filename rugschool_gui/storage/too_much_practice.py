"""Doing too much, what the person practises: relaxation sessions and assertive situations
(WORKBOOK.md §2) — their tables and repository functions.

A relaxation session is one row per exercise done (before and after, a note, how long a guide
was followed); an assertive situation is one row per situation, edited in place as it is
prepared and tried. Deleting either leaves a tombstone, so undo and a handed-over workbook bring
it back. Each function opens its own transaction, or joins the one an operation has open
(``operations/too_much.py``). The rest of the chapter is in :mod:`.too_much`; the relaxation log
read a page at a time is in :mod:`.too_much_pages`.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.too_much import RelaxationSession, Situation, validate_session, validate_situation
from .base import Base, Row, UTCDateTime, workbook_fk
from .db import Store
from .rows import live_rows, owned, tombstone, upsert
from .workbooks import touch_workbook


class RelaxationRow(Row, Base):
    __tablename__ = "relaxation_session"

    workbook_id: Mapped[str] = workbook_fk()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    exercise: Mapped[str] = mapped_column(String(20), nullable=False)
    before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    followed_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)  # migration 0013
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_relaxation_session_workbook", "workbook_id", "deleted_at", "day"),)


class SituationRow(Row, Base):
    __tablename__ = "assertive_situation"

    workbook_id: Mapped[str] = workbook_fk()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    situation: Mapped[str] = mapped_column(Text, nullable=False)
    say: Mapped[str] = mapped_column(Text, default="", nullable=False)
    went: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_assertive_situation_workbook", "workbook_id", "deleted_at"),)


# ----- relaxation ---------------------------------------------------------------------------
def relaxation_of(r: RelaxationRow) -> RelaxationSession:
    return RelaxationSession(r.id, r.day, r.exercise, r.before, r.after, r.note, r.followed_seconds)


def list_relaxation(store: Store, workbook_id: str) -> list[RelaxationSession]:
    with store.transaction() as s:
        return [relaxation_of(r) for r in live_rows(s, RelaxationRow, workbook_id, RelaxationRow.day, RelaxationRow.created_at)]


def get_relaxation(store: Store, workbook_id: str, session_id: str) -> RelaxationSession:
    with store.transaction() as s:
        return relaxation_of(owned(s, RelaxationRow, workbook_id, session_id))


def relaxation_page(store: Store, workbook_id: str, page: int, size: int) -> tuple[list[RelaxationSession], int]:
    """One page of the log, oldest first within it: page 0 holds the latest ``size`` sessions.
    Also returns how many sessions there are in all."""
    live = (RelaxationRow.workbook_id == workbook_id, RelaxationRow.deleted_at.is_(None))
    with store.transaction() as s:
        total = s.scalar(select(func.count()).select_from(RelaxationRow).where(*live)) or 0
        rows = s.scalars(select(RelaxationRow).where(*live)
                         .order_by(RelaxationRow.day.desc(), RelaxationRow.created_at.desc())
                         .offset(max(0, page) * size).limit(size)).all()
        return [relaxation_of(r) for r in reversed(rows)], total


def save_relaxation(store: Store, workbook_id: str, session: RelaxationSession) -> RelaxationSession:
    clean = validate_session(session)
    with store.transaction() as s:
        row = upsert(s, RelaxationRow, workbook_id, clean.id)
        row.day, row.exercise, row.before, row.after, row.note, row.followed_seconds = (
            clean.day, clean.exercise, clean.before, clean.after, clean.note, clean.followed_seconds)
        s.flush()
        touch_workbook(s, workbook_id)
        return relaxation_of(row)


def delete_relaxation(store: Store, workbook_id: str, session_id: str) -> bool:
    return tombstone(store, RelaxationRow, workbook_id, session_id)


# ----- assertive situations -----------------------------------------------------------------
def _situation(r: SituationRow) -> Situation:
    return Situation(r.id, r.day, r.situation, r.say, r.went)


def list_situations(store: Store, workbook_id: str) -> list[Situation]:
    """Newest first."""
    with store.transaction() as s:
        return [_situation(r) for r in live_rows(s, SituationRow, workbook_id, SituationRow.day.desc(),
                                             SituationRow.created_at.desc())]


def get_situation(store: Store, workbook_id: str, situation_id: str) -> Situation:
    with store.transaction() as s:
        return _situation(owned(s, SituationRow, workbook_id, situation_id))


def save_situation(store: Store, workbook_id: str, situation: Situation) -> Situation:
    clean = validate_situation(situation)
    with store.transaction() as s:
        row = upsert(s, SituationRow, workbook_id, clean.id)
        row.day, row.situation, row.say, row.went = clean.day, clean.situation, clean.say, clean.went
        s.flush()
        touch_workbook(s, workbook_id)
        return _situation(row)


def delete_situation(store: Store, workbook_id: str, situation_id: str) -> bool:
    return tombstone(store, SituationRow, workbook_id, situation_id)
