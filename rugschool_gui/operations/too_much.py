"""The user actions of "Over je grenzen gaan" (doing too much, WORKBOOK.md §2 but the planner).

One operation per action, each one transaction (``change.operation``): ticking causes (the same
checklist serves "doing too little", :func:`cause_actions`), own stress signals and the day's
check-in, reflection answers, the outlet finder — and putting its chosen activity in this week's
plan, an action of this chapter that writes the pacing chapter's table —, relaxation sessions
and practice situations.

Undoable: every deletion (an unticked cause, an own signal, a cleared day of signals, a
substitute, a session, a situation) and every addition of a row; saving typed text (answers,
the outlet's texts, how trying went) and the day's ticks is not — the next keystroke would
refuse the undo anyway. Undo and redo steps are module functions taking the database last.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import partial

from ..domain.chapters import TOO_MUCH
from ..domain.errors import DomainError
from ..domain.pacing import Activity
from ..domain.too_much import (
    OWN_CAUSE_KEYS,
    Answer,
    CheckIn,
    RelaxationSession,
    SignalEntry,
    Situation,
)
from ..domain.too_much_outlet import Outlet, Substitute, outlet_activity
from ..storage import pacing
from ..storage import too_much as repo
from ..storage import too_much_practice as practice
from ..storage.db import Database
from ..storage.too_much import CauseTick
from .change import Act, ChangeSet, Label, operation
from .history import ChangedSince
from .rows import RowKind

SUBSTITUTES: RowKind[Substitute] = RowKind(repo.save_substitute, repo.delete_substitute)
SESSIONS: RowKind[RelaxationSession] = RowKind(practice.save_relaxation, practice.delete_relaxation)
SITUATIONS: RowKind[Situation] = RowKind(practice.save_situation, practice.delete_situation)


# ----- causes (§2 "Causes checklist"; §3 uses the same checklist) ---------------------------
def _tick_cause(act: Act, cause: str, day: date, own_label: str = "") -> CauseTick:
    """Tick a listed cause, or add one in the person's own words (``own_label``)."""
    tick = repo.tick_cause(act.db, act.workbook_id, cause, day, own_label)
    label = (Label.of(TOO_MUCH, "undo_add_own_cause", label=tick.label) if cause in OWN_CAUSE_KEYS
             else Label.of(TOO_MUCH, "undo_tick"))
    act.undoable(label, partial(_untick, act.workbook_id, tick.id), partial(_tick, act.workbook_id, tick))
    return tick


def _untick_cause(act: Act, tick_id: str) -> None:
    tick = repo.get_cause_tick(act.db, act.workbook_id, tick_id)
    repo.untick_cause(act.db, act.workbook_id, tick_id)
    act.undoable(Label.of(TOO_MUCH, "undo_untick"), partial(_tick, act.workbook_id, tick),
                 partial(_untick, act.workbook_id, tick_id))


def _tick(workbook_id: str, tick: CauseTick, db: Database) -> CauseTick:
    return repo.tick_cause(db, workbook_id, tick.cause, tick.day, tick.label, tick.id)


def _untick(workbook_id: str, tick_id: str, db: Database) -> None:
    repo.untick_cause(db, workbook_id, tick_id)


@dataclass(frozen=True)
class CauseActions:
    """Ticking and unticking causes, as the actions of one chapter (its pages follow them)."""

    tick: Callable[..., ChangeSet]
    untick: Callable[..., ChangeSet]


@functools.cache
def cause_actions(chapter: str) -> CauseActions:
    """The cause checklist's actions for ``chapter`` ("doing too much" or "doing too little")."""
    return CauseActions(operation(chapter)(_tick_cause), operation(chapter)(_untick_cause))


tick_cause = cause_actions(TOO_MUCH).tick
untick_cause = cause_actions(TOO_MUCH).untick


# ----- stress signals (§2 "Stress-signal checklist") ------------------------------------------
@operation(TOO_MUCH)
def add_own_signal(act: Act, label: str) -> str:
    """A signal of the person's own; returns its key ("own:<id>")."""
    key = repo.add_own_signal(act.db, act.workbook_id, label)
    name = repo.get_own_signal(act.db, act.workbook_id, key)
    act.undoable(Label.of(TOO_MUCH, "undo_add_signal", label=name),
                 partial(_remove_signal, act.workbook_id, key), partial(_add_signal, act.workbook_id, key, name))
    return key


@operation(TOO_MUCH)
def remove_own_signal(act: Act, key: str) -> None:
    name = repo.get_own_signal(act.db, act.workbook_id, key)
    repo.remove_own_signal(act.db, act.workbook_id, key)
    act.undoable(Label.of(TOO_MUCH, "undo_remove_signal", label=name),
                 partial(_add_signal, act.workbook_id, key, name), partial(_remove_signal, act.workbook_id, key))


def _add_signal(workbook_id: str, key: str, label: str, db: Database) -> str:
    return repo.add_own_signal(db, workbook_id, label, key.removeprefix("own:"))


def _remove_signal(workbook_id: str, key: str, db: Database) -> None:
    repo.remove_own_signal(db, workbook_id, key)


@operation(TOO_MUCH)
def save_checkin(act: Act, day: date, entries: Iterable[SignalEntry]) -> CheckIn | None:
    """The day's ticked signals (one check-in per day). Nothing ticked clears the day: the day
    and its signals become tombstones (a handed-over copy learns of it), and undo brings the same
    rows back."""
    signals = tuple(entries)
    if signals:
        return repo.save_checkin(act.db, act.workbook_id, CheckIn(day, signals))
    before = repo.get_checkin(act.db, act.workbook_id, day)
    if before is None:
        return None
    repo.delete_checkin(act.db, act.workbook_id, day)
    act.undoable(Label.of(TOO_MUCH, "undo_clear_day"), partial(_restore_checkin, act.workbook_id, before),
                 partial(_clear_checkin, act.workbook_id, day))
    return None


def _restore_checkin(workbook_id: str, checkin: CheckIn, db: Database) -> CheckIn:
    if repo.get_checkin(db, workbook_id, checkin.day) is not None:  # noted again since: keep that
        raise ChangedSince(label=Label.of(TOO_MUCH, "undo_clear_day"))
    return repo.save_checkin(db, workbook_id, replace(checkin, id=None))


def _clear_checkin(workbook_id: str, day: date, db: Database) -> None:
    repo.delete_checkin(db, workbook_id, day)


# ----- reflections (§2 "Reflection prompts", "Assertiveness") --------------------------------
@operation(TOO_MUCH)
def save_answer(act: Act, question: str, day: date, text: str) -> Answer | None:
    """The answer of ``day`` while typing; an emptied answer becomes a tombstone (its earlier
    days stay)."""
    return repo.save_answer(act.db, act.workbook_id, question, day, text)


# ----- the outlet finder (§2 "Outlet finder") ---------------------------------------------------
@operation(TOO_MUCH)
def save_outlet_texts(act: Act, old_outlet: str, why: str) -> Outlet:
    return repo.save_outlet(act.db, act.workbook_id, old_outlet=old_outlet, why=why)


@operation(TOO_MUCH)
def save_gains(act: Act, gains: Iterable[str]) -> Outlet:
    return repo.save_outlet(act.db, act.workbook_id, gains=list(gains))


@operation(TOO_MUCH)
def choose_substitute(act: Act, sub_id: str) -> Outlet:
    """The substitute to do regularly."""
    repo.get_substitute(act.db, act.workbook_id, sub_id)  # one of this workbook's, or NotFound
    return repo.save_outlet(act.db, act.workbook_id, chosen_id=sub_id)


@operation(TOO_MUCH)
def add_substitute(act: Act, name: str) -> Substitute:
    sub = repo.save_substitute(act.db, act.workbook_id, Substitute(None, name))
    label = Label.of(TOO_MUCH, "undo_add_substitute", name=sub.name)
    SUBSTITUTES.saved(act, None, sub, added=label, edited=label)
    return sub


@operation(TOO_MUCH)
def save_tried(act: Act, tried: Mapping[str, str]) -> list[Substitute]:
    """How trying went, for each substitute typed in (id → text), in one go."""
    out = []
    for sub_id, text in tried.items():
        sub = repo.get_substitute(act.db, act.workbook_id, sub_id)
        out.append(repo.save_substitute(act.db, act.workbook_id, replace(sub, tried=text)))
    return out


@operation(TOO_MUCH)
def set_outcome(act: Act, sub_id: str, outcome: str | None) -> Substitute:
    sub = repo.get_substitute(act.db, act.workbook_id, sub_id)
    return repo.save_substitute(act.db, act.workbook_id, replace(sub, outcome=outcome))


@operation(TOO_MUCH)
def delete_substitute(act: Act, sub_id: str) -> None:
    sub = repo.get_substitute(act.db, act.workbook_id, sub_id)
    repo.delete_substitute(act.db, act.workbook_id, sub_id)
    SUBSTITUTES.deleted(act, sub, Label.of(TOO_MUCH, "undo_delete_substitute", name=sub.name))


@operation(TOO_MUCH)
def plan_outlet(act: Act, today: date) -> Activity:
    """Put the chosen substitute in this week's plan ("Activiteiten spreiden"), today."""
    outlet = repo.get_outlet(act.db, act.workbook_id)
    chosen = next((s for s in outlet.substitutes if s.id == outlet.chosen_id), None)
    if chosen is None:
        raise DomainError(f"{TOO_MUCH}.nothing_chosen")
    monday, activity = outlet_activity(chosen.name, today)
    planned = pacing.save_activity(act.db, act.workbook_id, monday, activity)
    assert planned.id is not None
    act.undoable(Label.of(TOO_MUCH, "undo_plan_outlet", name=chosen.name),
                 partial(_unplan, act.workbook_id, planned.id), partial(_plan, act.workbook_id, monday, planned))
    return planned


def _unplan(workbook_id: str, activity_id: str, db: Database) -> None:
    pacing.delete_activity(db, workbook_id, activity_id)


def _plan(workbook_id: str, monday: date, activity: Activity, db: Database) -> Activity:
    return pacing.save_activity(db, workbook_id, monday, activity)


# ----- relaxation (§2 "Relaxation") -------------------------------------------------------------
@operation(TOO_MUCH)
def save_relaxation(act: Act, session: RelaxationSession) -> RelaxationSession:
    """A session for the log (tension before and after)."""
    before = practice.get_relaxation(act.db, act.workbook_id, session.id) if session.id else None
    saved = practice.save_relaxation(act.db, act.workbook_id, session)
    SESSIONS.saved(act, before, saved, added=Label.of(TOO_MUCH, "undo_save_session"),
                   edited=Label.of(TOO_MUCH, "undo_save_session"))
    return saved


@operation(TOO_MUCH)
def delete_relaxation(act: Act, session_id: str) -> None:
    session = practice.get_relaxation(act.db, act.workbook_id, session_id)
    practice.delete_relaxation(act.db, act.workbook_id, session_id)
    SESSIONS.deleted(act, session, Label.of(TOO_MUCH, "undo_delete_session"))


# ----- assertiveness: situations to practise ------------------------------------------------------
@operation(TOO_MUCH)
def save_situation(act: Act, situation: Situation) -> Situation:
    """A new situation, or one filled in further (undo puts back what it said before)."""
    before = practice.get_situation(act.db, act.workbook_id, situation.id) if situation.id else None
    saved = practice.save_situation(act.db, act.workbook_id, situation)
    SITUATIONS.saved(act, before, saved, added=Label.of(TOO_MUCH, "undo_add_situation"),
                     edited=Label.of(TOO_MUCH, "undo_edit_situation"))
    return saved


@operation(TOO_MUCH)
def delete_situation(act: Act, situation_id: str) -> None:
    situation = practice.get_situation(act.db, act.workbook_id, situation_id)
    practice.delete_situation(act.db, act.workbook_id, situation_id)
    SITUATIONS.deleted(act, situation, Label.of(TOO_MUCH, "undo_delete_situation"))
