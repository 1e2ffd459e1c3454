"""Every workbook at a glance, for the psychologist's consultation overview.

A handful of set-based queries over all workbooks at once (never one query per workbook), so
the overview stays fast with hundreds of workbooks and years of entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from ..domain.too_little import OTHER_SCALE, scale_title
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


def markers(store: Store) -> dict[str, tuple]:
    """Per live workbook (name, worked_on_at, archived_at): one cheap query. Every save touches
    ``worked_on_at``, so a changed marker means that workbook's cues must be read again."""
    from .workbooks import WorkbookRow

    with store.transaction() as s:
        return {wb: (name, worked, archived) for wb, name, worked, archived in s.execute(
            select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.worked_on_at, WorkbookRow.archived_at)
            .where(WorkbookRow.deleted_at.is_(None)))}


def overview(store: Store, today: date, only: Collection[str] | None = None) -> list[WorkbookOverview]:
    """The cues of every live workbook (or of the workbooks in ``only``), a fixed number of queries."""
    from .exposure import FearItemRow
    from .graded_activity import ActivityPlanRow, ActivityScheduleRow, ActivitySessionRow
    from .too_little import ScoreRow
    from .too_much import CheckInRow, SignalRow
    from .workbooks import WorkbookRow

    def mine(stmt, column):
        return stmt if only is None else stmt.where(column.in_(list(only)))

    monday = today - timedelta(days=today.weekday())
    with store.transaction() as s:
        run = s.connection().execute  # Core rows: no ORM bookkeeping for plain columns
        books = run(mine(select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.worked_on_at,
                                      WorkbookRow.archived_at).where(WorkbookRow.deleted_at.is_(None)),
                               WorkbookRow.id)).all()
        items = defaultdict(list)
        for wb, rank, label, mastered in run(mine(select(
                FearItemRow.workbook_id, FearItemRow.rank, FearItemRow.label, FearItemRow.mastered)
                .where(FearItemRow.deleted_at.is_(None)), FearItemRow.workbook_id)):
            items[wb].append((rank, label, mastered))
        # plain tuples, not ORM objects: this runs over every workbook at once
        plans = {wb: (plan_id, activity) for wb, plan_id, activity in run(mine(select(
            ActivityPlanRow.workbook_id, ActivityPlanRow.id, ActivityPlanRow.activity)
            .where(ActivityPlanRow.status == "active"), ActivityPlanRow.workbook_id))}
        schedules = {}
        for plan_id, start_on, goal, weeks in run(mine(select(
                ActivityScheduleRow.plan_id, ActivityScheduleRow.start_on, ActivityScheduleRow.goal,
                ActivityScheduleRow.weeks).join(ActivityPlanRow, ActivityPlanRow.id == ActivityScheduleRow.plan_id)
                .where(ActivityPlanRow.status == "active"), ActivityPlanRow.workbook_id)
                .order_by(ActivityScheduleRow.start_on)):
            schedules[plan_id] = (start_on, goal, weeks)  # the latest version wins
        # the latest session of each *running* plan: one index seek per plan, not every session ever
        latest = (select(ActivitySessionRow.amount)
                  .where(ActivitySessionRow.plan_id == ActivityPlanRow.id, ActivitySessionRow.deleted_at.is_(None))
                  .order_by(ActivitySessionRow.done_on.desc(), ActivitySessionRow.created_at.desc())
                  .limit(1).scalar_subquery())
        last_amount = {plan_id: amount for plan_id, amount in run(mine(
            select(ActivityPlanRow.id, latest).where(ActivityPlanRow.status == "active"), ActivityPlanRow.workbook_id))
            if amount is not None}
        signals = defaultdict(lambda: [0, 0])
        for wb, this_week, n in run(mine(
                select(CheckInRow.workbook_id, CheckInRow.day >= monday, func.count(SignalRow.id))
                .join(SignalRow, SignalRow.checkin_id == CheckInRow.id)
                .where(CheckInRow.day >= monday - timedelta(days=7), CheckInRow.day <= today), CheckInRow.workbook_id)
                .group_by(CheckInRow.workbook_id, CheckInRow.day >= monday)):
            signals[wb][0 if this_week else 1] += n
        # per workbook and questionnaire: how often, the first and the latest total (plain tuples)
        tally: dict[tuple[str, str], list] = {}
        for wb, scale, name, day, total in run(mine(select(
                ScoreRow.workbook_id, ScoreRow.scale, ScoreRow.name, ScoreRow.day, ScoreRow.total)
                .where(ScoreRow.deleted_at.is_(None)), ScoreRow.workbook_id)
                .order_by(ScoreRow.workbook_id, ScoreRow.deleted_at, ScoreRow.day)):
            key = name if scale == OTHER_SCALE else scale
            seen = tally.get((wb, key))
            if seen is None:
                tally[(wb, key)] = [1, scale, name, total, total]
            else:
                seen[0] += 1
                seen[4] = total
        scores = defaultdict(list)
        for (wb, _key), (n, scale, name, first, latest_total) in tally.items():
            scores[wb].append((n, scale_title(scale, name), first, latest_total))
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
