"""Graded activity rules (WORKBOOK.md §5): baseline, start level, increment, sessions, stagnation."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugschool_gui.domain.charts import HLINE, POINTS, STEP, nice_ceiling, table_rows
from rugschool_gui.domain.errors import OutOfRange
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
    make_schedule,
    reaches,
    recompute_schedule,
    start_level,
    week_of,
)
from rugschool_gui.domain.graded_activity_chart import planned_by_week, schedule_chart
from rugschool_gui.domain.graded_activity_reading import display_amount
from rugschool_gui.domain.graded_activity_weeks import (
    current_level,
    is_stagnating,
    validate_session,
    week_results,
)

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


@pytest.mark.parametrize(("measurements", "needed"), [([], 3), ([10], 2), ([10, 12], 1)])
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
    assert all(a <= b for a, b in zip(levels, levels[1:], strict=False))
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
    from rugschool_gui.domain.graded_activity_weeks import ABOVE, BELOW, ON_QUOTA, session_feedback

    assert session_feedback(30, 24) == ABOVE
    assert session_feedback(24.2, 24) == ON_QUOTA
    assert session_feedback(15, 24) == BELOW


# ----- the plan's life cycle, the set-up preview and where the person stands -----------------
def _plan(**changes):
    from rugschool_gui.domain.graded_activity import DRAFT, Measurement, Plan

    plan = Plan(id="p", activity="Fietsen", unit="minutes", reduction=0.25, sessions_per_week=3, goal=40,
                weeks=5, start_on=START, status=DRAFT,
                measurements=tuple(Measurement(START - timedelta(days=3 - i), a) for i, a in enumerate((25, 28, 27))))
    return replace(plan, **changes)


def _running(**changes):
    from rugschool_gui.domain.graded_activity import ACTIVE

    return _plan(status=ACTIVE, versions=(ScheduleVersion(START, SCHEDULE, "v1"),), **changes)


def test_weeks_have_a_first_day_and_a_quota_on_each_day():
    from rugschool_gui.domain.graded_activity import week_start

    version = ScheduleVersion(START, SCHEDULE)
    assert week_start(START, 2) == START + timedelta(days=14) == version.first_day(2)
    assert version.quota_on(START + timedelta(days=13)) == 24  # week 1
    assert version.quota_on(START - timedelta(days=1)) == 20  # before the start: the start level
    assert version.end_day == START + timedelta(days=35)
    assert week_start(date(1, 1, 3), -5) == date.min  # clamped, never an overflow


def test_percentages_and_the_way_to_the_goal():
    from rugschool_gui.domain.graded_activity_reading import fraction, goal_percent, percent

    assert percent(0.25) == 25 and fraction(25) == 0.25
    assert goal_percent(30, 40) == 75


def test_summary_counts_only_todays_plan_week():
    from rugschool_gui.domain.graded_activity_plan import (
        BEFORE,
        KEEPING_UP,
        RUNNING,
        summarize,
        this_week,
    )

    plan = _running()
    today = START + timedelta(days=17)  # week 2
    assert this_week(plan, today) == (START + timedelta(days=14), START + timedelta(days=21))
    days = [START + timedelta(days=d) for d in (13, 14, 16, 21)]
    s = summarize(plan, today, days)
    assert (s.week, s.weeks, s.quota, s.done_this_week, s.required, s.phase) == (2, 5, 28, 2, 3, RUNNING)
    assert summarize(plan, START - timedelta(days=1), []).phase == BEFORE
    late = summarize(plan, START + timedelta(days=50), [])
    assert late.phase == KEEPING_UP and late.quota == 40
    draft = summarize(_plan(measurements=(None, None, None)), today, days)
    assert draft.phase is None and draft.missing_measurements == 3 and this_week(_plan(), today) is None


def test_draft_preview_shows_what_the_domain_computes():
    from rugschool_gui.domain.graded_activity_plan import draft_preview

    p = draft_preview(_plan())
    assert p.measured == (25, 28, 27) and p.missing == 0
    assert p.baseline == pytest.approx(80 / 3) and p.start == pytest.approx(20)  # §5: 25 % below
    assert p.schedule.schedule.increment == pytest.approx(4) and p.schedule.start_on == START
    assert p.ready and not p.problems
    half = draft_preview(_plan(measurements=(None, *_plan().measurements[1:]), reduction=0.35,
                               sessions_per_week=2, activity=""))
    assert half.missing == 1 and half.baseline is None and half.start is None
    assert half.reduction_error.key == "graded_activity.reduction_out_of_range"
    assert half.reduction_error.params["low"] == 20 and half.reduction_error.params["high"] == 30
    assert half.sessions_error.key == "graded_activity.too_few_sessions"
    assert half.schedule is None and half.schedule_error.key == "graded_activity.not_enough_measurements"
    assert half.activity_missing and not half.ready
    low_goal = draft_preview(_plan(goal=15))
    assert low_goal.schedule_error.key == "graded_activity.goal_not_above_start"
    assert low_goal.schedule_error.params["shown"] == 20


def test_draft_changes_leave_refused_values_out():
    from rugschool_gui.domain.graded_activity import Measurement
    from rugschool_gui.domain.graded_activity_plan import draft_changes

    stored = _plan()
    shown = replace(stored, activity="Wandelen", reduction=0.35, sessions_per_week=2,
                    measurements=(None, stored.measurements[1], Measurement(START, 30)))
    changes = draft_changes(stored, shown)
    assert changes.fields == {"activity": "Wandelen"}
    assert changes.measurements == {1: None, 3: Measurement(START, 30)}
    assert draft_changes(stored, stored).empty
    assert draft_changes(stored, replace(stored, reduction=0.2)).fields == {"reduction": 0.2}


def test_the_life_cycle_checks():
    from rugschool_gui.domain.errors import DomainError, NotFound
    from rugschool_gui.domain.graded_activity import ABANDONED, ACTIVE, DRAFT, FINISHED
    from rugschool_gui.domain.graded_activity_plan import (
        PlanInProgress,
        PlanNotDraft,
        check_can_begin,
        check_end,
        check_measurement,
        check_reopen,
        check_session,
        clean_fields,
        editable_in,
        first_version,
        recomputed_version,
    )

    check_can_begin(None)
    with pytest.raises(PlanInProgress):
        check_can_begin(DRAFT)
    assert editable_in(["goal", "realistic"]) == (DRAFT,)
    assert editable_in(["realistic"]) == (DRAFT, ACTIVE)
    assert clean_fields({"activity": "  Fiets  en ", "goal": None}) == {"activity": "Fiets en", "goal": None}
    with pytest.raises(DomainError):
        clean_fields({"colour": "red"})
    assert check_measurement(2, START, 12) == (START, 12)
    assert check_measurement(2, None, None) == (None, None)
    with pytest.raises(NotFound):
        check_measurement(4, START, 12)
    with pytest.raises(DomainError) as missing:
        check_measurement(1, None, 12)
    assert missing.value.key == "graded_activity.missing_date"
    assert first_version(_plan()).schedule.start == pytest.approx(20)
    with pytest.raises(DomainError) as missing:
        first_version(_plan(start_on=None))
    assert missing.value.key == "graded_activity.missing_date"
    with pytest.raises(PlanNotDraft):
        first_version(_running())
    later = START + timedelta(days=14)
    assert recomputed_version(_running(), later, 22, 40, 3).schedule.baseline == SCHEDULE.baseline
    with pytest.raises(DomainError) as early:
        recomputed_version(_running(), START - timedelta(days=1), 22, 40, 3)
    assert early.value.key == "graded_activity.date_before_plan"
    check_end(DRAFT, ABANDONED)
    with pytest.raises(PlanNotDraft):
        check_end(FINISHED, ABANDONED)
    with pytest.raises(DomainError):
        check_end(ACTIVE, DRAFT)
    check_reopen(FINISHED, ACTIVE, None)
    with pytest.raises(PlanInProgress):
        check_reopen(FINISHED, ACTIVE, DRAFT)
    assert check_session(ACTIVE, START, Session(None, START, 20, note=" ok ")).note == "ok"
    with pytest.raises(PlanNotDraft):
        check_session(DRAFT, START, Session(None, START, 20))
    with pytest.raises(DomainError):
        check_session(ACTIVE, START, Session(None, START - timedelta(days=1), 20))


def test_recompute_proposal_starts_from_the_current_level():
    from rugschool_gui.domain.graded_activity_plan import default_session_day, recompute_proposal

    today = START + timedelta(days=15)  # week 2 of 5
    sessions = _sessions(0, [20, 20]) + _sessions(1, [22, 22])
    p = recompute_proposal(_running(), sessions, today)
    assert p.level == pytest.approx(64 / 3) and p.goal == 40 and p.weeks == 3
    assert p.start_on == today and p.earliest == START
    late = recompute_proposal(_running(), [], START + timedelta(days=40))
    assert late.level == 20 and late.weeks == 3  # at least three weeks (§5: an intermediate goal)
    assert default_session_day(_running(), START - timedelta(days=3)) == START


def test_schedule_rows_until_the_goal_or_the_last_week_with_results():
    from rugschool_gui.domain.graded_activity_weeks import schedule_rows

    version = ScheduleVersion(START, SCHEDULE)
    results = week_results(SCHEDULE, START, _sessions(0, [20, 20, 20]), 3, START + timedelta(days=50))
    rows = schedule_rows(version, results, current_week=7)
    assert [r.week for r in rows] == list(range(8))
    assert rows[0].met is True and rows[1].met is False and rows[7].met is None  # 7 still runs
    assert rows[2].first_day == START + timedelta(days=14) and rows[6].quota == 40
    assert [r.quota for r in schedule_rows(version)] == [20, 24, 28, 32, 36, 40]


def test_every_refusal_of_the_chapter_is_prefixed_and_worded():
    import inspect

    from rugschool_gui.domain import graded_activity, graded_activity_plan
    from rugschool_gui.domain.errors import DomainError
    from rugschool_gui.wording.graded_activity import words

    keys = {cls.key for module in (graded_activity, graded_activity_plan)
            for _name, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, DomainError) and cls.__module__ == module.__name__}
    keys |= {"graded_activity.missing_goal", "graded_activity.missing_date", "graded_activity.date_before_plan"}
    assert len(keys) == 13
    for key in keys:
        chapter, _dot, rest = key.partition(".")
        assert chapter == "graded_activity" and f"error.{rest}" in words
        assert words(f"error.{rest}", "nl") and words(f"error.{rest}", "en")


# ----- what the screen says adds up (issue #22) -------------------------------------------
def test_the_increment_shown_adds_up_to_the_goal():
    from rugschool_gui.domain.graded_activity_reading import round_half_up, shown_increment

    s = Schedule(baseline=26.67, start=20, goal=45, weeks=4)
    assert shown_increment(s.increment) == 6.25  # not 6.2 (round-half-even of a float)
    assert [display_amount(v) for v in s.levels[1:]] == [26, 33, 39, 45]
    assert s.start + shown_increment(s.increment) * s.weeks == s.goal
    assert round_half_up(6.25, 1) == 6.3 and round_half_up(2.675, 2) == 2.68


def test_a_start_level_below_the_baseline_never_reads_as_the_baseline():
    from rugschool_gui.domain.graded_activity_reading import shown_level

    s = make_schedule([2, 2, 2], goal=6, weeks=4, reduction=0.25)  # start 1.5 repetitions
    assert s.start == 1.5
    assert shown_level(s.start, s.baseline) == 1  # not 2: §5 begins 20–30 % below the baseline
    assert s.shown_quota(0) == 1
    assert shown_level(0.75, 1) == 0.8  # under one unit: one decimal, never "0"
    assert shown_level(26.25) == 26 and shown_level(32.5) == 33
    # the rule measures a session against what the screen says: 1 repetition reaches the quota
    assert reaches(1, s.start, s.baseline) and not reaches(1, s.start)
    results = week_results(s, START, [Session(None, START + timedelta(days=d), 1) for d in range(3)], 3,
                           START + timedelta(days=8))
    assert results[0].met


def test_weeks_are_numbered_from_one_for_people():
    from rugschool_gui.domain.graded_activity import human_week

    assert [human_week(w) for w in range(9)] == [None, 1, 2, 3, 4, 5, 6, 7, 8]  # start week, 1 … 8
    spec = schedule_chart([ScheduleVersion(START, Schedule(10, 8, 16, 8))], [], START, "minutes_axis",
                          start_label="start")
    assert spec.x_labels[0] == "start" and spec.x_labels[1:] == tuple(str(w) for w in range(1, 9))
    assert "0" not in spec.x_labels


def test_stagnation_is_what_the_schedule_table_shows():
    """Four sessions of which one at the quota is a missed week: the message and the table's
    "Zoals afgesproken" count (at_quota of required) agree with the rule."""
    from rugschool_gui.domain.graded_activity_weeks import schedule_rows, stagnant_weeks

    today = START + timedelta(days=15)
    sessions = _sessions(0, [20, 12, 12, 12]) + _sessions(1, [24, 24, 10])
    missed = stagnant_weeks(SCHEDULE, START, sessions, 3, today)
    assert [(r.week, r.sessions, r.at_quota) for r in missed] == [(0, 4, 1), (1, 3, 2)]
    rows = schedule_rows(ScheduleVersion(START, SCHEDULE), week_results(SCHEDULE, START, sessions, 3, today), 2)
    assert [row.met for row in rows[:2]] == [False, False]
    assert is_stagnating(SCHEDULE, START, sessions, 3, today)
    assert stagnant_weeks(SCHEDULE, START, _sessions(0, [20] * 3) + _sessions(1, [24] * 3), 3, today) == ()
