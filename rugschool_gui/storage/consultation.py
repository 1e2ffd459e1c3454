"""Every workbook at a glance, for the psychologist's consultation overview.

A handful of set-based queries over all workbooks at once (never one query per workbook), so
the overview stays fast with hundreds of workbooks and years of entries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from ..domain.too_little import OTHER_SCALE, Score, scale_name
from .db import Store


@dataclass(frozen=True)
class WorkbookOverview:
    id: str
    name: str
    worked_on_at: datetime
    archived: bool
    steps: int = 0  # fear hierarchy items
    mastered: int = 0
    step_label: str | None = None  # the current step
    activity: str | None = None  # graded activity
    week: int | None = None
    weeks: int | None = None
    goal_percent: int | None = None  # latest session as % of the goal
    signals_week: int = 0  # stress signals noted this week …
    signals_last_week: int = 0  # … and last week
    score_name: str | None = None  # the questionnaire scored most often
    score_first: float | None = None
    score_latest: float | None = None


def overview(store: Store, today: date) -> list[WorkbookOverview]:
    from .exposure import FearItemRow
    from .graded_activity import ActivityPlanRow, ActivityScheduleRow, ActivitySessionRow
    from .too_little import ScoreRow
    from .too_much import CheckInRow, SignalRow
    from .workbooks import WorkbookRow

    monday = today - timedelta(days=today.weekday())
    with store.transaction() as s:
        books = s.execute(select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.worked_on_at, WorkbookRow.archived_at)
                          .where(WorkbookRow.deleted_at.is_(None))).all()
        items = defaultdict(list)
        for wb, rank, label, mastered in s.execute(select(
                FearItemRow.workbook_id, FearItemRow.rank, FearItemRow.label, FearItemRow.mastered)
                .where(FearItemRow.deleted_at.is_(None))):
            items[wb].append((rank, label, mastered))
        # plain tuples, not ORM objects: this runs over every workbook at once
        plans = {wb: (plan_id, activity) for wb, plan_id, activity in s.execute(select(
            ActivityPlanRow.workbook_id, ActivityPlanRow.id, ActivityPlanRow.activity)
            .where(ActivityPlanRow.status == "active"))}
        schedules = {}
        for plan_id, start_on, goal, weeks in s.execute(select(
                ActivityScheduleRow.plan_id, ActivityScheduleRow.start_on, ActivityScheduleRow.goal,
                ActivityScheduleRow.weeks).join(ActivityPlanRow, ActivityPlanRow.id == ActivityScheduleRow.plan_id)
                .where(ActivityPlanRow.status == "active").order_by(ActivityScheduleRow.start_on)):
            schedules[plan_id] = (start_on, goal, weeks)  # the latest version wins
        # the latest session of each *running* plan: one index seek per plan, not every session ever
        latest = (select(ActivitySessionRow.amount)
                  .where(ActivitySessionRow.plan_id == ActivityPlanRow.id, ActivitySessionRow.deleted_at.is_(None))
                  .order_by(ActivitySessionRow.done_on.desc(), ActivitySessionRow.created_at.desc())
                  .limit(1).scalar_subquery())
        last_amount = {plan_id: amount for plan_id, amount in s.execute(
            select(ActivityPlanRow.id, latest).where(ActivityPlanRow.status == "active")) if amount is not None}
        signals = defaultdict(lambda: [0, 0])
        for wb, day, n in s.execute(select(CheckInRow.workbook_id, CheckInRow.day, func.count(SignalRow.id))
                                    .join(SignalRow, SignalRow.checkin_id == CheckInRow.id)
                                    .where(CheckInRow.day >= monday - timedelta(days=7), CheckInRow.day <= today)
                                    .group_by(CheckInRow.workbook_id, CheckInRow.day)):
            signals[wb][0 if day >= monday else 1] += n
        # per workbook and questionnaire: how often, the first and the latest total (plain tuples)
        tally: dict[tuple[str, str], list] = {}
        for wb, scale, name, day, total in s.execute(select(
                ScoreRow.workbook_id, ScoreRow.scale, ScoreRow.name, ScoreRow.day, ScoreRow.total)
                .where(ScoreRow.deleted_at.is_(None)).order_by(ScoreRow.workbook_id, ScoreRow.day)):
            key = name if scale == OTHER_SCALE else scale
            seen = tally.get((wb, key))
            if seen is None:
                tally[(wb, key)] = [1, scale, name, total, total]
            else:
                seen[0] += 1
                seen[4] = total
        scores = defaultdict(list)
        for (wb, _key), (n, scale, name, first, latest) in tally.items():
            scores[wb].append((n, scale_name(Score(None, scale, name, None, "", 0)), first, latest))
    out = []
    for wb_id, name, worked, archived in books:
        facts = dict(id=wb_id, name=name, worked_on_at=worked, archived=archived is not None)
        mine = sorted(items.get(wb_id, []))
        if mine:
            step = next((label for _rank, label, done in mine if not done), None)
            facts.update(steps=len(mine), mastered=sum(1 for *_x, done in mine if done), step_label=step)
        plan = plans.get(wb_id)
        sched = schedules.get(plan[0]) if plan else None
        if plan and sched:
            start_on, goal, weeks = sched
            level = last_amount.get(plan[0])
            facts.update(activity=plan[1], week=(today - start_on).days // 7, weeks=weeks,
                         goal_percent=None if level is None else round(100 * level / goal))
        this_week, last_week = signals.get(wb_id, (0, 0))
        facts.update(signals_week=this_week, signals_last_week=last_week)
        if scores.get(wb_id):
            _n, best, first, latest = max(scores[wb_id], key=lambda sc: sc[0])  # the one scored most often
            facts.update(score_name=best, score_first=first, score_latest=latest)
        out.append(WorkbookOverview(**facts))
    return sorted(out, key=lambda o: o.name.casefold())
