"""Workbooks: one per person. Table and repository functions.

A deleted workbook first gets ``deleted_at`` (so "Ongedaan maken" can bring it back);
:func:`purge_deleted` erases it for real, with its chapters, when the app closes or starts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..domain.errors import NotFound
from ..domain.workbooks import Workbook, unique_name, validate_name
from .base import Base, Row, UTCDateTime, utcnow
from .db import Store


class WorkbookRow(Row, Base):
    __tablename__ = "workbook"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    #: last time anything in the workbook was edited (shown on the home page)
    worked_on_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: archived (a finished programme): hidden from the consultation overview, kept, restorable
    archived_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index(
            "uq_workbook_live_name",
            text("name COLLATE NOCASE"),
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


def _to_domain(row: WorkbookRow) -> Workbook:
    return Workbook(row.id, row.name, row.created_at, row.worked_on_at)


def _live_names(session: Session, except_id: str | None = None) -> list[str]:
    stmt = select(WorkbookRow.name).where(WorkbookRow.deleted_at.is_(None))
    if except_id:
        stmt = stmt.where(WorkbookRow.id != except_id)
    return list(session.scalars(stmt))


def list_workbooks(store: Store) -> list[Workbook]:
    """Live workbooks, sorted by name (case-insensitive)."""
    with store.transaction() as s:  # plain columns: the switcher asks for this on every switch
        rows = s.execute(select(WorkbookRow.id, WorkbookRow.name, WorkbookRow.created_at, WorkbookRow.worked_on_at)
                         .where(WorkbookRow.deleted_at.is_(None))).all()
        return sorted((Workbook(*r) for r in rows), key=lambda w: w.name.casefold())


def find_workbook(store: Store, workbook_id: str) -> Workbook | None:
    """The live workbook with this id, or None."""
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        return None if row is None or row.deleted_at is not None else _to_domain(row)


def get_workbook(store: Store, workbook_id: str) -> Workbook:
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(what="workbook")
        return _to_domain(row)


def create_workbook(store: Store, name: str) -> Workbook:
    """Add a workbook; the name is trimmed and must be free (case-insensitive)."""
    with store.transaction() as s:
        cleaned = validate_name(name, _live_names(s))
        row = WorkbookRow(name=cleaned)
        s.add(row)
        s.flush()
        return _to_domain(row)


def ensure_default_workbook(store: Store, default_name: str) -> Workbook:
    """The first live workbook, creating one called ``default_name`` in an empty database."""
    with store.transaction() as s:
        row = s.scalars(
            select(WorkbookRow)
            .where(WorkbookRow.deleted_at.is_(None))
            .order_by(WorkbookRow.created_at)
            .limit(1)
        ).first()
        if row is None:
            row = WorkbookRow(name=default_name)
            s.add(row)
            s.flush()
        return _to_domain(row)


def rename_workbook(store: Store, workbook_id: str, name: str) -> Workbook:
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(what="workbook")
        row.name = validate_name(name, _live_names(s, except_id=workbook_id))
        return _to_domain(row)


def delete_workbook(store: Store, workbook_id: str) -> None:
    """Mark a workbook deleted (undoable until :func:`purge_deleted`)."""
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(what="workbook")
        row.deleted_at = utcnow()


def restore_workbook(store: Store, workbook_id: str) -> Workbook:
    """Undo a delete; if its name was taken meanwhile, it becomes "name (2)"."""
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        if row is None:
            raise NotFound(what="workbook")
        row.name = unique_name(row.name, _live_names(s, except_id=workbook_id))
        row.deleted_at = None
        return _to_domain(row)


def set_archived(store: Store, workbook_id: str, archived: bool) -> None:
    with store.transaction() as s:
        row = s.get(WorkbookRow, workbook_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(what="workbook")
        row.archived_at = utcnow() if archived else None


def touch_workbook(session: Session, workbook_id: str) -> None:
    """Record that the person worked in this workbook just now (inside a chapter's transaction)."""
    row = session.get(WorkbookRow, workbook_id)
    if row is not None:
        row.worked_on_at = utcnow()


def purge_deleted(store: Store) -> int:
    """Erase deleted workbooks and everything in them; returns how many were erased."""
    with store.transaction() as s:
        rows = s.scalars(select(WorkbookRow).where(WorkbookRow.deleted_at.is_not(None))).all()
        for row in rows:
            s.delete(row)  # chapter tables cascade via ON DELETE CASCADE
        return len(rows)
