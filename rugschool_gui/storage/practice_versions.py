"""Optimistic concurrency on a practice database: a write to a row that someone else changed since
this app last read it is refused (:class:`~rugschool_gui.storage.errors.Conflict`), never a silent
overwrite.

Every row carries its version: ``updated_at``. The app remembers, per open database, the version
of each row it last read or wrote (rows loaded through the ORM, which is how every repository reads
what a page shows and what an operation changes). When an action's transaction loads a row whose
version differs from the one remembered and then changes or deletes it, the flush raises
``Conflict``: nothing of the action is written; the window says so kindly and reloads, so the
clinician sees the colleague's change before making theirs again. What is remembered is updated
only when a transaction commits (a refused action leaves it as it was).

Two transactions that overlap in time are caught by the server itself: the engine uses
``REPEATABLE READ`` (``storage/practice.py``), where the second UPDATE of a row fails with a
serialization error, also a ``Conflict``.

Only a practice database uses this: one person's own SQLite file has no second writer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from .errors import Conflict

Key = tuple[str, str]  # (table, id)
_LOADED, _STALE, _WRITTEN = "rugschool_loaded", "rugschool_stale", "rugschool_written"


def _key(obj: object) -> Key | None:
    table = getattr(type(obj), "__tablename__", None)
    row_id = obj.__dict__.get("id") if hasattr(obj, "__dict__") else None
    return (table, str(row_id)) if table and row_id is not None else None


#: columns that only keep time (the workbook's "worked on" is touched by every action in it)
CLOCKS = frozenset({"updated_at", "worked_on_at"})


def _changed_beyond_clocks(obj: object) -> bool:
    state = inspect(obj)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key not in CLOCKS)


class SeenVersions:
    """The row versions one open database last saw; attached to its session factory."""

    def __init__(self) -> None:
        self.seen: dict[Key, datetime] = {}

    def attach(self, sessions: sessionmaker[Session]) -> None:
        event.listen(sessions, "loaded_as_persistent", self._loaded)
        event.listen(sessions, "before_flush", self._before_flush)
        event.listen(sessions, "after_flush", self._after_flush)
        event.listen(sessions, "before_commit", self._before_commit)
        event.listen(sessions, "after_commit", self._after_commit)

    def forget(self) -> None:
        """Forget every version (after a restore or an import wrote rows wholesale)."""
        self.seen.clear()

    # ----- session events ---------------------------------------------------------------------
    def _loaded(self, session: Session, obj: object) -> None:
        key = _key(obj)
        version = obj.__dict__.get("updated_at")
        if key is None or not isinstance(version, datetime):
            return
        before = self.seen.get(key)
        if before is not None and before != version:
            session.info.setdefault(_STALE, set()).add(key)
        session.info.setdefault(_LOADED, {})[key] = version

    def _before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        stale = session.info.get(_STALE)
        if not stale:
            return
        for obj in list(session.dirty) + list(session.deleted):
            key = _key(obj)
            if key is not None and key in stale and (obj in session.deleted or _changed_beyond_clocks(obj)):
                raise Conflict(f"{key[0]} changed meanwhile")

    def _after_flush(self, session: Session, _context: Any) -> None:
        written = session.info.setdefault(_WRITTEN, set())
        for obj in [*session.new, *session.dirty, *session.deleted]:
            key = _key(obj)
            if key is not None:
                written.add(key)

    def _before_commit(self, session: Session) -> None:
        session.flush()  # commit's own flush comes after this event: the last writes first
        written: set[Key] = session.info.get(_WRITTEN, set())
        if not written:
            return
        from .base import Base

        by_table: dict[str, list[str]] = {}
        for table_name, row_id in written:
            by_table.setdefault(table_name, []).append(row_id)
        loaded = session.info.setdefault(_LOADED, {})
        for name, ids in by_table.items():
            table = Base.metadata.tables.get(name)
            if table is None or "updated_at" not in table.c:
                continue
            now = dict(session.execute(select(table.c.id, table.c.updated_at)
                                       .where(table.c.id.in_(ids))).all())
            for row_id in ids:
                version = now.get(row_id)
                if version is None:
                    loaded.pop((name, row_id), None)
                    self.seen.pop((name, row_id), None)
                else:
                    loaded[(name, row_id)] = version

    def _after_commit(self, session: Session) -> None:
        self.seen.update(session.info.pop(_LOADED, {}))
        session.info.pop(_STALE, None)
        session.info.pop(_WRITTEN, None)
