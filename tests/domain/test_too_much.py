"""Doing too much (WORKBOOK.md §2): check-ins, weekly counts, relaxation timing, outlet rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain import too_much as tm
from rugschool_gui.domain import too_much_outlet as outlet
from rugschool_gui.domain.too_much import (
    CheckIn,
    GuidedExercise,
    RelaxationSession,
    SignalEntry,
    merge_checkin,
    relaxation_steps,
    signal_chart,
    validate_checkin,
    validate_session,
    week_summary,
    weekly_counts,
)
from rugschool_gui.domain.too_much_outlet import Substitute, validate_substitute

TODAY = date(2026, 11, 25)  # a Wednesday


def test_the_spec_lists_are_complete():
    assert len(tm.CAUSES) == 10 and len(tm.CONSEQUENCES) == 4 and len(tm.QUESTIONS) == 5
    assert set(tm.SIGNAL_GROUPS) == {"muscle_tension", "stomach_bowel", "hyperventilation", "palpitations", "sleep"}
    assert len(tm.SIGNAL_GROUPS["stomach_bowel"]) == 7


def test_checkin_validation():
    ok = validate_checkin(CheckIn(TODAY, (SignalEntry("tension_headache", 6, "  na het werk "),
                                          SignalEntry("own:abc"))))
    assert ok.signals[0].note == "na het werk"
    for bad in (CheckIn(TODAY, (SignalEntry("unknown"),)),
                CheckIn(TODAY, (SignalEntry("palpitations", 11),)),
                CheckIn(TODAY, (SignalEntry("palpitations", 2.5),)),
                CheckIn(TODAY, (SignalEntry("palpitations"), SignalEntry("palpitations"))),
                CheckIn(None, ())):
        with pytest.raises(ValueError):
            validate_checkin(bad)


def test_one_checkin_per_day_a_second_edits_the_first():
    first = CheckIn(TODAY, (SignalEntry("palpitations"),), id="c1")
    second = merge_checkin(first, CheckIn(TODAY, (SignalEntry("falling_asleep"),)))
    assert second.id == "c1" and [s.key for s in second.signals] == ["falling_asleep"]
    with pytest.raises(ValueError):
        merge_checkin(first, CheckIn(TODAY + timedelta(days=1)))


def test_weekly_counts_count_days_per_group():
    checkins = [
        CheckIn(TODAY, (SignalEntry("falling_asleep"), SignalEntry("waking_early"))),  # sleep once that day
        CheckIn(TODAY - timedelta(days=1), (SignalEntry("waking_early"), SignalEntry("palpitations"))),
        CheckIn(TODAY - timedelta(days=7), (SignalEntry("tension_headache"),)),
        CheckIn(TODAY - timedelta(weeks=9), (SignalEntry("tension_headache"),)),  # too old for the chart
        CheckIn(TODAY, (SignalEntry("own:x"),)),
    ]
    counts = weekly_counts(checkins, TODAY, weeks=8)
    assert counts["sleep"][-1] == 2 and counts["palpitations"][-1] == 1
    assert counts["muscle_tension"][-2] == 1 and sum(counts["muscle_tension"]) == 1
    assert counts["own"][-1] == 1
    total, top = week_summary(checkins, TODAY)
    assert (total, top) == (5, "sleep")
    assert week_summary([], TODAY) == (0, None)


def test_signal_chart_has_one_line_per_group_that_came_up():
    spec = signal_chart([CheckIn(TODAY, (SignalEntry("palpitations"),))], TODAY, lambda d: f"{d.day}/{d.month}")
    panel, = spec.panels
    assert [s.key for s in panel.series] == ["palpitations"]
    assert len(spec.x_labels) == 8 and spec.x_labels[-1] == "23/11"
    assert panel.y_max == 7


def test_relaxation_steps_and_timing():
    steps = relaxation_steps(tm.PROGRESSIVE)
    assert steps[0].phase == "settle" and steps[-1].phase == "settle"
    tense = [s for s in steps if s.phase == "tense"]
    assert len(tense) == len(tm.MUSCLE_GROUPS) and all(5 <= s.seconds <= 10 for s in tense)
    assert all(s.seconds == 20 for s in steps if s.phase == "release")
    assert {s.phase for s in relaxation_steps(tm.AUTOGENIC)} == {"settle", "formula"}
    assert [s.key for s in relaxation_steps(tm.BODY_SCAN)][1:-1] == list(tm.BODY_PARTS)
    with pytest.raises(ValueError):
        relaxation_steps("yoga")


def test_guided_exercise_follows_the_clock_and_can_pause_and_skip():
    ex = GuidedExercise(relaxation_steps(tm.PROGRESSIVE), started=100.0)
    assert ex.position(100) == (0, 15, False)
    i, left, _ = ex.position(100 + 15 + 3)
    assert (ex.steps[i].phase, left) == ("tense", 4)
    ex.pause(118)
    assert ex.position(500)[:2] == (1, 4) and ex.paused
    ex.resume(500)
    ex.next_step(501)
    assert ex.steps[ex.position(501)[0]].phase == "release"
    ex.previous_step(501)
    assert ex.steps[ex.position(501)[0]].phase == "tense"
    assert ex.position(501 + ex.total_seconds)[2]


def test_minutes_followed_leave_out_pauses_and_skipped_steps():
    ex = GuidedExercise(relaxation_steps(tm.PROGRESSIVE), started=100.0)
    ex.pause(130)  # ran 30 s
    ex.resume(400)
    ex.next_step(410)  # ran 10 s more; the skipped rest of the step was not followed
    assert ex.followed_seconds(420) == 50
    ex.pause(420)
    assert ex.followed_seconds(900) == 50
    assert validate_session(RelaxationSession(None, TODAY, tm.BODY_SCAN, followed_seconds=-3)).followed_seconds == 0
    assert validate_session(RelaxationSession(None, TODAY, tm.BODY_SCAN)).followed_seconds is None


def test_sessions_and_substitutes_are_checked():
    assert validate_session(RelaxationSession(None, TODAY, tm.BODY_SCAN, 7, 3)).after == 3
    for bad in (RelaxationSession(None, TODAY, "yoga"), RelaxationSession(None, TODAY, tm.AUTOGENIC, 11)):
        with pytest.raises(ValueError):
            validate_session(bad)
    assert validate_substitute(Substitute(None, "  Zwemmen ", outcome="good")).name == "Zwemmen"
    with pytest.raises(ValueError):
        validate_substitute(Substitute(None, "", outcome="good"))
    with pytest.raises(ValueError):
        validate_substitute(Substitute(None, "Fietsen", outcome="great"))
    assert outlet.check_gains(["calm", "movement"]) == ("movement", "calm")
    with pytest.raises(ValueError):
        outlet.check_gains(["money"])


def test_which_causes_can_be_ticked():
    assert tm.check_cause("guilt") == "" and tm.check_cause("fear_of_movement") == ""  # §2 and §3
    assert tm.check_cause("guilt", "ignored") == ""
    assert tm.check_cause("own", "  Niet lastig zijn ") == "Niet lastig zijn"
    assert tm.check_cause("own_tl", "Bang") == "Bang"
    with pytest.raises(ValueError) as unknown:
        tm.check_cause("laziness")
    assert unknown.value.key == "too_much.unknown_key"
    with pytest.raises(ValueError):
        tm.check_cause("own", "  ")


def test_error_keys_carry_the_chapter():
    for bad, key in ((CheckIn(None, ()), "too_much.missing_date"),
                     (CheckIn(TODAY, (SignalEntry("palpitations"), SignalEntry("palpitations"))),
                      "too_much.duplicate_signal"),
                     (CheckIn(TODAY, (SignalEntry("unknown"),)), "too_much.unknown_key")):
        with pytest.raises(ValueError) as refused:
            validate_checkin(bad)
        assert refused.value.key == key
    with pytest.raises(ValueError) as other_day:
        merge_checkin(CheckIn(TODAY, id="c1"), CheckIn(TODAY + timedelta(days=1)))
    assert other_day.value.key == "too_much.wrong_day"


def test_the_chart_starts_on_the_monday_seven_weeks_before_this_one():
    assert tm.chart_first_day(TODAY) == date(2026, 10, 5)  # eight weeks, this one (from 23/11) last
    assert tm.chart_first_day(date(2026, 11, 23)) == date(2026, 10, 5)
    assert tm.chart_first_day(TODAY, weeks=1) == date(2026, 11, 23)


def test_todays_answer_and_the_earlier_ones():
    answers = [tm.Answer("energy", TODAY, "Wandelen"), tm.Answer("energy", TODAY - timedelta(days=9), "Niets")]
    today, earlier = tm.todays_answer(answers, TODAY)
    assert today.text == "Wandelen" and [a.text for a in earlier] == ["Niets"]
    assert tm.todays_answer(answers[1:], TODAY) == (None, answers[1:])


def test_the_chosen_outlet_is_planned_today_in_the_afternoon_as_a_want_to_do_activity():
    monday, activity = outlet.outlet_activity("Zwemmen", TODAY)
    assert monday == date(2026, 11, 23)
    assert (activity.id, activity.day, activity.part, activity.name, activity.minutes, activity.kind,
            activity.motive) == (None, 2, "afternoon", "Zwemmen", 30, "physical", "want")


def test_the_countdown_shows_whole_seconds_rounded_up():
    assert [GuidedExercise.seconds_shown(x) for x in (7.0, 6.2, 0.4, 0.0)] == [7, 7, 1, 0]


def test_the_running_week_is_so_far_not_a_drop_to_zero():
    """Issue #22: this week's signals are a marker, not the end of the line; the table keeps one
    column per group."""
    from datetime import timedelta

    from rugschool_gui.domain.charts import LINE, POINTS, table_rows

    last_week = [CheckIn(TODAY - timedelta(days=7 + d), (SignalEntry("palpitations"),)) for d in range(3)]
    spec = signal_chart(last_week, TODAY, lambda d: f"{d.day}/{d.month}", now_label="deze week tot nu")
    line, now = spec.panels[0].series
    assert (line.style, now.style) == (LINE, POINTS) and line.key == now.key == "palpitations"
    assert line.points[-1] == (6, 3) and len(line.points) == 7  # the line ends at the last full week
    assert now.points == ((7, 0),)
    assert spec.x_labels[-1] == "deze week tot nu"
    header, rows = table_rows(spec)
    assert header == ["week_axis", "palpitations"] and rows[-1] == ["deze week tot nu", "0"]
