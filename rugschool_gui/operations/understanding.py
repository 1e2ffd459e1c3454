"""Actions of "understanding the pain" (WORKBOOK.md §1): note, change and delete an entry of the
chain diary. Each is one transaction and undoable."""

from __future__ import annotations

from ..domain.chapters import UNDERSTANDING
from ..domain.understanding import ChainEntry, validate_chain
from ..storage import understanding as repo
from .change import Act, Label, operation
from .rows import RowKind

ENTRIES: RowKind[ChainEntry] = RowKind(repo.save_entry, repo.delete_entry)


@operation(UNDERSTANDING)
def save_entry(act: Act, entry: ChainEntry) -> ChainEntry:
    """A new entry (``entry.id`` None) or a change to one; returns the entry as kept."""
    before = repo.get_entry(act.db, act.workbook_id, entry.id) if entry.id else None
    if before is not None and validate_chain(entry) == before:
        return before  # saved unchanged: nothing to write, nothing to undo
    after = repo.save_entry(act.db, act.workbook_id, entry)
    ENTRIES.saved(act, before, after, added=Label.of(UNDERSTANDING, "undo_add_entry"),
                  edited=Label.of(UNDERSTANDING, "undo_change_entry"))
    return after


@operation(UNDERSTANDING)
def delete_entry(act: Act, entry_id: str) -> ChainEntry:
    """Delete an entry (a tombstone: undo brings it back as it was); returns what was deleted."""
    gone = repo.get_entry(act.db, act.workbook_id, entry_id)
    repo.delete_entry(act.db, act.workbook_id, entry_id)
    ENTRIES.deleted(act, gone, Label.of(UNDERSTANDING, "undo_delete_entry"))
    return gone
