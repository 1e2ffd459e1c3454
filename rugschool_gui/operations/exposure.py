"""Graded exposure (WORKBOOK.md §4): every user action of the chapter as one operation.

Each action is one transaction: it calls the chapter's repository functions (they join the
transaction), says how it is undone, and — when the page passes ``showing`` — reads back in the
same transaction everything the page shows (:class:`~rugschool_gui.storage.exposure_page.Snapshot`),
so the page redraws from the change set without another ``BEGIN``. The rules themselves (ranks
1..n, at most ten steps, the current step, valid ratings) are the domain's.

Undoable: adding, removing, moving and ordering steps, rating, relabelling, (un)marking as
mastered, saving and deleting an attempt. Not undoable: the note typed under the list (a
debounced text edit). Undo and redo steps write through the same repository functions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import Generic, TypeVar

from ..domain.chapters import EXPOSURE
from ..domain.exposure import Attempt, FearItem
from ..storage import exposure as repo
from ..storage.db import Database
from ..storage.exposure_page import Showing, Snapshot, load_snapshot
from .change import Act, Label, operation

CHAPTER = EXPOSURE
T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """An action's own result and, when the page asked with ``showing``, what it shows now."""

    value: T
    snapshot: Snapshot | None = None


def _done(act: Act, value: T, showing: Showing | None) -> Done[T]:
    if showing is None:
        return Done(value)
    return Done(value, load_snapshot(act.db, act.workbook_id, showing))


def _showing_item(showing: Showing | None, item_id: str) -> Showing | None:
    """``showing`` turned to ``item_id`` (from its latest attempts when it is another step)."""
    if showing is None or showing.item_id == item_id:
        return showing
    return replace(showing, item_id=item_id, offset=0)


def _item(db: Database, workbook_id: str, item_id: str) -> FearItem:
    return repo.load_hierarchy(db, workbook_id).get(item_id)


# ----- the hierarchy ------------------------------------------------------------------------
@operation(CHAPTER)
def add_item(act: Act, label: str, fear: int | None = None, note: str = "",
             showing: Showing | None = None) -> Done[FearItem]:
    """A new step at the end of the list (an 11th is refused); the page then shows it."""
    item = repo.add_item(act.db, act.workbook_id, label, fear, note)
    act.undoable(Label.of(CHAPTER, "undo_add_item", label=item.label),
                 partial(_remove, act.workbook_id, item.id), partial(_restore, act.workbook_id, item))
    return _done(act, item, _showing_item(showing, item.id))


@operation(CHAPTER)
def remove_item(act: Act, item_id: str, showing: Showing | None = None) -> Done[FearItem]:
    """Take a step off the list with its attempts (a tombstone: undo brings all back)."""
    removed = repo.remove_item(act.db, act.workbook_id, item_id)
    act.undoable(Label.of(CHAPTER, "undo_remove_item", label=removed.label),
                 partial(_restore, act.workbook_id, removed), partial(_remove, act.workbook_id, item_id))
    return _done(act, removed, showing)


def _remove(workbook_id: str, item_id: str, db: Database) -> FearItem:
    return repo.remove_item(db, workbook_id, item_id)


def _restore(workbook_id: str, item: FearItem, db: Database) -> FearItem:
    return repo.restore_item(db, workbook_id, item)


@operation(CHAPTER)
def move_item(act: Act, item_id: str, new_rank: int, showing: Showing | None = None) -> Done[list[str]]:
    """Move a step to ``new_rank`` (drag and drop, Alt+↑/↓); returns the new order of ids."""
    before = repo.move_item(act.db, act.workbook_id, item_id, new_rank)
    return _reordered(act, before, "undo_move", showing)


@operation(CHAPTER)
def order_by_fear(act: Act, showing: Showing | None = None) -> Done[list[str]]:
    """Rank the steps by their fear rating, least first; returns the new order of ids."""
    before = repo.order_by_fear(act.db, act.workbook_id)
    return _reordered(act, before, "undo_order_by_fear", showing)


def _reordered(act: Act, before: list[str], key: str, showing: Showing | None) -> Done[list[str]]:
    after = [i.id for i in repo.load_hierarchy(act.db, act.workbook_id).items]
    if after != before:
        act.undoable(Label.of(CHAPTER, key), partial(_set_order, act.workbook_id, before),
                     partial(_set_order, act.workbook_id, after))
    return _done(act, after, showing)


def _set_order(workbook_id: str, ids: list[str], db: Database) -> list[str]:
    return repo.set_order(db, workbook_id, ids)


@operation(CHAPTER)
def rate_item(act: Act, item_id: str, fear: int | None, showing: Showing | None = None) -> Done[FearItem]:
    """A new fear rating (0–100, or none); the earlier ones stay in the history."""
    before = _item(act.db, act.workbook_id, item_id)
    after = repo.rate_item(act.db, act.workbook_id, item_id, fear)
    if after.fear != before.fear:  # undo records the old rating again: the history stays honest
        act.undoable(Label.of(CHAPTER, "undo_rate", label=before.label),
                     partial(_rate, act.workbook_id, item_id, before.fear),
                     partial(_rate, act.workbook_id, item_id, after.fear))
    return _done(act, after, showing)


def _rate(workbook_id: str, item_id: str, fear: int | None, db: Database) -> FearItem:
    return repo.rate_item(db, workbook_id, item_id, fear)


@operation(CHAPTER)
def relabel_item(act: Act, item_id: str, label: str, showing: Showing | None = None) -> Done[FearItem]:
    """New words for a step (double-click in the list)."""
    before = _item(act.db, act.workbook_id, item_id)
    after = repo.update_item(act.db, act.workbook_id, item_id, label=label)
    if after.label != before.label:
        act.undoable(Label.of(CHAPTER, "undo_relabel", label=after.label),
                     partial(_relabel, act.workbook_id, item_id, before.label),
                     partial(_relabel, act.workbook_id, item_id, after.label))
    return _done(act, after, showing)


def _relabel(workbook_id: str, item_id: str, label: str, db: Database) -> FearItem:
    return repo.update_item(db, workbook_id, item_id, label=label)


@operation(CHAPTER)
def set_note(act: Act, item_id: str, note: str) -> Done[FearItem]:
    """The note under the list, written while typing pauses (not undoable: it is typing)."""
    return Done(repo.update_item(act.db, act.workbook_id, item_id, note=note))


@operation(CHAPTER)
def set_mastered(act: Act, item_id: str, mastered: bool = True,
                 showing: Showing | None = None) -> Done[FearItem]:
    """Mark a step as mastered (the next one becomes the current step, §4) or practise it again."""
    before = _item(act.db, act.workbook_id, item_id)
    after = repo.set_mastered(act.db, act.workbook_id, item_id, mastered)
    if after.mastered != before.mastered:
        act.undoable(Label.of(CHAPTER, "undo_mastered" if mastered else "undo_unmastered", label=after.label),
                     partial(_master, act.workbook_id, item_id, before.mastered),
                     partial(_master, act.workbook_id, item_id, after.mastered))
    return _done(act, after, showing)


def _master(workbook_id: str, item_id: str, mastered: bool, db: Database) -> FearItem:
    return repo.set_mastered(db, workbook_id, item_id, mastered)


# ----- attempts -----------------------------------------------------------------------------
@operation(CHAPTER)
def save_attempt(act: Act, attempt: Attempt, showing: Showing | None = None) -> Done[Attempt]:
    """Plan an attempt, or complete (change) a stored one; the page then shows its step."""
    previous = repo.get_attempt(act.db, act.workbook_id, attempt.id)
    saved = repo.save_attempt(act.db, act.workbook_id, attempt)
    undo = (partial(_delete_attempt, act.workbook_id, saved.id) if previous is None
            else partial(_save_attempt, act.workbook_id, previous))
    act.undoable(Label.of(CHAPTER, "undo_complete_attempt" if previous else "undo_save_attempt",
                          label=_item(act.db, act.workbook_id, saved.item_id).label),
                 undo, partial(_save_attempt, act.workbook_id, saved))
    return _done(act, saved, _showing_item(showing, saved.item_id))


@operation(CHAPTER)
def delete_attempt(act: Act, attempt_id: str, showing: Showing | None = None) -> Done[Attempt]:
    deleted = repo.delete_attempt(act.db, act.workbook_id, attempt_id)
    act.undoable(Label.of(CHAPTER, "undo_delete_attempt"),
                 partial(_save_attempt, act.workbook_id, deleted),
                 partial(_delete_attempt, act.workbook_id, attempt_id))
    return _done(act, deleted, showing)


def _save_attempt(workbook_id: str, attempt: Attempt, db: Database) -> Attempt:
    return repo.save_attempt(db, workbook_id, attempt)


def _delete_attempt(workbook_id: str, attempt_id: str, db: Database) -> Attempt:
    return repo.delete_attempt(db, workbook_id, attempt_id)


__all__ = ["CHAPTER", "Done", "Showing", "Snapshot", "add_item", "delete_attempt", "move_item",
           "order_by_fear", "rate_item", "relabel_item", "remove_item", "save_attempt", "set_mastered",
           "set_note"]
