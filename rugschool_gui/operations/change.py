"""A user action as one transaction that says what it changed and how to undo it.

An operation is a function ``(act, *values)`` decorated with :func:`operation`. It is called as
``op(db, workbook_id, *values)``: one transaction is opened, every repository function it calls
joins it, and a :class:`ChangeSet` comes back — the rows created, changed and deleted (recorded
from the session, not declared by hand), the operation's result, and, when the operation said
so with :meth:`Act.undoable`, how to undo and redo it. A refused input
(:class:`~rugschool_gui.domain.errors.DomainError`) rolls everything back and is raised as is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ..domain.errors import DomainError
from ..storage.base import Base
from ..storage.db import Database
from .changeset import BOOKKEEPING_TABLES, WORKBOOKS, ChangeSet, Label, RowRef, Step

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class Act:
    """What an operation's body works with: the database (its transaction is open), the
    workbook, and a place to say how the action is undone."""

    db: Database
    workbook_id: str
    chapter: str
    label: Label | None = None
    undo: Step | None = None
    redo: Step | None = None

    def undoable(self, label: Label, undo: Step, redo: Step) -> None:
        self.label, self.undo, self.redo = label, undo, redo


class Recorder:
    """Collects the rows a session writes (after every flush) and their versions."""

    def __init__(self) -> None:
        self.created: set[RowRef] = set()
        self.changed: set[RowRef] = set()
        self.deleted: set[RowRef] = set()
        self._objects: dict[RowRef, object] = {}

    def listen(self, session: Session) -> None:
        event.listen(session, "after_flush", self._after_flush)

    def _after_flush(self, session: Session, _context: object) -> None:
        for obj in session.new:
            ref = _ref(obj)
            if ref is not None:
                self.created.add(ref)
                self._objects[ref] = obj
        for obj in session.dirty:
            ref = _ref(obj)
            if ref is not None and session.is_modified(obj, include_collections=False):
                if getattr(obj, "deleted_at", None) is not None:
                    self.deleted.add(ref)  # a tombstone is a deletion for whoever shows the row
                else:
                    self.changed.add(ref)
                self._objects[ref] = obj
        for obj in session.deleted:
            ref = _ref(obj)
            if ref is not None:
                self.deleted.add(ref)
                self._objects.pop(ref, None)

    def versions(self, session: Session, chapter: str) -> dict[RowRef, datetime | None]:
        """The current ``updated_at`` of every touched row (None when it no longer exists); the
        workbook's own row only for an action on the workbook itself (rename, delete)."""
        refs = (self.created | self.changed | self.deleted)
        skip = frozenset() if chapter == WORKBOOKS else BOOKKEEPING_TABLES
        return read_versions(session, {r for r in refs if r.table not in skip})

    def change_set(self, act: Act, session: Session, result: object) -> ChangeSet:
        deleted = frozenset(self.deleted)
        created = frozenset(self.created - deleted)
        changed = frozenset(self.changed - created - deleted)
        return ChangeSet(act.workbook_id, act.chapter, created, changed, deleted,
                         self.versions(session, act.chapter), result, act.label, act.undo, act.redo)


def _ref(obj: object) -> RowRef | None:
    table = getattr(type(obj), "__tablename__", None)
    row_id = getattr(obj, "id", None)
    if table is None or row_id is None:
        return None
    return RowRef(table, str(row_id))


def read_versions(session: Session, refs: set[RowRef]) -> dict[RowRef, datetime | None]:
    out: dict[RowRef, datetime | None] = {}
    by_table: dict[str, list[str]] = {}
    for ref in refs:
        by_table.setdefault(ref.table, []).append(ref.id)
    for name, ids in by_table.items():
        table = Base.metadata.tables[name]
        found = dict(session.execute(select(table.c.id, table.c.updated_at).where(table.c.id.in_(ids))).all())
        for row_id in ids:
            value = found.get(row_id)
            out[RowRef(name, row_id)] = _as_utc(value)
    return out


def _as_utc(value: object) -> datetime | None:
    from datetime import UTC

    if value is None:
        return None
    if isinstance(value, str):  # Core select on SQLite gives the stored text
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@contextmanager
def recorded(db: Database) -> Iterator[tuple[Session, Recorder]]:
    """One transaction on ``db`` whose writes are recorded."""
    if db.in_transaction:
        raise RuntimeError("an operation cannot run inside another one's transaction")
    recorder = Recorder()
    with db.transaction() as session:
        recorder.listen(session)
        yield session, recorder


def operation(chapter: str) -> Callable[[Callable[Concatenate[Act, P], T]],
                                        Callable[Concatenate[Database, str, P], ChangeSet]]:
    """Make ``fn(act, *values)`` a user action: ``fn(db, workbook_id, *values) -> ChangeSet``."""

    def wrap(fn: Callable[Concatenate[Act, P], T]) -> Callable[Concatenate[Database, str, P], ChangeSet]:
        @functools.wraps(fn)
        def run(db: Database, workbook_id: str, /, *args: P.args, **kwargs: P.kwargs) -> ChangeSet:
            act = Act(db, workbook_id, chapter)
            with recorded(db) as (session, recorder):
                result = fn(act, *args, **kwargs)
                session.flush()
                return recorder.change_set(act, session, result)

        run.chapter = chapter  # type: ignore[attr-defined]
        return run

    return wrap


__all__ = ["Act", "ChangeSet", "DomainError", "Label", "Recorder", "RowRef", "Step", "operation",
           "read_versions", "recorded"]
