"""What today holds, for the home page "Vandaag" (issue #22): the activities planned today (§2),
this week's graded-activity quota and how many sessions are done (§5), the current exposure step
and any attempt planned (§4), and whether today's stress signals are noted (§2).

Pure: the chapters' own domain objects come in (``ui/home_facts.py`` fetches them), the facts go
out; every number is the chapter's own rule (the quota from ``graded_activity_plan.summarize``,
the current step from ``FearHierarchy.current_step``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from .exposure import Attempt, FearHierarchy
from .graded_activity_plan import RUNNING, GradedActivitySummary
from .pacing import DAY_PARTS, Activity
from .too_much import CheckIn


@dataclass(frozen=True)
class Today:
    day: date
    activities: tuple[Activity, ...] = ()  # planned today, in day-part order
    activity: GradedActivitySummary | None = None  # a running graded-activity plan, this week
    step_rank: int | None = None  # the current exposure step (the lowest not mastered) …
    step_label: str = ""
    planned_attempt: datetime | None = None  # … and the next attempt planned, today or later
    all_steps_mastered: bool = False
    checked_in: bool = False  # today's stress signals noted
    signals_today: int = 0

    @property
    def quota_left(self) -> int:
        """Sessions still to do this week for the graded activity (§5: at least three a week)."""
        if self.activity is None or self.activity.phase != RUNNING:
            return 0
        return max(0, self.activity.required - self.activity.done_this_week)

    @property
    def has_plan(self) -> bool:
        """Anything at all planned or running: otherwise the page suggests a first step."""
        return bool(self.activities or self.activity is not None or self.step_rank is not None
                    or self.all_steps_mastered)


def activities_on(week: Iterable[Activity], day: date) -> tuple[Activity, ...]:
    """The week's activities of ``day``, morning first (§2: the day parts)."""
    return tuple(sorted((a for a in week if a.day == day.weekday()), key=lambda a: DAY_PARTS.index(a.part)))


def next_planned_attempt(attempts: Iterable[Attempt], item_id: str | None, today: date) -> datetime | None:
    """The soonest attempt of the current step that is planned (not yet done) for today or later."""
    planned = [a.when for a in attempts
               if not a.completed and a.item_id == item_id and a.when.astimezone().date() >= today]
    return min(planned, default=None)


def today_facts(day: date, week: Sequence[Activity], activity: GradedActivitySummary | None,
                hierarchy: FearHierarchy, attempts: Iterable[Attempt], checkin: CheckIn | None) -> Today:
    """Today, from what the chapters hold (see the module's docstring)."""
    step = hierarchy.current_step
    return Today(
        day=day, activities=activities_on(week, day),
        activity=activity if activity is not None and activity.phase is not None else None,
        step_rank=step.rank if step is not None else None, step_label=step.label if step is not None else "",
        planned_attempt=next_planned_attempt(attempts, step.id if step is not None else None, day),
        all_steps_mastered=bool(hierarchy.items) and step is None,
        checked_in=checkin is not None and bool(checkin.signals),
        signals_today=len(checkin.signals) if checkin is not None else 0)
