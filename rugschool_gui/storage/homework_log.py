"""What the patient logged in a span of days, as the plain facts homework progress is counted from
(:class:`~rugschool_gui.domain.homework.PatientLog`): one query per chapter, rows in use only.
Which of them count for which homework is the domain's rule (``domain/homework.py``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from ..domain.graded_activity import Plan
from ..domain.graded_activity_plan import summarize
from ..domain.graded_activity_plan import this_week as plan_week
from ..domain.homework import PatientLog
from ..domain.pacing import week_monday
from .db import Database


def _moment(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(UTC)


def patient_log(db: Database, workbook_id: str, first: date, last: date, on: date) -> PatientLog:
    """The log of [first, last] (both included); the graded-activity plan summarized for ``on``."""
    return patient_logs(db, [workbook_id], first, last, on)[workbook_id]


def patient_logs(db: Database, workbook_ids: Collection[str], first: date, last: date,
                 on: date, plans: Mapping[str, Plan] | None = None) -> dict[str, PatientLog]:
    """Per workbook the log of [first, last]: one query per chapter for all the workbooks (the
    consultation overview asks for every workbook at once); ``plans``: the workbooks' open
    graded-activity plans when the caller has read them already."""
    from . import exposure, pacing, too_much, too_much_practice, understanding
    from .graded_activity import ActivitySessionRow
    from .graded_activity_many import open_plans
    from .pacing_breaks import PacingTimerRunRow

    ids = list(workbook_ids)
    if not ids:
        return {}
    start, end = _moment(first), _moment(last + timedelta(days=1))
    attempts: defaultdict[str, list[tuple[str, date]]] = defaultdict(list)
    steps: dict[str, tuple[int, str]] = {}
    checkins: defaultdict[str, set[date]] = defaultdict(set)
    relax: defaultdict[str, list[tuple[date, str]]] = defaultdict(list)
    want: defaultdict[str, set[date]] = defaultdict(set)
    runs: defaultdict[str, list[tuple[date, int]]] = defaultdict(list)
    answers: defaultdict[str, list[tuple[date, str]]] = defaultdict(list)
    chains: defaultdict[str, list[date]] = defaultdict(list)
    with db.transaction() as s:
        for row in s.scalars(select(exposure.ExposureAttemptRow).join(
                exposure.FearItemRow, exposure.FearItemRow.id == exposure.ExposureAttemptRow.item_id).where(
                exposure.ExposureAttemptRow.workbook_id.in_(ids), exposure.ExposureAttemptRow.deleted_at.is_(None),
                exposure.FearItemRow.deleted_at.is_(None), exposure.ExposureAttemptRow.happened_at >= start,
                exposure.ExposureAttemptRow.happened_at < end)):
            attempt = exposure._attempt(row)
            if attempt.completed:
                attempts[row.workbook_id].append((attempt.item_id, attempt.when.astimezone().date()))
        # the current step: the lowest-ranked live step not yet mastered (FearHierarchy.current_step)
        for wb, item_id, rank in s.execute(select(
                exposure.FearItemRow.workbook_id, exposure.FearItemRow.id, exposure.FearItemRow.rank).where(
                exposure.FearItemRow.workbook_id.in_(ids), exposure.FearItemRow.deleted_at.is_(None),
                exposure.FearItemRow.mastered.is_(False))
                .order_by(exposure.FearItemRow.rank.desc(), exposure.FearItemRow.created_at.desc())):
            steps[wb] = (rank, item_id)  # the last one written is the lowest rank
        for wb, day in s.execute(select(too_much.CheckInRow.workbook_id, too_much.CheckInRow.day).join(
                too_much.SignalRow, too_much.SignalRow.checkin_id == too_much.CheckInRow.id).where(
                too_much.CheckInRow.workbook_id.in_(ids), too_much.CheckInRow.deleted_at.is_(None),
                too_much.SignalRow.deleted_at.is_(None), too_much.CheckInRow.day.between(first, last)).distinct()):
            checkins[wb].add(day)
        for wb, day, exercise in s.execute(select(
                too_much_practice.RelaxationRow.workbook_id, too_much_practice.RelaxationRow.day, too_much_practice.RelaxationRow.exercise).where(
                too_much_practice.RelaxationRow.workbook_id.in_(ids), too_much_practice.RelaxationRow.deleted_at.is_(None),
                too_much_practice.RelaxationRow.day.between(first, last))):
            relax[wb].append((day, exercise))
        for wb, monday, weekday in s.execute(select(
                pacing.PacingActivityRow.workbook_id, pacing.PacingActivityRow.week_of, pacing.PacingActivityRow.day)
                .where(pacing.PacingActivityRow.workbook_id.in_(ids), pacing.PacingActivityRow.deleted_at.is_(None),
                       pacing.PacingActivityRow.motive == "want",
                       pacing.PacingActivityRow.week_of.between(week_monday(first), last))):
            want[wb].add(monday + timedelta(days=weekday))
        for wb, when, n in s.execute(select(
                PacingTimerRunRow.workbook_id, PacingTimerRunRow.started_at, PacingTimerRunRow.breaks_taken).where(
                PacingTimerRunRow.workbook_id.in_(ids), PacingTimerRunRow.started_at >= start,
                PacingTimerRunRow.started_at < end)):
            runs[wb].append((when.astimezone().date(), n))
        for wb, day, question in s.execute(select(
                too_much.AnswerRow.workbook_id, too_much.AnswerRow.answered_on, too_much.AnswerRow.question).where(
                too_much.AnswerRow.workbook_id.in_(ids), too_much.AnswerRow.deleted_at.is_(None),
                func.trim(too_much.AnswerRow.text) != "", too_much.AnswerRow.answered_on.between(first, last))):
            answers[wb].append((day, question))
        for wb, day in s.execute(select(understanding.ChainEntryRow.workbook_id, understanding.ChainEntryRow.day)
                                 .where(understanding.ChainEntryRow.workbook_id.in_(ids),
                                        understanding.ChainEntryRow.deleted_at.is_(None),
                                        understanding.ChainEntryRow.day.between(first, last))):
            chains[wb].append(day)
        plans = open_plans(db, ids) if plans is None else {wb: plans[wb] for wb in ids if wb in plans}
        spans = {plan.id: span for plan in plans.values() if (span := plan_week(plan, on)) is not None}
        week_days: defaultdict[str, list[date]] = defaultdict(list)
        if spans:
            low, high = min(a for a, _b in spans.values()), max(b for _a, b in spans.values())
            for plan_id, day in s.execute(select(ActivitySessionRow.plan_id, ActivitySessionRow.done_on).where(
                    ActivitySessionRow.plan_id.in_(list(spans)), ActivitySessionRow.deleted_at.is_(None),
                    ActivitySessionRow.done_on >= low, ActivitySessionRow.done_on < high)):
                if spans[plan_id][0] <= day < spans[plan_id][1]:
                    week_days[plan_id].append(day)
    return {wb: PatientLog(
        attempts=tuple(attempts.get(wb, ())),
        current_step=steps[wb][1] if wb in steps else None,
        activity=summarize(plans[wb], on, week_days.get(plans[wb].id, [])) if wb in plans else None,
        checkin_days=frozenset(checkins.get(wb, ())), relaxation=tuple(relax.get(wb, ())),
        want_days=frozenset(want.get(wb, ())), breaks_taken=tuple(runs.get(wb, ())),
        reflections=tuple(answers.get(wb, ())), chain_days=tuple(chains.get(wb, ()))) for wb in ids}


#: the entries a comment can be written on, newest first, per kind
RECENT_PER_KIND = 10


def recent_entries(db: Database, workbook_id: str) -> list[tuple[str, str, date, str]]:
    """The patient's latest entries a psychologist can comment on: (table, id, day, a few words)."""
    from . import exposure, pacing, too_little, too_much, understanding

    out: list[tuple[str, str, date, str]] = []
    with db.transaction() as s:
        attempts = s.execute(select(exposure.ExposureAttemptRow.id, exposure.ExposureAttemptRow.happened_at,
                                    exposure.FearItemRow.label).join(
            exposure.FearItemRow, exposure.FearItemRow.id == exposure.ExposureAttemptRow.item_id).where(
            exposure.ExposureAttemptRow.workbook_id == workbook_id, exposure.ExposureAttemptRow.deleted_at.is_(None))
            .order_by(exposure.ExposureAttemptRow.happened_at.desc()).limit(RECENT_PER_KIND))
        out += [("exposure_attempt", i, when.astimezone().date(), label) for i, when, label in attempts]
        chains = s.execute(select(understanding.ChainEntryRow.id, understanding.ChainEntryRow.day,
                                  understanding.ChainEntryRow.note).where(
            understanding.ChainEntryRow.workbook_id == workbook_id, understanding.ChainEntryRow.deleted_at.is_(None))
            .order_by(understanding.ChainEntryRow.day.desc()).limit(RECENT_PER_KIND))
        out += [("chain_entry", i, day, note) for i, day, note in chains]
        answers = s.execute(select(too_much.AnswerRow.id, too_much.AnswerRow.answered_on, too_much.AnswerRow.text)
                            .where(too_much.AnswerRow.workbook_id == workbook_id,
                                   too_much.AnswerRow.deleted_at.is_(None))
                            .order_by(too_much.AnswerRow.answered_on.desc()).limit(RECENT_PER_KIND))
        out += [("reflection_answer", i, day, text) for i, day, text in answers]
        planned = s.execute(select(pacing.PacingActivityRow.id, pacing.PacingActivityRow.week_of,
                                   pacing.PacingActivityRow.day, pacing.PacingActivityRow.name)
                            .where(pacing.PacingActivityRow.workbook_id == workbook_id,
                                   pacing.PacingActivityRow.deleted_at.is_(None))
                            .order_by(pacing.PacingActivityRow.week_of.desc(), pacing.PacingActivityRow.day.desc())
                            .limit(RECENT_PER_KIND))
        out += [("pacing_activity", i, monday + timedelta(days=day), name) for i, monday, day, name in planned]
        scores = s.execute(select(too_little.ScoreRow.id, too_little.ScoreRow.day, too_little.ScoreRow.name,
                                  too_little.ScoreRow.scale, too_little.ScoreRow.total)
                           .where(too_little.ScoreRow.workbook_id == workbook_id, too_little.ScoreRow.deleted_at.is_(None))
                           .order_by(too_little.ScoreRow.day.desc()).limit(RECENT_PER_KIND))
        out += [("questionnaire_score", i, day, f"{name or scale.upper()} {total:g}") for i, day, name, scale, total in scores]
    return sorted(out, key=lambda e: e[2], reverse=True)
