"""The engine of a workbook database: SQLite with the PRAGMAs that make it safe (below), or a
practice database on a PostgreSQL server (``storage/practice.py``).

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
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from .errors import classify
from .files import make_private, touch_private
from .probe import APPLICATION_ID, DatabaseProblem, inspect_database  # noqa: F401  (re-exported)
from .url import as_url, is_server, label_of, sqlite_path

if TYPE_CHECKING:
    from .practice_versions import SeenVersions

BUSY_TIMEOUT_MS = 5000


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA cache_size=-16384")  # 16 MiB of pages (not 2): years of entries read once
    cur.execute("PRAGMA secure_delete=ON")  # deleted health data is overwritten, not left behind
    cur.close()


def _begin_immediate(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_deferred(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _read_only_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.close()


#: the page cache of a connection that reads each page once (KiB)
READ_ONCE_CACHE_KIB = 256


def _small_page_cache(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute(f"PRAGMA cache_size=-{READ_ONCE_CACHE_KIB}")


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on ``path`` with the safety PRAGMAs on every connection; ``read_only`` for a
    file the app may not write (every write then fails with a kind message, nothing is changed)."""
    # hide_parameters: an error message never carries what was typed (health text) into the log
    if read_only:
        engine = create_engine(f"sqlite:///file:{Path(path)}?mode=ro&uri=true", future=True,
                               hide_parameters=True, connect_args={"uri": True})
        event.listen(engine, "connect", _read_only_pragmas)
        event.listen(engine, "begin", _begin_deferred)
        return engine
    engine = create_engine(f"sqlite:///{Path(path)}", future=True, hide_parameters=True)
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


class Database:
    """One workbook database, made from a URL (``sqlite:///path`` by default, or a practice
    database ``postgresql://host/dbname`` on a server: :mod:`~rugschool_gui.storage.practice`).

    Repositories, backup and hand-over take this object, never a file path; what must look at
    a database before an engine may be opened (``probe``, ``migrate``, a restore onto a damaged
    file) takes its URL (``storage.url``), and accepts this object for its URL too. Use
    ``with db.transaction() as s:``; a transaction opened inside another one (a repository
    function called by an operation) joins it, so one user action is one ``BEGIN``.
    Failures of the disk or the database come out as :mod:`~rugschool_gui.storage.errors` types.
    """

    def __init__(self, url_or_path: str | Path, read_only: bool = False, read_once: bool = False) -> None:
        """``read_once``: a reader that reads each page once (the overview read ahead) gets a
        small page cache; the default one only adds to the app's peak memory (#23)."""
        self.url = as_url(url_or_path)
        self.read_only = read_only
        self.dialect = self.url.split(":", 1)[0].split("+", 1)[0]
        self.path: Path | None = sqlite_path(self.url)
        if is_server(self.url):  # a practice database (storage/practice.py)
            from .practice import make_engine as server_engine

            self.dialect = "postgresql"
            self.engine = server_engine(self.url, read_only)
        elif self.path is None:
            raise ValueError(f"unsupported database URL: {self.dialect}")
        else:
            if not self.path.exists() and not read_only:
                touch_private(self.path)
            self.engine = make_engine(self.path, read_only)
            if read_once:
                event.listen(self.engine, "connect", _small_page_cache)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    make_private(side)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.seen_versions: SeenVersions | None = None
        if self.dialect == "postgresql":  # a second writer: never overwrite a change unseen
            from .practice_versions import SeenVersions

            self.seen_versions = SeenVersions()
            self.seen_versions.attach(self._sessions)
        self._open: ContextVar[Session | None] = ContextVar(f"open_session_{id(self)}", default=None)

    @classmethod
    def sqlite(cls, path: Path, read_only: bool = False) -> Database:
        return cls(path, read_only=read_only)

    @property
    def label(self) -> str:
        """What to show a person: the file for SQLite, the URL without a password for a server."""
        return label_of(self.url)

    @property
    def in_transaction(self) -> bool:
        return self._open.get() is not None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction (``BEGIN IMMEDIATE`` on SQLite, ``REPEATABLE READ`` on a
        server): committed at the end, or rolled back.
        Inside an open transaction of this database, the same session (no new ``BEGIN``)."""
        current = self._open.get()
        if current is not None:
            yield current
            return
        try:
            with self._sessions() as session, session.begin():
                token = self._open.set(session)
                try:
                    yield session
                finally:
                    self._open.reset(token)
        except Exception as exc:
            typed = classify(exc)
            if typed is None or typed is exc:
                raise
            raise typed from exc

    def read_pragma(self, name: str) -> Any:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.engine.dispose()


#: the former name; every caller now uses :class:`Database`
Store = Database
