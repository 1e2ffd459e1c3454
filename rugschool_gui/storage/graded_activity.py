"""Graded activity tables and repository functions (WORKBOOK.md §5).

A plan is a draft while the person sets it up (activity, three baseline measurements taken on
different days, reduction, goal, weeks) — every field is saved as it is typed, so a draft
survives days of measuring. Starting the plan checks every rule in the domain and writes the
first schedule version. A recompute after stagnation adds a version: earlier versions and all
sessions stay. Finishing or abandoning a plan keeps it as history; then a new one can begin.

Deleting a session sets ``deleted_at`` (undo brings it back; a handed-over workbook carries it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Index, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.errors import DomainError, NotFound
from ..domain.graded_activity import (
    ABANDONED,
    ACTIVE,
    BASELINE_COUNT,
    DRAFT,
    FINISHED,
    MAX_ACTIVITY_LENGTH,
    REDUCTION_DEFAULT,
    MIN_SESSIONS_PER_WEEK,
    Measurement,
    Plan,
    Schedule,
    ScheduleVersion,
    Session,
    check_activity,
    check_amount,
    check_reduction,
    check_sessions_per_week,
    check_unit,
    check_weeks,
    recompute_schedule,
    validate_session,
    week_of,
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

    __table_args__ = (Index("uq_activity_measurement_slot", "plan_id", "position", unique=True),)


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


class PlanInProgress(DomainError):
    key = "plan_in_progress"


class PlanNotDraft(DomainError):
    key = "plan_not_draft"


# ----- mapping ------------------------------------------------------------------------------
def _plan(s, row: ActivityPlanRow) -> Plan:
    slots: list[Measurement | None] = [None] * BASELINE_COUNT
    for m in s.scalars(select(ActivityMeasurementRow).where(ActivityMeasurementRow.plan_id == row.id)):
        if 1 <= m.position <= BASELINE_COUNT:
            slots[m.position - 1] = Measurement(m.measured_on, m.amount)
    versions = tuple(
        ScheduleVersion(v.start_on, Schedule(v.baseline, v.start_level, v.goal, v.weeks, v.reduction))
        for v in s.scalars(select(ActivityScheduleRow).where(ActivityScheduleRow.plan_id == row.id)
                           .order_by(ActivityScheduleRow.start_on, ActivityScheduleRow.created_at)))
    return Plan(
        id=row.id, activity=row.activity, unit=row.unit, reduction=row.reduction,
        sessions_per_week=row.sessions_per_week, goal=row.goal, weeks=row.weeks,
        start_on=row.start_on, status=row.status, measurements=tuple(slots), versions=versions,
        ended_on=row.ended_on, barriers_inside=row.barriers_inside,
        barriers_outside=row.barriers_outside, realistic=row.realistic)


def _session(row: ActivitySessionRow) -> Session:
    return Session(row.id, row.done_on, row.amount, row.pain, row.note)


def _plan_row(s, workbook_id: str, plan_id: str, *statuses: str) -> ActivityPlanRow:
    row = s.get(ActivityPlanRow, plan_id)
    if row is None or row.workbook_id != workbook_id:
        raise NotFound(what="plan")
    if statuses and row.status not in statuses:
        raise PlanNotDraft(status=row.status)
    return row


def _open_row(s, workbook_id: str) -> ActivityPlanRow | None:
    return s.scalars(select(ActivityPlanRow).where(
        ActivityPlanRow.workbook_id == workbook_id,
        ActivityPlanRow.status.in_((DRAFT, ACTIVE))).order_by(ActivityPlanRow.created_at.desc())
    ).first()


# ----- reading ------------------------------------------------------------------------------
def open_plan(store: Store, workbook_id: str) -> Plan | None:
    """The draft or active plan (at most one at a time), or None."""
    with store.transaction() as s:
        row = _open_row(s, workbook_id)
        return _plan(s, row) if row else None


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


# ----- setting a plan up --------------------------------------------------------------------
def new_plan(store: Store, workbook_id: str) -> Plan:
    """A fresh draft; refused while another plan is still a draft or active (one at a time)."""
    with store.transaction() as s:
        if _open_row(s, workbook_id) is not None:
            raise PlanInProgress()
        row = ActivityPlanRow(workbook_id=workbook_id)
        s.add(row)
        s.flush()
        touch_workbook(s, workbook_id)
        return _plan(s, row)


_DRAFT_CHECKS = {
    "activity": lambda v: " ".join((v or "").split())[:MAX_ACTIVITY_LENGTH],  # may be empty in a draft
    "unit": check_unit,
    "reduction": check_reduction,
    "sessions_per_week": check_sessions_per_week,
    "goal": lambda v: None if v is None else check_amount(v),
    "weeks": lambda v: None if v is None else check_weeks(v),
    "start_on": lambda v: v,
    "barriers_inside": lambda v: (v or "").strip(),
    "barriers_outside": lambda v: (v or "").strip(),
    "realistic": lambda v: (v or "").strip(),
}
_REFLECTION = ("barriers_inside", "barriers_outside", "realistic")


def update_plan(store: Store, workbook_id: str, plan_id: str, **fields) -> Plan:
    """Save fields of a draft (or the stagnation reflection of an active plan).

    Each value is checked by the domain; a refused value raises and nothing is written.
    """
    unknown = set(fields) - set(_DRAFT_CHECKS)
    if unknown:
        raise DomainError("invalid", fields=sorted(unknown))
    clean = {name: _DRAFT_CHECKS[name](value) for name, value in fields.items()}
    reflection_only = set(clean) <= set(_REFLECTION)
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id, *((DRAFT, ACTIVE) if reflection_only else (DRAFT,)))
        for name, value in clean.items():
            setattr(row, name, value)
        touch_workbook(s, workbook_id)
        return _plan(s, row)


def set_measurement(store: Store, workbook_id: str, plan_id: str, position: int,
                    day: date | None, amount: float | None) -> Plan:
    """Fill (or, with ``amount`` None, clear) baseline measurement 1..3 of a draft."""
    if not 1 <= position <= BASELINE_COUNT:
        raise NotFound(what="measurement")
    if amount is not None:
        amount = check_amount(amount)
        if not isinstance(day, date):
            raise DomainError("missing_date")
    with store.transaction() as s:
        _plan_row(s, workbook_id, plan_id, DRAFT)
        row = s.scalars(select(ActivityMeasurementRow).where(
            ActivityMeasurementRow.plan_id == plan_id,
            ActivityMeasurementRow.position == position)).first()
        if amount is None:
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = ActivityMeasurementRow(plan_id=plan_id, position=position)
                s.add(row)
            row.measured_on, row.amount = day, amount
        s.flush()
        touch_workbook(s, workbook_id)
        return _plan(s, _plan_row(s, workbook_id, plan_id))


def start_plan(store: Store, workbook_id: str, plan_id: str) -> Plan:
    """Check the whole draft (WORKBOOK.md §5) and start it with its first schedule version."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id, DRAFT)
        plan = _plan(s, row)
        check_activity(plan.activity)
        schedule = plan.proposed_schedule()
        check_sessions_per_week(plan.sessions_per_week)
        if plan.start_on is None:
            raise DomainError("missing_date")
        s.add(ActivityScheduleRow(
            plan_id=plan_id, start_on=plan.start_on, baseline=schedule.baseline,
            start_level=schedule.start, goal=schedule.goal, weeks=schedule.weeks,
            reduction=schedule.reduction))
        row.status = ACTIVE
        s.flush()
        touch_workbook(s, workbook_id)
        return _plan(s, row)


def recompute(store: Store, workbook_id: str, plan_id: str, start_on: date, level: float,
              goal: float, weeks: int) -> Plan:
    """A new schedule version from ``level`` (stagnation); history and sessions stay."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id, ACTIVE)
        plan = _plan(s, row)
        if start_on < plan.current.start_on:
            raise DomainError("date_before_plan")
        schedule = recompute_schedule(level, goal, weeks, plan.current.schedule.baseline)
        existing = s.scalars(select(ActivityScheduleRow).where(
            ActivityScheduleRow.plan_id == plan_id, ActivityScheduleRow.start_on == start_on)).first()
        version = existing or ActivityScheduleRow(plan_id=plan_id, start_on=start_on)
        version.baseline, version.start_level = schedule.baseline, schedule.start
        version.goal, version.weeks, version.reduction = schedule.goal, schedule.weeks, None
        s.add(version)
        row.goal, row.weeks = schedule.goal, schedule.weeks
        s.flush()
        touch_workbook(s, workbook_id)
        return _plan(s, row)


def end_plan(store: Store, workbook_id: str, plan_id: str, status: str, day: date) -> Plan:
    """Finish or abandon a plan; it stays in the history (a draft can be abandoned too)."""
    if status not in (FINISHED, ABANDONED):
        raise DomainError("invalid", status=status)
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id, DRAFT, ACTIVE)
        row.status, row.ended_on = status, day
        touch_workbook(s, workbook_id)
        return _plan(s, row)


def reopen_plan(store: Store, workbook_id: str, plan_id: str, status: str) -> Plan:
    """Undo of :func:`end_plan`: back to ``status`` when no other plan was begun meanwhile."""
    with store.transaction() as s:
        row = _plan_row(s, workbook_id, plan_id, FINISHED, ABANDONED)
        if _open_row(s, workbook_id) is not None:
            raise PlanInProgress()
        row.status, row.ended_on = status, None
        touch_workbook(s, workbook_id)
        return _plan(s, row)


# ----- sessions -----------------------------------------------------------------------------
def save_session(store: Store, workbook_id: str, plan_id: str, session: Session) -> Session:
    """Create or update a session of an active plan (a deleted one comes back)."""
    clean = validate_session(session)
    with store.transaction() as s:
        plan = _plan_row(s, workbook_id, plan_id, ACTIVE)
        if plan.start_on is not None and clean.day < plan.start_on:
            raise DomainError("date_before_plan")
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
@dataclass(frozen=True)
class GradedActivitySummary:
    activity: str
    unit: str
    status: str
    week: int | None = None  # plan week of today in the current schedule version
    weeks: int | None = None
    quota: float | None = None
    done_this_week: int = 0
    required: int = 0
    missing_measurements: int = 0


def summary(store: Store, workbook_id: str, today: date) -> GradedActivitySummary | None:
    """Where the person is: "Fietsen: week 3 van 5, 28 min, 1 van 3 keer deze week"."""
    with store.transaction() as s:
        row = _open_row(s, workbook_id)
        if row is None:
            return None
        plan = _plan(s, row)
        if plan.status == DRAFT or plan.current is None:
            return GradedActivitySummary(plan.activity, plan.unit, plan.status,
                                         missing_measurements=plan.missing_measurements)
        version = plan.current
        week = week_of(version.start_on, today)
        monday = version.start_on.toordinal() + 7 * week
        done = sum(1 for d in s.scalars(select(ActivitySessionRow.done_on).where(
            ActivitySessionRow.plan_id == plan.id, ActivitySessionRow.deleted_at.is_(None),
            ActivitySessionRow.done_on >= date.fromordinal(max(1, monday))))
            if d.toordinal() < monday + 7)
        return GradedActivitySummary(
            plan.activity, plan.unit, plan.status, week, version.schedule.weeks,
            version.schedule.quota(week), done, plan.sessions_per_week)
