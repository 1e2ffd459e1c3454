"""Undo and redo for the plain case: one row saved or deleted through its repository.

Most chapters keep lists of rows that are added, edited and deleted as a whole (a chain-diary
entry, a valued activity, a score, a relaxation session, a practice situation, a substitute).
Their undo is always the same: a new row is deleted again, an edited row gets back what it said,
a deleted row comes back as it was. :class:`RowKind` says it once, given the repository's own
save and delete; operations with more to undo (an order, a schedule, a week) keep their own steps.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Generic, Protocol, TypeVar

from ..storage.db import Database
from .change import Act, Label


class Row(Protocol):
    @property
    def id(self) -> str | None: ...


R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class RowKind(Generic[R]):
    """One kind of row as undo and redo write it: ``save(db, workbook_id, row)`` (which keeps the
    row's id) and ``delete(db, workbook_id, row_id)``."""

    save: Callable[[Database, str, R], object]
    delete: Callable[[Database, str, str], object]

    def saved(self, act: Act, before: R | None, after: R, *, added: Label, edited: Label) -> None:
        """Undo for saving ``after``: delete it when it is new (``before`` None), put ``before``
        back when it was edited; nothing to undo when nothing changed."""
        assert after.id is not None
        if before is None:
            act.undoable(added, partial(self._delete, act.workbook_id, after.id),
                         partial(self._save, act.workbook_id, after))
        elif before != after:
            act.undoable(edited, partial(self._save, act.workbook_id, before),
                         partial(self._save, act.workbook_id, after))

    def deleted(self, act: Act, gone: R, label: Label) -> None:
        """Undo for deleting ``gone``: it comes back as it was (same id)."""
        assert gone.id is not None
        act.undoable(label, partial(self._save, act.workbook_id, gone), partial(self._delete, act.workbook_id, gone.id))

    def _save(self, workbook_id: str, row: R, db: Database) -> object:
        return self.save(db, workbook_id, row)

    def _delete(self, workbook_id: str, row_id: str, db: Database) -> object:
        return self.delete(db, workbook_id, row_id)
