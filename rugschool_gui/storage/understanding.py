"""Understanding the pain: the chain diary (WORKBOOK.md §1). One row per entry; its rounds are
kept as JSON (a list of five texts per round), so an entry can grow a round without a schema
change."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String, Text, func, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.errors import NotFound
from ..domain.understanding import ChainEntry, parse_rounds, rounds_text, validate_chain
from .base import Base, Row, UTCDateTime, workbook_fk
from .db import Store
from .rows import owned, tombstone, upsert
from .workbooks import touch_workbook


class ChainEntryRow(Row, Base):
    __tablename__ = "chain_entry"

    workbook_id: Mapped[str] = workbook_fk()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    rounds: Mapped[str] = mapped_column(Text, nullable=False)  # JSON: [[situation, …, behaviour], …]
    change_link: Mapped[str | None] = mapped_column(String(12), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_chain_entry_workbook", "workbook_id", "deleted_at", "day"),)


def _entry(row: ChainEntryRow) -> ChainEntry:
    return ChainEntry(row.id, row.day, parse_rounds(row.rounds), row.change_link, row.note)


def count_entries(store: Store, workbook_id: str) -> int:
    with store.transaction() as s:
        return s.scalar(select(func.count()).select_from(ChainEntryRow).where(
            ChainEntryRow.workbook_id == workbook_id, ChainEntryRow.deleted_at.is_(None))) or 0


def list_entries(store: Store, workbook_id: str, limit: int | None = None, offset: int = 0) -> list[ChainEntry]:
    """Newest first (``limit`` of them after skipping the newest ``offset``, when given)."""
    with store.transaction() as s:
        stmt = (select(ChainEntryRow).where(ChainEntryRow.workbook_id == workbook_id,
                                            ChainEntryRow.deleted_at.is_(None))
                .order_by(ChainEntryRow.day.desc(), ChainEntryRow.created_at.desc()))
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return [_entry(r) for r in s.scalars(stmt)]


def get_entry(store: Store, workbook_id: str, entry_id: str) -> ChainEntry:
    """One entry of this workbook (:class:`NotFound` when it is not there)."""
    with store.transaction() as s:
        row = owned(s, ChainEntryRow, workbook_id, entry_id)
        if row.deleted_at is not None:
            raise NotFound(what=ChainEntryRow.__tablename__)
        return _entry(row)


def save_entry(store: Store, workbook_id: str, entry: ChainEntry) -> ChainEntry:
    """Create or change an entry, or bring a deleted one back (undo); refused when invalid."""
    clean = validate_chain(entry)
    with store.transaction() as s:
        row = upsert(s, ChainEntryRow, workbook_id, clean.id)
        row.day, row.change_link, row.note = clean.day, clean.change_link, clean.note
        row.rounds = rounds_text(clean.rounds)
        s.flush()
        touch_workbook(s, workbook_id)
        return _entry(row)


def delete_entry(store: Store, workbook_id: str, entry_id: str) -> bool:
    return tombstone(store, ChainEntryRow, workbook_id, entry_id)
