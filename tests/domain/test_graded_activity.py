"""Graded activity rules (WORKBOOK.md §5): baseline, start level, increment, sessions, stagnation."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugschool_gui.domain.charts import HLINE, POINTS, STEP, nice_ceiling, table_rows
from rugschool_gui.domain.graded_activity import (
    AmountNotPositive,
    GoalNotAboveStart,
    NotEnoughMeasurements,
    ReductionOutOfRange,
    Schedule,
    ScheduleVersion,
    Session,
    TooFewSessions,
    TooManyMeasurements,
    WeeksOutOfRange,
    above_quota,
    baseline_of,
    check_sessions_per_week,
    current_level,
    display_amount,
    is_stagnating,
    make_schedule,
    reaches,
    recompute_schedule,
    start_level,
    validate_session,
    week_of,
    week_results,
)
from rugschool_gui.domain.graded_activity_chart import planned_by_week, schedule_chart
from rugschool_gui.domain.errors import OutOfRange

START = date(2026, 11, 2)  # a Monday


def test_workbook_example_start_20_goal_40_in_5_weeks_is_4_a_week():
    # baseline 26.67 at 25 % → start 20
    schedule = make_schedule([80 / 3] * 3, goal=40, weeks=5)
    assert schedule.start == pytest.approx(20)
    assert schedule.increment == pytest.approx(4)
    assert [display_amount(v) for v in schedule.levels] == [20, 24, 28, 32, 36, 40]
    assert schedule.planned(0) == schedule.start
    assert schedule.planned(5) == 40


def test_baseline_is_the_mean_of_three():
    assert baseline_of([10, 12, 14]) == 12
    assert baseline_of([(date(2026, 1, 1), 9), (date(2026, 1, 2), 10), (date(2026, 1, 3), 11)]) == 10
    assert baseline_of([Session(None, START, 5), Session(None, START, 6), Session(None, START, 7)]) == 6


@pytest.mark.parametrize("measurements, needed", [([], 3), ([10], 2), ([10, 12], 1)])
def test_fewer_than_three_measurements_say_how_many_are_missing(measurements, needed):
    with pytest.raises(NotEnoughMeasurements) as info:
        make_schedule(measurements, 40, 5)
    assert info.value.params["needed"] == needed
    assert isinstance(info.value, ValueError)


def test_more_than_three_measurements_are_refused():
    with pytest.raises(TooManyMeasurements):
        baseline_of([1, 2, 3, 4])


@pytest.mark.parametrize("bad", [0, -5, float("nan"), float("inf"), True, "12", None])
def test_non_positive_or_nonsense_measurements_are_refused(bad):
    with pytest.raises(ValueError):
        make_schedule([10, bad, 12], 40, 5)


def test_start_level_is_baseline_reduced_by_the_chosen_percentage():
    assert start_level(40, 0.25) == pytest.approx(30)
    assert start_level(40, 0.20) == pytest.approx(32)
    assert start_level(40, 0.30) == pytest.approx(28)
    assert make_schedule([40, 40, 40], 60, 4).start == pytest.approx(30)  # default 25 %


@pytest.mark.parametrize("reduction", [0.19, 0.31, 0, 1, 25, -0.25, float("nan"), True])
def test_reduction_outside_20_to_30_percent_is_refused(reduction):
    with pytest.raises(ReductionOutOfRange):
        make_schedule([40, 40, 40], 60, 4, reduction=reduction)


def test_reduction_edges_are_allowed_despite_float_noise():
    make_schedule([40, 40, 40], 60, 4, reduction=0.1 + 0.1)
    make_schedule([40, 40, 40], 60, 4, reduction=0.1 + 0.2)


@pytest.mark.parametrize("goal", [30, 29, 0, -1])
def test_goal_not_above_the_start_level_is_refused(goal):
    with pytest.raises((GoalNotAboveStart, AmountNotPositive)):
        make_schedule([40, 40, 40], goal, 4)  # start 30


@pytest.mark.parametrize("weeks", [0, -1, 2.5, 105, None, True])
def test_weeks_must_be_a_whole_number_from_1(weeks):
    with pytest.raises(WeeksOutOfRange):
        make_schedule([40, 40, 40], 60, weeks)


def test_planned_outside_the_schedule_is_refused_but_quota_holds_the_goal():
    s = make_schedule([40, 40, 40], 60, 4)
    with pytest.raises(WeeksOutOfRange):
        s.planned(5)
    with pytest.raises(WeeksOutOfRange):
        s.planned(-1)
    assert s.quota(9) == 60
    assert s.quota(-2) == s.start


def test_display_rounds_half_up_and_keeps_exact_values():
    assert [display_amount(v) for v in (23.5, 24.49, 0.5, 2.5)] == [24, 24, 1, 3]
    s = make_schedule([10, 11, 11], 30, 7)
    assert s.start == pytest.approx(8)
    assert s.increment == pytest.approx(22 / 7)  # stored exactly, rounded only when shown


@settings(max_examples=300, deadline=None)
@given(
    measurements=st.lists(st.floats(0.5, 5000), min_size=3, max_size=3),
    extra=st.floats(0.01, 5000),
    weeks=st.integers(1, 104),
    reduction=st.floats(0.2, 0.3),
)
def test_planned_levels_rise_monotonically_from_start_to_goal(measurements, extra, weeks, reduction):
    base = sum(measurements) / 3
    goal = base * (1 - reduction) + extra
    s = make_schedule(measurements, goal, weeks, reduction)
    levels = s.levels
    assert len(levels) == weeks + 1
    assert levels[0] == s.start and levels[-1] == goal
    assert all(a <= b for a, b in zip(levels, levels[1:]))
    assert math.isclose(s.increment * weeks, goal - s.start, rel_tol=1e-9)


def test_sessions_per_week_at_least_three():
    assert check_sessions_per_week(3) == 3
    with pytest.raises(TooFewSessions):
        check_sessions_per_week(2)
    with pytest.raises(OutOfRange):
        check_sessions_per_week(22)


def test_session_validation():
    ok = validate_session(Session(None, START, 24, pain=7, note="  zwaar  "))
    assert ok.note == "zwaar" and ok.pain == 7
    for bad in (Session(None, START, 0), Session(None, START, 10, pain=11),
                Session(None, START, 10, pain=2.5), Session(None, None, 10)):
        with pytest.raises(ValueError):
            validate_session(bad)


def test_quota_reached_and_above_as_the_person_reads_them():
    assert reaches(24, 24.4) and not reaches(23, 24.4)
    assert reaches(25, 24.6)
    assert above_quota(26, 24.6) and not above_quota(25, 24.6)


def test_weeks_are_counted_from_the_start_date():
    assert week_of(START, START) == 0
    assert week_of(START, START + timedelta(days=6)) == 0
    assert week_of(START, START + timedelta(days=7)) == 1
    assert week_of(START, START - timedelta(days=1)) == -1


def _sessions(week: int, amounts, start=START):
    return [Session(None, start + timedelta(days=7 * week + i), a) for i, a in enumerate(amounts)]


SCHEDULE = Schedule(baseline=26.67, start=20, goal=40, weeks=5)


def test_week_results_count_sessions_and_quota():
    sessions = _sessions(0, [20, 20, 19]) + _sessions(1, [24, 24, 24, 30])
    results = week_results(SCHEDULE, START, sessions, 3, START + timedelta(days=10))
    assert [(r.week, r.sessions, r.at_quota, r.met) for r in results] == [
        (0, 3, 2, False), (1, 4, 4, True)]
    assert results[0].quota == 20 and results[1].quota == 24


def test_stagnation_needs_two_finished_weeks_in_a_row_missed():
    today = START + timedelta(days=15)  # week 2 running
    missed_twice = _sessions(0, [20, 20]) + _sessions(1, [24, 10, 10])
    assert is_stagnating(SCHEDULE, START, missed_twice, 3, today)
    one_good = _sessions(0, [20, 20, 20]) + _sessions(1, [24, 10, 10])
    assert not is_stagnating(SCHEDULE, START, one_good, 3, today)
    # only one finished week yet: too early to call it stagnation
    assert not is_stagnating(SCHEDULE, START, [], 3, START + timedelta(days=8))
    # nothing logged at all for two finished weeks counts as missed
    assert is_stagnating(SCHEDULE, START, [], 3, today)
    # the running week never counts: it can still be made up
    assert not is_stagnating(SCHEDULE, START, _sessions(1, [24] * 3), 3, today)


def test_current_level_is_the_mean_of_the_latest_three_sessions():
    assert current_level([]) is None
    sessions = _sessions(0, [10, 20, 30, 40])
    assert current_level(sessions) == 30
    assert current_level(sessions[:1]) == 10


def test_recompute_starts_from_the_current_level_without_reduction():
    s = recompute_schedule(25, 40, 3, baseline=26.67)
    assert s.start == 25 and s.reduction is None and s.increment == 5
    with pytest.raises(GoalNotAboveStart):
        recompute_schedule(40, 40, 3, baseline=26.67)


def test_planned_by_week_follows_the_version_in_force():
    first = ScheduleVersion(START, SCHEDULE)
    second = ScheduleVersion(START + timedelta(days=14), Schedule(26.67, 22, 40, 3, None))
    assert planned_by_week([second, first], START, 7) == [20, 24, 22, 28, 34, 40, 40]


def test_schedule_chart_has_steps_baseline_and_sessions():
    sessions = _sessions(0, [20, 21]) + _sessions(1, [24])
    spec = schedule_chart([ScheduleVersion(START, SCHEDULE)], sessions, START + timedelta(days=8),
                          "minutes_axis")
    panel, = spec.panels
    styles = {s.key: s.style for s in panel.series}
    assert styles == {"planned": STEP, "baseline": HLINE, "sessions": POINTS}
    assert spec.x_labels == ("0", "1", "2", "3", "4", "5")
    assert panel.y_max == 50 and panel.axis_key == "minutes_axis"
    header, rows = table_rows(spec)
    assert header == ["week_axis", "planned", "baseline", "sessions"]
    assert rows[0] == ["0", "20", "26.7", "20, 21"]
    assert rows[1] == ["1", "24", "26.7", "24"]


def test_nice_ceiling():
    assert [nice_ceiling(v) for v in (42, 24, 3, 100, 101, 0)] == [50, 25, 5, 100, 200, 5]


def test_session_feedback_is_time_contingent():
    from rugschool_gui.domain.graded_activity import ABOVE, BELOW, ON_QUOTA, session_feedback

    assert session_feedback(30, 24) == ABOVE
    assert session_feedback(24.2, 24) == ON_QUOTA
    assert session_feedback(15, 24) == BELOW
