"""Undo and redo as operations, one pair of stacks per workbook (no Qt).

Every undoable :class:`~rugschool_gui.operations.change.ChangeSet` is pushed on the stack of
*its* workbook; switching workbook switches stacks, so Ctrl+Z never reaches into another
workbook. Before an undo (or a redo) is written, the rows it would write are checked against the
versions they had right after the change: if anything changed them since (typing, a hand-over,
another window), the undo is refused with :class:`ChangedSince` and nothing is written.
An undo or redo is itself one transaction and returns its own change set.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.errors import DomainError
from .changeset import ChangeSet, Label, RowRef

if TYPE_CHECKING:  # the stacks exist from the first paint; SQLAlchemy loads with the first undo
    from ..storage.db import Database

#: how many changes per workbook can be undone
MAX_DEPTH = 100


class ChangedSince(DomainError):
    """The rows this undo (or redo) would write changed after it was recorded."""

    key = "history.changed_since"


class NothingToUndo(DomainError):
    key = "history.nothing"


@dataclass
class Entry:
    change: ChangeSet
    #: the versions the rows must still have for this entry to be undone (or redone)
    expect: dict[RowRef, datetime | None]
    #: the workbook on screen when the change is done / undone: its own, except for deleting a
    #: workbook (done: the one shown next; undone: the deleted one, shown again)
    done_on: str = ""
    undone_on: str = ""


@dataclass
class Stacks:
    undo: list[Entry] = field(default_factory=list)
    redo: list[Entry] = field(default_factory=list)


class History:
    """The undo and redo stacks of every workbook opened in this session."""

    def __init__(self, max_depth: int = MAX_DEPTH) -> None:
        self._stacks: dict[str, Stacks] = {}
        self.max_depth = max_depth

    def _of(self, workbook_id: str) -> Stacks:
        return self._stacks.setdefault(workbook_id, Stacks())

    # ----- what the menu shows ----------------------------------------------------------------
    def can_undo(self, workbook_id: str) -> bool:
        return bool(self._of(workbook_id).undo)

    def can_redo(self, workbook_id: str) -> bool:
        return bool(self._of(workbook_id).redo)

    def undo_label(self, workbook_id: str) -> Label | None:
        stack = self._of(workbook_id).undo
        return stack[-1].change.label if stack else None

    def redo_label(self, workbook_id: str) -> Label | None:
        stack = self._of(workbook_id).redo
        return stack[-1].change.label if stack else None

    # ----- recording ------------------------------------------------------------------------------
    def record(self, change: ChangeSet, on: str | None = None) -> None:
        """Remember an undoable change on the stack of its workbook — or of ``on``, the workbook
        shown after it (deleting a workbook) — and clear that stack's redo."""
        if not change.undoable:
            return
        stacks = self._of(on or change.workbook_id)
        stacks.undo.append(Entry(change, dict(change.versions), on or change.workbook_id, change.workbook_id))
        del stacks.undo[:-self.max_depth]
        stacks.redo.clear()

    def forget(self, workbook_id: str | None = None) -> None:
        """Drop the history of one workbook (deleted for good) or of all (a restored backup)."""
        if workbook_id is None:
            self._stacks.clear()
        else:
            self._stacks.pop(workbook_id, None)

    # ----- undo and redo --------------------------------------------------------------------------
    def undo(self, db: Database, workbook_id: str) -> ChangeSet:
        return self._step(db, self._of(workbook_id).undo, backwards=True)

    def redo(self, db: Database, workbook_id: str) -> ChangeSet:
        return self._step(db, self._of(workbook_id).redo, backwards=False)

    def _step(self, db: Database, source: list[Entry], *, backwards: bool) -> ChangeSet:
        if not source:
            raise NothingToUndo()
        entry = source[-1]
        home = self._of(entry.undone_on if backwards else entry.done_on)
        target = home.redo if backwards else home.undo
        change = entry.change
        step = change.undo if backwards else change.redo
        assert step is not None
        from .change import Act, read_versions, recorded

        act = Act(db, change.workbook_id, change.chapter, change.label, change.undo, change.redo)
        with recorded(db) as (session, recorder):
            now = read_versions(session, set(entry.expect))
            if now != entry.expect:
                raise ChangedSince(label=change.label)
            result = step(db)
            session.flush()
            done = recorder.change_set(act, session, result)
        source.pop()
        versions = done.versions
        target.append(Entry(change, dict(versions), entry.done_on, entry.undone_on))
        for other in source:  # the entries below now expect the restored rows' new versions
            for ref in other.expect.keys() & versions.keys():
                other.expect[ref] = versions[ref]
        return replace(done, label=change.label)
