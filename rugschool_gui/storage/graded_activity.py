"""Graded activity tables and repository functions (WORKBOOK.md §5).

A plan is a draft while the person sets it up (activity, three baseline measurements taken on
different days, reduction, goal, weeks) — every field is saved as it is typed, so a draft
survives days of measuring. Starting the plan writes the first schedule version. A recompute
after stagnation adds a version: earlier versions and all sessions stay (:func:`put_schedule`
puts the versions back as they were: the undo of a recompute). Finishing or abandoning a plan
keeps it as history; then a new one can begin. Every rule of those steps is checked in
``domain/graded_activity_plan.py``: this module fetches and stores.

Deleting a session, clearing a baseline measurement or taking a schedule version back sets
``deleted_at`` (undo brings it back; a handed-over workbook carries the deletion). One
measurement per slot holds among the rows in use.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.orm import Session as OrmSession

from ..domain.errors import NotFound
from ..domain.graded_activity import (
    ABANDONED,
    ACTIVE,
    BASELINE_COUNT,
    DRAFT,
    FINISHED,
    MAX_ACTIVITY_LENGTH,
    MIN_SESSIONS_PER_WEEK,
    REDUCTION_DEFAULT,
    Measurement,
    Plan,
    Schedule,
    ScheduleVersion,
    Session,
)
from ..domain.graded_activity_plan import (
    OPEN,
    GradedActivitySummary,
    PlanInProgress,
    PlanNotDraft,
    check_can_begin,
    check_end,
    check_measurement,
    check_reopen,
    check_session,
    check_status,
    clean_fields,
    editable_in,
    first_version,
    recomputed_version,
    summarize,
    this_week,
)
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Store
from .workbooks import touch_workbook


class ActivityPlanRow(Row, Base):
    __tablename__ = "activity_plan"

    workbook_id: Mapped[str] = workbook_fk()
    activity: Mapped[str] = mapped_column(String(MAX_ACTIVITY_LENGTH), default="", nullable=False)
    unit: Mapped[str] = mapped_column(String(12), default="minutes", nullable=False)
    reduction: Mapped[float] = mapped_column(Float, default=REDUCTION_DEFAULT, nullable=False)
    sessions_per_week: Mapped[int] = mapped_column(
        Integer, default=MIN_SESSIONS_PER_WEEK, nullable=False)
    goal: Mapped[float | None] = mapped_column(Float, nullable=True)
    weeks: Mapped[int | None] = mapped_column(Integer, nullable=True)
    start_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(10), default=DRAFT, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    barriers_inside: Mapped[str] = mapped_column(Text, default="", nullable=False)
    barriers_outside: Mapped[str] = mapped_column(Text, default="", nullable=False)
    realistic: Mapped[str] = mapped_column(Text, default="", nullable=False)

    __table_args__ = (Index("ix_activity_plan_workbook", "workbook_id", "status"),)


class ActivityMeasurementRow(Row, Base):
    __tablename__ = "activity_measurement"

    plan_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("activity_plan.id", ondelete="CASCADE"), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)  # 1..BASELINE_COUNT
    measured_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("uq_activity_measurement_slot", "plan_id", "position", unique=True,
                            sqlite_where=text("deleted_at IS NULL")),)


class ActivityScheduleRow(Row, Base):
    __tablename__ = "activity_schedule"

    plan_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("activity_plan.id", ondelete="CASCADE"), nullable=False, index=True)
    start_on: Mapped[date] = mapped_column(Date, nullable=False)
    baseline: Mapped[float] = mapped_column(Float, nullable=False)
    start_level: Mapped[float] = mapped_column(Float, nullable=False)
    goal: Mapped[float] = mapped_column(Float, nullable=False)
    weeks: Mapped[int] = mapped_column(Integer, nullable=False)
    reduction: Mapped[float | None] = mapped_column(Float, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ActivitySessionRow(Row, Base):
    __tablename__ = "activity_session"

    plan_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("activity_plan.id", ondelete="CASCADE"), nullable=False)
    done_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_activity_session_plan", "plan_id", "deleted_at", "done_on"),)


#: the refusals and the summary type callers know from this module (their home is the domain)
__all__ = ["GradedActivitySummary", "PlanInProgress", "PlanNotDraft"]


# ----- mapping ------------------------------------------------------------------------------
def _plan(s: OrmSession, row: ActivityPlanRow) -> Plan:
    slots: list[Measurement | None] = [None] * BASELINE_COUNT
    for m in s.scalars(select(ActivityMeasurementRow).where(ActivityMeasurementRow.plan_id == row.id,
                                                             ActivityMeasurementRow.deleted_at.is_(None))):
        if 1 <= m.position <= BASELINE_COUNT:
            slots[m.position - 1] = Measurement(m.measured_on, m.amount)
    versions = tuple(
        ScheduleVersion(v.start_on, Schedule(v.baseline, v.start_level, v.goal, v.weeks, v.reduction), v.id)
        for v in s.scalars(select(ActivityScheduleRow).where(ActivityScheduleRow.plan_id == row.id,
                                                             ActivityScheduleRow.deleted_at.is_(None))
                           .order_by(ActivityScheduleRow.start_on, ActivityScheduleRow.created_at)))
    return Plan(
        id=row.id, activity=row.activity, unit=row.unit, reduction=row.reduction,
        sessions_per_week=row.sessions_per_week, goal=row.goal, weeks=row.weeks,
        start_on=row.start_on, status=row.status, measurements=tuple(slots), versions=versions,
        ended_on=row.ended_on, barriers_inside=row.barriers_inside,
        barriers_outside=row.barriers_outside, realistic=row.realistic)


def _session(row: ActivitySessionRow) -> Session:
    return Session(row.id, row.done_on, row.amount, row.pain, row.note)


def _plan_row(s: OrmSession, workbook_id: str, plan_id: str) -> ActivityPlanRow:
    row = s.get(ActivityPlanRow, plan_id)
    if row is None or row.workbook_id != workbook_id:
        raise NotFound(what="plan")
    return row


def _written(s: OrmSession, workbook_id: str, row: ActivityPlanRow) -> Plan:
    """The plan after a change: written (flushed), the workbook marked as worked on, read back."""
    s.flush()
    touch_workbook(s, workbook_id)
    return _plan(s, row)


def _open_row(s: OrmSession, workbook_id: str) -> ActivityPlanRow | None:
    return s.scalars(select(ActivityPlanRow).where(
        ActivityPlanRow.workbook_id == workbook_id,
        ActivityPlanRow.status.in_(OPEN)).order_by(ActivityPlanRow.created_at.desc())
    ).first()


# ----- reading ------------------------------------------------------------------------------
def open_plan(store: Store, workbook_id: str) -> Plan | None:
    """The draft or active plan (at most one at a time), or None."""
    with store.transaction() as s:
        row = _open_row(s, workbook_id)
        return _plan(s, row) if row else None


def get_plan(store: Store, workbook_id: str, plan_id: str) -> Plan:
    """One plan of the workbook, whatever its status (NotFound when it is not there)."""
    with store.transaction() as s:
        return _plan(s, _plan_row(s, workbook_id, plan_id))


def plan_history(store: Store, workbook_id: str) -> list[Plan]:
    """Finished and abandoned plans, newest first."""
    with store.transaction() as s:
        rows = s.scalars(select(ActivityPlanRow).where(
            ActivityPlanRow.workbook_id == workbook_id,
            ActivityPlanRow.status.in_((FINISHED, ABANDONED)))
            .order_by(ActivityPlanRow.ended_on.desc(), ActivityPlanRow.updated_at.desc())).all()
        return [_plan(s, r) for r in rows]


def list_sessions(store: Store, plan_id: str) -> list[Session]:
    """The plan's sessions, oldest first."""
    with store.transaction() as s:
        return [_session(r) for r in s.scalars(select(ActivitySessionRow).where(
            ActivitySessionRow.plan_id == plan_id, ActivitySessionRow.deleted_at.is_(None))
            .order_by(ActivitySessionRow.done_on, ActivitySessionRow.created_at))]


def find_session(store: Store, workbook_id: str, plan_id: str, session_id: str) -> Session | None:
    """A live session of the plan, or None (unknown, deleted or of another plan)."""
    with store.transaction() as s:
        _plan_row(s, workbook_id, plan_id)
        row = s.get(ActivitySessionRow, session_id)
        if row is None or row.plan_id != plan_id or row.deleted_at is not None:
            return None
        return _session(row)


def chapter_state(store: Store, workbook_id: str) -> tuple[Plan | None, list[Session], list[Plan]]:
    """What the chapter's page shows, in one read: the open plan, its sessions, the history."""
    with store.transaction():
        plan = open_plan(store, workbook_id)
        sessions = list_sessions(store, plan.id) if plan is not None else []
        return plan, sessions, plan_history(store, workbook_id)


# ----- setting a plan up --------------------------------------------------------------------
def new_plan(store: Store, workbook_id: str) -> Plan:
    """A fresh draft; refused while another plan is still a draft or active (one at a time)."""
    with store.transaction() as s:
        other = _open_row(s, workbook_id)
        check_can_begin(other.status if other is not None else None)
        row = ActivityPlanRow(workbook_id=workbook_id)
        s.add(row)
        return _written(s, workbook_id, row)


def update_plan(store: Store, workbook_id: str, plan_id: str, **fields: object) -> Plan:
    """Save fields of a draft (or the stagnation reflection of an active plan).

    Each value is checked by the domain; a refused value raises and nothing is written.
    """
    clean = clean_fields(fields)
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        check_status(row.status, *editable_in(clean))
        for name, value in clean.items():
            setattr(row, name, value)
        return _written(s, workbook_id, row)


def set_measurement(store: Store, workbook_id: str, plan_id: str, position: int,
                    day: date | None, amount: float | None) -> Plan:
    """Fill (or, with ``amount`` None, clear) baseline measurement 1..3 of a draft."""
    day, amount = check_measurement(position, day, amount)
    with store.transaction() as s:
        check_status(_plan_row(s, workbook_id, plan_id).status, DRAFT)
        row = s.scalars(select(ActivityMeasurementRow).where(
            ActivityMeasurementRow.plan_id == plan_id, ActivityMeasurementRow.position == position)
            .order_by(ActivityMeasurementRow.deleted_at.is_not(None), ActivityMeasurementRow.created_at,
                      ActivityMeasurementRow.id).limit(1)).first()  # in use, else a tombstone back
        if day is None or amount is None:
            if row is not None and row.deleted_at is None:
                row.deleted_at = utcnow()
        else:
            if row is None:
                row = ActivityMeasurementRow(plan_id=plan_id, position=position)
                s.add(row)
            row.measured_on, row.amount, row.deleted_at = day, amount, None
        return _written(s, workbook_id, _plan_row(s, workbook_id, plan_id))


def _write_version(s: OrmSession, plan_id: str, version: ScheduleVersion,
                   row: ActivityScheduleRow | None = None) -> ActivityScheduleRow:
    if row is None:
        row = ActivityScheduleRow(plan_id=plan_id, start_on=version.start_on)
        if version.id:
            row.id = version.id
        s.add(row)
    schedule = version.schedule
    row.deleted_at = None
    row.start_on, row.baseline, row.start_level = version.start_on, schedule.baseline, schedule.start
    row.goal, row.weeks, row.reduction = schedule.goal, schedule.weeks, schedule.reduction
    return row


def start_plan(store: Store, workbook_id: str, plan_id: str) -> Plan:
    """Start a draft with its first schedule version (every rule checked by the domain)."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        _write_version(s, plan_id, first_version(_plan(s, row)))
        row.status = ACTIVE
        return _written(s, workbook_id, row)


def recompute(store: Store, workbook_id: str, plan_id: str, start_on: date, level: float,
              goal: float, weeks: int) -> Plan:
    """A new schedule version from ``level`` (stagnation); history and sessions stay. A version
    beginning on the same day as an earlier one replaces it."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        version = recomputed_version(_plan(s, row), start_on, level, goal, weeks)
        existing = s.scalars(select(ActivityScheduleRow).where(
            ActivityScheduleRow.plan_id == plan_id, ActivityScheduleRow.start_on == start_on,
            ActivityScheduleRow.deleted_at.is_(None))).first()
        _write_version(s, plan_id, version, existing)
        row.goal, row.weeks = version.schedule.goal, version.schedule.weeks
        return _written(s, workbook_id, row)


def put_schedule(store: Store, workbook_id: str, plan_id: str, versions: tuple[ScheduleVersion, ...],
                 goal: float | None, weeks: int | None) -> Plan:
    """Make the running plan's schedule exactly ``versions`` (by id) with the plan's ``goal`` and
    ``weeks``: versions not listed become tombstones, the others are written back (brought back
    from their tombstone: undo and redo of a recompute)."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        check_status(row.status, ACTIVE)
        wanted = {v.id: v for v in versions if v.id}
        for stored in s.scalars(select(ActivityScheduleRow).where(ActivityScheduleRow.plan_id == plan_id)):
            version = wanted.pop(stored.id, None)
            if version is None:
                if stored.deleted_at is None:
                    stored.deleted_at = utcnow()
            else:
                _write_version(s, plan_id, version, stored)
        s.flush()  # a removed version's day is free before one is written back on it
        for version in wanted.values():
            _write_version(s, plan_id, version)
        row.goal, row.weeks = goal, weeks
        return _written(s, workbook_id, row)


def end_plan(store: Store, workbook_id: str, plan_id: str, status: str, day: date) -> Plan:
    """Finish or abandon a plan; it stays in the history (a draft can be abandoned too)."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        check_end(row.status, status)
        row.status, row.ended_on = status, day
        return _written(s, workbook_id, row)


def reopen_plan(store: Store, workbook_id: str, plan_id: str, status: str) -> Plan:
    """Undo of :func:`end_plan`: back to ``status`` when no other plan was begun meanwhile."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id)
        other = _open_row(s, workbook_id)
        check_reopen(row.status, status, other.status if other is not None else None)
        row.status, row.ended_on = status, None
        return _written(s, workbook_id, row)


# ----- sessions -----------------------------------------------------------------------------
def save_session(store: Store, workbook_id: str, plan_id: str, session: Session) -> Session:
    """Create or update a session of an active plan (a deleted one comes back)."""
    with store.transaction() as s:
        plan = _plan_row(s, workbook_id, plan_id)
        clean = check_session(plan.status, plan.start_on, session)
        row = s.get(ActivitySessionRow, clean.id) if clean.id else None
        if row is None:
            row = ActivitySessionRow(plan_id=plan_id)
            if clean.id:
                row.id = clean.id
            s.add(row)
        elif row.plan_id != plan_id:
            raise NotFound(what="session")
        row.done_on, row.amount, row.pain, row.note = clean.day, clean.amount, clean.pain, clean.note
        row.deleted_at = None
        s.flush()
        touch_workbook(s, workbook_id)
        return _session(row)


def delete_session(store: Store, workbook_id: str, plan_id: str, session_id: str) -> Session:
    with store.transaction() as s:
        _plan_row(s, workbook_id, plan_id)
        row = s.get(ActivitySessionRow, session_id)
        if row is None or row.plan_id != plan_id or row.deleted_at is not None:
            raise NotFound(what="session")
        row.deleted_at = utcnow()
        touch_workbook(s, workbook_id)
        return _session(row)


# ----- the home page ------------------------------------------------------------------------
def summary(store: Store, workbook_id: str, today: date) -> GradedActivitySummary | None:
    """Where the person is: "Fietsen: week 3 van 5, 28 min, 1 van 3 keer deze week" (the numbers
    from the domain; here only the sessions of today's plan week are fetched)."""
    with store.transaction() as s:
        row = _open_row(s, workbook_id)
        if row is None:
            return None
        plan = _plan(s, row)
        span = this_week(plan, today)
        days: list[date] = []
        if span is not None:
            first, following = span
            days = list(s.scalars(select(ActivitySessionRow.done_on).where(
                ActivitySessionRow.plan_id == plan.id, ActivitySessionRow.deleted_at.is_(None),
                ActivitySessionRow.done_on >= first, ActivitySessionRow.done_on < following)))
        return summarize(plan, today, days)
