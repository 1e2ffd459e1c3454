"""The graded activity chapter's user actions (WORKBOOK.md §5), one transaction each.

Set-up: :func:`new_plan`, :func:`save_draft` (one write per pause in typing: every field and
measurement the form changed, in one ``BEGIN``; not undoable, like typing) and
:func:`start_plan`. While the plan runs: :func:`save_session` and :func:`delete_session`,
:func:`save_reflection` (typing), :func:`recompute` after stagnation, and :func:`end_plan`
(finish, stop, or throw a draft away). Logging, changing and deleting a session, recomputing
the schedule and ending a plan are undoable; an undo of a recompute puts the previous schedule
versions back exactly.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ..domain.chapters import GRADED_ACTIVITY
from ..domain.errors import NotFound
from ..domain.graded_activity import DRAFT, FINISHED, Plan, ScheduleVersion, Session
from ..domain.graded_activity_plan import REFLECTION_FIELDS, draft_changes
from ..storage import graded_activity as repo
from ..storage.db import Database
from .change import Act, Label, operation

CHAPTER = GRADED_ACTIVITY


# ----- setting a plan up --------------------------------------------------------------------
@operation(CHAPTER)
def new_plan(act: Act) -> Plan:
    """A fresh draft (refused while another plan is open)."""
    return repo.new_plan(act.db, act.workbook_id)


@operation(CHAPTER)
def save_draft(act: Act, plan_id: str, shown: Plan) -> Plan:
    """Save what the set-up form changed in the draft (``shown``: the plan as the form shows it).

    A reduction or number of sessions the rules refuse is not saved (the form explains it);
    everything else lands together or, when refused, not at all."""
    stored = repo.get_plan(act.db, act.workbook_id, plan_id)
    changes = draft_changes(stored, shown)
    saved = stored
    if changes.fields:
        saved = repo.update_plan(act.db, act.workbook_id, plan_id, **changes.fields)
    for position, measurement in sorted(changes.measurements.items()):
        saved = repo.set_measurement(act.db, act.workbook_id, plan_id, position,
                                     measurement.day if measurement else None,
                                     measurement.amount if measurement else None)
    return saved


@operation(CHAPTER)
def start_plan(act: Act, plan_id: str) -> Plan:
    """Check the whole draft and start it with its first schedule version."""
    return repo.start_plan(act.db, act.workbook_id, plan_id)


# ----- a running plan -----------------------------------------------------------------------
@operation(CHAPTER)
def save_reflection(act: Act, plan_id: str, inside: str, outside: str, realistic: str) -> Plan:
    """The answers to the stagnation questions (typing: not undoable)."""
    values = dict(zip(REFLECTION_FIELDS, (inside, outside, realistic), strict=True))
    return repo.update_plan(act.db, act.workbook_id, plan_id, **values)


@operation(CHAPTER)
def save_session(act: Act, plan_id: str, session: Session) -> Session:
    """Log a new session or change one; undo removes the new one or puts the old values back."""
    previous = (repo.find_session(act.db, act.workbook_id, plan_id, session.id)
                if session.id else None)
    saved = repo.save_session(act.db, act.workbook_id, plan_id, session)
    if previous is None:
        undo = partial(_delete_session, act.workbook_id, plan_id, saved.id)
        label = Label.of(CHAPTER, "undo_log_session")
    else:
        undo = partial(_put_session, act.workbook_id, plan_id, previous)
        label = Label.of(CHAPTER, "undo_change_session")
    act.undoable(label, undo, partial(_put_session, act.workbook_id, plan_id, saved))
    return saved


@operation(CHAPTER)
def delete_session(act: Act, plan_id: str, session_id: str) -> Session:
    """Delete a session (a tombstone); undo brings it back as it was."""
    gone = repo.delete_session(act.db, act.workbook_id, plan_id, session_id)
    act.undoable(Label.of(CHAPTER, "undo_delete_session"),
                 partial(_put_session, act.workbook_id, plan_id, gone),
                 partial(_delete_session, act.workbook_id, plan_id, session_id))
    return gone


def _put_session(workbook_id: str, plan_id: str, session: Session, db: Database) -> Session:
    return repo.save_session(db, workbook_id, plan_id, session)


def _delete_session(workbook_id: str, plan_id: str, session_id: str | None, db: Database) -> Session:
    if session_id is None:
        raise NotFound(what="session")
    return repo.delete_session(db, workbook_id, plan_id, session_id)


@operation(CHAPTER)
def recompute(act: Act, plan_id: str, start_on: date, level: float, goal: float,
              weeks: int) -> Plan:
    """A new schedule version from the level reached now (stagnation, §5); undo restores the
    schedule as it was (the new version removed, or the one it replaced written back)."""
    before = repo.get_plan(act.db, act.workbook_id, plan_id)
    after = repo.recompute(act.db, act.workbook_id, plan_id, start_on, level, goal, weeks)
    act.undoable(Label.of(CHAPTER, "undo_recompute"),
                 partial(_put_schedule, act.workbook_id, plan_id, before.versions, before.goal, before.weeks),
                 partial(_put_schedule, act.workbook_id, plan_id, after.versions, after.goal, after.weeks))
    return after


def _put_schedule(workbook_id: str, plan_id: str, versions: tuple[ScheduleVersion, ...],
                  goal: float | None, weeks: int | None, db: Database) -> Plan:
    return repo.put_schedule(db, workbook_id, plan_id, versions, goal, weeks)


@operation(CHAPTER)
def end_plan(act: Act, plan_id: str, status: str, day: date) -> Plan:
    """Finish or stop a plan (a draft is thrown away: abandoned); it stays in the history.
    Undo reopens it, unless another plan was begun meanwhile."""
    before = repo.get_plan(act.db, act.workbook_id, plan_id)
    ended = repo.end_plan(act.db, act.workbook_id, plan_id, status, day)
    if before.status == DRAFT:
        label = Label.of(CHAPTER, "undo_discard")
    else:
        key = "undo_finish" if status == FINISHED else "undo_abandon"
        label = Label.of(CHAPTER, key, activity=before.activity)
    act.undoable(label, partial(_reopen, act.workbook_id, plan_id, before.status),
                 partial(_end, act.workbook_id, plan_id, status, day))
    return ended


def _reopen(workbook_id: str, plan_id: str, status: str, db: Database) -> Plan:
    return repo.reopen_plan(db, workbook_id, plan_id, status)


def _end(workbook_id: str, plan_id: str, status: str, day: date, db: Database) -> Plan:
    return repo.end_plan(db, workbook_id, plan_id, status, day)

