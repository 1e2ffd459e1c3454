"""What a valid handover file is: the workbook's tables (found from the foreign keys), each
value checked against its column, and the workbook's clinical rules on the merged result.

Everything here raises :class:`HandoverError` (a ``ValueError``); ``storage.handover`` calls it
before and during its one merge transaction, so a refusal leaves the database unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
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
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class HandoverError(DomainError):
    """The file cannot be read in; the database was not changed."""

    key = "handover_invalid"


class NewerFile(HandoverError):
    key = "handover_newer"


class NotAWorkbookFile(HandoverError):
    key = "handover_foreign"


#: the way from a table up to ``workbook.id``: (column, parent table, parent column) hops
Path: TypeAlias = list[tuple[str, Table, str]]
#: one row as plain values, column name → value
RowValues: TypeAlias = dict[str, Any]


# ----- which tables belong to a workbook ----------------------------------------------------
def metadata() -> MetaData:
    from . import schema  # noqa: F401 - registers every chapter's tables

    return Base.metadata


def workbook_tables() -> list[tuple[Table, Path]]:
    """Every table that belongs to a workbook, parents first, with its path to the workbook:
    a list of (column, parent table, parent column) hops ending at ``workbook.id``."""
    md = metadata()
    out: list[tuple[Table, Path]] = []
    for table in md.sorted_tables:
        if table.name == "workbook":
            continue
        path = _path_to_workbook(table)
        if path is not None:
            out.append((table, path))
    return out


def workbook_tables_paths() -> list[tuple[str, Path]]:
    return [(t.name, path) for t, path in workbook_tables()]


def _path_to_workbook(table: Table, depth: int = 0) -> Path | None:
    if depth > 4:
        return None
    for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name):
        parent = fk.column.table
        hop = (fk.parent.name, parent, fk.column.name)
        if parent.name == "workbook":
            return [hop]
        rest = _path_to_workbook(parent, depth + 1)
        if rest is not None:
            return [hop, *rest]
    return None


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


def _column_value(column: Column[Any], value: object) -> object:
    """Check one value against its column; returns the Python value to write."""
    name = f"{column.table.name}.{column.name}"
    if value is None:
        if not column.nullable and not column.primary_key:
            raise HandoverError("handover_invalid", field=name, problem="missing")
        return None
    ctype = column.type
    if isinstance(ctype, UTCDateTime | DateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise HandoverError("handover_invalid", field=name)
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise HandoverError("handover_invalid", field=name) from None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if isinstance(ctype, Date):
        if not isinstance(value, str) or len(value) != 10:
            raise HandoverError("handover_invalid", field=name)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise HandoverError("handover_invalid", field=name) from None
    if isinstance(ctype, Boolean):
        if not isinstance(value, bool):
            raise HandoverError("handover_invalid", field=name)
        return value
    if isinstance(ctype, Integer):
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
            raise HandoverError("handover_invalid", field=name)
        return value
    if isinstance(ctype, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
                or abs(value) > 1e9:
            raise HandoverError("handover_invalid", field=name)
        return float(value)
    if isinstance(ctype, (String, Text)):
        if not isinstance(value, str):
            raise HandoverError("handover_invalid", field=name)
        limit = ctype.length or MAX_TEXT
        if len(value) > limit or "\x00" in value:
            raise HandoverError("handover_invalid", field=name, problem="too long")
        if (column.name == "id" or column.foreign_keys) and not _UUID.match(value):
            raise HandoverError("handover_invalid", field=name, problem="identity")
        return value
    raise HandoverError("handover_invalid", field=name)


def checked_rows(document: dict[str, Any]) -> tuple[RowValues, dict[str, list[RowValues]]]:
    md = metadata()
    known = {t.name: (t, path) for t, path in workbook_tables()}
    wb_table = md.tables["workbook"]
    workbook = _checked_row(wb_table, document["workbook"])
    tables: dict[str, list[RowValues]] = {}
    total = 0
    for name, rows in document["tables"].items():
        if name not in known:
            raise HandoverError("handover_invalid", field=str(name)[:60], problem="unknown table")
        if not isinstance(rows, list):
            raise HandoverError("handover_invalid", field=name)
        total += len(rows)
        if total > MAX_ROWS:
            raise HandoverError("handover_too_big", rows=total)
        tables[name] = [_checked_row(known[name][0], r) for r in rows]
    # every row must hang under this workbook (its own rows or ones in this file)
    ids = {workbook["id"]} | {r["id"] for rows in tables.values() for r in rows}
    for name, rows in tables.items():
        table = known[name][0]
        for r in rows:
            for fk in table.foreign_keys:
                value = r.get(fk.parent.name)
                if value is not None and value not in ids:
                    raise HandoverError("handover_invalid", field=f"{name}.{fk.parent.name}", problem="dangling")
            if "workbook_id" in r and r["workbook_id"] != workbook["id"]:
                raise HandoverError("handover_invalid", field=f"{name}.workbook_id")
    return workbook, tables


def _checked_row(table: Table, row: object) -> RowValues:
    if not isinstance(row, dict):
        raise HandoverError("handover_invalid", field=table.name)
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise HandoverError("handover_invalid", field=f"{table.name}.{sorted(map(str, unknown))[0][:40]}",
                            problem="unknown field")
    clean: RowValues = {}
    for column in table.columns:
        if column.name not in row:
            if column.nullable:
                clean[column.name] = None
                continue
            fixed = getattr(column.default, "arg", None)  # a constant default, not a function
            if column.default is not None and not callable(fixed):
                clean[column.name] = fixed
                continue
            raise HandoverError("handover_invalid", field=f"{table.name}.{column.name}", problem="missing")
        clean[column.name] = _column_value(column, row[column.name])
    if not clean.get("id"):
        raise HandoverError("handover_invalid", field=f"{table.name}.id")
    return clean


def check_rules(conn: Connection, workbook_id: str) -> None:
    """The workbook's clinical rules on the merged result (raised errors roll everything back)."""
    from ..domain.exposure import FearHierarchy, FearItem, check_fear, check_pain

    md = metadata()
    items = md.tables["fear_item"]
    live = list(conn.execute(select(items).where(items.c.workbook_id == workbook_id,
                                                        items.c.deleted_at.is_(None))))
    try:
        FearHierarchy(FearItem(r.id, r.rank, r.label, r.fear, r.mastered, r.note) for r in live)  # ≤ 10 items
        if sorted(r.rank for r in live) != list(range(1, len(live) + 1)):  # ranks 1..n, no gaps or twins
            raise HandoverError("handover_invalid", field="fear_item.rank")
        for r in live:
            check_fear(r.fear)
        attempts = md.tables["exposure_attempt"]
        for r in conn.execute(select(attempts).where(attempts.c.workbook_id == workbook_id)):
            check_fear(r.expected_fear), check_fear(r.actual_fear), check_pain(r.expected_pain), check_pain(r.actual_pain)
        _check_scales(conn, md, workbook_id)
    except HandoverError:
        raise
    except DomainError as exc:
        raise HandoverError("handover_invalid", problem=exc.key) from exc


def _enums() -> dict[tuple[str, str], tuple[str | None, ...]]:
    """Columns that hold one of a fixed set of keys (None allowed where the column is nullable)."""
    from ..domain import exposure, graded_activity, pacing, too_little, too_much, understanding

    return {
        ("exposure_attempt", "outcome"): (*exposure.OUTCOMES, None),
        ("activity_plan", "unit"): graded_activity.UNITS, ("activity_plan", "status"): graded_activity.STATUSES,
        ("pacing_activity", "part"): pacing.DAY_PARTS, ("pacing_activity", "kind"): pacing.KINDS,
        ("pacing_activity", "motive"): pacing.MOTIVES,
        ("relaxation_session", "exercise"): too_much.EXERCISES,
        ("outlet_substitute", "outcome"): (*too_much.TRY_OUTCOMES, None),
        ("questionnaire_score", "moment"): too_little.MOMENTS, ("score_reflection", "moment"): too_little.MOMENTS,
        ("chain_entry", "change_link"): (*understanding.LINKS, None),
    }


def _check_scales(conn: Connection, md: MetaData, workbook_id: str) -> None:
    """0–10 scales, fixed sets of keys and other ranges of the later chapters."""
    for (name, column), allowed in _enums().items():
        table = md.tables[name]
        path = dict(workbook_tables_paths())[name]
        for value in (r[column] for r in rows_of(conn, table, path, workbook_id)):
            if value not in allowed:
                raise HandoverError("handover_invalid", field=f"{name}.{column}")
    from ..domain.text import check_range
    from ..domain.too_little import Score, validate_score

    def rows(name: str) -> Iterable[Any]:
        t = md.tables[name]
        return conn.execute(select(t).where(t.c["workbook_id"] == workbook_id))

    for r in rows("pacing_activity"):
        check_range(r.pain, 0, 10)
        if r.minutes <= 0 or r.day not in range(7) or r.part not in ("morning", "afternoon", "evening"):
            raise HandoverError("handover_invalid", field="pacing_activity")
    for r in rows("relaxation_session"):
        check_range(r.before, 0, 10), check_range(r.after, 0, 10)
    for r in rows("valued_activity"):
        check_range(r.value, 0, 10)
    for r in rows("questionnaire_score"):
        validate_score(Score(r.id, r.scale, r.name, r.day, r.moment, r.total))
    plans = md.tables["activity_plan"]
    sessions = md.tables["activity_session"]
    for r in conn.execute(select(sessions).join(plans, sessions.c.plan_id == plans.c.id).where(
            plans.c.workbook_id == workbook_id)):
        check_range(r.pain, 0, 10)
        if not r.amount > 0:
            raise HandoverError("handover_invalid", field="activity_session.amount")
