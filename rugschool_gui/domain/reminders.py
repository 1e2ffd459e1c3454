"""Reminders for practising at home: what is due when, and how a reminder stays polite.

Pure rules, no Qt and no clock of their own (every function takes ``now``), so they are tested
with a fixed clock. The reminder service in ``ui/reminders`` feeds them what the workbook plans
today and shows what they say is due.

The rules (WORKBOOK.md §5 and §8, issue #20):

* each kind (graded activity, exposure attempts, the daily stress check-in, planned pacing
  activities) reminds only when the person turned it on: nothing is on by default;
* graded activity reminds on the days and at the time the person picked; an exposure attempt at
  its planned time; the check-in daily at its chosen time; a pacing activity at the start of its
  day part;
* never during quiet hours (no reminders at night): a reminder that falls in them waits for
  their end on the same day, or is not shown that day at all;
* at most one reminder per item: once shown it is not shown again, unless the person asked for
  "Later (15 min)"; "Vandaag niet" with a barrier (inside or outside, §5) ends it for the day;
* graded activity is time-contingent (§5): when the week's quota is already reached the reminder
  says so, and that doing more is not the plan;
* an item already done today (a session logged, the check-in filled in, an attempt completed,
  an activity ticked off) does not remind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from .errors import DomainError

GRADED_ACTIVITY, EXPOSURE, CHECKIN, PACING = "graded_activity", "exposure", "checkin", "pacing"
KINDS = (GRADED_ACTIVITY, EXPOSURE, CHECKIN, PACING)
#: issue #20: "Later (15 min)"
SNOOZE_MINUTES = 15
#: §5 stagnation: barriers are internal (inside yourself) or external (the situation, others)
BARRIERS = ("inside", "outside")
#: issue #20 "none at night": the default quiet hours, which the person can change
QUIET_START, QUIET_END = time(21, 30), time(8, 0)
#: when a planned pacing activity's day part begins (§2: ochtend, middag, avond)
DAY_PART_TIMES = {"morning": time(9, 0), "afternoon": time(13, 30), "evening": time(18, 30)}
DEFAULT_ACTIVITY_TIME = time(10, 0)
DEFAULT_CHECKIN_TIME = time(20, 0)
DAYS_PER_WEEK = 7
#: which page a reminder opens (the main window's page keys)
PAGES = {GRADED_ACTIVITY: "graded_activity", EXPOSURE: "exposure", CHECKIN: "too_much", PACING: "pacing"}


class UnknownBarrier(DomainError):
    key = "reminders.unknown_barrier"


class UnknownKind(DomainError):
    key = "reminders.unknown_kind"


@dataclass(frozen=True)
class ReminderSettings:
    """What the person chose. Nothing reminds until a kind is turned on."""

    kinds: frozenset[str] = frozenset()
    activity_days: frozenset[int] = frozenset()  # 0 = Monday
    activity_time: time = DEFAULT_ACTIVITY_TIME
    checkin_time: time = DEFAULT_CHECKIN_TIME
    quiet_start: time = QUIET_START
    quiet_end: time = QUIET_END

    def on(self, kind: str) -> bool:
        return kind in self.kinds


def check_settings(s: ReminderSettings) -> ReminderSettings:
    """Unknown kinds or days are refused; times are kept to the minute."""
    for kind in s.kinds:
        if kind not in KINDS:
            raise UnknownKind(value=kind)
    for day in s.activity_days:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day < DAYS_PER_WEEK:
            raise DomainError("reminders.unknown_day", value=day)
    minute = lambda t: t.replace(second=0, microsecond=0)  # noqa: E731
    return replace(s, activity_time=minute(s.activity_time), checkin_time=minute(s.checkin_time),
                   quiet_start=minute(s.quiet_start), quiet_end=minute(s.quiet_end))


def in_quiet_hours(moment: time, s: ReminderSettings) -> bool:
    """Quiet hours may run past midnight (21:30–08:00); equal start and end means none."""
    start, end = s.quiet_start, s.quiet_end
    if start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def shown_at(at: datetime, s: ReminderSettings) -> datetime | None:
    """When a reminder for ``at`` may be shown: ``at`` itself, or the end of the quiet hours on
    the same day, or None when the quiet hours last until the day is over (no reminder at night,
    and not for yesterday's practice the next morning)."""
    if not in_quiet_hours(at.time(), s):
        return at
    end = datetime.combine(at.date(), s.quiet_end, at.tzinfo)
    return end if end > at else None


# ----- what the workbook plans today --------------------------------------------------------
@dataclass(frozen=True)
class GradedActivityToday:
    """The running graded-activity plan, as far as a reminder needs it."""

    sessions_at_quota: int  # this plan week, sessions that reached the week's quota
    sessions_required: int  # the agreed number a week (at least three, §5)
    logged_today: bool


@dataclass(frozen=True)
class PlannedAttempt:
    id: str
    when: datetime  # local time
    completed: bool = False


@dataclass(frozen=True)
class PlannedActivity:
    id: str
    day_part: str
    done: bool = False


@dataclass(frozen=True)
class Planned:
    """Everything of today the reminders look at (filled in by the service from storage)."""

    day: date
    graded_activity: GradedActivityToday | None = None
    attempts: tuple[PlannedAttempt, ...] = ()
    checkin_done: bool = False
    activities: tuple[PlannedActivity, ...] = ()  # today's pacing activities


@dataclass(frozen=True)
class Due:
    """One thing to remind of: ``key`` names the item (once per item), ``at`` when it is due."""

    key: str
    kind: str
    at: datetime
    quota_reached: bool = False

    @property
    def page(self) -> str:
        return PAGES[self.kind]


def due_today(s: ReminderSettings, planned: Planned) -> list[Due]:
    """What may remind today, in order of time (before quiet hours or snoozing are applied)."""
    day = planned.day
    at = lambda t: datetime.combine(day, t)  # noqa: E731
    items: list[Due] = []
    ga = planned.graded_activity
    if s.on(GRADED_ACTIVITY) and ga is not None and day.weekday() in s.activity_days and not ga.logged_today:
        items.append(Due(f"{GRADED_ACTIVITY}:{day.isoformat()}", GRADED_ACTIVITY, at(s.activity_time),
                         quota_reached=ga.sessions_at_quota >= ga.sessions_required))
    if s.on(EXPOSURE):
        items += [Due(f"{EXPOSURE}:{a.id}", EXPOSURE, a.when.replace(tzinfo=None))
                  for a in planned.attempts if not a.completed and a.when.date() == day]
    if s.on(CHECKIN) and not planned.checkin_done:
        items.append(Due(f"{CHECKIN}:{day.isoformat()}", CHECKIN, at(s.checkin_time)))
    if s.on(PACING):
        items += [Due(f"{PACING}:{a.id}:{day.isoformat()}", PACING, at(DAY_PART_TIMES[a.day_part]))
                  for a in planned.activities if not a.done and a.day_part in DAY_PART_TIMES]
    return sorted(items, key=lambda d: (d.at, KINDS.index(d.kind), d.key))


# ----- what the person did with a reminder ----------------------------------------------------
@dataclass(frozen=True)
class Declined:
    barrier: str  # one of BARRIERS
    words: str = ""


@dataclass(frozen=True)
class ReminderState:
    """Per day: shown items, snoozed ones (until when) and the ones declined for today."""

    day: date
    shown: frozenset[str] = frozenset()
    snoozed: Mapping[str, datetime] = field(default_factory=dict)
    declined: Mapping[str, Declined] = field(default_factory=dict)

    def for_day(self, day: date) -> ReminderState:
        """A new day starts with a clean slate."""
        return self if day == self.day else ReminderState(day)


def snooze(state: ReminderState, key: str, now: datetime) -> ReminderState:
    """"Later (15 min)": the item may remind once more, a quarter of an hour from now."""
    return replace(state, snoozed={**state.snoozed, key: now + timedelta(minutes=SNOOZE_MINUTES)})


def decline(state: ReminderState, key: str, barrier: str, words: str = "") -> ReminderState:
    """"Vandaag niet", with what stood in the way: no more reminders for this item today."""
    if barrier not in BARRIERS:
        raise UnknownBarrier(value=barrier)
    snoozed = {k: v for k, v in state.snoozed.items() if k != key}
    return replace(state, snoozed=snoozed, declined={**state.declined, key: Declined(barrier, words.strip())})


def mark_shown(state: ReminderState, key: str) -> ReminderState:
    """Shown once: a snooze that brought it back is used up as well."""
    snoozed = {k: v for k, v in state.snoozed.items() if k != key}
    return replace(state, shown=state.shown | {key}, snoozed=snoozed)


def _moment(item: Due, state: ReminderState, s: ReminderSettings) -> datetime | None:
    if item.key in state.declined:
        return None
    if item.key in state.snoozed:
        return shown_at(state.snoozed[item.key], s)
    if item.key in state.shown:
        return None
    return shown_at(item.at, s)


def due_now(items: Iterable[Due], state: ReminderState, now: datetime, s: ReminderSettings) -> list[Due]:
    """The reminders to show at ``now``: due, not yet shown (or snoozed until now), not declined,
    outside quiet hours, and of today (never yesterday's at night or the next morning)."""
    if in_quiet_hours(now.time(), s):
        return []
    state = state.for_day(now.date())
    out = []
    for item in items:
        moment = _moment(item, state, s)
        if moment is not None and moment <= now and moment.date() == now.date():
            out.append(item)
    return out


def next_moment(items: Iterable[Due], state: ReminderState, now: datetime, s: ReminderSettings) -> datetime | None:
    """The next moment after ``now`` a reminder is due today, if any (for the tray's tooltip)."""
    state = state.for_day(now.date())
    later = [m for item in items if (m := _moment(item, state, s)) is not None
             and m > now and m.date() == now.date()]
    return min(later, default=None)


def message_key(item: Due) -> str:
    """Which sentence the reminder shows: graded activity says when the quota is reached."""
    if item.kind == GRADED_ACTIVITY and item.quota_reached:
        return "graded_activity_quota_reached"
    return item.kind
