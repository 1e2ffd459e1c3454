"""Handing a workbook over as one file, and reading it back in (WORKBOOK.md "Across the workbook").

The file (``.rugwerk``) is UTF-8 JSON: a format name and version, the schema revision, the
workbook row and, per table, that workbook's rows — every table that belongs to a workbook,
found from the foreign keys, so a future chapter's tables travel without a rewrite. Deleted rows
travel as tombstones (``deleted_at``).

Reading in merges by identity: a row not yet in the database is added; a row that is, is
replaced only when the file's ``updated_at`` is newer; nothing is duplicated, and reading the
same file twice changes nothing the second time. Every value is checked against its column's
type and length and against the workbook's clinical rules (ratings in range, at most ten
hierarchy items, …) *before* anything is written; the whole merge is one transaction. A bad or
hostile file raises :class:`HandoverError` (a ``ValueError``) and the database is unchanged.

The functions take a :class:`~rugschool_gui.storage.db.Database` (the app's open one: it is used
as it is and stays open) or a database URL (a command line: the database is brought to the
current schema, opened for this one call and closed again).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from .db import Database
from .files import write_atomically
from .handover_checks import (
    HandoverError,
    NewerFile,
    NotAWorkbookFile,
    check_rules,
    checked_rows,
    metadata,
    rows_of,
    workbook_tables,
)

FORMAT = "rugschool-werkboek"
FORMAT_VERSION = 1
EXTENSION = ".rugwerk"
MAX_FILE_BYTES = 64 * 1024 * 1024  # a five-year workbook is a few MB; beyond this is not ours


@dataclass
class ImportSummary:
    workbook_id: str = ""
    workbook_name: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    new_workbook: bool = False
    per_table: dict[str, list[int]] = field(default_factory=dict)  # table: [new, updated, unchanged]

    @property
    def changes(self) -> int:
        return self.new + self.updated


#: a file to write or read: a path, as the person chose it
FilePath = str | os.PathLike[str]


# ----- values to and from JSON --------------------------------------------------------------
def _to_json(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, date):
        return value.isoformat()
    return value


# ----- export -------------------------------------------------------------------------------
def export_workbook(db: Database | str, workbook_id: str, file_path: FilePath) -> Path:
    """Write one workbook, everything in it, to ``file_path`` (atomically, private)."""
    from .migrate import HEAD_REVISION

    with _opened(db) as store, store.engine.connect() as conn:
        wb_table = metadata().tables["workbook"]
        row = conn.execute(select(wb_table).where(wb_table.c.id == workbook_id)).first()
        if row is None:
            raise HandoverError("not_found", what="workbook")
        tables = {t.name: [{k: _to_json(v) for k, v in r.items()} for r in rows_of(conn, t, path, workbook_id)]
                  for t, path in workbook_tables()}
        document = {"format": FORMAT, "version": FORMAT_VERSION, "schema": HEAD_REVISION,
                    "exported_at": _to_json(datetime.now(UTC)),
                    "workbook": {k: _to_json(v) for k, v in dict(row._mapping).items()}, "tables": tables}
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    target = Path(file_path)
    write_atomically(target, data)
    return target


# ----- reading a file -----------------------------------------------------------------------
@contextmanager
def _opened(db: Database | str) -> Iterator[Database]:
    """The app's open database as it is; for a URL, the database brought to the current schema
    first (a new one is created), opened for this call and closed after it."""
    if isinstance(db, Database):
        yield db
        return
    from .migrate import upgrade_if_needed

    upgrade_if_needed(db)
    store = Database(db)
    try:
        yield store
    finally:
        store.close()


def _read(file_path: FilePath) -> dict[str, Any]:
    from .migrate import HEAD_REVISION

    path = Path(file_path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise HandoverError("handover_too_big", size=size)
        raw = path.read_bytes()
    except OSError as exc:
        raise HandoverError("handover_unreadable") from exc
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise NotAWorkbookFile() from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotAWorkbookFile()
    version, schema = document.get("version"), document.get("schema")
    if not isinstance(version, int) or not isinstance(schema, str):
        raise NotAWorkbookFile()
    if version > FORMAT_VERSION or schema > HEAD_REVISION:
        raise NewerFile(version=version, schema=schema)
    if not isinstance(document.get("workbook"), dict) or not isinstance(document.get("tables"), dict):
        raise NotAWorkbookFile()
    return document


# ----- merging ------------------------------------------------------------------------------
def _merge(conn: Connection, workbook: dict[str, Any], tables: dict[str, list[dict[str, Any]]]) -> ImportSummary:
    md = metadata()
    summary = ImportSummary(workbook_id=workbook["id"], workbook_name=workbook["name"])
    wb_table = md.tables["workbook"]
    existing = conn.execute(select(wb_table).where(wb_table.c.id == workbook["id"])).first()
    if existing is None:
        workbook = dict(workbook, name=_free_name(conn, wb_table, workbook["name"], workbook["id"]))
        summary.workbook_name = workbook["name"]
        conn.execute(insert(wb_table).values(**workbook))
        summary.new_workbook = True
    elif _newer(workbook, dict(existing._mapping)):
        values = dict(workbook, name=_free_name(conn, wb_table, workbook["name"], workbook["id"]))
        conn.execute(update(wb_table).where(wb_table.c.id == workbook["id"]).values(**values))
    for table, _path in workbook_tables():
        counts = [0, 0, 0]
        for row in tables.get(table.name, []):
            current = conn.execute(select(table).where(table.c.id == row["id"])).first()
            if current is None:
                conn.execute(insert(table).values(**row))
                counts[0] += 1
            elif _newer(row, dict(current._mapping)):
                conn.execute(update(table).where(table.c.id == row["id"]).values(**row))
                counts[1] += 1
            else:
                counts[2] += 1
        if any(counts):
            summary.per_table[table.name] = counts
        summary.new += counts[0]
        summary.updated += counts[1]
        summary.unchanged += counts[2]
    check_rules(conn, workbook["id"])
    return summary


def _newer(incoming: dict[str, Any], current: dict[str, Any]) -> bool:
    a, b = incoming.get("updated_at"), current.get("updated_at")
    if a is None:
        return False
    if b is None:
        return True
    if b.tzinfo is None:
        b = b.replace(tzinfo=UTC)
    return bool(a > b)


def _free_name(conn: Connection, wb_table: Table, name: str, workbook_id: str) -> str:
    """A live name not used by another workbook: "Anna", else "Anna (2)", "Anna (3)", …"""
    taken = {r[0].casefold() for r in conn.execute(select(wb_table.c.name).where(
        wb_table.c.id != workbook_id, wb_table.c.deleted_at.is_(None)))}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


# ----- the public functions -----------------------------------------------------------------
def preview_import(db: Database | str, file_path: FilePath) -> ImportSummary:
    """What reading ``file_path`` in would change — without changing anything."""
    document = _read(file_path)
    workbook, tables = checked_rows(document)
    with _opened(db) as store, store.engine.connect() as conn:
        trans = conn.begin()
        try:
            return _merge(conn, workbook, tables)
        except IntegrityError as exc:
            raise HandoverError("handover_conflict") from exc
        finally:
            trans.rollback()


def import_workbook(db: Database | str, file_path: FilePath, backup_dir: Path | None = None) -> ImportSummary:
    """Merge the workbook in ``file_path`` into the database (one transaction, backup first).

    Raises :class:`HandoverError` for a file that is refused, and the typed errors of
    :mod:`~rugschool_gui.storage.errors` when the database cannot be written; either way
    nothing was merged."""
    document = _read(file_path)
    workbook, tables = checked_rows(document)
    if backup_dir is not None:
        from .backup import make_backup
        from .probe import exists

        if exists(db):
            make_backup(db, Path(backup_dir), "import")
    with _opened(db) as store:
        try:
            with store.transaction() as session:
                return _merge(session.connection(), workbook, tables)
        except IntegrityError as exc:
            raise HandoverError("handover_conflict") from exc
