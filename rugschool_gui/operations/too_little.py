"""Actions of "doing too little" (WORKBOOK.md §3): weigh, change and delete a valued activity,
send one to the fear hierarchy (§4) or the week planner (§2), save and delete a questionnaire
score, and write the reflections on the scores (typed text: not undoable). Each is one
transaction; every other action can be undone.

The cause ticks of this chapter are written by the shared causes tab of "doing too much".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import partial

from ..domain.chapters import TOO_LITTLE
from ..domain.exposure import FearItem
from ..domain.pacing import Activity
from ..domain.too_little import (
    MOMENTS,
    Score,
    ValuedActivity,
    check_moment,
    planned_activity,
    short_name,
    step_label,
    validate_score,
    validate_valued,
)
from ..storage import exposure, pacing
from ..storage import too_little as repo
from ..storage.db import Database
from .change import Act, Label, operation
from .rows import RowKind

VALUED: RowKind[ValuedActivity] = RowKind(repo.save_valued, repo.delete_valued)
SCORES: RowKind[Score] = RowKind(repo.save_score, repo.delete_score)


# ----- value weighing -----------------------------------------------------------------------
@operation(TOO_LITTLE)
def save_value(act: Act, activity: ValuedActivity) -> ValuedActivity:
    """A new valued activity (``id`` None) or a change to one; returns it as kept."""
    before = repo.get_valued(act.db, act.workbook_id, activity.id) if activity.id else None
    if before is not None and validate_valued(activity) == before:
        return before  # saved unchanged: nothing to write, nothing to undo
    after = repo.save_valued(act.db, act.workbook_id, activity)
    VALUED.saved(act, before, after, added=Label.of(TOO_LITTLE, "undo_add_value", name=after.name),
                 edited=Label.of(TOO_LITTLE, "undo_change_value", name=after.name))
    return after


@operation(TOO_LITTLE)
def delete_value(act: Act, activity_id: str) -> ValuedActivity:
    gone = repo.get_valued(act.db, act.workbook_id, activity_id)
    repo.delete_valued(act.db, act.workbook_id, activity_id)
    VALUED.deleted(act, gone, Label.of(TOO_LITTLE, "undo_delete_value", name=gone.name))
    return gone


# ----- to another chapter -------------------------------------------------------------------
@operation(TOO_LITTLE)
def send_to_hierarchy(act: Act, activity_id: str) -> FearItem:
    """The valued activity's adapted way (else its name) becomes the last step of the fear
    hierarchy, without a fear rating yet; an 11th step is refused by the hierarchy."""
    valued = repo.get_valued(act.db, act.workbook_id, activity_id)
    item = exposure.add_item(act.db, act.workbook_id, step_label(valued))
    act.undoable(Label.of(TOO_LITTLE, "undo_to_hierarchy", label=item.label),
                 partial(_remove_step, act.workbook_id, item.id), partial(_restore_step, act.workbook_id, item))
    return item


def _remove_step(workbook_id: str, item_id: str, db: Database) -> FearItem:
    return exposure.remove_item(db, workbook_id, item_id)


def _restore_step(workbook_id: str, item: FearItem, db: Database) -> FearItem:
    return exposure.restore_item(db, workbook_id, item)


@operation(TOO_LITTLE)
def send_to_planner(act: Act, activity_id: str, today: date) -> Activity:
    """The valued activity goes into this week's planner, today in the afternoon, as a
    want-to-do activity (``domain.too_little.planned_activity``)."""
    monday, planned = planned_activity(repo.get_valued(act.db, act.workbook_id, activity_id), today)
    made = pacing.save_activity(act.db, act.workbook_id, monday, planned)
    assert made.id is not None
    act.undoable(Label.of(TOO_LITTLE, "undo_to_planner", label=made.name),
                 partial(_unplan, act.workbook_id, made.id), partial(_plan, act.workbook_id, monday, made))
    return made


def _unplan(workbook_id: str, activity_id: str, db: Database) -> object:
    return pacing.delete_activity(db, workbook_id, activity_id)


def _plan(workbook_id: str, monday: date, activity: Activity, db: Database) -> Activity:
    return pacing.save_activity(db, workbook_id, monday, activity)


# ----- questionnaire scores -----------------------------------------------------------------
@operation(TOO_LITTLE)
def save_score(act: Act, score: Score) -> Score:
    """A new score (``id`` None) or a change to one; a total outside a known scale's range is
    refused with the range."""
    before = repo.get_score(act.db, act.workbook_id, score.id) if score.id else None
    if before is not None and validate_score(score) == before:
        return before  # saved unchanged: nothing to write, nothing to undo
    after = repo.save_score(act.db, act.workbook_id, score)
    SCORES.saved(act, before, after, added=Label.of(TOO_LITTLE, "undo_add_score", name=short_name(after.name)),
                 edited=Label.of(TOO_LITTLE, "undo_change_score", name=short_name(after.name)))
    return after


@operation(TOO_LITTLE)
def delete_score(act: Act, score_id: str) -> Score:
    gone = repo.get_score(act.db, act.workbook_id, score_id)
    repo.delete_score(act.db, act.workbook_id, score_id)
    SCORES.deleted(act, gone, Label.of(TOO_LITTLE, "undo_delete_score", name=short_name(gone.name)))
    return gone


@operation(TOO_LITTLE)
def save_reflections(act: Act, texts: Mapping[str, str]) -> tuple[str, ...]:
    """The reflections on the scores, per moment (typed text, saved as it is typed: not
    undoable); returns the moments whose text changed."""
    for moment in texts:
        check_moment(moment)
    return tuple(m for m in MOMENTS if m in texts and repo.save_reflection(act.db, act.workbook_id, m, texts[m]))
