"""Actions of "understanding the pain" (WORKBOOK.md §1): note, change and delete an entry of the
chain diary. Each is one transaction and undoable."""

from __future__ import annotations

from functools import partial

from ..domain.chapters import UNDERSTANDING
from ..domain.understanding import ChainEntry, validate_chain
from ..storage import understanding as repo
from ..storage.db import Database
from .change import Act, Label, operation


@operation(UNDERSTANDING)
def save_entry(act: Act, entry: ChainEntry) -> ChainEntry:
    """A new entry (``entry.id`` None) or a change to one; returns the entry as kept."""
    before = repo.get_entry(act.db, act.workbook_id, entry.id) if entry.id else None
    if before is not None and validate_chain(entry) == before:
        return before  # saved unchanged: nothing to write, nothing to undo
    after = repo.save_entry(act.db, act.workbook_id, entry)
    assert after.id is not None
    if before is None:
        act.undoable(Label.of(UNDERSTANDING, "undo_add_entry"),
                     partial(_delete, act.workbook_id, after.id), partial(_save, act.workbook_id, after))
    else:
        act.undoable(Label.of(UNDERSTANDING, "undo_change_entry"),
                     partial(_save, act.workbook_id, before), partial(_save, act.workbook_id, after))
    return after


@operation(UNDERSTANDING)
def delete_entry(act: Act, entry_id: str) -> ChainEntry:
    """Delete an entry (a tombstone: undo brings it back as it was); returns what was deleted."""
    gone = repo.get_entry(act.db, act.workbook_id, entry_id)
    repo.delete_entry(act.db, act.workbook_id, entry_id)
    act.undoable(Label.of(UNDERSTANDING, "undo_delete_entry"),
                 partial(_save, act.workbook_id, gone), partial(_delete, act.workbook_id, entry_id))
    return gone


def _save(workbook_id: str, entry: ChainEntry, db: Database) -> ChainEntry:
    return repo.save_entry(db, workbook_id, entry)


def _delete(workbook_id: str, entry_id: str, db: Database) -> bool:
    return repo.delete_entry(db, workbook_id, entry_id)
