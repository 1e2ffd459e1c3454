"""Graded activity storage: a draft saved field by field, starting, sessions, recompute, history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from rugschool_gui.domain.errors import DomainError, NotFound
from rugschool_gui.domain.graded_activity import (
    ABANDONED,
    ACTIVE,
    DRAFT,
    FINISHED,
    NotEnoughMeasurements,
    ReductionOutOfRange,
    Session,
    TooFewSessions,
)
from rugschool_gui.storage import graded_activity as repo
from rugschool_gui.storage.workbooks import delete_workbook, purge_deleted

START = date(2026, 11, 2)


@pytest.fixture
def wb(make_workbook):
    return make_workbook("Anna")


def ready_draft(store, wb_id, amounts=(25, 28, 27)):
    plan = repo.new_plan(store, wb_id)
    repo.update_plan(store, wb_id, plan.id, activity="  Fietsen ", unit="minutes", goal=40, weeks=5,
                     start_on=START)
    for i, a in enumerate(amounts, start=1):
        plan = repo.set_measurement(store, wb_id, plan.id, i, START - timedelta(days=10 - i), a)
    return plan


def test_a_draft_keeps_every_field_as_it_is_typed(store, wb):
    plan = repo.new_plan(store, wb.id)
    assert plan.status == DRAFT and plan.missing_measurements == 3 and plan.reduction == 0.25
    repo.update_plan(store, wb.id, plan.id, activity="Wan", reduction=0.2)
    repo.set_measurement(store, wb.id, plan.id, 2, START, 12.5)
    again = repo.open_plan(store, wb.id)
    assert (again.activity, again.reduction, again.missing_measurements) == ("Wan", 0.2, 2)
    assert again.measurements[1].amount == 12.5 and again.measurements[1].day == START
    repo.set_measurement(store, wb.id, plan.id, 2, None, None)
    assert repo.open_plan(store, wb.id).missing_measurements == 3


def test_bad_draft_values_are_refused_and_nothing_changes(store, wb):
    plan = repo.new_plan(store, wb.id)
    with pytest.raises(ReductionOutOfRange):
        repo.update_plan(store, wb.id, plan.id, activity="Zwemmen", reduction=0.35)
    with pytest.raises(TooFewSessions):
        repo.update_plan(store, wb.id, plan.id, sessions_per_week=2)
    with pytest.raises(ValueError):
        repo.set_measurement(store, wb.id, plan.id, 1, START, -3)
    with pytest.raises(NotFound):
        repo.set_measurement(store, wb.id, plan.id, 4, START, 3)
    after = repo.open_plan(store, wb.id)
    assert (after.activity, after.reduction, after.sessions_per_week) == ("", 0.25, 3)
    assert after.missing_measurements == 3


def test_start_needs_three_measurements(store, wb):
    plan = ready_draft(store, wb.id)
    repo.set_measurement(store, wb.id, plan.id, 3, None, None)
    with pytest.raises(NotEnoughMeasurements) as info:
        repo.start_plan(store, wb.id, plan.id)
    assert info.value.params["needed"] == 1
    assert repo.open_plan(store, wb.id).status == DRAFT


def test_start_writes_the_first_schedule(store, wb):
    plan = ready_draft(store, wb.id)
    started = repo.start_plan(store, wb.id, plan.id)
    assert started.status == ACTIVE and started.activity == "Fietsen"
    version = started.current
    assert version.start_on == START
    assert version.schedule.baseline == pytest.approx(80 / 3)
    assert version.schedule.start == pytest.approx(20)
    assert version.schedule.increment == pytest.approx(4)
    with pytest.raises(DomainError):  # a started plan's set-up is fixed
        repo.update_plan(store, wb.id, plan.id, goal=50)


def test_one_open_plan_at_a_time_then_history(store, wb):
    plan = ready_draft(store, wb.id)
    with pytest.raises(repo.PlanInProgress):
        repo.new_plan(store, wb.id)
    repo.start_plan(store, wb.id, plan.id)
    repo.end_plan(store, wb.id, plan.id, FINISHED, START + timedelta(days=40))
    assert repo.open_plan(store, wb.id) is None
    second = repo.new_plan(store, wb.id)
    repo.end_plan(store, wb.id, second.id, ABANDONED, START + timedelta(days=41))
    history = repo.plan_history(store, wb.id)
    assert [p.status for p in history] == [ABANDONED, FINISHED]
    assert history[1].current.schedule.goal == 40  # the finished plan keeps its schedule
    third = repo.new_plan(store, wb.id)
    with pytest.raises(repo.PlanInProgress):  # undo of "finish" while another plan is open
        repo.reopen_plan(store, wb.id, plan.id, ACTIVE)
    repo.end_plan(store, wb.id, third.id, ABANDONED, START)
    assert repo.reopen_plan(store, wb.id, plan.id, ACTIVE).status == ACTIVE


def test_sessions_round_trip_update_delete_and_restore(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    s1 = repo.save_session(store, wb.id, plan.id, Session(None, START, 20, pain=5, note=" stijf "))
    repo.save_session(store, wb.id, plan.id, Session(None, START + timedelta(days=2), 21))
    assert [(s.day, s.amount, s.pain, s.note) for s in repo.list_sessions(store, plan.id)] == [
        (START, 20, 5, "stijf"), (START + timedelta(days=2), 21, None, "")]
    repo.save_session(store, wb.id, plan.id, Session(s1.id, START, 22, pain=4, note="beter"))
    assert repo.list_sessions(store, plan.id)[0].amount == 22
    gone = repo.delete_session(store, wb.id, plan.id, s1.id)
    assert len(repo.list_sessions(store, plan.id)) == 1
    repo.save_session(store, wb.id, plan.id, gone)  # undo
    assert len(repo.list_sessions(store, plan.id)) == 2


def test_bad_sessions_are_refused(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    for bad in (Session(None, START, 0), Session(None, START, 10, pain=12),
                Session(None, START - timedelta(days=1), 10)):
        with pytest.raises(ValueError):
            repo.save_session(store, wb.id, plan.id, bad)
    assert repo.list_sessions(store, plan.id) == []


def test_sessions_need_an_active_plan(store, wb):
    plan = ready_draft(store, wb.id)
    with pytest.raises(DomainError):
        repo.save_session(store, wb.id, plan.id, Session(None, START, 20))


def test_recompute_adds_a_version_and_keeps_history(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    repo.save_session(store, wb.id, plan.id, Session(None, START, 20))
    later = START + timedelta(days=21)
    plan = repo.recompute(store, wb.id, plan.id, later, 22, 40, 3)
    assert [v.start_on for v in plan.versions] == [START, later]
    assert plan.current.schedule.start == 22 and plan.current.schedule.increment == 6
    assert plan.current.schedule.baseline == pytest.approx(80 / 3)  # the baseline stays
    assert len(repo.list_sessions(store, plan.id)) == 1
    with pytest.raises(DomainError):
        repo.recompute(store, wb.id, plan.id, START - timedelta(days=1), 22, 40, 3)


def test_reflection_is_saved_on_an_active_plan(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    repo.update_plan(store, wb.id, plan.id, barriers_inside="moe", barriers_outside="regen",
                     realistic=" te snel ")
    again = repo.open_plan(store, wb.id)
    assert (again.barriers_inside, again.barriers_outside, again.realistic) == ("moe", "regen", "te snel")


def test_summary_of_the_running_week(store, wb):
    assert repo.summary(store, wb.id, START) is None
    plan = ready_draft(store, wb.id)
    draft = repo.summary(store, wb.id, START)
    assert draft.status == DRAFT and draft.missing_measurements == 0
    repo.start_plan(store, wb.id, plan.id)
    monday_week_2 = START + timedelta(days=14)
    for day in (monday_week_2 - timedelta(days=1), monday_week_2, monday_week_2 + timedelta(days=2)):
        repo.save_session(store, wb.id, plan.id, Session(None, day, 28))
    s = repo.summary(store, wb.id, monday_week_2 + timedelta(days=3))
    assert (s.activity, s.week, s.weeks, s.quota, s.done_this_week, s.required) == (
        "Fietsen", 2, 5, pytest.approx(28), 2, 3)


def test_deleting_the_workbook_removes_its_plans(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    repo.save_session(store, wb.id, plan.id, Session(None, START, 20))
    delete_workbook(store, wb.id)
    purge_deleted(store)
    with store.engine.connect() as conn:
        for table in ("activity_plan", "activity_measurement", "activity_schedule", "activity_session"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_other_workbooks_cannot_touch_a_plan(store, wb, make_workbook):
    other = make_workbook("Bert")
    plan = ready_draft(store, wb.id)
    with pytest.raises(NotFound):
        repo.update_plan(store, other.id, plan.id, goal=50)
    assert repo.open_plan(store, other.id) is None


def test_put_schedule_makes_the_versions_exactly_as_given(store, wb):
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    before = plan.versions
    later = START + timedelta(days=14)
    after = repo.recompute(store, wb.id, plan.id, later, 22, 40, 3)
    assert len(after.versions) == 2 and all(v.id for v in after.versions)
    back = repo.put_schedule(store, wb.id, plan.id, before, 40, 5)
    assert back.versions == before and (back.goal, back.weeks) == (40, 5)
    again = repo.put_schedule(store, wb.id, plan.id, after.versions, 40, 3)
    assert again.versions == after.versions  # the removed version back with its own id
    repo.end_plan(store, wb.id, plan.id, FINISHED, later)
    with pytest.raises(repo.PlanNotDraft):  # only a running plan's schedule is put back
        repo.put_schedule(store, wb.id, plan.id, before, 40, 5)


def test_one_read_gives_the_page_its_plan_sessions_and_history(store, wb):
    assert repo.chapter_state(store, wb.id) == (None, [], [])
    plan = repo.start_plan(store, wb.id, ready_draft(store, wb.id).id)
    logged = repo.save_session(store, wb.id, plan.id, Session(None, START, 20))
    shown, sessions, history = repo.chapter_state(store, wb.id)
    assert shown == repo.get_plan(store, wb.id, plan.id) and sessions == [logged] and history == []
    assert repo.find_session(store, wb.id, plan.id, logged.id) == logged
    repo.delete_session(store, wb.id, plan.id, logged.id)
    assert repo.find_session(store, wb.id, plan.id, logged.id) is None
