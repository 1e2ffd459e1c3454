"""The psychologist's overview (WORKBOOK.md §7, the consultation loop): per workbook, one cue per
chapter — where the fear hierarchy stands, which week of the graded-activity plan it is and how
near the goal, whether stress signals go up or down, how a questionnaire moved — and the loop of
consultations (issue #25): the next appointment, how many flags the brief raises
(``domain/brief.py``) and this week's homework with its progress (``domain/homework.py``).

Storage fetches the plain facts of every workbook at once (``storage.consultation``); every rule
that turns them into a cue is here: which step is the current one, which plan is running and on
which schedule, which week that is, the percentage of the goal, which weeks count as "this week"
and "last week", which questionnaire to show. Pure and typed; no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from operator import attrgetter
from typing import NamedTuple

from . import homework as hw
from .brief import BriefFacts, Flag, flags
from .consultations import Consultation, last_and_next
from .graded_activity import ACTIVE, week_of
from .too_little import OTHER_SCALE, scale_title
from .too_much import week_start

#: the plan statuses whose plan the overview follows (§5: a draft has no schedule yet; a finished
#: or abandoned plan is history)
RUNNING_STATUSES: tuple[str, ...] = (ACTIVE,)

UP, DOWN, SAME = "up", "down", "same"


# ----- the facts storage fetches ------------------------------------------------------------
# (plain named tuples: thousands are made per reading, and a tuple is made fastest)
class StepFact(NamedTuple):
    """One live item of the fear hierarchy (§4)."""

    rank: int
    label: str
    mastered: bool


class ScheduleFact(NamedTuple):
    """One version of a plan's schedule: a recompute adds a version from its day on (§5)."""

    start_on: date
    goal: float
    weeks: int


class PlanFact(NamedTuple):
    """A graded-activity plan of a running status, its schedule versions and the amount of its
    latest session (None: none logged yet)."""

    id: str
    activity: str
    status: str
    versions: tuple[ScheduleFact, ...] = ()
    latest_amount: float | None = None


class ScoreFact(NamedTuple):
    """One questionnaire total (§3: taken at the start, in the middle and at the end)."""

    scale: str
    name: str
    day: date
    total: float


class ConsultationFact(NamedTuple):
    """One consultation as the overview needs it: the day it was held and the next appointment."""

    held_on: date
    next_on: date | None


@dataclass(frozen=True)
class LoopFacts:
    """The consultation loop of one workbook (issue #25): its consultations, the homework in use,
    what the patient logged this week (None: no homework asks anything this week) and the facts
    of the brief's period."""

    consultations: tuple[ConsultationFact, ...] = ()
    homework: tuple[hw.Homework, ...] = ()
    log: hw.PatientLog | None = None
    brief: BriefFacts | None = None


@dataclass(frozen=True)
class WorkbookFacts:
    """Everything the overview needs of one workbook, as stored."""

    id: str
    name: str
    worked_on_at: datetime
    archived: bool
    steps: tuple[StepFact, ...] = ()
    plans: tuple[PlanFact, ...] = ()
    signals_week: int = 0  # stress signals noted in the days :func:`signal_weeks` calls this week
    signals_last_week: int = 0  # … and last week
    scores: tuple[ScoreFact, ...] = ()
    loop: LoopFacts = LoopFacts()


# ----- what the overview shows --------------------------------------------------------------
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
    week: int | None = None  # the plan week today (0 = the first seven days; never below 0)
    weeks: int | None = None
    goal_percent: int | None = None  # latest session as % of the goal
    signals_week: int = 0  # stress signals noted this week …
    signals_last_week: int = 0  # … and last week
    signals_trend: str = SAME  # UP, DOWN or SAME: this week against last week
    score_name: str | None = None  # the questionnaire scored most often
    score_first: float | None = None
    score_latest: float | None = None
    next_on: date | None = None  # the next appointment
    flags: tuple[Flag, ...] = ()  # the brief's flags for the period since the last consultation
    homework: int = 0  # this week's homework items
    homework_open: int = 0  # … not yet done (open or partly done)
    homework_postponed: int = 0  # … postponed by the patient
    homework_percent: int | None = None  # what is done of what this week's homework asks


# ----- the rules ----------------------------------------------------------------------------
@dataclass(frozen=True)
class SignalWeeks:
    """The days the stress-signal cue counts: last week from ``since``, this week from
    ``monday`` up to and including ``today`` (§2: signals are noted per day, read per week)."""

    since: date
    monday: date
    today: date


def signal_weeks(today: date) -> SignalWeeks:
    monday = week_start(today)  # weeks run Monday to Sunday, as in the stress-signal chart
    return SignalWeeks(monday - timedelta(days=7), monday, today)


def signal_trend(this_week: int, last_week: int) -> str:
    """More signals than last week (UP), fewer (DOWN) or as many (SAME)."""
    if this_week > last_week:
        return UP
    return DOWN if this_week < last_week else SAME


def current_step(steps: Iterable[StepFact]) -> StepFact | None:
    """The lowest-ranked step not yet mastered (§4: one step at a time, up the hierarchy); None
    when every step is mastered or there are none. The same rule as
    ``exposure.FearHierarchy.current_step``, on the few columns the overview reads."""
    return min((s for s in steps if not s.mastered), key=lambda s: s.rank, default=None)


def is_running(status: str) -> bool:
    return status in RUNNING_STATUSES


def current_version(versions: Iterable[ScheduleFact]) -> ScheduleFact | None:
    """The schedule in effect: the version that started last (a recompute keeps the history)."""
    return max(versions, key=lambda v: v.start_on, default=None)


def running_plan(plans: Iterable[PlanFact]) -> tuple[PlanFact, ScheduleFact] | None:
    """The running plan that has a schedule, with the schedule in effect; of several (there
    should be one), the one whose schedule started last."""
    found: tuple[PlanFact, ScheduleFact] | None = None
    for plan in plans:
        version = current_version(plan.versions)
        if not is_running(plan.status) or version is None:
            continue
        if found is None or version.start_on > found[1].start_on:
            found = (plan, version)
    return found


def plan_week(start_on: date, today: date) -> int:
    """The plan week today (§5: the quota rises week by week; week 0 is the first seven days).
    A plan that starts later shows week 0, not a negative week."""
    return max(0, week_of(start_on, today))


def goal_percent(amount: float | None, goal: float) -> int | None:
    """The latest session as a whole percentage of the goal (§5: the goal is the level aimed at
    by the last week); None without a session or a goal."""
    if amount is None or goal <= 0:
        return None
    return round(100 * amount / goal)


def score_key(score: ScoreFact) -> str:
    """Totals of the same questionnaire belong together; another questionnaire is told apart by
    the name the person gave it."""
    return score.name if score.scale == OTHER_SCALE else score.scale


_DAY = attrgetter("day")


@dataclass(frozen=True)
class ScoreCue:
    title: str
    first: float
    latest: float


def score_cue(scores: Sequence[ScoreFact]) -> ScoreCue | None:
    """The questionnaire scored most often (of equals, the one taken first), its first and its
    latest total (§3: compare the start with later measurements)."""
    groups: dict[str, list[ScoreFact]] = {}
    for score in sorted(scores, key=_DAY):  # stable: same-day totals keep their order
        # (score_key, inline: this runs over every total of every workbook)
        groups.setdefault(score.name if score.scale == OTHER_SCALE else score.scale, []).append(score)
    if not groups:
        return None
    chosen = max(groups.values(), key=len)  # max keeps the first of equals
    return ScoreCue(scale_title(chosen[0].scale, chosen[0].name), chosen[0].total, chosen[-1].total)


def last_held(consultations: Iterable[ConsultationFact], today: date) -> date | None:
    """The day of the latest consultation held on or before ``today`` (the brief starts there)."""
    return max((c.held_on for c in consultations if c.held_on <= today), default=None)


def next_appointment(consultations: Iterable[ConsultationFact], today: date) -> date | None:
    """The next appointment on or after ``today`` (the rule of ``consultations.last_and_next``)."""
    return last_and_next([Consultation(None, c.held_on, next_on=c.next_on) for c in consultations], today)[1]


def current_homework(homework: Iterable[hw.Homework], today: date) -> list[hw.Homework]:
    """The homework that asks something of the week of ``today``."""
    return [h for h in homework if hw.is_current(h, today)]


def log_span(homework: Iterable[hw.Homework], today: date) -> tuple[date, date] | None:
    """The days the patient's log is needed for, to count ``homework`` (None: nothing to count)."""
    periods = [hw.period(h, today) for h in current_homework(homework, today)]
    if not periods:
        return None
    return min(p[0] for p in periods), max(p[1] for p in periods)


@dataclass(frozen=True)
class HomeworkCue:
    total: int = 0
    open: int = 0
    postponed: int = 0
    percent: int | None = None


def homework_cue(loop: LoopFacts, today: date) -> HomeworkCue:
    """This week's homework: how many items, how many still open, how many postponed, and how
    much of what they ask is done (each item counts up to its target)."""
    current = current_homework(loop.homework, today)
    if not current:
        return HomeworkCue()
    items = hw.this_week(current, loop.log or hw.PatientLog(), today)
    tally = hw.tally(items)
    asked = sum(p.target for p in items)
    done = sum(min(p.done, p.target) for p in items)
    return HomeworkCue(len(items), tally[hw.OPEN] + tally[hw.PARTLY], tally[hw.POSTPONED],
                       round(100 * done / asked) if asked else None)


def overview_of(facts: WorkbookFacts, today: date) -> WorkbookOverview:
    """The cues of one workbook on ``today``."""
    step = current_step(facts.steps)
    homework = homework_cue(facts.loop, today)
    running = running_plan(facts.plans)
    score = score_cue(facts.scores)
    plan, version = running if running is not None else (None, None)
    return WorkbookOverview(
        id=facts.id, name=facts.name, worked_on_at=facts.worked_on_at, archived=facts.archived,
        steps=len(facts.steps), mastered=sum(1 for s in facts.steps if s.mastered),
        step_label=step.label if step else None,
        activity=plan.activity if plan else None,
        week=plan_week(version.start_on, today) if version else None,
        weeks=version.weeks if version else None,
        goal_percent=goal_percent(plan.latest_amount, version.goal) if plan and version else None,
        signals_week=facts.signals_week, signals_last_week=facts.signals_last_week,
        signals_trend=signal_trend(facts.signals_week, facts.signals_last_week),
        score_name=score.title if score else None,
        score_first=score.first if score else None,
        score_latest=score.latest if score else None,
        next_on=next_appointment(facts.loop.consultations, today),
        flags=tuple(flags(facts.loop.brief)) if facts.loop.brief is not None else (),
        homework=homework.total, homework_open=homework.open, homework_postponed=homework.postponed,
        homework_percent=homework.percent,
    )


def overview(facts: Iterable[WorkbookFacts], today: date) -> list[WorkbookOverview]:
    """The cues of every workbook, sorted by name (case-insensitive)."""
    return sorted((overview_of(f, today) for f in facts), key=lambda o: o.name.casefold())
