"""Small row helpers the chapter repositories share: a row that belongs to one workbook, written
(created, changed or brought back from its tombstone) or removed as a tombstone."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from .base import utcnow
from .db import Store
from .workbooks import touch_workbook

#: a row class of a chapter (a mapped class with ``workbook_id``)
R = TypeVar("R")


def owned(s: Session, cls: type[R], workbook_id: str, row_id: str) -> R:
    """The row ``row_id`` of this workbook, else :class:`NotFound`."""
    row = s.get(cls, row_id) if row_id else None
    if row is None or getattr(row, "workbook_id", None) != workbook_id:
        raise NotFound(what=_table(cls))
    return row


def live_rows(s: Session, cls: type[R], workbook_id: str, *order: Any) -> list[R]:
    """The rows of this workbook in use (not tombstones, for a table that has them), in ``order``."""
    table: Any = cls
    stmt = select(table).where(table.workbook_id == workbook_id)
    if hasattr(cls, "deleted_at"):
        stmt = stmt.where(table.deleted_at.is_(None))
    return list(s.scalars(stmt.order_by(*order)))


def reuse_order(rows: Any) -> Any:
    """The rows of one natural key (one day, one question's day, …) in the order they are reused:
    the one in use first, then the oldest tombstone (brought back rather than a second row made)."""
    return rows.order_by(text("deleted_at IS NOT NULL"), text("created_at"), text("id"))


def first_to_reuse(rows: Any) -> Any:
    """:func:`reuse_order`, the first row only."""
    return reuse_order(rows).limit(1)


def _table(cls: type[Any]) -> str:
    return str(getattr(cls, "__tablename__", cls.__name__))


def upsert(s: Session, cls: type[R], workbook_id: str, row_id: str | None) -> R:
    """The row to write: an existing one of this workbook (brought back if deleted), or a new one
    (with ``row_id`` when given, so undo and handed-over rows keep their identity)."""
    row = s.get(cls, row_id) if row_id else None
    if row is not None and getattr(row, "workbook_id", None) != workbook_id:
        raise NotFound(what=_table(cls))
    if row is None:
        row = cls(workbook_id=workbook_id)  # type: ignore[call-arg]  # a mapped class takes its columns
        if row_id:
            row.id = row_id  # type: ignore[attr-defined]
        s.add(row)
    if hasattr(row, "deleted_at"):
        row.deleted_at = None
    return row


def tombstone(store: Store, cls: type[Any], workbook_id: str, row_id: str) -> bool:
    """Mark a row deleted (undo and a handed-over workbook can bring it back); True when done."""
    with store.transaction() as s:
        owned(s, cls, workbook_id, row_id).deleted_at = utcnow()
        touch_workbook(s, workbook_id)
    return True
