"""A graded-activity plan's life cycle, its set-up preview and where the person stands (WORKBOOK.md §5).

Life cycle: one plan at a time is *open* (a draft or active). A draft is filled in field by
field (a baseline takes days to measure); starting it checks every rule and gives the first
schedule version; a recompute after stagnation adds a version; finishing or stopping it keeps it
as history. Storage fetches and stores; the checks of every step are here, as pure functions
that raise a :class:`DomainError` and change nothing.

"Where am I": the plan week of today, its quota and the sessions done in it — the same numbers
for the home page, the running plan, the PDF and the psychologist's overview.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import DomainError, NotFound
from .graded_activity import (
    ABANDONED,
    ACTIVE,
    BASELINE_COUNT,
    DRAFT,
    FINISHED,
    MAX_ACTIVITY_LENGTH,
    MAX_WEEKS,
    STATUSES,
    Measurement,
    Plan,
    ScheduleVersion,
    Session,
    baseline_of,
    check_activity,
    check_amount,
    check_reduction,
    check_schedule,
    check_sessions_per_week,
    check_unit,
    check_weeks,
    recompute_schedule,
    start_level,
)
from .graded_activity_weeks import current_level, validate_session

OPEN = (DRAFT, ACTIVE)  # one plan at a time (WORKBOOK.md §5: choose one activity)
ENDED = (FINISHED, ABANDONED)
REFLECTION_FIELDS = ("barriers_inside", "barriers_outside", "realistic")  # §5: stagnation
#: the shortest schedule a recompute proposes (WORKBOOK.md §5: "an intermediate goal, e.g. for 3 weeks")
PROPOSED_MIN_WEEKS = 3


class PlanInProgress(DomainError):
    key = "graded_activity.plan_in_progress"


class PlanNotDraft(DomainError):
    key = "graded_activity.plan_not_draft"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _activity_draft(value: object) -> str:
    """The activity of a draft: spaces tidied, may still be empty."""
    return " ".join(value.split())[:MAX_ACTIVITY_LENGTH] if isinstance(value, str) else ""


def _optional_date(value: object) -> date | None:
    if value is not None and not isinstance(value, date):
        raise DomainError("graded_activity.missing_date")
    return value


_FIELD_CHECKS: dict[str, Any] = {
    "activity": _activity_draft,
    "unit": check_unit,
    "reduction": check_reduction,
    "sessions_per_week": check_sessions_per_week,
    "goal": lambda v: None if v is None else check_amount(v),
    "weeks": lambda v: None if v is None else check_weeks(v),
    "start_on": _optional_date,
    **dict.fromkeys(REFLECTION_FIELDS, _text),
}


# ----- the life cycle ---------------------------------------------------------------------
def check_status(status: str, *allowed: str) -> None:
    """The step is refused unless the plan is in one of the ``allowed`` statuses."""
    if status not in allowed:
        raise PlanNotDraft(status=status)


def check_can_begin(open_status: str | None) -> None:
    """A new plan only when no other is a draft or active (``open_status``: that one's status)."""
    if open_status is not None:
        raise PlanInProgress(status=open_status)


def clean_fields(fields: Mapping[str, object]) -> dict[str, object]:
    """Each value checked by its rule; unknown names or a refused value raise (nothing saved)."""
    unknown = set(fields) - set(_FIELD_CHECKS)
    if unknown:
        raise DomainError("invalid", fields=sorted(unknown))
    return {name: _FIELD_CHECKS[name](value) for name, value in fields.items()}


def editable_in(fields: Iterable[str]) -> tuple[str, ...]:
    """The statuses in which ``fields`` may change: the set-up only in a draft; the stagnation
    reflection also while the plan runs."""
    return OPEN if set(fields) <= set(REFLECTION_FIELDS) else (DRAFT,)


def check_measurement(position: int, day: date | None,
                      amount: float | None) -> tuple[date | None, float | None]:
    """Baseline measurement ``position`` (1..3): a day and an amount, or ``amount`` None to clear."""
    if isinstance(position, bool) or not isinstance(position, int) or not 1 <= position <= BASELINE_COUNT:
        raise NotFound(what="measurement")
    if amount is None:
        return None, None
    checked = check_amount(amount)
    if not isinstance(day, date):
        raise DomainError("graded_activity.missing_date")
    return day, checked


@dataclass(frozen=True)
class DraftChanges:
    """What the set-up form changed and the rules allow: plan fields and measurement slots."""

    fields: dict[str, object]
    measurements: dict[int, Measurement | None]

    @property
    def empty(self) -> bool:
        return not (self.fields or self.measurements)


def _allowed(check: Any, value: object) -> bool:
    try:
        check(value)
    except DomainError:
        return False
    return True


def draft_changes(stored: Plan, shown: Plan) -> DraftChanges:
    """The difference between the stored draft and the form. A reduction or a number of sessions
    the rules refuse is left out (it stays on screen with its explanation); the rest is saved."""
    fields: dict[str, object] = {}
    for name in ("activity", "unit", "goal", "weeks", "start_on"):
        if getattr(shown, name) != getattr(stored, name):
            fields[name] = getattr(shown, name)
    if abs(shown.reduction - stored.reduction) > 1e-9 and _allowed(check_reduction, shown.reduction):
        fields["reduction"] = shown.reduction
    if (shown.sessions_per_week != stored.sessions_per_week
            and _allowed(check_sessions_per_week, shown.sessions_per_week)):
        fields["sessions_per_week"] = shown.sessions_per_week
    slots = {position: new for position, (old, new)
             in enumerate(zip(stored.measurements, shown.measurements, strict=True), 1) if old != new}
    return DraftChanges(fields, slots)


def first_version(plan: Plan) -> ScheduleVersion:
    """Starting a draft (WORKBOOK.md §5): every rule checked, the first schedule version."""
    check_status(plan.status, DRAFT)
    check_activity(plan.activity)
    schedule = plan.proposed_schedule()
    check_sessions_per_week(plan.sessions_per_week)
    if plan.start_on is None:
        raise DomainError("graded_activity.missing_date")
    return ScheduleVersion(plan.start_on, schedule)


def recomputed_version(plan: Plan, start_on: date, level: float, goal: float,
                       weeks: int) -> ScheduleVersion:
    """A new version from the level reached now (stagnation, §5); the baseline stays."""
    check_status(plan.status, ACTIVE)
    current = plan.current
    if current is None:
        raise PlanNotDraft(status=plan.status)
    if start_on < current.start_on:
        raise DomainError("graded_activity.date_before_plan")
    return ScheduleVersion(start_on, recompute_schedule(level, goal, weeks, current.schedule.baseline))


def check_end(status: str, ending: str) -> None:
    """Finish or stop an open plan (a draft can be thrown away: abandoned)."""
    if ending not in ENDED:
        raise DomainError("invalid", status=ending)
    check_status(status, *OPEN)


def check_reopen(status: str, back_to: str, other_open: str | None) -> None:
    """Undo of ending a plan: back to ``back_to`` when no other plan was begun meanwhile."""
    check_status(status, *ENDED)
    if back_to not in OPEN:
        raise DomainError("invalid", status=back_to)
    check_can_begin(other_open)


def check_plan_record(plan: Plan) -> Plan:
    """A plan as kept, whatever its status: every field by the rule the set-up form applies
    (:func:`clean_fields`), a known status, and — once started — a named activity and a start
    day (what :func:`first_version` required to start it). Its measurements and versions are
    checked on their own (:func:`check_measurement`, :func:`check_version`)."""
    clean_fields({name: getattr(plan, name) for name in _FIELD_CHECKS})
    if plan.status not in STATUSES:
        raise DomainError("invalid", status=str(plan.status)[:20])
    if plan.status != DRAFT and plan.versions:
        check_activity(plan.activity)
    if plan.ended_on is not None and not isinstance(plan.ended_on, date):
        raise DomainError("graded_activity.missing_date")
    return plan


def check_version(version: ScheduleVersion) -> ScheduleVersion:
    """A schedule version as kept: a start day and a schedule by the rules (:func:`check_schedule`)."""
    if not isinstance(version.start_on, date):
        raise DomainError("graded_activity.missing_date")
    check_schedule(version.schedule)
    return version


def one_open_plan(plans: Sequence[Plan]) -> Plan | None:
    """Of plans that are open (a draft or active) at once — each side of a hand-over began one —
    the one that stays open: the one changed last (given last among equals). §5: one activity
    at a time."""
    open_plans = [p for p in plans if p.status in OPEN]
    return open_plans[-1] if open_plans else None


def check_session(plan_status: str, plan_start: date | None, session: Session) -> Session:
    """A session of an active plan, on or after its start day."""
    check_status(plan_status, ACTIVE)
    clean = validate_session(session)
    if plan_start is not None and clean.day < plan_start:
        raise DomainError("graded_activity.date_before_plan")
    return clean


def default_session_day(plan: Plan, today: date) -> date:
    """The day a new session is logged on: today, but never before the plan began."""
    first = plan.first
    return max(today, first.start_on) if first is not None else today


# ----- the set-up form's live calculation ---------------------------------------------------
@dataclass(frozen=True)
class DraftPreview:
    """What the set-up form shows while it is filled in (nothing of it is saved here)."""

    measured: tuple[float, ...]  # the amounts filled in so far
    missing: int  # measurements still needed for the baseline
    baseline: float | None  # the mean of three (§5), once all three are there
    reduction_error: DomainError | None
    start: float | None  # baseline minus the reduction (§5: 20–30 % below)
    sessions_error: DomainError | None
    schedule: ScheduleVersion | None
    schedule_error: DomainError | None
    activity_missing: bool

    @property
    def problems(self) -> tuple[DomainError, ...]:
        return tuple(e for e in (self.schedule_error, self.sessions_error) if e is not None)

    @property
    def ready(self) -> bool:
        """Everything is there to start the plan."""
        return not self.problems and not self.activity_missing


def _error(check: Any, *values: object) -> DomainError | None:
    try:
        check(*values)
    except DomainError as exc:
        return exc
    return None


def draft_preview(plan: Plan) -> DraftPreview:
    """Baseline, start level and schedule as far as the draft allows (WORKBOOK.md §5)."""
    filled = plan.filled_measurements
    baseline = baseline_of(filled) if len(filled) == BASELINE_COUNT else None
    reduction_error = _error(check_reduction, plan.reduction)
    start = start_level(baseline, plan.reduction) if baseline is not None and reduction_error is None else None
    schedule: ScheduleVersion | None = None
    try:
        proposed = plan.proposed_schedule()
        if plan.start_on is None:
            raise DomainError("graded_activity.missing_date")
        schedule = ScheduleVersion(plan.start_on, proposed)
        schedule_error = None
    except DomainError as exc:
        schedule_error = exc
    return DraftPreview(tuple(m.amount for m in filled), BASELINE_COUNT - len(filled), baseline,
                        reduction_error, start, _error(check_sessions_per_week, plan.sessions_per_week),
                        schedule, schedule_error, not plan.activity)


# ----- recompute ----------------------------------------------------------------------------
@dataclass(frozen=True)
class RecomputeProposal:
    """What the recompute dialog proposes; the person can change each value."""

    level: float  # the mean of the latest three sessions, or the current start level
    goal: float
    weeks: int
    start_on: date
    earliest: date  # a new version cannot begin before the one in force


def recompute_proposal(plan: Plan, sessions: Sequence[Session], today: date) -> RecomputeProposal:
    """From the current level to the same goal, in the weeks that were left (at least three)."""
    version = plan.current
    if version is None:
        raise PlanNotDraft(status=plan.status)
    schedule = version.schedule
    left = schedule.weeks - version.week_of(today)
    return RecomputeProposal(
        level=current_level(sessions) or schedule.start, goal=schedule.goal,
        weeks=min(max(left, PROPOSED_MIN_WEEKS), MAX_WEEKS),
        start_on=max(today, version.start_on), earliest=version.start_on)


# ----- where the person stands --------------------------------------------------------------
BEFORE, RUNNING, KEEPING_UP = "before", "running", "keeping_up"


@dataclass(frozen=True)
class GradedActivitySummary:
    """ "Fietsen: week 3 van 5, 28 min, 1 van 3 keer deze week" in numbers."""

    activity: str
    unit: str
    status: str
    week: int | None = None  # plan week of today in the current schedule version (0: start week)
    weeks: int | None = None
    quota: float | None = None  # this week's, as the person reads it (``Schedule.shown_quota``)
    done_this_week: int = 0
    required: int = 0
    missing_measurements: int = 0

    @property
    def phase(self) -> str | None:
        """``before`` the start, ``running`` (weeks 0..weeks), ``keeping_up`` the goal after it;
        None while the plan is a draft."""
        if self.week is None or self.weeks is None:
            return None
        if self.week < 0:
            return BEFORE
        return RUNNING if self.week <= self.weeks else KEEPING_UP


def this_week(plan: Plan, today: date) -> tuple[date, date] | None:
    """The days whose sessions count for today's plan week: [first day, first day of the next)."""
    version = plan.current
    if plan.status == DRAFT or version is None:
        return None
    week = version.week_of(today)
    return version.first_day(week), version.first_day(week + 1)


def summarize(plan: Plan, today: date, session_days: Iterable[date]) -> GradedActivitySummary:
    """Where the person is today; ``session_days`` are the days of the plan's sessions (those of
    :func:`this_week` are enough)."""
    version = plan.current
    span = this_week(plan, today)
    if version is None or span is None:
        return GradedActivitySummary(plan.activity, plan.unit, plan.status,
                                     missing_measurements=plan.missing_measurements)
    week = version.week_of(today)
    first, following = span
    done = sum(1 for day in session_days if first <= day < following)
    return GradedActivitySummary(plan.activity, plan.unit, plan.status, week, version.schedule.weeks,
                                 version.schedule.shown_quota(week), done, plan.sessions_per_week)
