"""What the open workbook plans today, read for the reminders (``domain.reminders.Planned``)."""

from __future__ import annotations

from datetime import datetime

from ...domain.graded_activity import reaches
from ...domain.graded_activity_plan import this_week
from ...domain.reminders import GradedActivityToday, Planned, PlannedActivity, PlannedAttempt
from ...domain.weeks import monday_of
from ...storage.db import Database

RECENT_ATTEMPTS = 60  # newest first: today's planned ones are among them


def graded_activity_today(db: Database, workbook_id: str, now: datetime) -> GradedActivityToday | None:
    from ...storage import graded_activity as repo

    plan = repo.open_plan(db, workbook_id)
    day = now.date()
    span = this_week(plan, day) if plan is not None else None
    if plan is None or span is None or plan.current is None or day < plan.current.start_on:
        return None
    version = plan.current
    first, following = span
    sessions = [s for s in repo.list_sessions(db, plan.id) if first <= s.day < following]
    quota = version.quota_on(day)
    at_quota = sum(1 for s in sessions if reaches(s.amount, quota, version.schedule.baseline))
    return GradedActivityToday(at_quota, plan.sessions_per_week, any(s.day == day for s in sessions))


def planned_today(db: Database, workbook_id: str, now: datetime) -> Planned:
    """``now`` is local and naive; attempts are stored with their time zone."""
    from ...storage import exposure, pacing, too_much

    day = now.date()
    attempts = tuple(PlannedAttempt(a.id, a.when.astimezone().replace(tzinfo=None), a.completed)
                     for a in exposure.list_attempts(db, workbook_id, limit=RECENT_ATTEMPTS)
                     if a.when.astimezone().date() == day)
    week = pacing.list_week(db, workbook_id, monday_of(day))
    activities = tuple(PlannedActivity(a.id or "", a.part, a.done) for a in week
                       if a.day == day.weekday() and a.id)
    return Planned(day, graded_activity_today(db, workbook_id, now), attempts,
                   too_much.get_checkin(db, workbook_id, day) is not None, activities)
