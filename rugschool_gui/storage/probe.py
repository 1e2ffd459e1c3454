"""Quick looks at a database file with the standard library only (no SQLAlchemy).

Used before the first paint: is the file ours, damaged or foreign, and which workbooks does it
hold? Everything here opens the file read-only and changes nothing.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from ..domain.workbooks import Workbook

#: Marks a file as a workbook database (``PRAGMA application_id``; "RUGS" in ASCII).
APPLICATION_ID = 0x52554753
BUSY_TIMEOUT_MS = 5000


class DatabaseProblem(Exception):
    """The database file cannot be used; ``kind`` is ``damaged``, ``foreign`` or ``unreadable``."""

    def __init__(self, kind: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{kind}: {path} {detail}".strip())
        self.kind = kind
        self.path = Path(path)


def inspect_file(path: Path, deep: bool = False) -> str:
    """Classify a database file before we use it: ``new``, ``empty``, ``ours`` or raise.

    Raises :class:`DatabaseProblem` for a file that is damaged or belongs to another program;
    nothing is written to it. The quick look (header and schema) catches files that are not
    databases or are not ours; ``deep=True`` adds ``PRAGMA quick_check``, which reads every
    page — start-up runs that one after the first paint, since it grows with the file.
    """
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return "new"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseProblem("unreadable", path, str(exc)) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        ok = con.execute("PRAGMA quick_check").fetchone()[0] if deep else "ok"
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("damaged", path, str(exc)) from exc
    finally:
        con.close()
    if ok != "ok":
        raise DatabaseProblem("damaged", path, ok)
    if app_id == APPLICATION_ID:
        return "ours"
    if not tables:
        return "empty"
    raise DatabaseProblem("foreign", path)


def _parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def live_workbooks(path: Path) -> list[Workbook]:
    """The workbooks not deleted, sorted by name; empty for a new or unmigrated file.

    Raises :class:`DatabaseProblem` when the workbook table itself is damaged.
    """
    path = Path(path)
    if not path.exists():
        return []
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT id, name, created_at, worked_on_at FROM workbook WHERE deleted_at IS NULL"
        ).fetchall()
    except sqlite3.OperationalError:
        return []  # not migrated yet: no workbook table
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem("damaged", path, str(exc)) from exc
    finally:
        con.close()
    books = [Workbook(i, n, _parse_utc(c), _parse_utc(w)) for i, n, c, w in rows]
    return sorted(books, key=lambda b: b.name.casefold())
