"""Activity pacing rules (WORKBOOK.md §2): chunks, splitting, balance flags, timer, calendar."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugschool_gui.domain import pacing as p
from rugschool_gui.domain import pacing_weeks
from rugschool_gui.domain.pacing import (
    BREAK,
    WORK,
    Activity,
    Block,
    ChunkPlan,
    Piece,
    all_at_once,
    balance_flags,
    join_pieces,
    split_activity,
    split_into_chunks,
    total_minutes,
    validate_activity,
)
from rugschool_gui.domain.pacing_calendar import week_ics
from rugschool_gui.domain.pacing_timer import (
    BreakTimer,
    TimerRunInvalid,
    count_breaks,
    validate_run,
)


def shape(blocks):
    return [(b.kind, b.minutes) for b in blocks]


def test_the_garden_example_90_against_180_minutes():
    chunks = split_into_chunks(60, 20, 15)
    assert shape(chunks) == [(WORK, 20), (BREAK, 15), (WORK, 20), (BREAK, 15), (WORK, 20)]
    assert total_minutes(chunks) == 90
    assert total_minutes(all_at_once(60, 120)) == 180


def test_last_chunk_may_be_shorter_and_no_break_after_it():
    assert shape(split_into_chunks(50, 20, 10)) == [(WORK, 20), (BREAK, 10), (WORK, 20), (BREAK, 10), (WORK, 10)]
    assert shape(split_into_chunks(20, 20, 15)) == [(WORK, 20)]
    assert shape(split_into_chunks(10, 20, 15)) == [(WORK, 10)]


def test_zero_break_keeps_the_work_in_one_piece():
    assert shape(split_into_chunks(60, 20, 0)) == [(WORK, 60)]


@pytest.mark.parametrize(("work", "chunk", "pause"), [
    (0, 20, 15), (-5, 20, 15), (60, 0, 15), (60, -1, 15), (60, 20, -1),
    (float("nan"), 20, 15), (60, float("inf"), 15), (True, 20, 15), ("60", 20, 15), (None, 20, 15)])
def test_bad_numbers_are_refused(work, chunk, pause):
    with pytest.raises(ValueError):
        split_into_chunks(work, chunk, pause)


@settings(max_examples=300, deadline=None)
@given(work=st.integers(1, 600), chunk=st.integers(1, 120), pause=st.integers(0, 60))
def test_chunks_add_up(work, chunk, pause):
    blocks = split_into_chunks(work, chunk, pause)
    works = [b for b in blocks if b.kind == WORK]
    assert math.isclose(sum(b.minutes for b in works), work)
    assert blocks[0].kind == WORK and blocks[-1].kind == WORK
    assert all(a.kind != b.kind for a, b in zip(blocks, blocks[1:], strict=False))  # strictly alternating
    if pause:
        assert len(works) == math.ceil(work / chunk)
        assert all(b.minutes <= chunk for b in works)
        assert math.isclose(total_minutes(blocks), work + pause * (len(works) - 1))


def test_chunk_plan_counts_its_breaks():
    assert ChunkPlan(None, "Tuin", 60, 20, 15, 120).breaks == 2


# ----- the planner --------------------------------------------------------------------------
def act(day, part, minutes, kind="physical", motive="must", name="x", id=None, position=0):
    return Activity(id or f"{day}{part}{position}{name}", day, part, name, minutes, kind, motive,
                    position=position)


def test_activity_validation():
    ok = validate_activity(Activity(None, 0, "morning", "  Stofzuigen ", 30, pain=3))
    assert ok.name == "Stofzuigen"
    for bad in (Activity(None, 7, "morning", "a", 30), Activity(None, 0, "night", "a", 30),
                Activity(None, 0, "morning", "", 30), Activity(None, 0, "morning", "a", 0),
                Activity(None, 0, "morning", "a", 30, kind="emotional"),
                Activity(None, 0, "morning", "a", 30, motive="maybe"),
                Activity(None, 0, "morning", "a", 30, pain=11)):
        with pytest.raises(ValueError):
            validate_activity(bad)


def test_split_and_join_keep_the_task_together():
    cook = Activity("t1", 0, "afternoon", "Eten maken", 60)
    pieces = split_activity(cook, [Piece(0, "morning", 20, "Aardappelen schillen"), Piece(0, "afternoon", 40, "Koken")])
    assert [(a.part, a.name, a.minutes, a.task_id) for a in pieces] == [
        ("morning", "Aardappelen schillen", 20, "t1"), ("afternoon", "Koken", 40, "t1")]
    unnamed = split_activity(cook, [Piece(1, "morning", 30), Piece(2, "morning", 30)])
    assert [a.name for a in unnamed] == ["Eten maken (1/2)", "Eten maken (2/2)"]
    joined = join_pieces(pieces, "Eten maken")
    assert (joined.day, joined.part, joined.minutes, joined.task_id) == (0, "morning", 60, None)
    with pytest.raises(ValueError):
        split_activity(cook, [Piece(0, "morning", 60)])
    with pytest.raises(ValueError):
        split_activity(cook, [Piece(0, "morning", 30), Piece(9, "morning", 30)])


def keys(flags):
    return sorted((f.key, f.day, f.part) for f in flags)


def test_a_day_without_want_to_do_is_flagged():
    flags = balance_flags([act(0, "morning", 30), act(0, "evening", 30, "mental", "must"),
                           act(1, "morning", 30, motive="want")])
    assert (p.NO_WANT_DAY, 0, None) in keys(flags)
    assert not any(f.key == p.NO_WANT_DAY and f.day == 1 for f in flags)


def test_an_empty_day_is_not_a_day_without_want_to_do():
    assert not any(f.key == p.NO_WANT_DAY for f in balance_flags([act(1, "morning", 30, motive="want")]))


def test_heavy_day_part_boundaries():
    # 90 min in the morning = 60 % of a 150-minute day: flagged (both thresholds met exactly)
    day = [act(0, "morning", 45, "mental", "want", "a"), act(0, "morning", 45, "mental", "want", "b", position=1),
           act(0, "afternoon", 30, "mental", "want"), act(0, "evening", 30, "mental", "want")]
    assert (p.HEAVY_PART, 0, "morning") in keys(balance_flags(day))
    # 89 minutes is not yet heavy
    lighter = [act(0, "morning", 89, "mental", "want"), act(0, "evening", 10, "mental", "want")]
    assert not any(f.key == p.HEAVY_PART for f in balance_flags(lighter))
    # below 60 % of the day is not heavy either
    spread = [act(0, "morning", 90, "mental", "want"), act(0, "afternoon", 70, "mental", "want")]
    assert not any(f.key == p.HEAVY_PART for f in balance_flags(spread))


def test_long_physical_block_without_a_break():
    assert (p.LONG_PHYSICAL, 0, "morning") in keys(balance_flags([act(0, "morning", 61, motive="want")]))
    assert not any(f.key == p.LONG_PHYSICAL for f in balance_flags([act(0, "morning", 60, motive="want")]))
    # two physical activities back to back in one day part form one block
    back_to_back = [act(0, "morning", 40, motive="want", name="a"), act(0, "morning", 30, name="b", position=1)]
    assert (p.LONG_PHYSICAL, 0, "morning") in keys(balance_flags(back_to_back))
    # a mental activity between them is a break for the body
    alternated = [act(0, "morning", 40, motive="want", name="a"), act(0, "morning", 20, "mental", name="m", position=1),
                  act(0, "morning", 30, name="b", position=2)]
    assert not any(f.key == p.LONG_PHYSICAL for f in balance_flags(alternated))


def test_everything_piled_on_two_days():
    piled = [act(0, "morning", 60, "mental", "want"), act(0, "afternoon", 30, motive="want"),
             act(1, "morning", 60, "mental", "want"), act(2, "morning", 20, "mental", "want")]
    assert (p.PILED_UP, None, None) in keys(balance_flags(piled))
    spread = [act(d, "morning", 30, "mental" if d % 2 else "physical", "want") for d in range(5)]
    assert not any(f.key == p.PILED_UP for f in balance_flags(spread))


def test_long_run_of_one_kind_within_a_day():
    run = [act(0, part, 20, "mental", "want") for part in p.DAY_PARTS]
    flags = [f for f in balance_flags(run) if f.key == p.SAME_KIND]
    assert len(flags) == 1 and flags[0].kind == "mental" and len(flags[0].activity_ids) == 3
    two = run[:2] + [act(0, "evening", 20, "physical", "want")]
    assert not any(f.key == p.SAME_KIND for f in balance_flags(two))
    # a night's sleep breaks a run: two mental on Monday evening, one on Tuesday morning
    across = [act(0, "evening", 20, "mental", "want", "a"), act(0, "evening", 20, "mental", "want", "b", position=1),
              act(1, "morning", 20, "mental", "want")]
    assert not any(f.key == p.SAME_KIND for f in balance_flags(across))


def test_a_balanced_week_has_no_flags():
    week = []
    for d in range(7):
        week += [act(d, "morning", 30, "physical", "must", "a"), act(d, "afternoon", 30, "mental", "want", "b"),
                 act(d, "evening", 20, "physical", "want", "c")]
    assert balance_flags(week) == []


def test_flag_ids_are_stable():
    flags = balance_flags([act(0, "morning", 61)])
    again = balance_flags([act(0, "morning", 61)])
    assert [f.id for f in flags] == [f.id for f in again]
    assert len({f.id for f in flags}) == len(flags)


def test_a_piece_is_not_split_again():
    piece = Activity("p1", 0, "morning", "Schillen", 20, task_id="t1")
    with pytest.raises(p.AlreadySplit) as refused:
        split_activity(piece, [Piece(0, "morning", 10), Piece(0, "afternoon", 10)])
    assert refused.value.key == "pacing.already_split"


def test_the_split_form_proposes_two_halves_in_the_next_day_part():
    assert p.suggest_pieces(Activity("t", 2, "morning", "Eten maken", 61)) == [
        Piece(2, "morning", 30), Piece(2, "afternoon", 31)]
    assert p.suggest_pieces(Activity("t", 2, "evening", "Strijken", 1)) == [
        Piece(2, "evening", 1), Piece(2, "evening", 0)]


def test_error_keys_belong_to_the_chapter():
    for error in (p.NotPositive, p.NegativeBreak, p.UnknownChoice, p.SplitInvalid, p.AlreadySplit,
                  p.NothingToCopy, p.WeekNotEmpty, TimerRunInvalid):
        assert error.key.startswith("pacing."), error
    with pytest.raises(p.NotPositive) as refused:
        validate_activity(Activity(None, 0, "morning", "a", 0))
    assert refused.value.key == "pacing.minutes_not_positive"


# ----- weeks --------------------------------------------------------------------------------
def test_weeks_are_named_by_their_monday():
    assert p.week_monday(date(2026, 11, 29)) == date(2026, 11, 23)  # a Sunday
    assert p.shift_week(date(2026, 11, 25), 1) == date(2026, 11, 30)
    assert p.shift_week(date(2026, 11, 23), -1) == date(2026, 11, 16)
    days = p.week_dates(date(2026, 11, 23))
    assert len(days) == 7 and days[0] == date(2026, 11, 23) and days[-1] == date(2026, 11, 29)
    start, end = p.week_bounds(date(2026, 11, 25))
    assert start.date() == date(2026, 11, 23) and start.hour == 0 and start.tzinfo is not None
    assert (end - start).days == 7


def test_copy_to_next_week_starts_fresh_and_never_mixes():
    plan = [act(3, "evening", 20, name="b"), Activity("a", 0, "morning", "a", 30, done=True, pain=4, position=1)]
    target, copies = p.copy_to_next_week(date(2026, 11, 25), plan, [])
    assert target == date(2026, 11, 30)
    assert [(c.id, c.name, c.done, c.pain, c.position) for c in copies] == [
        (None, "a", False, None, 1), (None, "b", False, None, 0)]  # in day order
    with pytest.raises(p.NothingToCopy):
        p.copy_to_next_week(date(2026, 11, 23), [], [])
    with pytest.raises(p.WeekNotEmpty) as refused:
        p.copy_to_next_week(date(2026, 11, 23), plan, [act(1, "morning", 10)])
    assert refused.value.params == {"week": "2026-11-30"}


def test_the_week_in_numbers():
    week = [act(0, "morning", 61, name="a"), Activity("b", 1, "morning", "b", 20, motive="want", done=True)]
    flags = balance_flags(week)
    assert {f.key for f in flags} == {p.NO_WANT_DAY, p.LONG_PHYSICAL}
    assert [f.key for f in p.open_flags(flags, {flags[0].id})] == [flags[1].key]
    summary = pacing_weeks.week_summary(week, {flags[0].id}, (4, 5))
    assert summary == pacing_weeks.PacingSummary(activities=2, done=1, flags=1, breaks_taken=4, breaks_planned=5)
    assert pacing_weeks.week_summary([], set(), (0, 0)) == pacing_weeks.PacingSummary(0, 0, 0, 0, 0)


def test_minutes_saved_by_working_in_chunks():
    chunked, at_once = p.chunk_comparison(ChunkPlan(None, "Tuin", 60, 20, 15, 120))
    assert p.minutes_saved(chunked, at_once) == 90  # §2's garden: 180 − 90
    chunked, at_once = p.chunk_comparison(ChunkPlan(None, "Kort", 60, 10, 30, 0))
    assert p.minutes_saved(chunked, at_once) == 0  # breaks that cost more than they save


# ----- the break timer (a fake clock: no sleeping) ------------------------------------------
def test_timer_numbers_its_work_blocks():
    t = BreakTimer(split_into_chunks(60, 20, 15), now=0)
    assert t.work_blocks == 3
    assert [t.work_block_number(i) for i in range(len(t.blocks))] == [1, 1, 2, 2, 3]


def test_a_timer_run_is_checked_and_counted():
    validate_run(2, 0, 0.0)
    validate_run(2, 2, 60.0)
    for planned, taken, minutes in ((2, 3, 10.0), (2, -1, 10.0), (-1, 0, 0.0), (2, 1, float("nan")), (2, 1, -5.0)):
        with pytest.raises(TimerRunInvalid):
            validate_run(planned, taken, minutes)
    assert count_breaks([(2, 2), (2, 3)]) == (4, 5)
    assert count_breaks([]) == (0, 0)


def test_timer_walks_the_blocks_by_the_clock():
    t = BreakTimer(split_into_chunks(60, 20, 15), now=1000)
    s = t.state(1000)
    assert (s.index, s.kind, s.remaining) == (0, WORK, 20 * 60)
    s = t.state(1000 + 20 * 60 + 1)
    assert (s.index, s.kind) == (1, BREAK)
    # the window was hidden for a long while: the clock still knows where we are
    s = t.state(1000 + 40 * 60)
    assert (s.index, s.kind, s.remaining) == (2, WORK, 15 * 60)
    assert t.breaks_taken(1000 + 40 * 60) == 1
    assert t.state(1000 + 91 * 60).finished
    assert t.breaks_taken(1000 + 91 * 60) == 2 and t.breaks_planned == 2
    assert t.work_done_minutes(1000 + 91 * 60) == 60


def test_timer_pause_resume_skip_stop():
    t = BreakTimer([Block(WORK, 20), Block(BREAK, 15), Block(WORK, 20)], now=0)
    t.pause(300)
    assert t.state(5000).remaining == 15 * 60 and t.state(5000).paused
    t.resume(5000)
    assert t.state(5060).remaining == 14 * 60
    t.skip(5060)  # skip the rest of the work: on to the break
    assert t.state(5060).kind == BREAK
    t.skip(5100)  # skip the break: it is not taken
    assert t.state(5100).kind == WORK and t.breaks_taken(5100) == 0
    t.stop(5200)
    assert t.state(9999).finished and t.breaks_taken(9999) == 0


# ----- the calendar file --------------------------------------------------------------------
def _parse(ics: str) -> list[dict]:
    lines = ics.split("\r\n")
    unfolded = []
    for line in lines:
        if line.startswith(" "):
            unfolded[-1] += line[1:]
        elif line:
            unfolded.append(line)
    events, current = [], None
    for line in unfolded:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None and ":" in line and "ALARM" not in line and "TRIGGER" not in line \
                and "ACTION" not in line:
            key, value = line.split(":", 1)
            current.setdefault(key, value)
    return events


def test_ics_has_stable_uids_and_sequential_times():
    acts = [act(0, "morning", 30, name="Stofzuigen, boven", id="a1"),
            act(0, "morning", 20, name="Lezen", id="a2", position=1),
            act(2, "evening", 45, name="Wandelen; rustig", id="a3")]
    kwargs = {"title": lambda a: a.name, "description": lambda a: "moeten", "calendar_name": "Mijn week"}
    first = week_ics(date(2026, 11, 23), acts, now=datetime(2026, 11, 24, 10, tzinfo=UTC), **kwargs)
    events = _parse(first)
    assert [e["UID"] for e in events] == ["a1@rugschool-werkboek", "a2@rugschool-werkboek", "a3@rugschool-werkboek"]
    assert [(e["DTSTART"], e["DTEND"]) for e in events] == [
        ("20261123T090000", "20261123T093000"), ("20261123T093000", "20261123T095000"),
        ("20261125T190000", "20261125T194500")]
    assert events[0]["SUMMARY"] == "Stofzuigen\\, boven" and events[2]["SUMMARY"] == "Wandelen\\; rustig"
    later = _parse(week_ics(date(2026, 11, 23), acts, now=datetime(2026, 11, 25, 10, tzinfo=UTC), **kwargs))
    assert [e["UID"] for e in later] == [e["UID"] for e in events]
    assert int(later[0]["SEQUENCE"]) > int(events[0]["SEQUENCE"])
    assert all(len(line.encode()) <= 75 for line in first.split("\r\n"))
