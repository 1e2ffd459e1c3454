"""The home page shown again at start-up from what it showed last time (issue #23), with the
standard library only: this runs before SQLAlchemy has loaded.

The home page is read through the chapters' storage functions, which load SQLAlchemy and its
ORM (~0.5 s on a laptop). So that a start does not wait for that, every time the page is read
properly its texts are kept in ``home_snapshot`` together with a **stamp** of the workbook's
data, and the next start shows those texts only when the stamp is still the same:

* the stamp covers every table with rows of the workbook (found in the schema, directly through
  ``workbook_id`` or through a foreign key to such a table): for each, the number of live rows
  (not deleted), the newest ``updated_at`` and the sum of all of them — any row added, changed,
  deleted or merged from a hand-over file changes it (every write sets ``updated_at``; a merged
  row brings its own; a deleted row leaves the count). Live rows only, because the indexes that
  start with ``workbook_id`` are on live rows: 5 years of check-ins take ~3 ms instead of ~80;
* the key adds what else the texts depend on: the day, the language, the app's version and the
  database revision;
* first of all the stamp holds the file's change counter (``storage/data_change.py``, kept by
  SQLite's triggers): when it is the same, nothing at all changed and the fingerprint is not
  computed (~1 ms instead of ~10–20 ms on 5 years of 200 workbooks). When another workbook
  changed, the counter differs but this workbook's fingerprint still matches.

Whatever happens, the page is read properly a moment later (``ui/startup.py``), so a stamp that
missed a change shows old texts for well under a second, never longer. Everything here opens
the file read-only; any problem means "no snapshot".
"""

from __future__ import annotations

import json
import logging
import sqlite3

from .data_change import read_counter

log = logging.getLogger(__name__)

#: tables that are not part of a workbook's data (the snapshot itself, Alembic's bookkeeping,
#: the change counter)
NOT_DATA = frozenset({"home_snapshot", "alembic_version", "data_change"})


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def workbook_filters(conn: sqlite3.Connection) -> dict[str, str]:
    """Each table holding part of a workbook → the SQL condition (one ``?``, the workbook's id)
    that selects that workbook's rows; only tables with an ``updated_at`` column."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    columns = {t: _columns(conn, t) for t in tables if t not in NOT_DATA}
    filters: dict[str, str] = {}
    for table, cols in columns.items():
        live = " AND deleted_at IS NULL" if "deleted_at" in cols else ""  # the indexes are on live rows
        if table == "workbook":
            filters[table] = "id = ?"
        elif "workbook_id" in cols:
            filters[table] = "workbook_id = ?" + live
    for table, cols in columns.items():  # a child reaches its workbook through its parent
        if table in filters:
            continue
        for fk in conn.execute("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)", (table,)):
            parent, column, target = fk
            if parent in filters and parent != "workbook" and "workbook_id" in columns.get(parent, ()):
                live = " AND deleted_at IS NULL" if "deleted_at" in cols else ""
                filters[table] = (f"{_quoted(column)} IN (SELECT {_quoted(target or 'id')} FROM "
                                  f"{_quoted(parent)} WHERE {filters[parent]}){live}")
                break
    return {t: f for t, f in filters.items() if "updated_at" in columns[t]}


def data_stamp(conn: sqlite3.Connection, workbook_id: str) -> str:
    """A short fingerprint of everything the workbook holds (see the module's docstring)."""
    parts = []
    for table, where in sorted(workbook_filters(conn).items()):
        count, newest, total = conn.execute(
            f"SELECT count(*), max(updated_at), total(julianday(updated_at)) FROM {_quoted(table)} "
            f"WHERE {where}", (workbook_id,)).fetchone()
        parts.append(f"{table}:{count}:{newest}:{total!r}")
    from ..lean_imports import hashlib_module

    digest: str = hashlib_module().sha256("\n".join(parts).encode()).hexdigest()
    return digest


def snapshot_key(workbook_id: str, day: str, language: str, version: str, revision: str) -> str:
    """What the shown texts depend on besides the data."""
    return json.dumps([workbook_id, day, language, version, revision])


#: the page cache of the stamp's own connection (KiB): the stamp reads each page once, and a
#: larger cache only stays in the app's memory (the default 2 MiB added ~7 MiB to the peak)
CACHE_KIB = 256


def open_read_only(path: str) -> sqlite3.Connection:
    """A short-lived read-only connection with a small page cache, for the stamp."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute("PRAGMA busy_timeout = 2000")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def file_stamp(conn: sqlite3.Connection, workbook_id: str) -> str:
    """The stamp kept with a snapshot: the change counter, then the workbook's fingerprint."""
    return f"{read_counter(conn)}|{data_stamp(conn, workbook_id)}"


def stamp_of_file(path: str, workbook_id: str) -> str:
    """:func:`file_stamp` read through its own small read-only connection."""
    conn = open_read_only(path)
    try:
        conn.execute("BEGIN")  # the counter and the fingerprint from one picture
        return file_stamp(conn, workbook_id)
    finally:
        conn.close()


def counter_of_file(path: str) -> int | None:
    """The file's change counter, read through its own read-only connection."""
    conn = open_read_only(path)
    try:
        return read_counter(conn)
    finally:
        conn.close()


def still_valid(conn: sqlite3.Connection, workbook_id: str, key: str, stamp: str) -> bool:
    """Whether ``stamp`` (kept with a snapshot) still describes the data under ``key``: the same
    change counter, or else the same fingerprint of this workbook."""
    if not stamp.startswith(f"{key}|"):
        return False
    counter, _, fingerprint = stamp[len(key) + 1:].partition("|")
    now = read_counter(conn)
    if now is not None and counter == str(now):
        return True
    return fingerprint == data_stamp(conn, workbook_id)


def read_snapshot(path: str, workbook_id: str, key: str) -> dict | None:
    """The home page's texts last shown for ``workbook_id``, when nothing changed since: same key
    and same data (:func:`still_valid`); else None. Read-only, standard library only."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        conn.execute("BEGIN")  # the stamp and the snapshot from one consistent picture
        row = conn.execute("SELECT stamp, view FROM home_snapshot WHERE workbook_id = ?", (workbook_id,)).fetchone()
        if row is None:
            return None
        stamp, view = row
        if not still_valid(conn, workbook_id, key, stamp):
            return None
        loaded = json.loads(view)
        return loaded if isinstance(loaded, dict) else None
    except (sqlite3.Error, ValueError):
        log.warning("the home page snapshot could not be read", exc_info=True)
        return None
    finally:
        conn.close()
