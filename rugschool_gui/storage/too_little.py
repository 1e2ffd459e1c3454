"""Doing too little: value weighing and questionnaire scores (WORKBOOK.md §3). Its ticked causes
live in the ``cause_tick`` table of ``storage.too_much`` under this chapter's keys."""

from __future__ import annotations

from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import Date, Float, Index, Integer, String, Text, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..domain.errors import NotFound
from ..domain.too_little import Score, ValuedActivity, check_moment, validate_score, validate_valued
from .base import Base, Row, UTCDateTime, workbook_fk
from .db import Store
from .rows import owned, tombstone, upsert
from .workbooks import touch_workbook


class ValuedActivityRow(Row, Base):
    __tablename__ = "valued_activity"

    workbook_id: Mapped[str] = workbook_fk()
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)
    what_matters: Mapped[str] = mapped_column(Text, default="", nullable=False)
    adapted: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_valued_activity_workbook", "workbook_id", "deleted_at"),)


class ScoreRow(Row, Base):
    __tablename__ = "questionnaire_score"

    workbook_id: Mapped[str] = workbook_fk()
    scale: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    day: Mapped[date] = mapped_column(Date, nullable=False)
    moment: Mapped[str] = mapped_column(String(10), nullable=False)
    total: Mapped[float] = mapped_column(Float, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_questionnaire_score_workbook", "workbook_id", "deleted_at", "day"),)


class ScoreReflectionRow(Row, Base):
    __tablename__ = "score_reflection"

    workbook_id: Mapped[str] = workbook_fk()
    moment: Mapped[str] = mapped_column(String(10), nullable=False)
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    #: one reflection per moment among the rows in use (a hand-over folds two copies into one)
    __table_args__ = (Index("uq_score_reflection_moment", "workbook_id", "moment", unique=True,
                            sqlite_where=sql_text("deleted_at IS NULL")),)


_R = TypeVar("_R", ValuedActivityRow, ScoreRow)


def _live(s: Session, cls: type[_R], workbook_id: str, row_id: str) -> _R:
    """A row of this workbook that is not deleted, else :class:`NotFound`."""
    row: _R = owned(s, cls, workbook_id, row_id)
    if row.deleted_at is not None:
        raise NotFound(what=cls.__tablename__)
    return row


def _valued(r: ValuedActivityRow) -> ValuedActivity:
    return ValuedActivity(r.id, r.name, r.value, r.what_matters, r.adapted)


def _score(r: ScoreRow) -> Score:
    return Score(r.id, r.scale, r.name, r.day, r.moment, r.total)


# ----- value weighing -----------------------------------------------------------------------
def list_valued(store: Store, workbook_id: str) -> list[ValuedActivity]:
    """Most valuable first."""
    with store.transaction() as s:
        rows = s.scalars(select(ValuedActivityRow).where(
            ValuedActivityRow.workbook_id == workbook_id, ValuedActivityRow.deleted_at.is_(None))
            .order_by(ValuedActivityRow.value.desc().nulls_last(), ValuedActivityRow.created_at))
        return [_valued(r) for r in rows]


def get_valued(store: Store, workbook_id: str, activity_id: str) -> ValuedActivity:
    """One weighed activity of this workbook (:class:`NotFound` when it is not there)."""
    with store.transaction() as s:
        return _valued(_live(s, ValuedActivityRow, workbook_id, activity_id))


def save_valued(store: Store, workbook_id: str, activity: ValuedActivity) -> ValuedActivity:
    clean = validate_valued(activity)
    with store.transaction() as s:
        row = upsert(s, ValuedActivityRow, workbook_id, clean.id)
        row.name, row.value, row.what_matters, row.adapted = clean.name, clean.value, clean.what_matters, clean.adapted
        s.flush()
        touch_workbook(s, workbook_id)
        return _valued(row)


def delete_valued(store: Store, workbook_id: str, activity_id: str) -> bool:
    return tombstone(store, ValuedActivityRow, workbook_id, activity_id)


# ----- questionnaire scores -----------------------------------------------------------------
def list_scores(store: Store, workbook_id: str) -> list[Score]:
    """Oldest first."""
    with store.transaction() as s:
        rows = s.scalars(select(ScoreRow).where(ScoreRow.workbook_id == workbook_id, ScoreRow.deleted_at.is_(None))
                         .order_by(ScoreRow.day, ScoreRow.created_at))
        return [_score(r) for r in rows]


def get_score(store: Store, workbook_id: str, score_id: str) -> Score:
    """One score of this workbook (:class:`NotFound` when it is not there)."""
    with store.transaction() as s:
        return _score(_live(s, ScoreRow, workbook_id, score_id))


def save_score(store: Store, workbook_id: str, score: Score) -> Score:
    """A score outside a known scale's range is refused with the range (nothing written)."""
    clean = validate_score(score)
    with store.transaction() as s:
        row = upsert(s, ScoreRow, workbook_id, clean.id)
        row.scale, row.name, row.day, row.moment, row.total = clean.scale, clean.name, clean.day, clean.moment, clean.total
        s.flush()
        touch_workbook(s, workbook_id)
        return _score(row)


def delete_score(store: Store, workbook_id: str, score_id: str) -> bool:
    return tombstone(store, ScoreRow, workbook_id, score_id)


def reflections(store: Store, workbook_id: str) -> dict[str, str]:
    with store.transaction() as s:
        return {r.moment: r.text for r in s.scalars(select(ScoreReflectionRow).where(
            ScoreReflectionRow.workbook_id == workbook_id, ScoreReflectionRow.deleted_at.is_(None)))}


def save_reflection(store: Store, workbook_id: str, moment: str, text: str) -> bool:
    """The reflection at ``moment`` (trimmed); True when it changed (nothing is written when not)."""
    check_moment(moment)
    text = (text or "").strip()
    with store.transaction() as s:
        row = s.scalars(select(ScoreReflectionRow).where(
            ScoreReflectionRow.workbook_id == workbook_id, ScoreReflectionRow.moment == moment)
            .order_by(ScoreReflectionRow.deleted_at.is_not(None), ScoreReflectionRow.created_at,
                      ScoreReflectionRow.id).limit(1)).first()  # the one in use, else a tombstone back
        if (row.text if row is not None and row.deleted_at is None else "") == text:
            return False
        if row is None:
            row = ScoreReflectionRow(workbook_id=workbook_id, moment=moment)
            s.add(row)
        row.text, row.deleted_at = text, None
        touch_workbook(s, workbook_id)
        return True
