"""What the open workbook plans today, read for the reminders (``domain.reminders.Planned``)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta

from ...domain.graded_activity import reaches
from ...domain.graded_activity_plan import this_week
from ...domain.reminders import (
    CHECKIN,
    EXPOSURE,
    GRADED_ACTIVITY,
    HOMEWORK,
    KINDS,
    PACING,
    GradedActivityToday,
    Planned,
    PlannedActivity,
    PlannedAttempt,
    PlannedHomework,
    homework_due,
)
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


def homework_today(db: Database, workbook_id: str, day: date) -> tuple[PlannedHomework, ...]:
    """This week's homework with a due date and its progress (``operations.consultations``),
    counted only when one may remind today: the log is not read every half minute for nothing."""
    from ...domain.homework import is_current
    from ...operations.consultations import homework_this_week
    from ...storage.consultations import list_homework

    soon = {day, day + timedelta(days=1)}  # a reminder comes on the due day or the day before
    if not any(h.due_on in soon and is_current(h, day) for h in list_homework(db, workbook_id)):
        return ()
    return homework_due(homework_this_week(db, workbook_id, day))


def planned_today(db: Database, workbook_id: str, now: datetime, kinds: Collection[str] = KINDS) -> Planned:
    """``now`` is local and naive; attempts are stored with their time zone. Only the ``kinds``
    turned on are read, all in one transaction."""
    from ...storage import exposure, pacing, too_much

    day = now.date()
    with db.transaction():
        attempts = tuple(PlannedAttempt(a.id, a.when.astimezone().replace(tzinfo=None), a.completed)
                         for a in exposure.list_attempts(db, workbook_id, limit=RECENT_ATTEMPTS)
                         if a.when.astimezone().date() == day) if EXPOSURE in kinds else ()
        week = pacing.list_week(db, workbook_id, monday_of(day)) if PACING in kinds else []
        activities = tuple(PlannedActivity(a.id or "", a.part, a.done) for a in week
                           if a.day == day.weekday() and a.id)
        graded = graded_activity_today(db, workbook_id, now) if GRADED_ACTIVITY in kinds else None
        checked_in = CHECKIN in kinds and too_much.get_checkin(db, workbook_id, day) is not None
        homework = homework_today(db, workbook_id, day) if HOMEWORK in kinds else ()
    return Planned(day, graded, attempts, checked_in, activities, homework)
