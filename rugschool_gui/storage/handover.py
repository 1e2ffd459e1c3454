"""Handing a workbook over as one file, and reading it back in (WORKBOOK.md "Across the workbook").

The file (``.rugwerk``) is UTF-8 JSON: a format name and version, the schema revision, the
workbook row and, per table, that workbook's rows — every table that belongs to a workbook,
found from the foreign keys, so a future chapter's tables travel without a rewrite. Deleted rows
travel as tombstones (``deleted_at``): nothing of a workbook is removed for good, except the
whole workbook when a person erases it.

Reading in (issue #17):

1. The file is read and every value checked against its column (``handover_checks``) and every
   row against its chapter's own rules (``handover_rules``) — :func:`read_file`, nothing opened.
2. This database's copy of the workbook is read; a file whose rows have the ids of another
   workbook's rows, or whose workbook was deleted here, is refused (``handover_write``).
3. The two copies are merged (``handover_merge``: the newer version per row, fear-hierarchy
   steps per field group, one row per natural key, ranks and positions repaired) and the merged
   workbook is checked as a whole.
4. The import writes the difference, all in one transaction (a backup first). The preview runs
   1–3 and writes nothing: it counts exactly what the import would do.

A refused file raises :class:`HandoverError` and the database is unchanged, whatever the file
holds. ``progress(done, total)`` is called as the work goes (total 1000); whatever it raises
(a cancel) stops the work and rolls back — nothing is changed.

The functions take a :class:`~rugschool_gui.storage.db.Database` (the app's open one: it is used
as it is and stays open) or a database URL (a command line: the database is brought to the
current schema, opened for this one call and closed again).
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..domain.errors import NotFound
from ..domain.workbooks import unique_name
from .db import Database
from .files import write_atomically
from .handover_checks import (
    HandoverError,
    NewerFile,
    NotAWorkbookFile,
    Rows,
    RowValues,
    TooBig,
    chapter_of,
    checked_rows,
    metadata,
    parse_json,
    rows_of,
    workbook_tables,
)
from .handover_merge import merge
from .handover_rules import check_merged, check_rows, check_workbook_row, describe
from .handover_write import Writes, apply, check_ownership, local_rows, plan_writes

FORMAT = "rugschool-werkboek"
FORMAT_VERSION = 1
EXTENSION = ".rugwerk"
MAX_FILE_BYTES = 64 * 1024 * 1024  # a five-year workbook is a few MB; beyond this is not ours

#: ``progress(done, total)``: how far the work is; may raise to cancel (nothing is changed then)
Progress = Callable[[int, int], None]
#: a file to write or read: a path, as the person chose it
FilePath = str | os.PathLike[str]

__all__ = ["EXTENSION", "HandoverError", "ImportSummary", "NewerFile", "NotAWorkbookFile", "Prepared",
           "Replaced", "export_workbook", "import_workbook", "preview_import", "read_file", "workbook_tables"]


@dataclass(frozen=True)
class Replaced:
    """A row here that the other side's newer version replaced (or deleted)."""

    table: str
    chapter: str
    what: str  # the row's own words (a step's label, a name), "" when it has none
    day: date | None  # else its day, when it has one
    deleted: bool  # the newer version is a deletion


@dataclass
class ImportSummary:
    workbook_id: str = ""
    workbook_name: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    #: rows here folded into the other side's row of the same day (moment, …)
    folded: int = 0
    new_workbook: bool = False
    per_table: dict[str, list[int]] = field(default_factory=dict)  # table: [new, updated, unchanged]
    replaced: list[Replaced] = field(default_factory=list)
    #: (table, what) of each repair the merge made: "ranks", "positions", "plan_closed"
    repairs: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return self.new + self.updated + self.folded


@dataclass(frozen=True)
class Prepared:
    """A file read and checked (nothing opened or written yet): preview it, then import it."""

    workbook: RowValues
    tables: Rows
    rows: int


class _Meter:
    """Turns the stages of the work into ``progress(done, 1000)`` calls."""

    STAGES = {"read": 10, "values": 20, "rules": 15, "ours": 10, "merge": 10, "write": 35}

    def __init__(self, report: Progress | None) -> None:
        self.report, self.base, self.width, self.total, self.done = report, 0, 0, 1, 0

    def stage(self, name: str, total: int = 1) -> Callable[[int], None]:
        names = list(self.STAGES)
        self.base = sum(self.STAGES[n] for n in names[:names.index(name)])
        self.width, self.total, self.done = self.STAGES[name], max(total, 1), 0
        self.tick(0)
        return self.tick

    def tick(self, n: int) -> None:
        self.done += n
        if self.report is not None:
            self.report(min(1000, int(10 * (self.base + self.width * min(1.0, self.done / self.total)))), 1000)


# ----- values to and from JSON --------------------------------------------------------------
def _to_json(value: object) -> object:
    """A stored value as the file writes it: moments in UTC ("…T10:00:00.000000Z"), days ISO."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo is UTC else value.astimezone(UTC)
        return moment.isoformat(timespec="microseconds")[:-6] + "Z"
    if isinstance(value, date):
        return value.isoformat()
    return value


# ----- export -------------------------------------------------------------------------------
def export_workbook(db: Database | str, workbook_id: str, file_path: FilePath,
                    progress: Progress | None = None) -> Path:
    """Write one workbook, everything in it (tombstones too), to ``file_path`` (atomically, private).
    ``progress`` may cancel up to the moment the file is written."""
    from .migrate import HEAD_REVISION

    report = progress or (lambda _done, _total: None)
    report(0, 3)
    with _opened(db) as store, store.engine.connect() as conn:
        wb_table = metadata().tables["workbook"]
        row = conn.execute(select(wb_table).where(wb_table.c.id == workbook_id)).first()
        if row is None or row.deleted_at is not None:
            raise NotFound(what="workbook")
        tables = {t.name: [{k: _to_json(v) for k, v in r.items()} for r in rows_of(conn, t, path, workbook_id)]
                  for t, path in workbook_tables()}
        document = {"format": FORMAT, "version": FORMAT_VERSION, "schema": HEAD_REVISION,
                    "exported_at": _to_json(datetime.now(UTC)),
                    "workbook": {k: _to_json(v) for k, v in dict(row._mapping).items()}, "tables": tables}
    report(1, 3)
    data = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    report(2, 3)  # the last moment to cancel: nothing written yet
    target = Path(file_path)
    write_atomically(target, data)
    return target


# ----- reading a file -----------------------------------------------------------------------
@contextmanager
def _without_cycle_collector() -> Iterator[None]:
    """Hundreds of thousands of rows are plain dicts (no cycles): the cycle collector would only
    walk them again and again, holding every thread (the window's too) meanwhile."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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


def read_file(file_path: FilePath, progress: Progress | None = None) -> Prepared:
    """Read and check a file: every value by its column, every row by its chapter's rules."""
    with _without_cycle_collector():
        return _read(file_path, _Meter(progress))


def _read(file_path: FilePath, meter: _Meter) -> Prepared:
    from .migrate import HEAD_REVISION

    meter.stage("read")
    path = Path(file_path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TooBig(size=size)
        raw = path.read_bytes()
    except OSError as exc:
        raise HandoverError("handover.unreadable") from exc
    document = parse_json(raw)
    del raw
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotAWorkbookFile()
    version, schema = document.get("version"), document.get("schema")
    if isinstance(version, bool) or not isinstance(version, int) or not isinstance(schema, str):
        raise NotAWorkbookFile()
    if version > FORMAT_VERSION or schema > HEAD_REVISION:
        raise NewerFile(version=version, schema=schema[:20])
    if not isinstance(document.get("workbook"), dict) or not isinstance(document.get("tables"), dict):
        raise NotAWorkbookFile()
    try:
        total = sum(len(rows) if isinstance(rows, list) else 0 for rows in document["tables"].values())
        workbook, tables = checked_rows(document, meter.stage("values", total))
        check_workbook_row(workbook)
        check_rows(tables, meter.stage("rules", total))
    except HandoverError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, RecursionError) as exc:
        raise HandoverError(problem="unexpected") from exc  # whatever the file holds: one kind refusal
    return Prepared(workbook, tables, total)


# ----- merging ------------------------------------------------------------------------------
def _merged(conn: Connection, prepared: Prepared, meter: _Meter) -> tuple[Rows, Writes, ImportSummary,
                                                                          RowValues | None]:
    """Everything the import decides, from this database's copy and the file (nothing written)."""
    local = local_rows(conn, prepared.workbook["id"])
    existing = check_ownership(conn, prepared.workbook, prepared.tables, local,
                               meter.stage("ours", prepared.rows))
    meter.stage("merge")
    try:
        result = merge(local, prepared.tables)
        check_merged(result.rows)
    except HandoverError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        raise HandoverError(problem="unexpected") from exc
    writes = plan_writes(local, prepared.tables, result)
    summary = ImportSummary(
        workbook_id=prepared.workbook["id"], new_workbook=existing is None,
        workbook_name=_name_here(conn, prepared.workbook) if existing is None else existing["name"],
        new=sum(map(len, writes.inserts.values())), updated=sum(map(len, writes.updates.values())),
        unchanged=writes.unchanged, folded=sum(map(len, writes.dropped.values())), per_table=writes.per_table,
        replaced=[Replaced(t, chapter_of(t), *describe(old), new.get("deleted_at") is not None)
                  for t, old, new in writes.replaced],
        repairs=list(dict.fromkeys(result.repairs)))
    return local, writes, summary, existing


def _name_here(conn: Connection, workbook: RowValues) -> str:
    """A live name not used by another workbook: "Anna", else "Anna (2)", "Anna (3)", …"""
    wb = metadata().tables["workbook"]
    taken = [r[0] for r in conn.execute(select(wb.c.name).where(wb.c.id != workbook["id"], wb.c.deleted_at.is_(None)))]
    return unique_name(workbook["name"], taken)


def _write_workbook(conn: Connection, workbook: RowValues, existing: RowValues | None, name: str) -> None:
    """The workbook's own row: a new one under a free name (not archived here); an existing one
    keeps its name and archive state here and takes the later "worked on" moment."""
    wb = metadata().tables["workbook"]
    if existing is None:
        conn.execute(insert(wb).values(**{**workbook, "name": name, "archived_at": None, "deleted_at": None}))
        return
    values: dict[str, Any] = {"worked_on_at": max(existing["worked_on_at"], workbook["worked_on_at"]),
                              "updated_at": max(existing["updated_at"], workbook["updated_at"])}
    if any(existing[k] != v for k, v in values.items()):
        conn.execute(update(wb).where(wb.c.id == workbook["id"]).values(**values))


# ----- the public functions -----------------------------------------------------------------
def _prepared(source: FilePath | Prepared, meter: _Meter) -> Prepared:
    return source if isinstance(source, Prepared) else _read(source, meter)


def preview_import(db: Database | str, source: FilePath | Prepared, progress: Progress | None = None) -> ImportSummary:
    """What reading ``source`` in would change — exactly what :func:`import_workbook` does now —
    without changing anything."""
    meter = _Meter(progress)
    with _without_cycle_collector():
        prepared = _prepared(source, meter)  # a refused file never opens (or creates) the database
        with _opened(db) as store, store.engine.connect() as conn:
            trans = conn.begin()  # one consistent picture of this database's copy; nothing written
            try:
                summary = _merged(conn, prepared, meter)[2]
            finally:
                trans.rollback()
    meter.stage("write")
    meter.tick(1)
    return summary


def import_workbook(db: Database | str, source: FilePath | Prepared, backup_dir: Path | None = None,
                    progress: Progress | None = None) -> ImportSummary:
    """Merge the workbook of ``source`` into the database (one transaction, a backup first).

    Raises :class:`HandoverError` for a file that is refused, and the typed errors of
    :mod:`~rugschool_gui.storage.errors` when the database cannot be written; either way
    nothing was merged."""
    meter = _Meter(progress)
    with _without_cycle_collector():
        return _import(db, _prepared(source, meter), backup_dir, meter)


def _import(db: Database | str, prepared: Prepared, backup_dir: Path | None, meter: _Meter) -> ImportSummary:
    from .url import is_server

    if backup_dir is not None and not is_server(db):  # a server's backups are its own (pg_dump)
        from .backup import make_backup
        from .probe import exists

        if exists(db):
            make_backup(db, Path(backup_dir), "import")
    with _opened(db) as store:
        try:
            with store.transaction() as session:
                conn = session.connection()
                local, writes, summary, existing = _merged(conn, prepared, meter)
                _write_workbook(conn, prepared.workbook, existing, summary.workbook_name)
                apply(conn, local, writes, meter.stage("write", writes.count))
                meter.tick(1)
        except IntegrityError as exc:
            raise HandoverError("handover.conflict") from exc
        if store.seen_versions is not None:  # rows written wholesale: what a page showed is old
            store.seen_versions.forget()  # (a practice database, #21; pages reload after an import)
    return summary
