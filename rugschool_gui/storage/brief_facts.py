"""The facts of the consultation brief (issue #25), for one workbook or for every workbook of the
consultation overview at once: one query per kind of fact for all the workbooks asked (never one
per workbook); what they mean (the flags) is ``domain/brief.py``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, func, select

from ..domain.brief import BriefFacts, RelaxationPractice, weekly_totals
from ..domain.graded_activity import STAGNATION_WEEKS, Plan, above_quota
from ..domain.graded_activity_weeks import is_stagnating
from ..domain.homework import monday_of
from .db import Database
from .per_owner import from_each

#: the sessions stagnation looks at: the running plan week and the finished weeks before it
_STAGNATION_DAYS = (STAGNATION_WEEKS + 2) * 7

#: per workbook: per questionnaire, its (moment, total) pairs from the first day to the last
ScoreMoments = Mapping[str, Mapping[str, list[tuple[str, float]]]]


def _moment(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(UTC)


def brief_facts(db: Database, workbook_id: str, since: date, today: date) -> BriefFacts:
    """The facts of one workbook's period [since, today]."""
    return brief_facts_of(db, {workbook_id: since}, today)[workbook_id]


def brief_facts_of(db: Database, periods: Mapping[str, date], today: date,
                   plans: Mapping[str, Plan] | None = None,
                   scores: ScoreMoments | None = None) -> dict[str, BriefFacts]:
    """Per workbook in ``periods`` (workbook id → the first day of its period) the brief's facts;
    ``plans`` and ``scores``: the workbooks' open graded-activity plans and questionnaire totals
    when the caller has read them already (the overview reads every total for its own cue)."""
    from . import exposure, pacing, too_little, too_much, too_much_practice, understanding
    from .graded_activity import ActivityPlanRow, ActivitySessionRow
    from .graded_activity_many import latest_session_days, open_plans, sessions_since
    from .workbooks import WorkbookRow

    ids = list(periods)
    if not ids:
        return {}
    starts = {wb: _moment(since) for wb, since in periods.items()}
    first_mondays = {wb: min(monday_of(since), monday_of(today)) for wb, since in periods.items()}
    with db.transaction() as s:
        plans = {wb: p for wb, p in (open_plans(db, ids) if plans is None else plans).items()
                 if p.current is not None and p.status == "active"}
        stagnation_from = today - timedelta(days=_STAGNATION_DAYS)
        sessions = sessions_since(db, {p.id: min(periods[wb], stagnation_from) for wb, p in plans.items()})
        latest_session = latest_session_days(db, [p.id for p in plans.values()])
        run = s.connection().execute  # Core rows: plain columns, no ORM bookkeeping
        # fear ratings: only the steps re-rated in a period matter, with their ratings before it
        rated = from_each(select(exposure.FearRatingRow.item_id).join(
            exposure.FearItemRow, exposure.FearItemRow.id == exposure.FearRatingRow.item_id).where(
            exposure.FearItemRow.deleted_at.is_(None)),
            exposure.FearItemRow.workbook_id, exposure.FearRatingRow.rated_at, starts)
        history: defaultdict[str, list[tuple[datetime, int]]] = defaultdict(list)
        for item_id, when, fear in run(
                select(exposure.FearRatingRow.item_id, exposure.FearRatingRow.rated_at, exposure.FearRatingRow.fear)
                .where(exposure.FearRatingRow.item_id.in_(rated.distinct().scalar_subquery()))
                .order_by(exposure.FearRatingRow.rated_at)):
            history[item_id].append((when, fear))
        items: defaultdict[str, list[tuple[str, str]]] = defaultdict(list)
        for wb, item_id, label in run(
                select(exposure.FearItemRow.workbook_id, exposure.FearItemRow.id, exposure.FearItemRow.label)
                .where(exposure.FearItemRow.id.in_(list(history)), exposure.FearItemRow.deleted_at.is_(None))
                .order_by(exposure.FearItemRow.rank)):
            items[wb].append((item_id, label))  # the steps re-rated in a period, in the order of the hierarchy
        pains: defaultdict[str, list[tuple[str, date, int | None]]] = defaultdict(list)
        attempt = exposure.ExposureAttemptRow
        for wb, when, pain in run(from_each(
                select(attempt.workbook_id, attempt.happened_at, attempt.actual_pain).where(
                    attempt.deleted_at.is_(None), attempt.actual_pain.is_not(None)),
                attempt.workbook_id, attempt.happened_at, starts)):
            if when >= starts[wb]:
                pains[wb].append(("exposure", when.astimezone().date(), pain))
        for wb, day, pain in run(from_each(
                select(ActivityPlanRow.workbook_id, ActivitySessionRow.done_on, ActivitySessionRow.pain)
                .join(ActivityPlanRow, ActivityPlanRow.id == ActivitySessionRow.plan_id).where(
                    ActivitySessionRow.deleted_at.is_(None), ActivitySessionRow.pain.is_not(None)),
                ActivityPlanRow.workbook_id, ActivitySessionRow.done_on, periods)):
            if day >= periods[wb]:
                pains[wb].append(("graded_activity", day, pain))
        planned = pacing.PacingActivityRow
        for wb, monday, weekday, pain in run(from_each(
                select(planned.workbook_id, planned.week_of, planned.day, planned.pain).where(
                    planned.deleted_at.is_(None), planned.pain.is_not(None)),
                planned.workbook_id, planned.week_of, {wb: monday_of(since) for wb, since in periods.items()})):
            if monday >= monday_of(periods[wb]):
                pains[wb].append(("pacing", monday + timedelta(days=weekday), pain))
        # the latest day anything was noted: per workbook one index seek per table, in one statement
        latest = [select(func.max(column)).where(table.workbook_id == WorkbookRow.id, table.deleted_at.is_(None))
                  .scalar_subquery() for table, column in (
                      (too_much.CheckInRow, too_much.CheckInRow.day),
                      (understanding.ChainEntryRow, understanding.ChainEntryRow.day),
                      (too_much_practice.RelaxationRow, too_much_practice.RelaxationRow.day),
                      (too_much.AnswerRow, too_much.AnswerRow.answered_on),
                      (too_little.ScoreRow, too_little.ScoreRow.day),
                      (exposure.ExposureAttemptRow, exposure.ExposureAttemptRow.happened_at))]
        last: defaultdict[str, list[date]] = defaultdict(list)
        for wb, *days in run(select(WorkbookRow.id, *latest).where(WorkbookRow.id.in_(ids))):
            *plain, attempt = days
            last[wb] += [d for d in plain if d is not None]
            if attempt is not None:
                last[wb].append(attempt.astimezone().date())
        signal_days: defaultdict[str, list[tuple[date, int]]] = defaultdict(list)
        checkin = too_much.CheckInRow
        for wb, day, n in run(from_each(
                select(checkin.workbook_id, checkin.day, func.count(too_much.SignalRow.id)).join(
                    too_much.SignalRow, too_much.SignalRow.checkin_id == checkin.id).where(
                    checkin.deleted_at.is_(None), too_much.SignalRow.deleted_at.is_(None)),
                checkin.workbook_id, checkin.day, first_mondays).group_by(checkin.workbook_id, checkin.day)):
            signal_days[wb].append((day, n))
        by_scale = scores if scores is not None else score_moments(s.connection(), ids)
        practice: defaultdict[str, list[RelaxationPractice]] = defaultdict(list)
        relax = too_much_practice.RelaxationRow
        for wb, day, exercise, followed, tension_before, tension_after in run(from_each(
                select(relax.workbook_id, relax.day, relax.exercise, relax.followed_seconds, relax.before,
                       relax.after).where(relax.deleted_at.is_(None)),
                relax.workbook_id, relax.day, periods).order_by(relax.day, relax.created_at)):
            if day >= periods[wb]:
                practice[wb].append(RelaxationPractice(day, exercise, followed, tension_before, tension_after))
    out: dict[str, BriefFacts] = {}
    for wb, since in periods.items():
        stagnating, above = False, 0
        plan = plans.get(wb)
        if plan is not None and plan.current is not None:
            version, mine = plan.current, sessions.get(plan.id, [])
            stagnating = is_stagnating(version.schedule, version.start_on, mine, plan.sessions_per_week, today)
            above = sum(1 for x in mine if x.day >= since and above_quota(
                x.amount, version.quota_on(x.day), version.schedule.baseline))
            if plan.id in latest_session:
                last[wb].append(latest_session[plan.id])
        ratings = []
        for item_id, label in items.get(wb, ()):
            if item_id not in history:
                continue
            before = [f for when, f in history[item_id] if when < starts[wb]]
            after = [f for when, f in history[item_id] if when >= starts[wb]]
            if after:
                ratings.append((label, before[-1] if before else after[0], after[-1]))
        now, weeks_before = weekly_totals(signal_days.get(wb, []), first_mondays[wb], monday_of(today))
        moved = tuple((scale, rows[-2][0], rows[-2][1], rows[-1][0], rows[-1][1])
                      for scale, rows in by_scale.get(wb, {}).items() if len(rows) >= 2)
        out[wb] = BriefFacts(since, today, stagnating, above, tuple(ratings),
                             tuple((w, d, int(n or 0)) for w, d, n in pains.get(wb, ())),
                             max(last.get(wb, ()), default=None), now, weeks_before, moved,
                             tuple(practice.get(wb, ())))
    return out


def score_moments(connection: Connection, ids: list[str]) -> ScoreMoments:
    """Per workbook in ``ids``, per questionnaire: its (moment, total) pairs by day."""
    from .too_little import ScoreRow

    return moments_by_scale(connection.execute(
        select(ScoreRow.workbook_id, ScoreRow.scale, ScoreRow.moment, ScoreRow.total)
        .where(ScoreRow.workbook_id.in_(ids), ScoreRow.deleted_at.is_(None)).order_by(ScoreRow.day)))


def moments_by_scale(rows: Iterable[tuple[str, str, str, float]]) -> ScoreMoments:
    """(workbook, questionnaire, moment, total) rows by day, grouped as :data:`ScoreMoments`."""
    by_scale: defaultdict[str, dict[str, list[tuple[str, float]]]] = defaultdict(dict)
    for wb, scale, moment, total in rows:
        by_scale[wb].setdefault(scale, []).append((moment, total))
    return by_scale
