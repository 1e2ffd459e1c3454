"""Graded activity: baseline, build-up schedule, sessions and stagnation (WORKBOOK.md §5).

Rules kept here, free of any toolkit:

* one measurable activity, in minutes, repetitions or metres;
* baseline = the mean of exactly :data:`BASELINE_COUNT` measurements;
* start level = baseline reduced by :data:`REDUCTION_MIN`–:data:`REDUCTION_MAX` (default 25 %);
* weekly increment = (goal − start) / weeks; the start week (index 0) = start level, then
  week 1 … week ``weeks`` = goal (:func:`human_week`: people never read "week 0");
* at least :data:`MIN_SESSIONS_PER_WEEK` sessions a week, each aiming at the week's quota,
  whatever the pain (time-contingent);
* the quota or the number of sessions missed :data:`STAGNATION_WEEKS` weeks in a row is
  stagnation: time to look at barriers and perhaps recompute from the current level.

Exact values are kept; :mod:`.graded_activity_reading` rounds only what a person reads. Every
check raises a ``ValueError`` subclass (a :class:`DomainError` keyed ``graded_activity.<key>``,
worded in ``wording/graded_activity.py``) and changes nothing. A plan's life cycle (draft →
active → finished or abandoned), the set-up preview and "where am I this week" are in
:mod:`.graded_activity_plan`; the sessions week by week (results, stagnation, the schedule as a
table) in :mod:`.graded_activity_weeks`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeGuard

from .errors import DomainError, OutOfRange
from .graded_activity_reading import display_amount, percent, shown_level
from .text import clean_label

UNITS = ("minutes", "repetitions", "metres")  # WORKBOOK.md §5: measurable in time or repetitions
BASELINE_COUNT = 3  # WORKBOOK.md §5: measure on three occasions; baseline = their mean
REDUCTION_MIN = 0.20  # WORKBOOK.md §5: start 20 to 30 % below the baseline …
REDUCTION_MAX = 0.30
REDUCTION_DEFAULT = 0.25  # … default 25 %
MIN_SESSIONS_PER_WEEK = 3  # WORKBOOK.md §5: practise at least three times a week
MAX_SESSIONS_PER_WEEK = 21  # three a day is the most a schedule sensibly asks
STAGNATION_WEEKS = 2  # WORKBOOK.md §5: quota missed e.g. two weeks in a row
MAX_WEEKS = 104  # two years; longer plans are better cut into intermediate goals
MAX_AMOUNT = 100_000  # 100 km in metres, 1666 hours in minutes: beyond is a typing slip
PAIN_MIN, PAIN_MAX = 0, 10  # the usual 0–10 pain scale (GLOSSARY: "pijn 3/10")
MAX_ACTIVITY_LENGTH = 100
DAYS_PER_WEEK = 7  # WORKBOOK.md §5: the schedule steps up once a week, counted from its start day
_EPSILON = 1e-9  # 0.1 + 0.2 style float noise at the edges of the reduction range


class NotEnoughMeasurements(DomainError):
    key = "graded_activity.not_enough_measurements"


class TooManyMeasurements(DomainError):
    key = "graded_activity.too_many_measurements"


class AmountNotPositive(DomainError):
    key = "graded_activity.amount_not_positive"


class ReductionOutOfRange(DomainError):
    key = "graded_activity.reduction_out_of_range"


class GoalNotAboveStart(DomainError):
    key = "graded_activity.goal_not_above_start"


class WeeksOutOfRange(DomainError):
    key = "graded_activity.weeks_out_of_range"


class TooFewSessions(DomainError):
    key = "graded_activity.too_few_sessions"


class UnknownUnit(DomainError):
    key = "graded_activity.unknown_unit"


# ----- checks -------------------------------------------------------------------------------
def _is_number(value: object) -> TypeGuard[int | float]:
    return not isinstance(value, bool) and isinstance(value, int | float)


def check_amount(value: object) -> float:
    """A measured or planned amount: a finite number above zero (and not absurdly large)."""
    if not _is_number(value) or not math.isfinite(value):
        raise AmountNotPositive(value=value)
    amount = float(value)
    if amount <= 0:
        raise AmountNotPositive(value=value)
    if amount > MAX_AMOUNT:
        raise OutOfRange(low=1, high=MAX_AMOUNT, value=value)
    return amount


def check_reduction(value: object) -> float:
    """The reduction as a fraction, 0.20–0.30 inclusive (WORKBOOK.md §5)."""
    low, high = percent(REDUCTION_MIN), percent(REDUCTION_MAX)
    if not _is_number(value) or not math.isfinite(value):
        raise ReductionOutOfRange(value=value, low=low, high=high)
    reduction = float(value)
    if not REDUCTION_MIN - _EPSILON <= reduction <= REDUCTION_MAX + _EPSILON:
        raise ReductionOutOfRange(value=value, low=low, high=high)
    return reduction


def _whole(value: object) -> int | None:
    """``value`` as an int when it is a whole number (2.0 counts), else None."""
    if not _is_number(value) or value != value or not math.isfinite(value):
        return None
    number = float(value)
    return int(number) if number.is_integer() else None


def check_weeks(value: object) -> int:
    weeks = _whole(value)
    if weeks is None or not 1 <= weeks <= MAX_WEEKS:
        raise WeeksOutOfRange(value=value, high=MAX_WEEKS)
    return weeks


def check_sessions_per_week(value: object) -> int:
    """At least three sessions a week (WORKBOOK.md §5), at most :data:`MAX_SESSIONS_PER_WEEK`."""
    sessions = _whole(value)
    if sessions is None or sessions < MIN_SESSIONS_PER_WEEK:
        raise TooFewSessions(value=value, minimum=MIN_SESSIONS_PER_WEEK)
    if sessions > MAX_SESSIONS_PER_WEEK:
        raise OutOfRange(low=MIN_SESSIONS_PER_WEEK, high=MAX_SESSIONS_PER_WEEK, value=value)
    return sessions


def check_unit(unit: object) -> str:
    if not isinstance(unit, str) or unit not in UNITS:
        raise UnknownUnit(value=unit)
    return unit


def check_activity(name: str | None) -> str:
    return clean_label(name, MAX_ACTIVITY_LENGTH)


def _amount_of(measurement: object) -> float:
    """A measurement may be a number, an object with ``amount``, or a (date, amount) pair."""
    if hasattr(measurement, "amount"):
        measurement = measurement.amount
    elif isinstance(measurement, tuple | list) and len(measurement) == 2:
        measurement = measurement[1]
    return check_amount(measurement)


# ----- the plan -----------------------------------------------------------------------------
def baseline_of(measurements: Iterable[object]) -> float:
    """The mean of exactly three measurements (WORKBOOK.md §5)."""
    amounts = [_amount_of(m) for m in measurements]
    if len(amounts) < BASELINE_COUNT:
        raise NotEnoughMeasurements(needed=BASELINE_COUNT - len(amounts), have=len(amounts),
                                    count=BASELINE_COUNT)
    if len(amounts) > BASELINE_COUNT:
        raise TooManyMeasurements(have=len(amounts), count=BASELINE_COUNT)
    return sum(amounts) / BASELINE_COUNT


def start_level(baseline: float, reduction: float = REDUCTION_DEFAULT) -> float:
    """Baseline reduced by 20–30 % (WORKBOOK.md §5): 40 min at 25 % → 30 min."""
    return check_amount(baseline) * (1 - check_reduction(reduction))


@dataclass(frozen=True)
class Schedule:
    """Planned level per week: week 0 = ``start`` … week ``weeks`` = ``goal``."""

    baseline: float
    start: float
    goal: float
    weeks: int
    #: the reduction used for ``start``; None when recomputed from a current level
    reduction: float | None = REDUCTION_DEFAULT

    @property
    def increment(self) -> float:
        """(goal − start) / weeks (WORKBOOK.md §5: 20 → 40 min in 5 weeks is +4 a week)."""
        return (self.goal - self.start) / self.weeks

    def planned(self, week: int) -> float:
        """The exact planned amount in ``week`` (0..weeks)."""
        if isinstance(week, bool) or not isinstance(week, int) or not 0 <= week <= self.weeks:
            raise WeeksOutOfRange(value=week, high=self.weeks)
        if week == self.weeks:
            return self.goal  # exactly the goal, free of float drift
        return min(self.start + self.increment * week, self.goal)

    def quota(self, week: int) -> float:
        """The amount to aim at in ``week`` of the plan; after the last week the goal stays."""
        return self.planned(max(0, min(week, self.weeks)))

    def shown_quota(self, week: int) -> float:
        """The quota of ``week`` as the person reads it (:func:`shown_level`): what a session is
        measured against, so the screen and the rule never disagree."""
        return shown_level(self.quota(week), self.baseline)

    @property
    def levels(self) -> tuple[float, ...]:
        return tuple(self.planned(w) for w in range(self.weeks + 1))


def _schedule(baseline: float, start: float, goal: object, weeks: object,
              reduction: float | None) -> Schedule:
    checked_goal = check_amount(goal)
    checked_weeks = check_weeks(weeks)
    if checked_goal <= start:
        # ``shown``: the start level as the person reads it (whole units), for the message
        raise GoalNotAboveStart(start=start, goal=checked_goal, shown=display_amount(start))
    return Schedule(baseline=baseline, start=start, goal=checked_goal, weeks=checked_weeks,
                    reduction=reduction)


def make_schedule(measurements: Iterable[object], goal: object, weeks: object,
                  reduction: object = REDUCTION_DEFAULT) -> Schedule:
    """The build-up schedule from three baseline measurements (WORKBOOK.md §5).

    ``measurements`` are numbers (or objects with ``amount``); ``reduction`` is a fraction
    (0.25 = 25 %). Bad input raises a ``ValueError`` subclass.
    """
    fraction = check_reduction(reduction)
    base = baseline_of(measurements)
    return _schedule(base, start_level(base, fraction), goal, weeks, fraction)


def recompute_schedule(current: object, goal: object, weeks: object, baseline: float) -> Schedule:
    """A new schedule from the level reached now (stagnation, WORKBOOK.md §5).

    No reduction this time: the person already does ``current`` regularly.
    """
    return _schedule(check_amount(baseline), check_amount(current), goal, weeks, None)


def check_schedule(schedule: Schedule) -> Schedule:
    """A schedule as kept (a version of a plan): baseline and start level real amounts, the
    reduction 20–30 % or none (a recompute), a goal above the start, 1..:data:`MAX_WEEKS` weeks —
    the rules :func:`make_schedule` and :func:`recompute_schedule` apply when it is made, so a
    kept schedule never divides by zero weeks or climbs down to its goal."""
    reduction = None if schedule.reduction is None else check_reduction(schedule.reduction)
    return _schedule(check_amount(schedule.baseline), check_amount(schedule.start), schedule.goal,
                     schedule.weeks, reduction)


# ----- a session and the plan's weeks -------------------------------------------------------
@dataclass(frozen=True)
class Session:
    """One practice session: a day, the amount done, and optionally pain and a note."""

    id: str | None
    day: date
    amount: float
    pain: int | None = None
    note: str = ""


def week_of(start_on: date, day: date) -> int:
    """The plan week of ``day``: week 0 is the first seven days from ``start_on``."""
    return (day - start_on).days // DAYS_PER_WEEK


def week_start(start_on: date, week: int) -> date:
    """The first day of plan ``week`` (week 0 starts on ``start_on``; clamped to the calendar)."""
    try:
        return start_on + timedelta(days=DAYS_PER_WEEK * week)
    except OverflowError:
        return date.min if week < 0 else date.max


def human_week(week: int) -> int | None:
    """The week number a person reads for plan week ``week``: the first seven days are the start
    week (at the start level, no number: None), then week 1 … week ``weeks`` (the goal), so an
    8-week plan reads "week 1 … week 8" — never "week 0"."""
    return week if week >= 1 else None


def _read(amount: float) -> float:
    """An amount done, as the person reads it (one decimal below one unit, like a level)."""
    return shown_level(amount)


def reaches(amount: float, quota: float, baseline: float | None = None) -> bool:
    """Did a session reach the quota, as the person reads both (:func:`shown_level`)?"""
    return _read(amount) >= shown_level(quota, baseline)


def above_quota(amount: float, quota: float, baseline: float | None = None) -> bool:
    """More than agreed: earns a gentle note (time-contingent, not a reward)."""
    return _read(amount) > shown_level(quota, baseline)


@dataclass(frozen=True)
class ScheduleVersion:
    """A schedule and the day it took effect (a recompute adds a version; history stays)."""

    start_on: date
    schedule: Schedule
    #: the stored row's id (None for a version only shown, e.g. the set-up preview)
    id: str | None = None

    def week_of(self, day: date) -> int:
        return week_of(self.start_on, day)

    def first_day(self, week: int) -> date:
        return week_start(self.start_on, week)

    def quota_on(self, day: date) -> float:
        """The amount agreed for a session on ``day`` (WORKBOOK.md §5: the week's quota)."""
        return self.schedule.quota(self.week_of(day))

    def shown_quota_on(self, day: date) -> float:
        """:meth:`quota_on` as the person reads it (:meth:`Schedule.shown_quota`)."""
        return self.schedule.shown_quota(self.week_of(day))

    @property
    def end_day(self) -> date:
        """The first day of the last planned week (the goal week)."""
        return self.first_day(self.schedule.weeks)


# ----- a plan as stored -----------------------------------------------------------------
DRAFT, ACTIVE, FINISHED, ABANDONED = "draft", "active", "finished", "abandoned"
STATUSES = (DRAFT, ACTIVE, FINISHED, ABANDONED)


@dataclass(frozen=True)
class Measurement:
    """One baseline measurement: a day and the amount done before pain became too much."""

    day: date
    amount: float


@dataclass(frozen=True)
class Plan:
    """A graded-activity plan: a draft while it is being set up, then active, then history."""

    id: str
    activity: str
    unit: str
    reduction: float
    sessions_per_week: int
    goal: float | None
    weeks: int | None
    start_on: date | None
    status: str
    measurements: tuple[Measurement | None, ...]  # BASELINE_COUNT slots
    versions: tuple[ScheduleVersion, ...] = ()
    ended_on: date | None = None
    barriers_inside: str = ""
    barriers_outside: str = ""
    realistic: str = ""

    @property
    def current(self) -> ScheduleVersion | None:
        return max(self.versions, key=lambda v: v.start_on) if self.versions else None

    @property
    def first(self) -> ScheduleVersion | None:
        """The version the plan started with (its reduction and start level)."""
        return min(self.versions, key=lambda v: v.start_on) if self.versions else None

    @property
    def missing_measurements(self) -> int:
        return sum(1 for m in self.measurements if m is None)

    @property
    def filled_measurements(self) -> tuple[Measurement, ...]:
        return tuple(m for m in self.measurements if m is not None)

    def proposed_schedule(self) -> Schedule:
        """The schedule the draft would start with; raises what is still missing or wrong."""
        filled = self.filled_measurements
        baseline_of(filled)  # first say how many measurements are still needed
        if self.goal is None:
            raise DomainError("graded_activity.missing_goal")
        return make_schedule(filled, self.goal, self.weeks if self.weeks is not None else 0,
                             self.reduction)
