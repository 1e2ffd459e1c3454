"""A SMART goal's progress on the measure it follows (issue #25, domain.goal_progress)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain.goal_progress import GoalFacts, GoalProgress, goal_progress

WEDNESDAY = date(2026, 12, 9)
MONDAY = date(2026, 12, 7)


def test_graded_activity_is_the_level_towards_the_goal_in_percent():
    facts = GoalFacts(activity_level=30, activity_goal=40)
    assert goal_progress("graded_activity", facts, WEDNESDAY) == GoalProgress("graded_activity", 75, 100)
    assert goal_progress("graded_activity", GoalFacts(activity_level=50, activity_goal=40), WEDNESDAY).reached
    assert goal_progress("graded_activity", GoalFacts(), WEDNESDAY) is None  # no plan running


def test_the_top_step_is_mastered_or_still_to_come():
    assert goal_progress("top_step", GoalFacts(steps=3, top_mastered=True), WEDNESDAY).reached
    assert not goal_progress("top_step", GoalFacts(steps=3), WEDNESDAY).reached
    assert goal_progress("top_step", GoalFacts(), WEDNESDAY) is None  # no ladder yet


def test_want_to_do_counts_the_days_of_this_week_only():
    days = frozenset({MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=6),
                      MONDAY - timedelta(days=1), MONDAY + timedelta(days=7)})
    assert goal_progress("want_to_do", GoalFacts(want_days=days), WEDNESDAY) == GoalProgress("want_to_do", 3, 7)


def test_a_goal_without_a_measure_has_no_progress():
    assert goal_progress(None, GoalFacts(steps=2, top_mastered=True), WEDNESDAY) is None


@given(st.floats(0, 10_000), st.floats(0.1, 10_000))
def test_graded_activity_percent_stays_between_0_and_100(level, goal):
    p = goal_progress("graded_activity", GoalFacts(activity_level=level, activity_goal=goal), WEDNESDAY)
    assert p is not None and 0 <= p.done <= 100
