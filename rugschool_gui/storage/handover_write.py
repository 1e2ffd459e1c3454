"""Reading this database's copy of a workbook, guarding the other workbooks, and writing a merge.

* :func:`local_rows` reads every row of one workbook (tombstones too), a query per table.
* :func:`check_ownership` refuses a file any of whose rows has the id of a row of *another*
  workbook here (a file may only create or change rows of the workbook it carries), and a file
  for a workbook deleted here.
* :func:`plan_writes` compares the merge with what is stored: rows to add, to change, and rows
  folded into another (their identity dropped). :func:`apply` writes that inside the caller's
  transaction, ordered so that "one per day" holds at every step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from .handover_checks import (
    HandoverError,
    OtherWorkbook,
    Rows,
    RowValues,
    chapter_of,
    metadata,
    rows_of,
    workbook_tables,
)
from .handover_merge import Merge

CHUNK = 500  # ids per IN (…) query: well under SQLite's limit of bound values


class DeletedHere(HandoverError):
    """The file's workbook was deleted here (undo is still possible)."""

    key = "handover.deleted_here"


def local_rows(conn: Connection, workbook_id: str) -> Rows:
    return {table.name: {r["id"]: r for r in rows_of(conn, table, path, workbook_id)}
            for table, path in workbook_tables()}


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def check_ownership(conn: Connection, workbook: RowValues, incoming: Rows, local: Rows,
                    tick: Callable[[int], None] = lambda _n: None) -> RowValues | None:
    """This database's row of the file's workbook (None: new here). Refused: the workbook was
    deleted here, or a row of the file has the id of a row of another workbook."""
    md = metadata()
    wb = md.tables["workbook"]
    found = conn.execute(select(wb).where(wb.c.id == workbook["id"])).first()
    existing = dict(found._mapping) if found is not None else None
    if existing is not None and existing["deleted_at"] is not None:
        raise DeletedHere()
    for name, rows in incoming.items():
        table = md.tables[name]
        mine = local.get(name, {})
        unknown = [row_id for row_id in rows if row_id not in mine]
        for ids in _chunks(unknown):
            if conn.execute(select(table.c.id).where(table.c.id.in_(ids)).limit(1)).first() is not None:
                raise OtherWorkbook(table=name, chapter=chapter_of(name))
            tick(len(ids))
    return existing


@dataclass
class Writes:
    """What a merge changes in the stored copy of the workbook, per table."""

    inserts: dict[str, list[RowValues]] = field(default_factory=dict)
    updates: dict[str, list[RowValues]] = field(default_factory=dict)
    #: ids folded into another row (rule 3 of the merge): their identity is dropped
    dropped: dict[str, list[str]] = field(default_factory=dict)
    #: (table, the stored row, the row after) of every stored row the file's newer version replaced
    replaced: list[tuple[str, RowValues, RowValues]] = field(default_factory=list)
    #: rows of the file already here exactly as they are
    unchanged: int = 0
    per_table: dict[str, list[int]] = field(default_factory=dict)  # table: [new, updated, unchanged]

    @property
    def count(self) -> int:
        return sum(map(len, self.inserts.values())) + sum(map(len, self.updates.values())) + \
            sum(map(len, self.dropped.values()))


def plan_writes(local: Rows, incoming: Rows, merged: Merge) -> Writes:
    out = Writes()
    for table, _path in workbook_tables():
        name = table.name
        before, after, theirs = local.get(name, {}), merged.rows.get(name, {}), incoming.get(name, {})
        inserts = [row for row_id, row in after.items() if row_id not in before]
        updates = [row for row_id, row in after.items() if row_id in before and before[row_id] != row]
        dropped = [row_id for row_id in before if row_id not in after]
        unchanged = sum(1 for row_id, row in theirs.items() if before.get(row_id) == after.get(row_id) == row)
        for row in updates:
            old, mine = before[row["id"]], theirs.get(row["id"])
            if mine is not None and old.get("deleted_at") is None and row["updated_at"] == mine["updated_at"]:
                out.replaced.append((name, old, row))
        if inserts:
            out.inserts[name] = inserts
        if updates:
            out.updates[name] = updates
        if dropped:
            out.dropped[name] = dropped
        out.unchanged += unchanged
        if inserts or updates or unchanged:
            out.per_table[name] = [len(inserts), len(updates), unchanged]
    return out


def _dying(local: Rows, table: str, row: RowValues) -> bool:
    """The row is in use here and becomes a tombstone: written before rows that come to life."""
    return row.get("deleted_at") is not None and local[table][row["id"]].get("deleted_at") is None


def apply(conn: Connection, local: Rows, writes: Writes, tick: Callable[[int], None] = lambda _n: None) -> None:
    """Write ``writes`` in the caller's transaction. Order: rows about to be dropped and rows
    becoming tombstones first (out of the way of "one per day"), then new rows parents first,
    then the other changes, then the dropped rows children first (their rows below were moved)."""
    md = metadata()
    order = [t.name for t, _path in workbook_tables()]
    if conn.dialect.name == "sqlite":  # PostgreSQL checks each statement: parents come first
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # reset at the end of the transaction
    for name, ids in writes.dropped.items():
        table = md.tables[name]
        stamp = max(local[name][i]["updated_at"] for i in ids)
        for chunk in _chunks(ids):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(deleted_at=stamp, updated_at=stamp))
    for name in order:
        _update(conn, md.tables[name], [r for r in writes.updates.get(name, []) if _dying(local, name, r)], tick)
    for name in order:
        rows = writes.inserts.get(name, [])
        for start in range(0, len(rows), CHUNK):
            conn.execute(insert(md.tables[name]), rows[start:start + CHUNK])
            tick(len(rows[start:start + CHUNK]))
    for name in order:
        _update(conn, md.tables[name], [r for r in writes.updates.get(name, []) if not _dying(local, name, r)], tick)
    for name in reversed(order):
        table = md.tables[name]
        for chunk in _chunks(writes.dropped.get(name, [])):
            conn.execute(delete(table).where(table.c.id.in_(chunk)))


def _update(conn: Connection, table: Any, rows: list[RowValues], tick: Callable[[int], None]) -> None:
    if not rows:
        return
    columns = [c.name for c in table.columns if c.name != "id"]
    stmt = update(table).where(table.c.id == bindparam("_id")).values(
        {name: bindparam(f"_{name}") for name in columns})
    for start in range(0, len(rows), CHUNK):
        batch = rows[start:start + CHUNK]
        conn.execute(stmt, [{"_id": r["id"], **{f"_{k}": r[k] for k in columns}} for r in batch])
        tick(len(batch))
