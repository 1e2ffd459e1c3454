"""Homework progress computed from what the patient logs (issue #25): every kind, per period."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.errors import DomainError
from rugschool_gui.domain.graded_activity_plan import GradedActivitySummary

MON = date(2026, 12, 7)  # a Monday
SUN = MON + timedelta(days=6)


def weekly(kind: str, count: int = 3, **kw) -> hw.Homework:
    return hw.validate_homework(hw.Homework("h", kind, MON - timedelta(days=14), hw.WEEKLY, count=count, **kw))


def test_exposure_counts_attempts_on_the_step_in_the_week_only():
    log = hw.PatientLog(attempts=(("s1", MON), ("s1", MON + timedelta(days=2)), ("s2", MON),
                                  ("s1", MON - timedelta(days=1)), ("s1", SUN + timedelta(days=1))))
    p = hw.progress(weekly(hw.EXPOSURE, item_id="s1"), log, MON + timedelta(days=3))
    assert (p.done, p.target, p.left, p.state) == (2, 3, 1, hw.PARTLY)


def test_exposure_without_a_step_follows_the_current_step():
    log = hw.PatientLog(attempts=(("s2", MON), ("s1", MON)), current_step="s2")
    assert hw.progress(weekly(hw.EXPOSURE, count=1), log, MON).state == hw.DONE


def test_single_exposure_task_counts_up_to_its_due_date():
    h = hw.validate_homework(hw.Homework("h", hw.EXPOSURE, MON, hw.ONCE, due_on=MON + timedelta(days=10),
                                         count=2, item_id="s"))
    log = hw.PatientLog(attempts=(("s", MON - timedelta(days=1)), ("s", MON + timedelta(days=9)),
                                  ("s", MON + timedelta(days=11))))
    p = hw.progress(h, log, MON + timedelta(days=12))
    assert (p.first, p.last, p.done) == (MON, MON + timedelta(days=10), 1)


def test_graded_activity_uses_the_plan_quota_of_the_week():
    summary = GradedActivitySummary("Fietsen", "min", "active", week=2, weeks=5, quota=28, done_this_week=2,
                                    required=3)
    p = hw.progress(weekly(hw.GRADED_ACTIVITY, count=1), hw.PatientLog(activity=summary), MON)
    assert (p.done, p.target, p.state) == (2, 3, hw.PARTLY)
    assert hw.progress(weekly(hw.GRADED_ACTIVITY), hw.PatientLog(), MON).state == hw.OPEN  # no plan: nothing yet


def test_stress_counts_days_with_signals():
    days = frozenset({MON, MON + timedelta(days=1), MON + timedelta(days=4), MON - timedelta(days=3)})
    p = hw.progress(weekly(hw.STRESS, count=4), hw.PatientLog(checkin_days=days), SUN)
    assert (p.done, p.left) == (3, 1)


def test_relaxation_optionally_per_technique():
    log = hw.PatientLog(relaxation=((MON, "progressive"), (MON, "body_scan"), (SUN, "progressive")))
    assert hw.progress(weekly(hw.RELAXATION, count=2), log, MON).done == 3
    assert hw.progress(weekly(hw.RELAXATION, count=2, technique="progressive"), log, MON).state == hw.DONE
    assert hw.progress(weekly(hw.RELAXATION, count=2, technique="autogenic"), log, MON).done == 0


def test_pacing_want_to_do_every_day_and_breaks_with_the_timer():
    days = frozenset(MON + timedelta(days=n) for n in range(6))
    assert hw.progress(weekly(hw.PACING_PLAN, count=7), hw.PatientLog(want_days=days), SUN).left == 1
    log = hw.PatientLog(breaks_taken=((MON, 3), (MON + timedelta(days=1), 2), (MON - timedelta(days=1), 9)))
    assert hw.progress(weekly(hw.PACING_BREAKS, count=6), log, MON).done == 5


def test_reflection_answered_and_chain_entries():
    log = hw.PatientLog(reflections=((MON, "energy"),), chain_days=(MON, MON, SUN))
    assert hw.progress(weekly(hw.REFLECTION, question="energy"), log, MON).state == hw.DONE
    assert hw.progress(weekly(hw.REFLECTION, question="outlet"), log, MON).state == hw.OPEN
    assert hw.progress(weekly(hw.CHAIN_DIARY, count=3), log, MON).state == hw.DONE


def test_free_task_and_reading_are_ticked_by_the_patient():
    h = weekly(hw.FREE, text="Wandel met de hond", ticked_on=MON + timedelta(days=1))
    assert hw.progress(h, hw.PatientLog(), MON).state == hw.DONE
    assert hw.progress(h, hw.PatientLog(), MON + timedelta(days=7)).state == hw.OPEN  # a new week
    with pytest.raises(DomainError):
        hw.validate_homework(hw.Homework(None, hw.PSYCHOEDUCATION, MON, text="  "))


def test_postponed_with_a_barrier_holds_for_its_week():
    h = weekly(hw.STRESS, postponed_on=MON + timedelta(days=2), barrier_kind=hw.EXTERNAL, barrier="  griep  ")
    assert h.barrier == "griep"
    assert hw.progress(h, hw.PatientLog(), MON).state == hw.POSTPONED
    assert hw.progress(h, hw.PatientLog(), MON + timedelta(days=7)).state == hw.OPEN
    done = hw.PatientLog(checkin_days=frozenset(MON + timedelta(days=n) for n in range(3)))
    assert hw.progress(h, done, MON).state == hw.DONE  # done after all wins over postponed


@pytest.mark.parametrize("bad", [
    {"kind": "dance"}, {"rhythm": "daily"}, {"rhythm": hw.ONCE}, {"count": 0}, {"count": 51},
    {"kind": hw.PACING_PLAN, "count": 8}, {"barrier_kind": "weather"},
    {"rhythm": hw.ONCE, "due_on": MON - timedelta(days=1)},
])
def test_refusals(bad):
    values = {"id": None, "kind": hw.STRESS, "starts_on": MON} | bad
    with pytest.raises(DomainError):
        hw.validate_homework(hw.Homework(**values))


def test_this_week_leaves_out_what_ended_or_has_not_begun_and_puts_open_first():
    ended = hw.Homework("a", hw.STRESS, MON - timedelta(days=30), due_on=MON - timedelta(days=8))
    later = hw.Homework("b", hw.STRESS, MON + timedelta(days=8))
    done = hw.Homework("c", hw.FREE, MON, text="x", ticked_on=MON)
    open_ = hw.Homework("d", hw.CHAIN_DIARY, MON - timedelta(days=7), count=2)
    found = hw.this_week([ended, later, done, open_], hw.PatientLog(), MON + timedelta(days=1))
    assert [p.homework.id for p in found] == ["d", "c"]
    assert hw.tally(found) == {hw.DONE: 1, hw.PARTLY: 0, hw.OPEN: 1, hw.POSTPONED: 0}


days = st.integers(min_value=-14, max_value=20).map(lambda n: MON + timedelta(days=n))  # from the day it was set


@given(st.lists(days, max_size=40), days, st.integers(min_value=1, max_value=hw.MAX_COUNT))
def test_chain_count_is_exactly_the_entries_in_the_week(entries, on, count):
    p = hw.progress(weekly(hw.CHAIN_DIARY, count=count), hw.PatientLog(chain_days=tuple(entries)), on)
    first = on - timedelta(days=on.weekday())
    assert p.done == sum(1 for d in entries if first <= d <= first + timedelta(days=6))
    assert p.left == max(0, count - p.done)
    assert (p.state == hw.DONE) == (p.done >= count)
    assert p.first.weekday() == 0 and (p.last - p.first).days == 6


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), days), max_size=30), days)
def test_a_weekly_exposure_count_never_mixes_steps_or_weeks(attempts, on):
    log = hw.PatientLog(attempts=tuple(attempts))
    a = hw.progress(weekly(hw.EXPOSURE, count=1, item_id="a"), log, on).done
    b = hw.progress(weekly(hw.EXPOSURE, count=1, item_id="b"), log, on).done
    first = on - timedelta(days=on.weekday())
    assert a + b == sum(1 for _s, d in attempts if first <= d <= first + timedelta(days=6))
