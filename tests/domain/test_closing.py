"""The workbook in one page (WORKBOOK.md §6): every count of the summary, computed in the domain."""

from __future__ import annotations

from datetime import date, timedelta

from rugschool_gui.domain.closing import (
    chosen_outlet,
    latest_amount,
    latest_answers,
    summarise,
    week_counts,
)
from rugschool_gui.domain.exposure import FearHierarchy, FearItem
from rugschool_gui.domain.graded_activity import ACTIVE, Plan, Schedule, ScheduleVersion, Session
from rugschool_gui.domain.pacing import Activity
from rugschool_gui.domain.too_little import Score, ValuedActivity
from rugschool_gui.domain.too_much import Answer, CheckIn, SignalEntry
from rugschool_gui.domain.too_much_outlet import Outlet, Substitute

TODAY = date(2026, 11, 26)  # a Thursday


def _plan(start: float, goal: float) -> Plan:
    schedule = Schedule(baseline=30, start=start, goal=goal, weeks=5)
    return Plan("p", "Fietsen", "minutes", 0.25, 3, goal, 5, TODAY - timedelta(days=14), ACTIVE, (None,) * 3,
                (ScheduleVersion(TODAY - timedelta(days=14), schedule),))


def test_an_empty_workbook_has_an_empty_summary():
    s = summarise(today=TODAY, chains=0, checkins=[], outlet=Outlet(), answers=[], week=[], breaks=(0, 0),
                  valued=[], scores=[], hierarchy=FearHierarchy(), plan=None, sessions=[])
    assert s.is_empty and s.exposure_step is None and s.activity is None


def test_the_summary_counts_what_each_chapter_holds():
    hierarchy = FearHierarchy([FearItem("a", 1, "Bukken", 30, mastered=True), FearItem("b", 2, "Tillen", 70),
                               FearItem("c", 3, "Sporten", 90)])
    week = [Activity(id="1", day=0, part="morning", name="Wandelen", minutes=30, done=True),
            Activity(id="2", day=1, part="evening", name="Lezen", minutes=30)]
    checkins = [CheckIn(TODAY - timedelta(days=1), (SignalEntry("tension_headache"), SignalEntry("shoulder_neck_pain"))),
                CheckIn(TODAY, (SignalEntry("palpitations"),))]
    s = summarise(today=TODAY, chains=4, checkins=checkins, outlet=Outlet(old_outlet="Joggen"),
                  answers=[Answer("energy", TODAY, "Wandelen")], week=week, breaks=(2, 3),
                  valued=[ValuedActivity("v", "Voetbal", 9)],
                  scores=[Score("1", "tsk", "TSK", TODAY - timedelta(days=60), "start", 48),
                          Score("2", "tsk", "TSK", TODAY, "end", 33)],
                  hierarchy=hierarchy, plan=_plan(22.5, 40), sessions=[Session("s", TODAY, 27.5)])
    assert (s.chains, s.signals_week, s.top_signal_group, s.outlet) == (4, 3, "muscle_tension", "Joggen")
    assert (s.planned_week, s.done_week, s.breaks) == (2, 1, (2, 3))
    assert (s.exposure_items, s.exposure_mastered, s.exposure_step) == (3, 1, "Tillen")
    assert s.score_trends == {"Tampa Scale for Kinesiophobia (TSK-17)": (48, 33)} and s.valued == ("Voetbal",)
    # amounts as a person reads them: whole, half up (graded_activity_reading.display_amount)
    assert (s.activity, s.activity_start, s.activity_goal, s.activity_level) == ("Fietsen", 23, 40, 28)
    assert not s.is_empty


def test_week_counts_and_latest_amount():
    assert week_counts([]) == (0, 0)
    assert latest_amount([]) is None
    sessions = [Session("a", TODAY - timedelta(days=2), 20), Session("b", TODAY, 25), Session("c", TODAY - timedelta(days=1), 30)]
    assert latest_amount(sessions) == 25


def test_the_chosen_substitute_outlet_comes_before_the_old_one():
    subs = (Substitute("s1", "Zwemmen"), Substitute("s2", "Fietsen"))
    assert chosen_outlet(Outlet(old_outlet="Joggen", substitutes=subs, chosen_id="s2")) == "Fietsen"
    assert chosen_outlet(Outlet(old_outlet="Joggen", substitutes=subs)) == "Joggen"
    assert chosen_outlet(Outlet()) is None


def test_latest_answers_are_the_newest_per_question_in_question_order():
    answers = [Answer("relax", TODAY, "Soms"), Answer("energy", TODAY - timedelta(days=9), "Oud"),
               Answer("energy", TODAY - timedelta(days=2), "Wandelen"), Answer("life_areas", TODAY, "Thuis"),
               Answer("assertive", TODAY, "niet in de samenvatting")]
    assert latest_answers(answers) == (("life_areas", TODAY, "Thuis"), ("energy", TODAY - timedelta(days=2), "Wandelen"))
    assert len(latest_answers(answers, 5)) == 3
