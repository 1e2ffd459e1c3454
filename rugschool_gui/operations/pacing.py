"""The pacing chapter's user actions (WORKBOOK.md §2, "Spreading activities"), without Qt.

In the week: plan or change an activity, tick it off, move it, delete it, split it into pieces
and join them again, copy the week to the next. Beside it: set a balance flag aside (or show it
again), save or delete a chunk plan, record a run of the break timer. Each is one transaction.

Every change to the week is undone the same way: the week's rows are read before and after the
change (:func:`~rugschool_gui.storage.pacing.activity_states`); the rows that differ are what
undo writes back as they were and redo writes again
(:func:`~rugschool_gui.storage.pacing.restore_activities`) — ids, cells and places in the cell
included. The history refuses the undo when any of those rows changed since.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from functools import partial

from ..domain.chapters import PACING
from ..domain.errors import NotFound
from ..domain.pacing import Activity, ChunkPlan, Piece, WeekNotEmpty, shift_week, week_monday
from ..storage import pacing as repo
from ..storage.db import Database
from ..storage.pacing import ActivityState
from .change import Act, Label, operation

#: rows to write back: each id with its state (None: the row did not exist, so it goes)
States = list[tuple[str, ActivityState | None]]


# ----- the week ---------------------------------------------------------------------------------
@operation(PACING)
def save_activity(act: Act, monday: date, activity: Activity) -> Activity:
    """Plan a new activity in the week of ``monday`` (``activity.id`` None) or change one."""
    monday = week_monday(monday)
    ids = [activity.id] if activity.id else []
    weeks = {monday} | {s.monday for s in _states(act, (), ids).values()}
    before = _states(act, weeks, ids)
    existed = bool(activity.id) and activity.id in before and before[activity.id].live
    saved = repo.save_activity(act.db, act.workbook_id, monday, activity)
    _week_undoable(act, Label.of(PACING, "undo_edit" if existed else "undo_plan", name=saved.name),
                   before, weeks)
    return saved


@operation(PACING)
def toggle_done(act: Act, activity_id: str) -> Activity:
    """Tick an activity off as done, or take the tick away."""
    monday = _week_of(act, activity_id)
    before = _states(act, [monday])
    if activity_id not in before:
        raise NotFound(what="activity")
    current = before[activity_id].activity
    saved = repo.save_activity(act.db, act.workbook_id, monday, replace(current, done=not current.done))
    _week_undoable(act, Label.of(PACING, "undo_done" if saved.done else "undo_not_done", name=saved.name),
                   before, [monday])
    return saved


@operation(PACING)
def move(act: Act, activity_id: str, day: int, part: str, position: int | None = None) -> Activity:
    """Move an activity to another cell, or another place in its cell (None: at the end)."""
    monday = _week_of(act, activity_id)
    before = _states(act, [monday])
    moved = repo.move_activity(act.db, act.workbook_id, activity_id, day, part, position)
    _week_undoable(act, Label.of(PACING, "undo_move", name=moved.name), before, [monday])
    return moved


@operation(PACING)
def delete(act: Act, activity_id: str) -> Activity:
    """Delete an activity (undo brings it back in its place)."""
    monday = _week_of(act, activity_id)
    before = _states(act, [monday])
    _week, gone = repo.delete_activity(act.db, act.workbook_id, activity_id)
    _week_undoable(act, Label.of(PACING, "undo_delete", name=gone.name), before, [monday])
    return gone


@operation(PACING)
def split(act: Act, activity_id: str, pieces: list[Piece]) -> list[Activity]:
    """Split an activity into linked pieces (the original waits for re-joining)."""
    monday = _week_of(act, activity_id)
    before = _states(act, [monday], [activity_id])
    made = repo.split(act.db, act.workbook_id, activity_id, pieces)
    name = before[activity_id].activity.name
    _week_undoable(act, Label.of(PACING, "undo_split", name=name), before, [monday])
    return made


@operation(PACING)
def join(act: Act, task_id: str) -> Activity:
    """Join the pieces of a split task again: the original comes back in the first piece's place."""
    monday = _week_of(act, task_id)
    before = _states(act, [monday], [task_id])
    joined = repo.join(act.db, act.workbook_id, task_id)
    _week_undoable(act, Label.of(PACING, "undo_join", name=joined.name), before, [monday])
    return joined


@operation(PACING)
def copy_week(act: Act, monday: date) -> list[Activity]:
    """Copy the week's plan to the next week (refused when that week has a plan). Redo copies
    the same rows back, and is refused too when the next week got a plan in the meantime."""
    target = shift_week(monday, 1)
    before = _states(act, [target])
    copies = repo.copy_week(act.db, act.workbook_id, monday)
    undo, redo = _difference(act, before, [target])
    act.undoable(Label.of(PACING, "undo_copy_week"), partial(_restore, act.workbook_id, undo),
                 partial(_copy_again, act.workbook_id, target, redo))
    return copies


def _week_of(act: Act, activity_id: str) -> date:
    state = _states(act, (), [activity_id]).get(activity_id)
    if state is None:
        raise NotFound(what="activity")
    return state.monday


def _states(act: Act, weeks: Iterable[date], ids: Iterable[str] = ()) -> dict[str, ActivityState]:
    return repo.activity_states(act.db, act.workbook_id, weeks, ids)


def _difference(act: Act, before: dict[str, ActivityState], weeks: Iterable[date]) -> tuple[States, States]:
    """The rows the change touched: as they were (for undo) and as they are (for redo)."""
    after = _states(act, weeks, before)
    touched = sorted(i for i, state in after.items() if before.get(i) != state)
    return [(i, before.get(i)) for i in touched], [(i, after[i]) for i in touched]


def _week_undoable(act: Act, label: Label, before: dict[str, ActivityState], weeks: Iterable[date]) -> None:
    undo, redo = _difference(act, before, weeks)
    if undo:  # nothing differs (saved unchanged): nothing to undo
        act.undoable(label, partial(_restore, act.workbook_id, undo), partial(_restore, act.workbook_id, redo))


def _restore(workbook_id: str, states: States, db: Database) -> None:
    repo.restore_activities(db, workbook_id, states)


def _copy_again(workbook_id: str, target: date, states: States, db: Database) -> None:
    if repo.list_week(db, workbook_id, target):
        raise WeekNotEmpty(week=target.isoformat())
    repo.restore_activities(db, workbook_id, states)


# ----- balance flags ----------------------------------------------------------------------------
@operation(PACING)
def set_flag_dismissed(act: Act, monday: date, flag_id: str, dismissed: bool) -> bool:
    """Set a flag of the week aside ("Negeren"), or show it again; True when that changed."""
    monday = week_monday(monday)
    row_id = repo.set_flag_dismissed(act.db, act.workbook_id, monday, flag_id, dismissed)
    if row_id is None:
        return False
    act.undoable(Label.of(PACING, "undo_dismiss_flag" if dismissed else "undo_show_flag"),
                 partial(_dismiss, act.workbook_id, monday, flag_id, not dismissed, row_id),
                 partial(_dismiss, act.workbook_id, monday, flag_id, dismissed, row_id))
    return True


def _dismiss(workbook_id: str, monday: date, flag_id: str, dismissed: bool, row_id: str, db: Database) -> None:
    repo.set_flag_dismissed(db, workbook_id, monday, flag_id, dismissed, row_id=row_id)


# ----- chunk plans and the timer ----------------------------------------------------------------
@operation(PACING)
def save_chunk_plan(act: Act, plan: ChunkPlan) -> ChunkPlan:
    """Save a task's chunk plan (a new one when ``plan.id`` is None)."""
    previous = repo.get_chunk_plan(act.db, act.workbook_id, plan.id) if plan.id else None
    saved = repo.save_chunk_plan(act.db, act.workbook_id, plan)
    if saved != previous:
        assert saved.id is not None
        undo = (partial(_save_plan, act.workbook_id, previous) if previous is not None
                else partial(_delete_plan, act.workbook_id, saved.id))
        act.undoable(Label.of(PACING, "undo_save_chunk_plan", name=saved.name), undo,
                     partial(_save_plan, act.workbook_id, saved))
    return saved


@operation(PACING)
def delete_chunk_plan(act: Act, plan_id: str) -> ChunkPlan:
    gone = repo.delete_chunk_plan(act.db, act.workbook_id, plan_id)
    act.undoable(Label.of(PACING, "undo_delete_chunk_plan", name=gone.name),
                 partial(_save_plan, act.workbook_id, gone), partial(_delete_plan, act.workbook_id, plan_id))
    return gone


def _save_plan(workbook_id: str, plan: ChunkPlan, db: Database) -> ChunkPlan:
    return repo.save_chunk_plan(db, workbook_id, plan)


def _delete_plan(workbook_id: str, plan_id: str, db: Database) -> ChunkPlan:
    return repo.delete_chunk_plan(db, workbook_id, plan_id)


@operation(PACING)
def record_timer_run(act: Act, name: str, started_at: datetime, breaks_planned: int, breaks_taken: int,
                     work_minutes: float) -> None:
    """What the break timer counted in one run (a record of what happened: not undone)."""
    repo.record_timer_run(act.db, act.workbook_id, name, started_at, breaks_planned, breaks_taken, work_minutes)
