"""The SQLite engine of a workbook database, with the PRAGMAs that make it safe.

* ``journal_mode=WAL`` + ``synchronous=FULL``: a committed edit survives a crash or power cut.
* ``foreign_keys=ON`` and ``busy_timeout``.
* Real transactions on Python 3.11: pysqlite's own transaction handling is switched off
  (``isolation_level = None``) and SQLAlchemy's ``begin`` event emits ``BEGIN IMMEDIATE``
  (SQLAlchemy's documented recipe), so a write lock is taken at the start of every unit of work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from .files import make_private, touch_private
from .probe import APPLICATION_ID, DatabaseProblem, inspect_file  # noqa: F401  (re-exported)

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA cache_size=-16384")  # 16 MiB of pages (not 2): years of entries read once
    cur.execute("PRAGMA secure_delete=ON")  # deleted health data is overwritten, not left behind
    cur.close()


def _begin_immediate(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _read_only_pragmas(dbapi_connection: sqlite3.Connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on ``path`` with the safety PRAGMAs on every connection; ``read_only`` for a
    file the app may not write (every write then fails with a kind message, nothing is changed)."""
    # hide_parameters: an error message never carries what was typed (health text) into the log
    if read_only:
        engine = create_engine(f"sqlite:///file:{Path(path)}?mode=ro&uri=true", future=True,
                               hide_parameters=True, connect_args={"uri": True})
        event.listen(engine, "connect", _read_only_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    engine = create_engine(f"sqlite:///{Path(path)}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


class Store:
    """One open workbook database. Use ``with store.transaction() as s:`` per user action."""

    def __init__(self, path: Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if not self.path.exists() and not read_only:
            touch_private(self.path)
        self.engine = make_engine(self.path, read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                make_private(side)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one ``BEGIN IMMEDIATE`` transaction: committed at the end, or rolled back."""
        with self._sessions() as session, session.begin():
            yield session

    def read_pragma(self, name: str):
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

    def close(self) -> None:
        self.engine.dispose()
