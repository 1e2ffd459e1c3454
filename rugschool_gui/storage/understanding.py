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
from .paging import Cursor, Page, Span, read_page, span
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


#: the diary's order, newest first: the day, then the moment written, then the id (a total order)
CHAIN_ORDER = (ChainEntryRow.day, ChainEntryRow.created_at, ChainEntryRow.id)


def _live(workbook_id: str, since: date | None, before: date | None) -> list:
    out = [ChainEntryRow.workbook_id == workbook_id, ChainEntryRow.deleted_at.is_(None)]
    if since is not None:
        out.append(ChainEntryRow.day >= since)
    if before is not None:
        out.append(ChainEntryRow.day < before)
    return out


def entry_span(store: Store, workbook_id: str, *, since: date | None = None, before: date | None = None) -> Span:
    """How many entries there are (on or after ``since``, before ``before``), first and last day."""
    with store.transaction() as s:
        return span(s, ChainEntryRow.day, *_live(workbook_id, since, before))


def entry_page(store: Store, workbook_id: str, *, after: Cursor | None = None, limit: int = 500,
               since: date | None = None) -> Page[ChainEntry]:
    """Up to ``limit`` entries, newest first, after the page that ended at ``after`` (issue #18:
    a printout of every entry reads the diary a page at a time; ``storage/paging.py``)."""
    with store.transaction() as s:
        stmt = select(ChainEntryRow).where(*_live(workbook_id, since, None))
        return read_page(s, stmt, CHAIN_ORDER, after, limit, newest_first=True, convert=_entry)


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
