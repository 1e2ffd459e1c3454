"""The consultation loop on the overview (issue #25): the next appointment, the brief's flags and
this week's homework with its progress — computed from plain facts (no database, no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from rugschool_gui.domain import homework as hw
from rugschool_gui.domain.brief import DEFAULT_WEEKS, NO_ENTRIES, BriefFacts, period_start
from rugschool_gui.domain.consultation import (
    ConsultationFact,
    LoopFacts,
    WorkbookFacts,
    homework_cue,
    last_held,
    log_span,
    next_appointment,
    overview_of,
)

TUESDAY = date(2026, 11, 24)
MONDAY = date(2026, 11, 23)
WORKED = datetime(2026, 11, 20, 9, tzinfo=UTC)
days = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))


def facts(loop: LoopFacts) -> WorkbookFacts:
    return WorkbookFacts(id="wb", name="Anna", worked_on_at=WORKED, archived=False, loop=loop)


def test_the_next_appointment_is_the_earliest_one_from_today_on():
    held = (ConsultationFact(date(2026, 11, 2), date(2026, 11, 23)),
            ConsultationFact(date(2026, 11, 16), date(2026, 12, 7)),
            ConsultationFact(date(2026, 12, 1), None))  # a consultation already planned
    assert next_appointment(held, TUESDAY) == date(2026, 12, 1)
    assert next_appointment(held[:2], TUESDAY) == date(2026, 12, 7)  # the 23rd has passed
    assert next_appointment((), TUESDAY) is None


@given(st.lists(st.tuples(days, st.one_of(st.none(), days)), max_size=6), days)
def test_the_next_appointment_never_lies_in_the_past_and_the_last_one_held_never_in_the_future(pairs, today):
    held = tuple(ConsultationFact(a, b) for a, b in pairs)
    upcoming = next_appointment(held, today)
    assert upcoming is None or upcoming >= today
    last = last_held(held, today)
    assert last is None or last <= today


def test_the_brief_starts_at_the_last_consultation_or_four_weeks_back():
    assert period_start(date(2026, 11, 2), TUESDAY) == date(2026, 11, 2)
    assert period_start(None, TUESDAY) == TUESDAY - timedelta(weeks=DEFAULT_WEEKS)


def test_the_flags_counted_are_the_briefs_flags():
    quiet = BriefFacts(since=date(2026, 11, 2), today=TUESDAY, last_entry=date(2026, 11, 10),
                       pains=(("exposure", date(2026, 11, 5), 8),))
    o = overview_of(facts(LoopFacts(brief=quiet)), TUESDAY)
    assert [f.key for f in o.flags] == ["high_pain", NO_ENTRIES]
    assert overview_of(facts(LoopFacts()), TUESDAY).flags == ()  # nothing read: nothing claimed


def test_this_weeks_homework_counts_what_is_open_postponed_and_how_much_is_done():
    three_attempts = hw.Homework("a", hw.EXPOSURE, MONDAY, count=3, item_id="step")
    stress = hw.Homework("b", hw.STRESS, MONDAY, count=2)
    free = hw.Homework("c", hw.FREE, MONDAY, text="Wandelen", postponed_on=TUESDAY, barrier_kind=hw.EXTERNAL)
    read = hw.Homework("d", hw.PSYCHOEDUCATION, MONDAY, text="Lees §2", ticked_on=MONDAY)
    old = hw.Homework("e", hw.CHAIN_DIARY, date(2026, 10, 1), rhythm=hw.ONCE, due_on=date(2026, 10, 8))
    log = hw.PatientLog(attempts=(("step", MONDAY),), checkin_days=frozenset({MONDAY, TUESDAY}))
    cue = homework_cue(LoopFacts(homework=(three_attempts, stress, free, read, old), log=log), TUESDAY)
    # the October task asks nothing of this week; the attempts are partly done (1 of 3), the
    # stress check-ins done (2 of 2), the free task postponed, the reading ticked
    assert (cue.total, cue.open, cue.postponed) == (4, 1, 1)
    assert cue.percent == round(100 * (1 + 2 + 0 + 1) / (3 + 2 + 1 + 1))


def test_no_homework_this_week_means_no_cue_and_no_log_to_read():
    later = hw.Homework("a", hw.STRESS, TUESDAY + timedelta(weeks=2), count=2)
    assert homework_cue(LoopFacts(homework=(later,)), TUESDAY).total == 0
    assert log_span((later,), TUESDAY) is None


def test_the_log_is_read_for_the_days_the_current_homework_counts():
    weekly = hw.Homework("a", hw.STRESS, date(2026, 11, 1), count=2)
    once = hw.Homework("b", hw.CHAIN_DIARY, date(2026, 11, 18), rhythm=hw.ONCE, due_on=date(2026, 11, 25))
    assert log_span((weekly, once), TUESDAY) == (date(2026, 11, 18), date(2026, 11, 29))
