"""Activity pacing tables and repository functions (WORKBOOK.md §2, "Spreading activities").

A week is named by its Monday. Activities sit in a cell (day, day part) in an order; the
pieces of a split task share ``task_id`` (the id of the original activity, kept as a
tombstone so re-joining brings it back). Dismissed balance flags are remembered per week.
Chunk plans and the break timer's runs are in ``storage.pacing_breaks`` (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.errors import DomainError, NotFound
from ..domain.pacing import (
    DAY_PARTS, MAX_NAME_LENGTH, Activity, Piece, balance_flags, join_pieces,
    split_activity, validate_activity, week_monday,
)
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Store
from .pacing_breaks import (  # noqa: F401 - part of this chapter's storage API
    PacingChunkPlanRow, PacingTimerRunRow, breaks_in_week, delete_chunk_plan, list_chunk_plans, record_timer_run,
    save_chunk_plan,
)
from .workbooks import touch_workbook


class PacingActivityRow(Row, Base):
    __tablename__ = "pacing_activity"

    workbook_id: Mapped[str] = workbook_fk()
    week_of: Mapped[date] = mapped_column(Date, nullable=False)  # the Monday
    day: Mapped[int] = mapped_column(Integer, nullable=False)  # 0 = Monday
    part: Mapped[str] = mapped_column(String(10), nullable=False)
    position: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    name: Mapped[str] = mapped_column(String(MAX_NAME_LENGTH), nullable=False)
    minutes: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    motive: Mapped[str] = mapped_column(String(10), nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    task_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_pacing_activity_week", "workbook_id", "week_of", "deleted_at"),)


class PacingDismissedFlagRow(Row, Base):
    __tablename__ = "pacing_dismissed_flag"

    workbook_id: Mapped[str] = workbook_fk()
    week_of: Mapped[date] = mapped_column(Date, nullable=False)
    flag_id: Mapped[str] = mapped_column(String(80), nullable=False)

    __table_args__ = (Index("uq_pacing_dismissed_flag", "workbook_id", "week_of", "flag_id", unique=True),)


class WeekNotEmpty(DomainError):
    key = "week_not_empty"


class NothingToCopy(DomainError):
    key = "nothing_to_copy"


# ----- mapping ------------------------------------------------------------------------------
def _activity(row: PacingActivityRow) -> Activity:
    return Activity(id=row.id, day=row.day, part=row.part, name=row.name, minutes=row.minutes,
                    kind=row.kind, motive=row.motive, note=row.note, position=row.position,
                    task_id=row.task_id, done=row.done, pain=row.pain)


def _live(session, workbook_id: str, monday: date) -> list[PacingActivityRow]:
    return list(session.scalars(select(PacingActivityRow).where(
        PacingActivityRow.workbook_id == workbook_id, PacingActivityRow.week_of == monday,
        PacingActivityRow.deleted_at.is_(None))))


def _row(session, workbook_id: str, activity_id: str, *, live: bool = True) -> PacingActivityRow:
    row = session.get(PacingActivityRow, activity_id)
    if row is None or row.workbook_id != workbook_id or (live and row.deleted_at is not None):
        raise NotFound(what="activity")
    return row


def _renumber(rows: list[PacingActivityRow], day: int, part: str, first: PacingActivityRow | None = None,
              at: int | None = None) -> None:
    """Positions 0..n−1 in one cell; ``first`` (a row moving in) goes to index ``at``."""
    cell = sorted((r for r in rows if r.day == day and r.part == part and r is not first),
                  key=lambda r: (r.position, r.created_at))
    if first is not None:
        cell.insert(len(cell) if at is None else max(0, min(at, len(cell))), first)
    for i, r in enumerate(cell):
        if r.position != i:
            r.position = i


def _write(row: PacingActivityRow, a: Activity) -> None:
    row.day, row.part, row.name, row.minutes = a.day, a.part, a.name, a.minutes
    row.kind, row.motive, row.note, row.task_id = a.kind, a.motive, a.note, a.task_id
    row.done, row.pain = a.done, a.pain


# ----- the week -----------------------------------------------------------------------------
def list_week(store: Store, workbook_id: str, monday: date) -> list[Activity]:
    with store.transaction() as s:
        rows = sorted(_live(s, workbook_id, monday),
                      key=lambda r: (r.day, DAY_PARTS.index(r.part), r.position, r.created_at))
        return [_activity(r) for r in rows]


def latest_planned_week(store: Store, workbook_id: str, on_or_before: date) -> date | None:
    """The Monday of the latest week with a plan, up to the week of ``on_or_before``."""
    with store.transaction() as s:
        return s.scalars(select(PacingActivityRow.week_of).where(
            PacingActivityRow.workbook_id == workbook_id, PacingActivityRow.deleted_at.is_(None),
            PacingActivityRow.week_of <= week_monday(on_or_before))
            .order_by(PacingActivityRow.week_of.desc()).limit(1)).first()


def save_activity(store: Store, workbook_id: str, monday: date, activity: Activity) -> Activity:
    """Create, change, or bring back (undo of a delete) an activity; bad values are refused."""
    clean = validate_activity(activity)
    monday = week_monday(monday)
    with store.transaction() as s:
        row = s.get(PacingActivityRow, clean.id) if clean.id else None
        if row is not None and row.workbook_id != workbook_id:
            raise NotFound(what="activity")
        rows = _live(s, workbook_id, monday)
        if row is None:
            row = PacingActivityRow(workbook_id=workbook_id, week_of=monday)
            if clean.id:
                row.id = clean.id
            s.add(row)
            moved = True
        else:
            moved = (row.day, row.part, row.week_of) != (clean.day, clean.part, monday) or row.deleted_at is not None
        old_cell = (row.day, row.part)
        row.week_of, row.deleted_at = monday, None
        _write(row, clean)
        if moved:
            others = [r for r in rows if r is not row]
            if old_cell[0] is not None:
                _renumber(others, *old_cell)
            _renumber(others, clean.day, clean.part, row, clean.position if clean.id else None)
        s.flush()
        touch_workbook(s, workbook_id)
        return _activity(row)


def move_activity(store: Store, workbook_id: str, activity_id: str, day: int, part: str,
                  position: int | None = None) -> Activity:
    """Move to another cell (or another place in the same cell); others close up."""
    with store.transaction() as s:
        row = _row(s, workbook_id, activity_id)
        moved = validate_activity(replace(_activity(row), day=day, part=part))
        rows = [r for r in _live(s, workbook_id, row.week_of) if r is not row]
        old = (row.day, row.part)
        row.day, row.part = moved.day, moved.part
        _renumber(rows, *old)
        _renumber(rows, moved.day, moved.part, row, position)
        touch_workbook(s, workbook_id)
        return _activity(row)


def delete_activity(store: Store, workbook_id: str, activity_id: str) -> tuple[date, Activity]:
    """A tombstone; returns the week and the activity so undo can bring it back."""
    with store.transaction() as s:
        row = _row(s, workbook_id, activity_id)
        row.deleted_at = utcnow()
        _renumber([r for r in _live(s, workbook_id, row.week_of) if r is not row], row.day, row.part)
        touch_workbook(s, workbook_id)
        return row.week_of, _activity(row)


def split(store: Store, workbook_id: str, activity_id: str, pieces: list[Piece]) -> list[Activity]:
    """Split an activity into linked pieces; the original waits as a tombstone for re-joining."""
    with store.transaction() as s:
        row = _row(s, workbook_id, activity_id)
        if row.task_id is not None:
            raise DomainError("already_split")
        made = split_activity(_activity(row), pieces)
        row.deleted_at = utcnow()
        rows = [r for r in _live(s, workbook_id, row.week_of) if r is not row]
        _renumber(rows, row.day, row.part)
        out = []
        for piece in made:
            new = PacingActivityRow(workbook_id=workbook_id, week_of=row.week_of)
            _write(new, piece)
            s.add(new)
            _renumber(rows, piece.day, piece.part, new)
            rows.append(new)
            out.append(new)
        s.flush()
        touch_workbook(s, workbook_id)
        return [_activity(r) for r in out]


def join(store: Store, workbook_id: str, task_id: str) -> Activity:
    """Re-join the pieces of a task: the original comes back in the first piece's place."""
    with store.transaction() as s:
        original = _row(s, workbook_id, task_id, live=False)
        pieces = [r for r in _live(s, workbook_id, original.week_of) if r.task_id == task_id]
        joined = join_pieces([_activity(r) for r in pieces], original.name)
        for r in pieces:
            r.deleted_at = utcnow()
        rows = [r for r in _live(s, workbook_id, original.week_of) if r.task_id != task_id]
        for r in pieces:
            _renumber(rows, r.day, r.part)
        _write(original, replace(joined, task_id=None))
        original.deleted_at = None
        _renumber(rows, joined.day, joined.part, original, joined.position)
        touch_workbook(s, workbook_id)
        return _activity(original)


def unjoin(store: Store, workbook_id: str, task_id: str, piece_ids: list[str],
           original: Activity | None = None) -> None:
    """Undo of :func:`join`: the pieces come back, the original waits again (as it was before
    the join, when ``original`` is given)."""
    with store.transaction() as s:
        row = _row(s, workbook_id, task_id)
        row.deleted_at = utcnow()
        if original is not None:
            _write(row, original)
            row.position = original.position
        for pid in piece_ids:
            _row(s, workbook_id, pid, live=False).deleted_at = None
        touch_workbook(s, workbook_id)


def unsplit(store: Store, workbook_id: str, task_id: str, piece_ids: list[str]) -> None:
    """Undo of :func:`split`: the pieces go, the original comes back where it was."""
    with store.transaction() as s:
        for pid in piece_ids:
            _row(s, workbook_id, pid).deleted_at = utcnow()
        original = _row(s, workbook_id, task_id, live=False)
        original.deleted_at = None
        rows = [r for r in _live(s, workbook_id, original.week_of) if r is not original]
        _renumber(rows, original.day, original.part, original, original.position)
        touch_workbook(s, workbook_id)


def task_name(store: Store, workbook_id: str, task_id: str) -> str:
    return task_activity(store, workbook_id, task_id).name


def task_activity(store: Store, workbook_id: str, task_id: str) -> Activity:
    """The original activity of a split task (waiting as a tombstone while it is split)."""
    with store.transaction() as s:
        return _activity(_row(s, workbook_id, task_id, live=False))


def copy_week(store: Store, workbook_id: str, monday: date) -> list[Activity]:
    """Copy a week's plan to the next week (not done yet); refused when that week has a plan."""
    monday = week_monday(monday)
    target = monday + timedelta(days=7)
    with store.transaction() as s:
        source = _live(s, workbook_id, monday)
        if not source:
            raise NothingToCopy()
        if _live(s, workbook_id, target):
            raise WeekNotEmpty(week=target.isoformat())
        made = []
        for r in source:
            new = PacingActivityRow(workbook_id=workbook_id, week_of=target)
            _write(new, replace(_activity(r), done=False, pain=None))
            new.position = r.position
            s.add(new)
            made.append(new)
        s.flush()
        touch_workbook(s, workbook_id)
        return [_activity(r) for r in made]


def delete_week(store: Store, workbook_id: str, monday: date, ids: list[str]) -> None:
    """Undo of :func:`copy_week`: the copied activities go again."""
    with store.transaction() as s:
        for activity_id in ids:
            _row(s, workbook_id, activity_id).deleted_at = utcnow()
        touch_workbook(s, workbook_id)


# ----- flags --------------------------------------------------------------------------------
def dismissed_flags(store: Store, workbook_id: str, monday: date) -> set[str]:
    with store.transaction() as s:
        return set(s.scalars(select(PacingDismissedFlagRow.flag_id).where(
            PacingDismissedFlagRow.workbook_id == workbook_id, PacingDismissedFlagRow.week_of == monday)))


def set_flag_dismissed(store: Store, workbook_id: str, monday: date, flag_id: str, dismissed: bool) -> None:
    with store.transaction() as s:
        row = s.scalars(select(PacingDismissedFlagRow).where(
            PacingDismissedFlagRow.workbook_id == workbook_id, PacingDismissedFlagRow.week_of == monday,
            PacingDismissedFlagRow.flag_id == flag_id)).first()
        if dismissed and row is None:
            s.add(PacingDismissedFlagRow(workbook_id=workbook_id, week_of=monday, flag_id=flag_id))
        elif not dismissed and row is not None:
            s.delete(row)
        touch_workbook(s, workbook_id)


# ----- the home page ------------------------------------------------------------------------
@dataclass(frozen=True)
class PacingSummary:
    activities: int
    done: int
    flags: int
    breaks_taken: int
    breaks_planned: int


def summary(store: Store, workbook_id: str, today: date) -> PacingSummary:
    monday = week_monday(today)
    acts = list_week(store, workbook_id, monday)
    dismissed = dismissed_flags(store, workbook_id, monday)
    flags = [f for f in balance_flags(acts) if f.id not in dismissed]
    taken, planned = breaks_in_week(store, workbook_id, monday)
    return PacingSummary(len(acts), sum(1 for a in acts if a.done), len(flags), taken, planned)
