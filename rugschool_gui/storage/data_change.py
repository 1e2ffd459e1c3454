"""A counter of every change to a workbook file, kept by SQLite itself (issue #23).

``data_change`` has one row; triggers on every data table add one to its ``counter`` whenever a
row is inserted, changed or deleted, whatever wrote it (an operation, a hand-over file, a purge,
an older copy of the app after a restore). The home page's snapshot (``storage/home_stamp.py``)
remembers the counter it was read at: the same counter at the next start means nothing changed,
one cheap read instead of a fingerprint of every table.

Only in a workbook file on this computer (SQLite): a practice database never keeps a snapshot.
Standard library only: it is read before SQLAlchemy has loaded. A migration that adds a table
calls :func:`trigger_sql` for it (``tests/storage/test_data_change.py`` checks every table).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

TABLE = "data_change"
#: tables whose rows are not workbook data: the snapshot itself, Alembic's bookkeeping, this one
NOT_COUNTED = frozenset({"home_snapshot", "alembic_version", TABLE})
_EVENTS = {"ins": "INSERT", "upd": "UPDATE", "del": "DELETE"}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_sql() -> list[str]:
    """The counter's table and its one row."""
    return [f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), counter INTEGER NOT NULL)",
            f"INSERT INTO {TABLE} (id, counter) VALUES (1, 0)"]


def trigger_sql(table: str) -> list[str]:
    """The three triggers that count the changes of ``table``."""
    return [f"CREATE TRIGGER {_quoted(f'{TABLE}_{table}_{short}')} AFTER {event} ON {_quoted(table)} "
            f"BEGIN UPDATE {TABLE} SET counter = counter + 1 WHERE id = 1; END"
            for short, event in _EVENTS.items()]


def counted_tables(names: list[str]) -> list[str]:
    """Of the tables ``names``, those whose changes are counted."""
    return sorted(n for n in names if n not in NOT_COUNTED and not n.startswith("sqlite_"))


def install(execute: Callable[[str], object], tables: list[str]) -> None:
    """The table and the triggers of every counted table among ``tables`` (a migration)."""
    for sql in create_sql():
        execute(sql)
    for table in counted_tables(tables):
        for sql in trigger_sql(table):
            execute(sql)


def read_counter(conn: sqlite3.Connection) -> int | None:
    """The counter now; None for a file without one (older than migration 0016)."""
    try:
        row = conn.execute(f"SELECT counter FROM {TABLE} WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return int(row[0]) if row is not None else None
