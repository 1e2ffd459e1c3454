"""Homework set by the psychologist, and its progress computed from what the patient logs
(issue #25): no second bookkeeping — an exposure attempt, a graded-activity session, a day of
stress signals, a relaxation session, a planned want-to-do activity, a break taken with the timer,
an answered reflection question or a chain-diary entry counts by itself.

Pure: the storage layer gathers a :class:`PatientLog` for the period, :func:`progress` decides
what counts. Each homework has a **period**: a weekly rhythm counts in the week (Monday to Sunday)
of the day asked about; a single task counts from the day it was set up to and including its due
date. Postponing ("uitgesteld") holds for the period it was postponed in and names a barrier
(WORKBOOK.md §5: internal or external).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from .errors import DomainError, OutOfRange
from .graded_activity_plan import RUNNING, GradedActivitySummary
from .text import clean_label

EXPOSURE = "exposure"  # §4: attempts on a step of the fear hierarchy
GRADED_ACTIVITY = "graded_activity"  # §5: the week's sessions at the quota
STRESS = "stress"  # §3: a check-in of stress signals on N days a week
RELAXATION = "relaxation"  # §3: N relaxation sessions (optionally one exercise)
PACING_PLAN = "pacing_plan"  # §2: a want-to-do activity planned on N days of the week
PACING_BREAKS = "pacing_breaks"  # §2: N breaks taken with the timer
REFLECTION = "reflection"  # a reflection question answered
CHAIN_DIARY = "chain_diary"  # §1: N chain-diary entries
PSYCHOEDUCATION = "psychoeducation"  # a section read (ticked by the patient: the app does not track reading)
FREE = "free"  # a task in the psychologist's words, ticked by the patient
KINDS = (EXPOSURE, GRADED_ACTIVITY, STRESS, RELAXATION, PACING_PLAN, PACING_BREAKS, REFLECTION,
         CHAIN_DIARY, PSYCHOEDUCATION, FREE)
#: kinds the patient ticks by hand: the app has nothing else to count them by
TICKED = (PSYCHOEDUCATION, FREE)

ONCE, WEEKLY = "once", "weekly"
RHYTHMS = (ONCE, WEEKLY)
INTERNAL, EXTERNAL = "intern", "extern"  # WORKBOOK.md §5: barriers inside or outside the person
BARRIER_KINDS = (INTERNAL, EXTERNAL)

MAX_COUNT = 50  # no homework asks for more than fifty of anything in one period
DAYS_IN_WEEK = 7  # "every day" for the pacing plan and stress signals
MAX_TEXT_LENGTH = 1000

DONE, PARTLY, OPEN, POSTPONED = "done", "partly", "open", "postponed"


class UnknownHomeworkKind(DomainError):
    key = "consultations.unknown_homework_kind"


class UnknownRhythm(DomainError):
    key = "consultations.unknown_rhythm"


class NoDueDate(DomainError):
    """A single task needs a due date on or after the day it is set."""

    key = "consultations.no_due_date"


class EmptyTask(DomainError):
    """A free task (and a section to read) needs the psychologist's words."""

    key = "consultations.empty_task"


class UnknownBarrierKind(DomainError):
    key = "consultations.unknown_barrier"


@dataclass(frozen=True)
class Homework:
    id: str | None
    kind: str
    starts_on: date
    rhythm: str = WEEKLY
    due_on: date | None = None  # a single task: the last day; weekly: the last week (None: open-ended)
    count: int = 1  # N attempts / sessions / days / breaks / entries
    item_id: str | None = None  # exposure: the step (None: whatever step is current)
    technique: str | None = None  # relaxation: one exercise (None: any)
    question: str | None = None  # reflection: one question (None: any)
    text: str = ""
    ticked_on: date | None = None
    postponed_on: date | None = None
    barrier_kind: str | None = None
    barrier: str = ""
    consultation_id: str | None = None


def validate_homework(h: Homework) -> Homework:
    """The homework as the app keeps it; a rule not met raises a keyed error (nothing changed)."""
    if h.kind not in KINDS:
        raise UnknownHomeworkKind(value=str(h.kind)[:30])
    if h.rhythm not in RHYTHMS:
        raise UnknownRhythm(value=str(h.rhythm)[:30])
    if h.rhythm == ONCE and (h.due_on is None or h.due_on < h.starts_on):
        raise NoDueDate()
    if h.rhythm == WEEKLY and h.due_on is not None and h.due_on < h.starts_on:
        raise NoDueDate()
    if isinstance(h.count, bool) or not isinstance(h.count, int) or not 1 <= h.count <= MAX_COUNT:
        raise OutOfRange(low=1, high=MAX_COUNT, value=h.count)
    if h.kind in (PACING_PLAN, STRESS) and h.count > DAYS_IN_WEEK:
        raise OutOfRange(low=1, high=DAYS_IN_WEEK, value=h.count)
    text = h.text.strip()
    if h.kind in TICKED and not text:
        raise EmptyTask()
    if len(text) > MAX_TEXT_LENGTH:
        raise OutOfRange(low=0, high=MAX_TEXT_LENGTH, value=len(text))
    if h.barrier_kind is not None and h.barrier_kind not in BARRIER_KINDS:
        raise UnknownBarrierKind(value=str(h.barrier_kind)[:30])
    barrier = clean_label(h.barrier, MAX_TEXT_LENGTH) if h.barrier.strip() else ""
    return Homework(**{**h.__dict__, "text": text, "barrier": barrier})


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def period(h: Homework, on: date) -> tuple[date, date]:
    """The days that count for ``h`` as seen on ``on``: [first, last], both included."""
    if h.rhythm == ONCE:
        assert h.due_on is not None  # validate_homework
        return h.starts_on, h.due_on
    first = monday_of(on)
    return max(first, h.starts_on), first + timedelta(days=DAYS_IN_WEEK - 1)


def is_current(h: Homework, on: date) -> bool:
    """Does ``h`` ask something of the week of ``on``? (begun, not past its due date's week)"""
    if h.starts_on > on + timedelta(days=DAYS_IN_WEEK - 1 - on.weekday()):
        return False
    if h.due_on is None:
        return True
    return monday_of(h.due_on) >= monday_of(on) if h.rhythm == WEEKLY else h.due_on >= monday_of(on)


@dataclass(frozen=True)
class PatientLog:
    """What the patient logged around the period, as plain facts (storage reads them)."""

    #: (step id, day) of each attempt carried out (a planned one does not count)
    attempts: tuple[tuple[str, date], ...] = ()
    current_step: str | None = None
    #: the running graded-activity plan as summarized for the period's week (None: no plan)
    activity: GradedActivitySummary | None = None
    checkin_days: frozenset[date] = frozenset()  # days with at least one stress signal noted
    relaxation: tuple[tuple[date, str], ...] = ()  # (day, exercise)
    want_days: frozenset[date] = frozenset()  # days with a want-to-do activity planned
    breaks_taken: tuple[tuple[date, int], ...] = ()  # (day, breaks taken) per timer run
    reflections: tuple[tuple[date, str], ...] = ()  # (day, question) of each answer
    chain_days: tuple[date, ...] = ()  # one per chain-diary entry
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    homework: Homework
    first: date
    last: date
    done: int  # what counts so far
    target: int  # what is asked
    postponed: bool = False

    @property
    def left(self) -> int:
        return max(0, self.target - self.done)

    @property
    def state(self) -> str:
        if self.done >= self.target:
            return DONE
        if self.postponed:
            return POSTPONED
        return PARTLY if self.done > 0 else OPEN


def _within(first: date, last: date) -> Callable[[date], bool]:
    return lambda day: first <= day <= last


def _count(h: Homework, log: PatientLog, first: date, last: date) -> tuple[int, int]:
    """(done, target) of ``h`` in [first, last]."""
    inside = _within(first, last)
    if h.kind == EXPOSURE:
        step = h.item_id or log.current_step
        return sum(1 for item, day in log.attempts if item == step and inside(day)), h.count
    if h.kind == GRADED_ACTIVITY:
        plan = log.activity
        if plan is None or plan.phase != RUNNING:
            return 0, h.count
        return plan.done_this_week, max(plan.required, 1)  # §5: the plan's own quota of sessions
    if h.kind == STRESS:
        return sum(1 for day in log.checkin_days if inside(day)), h.count
    if h.kind == RELAXATION:
        return sum(1 for day, exercise in log.relaxation
                   if inside(day) and (h.technique is None or exercise == h.technique)), h.count
    if h.kind == PACING_PLAN:
        return sum(1 for day in log.want_days if inside(day)), h.count
    if h.kind == PACING_BREAKS:
        return sum(n for day, n in log.breaks_taken if inside(day)), h.count
    if h.kind == REFLECTION:
        answered = any(inside(day) and (h.question is None or q == h.question) for day, q in log.reflections)
        return int(answered), 1
    if h.kind == CHAIN_DIARY:
        return sum(1 for day in log.chain_days if inside(day)), h.count
    return int(h.ticked_on is not None and inside(h.ticked_on)), 1  # psycho-education, free task


def progress(h: Homework, log: PatientLog, on: date) -> Progress:
    """How far ``h`` is on ``on``: what counts in its period (see the module docstring)."""
    first, last = period(h, on)
    done, target = _count(h, log, first, last)
    postponed = h.postponed_on is not None and first <= h.postponed_on <= last
    return Progress(h, first, last, min(done, MAX_COUNT * DAYS_IN_WEEK), target, postponed)


def this_week(homework: Collection[Homework], log: PatientLog, on: date) -> list[Progress]:
    """The homework that asks something of the week of ``on``, with its progress: what is still
    open first, then postponed, then done; in the order it was set."""
    order = {OPEN: 0, PARTLY: 0, POSTPONED: 1, DONE: 2}
    found = [progress(h, log, on) for h in homework if is_current(h, on)]
    return sorted(found, key=lambda p: (order[p.state], p.homework.starts_on))


def tally(items: Collection[Progress]) -> dict[str, int]:
    """How many are done, partly done, open and postponed (the brief's first line)."""
    out = {DONE: 0, PARTLY: 0, OPEN: 0, POSTPONED: 0}
    for p in items:
        out[p.state] += 1
    return out
