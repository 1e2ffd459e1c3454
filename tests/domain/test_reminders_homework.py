"""Homework reminders with a fixed clock (issue #20 on issue #25's homework): the due day, or the
day before when more than one thing is asked; never for done or postponed homework; quiet hours;
one reminder per homework and one for all of a day's homework. And what is kept of a
"Vandaag niet" (its barrier and words, checked)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.errors import DomainError

MONDAY = date(2026, 11, 30)
FRIDAY = MONDAY + timedelta(days=4)
ON = r.ReminderSettings(kinds=frozenset({r.HOMEWORK}), homework_time=time(9, 30))


def task(id_: str = "h1", due: date = FRIDAY, first: date = MONDAY, target: int = 1,
         settled: bool = False) -> r.PlannedHomework:
    return r.PlannedHomework(id_, due, first, target, settled)


def due_on(day: date, *homework: r.PlannedHomework, s: r.ReminderSettings = ON) -> list[r.Due]:
    return r.due_today(s, r.Planned(day, homework=homework))


def test_off_until_chosen():
    assert r.due_today(r.ReminderSettings(), r.Planned(FRIDAY, homework=(task(),))) == []
    assert r.ReminderSettings().homework_time == r.DEFAULT_HOMEWORK_TIME


def test_one_thing_asked_reminds_on_its_last_day_at_the_chosen_time():
    assert due_on(FRIDAY - timedelta(days=1), task()) == []
    [item] = due_on(FRIDAY, task())
    assert (item.kind, item.at, item.last_day) == (r.HOMEWORK, datetime.combine(FRIDAY, time(9, 30)), True)
    assert item.page == "home" and item.part is None
    assert r.message_key(item) == "homework_today"
    assert due_on(FRIDAY + timedelta(days=1), task()) == []


def test_more_than_one_thing_reminds_the_day_before_and_not_again():
    three = task(target=3)
    [item] = due_on(FRIDAY - timedelta(days=1), three)
    assert not item.last_day and r.message_key(item) == "homework_tomorrow"
    assert due_on(FRIDAY, three) == []  # one reminder per homework


def test_the_day_before_must_still_count_for_it():
    # set on Friday for Friday: the day before was not part of it
    same_day = task(target=3, first=FRIDAY)
    assert due_on(FRIDAY - timedelta(days=1), same_day) == []
    assert [i.last_day for i in due_on(FRIDAY, same_day)] == [True]


def test_done_or_postponed_never_reminds():
    assert due_on(FRIDAY, task(settled=True)) == []
    assert due_on(FRIDAY - timedelta(days=1), task(target=2, settled=True)) == []


def test_a_days_homework_is_one_reminder():
    items = due_on(FRIDAY - timedelta(days=1), task("a", target=2), task("b", due=FRIDAY - timedelta(days=1)),
                   task("c", target=4))
    assert len(items) == 1
    assert items[0].last_day  # "b" ends today: the reminder says today
    assert items[0].key == f"homework:{FRIDAY - timedelta(days=1)}"


def test_quiet_hours_hold_for_homework_too():
    s = r.ReminderSettings(kinds=frozenset({r.HOMEWORK}), homework_time=time(7, 0))
    items = due_on(FRIDAY, task(), s=s)
    assert r.due_now(items, r.ReminderState(FRIDAY), datetime.combine(FRIDAY, time(7, 30)), s) == []
    assert r.due_now(items, r.ReminderState(FRIDAY), datetime.combine(FRIDAY, time(8, 0)), s) == items


def test_from_progress_only_homework_with_a_due_date():
    weekly = hw.Homework("w", hw.RELAXATION, MONDAY, hw.WEEKLY, count=3)
    once = hw.Homework("o", hw.FREE, MONDAY, hw.ONCE, due_on=FRIDAY, text="Lezen")
    done = hw.Homework("d", hw.FREE, MONDAY, hw.ONCE, due_on=FRIDAY, text="x", ticked_on=MONDAY)
    later = hw.Homework("p", hw.STRESS, MONDAY, hw.WEEKLY, due_on=FRIDAY, count=2, postponed_on=MONDAY)
    log = hw.PatientLog()
    found = r.homework_due([hw.progress(h, log, MONDAY) for h in (weekly, once, done, later)])
    assert found == (r.PlannedHomework("o", FRIDAY, MONDAY, 1, False), r.PlannedHomework("d", FRIDAY, MONDAY, 1, True),
                     r.PlannedHomework("p", FRIDAY, MONDAY, 2, True))


days = st.integers(0, 20).map(lambda n: MONDAY + timedelta(days=n))


@given(due=days, lead=st.integers(0, 10), target=st.integers(1, 8), settled=st.booleans())
def test_at_most_one_day_and_the_right_one(due, lead, target, settled):
    h = task(due=due, first=due - timedelta(days=lead), target=target, settled=settled)
    reminding = [d for d in (MONDAY + timedelta(days=n) for n in range(-12, 24)) if due_on(d, h)]
    if settled:
        assert reminding == []
        return
    assert len(reminding) == 1
    [day] = reminding
    assert day in (due, due - timedelta(days=1)) and day >= h.first
    assert (day == due - timedelta(days=1)) == (target > 1 and lead >= 1)
    assert due_on(day, h)[0].last_day == (day == due)


@given(n=st.integers(1, 6), when=st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_many_homework_one_reminder_shown_once(n, when):
    s = r.ReminderSettings(kinds=frozenset({r.HOMEWORK}), homework_time=when, quiet_start=time(0, 0),
                           quiet_end=time(0, 0))
    homework = tuple(task(f"h{i}") for i in range(n))
    items = due_on(FRIDAY, *homework, s=s)
    assert len(items) == 1
    now = datetime.combine(FRIDAY, when)
    assert r.due_now(items, r.ReminderState(FRIDAY), now, s) == items
    assert r.due_now(items, r.mark_shown(r.ReminderState(FRIDAY), items[0].key), now, s) == []


# ----- "Vandaag niet" kept in the workbook -----------------------------------------------------
def test_declined_keeps_kind_barrier_words_and_the_item():
    item = r.Due("exposure:a1", r.EXPOSURE, datetime.combine(MONDAY, time(15)), item_id="a1")
    kept = r.declined_record(item, "outside", "  bezoek van mijn zus  ", MONDAY)
    assert kept == r.DeclinedReminder(None, MONDAY, r.EXPOSURE, "outside", "bezoek van mijn zus", "a1")


def test_declined_refuses_unknown_barriers_kinds_and_too_many_words():
    item = r.Due(f"checkin:{MONDAY}", r.CHECKIN, datetime.combine(MONDAY, time(20)))
    with pytest.raises(r.UnknownBarrier):
        r.declined_record(item, "skip", "", MONDAY)
    with pytest.raises(r.UnknownKind):
        r.validate_declined(r.DeclinedReminder(None, MONDAY, "everything", "inside"))
    with pytest.raises(DomainError):
        r.declined_record(item, "inside", "x" * (r.MAX_WORDS + 1), MONDAY)
    assert r.declined_record(item, "inside", "", MONDAY).item_id is None


def test_the_checkin_opens_on_the_stress_signals():
    item = r.due_today(r.ReminderSettings(kinds=frozenset({r.CHECKIN})), r.Planned(MONDAY))[0]
    assert (item.page, item.part) == ("too_much", "signals")
