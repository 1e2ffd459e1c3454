"""What one user action changed — plain data, importable before SQLAlchemy is (the undo menu
is drawn at the first paint). The machinery that records it is in ``change.py``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..storage.db import Database

#: rows that only record *that* something happened (the workbook's "last changed" stamp):
#: touching them is not a change an undo must guard against
BOOKKEEPING_TABLES = frozenset({"workbook"})
#: the pseudo-chapter of actions on whole workbooks (create, rename, delete, archive)
WORKBOOKS = "workbooks"


@dataclass(frozen=True, order=True)
class RowRef:
    """One row of one table."""

    table: str
    id: str


#: a step of undo or redo: writes through repository functions on the database it is given
Step = Callable[["Database"], object]


@dataclass(frozen=True)
class Label:
    """How a change is named in "Ongedaan maken: …": a wording key of its chapter and named
    values (user text among them is never re-read as a placeholder)."""

    chapter: str
    key: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, chapter: str, key: str, **values: object) -> Label:
        return cls(chapter, key, tuple((k, str(v)) for k, v in values.items()))


@dataclass(frozen=True)
class ChangeSet:
    """What one user action changed in one workbook."""

    workbook_id: str
    chapter: str
    created: frozenset[RowRef] = frozenset()
    changed: frozenset[RowRef] = frozenset()
    deleted: frozenset[RowRef] = frozenset()
    #: ``updated_at`` of every touched row right after the action (None: the row is gone)
    versions: dict[RowRef, datetime | None] = field(default_factory=dict)
    result: Any = None
    label: Label | None = None
    undo: Step | None = None
    redo: Step | None = None

    @property
    def undoable(self) -> bool:
        return self.undo is not None and self.redo is not None

    @property
    def empty(self) -> bool:
        return not (self.created or self.changed or self.deleted)

    def tables(self) -> frozenset[str]:
        return frozenset(r.table for r in self.created | self.changed | self.deleted)


