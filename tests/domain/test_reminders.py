"""Reminder rules with a fixed clock: what is due when, quiet hours, once per item, snooze,
"Vandaag niet" with a barrier, and the quota note (WORKBOOK.md §5, issue #20)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import reminders as r
from rugschool_gui.domain.errors import DomainError

MONDAY = date(2026, 11, 30)
ALL = frozenset(r.KINDS)


def settings(**kw) -> r.ReminderSettings:
    base = {"kinds": ALL, "activity_days": frozenset({0, 2, 4}), "activity_time": time(10, 0),
                "checkin_time": time(20, 0)}
    base.update(kw)
    return r.check_settings(r.ReminderSettings(**base))


def planned(day: date = MONDAY, **kw) -> r.Planned:
    base = {"graded_activity": r.GradedActivityToday(1, 3, False),
                "attempts": (r.PlannedAttempt("a1", datetime.combine(day, time(15, 0))),),
                "activities": (r.PlannedActivity("p1", "afternoon"),)}
    base.update(kw)
    return r.Planned(day, **base)


def at(hh: int, mm: int = 0, day: date = MONDAY) -> datetime:
    return datetime.combine(day, time(hh, mm))


def test_nothing_reminds_until_a_kind_is_chosen():
    assert r.due_today(r.ReminderSettings(), planned()) == []


def test_each_kind_at_its_time_in_order():
    items = r.due_today(settings(), planned())
    assert [(i.kind, i.at.time()) for i in items] == [
        ("graded_activity", time(10, 0)), ("pacing", time(13, 30)), ("exposure", time(15, 0)),
        ("checkin", time(20, 0))]
    assert [i.page for i in items] == ["graded_activity", "pacing", "exposure", "too_much"]


def test_graded_activity_only_on_the_chosen_days():
    tuesday = MONDAY + timedelta(days=1)
    items = r.due_today(settings(kinds=frozenset({r.GRADED_ACTIVITY})), planned(tuesday))
    assert items == []


def test_done_today_does_not_remind():
    done = planned(graded_activity=r.GradedActivityToday(1, 3, True), checkin_done=True,
                   attempts=(r.PlannedAttempt("a1", at(15), completed=True),),
                   activities=(r.PlannedActivity("p1", "morning", done=True),))
    assert r.due_today(settings(), done) == []


def test_attempt_of_another_day_is_not_due_today():
    other = planned(attempts=(r.PlannedAttempt("a1", at(15, day=MONDAY + timedelta(days=1))),))
    assert [i.kind for i in r.due_today(settings(), other)].count("exposure") == 0


def test_quota_reached_says_so():
    ga = r.due_today(settings(kinds=frozenset({r.GRADED_ACTIVITY})),
                     planned(graded_activity=r.GradedActivityToday(3, 3, False)))[0]
    assert ga.quota_reached
    assert r.message_key(ga) == "graded_activity_quota_reached"
    not_yet = r.due_today(settings(kinds=frozenset({r.GRADED_ACTIVITY})), planned())[0]
    assert r.message_key(not_yet) == "graded_activity"


def test_once_per_item():
    s = settings(kinds=frozenset({r.CHECKIN}))
    items = r.due_today(s, planned())
    state = r.ReminderState(MONDAY)
    assert r.due_now(items, state, at(19, 59), s) == []
    shown = r.due_now(items, state, at(20, 1), s)
    assert [i.kind for i in shown] == ["checkin"]
    state = r.mark_shown(state, shown[0].key)
    assert r.due_now(items, state, at(20, 30), s) == []


def test_snooze_brings_it_back_once_after_fifteen_minutes():
    s = settings(kinds=frozenset({r.CHECKIN}))
    items = r.due_today(s, planned())
    state = r.mark_shown(r.ReminderState(MONDAY), items[0].key)
    state = r.snooze(state, items[0].key, at(20, 0))
    assert r.due_now(items, state, at(20, 14), s) == []
    assert r.next_moment(items, state, at(20, 14), s) == at(20, 15)
    assert r.due_now(items, state, at(20, 15), s) == items
    state = r.mark_shown(state, items[0].key)
    assert r.due_now(items, state, at(20, 40), s) == []


def test_vandaag_niet_needs_a_barrier_and_ends_the_day():
    s = settings(kinds=frozenset({r.CHECKIN}))
    items = r.due_today(s, planned())
    state = r.ReminderState(MONDAY)
    with pytest.raises(DomainError):
        r.decline(state, items[0].key, "skip")
    state = r.decline(r.snooze(state, items[0].key, at(20)), items[0].key, "outside", "  visite  ")
    assert state.declined[items[0].key] == r.Declined("outside", "visite")
    assert r.due_now(items, state, at(20, 30), s) == []
    assert r.next_moment(items, state, at(20, 1), s) is None


def test_a_new_day_starts_clean():
    s = settings(kinds=frozenset({r.CHECKIN}))
    tuesday = MONDAY + timedelta(days=1)
    state = r.decline(r.ReminderState(MONDAY), f"checkin:{MONDAY}", "inside")
    items = r.due_today(s, planned(tuesday))
    assert r.due_now(items, state, at(20, 5, tuesday), s) == items


def test_none_at_night_and_morning_ones_wait_for_the_end_of_quiet_hours():
    s = settings(kinds=frozenset({r.CHECKIN}), checkin_time=time(7, 0))
    items = r.due_today(s, planned())
    assert r.due_now(items, r.ReminderState(MONDAY), at(7, 30), s) == []
    assert r.due_now(items, r.ReminderState(MONDAY), at(8, 0), s) == items
    late = settings(kinds=frozenset({r.CHECKIN}), checkin_time=time(22, 0))
    items = r.due_today(late, planned())
    assert r.due_now(items, r.ReminderState(MONDAY), at(23, 0), late) == []
    # and not the next morning either: it was yesterday's
    tuesday = MONDAY + timedelta(days=1)
    assert r.due_now(items, r.ReminderState(MONDAY), at(9, 0, tuesday), late) == []


def test_snoozed_into_the_night_is_not_shown():
    s = settings(kinds=frozenset({r.CHECKIN}), checkin_time=time(21, 20))
    items = r.due_today(s, planned())
    state = r.snooze(r.mark_shown(r.ReminderState(MONDAY), items[0].key), items[0].key, at(21, 20))
    assert r.due_now(items, state, at(21, 36), s) == []
    assert r.next_moment(items, state, at(21, 21), s) is None


def test_settings_refuse_unknown_kinds_and_days():
    with pytest.raises(DomainError):
        r.check_settings(r.ReminderSettings(kinds=frozenset({"everything"})))
    with pytest.raises(DomainError):
        r.check_settings(r.ReminderSettings(activity_days=frozenset({7})))
    assert r.check_settings(r.ReminderSettings(activity_time=time(9, 5, 30))).activity_time == time(9, 5)


times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@given(start=times, end=times, moment=times)
def test_quiet_hours_are_one_stretch(start, end, moment):
    s = r.ReminderSettings(quiet_start=start, quiet_end=end)
    quiet = r.in_quiet_hours(moment, s)
    if start == end:
        assert not quiet
    elif start < end:
        assert quiet == (start <= moment < end)
    else:  # over midnight: quiet exactly when not in the awake stretch end..start
        assert quiet == (not end <= moment < start)


@given(start=times, end=times, due=times, now=times)
def test_nothing_ever_shows_in_quiet_hours_or_before_it_is_due(start, end, due, now):
    s = r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=due, quiet_start=start, quiet_end=end)
    items = r.due_today(s, r.Planned(MONDAY))
    shown = r.due_now(items, r.ReminderState(MONDAY), datetime.combine(MONDAY, now), s)
    if shown:
        assert not r.in_quiet_hours(now, s)
        assert due <= now


@given(minutes=st.integers(0, 24 * 60 - 1), snoozes=st.integers(1, 6))
def test_snooze_is_always_fifteen_minutes_and_once(minutes, snoozes):
    s = r.ReminderSettings(kinds=frozenset({r.CHECKIN}), checkin_time=time(0, 0), quiet_start=time(0, 0),
                           quiet_end=time(0, 0))
    items = r.due_today(s, r.Planned(MONDAY))
    now = datetime.combine(MONDAY, time(0, 0)) + timedelta(minutes=minutes)
    state = r.mark_shown(r.ReminderState(MONDAY), items[0].key)
    for _ in range(snoozes):
        state = r.snooze(state, items[0].key, now)
    back = now + timedelta(minutes=r.SNOOZE_MINUTES)
    if back.date() != MONDAY:
        assert r.due_now(items, state, now, s) == []
        return
    assert r.due_now(items, state, back - timedelta(minutes=1), s) == []
    assert r.due_now(items, state, back, s) == items
    assert r.due_now(items, r.mark_shown(state, items[0].key), back, s) == []
