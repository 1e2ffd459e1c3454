"""Reminders for practising at home: what is due when, and how a reminder stays polite.

Pure rules, no Qt and no clock of their own (every function takes ``now``), so they are tested
with a fixed clock. The reminder service in ``ui/reminders`` feeds them what the workbook plans
today and shows what they say is due.

The rules (WORKBOOK.md §5 and §8, issue #20):

* each kind (graded activity, exposure attempts, the daily stress check-in, planned pacing
  activities, homework that is due) reminds only when the person turned it on: nothing is on by
  default;
* graded activity reminds on the days and at the time the person picked; an exposure attempt at
  its planned time; the check-in daily at its chosen time; a pacing activity at the start of its
  day part; homework with a due date at its chosen time on its **reminder day** (below);
* never during quiet hours (no reminders at night): a reminder that falls in them waits for
  their end on the same day, or is not shown that day at all;
* at most one reminder per item: once shown it is not shown again, unless the person asked for
  "Later (15 min)"; "Vandaag niet" with a barrier (inside or outside, §5) ends it for the day;
* graded activity is time-contingent (§5): when the week's quota is already reached the reminder
  says so, and that doing more is not the plan;
* an item already done today (a session logged, the check-in filled in, an attempt completed,
  an activity ticked off) does not remind; homework that is done, or postponed for its period,
  never reminds.

Homework (issue #25's psychologist's loop): one reminder per homework, never two. Its day is the
due date, or **the day before** when more than one thing is asked (three relaxation sessions,
stress signals on two days) and that day still counts for it: one check-in a day cannot make up
two days on the last one, and a day ahead leaves room to spread the rest calmly instead of
cramming it (§2 pacing, §5 time-contingent). A task of one thing reminds on its last day. All
homework reminding on the same day comes as one reminder ("at most one reminder per item", and
never a row of notifications after a consultation that set three tasks).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from .errors import DomainError, OutOfRange

if TYPE_CHECKING:
    from .homework import Progress

GRADED_ACTIVITY, EXPOSURE, CHECKIN, PACING = "graded_activity", "exposure", "checkin", "pacing"
HOMEWORK = "homework"
KINDS = (GRADED_ACTIVITY, EXPOSURE, CHECKIN, PACING, HOMEWORK)
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
#: homework: in the morning, so the day it is about is still ahead
DEFAULT_HOMEWORK_TIME = time(10, 0)
DAYS_PER_WEEK = 7
#: which page a reminder opens (the main window's page keys)
#: (homework: the home page, where "Je huiswerk deze week" shows each task with what is still to go)
PAGES = {GRADED_ACTIVITY: "graded_activity", EXPOSURE: "exposure", CHECKIN: "too_much", PACING: "pacing",
         HOMEWORK: "home"}
#: which part of the page: the check-in is filled in on the stress signals of "Te veel"
PARTS = {CHECKIN: "signals"}


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
    homework_time: time = DEFAULT_HOMEWORK_TIME
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
                   homework_time=minute(s.homework_time), quiet_start=minute(s.quiet_start), quiet_end=minute(s.quiet_end))


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
class PlannedHomework:
    """A homework with a due date, as its progress stands today."""

    id: str
    due_on: date
    first: date  # the first day of the period that counts for it
    target: int  # how many things are asked in the period
    settled: bool = False  # done, or postponed for this period


def homework_due(progress: Iterable[Progress]) -> tuple[PlannedHomework, ...]:
    """The homework with a due date among this week's progress (``domain.homework``)."""
    from .homework import DONE, POSTPONED

    return tuple(PlannedHomework(p.homework.id, p.homework.due_on, p.first, p.target,
                                 p.state in (DONE, POSTPONED))
                 for p in progress if p.homework.due_on is not None and p.homework.id)


def reminder_day(h: PlannedHomework) -> date:
    """The one day a homework reminds: the day before its due date when more than one thing is
    asked and that day still counts for it, else the due date (module docstring)."""
    before = h.due_on - timedelta(days=1)
    return before if h.target > 1 and before >= h.first else h.due_on


@dataclass(frozen=True)
class Planned:
    """Everything of today the reminders look at (filled in by the service from storage)."""

    day: date
    graded_activity: GradedActivityToday | None = None
    attempts: tuple[PlannedAttempt, ...] = ()
    checkin_done: bool = False
    activities: tuple[PlannedActivity, ...] = ()  # today's pacing activities
    homework: tuple[PlannedHomework, ...] = ()  # homework with a due date, this week's


@dataclass(frozen=True)
class Due:
    """One thing to remind of: ``key`` names the item (once per item), ``at`` when it is due."""

    key: str
    kind: str
    at: datetime
    quota_reached: bool = False
    #: the planned attempt or activity it is about (None: the day's check-in, session, homework)
    item_id: str | None = None
    #: homework: the last day of at least one of the tasks it reminds of is today
    last_day: bool = False

    @property
    def page(self) -> str:
        return PAGES[self.kind]

    @property
    def part(self) -> str | None:
        """The part of the page it opens on (None: the page as it is)."""
        return PARTS.get(self.kind)


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
        items += [Due(f"{EXPOSURE}:{a.id}", EXPOSURE, a.when.replace(tzinfo=None), item_id=a.id)
                  for a in planned.attempts if not a.completed and a.when.date() == day]
    if s.on(CHECKIN) and not planned.checkin_done:
        items.append(Due(f"{CHECKIN}:{day.isoformat()}", CHECKIN, at(s.checkin_time)))
    if s.on(PACING):
        items += [Due(f"{PACING}:{a.id}:{day.isoformat()}", PACING, at(DAY_PART_TIMES[a.day_part]), item_id=a.id)
                  for a in planned.activities if not a.done and a.day_part in DAY_PART_TIMES]
    if s.on(HOMEWORK):
        due = [h for h in planned.homework if not h.settled and reminder_day(h) == day]
        if due:  # one reminder for all of the day's homework
            items.append(Due(f"{HOMEWORK}:{day.isoformat()}", HOMEWORK, at(s.homework_time),
                             last_day=any(h.due_on == day for h in due)))
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
    if item.kind == HOMEWORK:
        return "homework_today" if item.last_day else "homework_tomorrow"
    return item.kind


# ----- "Vandaag niet" kept in the workbook ----------------------------------------------------
#: as many characters as the decline dialog takes
MAX_WORDS = 200


@dataclass(frozen=True)
class DeclinedReminder:
    """A "Vandaag niet" with its barrier and words, kept where the psychologist sees it (the
    consultation brief). Graded activity keeps them with its plan's barriers instead (§5)."""

    id: str | None
    day: date
    kind: str
    barrier: str  # one of BARRIERS
    words: str = ""
    item_id: str | None = None  # the planned attempt or activity it was about


def validate_declined(d: DeclinedReminder) -> DeclinedReminder:
    """Known kind and barrier, the words trimmed and not longer than the dialog takes."""
    if d.kind not in KINDS:
        raise UnknownKind(value=str(d.kind)[:30])
    if d.barrier not in BARRIERS:
        raise UnknownBarrier(value=str(d.barrier)[:30])
    words = d.words.strip()
    if len(words) > MAX_WORDS:
        raise OutOfRange(low=0, high=MAX_WORDS, value=len(words))
    return replace(d, words=words)


def declined_record(item: Due, barrier: str, words: str, day: date) -> DeclinedReminder:
    """What is kept of "Vandaag niet" on ``item`` (checked: a wrong barrier is refused)."""
    return validate_declined(DeclinedReminder(None, day, item.kind, barrier, words, item.item_id))
