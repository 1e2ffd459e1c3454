"""The graded-activity plans of many workbooks at once (the consultation overview, the brief):
the same plans ``storage.graded_activity`` reads one by one, in a fixed number of queries — one
per table for all workbooks, never one per workbook."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select

from ..domain.graded_activity import (
    BASELINE_COUNT,
    Measurement,
    Plan,
    Schedule,
    ScheduleVersion,
    Session,
)
from ..domain.graded_activity_plan import OPEN
from .db import Store
from .graded_activity import (
    ActivityMeasurementRow,
    ActivityPlanRow,
    ActivityScheduleRow,
    ActivitySessionRow,
)
from .per_owner import from_each


def open_plans(store: Store, workbook_ids: Collection[str]) -> dict[str, Plan]:
    """Per workbook its draft or active plan (as ``graded_activity.open_plan``): three queries."""
    if not workbook_ids:
        return {}
    plan = ActivityPlanRow
    with store.transaction() as s:
        run = s.connection().execute  # Core rows: plain columns, no ORM bookkeeping
        rows: dict[str, Any] = {}
        for row in run(select(plan.workbook_id, plan.id, plan.activity, plan.unit, plan.reduction,
                              plan.sessions_per_week, plan.goal, plan.weeks, plan.start_on, plan.status,
                              plan.ended_on, plan.barriers_inside, plan.barriers_outside, plan.realistic)
                       .where(plan.workbook_id.in_(list(workbook_ids)), plan.status.in_(OPEN))
                       .order_by(plan.created_at.desc())):
            rows.setdefault(row.workbook_id, row)  # the newest, like ``_open_row``
        ids = [r.id for r in rows.values()]
        slots: defaultdict[str, list[Measurement | None]] = defaultdict(lambda: [None] * BASELINE_COUNT)
        m = ActivityMeasurementRow
        for plan_id, position, measured_on, amount in run(select(m.plan_id, m.position, m.measured_on, m.amount)
                                                          .where(m.plan_id.in_(ids), m.deleted_at.is_(None))):
            if 1 <= position <= BASELINE_COUNT:
                slots[plan_id][position - 1] = Measurement(measured_on, amount)
        versions: defaultdict[str, list[ScheduleVersion]] = defaultdict(list)
        v = ActivityScheduleRow
        for r in run(select(v.plan_id, v.id, v.start_on, v.baseline, v.start_level, v.goal, v.weeks, v.reduction)
                     .where(v.plan_id.in_(ids), v.deleted_at.is_(None)).order_by(v.start_on, v.created_at)):
            versions[r.plan_id].append(
                ScheduleVersion(r.start_on, Schedule(r.baseline, r.start_level, r.goal, r.weeks, r.reduction), r.id))
    return {wb: Plan(
        id=row.id, activity=row.activity, unit=row.unit, reduction=row.reduction,
        sessions_per_week=row.sessions_per_week, goal=row.goal, weeks=row.weeks,
        start_on=row.start_on, status=row.status,
        measurements=tuple(slots[row.id]) if row.id in slots else (None,) * BASELINE_COUNT,
        versions=tuple(versions.get(row.id, ())), ended_on=row.ended_on,
        barriers_inside=row.barriers_inside, barriers_outside=row.barriers_outside,
        realistic=row.realistic) for wb, row in rows.items()}


def sessions_since(store: Store, firsts: Mapping[str, date]) -> dict[str, list[Session]]:
    """Per plan in ``firsts`` (plan id → its first day) its sessions from that day on, oldest
    first: one query."""
    if not firsts:
        return {}
    out: defaultdict[str, list[Session]] = defaultdict(list)
    with store.transaction() as s:
        done = ActivitySessionRow
        for row in s.connection().execute(from_each(
                select(done.plan_id, done.id, done.done_on, done.amount, done.pain, done.note)
                .where(done.deleted_at.is_(None)), done.plan_id, done.done_on, firsts)
                .order_by(done.done_on, done.created_at)):
            out[row.plan_id].append(Session(row.id, row.done_on, row.amount, row.pain, row.note))
    return dict(out)


def latest_session_days(store: Store, plan_ids: Collection[str]) -> dict[str, date]:
    """Per plan the day of its latest session: one query."""
    if not plan_ids:
        return {}
    with store.transaction() as s:
        latest = select(ActivitySessionRow.plan_id, func.max(ActivitySessionRow.done_on)).where(
            ActivitySessionRow.plan_id.in_(list(plan_ids)), ActivitySessionRow.deleted_at.is_(None)
        ).group_by(ActivitySessionRow.plan_id)
        return {plan_id: day for plan_id, day in s.execute(latest) if day is not None}
