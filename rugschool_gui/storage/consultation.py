"""Every workbook at a glance: the facts the psychologist's overview is computed from (the
consultation loop's — appointments, homework, the brief's facts — in ``storage.consultation_loop``).

A handful of set-based queries over all workbooks at once (never one query per workbook), so
the overview stays fast with hundreds of workbooks and years of entries. This module only
fetches; which step is current, which week it is, how near the goal, which questionnaire to show
is decided in :mod:`rugschool_gui.domain.consultation`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from datetime import datetime
from typing import TypeVarTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import QueryableAttribute

from ..domain.consultation import (
    RUNNING_STATUSES,
    PlanFact,
    ScheduleFact,
    ScoreFact,
    SignalWeeks,
    StepFact,
    WorkbookFacts,
)
from .db import Database

Ts = TypeVarTuple("Ts")

#: per workbook: its name, when it was last worked on, when it was archived (None: not)
Marker = tuple[str, datetime, datetime | None]


def markers(db: Database) -> dict[str, Marker]:
    """Per live workbook (name, worked_on_at, archived_at): one cheap query. Every save touches
    ``worked_on_at``, so a changed marker means that workbook's cues must be read again."""
    from .workbooks import WorkbookRow

    with db.transaction() as s:
        return {wb: (name, worked, archived) for wb, name, worked, archived in s.execute(
            select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.worked_on_at, WorkbookRow.archived_at)
            .where(WorkbookRow.deleted_at.is_(None)))}


def overview_facts(db: Database, weeks: SignalWeeks,
                   only: Collection[str] | None = None) -> list[WorkbookFacts]:
    """The facts of every live workbook (or of the workbooks in ``only``), a fixed number of
    queries. Stress signals are counted in the days of ``weeks``, split at its Monday."""
    from .brief_facts import moments_by_scale
    from .consultation_loop import loop_facts
    from .exposure import FearItemRow
    from .graded_activity import ActivityPlanRow, ActivityScheduleRow, ActivitySessionRow
    from .too_little import ScoreRow
    from .too_much import CheckInRow, SignalRow
    from .workbooks import WorkbookRow

    def mine(stmt: Select[*Ts], column: QueryableAttribute[str]) -> Select[*Ts]:
        return stmt if only is None else stmt.where(column.in_(list(only)))

    running = ActivityPlanRow.status.in_(RUNNING_STATUSES)
    with db.transaction() as s:
        run = s.connection().execute  # Core rows: no ORM bookkeeping for plain columns
        books = run(mine(select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.worked_on_at,
                                WorkbookRow.archived_at).where(WorkbookRow.deleted_at.is_(None)),
                         WorkbookRow.id)).all()
        steps: defaultdict[str, list[StepFact]] = defaultdict(list)
        for wb, rank, label, mastered in run(mine(select(
                FearItemRow.workbook_id, FearItemRow.rank, FearItemRow.label, FearItemRow.mastered)
                .where(FearItemRow.deleted_at.is_(None)), FearItemRow.workbook_id)):
            steps[wb].append(StepFact(rank, label, mastered))
        versions: defaultdict[str, list[ScheduleFact]] = defaultdict(list)
        for plan_id, start_on, goal, weeks_in_plan in run(mine(select(
                ActivityScheduleRow.plan_id, ActivityScheduleRow.start_on, ActivityScheduleRow.goal,
                ActivityScheduleRow.weeks).join(ActivityPlanRow, ActivityPlanRow.id == ActivityScheduleRow.plan_id)
                .where(running, ActivityScheduleRow.deleted_at.is_(None)), ActivityPlanRow.workbook_id)):
            versions[plan_id].append(ScheduleFact(start_on, goal, weeks_in_plan))
        # the latest session of each running plan: one index seek per plan, not every session ever
        latest = (select(ActivitySessionRow.amount)
                  .where(ActivitySessionRow.plan_id == ActivityPlanRow.id, ActivitySessionRow.deleted_at.is_(None))
                  .order_by(ActivitySessionRow.done_on.desc(), ActivitySessionRow.created_at.desc())
                  .limit(1).scalar_subquery())
        plans: defaultdict[str, list[PlanFact]] = defaultdict(list)
        for wb, plan_id, activity, status, amount in run(mine(select(
                ActivityPlanRow.workbook_id, ActivityPlanRow.id, ActivityPlanRow.activity, ActivityPlanRow.status,
                latest).where(running), ActivityPlanRow.workbook_id)):
            plans[wb].append(PlanFact(plan_id, activity, status, tuple(versions.get(plan_id, ())), amount))
        signals: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
        this_week = CheckInRow.day >= weeks.monday
        # the check-ins of these days by their date index first (``IN``): joined as written,
        # SQLite without statistics walks every signal ever noted (0.2 s a year of 200 workbooks)
        in_days = (select(CheckInRow.id).where(CheckInRow.day >= weeks.since, CheckInRow.day <= weeks.today,
                                               CheckInRow.deleted_at.is_(None)))
        for wb, in_this_week, n in run(mine(
                select(CheckInRow.workbook_id, this_week, func.count(SignalRow.id))
                .join(SignalRow, SignalRow.checkin_id == CheckInRow.id)
                .where(CheckInRow.id.in_(in_days), SignalRow.deleted_at.is_(None)), CheckInRow.workbook_id)
                .group_by(CheckInRow.workbook_id, this_week)):
            signals[wb][0 if in_this_week else 1] += n
        # every total once, for the overview's cue and the brief's "moved between moments" alike
        scores: defaultdict[str, list[ScoreFact]] = defaultdict(list)
        totals = run(mine(select(
            ScoreRow.workbook_id, ScoreRow.scale, ScoreRow.name, ScoreRow.moment, ScoreRow.day, ScoreRow.total)
            .where(ScoreRow.deleted_at.is_(None)), ScoreRow.workbook_id)
            .order_by(ScoreRow.workbook_id, ScoreRow.deleted_at, ScoreRow.day)).all()
        for wb, scale, name, _moment, day, total in totals:
            scores[wb].append(ScoreFact(scale, name, day, total))
        moments = moments_by_scale((wb, scale, moment, total) for wb, scale, _name, moment, _day, total in totals)
        loops = loop_facts(db, [row[0] for row in books], weeks.today, moments)
    return [WorkbookFacts(
        id=wb, name=name, worked_on_at=worked, archived=archived is not None,
        steps=tuple(steps.get(wb, ())), plans=tuple(plans.get(wb, ())),
        signals_week=signals[wb][0] if wb in signals else 0,
        signals_last_week=signals[wb][1] if wb in signals else 0,
        scores=tuple(scores.get(wb, ())), loop=loops[wb]) for wb, name, worked, archived in books]
