"""Calendar weeks: one rule for the planner, the stress-signal chart and the overview."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import pacing, too_much
from rugschool_gui.domain.weeks import monday_of


@given(st.dates(min_value=date(1, 1, 8)))
def test_the_monday_of_a_day_is_a_monday_at_most_six_days_before(day: date) -> None:
    monday = monday_of(day)
    assert monday.weekday() == 0
    assert timedelta(0) <= day - monday <= timedelta(days=6)


def test_a_sunday_belongs_to_the_week_before_the_next_monday() -> None:
    assert monday_of(date(2026, 11, 29)) == date(2026, 11, 23)
    assert monday_of(date(2026, 11, 30)) == date(2026, 11, 30)


def test_the_chapters_count_weeks_with_the_same_rule() -> None:
    assert pacing.week_monday is monday_of
    assert too_much.week_start is monday_of
