"""Graded activity, week by week: the sessions done against the schedule (WORKBOOK.md §5).

A session is checked (:func:`validate_session`) and compared with its week's quota for the
gentle note after logging it (:func:`session_feedback`: more than agreed, as agreed, or a bad
day). Each plan week counts its sessions and those at the quota (:func:`week_results`); the
agreed number missed :data:`~.graded_activity.STAGNATION_WEEKS` finished weeks in a row is
stagnation (:func:`stagnant_weeks`). :func:`schedule_rows` lays the schedule out a week a row
with those results, for the screen and the PDF. The schedule itself, its checks and how an
amount reads are in :mod:`.graded_activity`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from .errors import DomainError, OutOfRange
from .graded_activity import (
    BASELINE_COUNT,
    PAIN_MAX,
    PAIN_MIN,
    STAGNATION_WEEKS,
    Schedule,
    ScheduleVersion,
    Session,
    above_quota,
    check_amount,
    reaches,
    week_of,
)
from .text import check_range


# ----- one session ----------------------------------------------------------------------------
def validate_session(session: Session) -> Session:
    if not isinstance(session.day, date):
        raise DomainError("graded_activity.missing_date")
    pain = check_range(session.pain, PAIN_MIN, PAIN_MAX)
    if pain is not None and int(pain) != pain:
        raise OutOfRange(low=PAIN_MIN, high=PAIN_MAX, value=pain)
    return replace(session, amount=check_amount(session.amount),
                   pain=None if pain is None else int(pain), note=(session.note or "").strip())


ABOVE, ON_QUOTA, BELOW = "above", "on", "below"


def session_feedback(amount: float, quota: float, baseline: float | None = None) -> str:
    """How a session compares with the quota, for the gentle note after logging it.

    ``above``: more than agreed (a note, not a reward); ``below``: a bad day (go slower or
    spread it over the day next time, still aiming at the agreed amount); ``on``: as agreed.
    """
    if above_quota(amount, quota, baseline):
        return ABOVE
    return ON_QUOTA if reaches(amount, quota, baseline) else BELOW


# ----- week by week -----------------------------------------------------------------------
@dataclass(frozen=True)
class WeekResult:
    week: int
    quota: float
    sessions: int  # sessions logged in the week
    at_quota: int  # of which reached the quota
    required: int  # sessions per week agreed

    @property
    def met(self) -> bool:
        """The quota reached in at least the agreed number of sessions."""
        return self.at_quota >= self.required

    @property
    def too_few_sessions(self) -> bool:
        return self.sessions < self.required


def week_results(schedule: Schedule, start_on: date, sessions: Iterable[Session],
                 sessions_per_week: int, today: date, first_week: int = 0) -> list[WeekResult]:
    """Every plan week from ``first_week`` (0: the first) up to and including today's (the last
    one is still running)."""
    current = week_of(start_on, today)
    first_week = max(0, first_week)
    if current < first_week:
        return []
    counts = [0] * (current + 1)
    reached = [0] * (current + 1)
    for s in sessions:
        w = week_of(start_on, s.day)
        if first_week <= w <= current:
            counts[w] += 1
            if reaches(s.amount, schedule.quota(w), schedule.baseline):
                reached[w] += 1
    return [WeekResult(w, schedule.quota(w), counts[w], reached[w], sessions_per_week)
            for w in range(first_week, current + 1)]


def stagnant_weeks(schedule: Schedule, start_on: date, sessions: Iterable[Session],
                   sessions_per_week: int, today: date) -> tuple[WeekResult, ...]:
    """The last :data:`STAGNATION_WEEKS` finished weeks when all of them were missed (WORKBOOK.md
    §5: the quota reached in fewer sessions than agreed), else ``()``. A session counts only when
    it reached the week's quota, so "4 sessions" of which one at the quota is a missed week —
    the page shows these very results beside its message.

    The running week does not count yet: it can still be made up.
    """
    first = week_of(start_on, today) - STAGNATION_WEEKS  # only the last weeks are looked at
    finished = week_results(schedule, start_on, sessions, sessions_per_week, today, first)[:-1]
    last = tuple(finished[-STAGNATION_WEEKS:])
    if len(last) < STAGNATION_WEEKS or any(r.met for r in last):
        return ()
    return last


def is_stagnating(schedule: Schedule, start_on: date, sessions: Iterable[Session],
                  sessions_per_week: int, today: date) -> bool:
    """The last :data:`STAGNATION_WEEKS` finished weeks all missed (:func:`stagnant_weeks`)."""
    return bool(stagnant_weeks(schedule, start_on, sessions, sessions_per_week, today))


def current_level(sessions: Iterable[Session]) -> float | None:
    """The level reached now: the mean of the latest three sessions (like the baseline)."""
    latest = sorted(sessions, key=lambda s: s.day)[-BASELINE_COUNT:]
    if not latest:
        return None
    return sum(s.amount for s in latest) / len(latest)


# ----- the schedule as a table ---------------------------------------------------------------
@dataclass(frozen=True)
class ScheduleRow:
    """One week of the schedule as a table shows it."""

    week: int  # 0 = the start week; the person reads :func:`.graded_activity.human_week`
    first_day: date
    quota: float  # as the person reads it (``Schedule.shown_quota``)
    result: WeekResult | None  # None before the week began (or without results)
    current: bool  # today's week

    @property
    def met(self) -> bool | None:
        """Was the week's quota met? None while it runs or before it began."""
        return None if self.result is None or self.current else self.result.met


def schedule_rows(version: ScheduleVersion, results: Sequence[WeekResult] = (),
                  current_week: int | None = None) -> list[ScheduleRow]:
    """The start week to the goal week (or to the last week with results, if later)."""
    last = max([version.schedule.weeks, *(r.week for r in results)])
    by_week = {r.week: r for r in results}
    return [ScheduleRow(w, version.first_day(w), version.schedule.shown_quota(w), by_week.get(w),
                        w == current_week) for w in range(last + 1)]
