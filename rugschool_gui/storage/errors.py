"""Typed failures of the database or the disk, so no caller has to read a driver's message.

:func:`classify` turns whatever SQLite, PostgreSQL (psycopg 3) and the operating system raise
into one of these; :class:`~rugschool_gui.storage.db.Database` raises only them from a
transaction. The UI words each type once (``ui/messages.storage_message``).
"""

from __future__ import annotations

import errno
import sqlite3


class StorageError(Exception):
    """The database could not do what was asked; nothing of the failed transaction was written."""

    kind = "unavailable"


class ReadOnly(StorageError):
    """The database file, its folder or the disk cannot be written."""

    kind = "read_only"


class DiskFull(StorageError):
    """No room left on the disk (or over the user's quota)."""

    kind = "disk_full"


class Locked(StorageError):
    """Another program holds the database for longer than the busy timeout."""

    kind = "locked"


class Damaged(StorageError):
    """The file is not a usable workbook database (damaged, or not a database at all)."""

    kind = "damaged"


class TooNew(StorageError):
    """The database was made by a newer version of the app."""

    kind = "too_new"


class Unavailable(StorageError):
    """Any other failure of the database (a server that cannot be reached, an I/O error)."""

    kind = "unavailable"


class Unreachable(Unavailable):
    """The database server cannot be reached (no network, server down, wrong host or name)."""

    kind = "unreachable"


class NotAllowed(StorageError):
    """The server refused: a wrong or missing password, or no permission for this workbook."""

    kind = "not_allowed"


class Conflict(StorageError):
    """Someone else changed the same rows meanwhile; nothing of this action was written.
    Reload what is shown and make the change again."""

    kind = "conflict"


_BY_SQLITE_CODE = {
    "SQLITE_READONLY": ReadOnly, "SQLITE_FULL": DiskFull, "SQLITE_BUSY": Locked,
    "SQLITE_LOCKED": Locked, "SQLITE_CORRUPT": Damaged, "SQLITE_NOTADB": Damaged,
    "SQLITE_CANTOPEN": ReadOnly, "SQLITE_PERM": ReadOnly, "SQLITE_AUTH": ReadOnly,
}


def _sqlite_kind(exc: sqlite3.Error) -> type[StorageError] | None:
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, kind in _BY_SQLITE_CODE.items():
        if name.startswith(prefix):
            return kind
    text = str(exc).lower()  # before Python 3.11 errors had no code; the message is stable
    if "readonly" in text or "read-only" in text:
        return ReadOnly
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull
    if "locked" in text or "busy" in text:
        return Locked
    if "malformed" in text or "not a database" in text:
        return Damaged
    return None


def classify(exc: BaseException) -> StorageError | None:
    """The typed error for a driver, SQLAlchemy or OS failure, or None for anything else
    (a mistake in the program stays what it is)."""
    if isinstance(exc, StorageError):
        return exc
    original = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(original, BaseException) and original is not exc:
        found = classify(original)
        if found is not None:
            return found
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(str(exc))
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnly(str(exc))
        return Unavailable(str(exc))
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError):
        return None  # a broken rule or a wrong statement: the program's mistake, not the disk's
    if isinstance(exc, sqlite3.Error):
        return (_sqlite_kind(exc) or Unavailable)(str(exc))
    if type(exc).__module__.startswith("psycopg"):
        return _psycopg_kind(exc)
    if type(exc).__name__ == "StaleDataError":  # an UPDATE found the row changed or gone
        return Conflict(str(exc))
    return None


#: SQLSTATE classes and codes of PostgreSQL (appendix A of its manual) → our kinds
_BY_SQLSTATE: dict[str, type[StorageError]] = {
    "28000": NotAllowed, "28P01": NotAllowed, "42501": NotAllowed,  # login refused; no permission
    "40001": Conflict, "40P01": Conflict,  # serialization failure (concurrent update); deadlock
    "25006": ReadOnly, "53100": DiskFull, "3D000": Unreachable,  # no such database
    "53300": Unavailable, "57P01": Unreachable, "57P02": Unreachable, "57P03": Unreachable,
}


def _psycopg_kind(exc: BaseException) -> StorageError | None:
    """psycopg 3's errors by SQLSTATE; a failed connection has none (only a message)."""
    state = getattr(exc, "sqlstate", None) or ""
    if state in _BY_SQLSTATE:
        return _BY_SQLSTATE[state](str(exc))
    if state.startswith("08"):
        return Unreachable(str(exc))
    name = type(exc).__name__
    if name == "OperationalError" and not state:
        text = str(exc).lower()
        if "password" in text or "authentication" in text or "no pg_hba.conf entry" in text:
            return NotAllowed(str(exc))
        if "permission denied" in text:
            return NotAllowed(str(exc))
        return Unreachable(str(exc))
    if name in ("OperationalError", "InternalError", "DiskFull"):
        return Unavailable(str(exc))
    return None  # a broken rule or a wrong statement: the program's mistake
