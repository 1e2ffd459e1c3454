"""The words of a "Vandaag niet" on a reminder, kept in the workbook (issue #20).

A reminder for an exposure attempt, the stress check-in, a planned pacing activity or homework
that is declined asks what stood in the way (inside or outside yourself, WORKBOOK.md §5) and a few
words. Those words are health content: they are kept here, in the workbook, where the
psychologist sees them in the consultation brief, and never in the app's settings file (which
keeps only which reminder was declined today). Graded activity keeps them with its plan's
barriers instead (``storage/graded_activity.py``).

Why a table of its own and not a note on the attempt or activity: the words are about a
reminder, not about the attempt (whose note the patient writes about how it went), and the
check-in and homework have no planned row to hold them. One table also lets the brief show the
barriers of every kind together.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Index, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from ..domain.errors import NotFound
from ..domain.reminders import DeclinedReminder, validate_declined
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Database
from .workbooks import touch_workbook

#: the longest kind key (``domain.reminders.KINDS``)
KIND_LENGTH = 20


class DeclinedReminderRow(Row, Base):
    __tablename__ = "declined_reminder"

    workbook_id: Mapped[str] = workbook_fk()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    kind: Mapped[str] = mapped_column(String(KIND_LENGTH), nullable=False)
    barrier: Mapped[str] = mapped_column(String(8), nullable=False)  # inside / outside
    words: Mapped[str] = mapped_column(Text, default="", nullable=False)
    #: the planned attempt or activity it was about (no foreign key: it may be deleted later)
    item_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_declined_reminder_workbook", "workbook_id", "deleted_at", "day"),)


def _declined(r: DeclinedReminderRow) -> DeclinedReminder:
    return DeclinedReminder(r.id, r.day, r.kind, r.barrier, r.words, r.item_id)


def list_declined(db: Database, workbook_id: str, first: date | None = None,
                  last: date | None = None) -> list[DeclinedReminder]:
    """The declined reminders in use, oldest first; ``first``/``last``: only those days."""
    with db.transaction() as s:
        query = select(DeclinedReminderRow).where(DeclinedReminderRow.workbook_id == workbook_id,
                                                  DeclinedReminderRow.deleted_at.is_(None))
        if first is not None:
            query = query.where(DeclinedReminderRow.day >= first)
        if last is not None:
            query = query.where(DeclinedReminderRow.day <= last)
        rows = s.scalars(query.order_by(DeclinedReminderRow.day, DeclinedReminderRow.created_at))
        return [_declined(r) for r in rows]


def save_declined(db: Database, workbook_id: str, d: DeclinedReminder) -> DeclinedReminder:
    """Add one (``id`` None) or put one back as it was (an undo of its deletion, a redo)."""
    clean = validate_declined(d)
    with db.transaction() as s:
        if clean.id is None:
            row = DeclinedReminderRow(workbook_id=workbook_id)
            s.add(row)
        else:
            found = s.get(DeclinedReminderRow, clean.id)
            if found is None:
                row = DeclinedReminderRow(id=clean.id, workbook_id=workbook_id)
                s.add(row)
            elif found.workbook_id != workbook_id:
                raise NotFound(what=DeclinedReminderRow.__tablename__)
            else:
                row = found
            row.deleted_at = None
        row.day, row.kind, row.barrier, row.words, row.item_id = (
            clean.day, clean.kind, clean.barrier, clean.words, clean.item_id)
        s.flush()
        touch_workbook(s, workbook_id)
        return _declined(row)


def delete_declined(db: Database, workbook_id: str, declined_id: str) -> DeclinedReminder:
    with db.transaction() as s:
        row = s.get(DeclinedReminderRow, declined_id)
        if row is None or row.workbook_id != workbook_id or row.deleted_at is not None:
            raise NotFound(what=DeclinedReminderRow.__tablename__)
        row.deleted_at = utcnow()
        touch_workbook(s, workbook_id)
        return _declined(row)
