"""What a hand-over file may hold, value by value: the workbook's tables (found from the foreign
keys), each value checked against its column (type, length, range — whatever the file says:
huge integers, NaN, dates no calendar page can show, lone surrogates), identities, and that
every row hangs under the workbook the file carries.

The clinical rules of each row are the domain's (``storage/handover_rules.py``). Everything here
raises :class:`HandoverError` (a ``ValueError`` keyed ``handover.<kind>``, worded in
``wording/handover.py``) before anything is written.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeAlias

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)

from ..domain.errors import DomainError
from .base import Base, UTCDateTime

MAX_ROWS = 500_000
MAX_TEXT = 100_000  # characters in one Text value
MAX_INT = 10**9
#: the days a workbook can hold: weeks, charts and plans around them stay computable
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
#: columns an older file may lack, filled from another of the same row (schema 0009 added them)
FILLED_FROM = {"placed_at": "updated_at", "edited_at": "updated_at"}


class HandoverError(DomainError):
    """The file cannot be read in; the database was not changed."""

    key = "handover.invalid"


class NewerFile(HandoverError):
    key = "handover.newer"


class NotAWorkbookFile(HandoverError):
    key = "handover.foreign"


class TooBig(HandoverError):
    key = "handover.too_big"


class OtherWorkbook(HandoverError):
    """A row of the file is (or points at) a row of another workbook of this database."""

    key = "handover.other_workbook"


class DeletedWorkbook(HandoverError):
    """The file's workbook says it is deleted: a file never deletes a workbook."""

    key = "handover.deleted_workbook"


#: the way from a table up to ``workbook.id``: (column, parent table, parent column) hops
Path: TypeAlias = list[tuple[str, Table, str]]
#: one row as plain values, column name → value
RowValues: TypeAlias = dict[str, Any]
#: rows of the workbook per table, by id
Rows: TypeAlias = dict[str, dict[str, RowValues]]


def shown(name: object) -> str:
    """A name from the file, safe to carry in a message or a log (no lone surrogates, short)."""
    return str(name).encode("utf-8", "replace").decode("utf-8")[:60]


def invalid(table: str, column: str = "", problem: str = "value") -> HandoverError:
    field = f"{table}.{column}" if column else table
    return HandoverError(field=shown(field), problem=problem, chapter=chapter_of(table))


# ----- which tables belong to a workbook ----------------------------------------------------
def metadata() -> MetaData:
    from . import schema  # noqa: F401 - registers every chapter's tables

    return Base.metadata


def workbook_tables() -> list[tuple[Table, Path]]:
    """Every table that belongs to a workbook, parents first, with its path to the workbook:
    a list of (column, parent table, parent column) hops ending at ``workbook.id``. A table marked
    ``info={"travels": False}`` (the therapist's private notes, issue #25) is never among them:
    it is not written to a file, and a file naming it is refused as an unknown table."""
    md = metadata()
    out: list[tuple[Table, Path]] = []
    for table in md.sorted_tables:
        if table.name == "workbook" or table.info.get("travels") is False:
            continue  # the workbook's own row travels apart; a therapist's private note never
        path = _path_to_workbook(table)
        if path is not None:
            out.append((table, path))
    return out


def _path_to_workbook(table: Table, depth: int = 0) -> Path | None:
    if depth > 4:
        return None
    # a direct workbook_id first: a nullable link to another row (homework → consultation) must
    # not decide which rows are the workbook's
    for fk in sorted(table.foreign_keys, key=lambda f: (f.column.table.name != "workbook", f.parent.name)):
        parent = fk.column.table
        hop = (fk.parent.name, parent, fk.column.name)
        if parent.name == "workbook":
            return [hop]
        rest = _path_to_workbook(parent, depth + 1)
        if rest is not None:
            return [hop, *rest]
    return None


def parents(table: Table) -> dict[str, str]:
    """The columns of ``table`` that point at another table of the workbook: column → table."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys
            if fk.column.table.name != "workbook"}


def chapter_of(table: str) -> str:
    """The chapter a table belongs to (the storage module that defines it, or the chapter a
    second module of a chapter belongs to), "" when unknown."""
    from ..domain.chapters import PACING, TOO_MUCH

    found = next((m for m in Base.registry.mappers if getattr(m.class_, "__tablename__", None) == table), None)
    module = found.class_.__module__.rsplit(".", 1)[-1] if found is not None else ""
    return {"pacing_breaks": PACING, "too_much_practice": TOO_MUCH, "workbooks": ""}.get(module, module)


def rows_of(conn: Connection, table: Table, path: Path, workbook_id: str) -> list[RowValues]:
    stmt = select(table)
    current = table
    for column, parent, parent_column in path:
        if parent.name == "workbook":
            stmt = stmt.where(current.c[column] == workbook_id)
        else:
            stmt = stmt.join(parent, current.c[column] == parent.c[parent_column])
            current = parent
    return [dict(r._mapping) for r in conn.execute(stmt)]


# ----- the JSON text ------------------------------------------------------------------------
def _int(text: str) -> int:
    if len(text.lstrip("-")) > 18:  # Python would refuse 4,300 digits with a ValueError of its own
        raise HandoverError(problem="huge_number")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise HandoverError(problem="not_a_number")
    return value


def _constant(_name: str) -> float:
    raise HandoverError(problem="not_a_number")  # NaN, Infinity, -Infinity


def parse_json(raw: bytes) -> object:
    """The file's JSON; a text that is not JSON, or holds a number no column can keep, is refused."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotAWorkbookFile() from None
    try:
        return json.loads(text, parse_int=_int, parse_float=_float, parse_constant=_constant)
    except HandoverError:
        raise
    except (ValueError, RecursionError):  # not JSON (a JSONDecodeError is a ValueError), or too deep
        raise NotAWorkbookFile() from None


# ----- one value ----------------------------------------------------------------------------
Convert: TypeAlias = Callable[[object], object]


def _text_of(limit: int, identity: bool, where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if not isinstance(value, str) or len(value) > limit or "\x00" in value:
            raise invalid(*where)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: SQLite cannot store it
            raise invalid(*where, problem="text") from None
        if identity and not _UUID.match(value):
            raise invalid(*where, problem="identity")
        return value
    return convert


def _moment(where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if not isinstance(value, str) or len(value) > 40:
            raise invalid(*where)
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            moment = parsed.astimezone(UTC) if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except (ValueError, OverflowError):  # year 1 with a positive offset, 9999 with a negative one
            raise invalid(*where, problem="date") from None
        if not EARLIEST <= moment.date() <= LATEST:
            raise invalid(*where, problem="date")
        return moment
    return convert


def _day(where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if not isinstance(value, str) or len(value) != 10:
            raise invalid(*where)
        try:
            day = date.fromisoformat(value)
        except ValueError:
            raise invalid(*where, problem="date") from None
        if not EARLIEST <= day <= LATEST:
            raise invalid(*where, problem="date")
        return day
    return convert


def _boolean(where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if not isinstance(value, bool):
            raise invalid(*where)
        return value
    return convert


def _integer(where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT:
            raise invalid(*where)
        return value
    return convert


def _real(where: tuple[str, str]) -> Convert:
    def convert(value: object) -> object:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
                or abs(value) > MAX_INT:
            raise invalid(*where)
        return float(value)
    return convert


def converter(column: Column[Any]) -> Convert:
    """How one column's value is checked and turned into the value to write."""
    where = (column.table.name, column.name)
    ctype = column.type
    if isinstance(ctype, UTCDateTime | DateTime):
        return _moment(where)
    if isinstance(ctype, Date):
        return _day(where)
    if isinstance(ctype, Boolean):
        return _boolean(where)
    if isinstance(ctype, Integer):
        return _integer(where)
    if isinstance(ctype, Float):
        return _real(where)
    if isinstance(ctype, String | Text):
        identity = column.name == "id" or bool(column.foreign_keys)
        return _text_of(ctype.length or MAX_TEXT, identity, where)
    raise invalid(*where)


class RowReader:
    """Checks the rows of one table: known columns only, each value by its column."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns: list[tuple[str, Convert, bool, object, bool]] = []
        for column in table.columns:
            fixed = getattr(column.default, "arg", None)  # a constant default, not a function
            has_fixed = column.default is not None and not callable(fixed)
            self.columns.append((column.name, converter(column), bool(column.nullable), fixed, has_fixed))
        self.known = frozenset(table.c.keys())

    def read(self, row: object) -> RowValues:
        if not isinstance(row, dict):
            raise invalid(self.table.name)
        if not self.known.issuperset(row):
            unknown = sorted(map(shown, set(row) - self.known))[0]
            raise invalid(self.table.name, unknown, "unknown field")
        clean: RowValues = {}
        for name, convert, nullable, fixed, has_fixed in self.columns:
            value = row.get(name)
            if value is not None:
                clean[name] = convert(value)
            elif nullable:
                clean[name] = None
            elif name not in row and has_fixed:
                clean[name] = fixed
            elif name not in row and name in FILLED_FROM:
                clean[name] = None  # filled below, once the row's own value is read
            else:
                raise invalid(self.table.name, name, "missing")
        for name, source in FILLED_FROM.items():
            if name in clean and clean[name] is None:
                clean[name] = clean[source]
        if not clean.get("id"):
            raise invalid(self.table.name, "id")
        return clean


# ----- the whole file -----------------------------------------------------------------------
def checked_rows(document: dict[str, Any], tick: Callable[[int], None] = lambda _n: None
                 ) -> tuple[RowValues, Rows]:
    """The workbook row and every table's rows, each value checked; the file's lists are
    released as they are read. Every row must hang under the file's workbook: its ``workbook_id``
    is that workbook, and each parent it names is a row of the file."""
    md = metadata()
    known = {t.name: t for t, _path in workbook_tables()}
    workbook = RowReader(md.tables["workbook"]).read(document["workbook"])
    if workbook.get("deleted_at") is not None:
        raise DeletedWorkbook()
    raw_tables = document["tables"]
    for name in raw_tables:
        if name not in known:
            raise invalid(shown(name), problem="unknown table")
    total = sum(len(rows) if isinstance(rows, list) else 0 for rows in raw_tables.values())
    if total > MAX_ROWS:
        raise TooBig(rows=total)
    tables: Rows = {}
    for table, _path in workbook_tables():
        raw = raw_tables.get(table.name, [])
        if not isinstance(raw, list):
            raise invalid(table.name)
        reader, rows = RowReader(table), {}
        for n, row in enumerate(raw, start=1):
            clean = reader.read(row)
            if clean["id"] in rows:
                raise invalid(table.name, "id", "twice")
            rows[clean["id"]] = clean
            if n % 2000 == 0:
                tick(2000)
        tick(len(raw) % 2000)
        raw_tables[table.name] = None  # the parsed text is no longer needed
        tables[table.name] = rows
    _check_belonging(workbook["id"], tables)
    return workbook, tables


def _check_belonging(workbook_id: str, tables: Rows) -> None:
    md = metadata()
    for name, rows in tables.items():
        table = md.tables[name]
        refs = parents(table)
        owned = "workbook_id" in table.c
        for row in rows.values():
            if owned and row["workbook_id"] != workbook_id:
                raise OtherWorkbook(table=name, chapter=chapter_of(name))
            for column, parent in refs.items():
                value = row[column]
                if value is not None and value not in tables[parent]:
                    raise invalid(name, column, "dangling")


__all__ = ["DeletedWorkbook", "HandoverError", "NewerFile", "NotAWorkbookFile", "OtherWorkbook", "Path",
           "RowValues", "Rows", "TooBig", "checked_rows", "metadata", "parse_json", "rows_of",
           "workbook_tables"]
