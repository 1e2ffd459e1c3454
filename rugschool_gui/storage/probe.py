"""Quick looks at a workbook database with the standard library only (no SQLAlchemy).

Used before the first paint: is the database ours, damaged or foreign, which workbooks does it
hold, may the app write it? Everything here takes the database's **URL** (or a
:class:`~rugschool_gui.storage.db.Database`, whose URL is used): these looks come before any
engine may be opened — a damaged or foreign file must not get the engine's WAL and PRAGMAs, and
an older file is looked at before it is migrated. Everything opens the file read-only and
changes nothing.

A practice database on a server (``postgresql://``) has no file to look at: these looks ask the
server instead (SQLAlchemy is loaded for it), and a server that cannot be reached or refuses
raises the typed errors of :mod:`~rugschool_gui.storage.errors` (``Unreachable``, ``NotAllowed``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..domain.workbooks import Workbook
from .errors import Damaged
from .url import DatabaseRef, file_of, is_server, label_of, url_of

#: Marks a file as a workbook database (``PRAGMA application_id``; "RUGS" in ASCII).
APPLICATION_ID = 0x52554753
BUSY_TIMEOUT_MS = 5000

#: what :func:`inspect_database` finds in a database that can be used
NEW, EMPTY, OURS = "new", "empty", "ours"


class DatabaseProblem(Damaged):
    """The database cannot be used; ``kind`` is ``damaged``, ``foreign`` or ``unreadable``.

    ``url`` names the database, ``label`` is what to show a person."""

    def __init__(self, kind: str, ref: DatabaseRef, detail: str = "") -> None:
        self.url = url_of(ref)
        self.label = label_of(self.url)
        super().__init__(f"{kind}: {self.label} {detail}".strip())
        self.kind = kind


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def exists(ref: DatabaseRef) -> bool:
    """Whether the database is there at all (a first start creates it; a server's is there)."""
    return True if is_server(ref) else file_of(ref).exists()


def inspect_database(ref: DatabaseRef, deep: bool = False) -> str:
    """Classify a database before we use it: ``new``, ``empty``, ``ours`` or raise.

    Raises :class:`DatabaseProblem` for a database that is damaged or belongs to another
    program; nothing is written to it. The quick look (header and schema) catches files that
    are not databases or are not ours; ``deep=True`` adds ``PRAGMA quick_check``, which reads
    every page — start-up runs that one after the first paint, since it grows with the file.
    A server's database is ``ours`` once migrated, else ``empty`` (the server checks its pages).
    """
    if is_server(ref):
        from .migrate import stored_revision

        return OURS if stored_revision(ref) is not None else EMPTY
    path = file_of(ref)
    if not path.exists() or path.stat().st_size == 0:
        return NEW
    try:
        con = _read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseProblem("unreadable", ref, str(exc)) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if deep:  # every page is read once: a big page cache only adds to the app's peak memory (#23)
            con.execute("PRAGMA cache_size=-256")
        ok = con.execute("PRAGMA quick_check").fetchone()[0] if deep else "ok"
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("damaged", ref, str(exc)) from exc
    finally:
        con.close()
    if ok != "ok":
        raise DatabaseProblem("damaged", ref, str(ok))
    if app_id == APPLICATION_ID:
        return OURS
    if not tables:
        return EMPTY
    raise DatabaseProblem("foreign", ref)


def can_write(ref: DatabaseRef) -> bool:
    """Whether the app may write the database (and what SQLite keeps beside it: -wal, -shm).
    False means: open it read-only, everything can be read and printed, nothing saved.
    On a server, what each clinician may write is the server's to say (row-level security)."""
    if is_server(ref):
        return True
    from . import files  # looked up at call time: a test stands in a read-only file here

    return files.is_writable(file_of(ref))


def _parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def live_workbooks(ref: DatabaseRef) -> list[Workbook]:
    """The workbooks not deleted, sorted by name; empty for a new or unmigrated database.

    Raises :class:`DatabaseProblem` when the workbook table itself is damaged.
    """
    if is_server(ref):
        return _server_workbooks(url_of(ref))
    path = file_of(ref)
    if not path.exists():
        return []
    con = _read_only(path)
    try:
        rows = con.execute(
            "SELECT id, name, created_at, worked_on_at FROM workbook WHERE deleted_at IS NULL"
        ).fetchall()
    except sqlite3.OperationalError:
        return []  # not migrated yet: no workbook table
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("damaged", ref, str(exc)) from exc
    finally:
        con.close()
    books = [Workbook(i, n, _parse_utc(c), _parse_utc(w)) for i, n, c, w in rows]
    return sorted(books, key=lambda b: b.name.casefold())


def _server_workbooks(url: str) -> list[Workbook]:
    """The live workbooks this clinician may see on the server (its policies choose them)."""
    from .db import Database
    from .migrate import stored_revision
    from .workbooks import list_workbooks

    if stored_revision(url) is None:
        return []
    database = Database(url, read_only=True)
    try:
        return list_workbooks(database)
    finally:
        database.close()
