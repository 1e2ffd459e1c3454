"""Working with breaks (WORKBOOK.md §2): saved chunk plans and the break timer's runs, from which
"Pauzes genomen: 4 van 5 deze week" is counted. Part of the pacing chapter's storage."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Float, Index, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.errors import NotFound
from ..domain.pacing import MAX_NAME_LENGTH, ChunkPlan, validate_chunk_plan, week_bounds
from ..domain.pacing_timer import count_breaks, validate_run
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Store
from .rows import owned, upsert
from .workbooks import touch_workbook


class PacingChunkPlanRow(Row, Base):
    __tablename__ = "pacing_chunk_plan"

    workbook_id: Mapped[str] = workbook_fk()
    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), nullable=False)
    work: Mapped[float] = mapped_column(Float, nullable=False)
    chunk: Mapped[float] = mapped_column(Float, nullable=False)
    pause: Mapped[float] = mapped_column(Float, nullable=False)
    recovery: Mapped[float] = mapped_column(Float, default=0, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_pacing_chunk_plan_workbook", "workbook_id", "deleted_at"),)


class PacingTimerRunRow(Row, Base):
    __tablename__ = "pacing_timer_run"

    workbook_id: Mapped[str] = workbook_fk()
    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), nullable=False)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    breaks_planned: Mapped[int] = mapped_column(Integer, nullable=False)
    breaks_taken: Mapped[int] = mapped_column(Integer, nullable=False)
    work_minutes: Mapped[float] = mapped_column(Float, nullable=False)

    __table_args__ = (Index("ix_pacing_timer_run_workbook", "workbook_id", "started_at"),)


# ----- chunk plans and the timer ------------------------------------------------------------
def _chunk(row: PacingChunkPlanRow) -> ChunkPlan:
    return ChunkPlan(row.id, row.name, row.work, row.chunk, row.pause, row.recovery)


def list_chunk_plans(store: Store, workbook_id: str) -> list[ChunkPlan]:
    with store.transaction() as s:
        return [_chunk(r) for r in s.scalars(select(PacingChunkPlanRow).where(
            PacingChunkPlanRow.workbook_id == workbook_id, PacingChunkPlanRow.deleted_at.is_(None))
            .order_by(PacingChunkPlanRow.created_at))]


def get_chunk_plan(store: Store, workbook_id: str, plan_id: str) -> ChunkPlan | None:
    """A saved chunk plan of this workbook (None when it does not exist or was deleted)."""
    with store.transaction() as s:
        row = s.get(PacingChunkPlanRow, plan_id)
        if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
            return None
        return _chunk(row)


def save_chunk_plan(store: Store, workbook_id: str, plan: ChunkPlan) -> ChunkPlan:
    clean = validate_chunk_plan(plan)
    with store.transaction() as s:
        row = upsert(s, PacingChunkPlanRow, workbook_id, clean.id)
        row.name, row.work, row.chunk, row.pause, row.recovery = (
            clean.name, clean.work, clean.chunk, clean.pause, clean.recovery)
        s.flush()
        touch_workbook(s, workbook_id)
        return _chunk(row)


def delete_chunk_plan(store: Store, workbook_id: str, plan_id: str) -> ChunkPlan:
    with store.transaction() as s:
        row = owned(s, PacingChunkPlanRow, workbook_id, plan_id)
        if row.deleted_at is not None:
            raise NotFound(what="chunk_plan")
        row.deleted_at = utcnow()
        touch_workbook(s, workbook_id)
        return _chunk(row)


def record_timer_run(store: Store, workbook_id: str, name: str, started_at: datetime,
                     breaks_planned: int, breaks_taken: int, work_minutes: float) -> None:
    validate_run(breaks_planned, breaks_taken, work_minutes)
    with store.transaction() as s:
        s.add(PacingTimerRunRow(workbook_id=workbook_id, name=name[:MAX_NAME_LENGTH] or "—",
                                started_at=started_at, breaks_planned=breaks_planned,
                                breaks_taken=breaks_taken, work_minutes=work_minutes))
        touch_workbook(s, workbook_id)


def breaks_in_week(store: Store, workbook_id: str, monday: date) -> tuple[int, int]:
    """(taken, planned) breaks of the timer runs started in the week of ``monday`` (local)."""
    start, end = week_bounds(monday)
    with store.transaction() as s:
        rows = s.execute(select(PacingTimerRunRow.breaks_taken, PacingTimerRunRow.breaks_planned).where(
            PacingTimerRunRow.workbook_id == workbook_id, PacingTimerRunRow.started_at >= start,
            PacingTimerRunRow.started_at < end)).all()
    return count_breaks((taken, planned) for taken, planned in rows)
