"""The pacing chapter's operations without Qt: one transaction each, what they changed, undo and
redo through the workbook's history, refusals, and user text that looks like a placeholder."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from rugschool_gui.domain.errors import NotFound
from rugschool_gui.domain.pacing import Activity, AlreadySplit, ChunkPlan, Piece
from rugschool_gui.operations import ChangedSince, History
from rugschool_gui.operations import pacing as ops
from rugschool_gui.storage import pacing as repo
from rugschool_gui.wording.pacing import words

MONDAY = date(2026, 11, 23)
NEXT = date(2026, 11, 30)
ACTIVITY = "pacing_activity"


def cells(db, wb_id, monday=MONDAY):
    return [(a.day, a.part, a.position, a.name) for a in repo.list_week(db, wb_id, monday)]


def plan(db, wb_id, name, day=0, part="morning", minutes=30, **kw):
    return repo.save_activity(db, wb_id, MONDAY, Activity(None, day, part, name, minutes, **kw))


def label_text(label):
    """How the Edit menu names the change (Dutch, the default)."""
    return words(label.key, "nl", **dict(label.values))


def run(history, change):
    history.record(change)
    return change


def tables(refs):
    """The chapter's tables among the rows (the workbook's "worked on" stamp is bookkeeping)."""
    return {r.table for r in refs} - {"workbook"}


# ----- one transaction, a change set ------------------------------------------------------------
def test_planning_is_one_transaction_and_says_what_it_made(db, workbook, begins):
    with begins(db) as b:
        change = ops.save_activity(db, workbook.id, MONDAY, Activity(None, 2, "evening", "Lezen", 20))
    assert b.count == 1
    assert change.chapter == "pacing" and change.workbook_id == workbook.id
    assert tables(change.created) == {ACTIVITY} and not change.deleted
    assert change.result.name == "Lezen" and change.undoable
    assert label_text(change.label) == "„Lezen” plannen"


@pytest.mark.parametrize("action", ["edit", "toggle", "move", "delete", "split", "join", "copy",
                                    "dismiss", "save_plan", "delete_plan", "timer"])
def test_every_action_is_one_transaction(db, workbook, begins, action):
    a = plan(db, workbook.id, "A", minutes=60)
    b = plan(db, workbook.id, "B")
    pieces = repo.split(db, workbook.id, b.id, [Piece(1, "morning", 10), Piece(1, "evening", 20)])
    chunk = repo.save_chunk_plan(db, workbook.id, ChunkPlan(None, "Tuin", 60, 20, 15, 120))
    calls = {
        "edit": lambda: ops.save_activity(db, workbook.id, MONDAY, Activity(a.id, 0, "morning", "A2", 45)),
        "toggle": lambda: ops.toggle_done(db, workbook.id, a.id),
        "move": lambda: ops.move(db, workbook.id, a.id, 3, "evening", None),
        "delete": lambda: ops.delete(db, workbook.id, a.id),
        "split": lambda: ops.split(db, workbook.id, a.id, [Piece(0, "morning", 30), Piece(0, "afternoon", 30)]),
        "join": lambda: ops.join(db, workbook.id, pieces[0].task_id),
        "copy": lambda: ops.copy_week(db, workbook.id, MONDAY),
        "dismiss": lambda: ops.set_flag_dismissed(db, workbook.id, MONDAY, "no_want_day:0", True),
        "save_plan": lambda: ops.save_chunk_plan(db, workbook.id, ChunkPlan(None, "Strijken", 40, 20, 10, 60)),
        "delete_plan": lambda: ops.delete_chunk_plan(db, workbook.id, chunk.id),
        "timer": lambda: ops.record_timer_run(db, workbook.id, "Tuin", datetime(2026, 11, 24, 9, tzinfo=UTC),
                                              2, 1, 40.0),
    }
    with begins(db) as counted:
        change = calls[action]()
    assert counted.count == 1
    assert change.chapter == "pacing" and not change.empty
    assert change.undoable == (action != "timer")  # a timer run records what happened


# ----- undo and redo ----------------------------------------------------------------------------
def test_edit_undo_redo(db, workbook):
    history = History()
    a = plan(db, workbook.id, "Wandelen", day=3, part="afternoon", minutes=20)
    change = run(history, ops.save_activity(db, workbook.id, MONDAY,
                                            Activity(a.id, 4, "evening", "Wandelen", 40, note="rustig")))
    assert tables(change.changed) == {ACTIVITY} and label_text(change.label) == "„Wandelen” aanpassen"
    assert cells(db, workbook.id) == [(4, "evening", 0, "Wandelen")]
    history.undo(db, workbook.id)
    week = repo.list_week(db, workbook.id, MONDAY)
    assert [(w.day, w.part, w.minutes, w.note) for w in week] == [(3, "afternoon", 20, "")]
    history.redo(db, workbook.id)
    assert [(w.day, w.minutes, w.note) for w in repo.list_week(db, workbook.id, MONDAY)] == [(4, 40, "rustig")]


def test_saving_unchanged_leaves_nothing_to_undo(db, workbook):
    a = plan(db, workbook.id, "A")
    change = ops.save_activity(db, workbook.id, MONDAY, a)
    assert not change.undoable


def test_plan_undo_redo_keeps_the_id(db, workbook):
    history = History()
    made = run(history, ops.save_activity(db, workbook.id, MONDAY, Activity(None, 0, "morning", "A", 30))).result
    history.undo(db, workbook.id)
    assert cells(db, workbook.id) == []
    history.redo(db, workbook.id)
    assert [a.id for a in repo.list_week(db, workbook.id, MONDAY)] == [made.id]


def test_move_and_undo_puts_everything_back_in_its_place(db, workbook):
    history = History()
    a = plan(db, workbook.id, "A")
    plan(db, workbook.id, "B")
    plan(db, workbook.id, "C", day=3, part="evening")
    change = run(history, ops.move(db, workbook.id, a.id, 3, "evening", 0))
    assert [r.table for r in change.changed if r.table == ACTIVITY] == [ACTIVITY] * 3  # A, B, C renumbered
    assert cells(db, workbook.id) == [(0, "morning", 0, "B"), (3, "evening", 0, "A"), (3, "evening", 1, "C")]
    history.undo(db, workbook.id)
    assert cells(db, workbook.id) == [(0, "morning", 0, "A"), (0, "morning", 1, "B"), (3, "evening", 0, "C")]
    history.redo(db, workbook.id)
    assert cells(db, workbook.id) == [(0, "morning", 0, "B"), (3, "evening", 0, "A"), (3, "evening", 1, "C")]


def test_delete_undo_brings_it_back_in_its_place(db, workbook):
    history = History()
    plan(db, workbook.id, "A")
    b = plan(db, workbook.id, "B", done=True, pain=4, note="zwaar")
    plan(db, workbook.id, "C")
    change = run(history, ops.delete(db, workbook.id, b.id))
    assert tables(change.deleted) == {ACTIVITY} and label_text(change.label) == "„B” verwijderen"
    assert [c[3] for c in cells(db, workbook.id)] == ["A", "C"]
    history.undo(db, workbook.id)
    week = repo.list_week(db, workbook.id, MONDAY)
    assert [(a.name, a.position) for a in week] == [("A", 0), ("B", 1), ("C", 2)]
    assert (week[1].id, week[1].done, week[1].pain, week[1].note) == (b.id, True, 4, "zwaar")
    history.redo(db, workbook.id)
    assert [c[3] for c in cells(db, workbook.id)] == ["A", "C"]


def test_an_activity_planned_since_keeps_its_place_after_an_undo(db, workbook):
    history = History()
    a = plan(db, workbook.id, "A")
    plan(db, workbook.id, "B")
    run(history, ops.move(db, workbook.id, a.id, 2, "morning"))
    plan(db, workbook.id, "New")  # in A's old cell, after B
    history.undo(db, workbook.id)
    assert cells(db, workbook.id) == [(0, "morning", 0, "A"), (0, "morning", 1, "B"), (0, "morning", 2, "New")]


def test_toggle_done_and_undo(db, workbook):
    history = History()
    a = plan(db, workbook.id, "Strijken")
    change = run(history, ops.toggle_done(db, workbook.id, a.id))
    assert change.result.done and label_text(change.label) == "„Strijken” afvinken als gedaan"
    again = run(history, ops.toggle_done(db, workbook.id, a.id))
    assert not again.result.done and label_text(again.label) == "Vinkje bij „Strijken” weghalen"
    history.undo(db, workbook.id)
    assert repo.list_week(db, workbook.id, MONDAY)[0].done
    history.undo(db, workbook.id)
    assert not repo.list_week(db, workbook.id, MONDAY)[0].done


def test_split_join_and_undo_both(db, workbook):
    history = History()
    cook = plan(db, workbook.id, "Eten maken", part="afternoon", minutes=60)
    split = run(history, ops.split(db, workbook.id, cook.id, [Piece(0, "morning", 20, "Schillen"),
                                                              Piece(0, "afternoon", 40, "Koken")]))
    assert tables(split.created) == {ACTIVITY} and len(split.created) == 2  # the two pieces
    assert {r.id for r in split.deleted} == {cook.id}
    assert label_text(split.label) == "„Eten maken” opsplitsen"
    join = run(history, ops.join(db, workbook.id, cook.id))
    assert join.result.id == cook.id and cells(db, workbook.id) == [(0, "morning", 0, "Eten maken")]
    history.undo(db, workbook.id)  # back to the pieces
    assert cells(db, workbook.id) == [(0, "morning", 0, "Schillen"), (0, "afternoon", 0, "Koken")]
    history.undo(db, workbook.id)  # back to the one task, as it was
    week = repo.list_week(db, workbook.id, MONDAY)
    assert [(a.id, a.part, a.minutes, a.task_id) for a in week] == [(cook.id, "afternoon", 60, None)]
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    assert cells(db, workbook.id) == [(0, "morning", 0, "Eten maken")]


def test_a_piece_is_not_split_again(db, workbook):
    cook = plan(db, workbook.id, "Eten maken", minutes=60)
    pieces = ops.split(db, workbook.id, cook.id, [Piece(0, "morning", 30), Piece(1, "morning", 30)]).result
    with pytest.raises(AlreadySplit) as refused:
        ops.split(db, workbook.id, pieces[0].id, [Piece(0, "morning", 10), Piece(1, "morning", 20)])
    assert refused.value.key == "pacing.already_split"
    assert len(cells(db, workbook.id)) == 2


def test_copy_week_undo_and_redo(db, workbook):
    history = History()
    plan(db, workbook.id, "A", done=True, pain=2)
    plan(db, workbook.id, "B", day=4, part="evening")
    change = run(history, ops.copy_week(db, workbook.id, MONDAY))
    assert tables(change.created) == {ACTIVITY} and len(change.created) == 2
    copied = cells(db, workbook.id, NEXT)
    assert copied == [(0, "morning", 0, "A"), (4, "evening", 0, "B")]
    assert not any(a.done or a.pain for a in repo.list_week(db, workbook.id, NEXT))
    history.undo(db, workbook.id)
    assert cells(db, workbook.id, NEXT) == []
    history.redo(db, workbook.id)
    assert cells(db, workbook.id, NEXT) == copied
    history.undo(db, workbook.id)
    repo.save_activity(db, workbook.id, NEXT, Activity(None, 1, "morning", "Planned since", 20))
    with pytest.raises(Exception) as refused:  # the next week has a plan now: no mixing
        history.redo(db, workbook.id)
    assert refused.value.key == "pacing.week_not_empty"
    assert cells(db, workbook.id, NEXT) == [(1, "morning", 0, "Planned since")]


def test_copy_week_refusals_are_worded_by_the_chapter(db, workbook):
    with pytest.raises(Exception) as empty:
        ops.copy_week(db, workbook.id, MONDAY)
    assert empty.value.key == "pacing.nothing_to_copy"
    plan(db, workbook.id, "A")
    ops.copy_week(db, workbook.id, MONDAY)
    with pytest.raises(Exception) as full:
        ops.copy_week(db, workbook.id, MONDAY)
    assert full.value.key == "pacing.week_not_empty"


def test_flag_set_aside_undo_and_redo(db, workbook):
    history = History()
    change = run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "no_want_day:0", True))
    assert change.result and tables(change.created) == {"pacing_dismissed_flag"}
    assert label_text(change.label) == "Aandachtspunt negeren"
    assert not ops.set_flag_dismissed(db, workbook.id, MONDAY, "no_want_day:0", True).undoable  # no change
    history.undo(db, workbook.id)
    assert repo.dismissed_flags(db, workbook.id, MONDAY) == set()
    history.redo(db, workbook.id)
    assert repo.dismissed_flags(db, workbook.id, MONDAY) == {"no_want_day:0"}


def test_flag_shown_again_then_both_undone(db, workbook):
    history = History()
    run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", True))
    run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", False))
    history.undo(db, workbook.id)  # set aside again (the same row)
    assert repo.dismissed_flags(db, workbook.id, MONDAY) == {"piled_up"}
    history.undo(db, workbook.id)
    assert repo.dismissed_flags(db, workbook.id, MONDAY) == set()


def test_chunk_plan_save_and_delete_undo(db, workbook):
    history = History()
    saved = run(history, ops.save_chunk_plan(db, workbook.id, ChunkPlan(None, " Tuin ", 60, 20, 15, 120)))
    assert tables(saved.created) == {"pacing_chunk_plan"} and saved.result.name == "Tuin"
    gone = run(history, ops.delete_chunk_plan(db, workbook.id, saved.result.id))
    assert tables(gone.deleted) == {"pacing_chunk_plan"} and label_text(gone.label) == "Klus „Tuin” verwijderen"
    assert repo.list_chunk_plans(db, workbook.id) == []
    history.undo(db, workbook.id)
    assert repo.list_chunk_plans(db, workbook.id) == [saved.result]
    history.undo(db, workbook.id)
    assert repo.list_chunk_plans(db, workbook.id) == []
    history.redo(db, workbook.id)
    history.redo(db, workbook.id)
    assert repo.list_chunk_plans(db, workbook.id) == []


def test_timer_run_is_recorded_and_checked(db, workbook):
    started = datetime(2026, 11, 24, 9, tzinfo=UTC)
    change = ops.record_timer_run(db, workbook.id, "Tuin", started, 2, 1, 40.0)
    assert tables(change.created) == {"pacing_timer_run"}
    assert repo.breaks_in_week(db, workbook.id, MONDAY) == (1, 2)
    with pytest.raises(Exception) as refused:
        ops.record_timer_run(db, workbook.id, "Tuin", started, 2, 3, 40.0)
    assert refused.value.key == "pacing.timer_run_invalid"
    assert repo.breaks_in_week(db, workbook.id, MONDAY) == (1, 2)


# ----- refusals -----------------------------------------------------------------------------------
def test_undo_is_refused_after_a_newer_change_to_the_same_row(db, workbook):
    history = History()
    a = plan(db, workbook.id, "A")
    run(history, ops.move(db, workbook.id, a.id, 1, "evening"))
    repo.save_activity(db, workbook.id, MONDAY, Activity(a.id, 1, "evening", "A, renamed", 30))  # e.g. a hand-over
    with pytest.raises(ChangedSince):
        history.undo(db, workbook.id)
    assert cells(db, workbook.id) == [(1, "evening", 0, "A, renamed")]  # nothing written
    assert history.can_undo(workbook.id)


def test_undo_stays_in_its_workbook(db, workbook, make_workbook):
    other = make_workbook("Bert")
    history = History()
    a = plan(db, workbook.id, "A")
    run(history, ops.delete(db, workbook.id, a.id))
    assert not history.can_undo(other.id)
    history.undo(db, workbook.id)
    assert cells(db, workbook.id) == [(0, "morning", 0, "A")]


def test_refused_input_changes_nothing(db, workbook):
    for bad in (Activity(None, 0, "morning", "", 30), Activity(None, 0, "nacht", "a", 30)):
        with pytest.raises(ValueError):
            ops.save_activity(db, workbook.id, MONDAY, bad)
    with pytest.raises(Exception) as minutes:
        ops.save_activity(db, workbook.id, MONDAY, Activity(None, 0, "morning", "a", 0))
    assert minutes.value.key == "pacing.minutes_not_positive"
    with pytest.raises(NotFound):
        ops.move(db, workbook.id, "nope", 1, "morning")
    assert cells(db, workbook.id) == []


def test_an_activity_of_another_workbook_is_not_found(db, workbook, make_workbook):
    other = make_workbook("Bert")
    a = plan(db, workbook.id, "A")
    for action in (lambda: ops.delete(db, other.id, a.id), lambda: ops.toggle_done(db, other.id, a.id),
                   lambda: ops.move(db, other.id, a.id, 1, "morning")):
        with pytest.raises(NotFound):
            action()
    assert cells(db, workbook.id) == [(0, "morning", 0, "A")]


# ----- user text ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["tillen %4 keer", "%1 en %2", "{name} {day}", "100% {x}"])
def test_user_text_that_looks_like_a_placeholder_comes_out_exactly(db, workbook, name):
    change = ops.save_activity(db, workbook.id, MONDAY, Activity(None, 0, "morning", name, 30))
    assert label_text(change.label) == f"„{name}” plannen"
    assert cells(db, workbook.id)[0][3] == name
    gone = ops.delete(db, workbook.id, change.result.id)
    assert label_text(gone.label) == f"„{name}” verwijderen"


def test_a_flag_shown_again_is_a_tombstone_and_undo_brings_the_same_row_back(db, workbook):
    """#17: showing a flag again travels with a handed-over workbook (nothing removed for good)."""
    from sqlalchemy import func, select

    history = History()
    dismissed = run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", True))
    shown = run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", False))
    assert tables(shown.deleted) == {"pacing_dismissed_flag"} and not shown.created
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(repo.PacingDismissedFlagRow)) == 1  # the tombstone
    history.undo(db, workbook.id)
    again = run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", False))
    run(history, ops.set_flag_dismissed(db, workbook.id, MONDAY, "piled_up", True))
    assert {r.id for r in dismissed.created} == {r.id for r in again.deleted}  # one row all along
