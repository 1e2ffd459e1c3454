"""Activity pacing storage: cells and order, moving, split/join, copying a week, flags, timer."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rugschool_gui.domain.errors import NotFound
from rugschool_gui.domain.pacing import Activity, ChunkPlan, Piece
from rugschool_gui.storage import pacing as repo

MONDAY = date(2026, 11, 23)


@pytest.fixture
def wb(make_workbook):
    return make_workbook("Anna")


def cells(store, wb_id, monday=MONDAY):
    return [(a.day, a.part, a.position, a.name) for a in repo.list_week(store, wb_id, monday)]


def add(store, wb_id, name, day=0, part="morning", minutes=30, **kw):
    return repo.save_activity(store, wb_id, MONDAY, Activity(None, day, part, name, minutes, **kw))


def test_activities_round_trip_in_cell_order(store, wb):
    add(store, wb.id, "Stofzuigen", kind="physical", motive="must", note="boven")
    add(store, wb.id, "Lezen", kind="mental", motive="want")
    add(store, wb.id, "Wandelen", day=2, part="evening", minutes=45)
    week = repo.list_week(store, wb.id, MONDAY)
    assert [(a.day, a.part, a.position, a.name, a.minutes, a.kind, a.motive) for a in week] == [
        (0, "morning", 0, "Stofzuigen", 30, "physical", "must"),
        (0, "morning", 1, "Lezen", 30, "mental", "want"),
        (2, "evening", 0, "Wandelen", 45, "physical", "must")]
    assert week[0].note == "boven"
    assert repo.list_week(store, wb.id, date(2026, 11, 30)) == []


def test_a_date_inside_the_week_files_under_its_monday(store, wb):
    repo.save_activity(store, wb.id, date(2026, 11, 26), Activity(None, 1, "morning", "X", 10))
    assert cells(store, wb.id) == [(1, "morning", 0, "X")]


def test_bad_activities_are_refused_and_nothing_written(store, wb):
    for bad in (Activity(None, 0, "morning", "", 30), Activity(None, 0, "morning", "a", 0),
                Activity(None, 8, "morning", "a", 30), Activity(None, 0, "nacht", "a", 30)):
        with pytest.raises(ValueError):
            repo.save_activity(store, wb.id, MONDAY, bad)
    assert cells(store, wb.id) == []


def test_move_between_cells_closes_the_gap(store, wb):
    a = add(store, wb.id, "A")
    add(store, wb.id, "B")
    add(store, wb.id, "C", day=1)
    repo.move_activity(store, wb.id, a.id, 1, "morning", 0)
    assert cells(store, wb.id) == [(0, "morning", 0, "B"), (1, "morning", 0, "A"), (1, "morning", 1, "C")]
    with pytest.raises(ValueError):
        repo.move_activity(store, wb.id, a.id, 1, "nacht")
    with pytest.raises(NotFound):
        repo.move_activity(store, wb.id, "nope", 1, "morning")


def test_delete_and_bring_back_in_place(store, wb):
    add(store, wb.id, "A")
    b = add(store, wb.id, "B")
    add(store, wb.id, "C")
    monday, gone = repo.delete_activity(store, wb.id, b.id)
    assert cells(store, wb.id) == [(0, "morning", 0, "A"), (0, "morning", 1, "C")]
    repo.save_activity(store, wb.id, monday, gone)
    assert [c[3] for c in cells(store, wb.id)] == ["A", "B", "C"]


def test_split_then_join_keeps_the_task_linked(store, wb):
    cook = add(store, wb.id, "Eten maken", part="afternoon", minutes=60)
    pieces = repo.split(store, wb.id, cook.id, [Piece(0, "morning", 20, "Aardappelen schillen"),
                                                 Piece(0, "afternoon", 40, "Koken")])
    assert cells(store, wb.id) == [(0, "morning", 0, "Aardappelen schillen"), (0, "afternoon", 0, "Koken")]
    assert {p.task_id for p in pieces} == {cook.id}
    waiting = repo.activity_states(store, wb.id, (), [cook.id])[cook.id]
    assert (waiting.activity.name, waiting.live) == ("Eten maken", False)  # a tombstone, kept for joining
    with pytest.raises(ValueError):
        repo.split(store, wb.id, pieces[0].id, [Piece(0, "morning", 10), Piece(1, "morning", 10)])
    joined = repo.join(store, wb.id, cook.id)
    assert (joined.id, joined.name, joined.minutes, joined.part) == (cook.id, "Eten maken", 60, "morning")
    assert cells(store, wb.id) == [(0, "morning", 0, "Eten maken")]


def test_rows_are_written_back_as_they_were(store, wb):
    """What undo and redo use: the week's rows before a change, written back exactly."""
    cook = add(store, wb.id, "Eten maken", part="afternoon", minutes=60)
    add(store, wb.id, "Lezen", part="afternoon", motive="want")
    before = repo.activity_states(store, wb.id, [MONDAY])
    pieces = repo.split(store, wb.id, cook.id, [Piece(0, "morning", 20), Piece(0, "afternoon", 40)])
    after = repo.activity_states(store, wb.id, [MONDAY], before)
    assert set(after) == set(before) | {p.id for p in pieces} and not after[cook.id].live
    repo.restore_activities(store, wb.id, [(i, before.get(i)) for i in after])
    assert cells(store, wb.id) == [(0, "afternoon", 0, "Eten maken"), (0, "afternoon", 1, "Lezen")]
    assert repo.activity_states(store, wb.id, [MONDAY]) == before
    repo.restore_activities(store, wb.id, list(after.items()))
    assert repo.activity_states(store, wb.id, [MONDAY], before) == after
    with pytest.raises(NotFound):
        repo.restore_activities(store, wb.id, [("nope", None)])


def test_a_written_back_row_keeps_its_place_in_a_full_cell(store, wb):
    a = add(store, wb.id, "A")
    add(store, wb.id, "B")
    before = repo.activity_states(store, wb.id, [MONDAY])
    repo.delete_activity(store, wb.id, a.id)
    add(store, wb.id, "C")  # takes place 1 after B moved up to 0
    repo.restore_activities(store, wb.id, [(a.id, before[a.id])])  # A back at place 0
    assert cells(store, wb.id) == [(0, "morning", 0, "A"), (0, "morning", 1, "B"), (0, "morning", 2, "C")]


def test_copy_a_week_to_the_next(store, wb):
    a = add(store, wb.id, "A", minutes=20)
    repo.save_activity(store, wb.id, MONDAY, Activity(a.id, 0, "morning", "A", 20, done=True, pain=3))
    add(store, wb.id, "B", day=3, part="evening")
    copied = repo.copy_week(store, wb.id, MONDAY)
    nxt = date(2026, 11, 30)
    assert cells(store, wb.id, nxt) == [(0, "morning", 0, "A"), (3, "evening", 0, "B")]
    assert not any(a.done or a.pain for a in repo.list_week(store, wb.id, nxt))
    with pytest.raises(repo.WeekNotEmpty):
        repo.copy_week(store, wb.id, MONDAY)
    repo.restore_activities(store, wb.id, [(c.id, None) for c in copied])
    assert cells(store, wb.id, nxt) == []
    with pytest.raises(repo.NothingToCopy):
        repo.copy_week(store, wb.id, date(2026, 12, 14))


def test_dismissed_flags_are_remembered_per_week(store, wb):
    assert repo.set_flag_dismissed(store, wb.id, MONDAY, "no_want_day:0", True)
    assert repo.set_flag_dismissed(store, wb.id, MONDAY, "no_want_day:0", True) is None  # twice is harmless
    assert repo.dismissed_flags(store, wb.id, MONDAY) == {"no_want_day:0"}
    assert repo.dismissed_flags(store, wb.id, date(2026, 11, 30)) == set()
    repo.set_flag_dismissed(store, wb.id, MONDAY, "no_want_day:0", False)
    assert repo.dismissed_flags(store, wb.id, MONDAY) == set()
    assert repo.set_flag_dismissed(store, wb.id, MONDAY, "no_want_day:0", False) is None


def test_chunk_plans_and_timer_runs(store, wb):
    plan = repo.save_chunk_plan(store, wb.id, ChunkPlan(None, " Tuin ", 60, 20, 15, 120))
    assert repo.list_chunk_plans(store, wb.id) == [ChunkPlan(plan.id, "Tuin", 60, 20, 15, 120)]
    with pytest.raises(ValueError):
        repo.save_chunk_plan(store, wb.id, ChunkPlan(None, "Tuin", 60, 0, 15, 120))
    assert repo.get_chunk_plan(store, wb.id, plan.id) == ChunkPlan(plan.id, "Tuin", 60, 20, 15, 120)
    repo.delete_chunk_plan(store, wb.id, plan.id)
    assert repo.list_chunk_plans(store, wb.id) == []
    assert repo.get_chunk_plan(store, wb.id, plan.id) is None
    with pytest.raises(NotFound):
        repo.delete_chunk_plan(store, wb.id, plan.id)
    started = datetime(2026, 11, 24, 9, tzinfo=UTC)
    repo.record_timer_run(store, wb.id, "Tuin", started, 2, 2, 60)
    repo.record_timer_run(store, wb.id, "Strijken", started, 3, 2, 45)
    assert repo.breaks_in_week(store, wb.id, MONDAY) == (4, 5)
    assert repo.breaks_in_week(store, wb.id, date(2026, 11, 30)) == (0, 0)
    with pytest.raises(ValueError):
        repo.record_timer_run(store, wb.id, "Tuin", started, 2, 3, 60)
    assert repo.breaks_in_week(store, wb.id, MONDAY) == (4, 5)


def test_summary(store, wb):
    add(store, wb.id, "A", minutes=61, motive="must")
    s = repo.summary(store, wb.id, date(2026, 11, 25))
    assert (s.activities, s.done, s.flags) == (1, 0, 2)  # no want-to-do, a long physical block
