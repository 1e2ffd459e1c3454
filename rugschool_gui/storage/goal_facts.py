"""The facts a SMART goal's progress is measured on (issue #25, ``domain.goal_progress``): the
running graded-activity plan's level and goal, the top step of the fear hierarchy, the want-to-do
days of this week — read in one transaction."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from ..domain.goal_progress import GoalFacts
from ..domain.homework import DAYS_IN_WEEK, monday_of
from .db import Database


def goal_facts(db: Database, workbook_id: str, on: date) -> GoalFacts:
    from .exposure import FearItemRow
    from .graded_activity_many import open_plans
    from .homework_log import patient_logs

    monday = monday_of(on)
    with db.transaction() as s:
        plans = open_plans(db, [workbook_id])
        log = patient_logs(db, [workbook_id], monday, monday + timedelta(days=DAYS_IN_WEEK - 1), on, plans)[workbook_id]
        live = (FearItemRow.workbook_id == workbook_id, FearItemRow.deleted_at.is_(None))
        steps = s.scalar(select(func.count()).select_from(FearItemRow).where(*live)) or 0
        top = s.scalar(select(FearItemRow.mastered).where(*live).order_by(FearItemRow.rank.desc()).limit(1))
    plan = plans.get(workbook_id)
    return GoalFacts(activity_level=log.activity.quota if log.activity is not None else None,
                     activity_goal=plan.goal if plan is not None else None, steps=int(steps),
                     top_mastered=bool(top), want_days=frozenset(log.want_days))
