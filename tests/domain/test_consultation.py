"""The psychologist's overview: every cue computed from plain facts (no database, no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain.consultation import (
    DOWN,
    SAME,
    UP,
    PlanFact,
    ScheduleFact,
    ScoreFact,
    StepFact,
    WorkbookFacts,
    current_step,
    current_version,
    goal_percent,
    overview,
    overview_of,
    plan_week,
    running_plan,
    score_cue,
    signal_trend,
    signal_weeks,
)
from rugschool_gui.domain.graded_activity import ABANDONED, ACTIVE, DRAFT, FINISHED
from rugschool_gui.domain.too_little import scale_title

TUESDAY = date(2026, 11, 24)
WORKED = datetime(2026, 11, 20, 9, tzinfo=UTC)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


def facts(**kwargs) -> WorkbookFacts:
    return WorkbookFacts(**{"id": "wb", "name": "Anna", "worked_on_at": WORKED, "archived": False, **kwargs})


# ----- the fear hierarchy: the current step (WORKBOOK.md §4) ----------------------------------
def test_the_current_step_is_the_lowest_rank_not_yet_mastered():
    steps = [StepFact(3, "Tillen", False), StepFact(1, "Bukken", True), StepFact(2, "Stofzuigen", False)]
    assert current_step(steps) == StepFact(2, "Stofzuigen", False)
    assert current_step([StepFact(1, "Bukken", True)]) is None
    assert current_step([]) is None


@given(st.lists(st.tuples(st.booleans(), st.text(max_size=5)), max_size=10), st.randoms())
def test_the_current_step_does_not_depend_on_the_order_the_steps_come_in(marks, random):
    steps = [StepFact(rank, label, done) for rank, (done, label) in enumerate(marks, start=1)]
    shuffled = list(steps)
    random.shuffle(shuffled)
    found = current_step(shuffled)
    if all(s.mastered for s in steps):
        assert found is None
    else:
        assert found is not None and not found.mastered
        assert all(s.mastered for s in steps if s.rank < found.rank)


def test_the_exposure_cue_counts_steps_and_mastered_ones():
    o = overview_of(facts(steps=(StepFact(1, "Bukken", True), StepFact(2, "Tillen", False))), TUESDAY)
    assert (o.steps, o.mastered, o.step_label) == (2, 1, "Tillen")
    empty = overview_of(facts(), TUESDAY)
    assert (empty.steps, empty.mastered, empty.step_label) == (0, 0, None)


# ----- graded activity: the running plan, its week and the goal (WORKBOOK.md §5) ---------------
@given(days, st.integers(min_value=-400, max_value=4000))
def test_the_plan_week_counts_whole_weeks_from_the_start_and_never_goes_below_zero(start, offset):
    today = start + timedelta(days=offset)
    week = plan_week(start, today)
    assert week == max(0, offset // 7)
    assert week >= 0
    if offset >= 0:
        assert start + timedelta(days=7 * week) <= today < start + timedelta(days=7 * (week + 1))


def test_the_plan_week_at_its_edges():
    start = date(2026, 11, 2)
    assert [plan_week(start, start + timedelta(days=n)) for n in (-1, 0, 6, 7, 13, 14)] == [0, 0, 0, 1, 1, 2]


@given(st.floats(min_value=0.5, max_value=100_000), st.floats(min_value=0.5, max_value=100_000))
def test_the_goal_percentage_is_the_latest_amount_over_the_goal_rounded(amount, goal):
    percent = goal_percent(amount, goal)
    assert percent == round(100 * amount / goal)
    assert abs(percent - 100 * amount / goal) <= 0.5


def test_no_goal_percentage_without_a_session_or_a_goal():
    assert goal_percent(None, 40) is None
    assert goal_percent(20, 0) is None
    assert goal_percent(20, 40) == 50
    assert goal_percent(41, 40) == 102  # more than the goal is said as it is


def test_the_schedule_in_effect_is_the_version_that_started_last():
    first = ScheduleFact(date(2026, 10, 1), 40, 8)
    recomputed = ScheduleFact(date(2026, 11, 1), 35, 6)
    assert current_version([recomputed, first]) == recomputed
    assert current_version([]) is None


@pytest.mark.parametrize("status", [DRAFT, FINISHED, ABANDONED])
def test_only_a_running_plan_with_a_schedule_is_followed(status):
    schedule = (ScheduleFact(date(2026, 11, 2), 40, 5),)
    assert running_plan([PlanFact("p", "Fietsen", status, schedule, 20)]) is None
    assert running_plan([PlanFact("p", "Fietsen", ACTIVE, (), 20)]) is None  # no schedule yet
    plan = PlanFact("p", "Fietsen", ACTIVE, schedule, 20)
    assert running_plan([plan]) == (plan, schedule[0])


def test_the_activity_cue_says_the_week_of_the_schedule_in_effect_and_the_goal():
    plan = PlanFact("p", "Fietsen", ACTIVE, (ScheduleFact(date(2026, 10, 1), 50, 10),
                                              ScheduleFact(date(2026, 11, 10), 40, 5)), 30)
    o = overview_of(facts(plans=(plan,)), TUESDAY)
    assert (o.activity, o.week, o.weeks, o.goal_percent) == ("Fietsen", 2, 5, 75)
    later = PlanFact("q", "Wandelen", ACTIVE, (ScheduleFact(TUESDAY + timedelta(days=3), 40, 5),), None)
    o = overview_of(facts(plans=(later,)), TUESDAY)
    assert (o.activity, o.week, o.goal_percent) == ("Wandelen", 0, None)  # starts Friday: week 0
    none = overview_of(facts(plans=(PlanFact("d", "Zwemmen", DRAFT),)), TUESDAY)
    assert (none.activity, none.week, none.weeks, none.goal_percent) == (None, None, None, None)


# ----- stress signals: this week against last week (WORKBOOK.md §2) --------------------------
@given(days)
def test_the_signal_weeks_run_monday_to_sunday(today):
    weeks = signal_weeks(today)
    assert weeks.monday.weekday() == 0 and weeks.monday <= today < weeks.monday + timedelta(days=7)
    assert weeks.since == weeks.monday - timedelta(days=7) and weeks.today == today


def test_the_signal_weeks_of_a_tuesday_and_of_a_monday():
    assert signal_weeks(TUESDAY).monday == date(2026, 11, 23)
    assert signal_weeks(TUESDAY).since == date(2026, 11, 16)
    assert signal_weeks(date(2026, 11, 23)).monday == date(2026, 11, 23)


@given(st.integers(0, 500), st.integers(0, 500))
def test_the_signal_trend(this_week, last_week):
    trend = signal_trend(this_week, last_week)
    assert trend == (UP if this_week > last_week else DOWN if this_week < last_week else SAME)


# ----- questionnaires: the one scored most often, first and latest (WORKBOOK.md §3) ----------
def test_the_questionnaire_scored_most_often_with_its_first_and_latest_total():
    scores = [ScoreFact("tsk", "", date(2026, 9, 1), 48), ScoreFact("odi", "", date(2026, 9, 2), 30),
              ScoreFact("tsk", "", date(2026, 11, 1), 40), ScoreFact("tsk", "", date(2026, 10, 1), 44)]
    cue = score_cue(scores)
    assert cue is not None and (cue.first, cue.latest) == (48, 40)  # by day, not by the order given
    assert cue.title == scale_title("tsk", "") and "TSK" in cue.title
    assert score_cue([]) is None


def test_other_questionnaires_are_told_apart_by_their_name():
    scores = [ScoreFact("other", "Slaap", date(2026, 9, 1), 5), ScoreFact("other", "Stemming", date(2026, 9, 2), 7),
              ScoreFact("other", "Stemming", date(2026, 9, 9), 6)]
    cue = score_cue(scores)
    assert cue is not None and (cue.title, cue.first, cue.latest) == ("Stemming", 7, 6)


@given(st.lists(st.tuples(st.sampled_from(["tsk", "odi", "other"]), st.sampled_from(["A", "B"]),
                          days, st.integers(0, 100)), min_size=1, max_size=20))
def test_the_questionnaire_shown_is_one_scored_most_often(rows):
    scores = [ScoreFact(scale, name, day, total) for scale, name, day, total in rows]
    cue = score_cue(scores)
    groups: dict[str, list[ScoreFact]] = {}
    for s in sorted(scores, key=lambda s: s.day):
        groups.setdefault(s.name if s.scale == "other" else s.scale, []).append(s)
    most = max(len(g) for g in groups.values())
    assert cue is not None and any(
        len(g) == most and scale_title(g[0].scale, g[0].name) == cue.title
        and (cue.first, cue.latest) == (g[0].total, g[-1].total) for g in groups.values())


# ----- the whole overview ----------------------------------------------------------------------
def test_the_overview_is_sorted_by_name_whatever_the_case():
    books = [facts(id="1", name="bert"), facts(id="2", name="Anna"), facts(id="3", name="Carla", archived=True)]
    shown = overview(books, TUESDAY)
    assert [o.name for o in shown] == ["Anna", "bert", "Carla"]
    assert shown[2].archived and shown[0].worked_on_at == WORKED


def test_a_workbook_with_nothing_in_it_has_no_cues():
    o = overview_of(facts(), TUESDAY)
    assert (o.activity, o.score_name, o.signals_week, o.signals_last_week, o.signals_trend) == (None, None, 0, 0, SAME)
