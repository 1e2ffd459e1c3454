"""How far a SMART goal has come, for a goal that follows a measure the app keeps (issue #25,
WORKBOOK.md §7 "goals are set SMART: … measurable"): the graded-activity goal reached in percent
(§5), the top step of the fear hierarchy mastered (§4), or a want-to-do activity planned on each
day of this week (§2). Pure rules on plain facts; storage reads the facts, screen and PDF word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .graded_activity_reading import goal_percent
from .homework import DAYS_IN_WEEK, monday_of

GRADED_ACTIVITY = "graded_activity"  # §5: this week's level towards the plan's goal
TOP_STEP = "top_step"  # §4: the most feared step of the hierarchy mastered
WANT_TO_DO = "want_to_do"  # §2: a want-to-do activity planned on each day of the week
FULL = 100  # percent: the goal reached


@dataclass(frozen=True)
class GoalFacts:
    """What the measures stand at today (storage reads them in one transaction)."""

    activity_level: float | None = None  # this week's quota of the running graded-activity plan
    activity_goal: float | None = None  # that plan's goal
    steps: int = 0  # live steps in the fear hierarchy
    top_mastered: bool = False  # the highest-ranked of them is mastered
    want_days: frozenset[date] = frozenset()  # days this week with a want-to-do activity planned


@dataclass(frozen=True)
class GoalProgress:
    """``done`` of ``of`` (percent of 100, the top step 0 or 1 of 1, days of the week of 7)."""

    measure: str
    done: int
    of: int

    @property
    def reached(self) -> bool:
        return self.done >= self.of


def goal_progress(measure: str | None, facts: GoalFacts, on: date) -> GoalProgress | None:
    """The progress of a goal following ``measure`` on day ``on``; None when the goal follows
    nothing or the measure has nothing yet (no plan running, no hierarchy)."""
    if measure == GRADED_ACTIVITY:
        if facts.activity_level is None or not facts.activity_goal:
            return None
        return GoalProgress(measure, min(FULL, max(0, goal_percent(facts.activity_level, facts.activity_goal))), FULL)
    if measure == TOP_STEP:
        return GoalProgress(measure, int(facts.top_mastered), 1) if facts.steps else None
    if measure == WANT_TO_DO:
        monday = monday_of(on)
        days = sum(1 for d in facts.want_days if monday <= d < monday + timedelta(days=DAYS_IN_WEEK))
        return GoalProgress(measure, days, DAYS_IN_WEEK)
    return None
