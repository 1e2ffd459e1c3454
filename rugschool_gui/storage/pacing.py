"""Activity pacing tables and repository functions (WORKBOOK.md §2, "Spreading activities").

A week is named by its Monday. Activities sit in a cell (day, day part) in an order; the
pieces of a split task share ``task_id`` (the id of the original activity, kept as a
tombstone so re-joining brings it back). Dismissed balance flags are remembered per week.
Chunk plans and the break timer's runs are in ``storage.pacing_breaks`` (re-exported here).

Undo and redo write whole rows back as they were (:func:`activity_states`,
:func:`restore_activities`): an operation takes the rows of a week before and after it, and the
differences are what undoing and redoing write.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..domain.errors import NotFound
from ..domain.pacing import (  # noqa: F401 - the refusals are part of this API
    DAY_PARTS,
    MAX_NAME_LENGTH,
    Activity,
    NothingToCopy,
    Piece,
    WeekNotEmpty,
    copy_to_next_week,
    join_pieces,
    shift_week,
    split_activity,
    validate_activity,
    week_monday,
)
from ..domain.pacing_weeks import PacingSummary, week_summary
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Store
from .pacing_breaks import (  # noqa: F401 - part of this chapter's storage API
    PacingChunkPlanRow,
    PacingTimerRunRow,
    breaks_in_week,
    delete_chunk_plan,
    get_chunk_plan,
    list_chunk_plans,
    record_timer_run,
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
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    #: a flag set aside once per week among the rows in use; showing it again leaves a tombstone
    __table_args__ = (Index("uq_pacing_dismissed_flag", "workbook_id", "week_of", "flag_id", unique=True,
                            sqlite_where=text("deleted_at IS NULL")),)


# ----- mapping ------------------------------------------------------------------------------
def _activity(row: PacingActivityRow) -> Activity:
    return Activity(id=row.id, day=row.day, part=row.part, name=row.name, minutes=row.minutes,
                    kind=row.kind, motive=row.motive, note=row.note, position=row.position,
                    task_id=row.task_id, done=row.done, pain=row.pain)


def _live(session: Session, workbook_id: str, monday: date) -> list[PacingActivityRow]:
    return list(session.scalars(select(PacingActivityRow).where(
        PacingActivityRow.workbook_id == workbook_id, PacingActivityRow.week_of == monday,
        PacingActivityRow.deleted_at.is_(None))))


def _row(session: Session, workbook_id: str, activity_id: str, *, live: bool = True) -> PacingActivityRow:
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
        found: date | None = s.scalars(select(PacingActivityRow.week_of).where(
            PacingActivityRow.workbook_id == workbook_id, PacingActivityRow.deleted_at.is_(None),
            PacingActivityRow.week_of <= week_monday(on_or_before))
            .order_by(PacingActivityRow.week_of.desc()).limit(1)).first()
        return found


def save_activity(store: Store, workbook_id: str, monday: date, activity: Activity) -> Activity:
    """Create, change, or bring back (undo of a delete) an activity; bad values are refused."""
    clean = validate_activity(activity)
    monday = week_monday(monday)
    with store.transaction() as s:
        row = s.get(PacingActivityRow, clean.id) if clean.id else None
        if row is not None and row.workbook_id != workbook_id:
            raise NotFound(what="activity")
        rows = _live(s, workbook_id, monday)
        old_cell: tuple[int, str] | None = None
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
            if old_cell is not None:
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


def copy_week(store: Store, workbook_id: str, monday: date) -> list[Activity]:
    """Copy a week's plan to the next week (not done yet); refused when that week has a plan."""
    monday = week_monday(monday)
    with store.transaction() as s:
        target, copies = copy_to_next_week(
            monday, [_activity(r) for r in _live(s, workbook_id, monday)],
            [_activity(r) for r in _live(s, workbook_id, shift_week(monday, 1))])
        made = []
        for a in copies:
            new = PacingActivityRow(workbook_id=workbook_id, week_of=target)
            _write(new, a)
            new.position = a.position
            s.add(new)
            made.append(new)
        s.flush()
        touch_workbook(s, workbook_id)
        return [_activity(r) for r in made]


# ----- rows as they stand, for undo and redo ------------------------------------------------
@dataclass(frozen=True)
class ActivityState:
    """One activity row as it stands: what it is, its week, and whether it is live."""

    activity: Activity
    monday: date
    live: bool


def _state(row: PacingActivityRow) -> ActivityState:
    return ActivityState(_activity(row), row.week_of, row.deleted_at is None)


def activity_states(store: Store, workbook_id: str, weeks: Iterable[date],
                    ids: Iterable[str] = ()) -> dict[str, ActivityState]:
    """The live rows of ``weeks`` and the rows ``ids`` (live or deleted), by id; an id that is
    no activity of this workbook is left out."""
    with store.transaction() as s:
        out = {r.id: _state(r) for monday in set(weeks) for r in _live(s, workbook_id, monday)}
        for row_id in ids:
            row = s.get(PacingActivityRow, row_id) if row_id not in out else None
            if row is not None and row.workbook_id == workbook_id:
                out[row_id] = _state(row)
        return out


def restore_activities(store: Store, workbook_id: str,
                       states: Sequence[tuple[str, ActivityState | None]]) -> None:
    """Write rows back as they were: each id gets its state (None: it did not exist then, so it
    goes as a tombstone). Cells they leave or enter close up; on a tie in a cell the written row
    keeps its place."""
    with store.transaction() as s:
        cells: set[tuple[date, int, str]] = set()
        written: set[str] = set()
        for row_id, state in states:
            row = _row(s, workbook_id, row_id, live=False)
            if row.deleted_at is None:
                cells.add((row.week_of, row.day, row.part))
            if state is None:
                if row.deleted_at is None:
                    row.deleted_at = utcnow()
                continue
            a = state.activity
            _write(row, a)
            row.week_of, row.position = state.monday, a.position
            if state.live:
                row.deleted_at = None
                cells.add((state.monday, a.day, a.part))
                written.add(row_id)
            elif row.deleted_at is None:
                row.deleted_at = utcnow()
        s.flush()
        for monday, day, part in cells:
            cell = sorted((r for r in _live(s, workbook_id, monday) if (r.day, r.part) == (day, part)),
                          key=lambda r: (r.position, r.id not in written, r.created_at))
            for i, r in enumerate(cell):
                if r.position != i:
                    r.position = i
        touch_workbook(s, workbook_id)


# ----- flags --------------------------------------------------------------------------------
def dismissed_flags(store: Store, workbook_id: str, monday: date) -> set[str]:
    with store.transaction() as s:
        return set(s.scalars(select(PacingDismissedFlagRow.flag_id).where(
            PacingDismissedFlagRow.workbook_id == workbook_id, PacingDismissedFlagRow.week_of == monday,
            PacingDismissedFlagRow.deleted_at.is_(None))))


def set_flag_dismissed(store: Store, workbook_id: str, monday: date, flag_id: str, dismissed: bool,
                       row_id: str | None = None) -> str | None:
    """Set a flag aside (or show it again: a tombstone, so a handed-over copy shows it again too).
    Returns the id of the row set aside or back, None when nothing changed; setting aside brings
    back the row ``row_id`` (undo keeps the identity) or the week's earlier row of that flag."""
    with store.transaction() as s:
        rows = list(s.scalars(select(PacingDismissedFlagRow).where(
            PacingDismissedFlagRow.workbook_id == workbook_id, PacingDismissedFlagRow.week_of == monday,
            PacingDismissedFlagRow.flag_id == flag_id)
            .order_by(PacingDismissedFlagRow.deleted_at.is_not(None), PacingDismissedFlagRow.created_at,
                      PacingDismissedFlagRow.id)))
        live = next((r for r in rows if r.deleted_at is None), None)
        if dismissed and live is None:
            row = next((r for r in rows if r.id == row_id), rows[0] if rows else None)
            if row is None:
                row = PacingDismissedFlagRow(workbook_id=workbook_id, week_of=monday, flag_id=flag_id)
                if row_id:
                    row.id = row_id
                s.add(row)
            row.deleted_at = None
            s.flush()
        elif not dismissed and live is not None:
            row = live
            row.deleted_at = utcnow()
        else:
            return None
        touch_workbook(s, workbook_id)
        return row.id


# ----- the home page ------------------------------------------------------------------------
def summary(store: Store, workbook_id: str, today: date) -> PacingSummary:
    """This week's numbers (:func:`~rugschool_gui.domain.pacing_weeks.week_summary` counts them)."""
    monday = week_monday(today)
    return week_summary(list_week(store, workbook_id, monday), dismissed_flags(store, workbook_id, monday),
                        breaks_in_week(store, workbook_id, monday))
