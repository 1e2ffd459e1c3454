"""Graded exposure tables and repository functions (WORKBOOK.md §4).

Each function loads the workbook's hierarchy into
:class:`~rugschool_gui.domain.exposure.FearHierarchy`, lets the domain apply the rule (or
refuse), and writes the result back, in a transaction that joins the caller's (an operation of
``operations/exposure.py`` is one transaction however many of these it calls). Storage fetches
and stores; the rules (ranks, current step, this week's attempts) are the domain's. Widgets only
ever see domain objects; :func:`load_snapshot` reads everything the page shows at once.

Deleting an item or an attempt sets ``deleted_at`` (a tombstone): "Ongedaan maken" brings it
back, and a handed-over workbook can carry the deletion. Every fear rating is kept in
``fear_rating`` so a re-rating never loses the earlier one.

A step keeps two clocks beside ``updated_at``: ``edited_at`` (its words, rating, mastered,
deleted) and ``placed_at`` (its rank, also when moving another step shifted it). A hand-over
merges the two apart (``storage/handover_merge.py``): a reorder on one side and a rename or a
deletion on the other both survive.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..domain.errors import NotFound
from ..domain.exposure import (
    MAX_LABEL_LENGTH,
    Attempt,
    FearHierarchy,
    FearItem,
    Rating,
    RatingChange,
    last_change,
    validate_attempt,
)
from ..domain.exposure_summary import ExposureSummary, summarize, week_query_start
from .base import Base, Row, UTCDateTime, new_id, utcnow, workbook_fk
from .db import Database
from .workbooks import touch_workbook


class FearItemRow(Row, Base):
    __tablename__ = "fear_item"

    workbook_id: Mapped[str] = workbook_fk()
    rank: Mapped[int] = mapped_column(Integer, nullable=False)
    label: Mapped[str] = mapped_column(String(MAX_LABEL_LENGTH), nullable=False)
    #: the latest rating (its history is in fear_rating)
    fear: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    mastered: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    mastered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: when the rank was last set (a move, a reorder, a step added, removed or put back)
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    #: when anything else was last changed: label, note, rating, mastered, deleted
    edited_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)

    __table_args__ = (Index("ix_fear_item_workbook", "workbook_id", "deleted_at", "rank"),)


class FearRatingRow(Row, Base):
    __tablename__ = "fear_rating"

    item_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("fear_item.id", ondelete="CASCADE"), nullable=False, index=True)
    rated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, nullable=False)
    fear: Mapped[int] = mapped_column(Integer, nullable=False)


class ExposureAttemptRow(Row, Base):
    __tablename__ = "exposure_attempt"

    workbook_id: Mapped[str] = workbook_fk()
    item_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("fear_item.id", ondelete="CASCADE"), nullable=False)
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime, nullable=False)
    expectation: Mapped[str] = mapped_column(Text, default="", nullable=False)
    expected_fear: Mapped[int | None] = mapped_column(Integer, nullable=True)
    expected_pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actual_fear: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actual_pain: Mapped[int | None] = mapped_column(Integer, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(10), nullable=True)
    learned: Mapped[str] = mapped_column(Text, default="", nullable=False)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_exposure_attempt_item", "item_id", "deleted_at", "happened_at"),
        Index("ix_exposure_attempt_workbook", "workbook_id", "deleted_at", "happened_at"),
    )


# ----- mapping ------------------------------------------------------------------------------
def _item(row: FearItemRow) -> FearItem:
    return FearItem(row.id, row.rank, row.label, row.fear, row.mastered, row.note)


def _attempt(row: ExposureAttemptRow) -> Attempt:
    return Attempt(
        id=row.id, item_id=row.item_id, when=row.happened_at, expectation=row.expectation,
        expected_fear=row.expected_fear, expected_pain=row.expected_pain,
        actual_fear=row.actual_fear, actual_pain=row.actual_pain, outcome=row.outcome,
        learned=row.learned, note=row.note)


def _live_rows(session: Session, workbook_id: str) -> list[FearItemRow]:
    return list(session.scalars(
        select(FearItemRow)
        .where(FearItemRow.workbook_id == workbook_id, FearItemRow.deleted_at.is_(None))
        .order_by(FearItemRow.rank, FearItemRow.created_at)))


def _hierarchy(session: Session, workbook_id: str) -> tuple[FearHierarchy, dict[str, FearItemRow]]:
    rows = _live_rows(session, workbook_id)
    return FearHierarchy(_item(r) for r in rows), {r.id: r for r in rows}


def _write_ranks(h: FearHierarchy, rows: dict[str, FearItemRow]) -> None:
    now = utcnow()
    for item in h.items:
        row = rows[item.id]
        if row.rank != item.rank:
            row.rank, row.placed_at = item.rank, now


def _edited(row: FearItemRow) -> None:
    """The step's own content changed (not its place)."""
    row.edited_at = utcnow()


def _live_item_row(session: Session, workbook_id: str, item_id: str) -> FearItemRow:
    row = session.get(FearItemRow, item_id)
    if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
        raise NotFound(what="fear_item")
    return row


# ----- the hierarchy ------------------------------------------------------------------------
def load_hierarchy(store: Database, workbook_id: str) -> FearHierarchy:
    with store.transaction() as s:
        return _hierarchy(s, workbook_id)[0]


def add_item(store: Database, workbook_id: str, label: str, fear: int | None = None,
             note: str = "") -> FearItem:
    """Add an item at the end of the hierarchy; an 11th is refused (nothing written)."""
    with store.transaction() as s:
        h, _rows = _hierarchy(s, workbook_id)
        item = h.add(label, fear, note, item_id=new_id())
        s.add(FearItemRow(id=item.id, workbook_id=workbook_id, rank=item.rank, label=item.label,
                          fear=item.fear, note=item.note))
        s.flush()
        if item.fear is not None:
            s.add(FearRatingRow(item_id=item.id, fear=item.fear))
        touch_workbook(s, workbook_id)
        return item


def remove_item(store: Database, workbook_id: str, item_id: str) -> FearItem:
    """Take an item out (kept as a tombstone with its attempts, so undo brings all back)."""
    with store.transaction() as s:
        h, rows = _hierarchy(s, workbook_id)
        removed = h.remove(item_id)
        rows[item_id].deleted_at = utcnow()
        _edited(rows[item_id])
        _write_ranks(h, rows)
        touch_workbook(s, workbook_id)
        return removed


def restore_item(store: Database, workbook_id: str, item: FearItem) -> FearItem:
    """Undo :func:`remove_item`: the item returns at its old rank, the others shift."""
    with store.transaction() as s:
        row = s.get(FearItemRow, item.id)
        if row is None or row.workbook_id != workbook_id:
            raise NotFound(what="fear_item")
        h, rows = _hierarchy(s, workbook_id)
        restored = h.insert(item)
        row.deleted_at, row.placed_at = None, utcnow()
        _edited(row)
        rows[row.id] = row
        _write_ranks(h, rows)
        touch_workbook(s, workbook_id)
        return restored


def _reorder(store: Database, workbook_id: str, change: Callable[[FearHierarchy], object]) -> list[str]:
    """Apply ``change`` to the hierarchy's order and write the new ranks; returns the previous
    order of ids (for undo)."""
    with store.transaction() as s:
        h, rows = _hierarchy(s, workbook_id)
        before = [i.id for i in h.items]
        change(h)
        _write_ranks(h, rows)
        touch_workbook(s, workbook_id)
        return before


def move_item(store: Database, workbook_id: str, item_id: str, new_rank: int) -> list[str]:
    """Move an item to ``new_rank``; returns the previous order of ids (for undo)."""
    return _reorder(store, workbook_id, lambda h: h.move(item_id, new_rank))


def set_order(store: Database, workbook_id: str, ids: list[str]) -> list[str]:
    """Put the items in exactly this order; returns the previous order."""
    return _reorder(store, workbook_id, lambda h: h.set_order(list(ids)))


def order_by_fear(store: Database, workbook_id: str) -> list[str]:
    """Rank by fear rating (least first); returns the previous order."""
    return _reorder(store, workbook_id, FearHierarchy.order_by_fear)


def rate_item(store: Database, workbook_id: str, item_id: str, fear: int | None) -> FearItem:
    """Give an item a new fear rating; the earlier ratings stay in the history."""
    with store.transaction() as s:
        h, rows = _hierarchy(s, workbook_id)
        item = h.rate(item_id, fear)
        row = rows[item_id]
        if row.fear != item.fear:
            row.fear = item.fear
            _edited(row)
            if item.fear is not None:
                s.add(FearRatingRow(item_id=item_id, fear=item.fear))
        touch_workbook(s, workbook_id)
        return item


def update_item(store: Database, workbook_id: str, item_id: str, *, label: str | None = None,
                note: str | None = None) -> FearItem:
    """Change the words of an item (its label and/or note)."""
    with store.transaction() as s:
        h, rows = _hierarchy(s, workbook_id)
        item = h.get(item_id)
        if label is not None:
            item = h.relabel(item_id, label)
        if note is not None:
            item = h.set_note(item_id, note)
        row = rows[item_id]
        if (row.label, row.note) != (item.label, item.note):
            row.label, row.note = item.label, item.note
            _edited(row)
        touch_workbook(s, workbook_id)
        return item


def set_mastered(store: Database, workbook_id: str, item_id: str, mastered: bool = True) -> FearItem:
    with store.transaction() as s:
        h, rows = _hierarchy(s, workbook_id)
        item = h.mark_mastered(item_id, mastered)
        row = rows[item_id]
        if row.mastered != item.mastered:
            row.mastered = item.mastered
            row.mastered_at = utcnow() if item.mastered else None
            _edited(row)
        touch_workbook(s, workbook_id)
        return item


def rating_history(store: Database, item_id: str) -> list[Rating]:
    with store.transaction() as s:
        rows = s.scalars(select(FearRatingRow).where(FearRatingRow.item_id == item_id)
                         .order_by(FearRatingRow.rated_at)).all()
        return [Rating(r.rated_at, r.fear) for r in rows]


def rating_changes(store: Database, workbook_id: str) -> dict[str, RatingChange]:
    """The latest re-rating of each live item that has been rated at least twice."""
    with store.transaction() as s:
        rows = s.execute(
            select(FearRatingRow.item_id, FearRatingRow.rated_at, FearRatingRow.fear)
            .join(FearItemRow, FearItemRow.id == FearRatingRow.item_id)
            .where(FearItemRow.workbook_id == workbook_id, FearItemRow.deleted_at.is_(None))
        ).all()
    history: dict[str, list[Rating]] = {}
    for item_id, when, fear in rows:
        history.setdefault(item_id, []).append(Rating(when, fear))
    changes = {item_id: last_change(ratings) for item_id, ratings in history.items()}
    return {k: v for k, v in changes.items() if v is not None}


# ----- attempts -----------------------------------------------------------------------------
def list_attempts(store: Database, workbook_id: str, item_id: str | None = None,
                  limit: int | None = None, offset: int = 0) -> list[Attempt]:
    """Live attempts, newest first (of one item, or of the whole hierarchy; ``limit`` of them
    after skipping the newest ``offset``)."""
    with store.transaction() as s:
        stmt = (select(ExposureAttemptRow)
                .join(FearItemRow, FearItemRow.id == ExposureAttemptRow.item_id)
                .where(ExposureAttemptRow.workbook_id == workbook_id,
                       ExposureAttemptRow.deleted_at.is_(None),
                       FearItemRow.deleted_at.is_(None))
                .order_by(ExposureAttemptRow.happened_at.desc()))
        if item_id is not None:
            stmt = stmt.where(ExposureAttemptRow.item_id == item_id)
        if limit is not None:
            stmt = stmt.limit(limit).offset(offset)
        return [_attempt(r) for r in s.scalars(stmt)]


def count_attempts(store: Database, workbook_id: str, item_id: str) -> int:
    with store.transaction() as s:
        count = s.scalar(select(func.count()).select_from(ExposureAttemptRow).where(
            ExposureAttemptRow.workbook_id == workbook_id, ExposureAttemptRow.item_id == item_id,
            ExposureAttemptRow.deleted_at.is_(None)))
        return int(count or 0)


def save_attempt(store: Database, workbook_id: str, attempt: Attempt) -> Attempt:
    """Create or update an attempt (planned first, completed later). Bad ratings are refused."""
    clean = validate_attempt(attempt)
    with store.transaction() as s:
        _live_item_row(s, workbook_id, clean.item_id)
        row = s.get(ExposureAttemptRow, clean.id) if clean.id else None
        if row is None:
            row = ExposureAttemptRow(id=clean.id or new_id(), workbook_id=workbook_id)
            s.add(row)
        elif row.workbook_id != workbook_id:
            raise NotFound(what="attempt")
        row.item_id = clean.item_id
        row.happened_at = clean.when
        row.expectation, row.learned, row.note = clean.expectation, clean.learned, clean.note
        row.expected_fear, row.expected_pain = clean.expected_fear, clean.expected_pain
        row.actual_fear, row.actual_pain = clean.actual_fear, clean.actual_pain
        row.outcome = clean.outcome
        row.deleted_at = None
        s.flush()
        touch_workbook(s, workbook_id)
        return _attempt(row)


def delete_attempt(store: Database, workbook_id: str, attempt_id: str) -> Attempt:
    with store.transaction() as s:
        row = s.get(ExposureAttemptRow, attempt_id)
        if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
            raise NotFound(what="attempt")
        row.deleted_at = utcnow()
        touch_workbook(s, workbook_id)
        return _attempt(row)


def get_attempt(store: Database, workbook_id: str, attempt_id: str) -> Attempt | None:
    """A live attempt of this workbook, or None (a new one, or deleted in the meantime)."""
    with store.transaction() as s:
        row = s.get(ExposureAttemptRow, attempt_id) if attempt_id else None
        if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
            return None
        return _attempt(row)


# ----- the home page ------------------------------------------------------------------------
def summary(store: Database, workbook_id: str, now: datetime) -> ExposureSummary:
    """Where the person is (for the home page), as the domain sums it up: the current step and
    this week's attempts (fetched from :func:`week_query_start`, counted by the domain)."""
    with store.transaction() as s:
        h, _rows = _hierarchy(s, workbook_id)
        rows = s.scalars(select(ExposureAttemptRow).join(
            FearItemRow, FearItemRow.id == ExposureAttemptRow.item_id).where(
            ExposureAttemptRow.workbook_id == workbook_id, FearItemRow.deleted_at.is_(None),
            ExposureAttemptRow.deleted_at.is_(None),
            ExposureAttemptRow.happened_at >= week_query_start(now))).all()
        return summarize(h, [_attempt(r) for r in rows], now)
