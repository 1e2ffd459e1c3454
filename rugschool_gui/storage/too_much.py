"""Doing too much: tables and repository functions (WORKBOOK.md §2, all but the pacing planner).

Ticked causes are dated rows (unticking leaves a tombstone, so undo and a later comparison
work). A stress check-in is one row per day with its signals; saving a check-in for a day that
has one edits that day's signals in place (a signal no longer ticked becomes a tombstone, one
ticked again comes back), and clearing the day leaves tombstones — so a handed-over workbook
carries every correction and deletion (issue #17). A reflection answer is one row per question
per day: typing on another day starts a new answer and the earlier ones are the history; an
emptied answer is a tombstone too. "One per day" (one per moment, one outlet) holds among the
rows in use: a tombstone and a new row of the same day may live side by side.

Each function opens its own transaction, or joins the one an operation has open
(``operations/too_much.py``): a user action is one transaction however many it calls.
Relaxation sessions and assertive situations are in :mod:`.too_much_practice`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..domain.errors import DomainError
from ..domain.text import clean_label
from ..domain.too_much import (
    CAUSES,
    CHAPTER,
    MAX_LABEL_LENGTH,
    OWN_CAUSE,
    Answer,
    CheckIn,
    SignalEntry,
    check_cause,
    check_question,
    merge_checkin,
    validate_checkin,
    week_start,
    week_summary,
)
from ..domain.too_much_outlet import Outlet, Substitute, check_gains, validate_substitute
from .base import Base, Row, UTCDateTime, utcnow, workbook_fk
from .db import Store
from .rows import first_to_reuse, live_rows, owned, reuse_order, tombstone, upsert

# relaxation and assertive situations are in .too_much_practice; these three are still read from here
# by ui/chapters/too_much/relax_tab.py (through running.repo()) and tests/*/test_relax*
from .workbooks import touch_workbook

#: the rows in use: "one per day" (one outlet, …) holds among these
LIVE = text("deleted_at IS NULL")


class CauseTickRow(Row, Base):
    __tablename__ = "cause_tick"

    workbook_id: Mapped[str] = workbook_fk()
    cause: Mapped[str] = mapped_column(String(30), nullable=False)  # a CAUSES key or "own"
    own_label: Mapped[str] = mapped_column(String(MAX_LABEL_LENGTH), default="", nullable=False)
    ticked_on: Mapped[date] = mapped_column(Date, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_cause_tick_workbook", "workbook_id", "deleted_at"),)


class OwnSignalRow(Row, Base):
    __tablename__ = "stress_own_signal"

    workbook_id: Mapped[str] = workbook_fk()
    label: Mapped[str] = mapped_column(String(MAX_LABEL_LENGTH), nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_stress_own_signal_workbook", "workbook_id"),)


class CheckInRow(Row, Base):
    __tablename__ = "stress_checkin"

    workbook_id: Mapped[str] = workbook_fk()
    day: Mapped[date] = mapped_column(Date, nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("uq_stress_checkin_day", "workbook_id", "day", unique=True, sqlite_where=LIVE),
                      Index("ix_stress_checkin_day", "day", "workbook_id"))  # the overview's weeks


class SignalRow(Row, Base):
    __tablename__ = "stress_signal"

    checkin_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("stress_checkin.id", ondelete="CASCADE"), nullable=False, index=True)
    signal: Mapped[str] = mapped_column(String(50), nullable=False)
    intensity: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AnswerRow(Row, Base):
    __tablename__ = "reflection_answer"

    workbook_id: Mapped[str] = workbook_fk()
    question: Mapped[str] = mapped_column(String(30), nullable=False)
    answered_on: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, default="", nullable=False)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("uq_reflection_answer_day", "workbook_id", "question", "answered_on", unique=True,
                            sqlite_where=LIVE),)


class OutletRow(Row, Base):
    __tablename__ = "outlet"

    workbook_id: Mapped[str] = workbook_fk()
    old_outlet: Mapped[str] = mapped_column(Text, default="", nullable=False)
    why: Mapped[str] = mapped_column(Text, default="", nullable=False)
    gains: Mapped[str] = mapped_column(String(200), default="", nullable=False)  # comma-separated keys
    chosen_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("uq_outlet_workbook", "workbook_id", unique=True, sqlite_where=LIVE),)


class SubstituteRow(Row, Base):
    __tablename__ = "outlet_substitute"

    workbook_id: Mapped[str] = workbook_fk()
    name: Mapped[str] = mapped_column(String(MAX_LABEL_LENGTH), nullable=False)
    tried: Mapped[str] = mapped_column(Text, default="", nullable=False)
    outcome: Mapped[str | None] = mapped_column(String(12), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (Index("ix_outlet_substitute_workbook", "workbook_id", "deleted_at"),)


# ----- causes -------------------------------------------------------------------------------
@dataclass(frozen=True)
class CauseTick:
    id: str
    cause: str  # a CAUSES key or "own"
    label: str  # the person's words for an own cause
    day: date


def list_cause_ticks(store: Store, workbook_id: str,
                     keys: tuple[str, ...] = (*CAUSES, OWN_CAUSE)) -> list[CauseTick]:
    """The ticked causes among ``keys`` (by default this chapter's), oldest first."""
    with store.transaction() as s:
        return [_tick(r) for r in live_rows(s, CauseTickRow, workbook_id, CauseTickRow.ticked_on, CauseTickRow.created_at)
                if r.cause in keys]


def _tick(r: CauseTickRow) -> CauseTick:
    return CauseTick(r.id, r.cause, r.own_label, r.ticked_on)


def get_cause_tick(store: Store, workbook_id: str, tick_id: str) -> CauseTick:
    with store.transaction() as s:
        return _tick(owned(s, CauseTickRow, workbook_id, tick_id))


def tick_cause(store: Store, workbook_id: str, cause: str, day: date, own_label: str = "",
               tick_id: str | None = None) -> CauseTick:
    """Tick a cause (again, with ``tick_id``: the same row back from its tombstone)."""
    label = check_cause(cause, own_label)
    with store.transaction() as s:
        row = upsert(s, CauseTickRow, workbook_id, tick_id)
        row.cause, row.own_label, row.ticked_on = cause, label, day
        s.flush()
        touch_workbook(s, workbook_id)
        return _tick(row)


def untick_cause(store: Store, workbook_id: str, tick_id: str) -> bool:
    return tombstone(store, CauseTickRow, workbook_id, tick_id)


# ----- stress signals -----------------------------------------------------------------------
def list_own_signals(store: Store, workbook_id: str) -> list[tuple[str, str]]:
    """The person's own signals as (key "own:<id>", label)."""
    with store.transaction() as s:
        return [(f"own:{r.id}", r.label) for r in live_rows(s, OwnSignalRow, workbook_id, OwnSignalRow.created_at)]


def add_own_signal(store: Store, workbook_id: str, label: str, signal_id: str | None = None) -> str:
    clean = clean_label(label, MAX_LABEL_LENGTH)
    with store.transaction() as s:
        row = upsert(s, OwnSignalRow, workbook_id, signal_id)
        row.label = clean
        s.flush()
        touch_workbook(s, workbook_id)
        return f"own:{row.id}"


def get_own_signal(store: Store, workbook_id: str, key: str) -> str:
    """The label of an own signal ("own:<id>")."""
    with store.transaction() as s:
        label: str = owned(s, OwnSignalRow, workbook_id, key.removeprefix("own:")).label
        return label


def remove_own_signal(store: Store, workbook_id: str, key: str) -> bool:
    return tombstone(store, OwnSignalRow, workbook_id, key.removeprefix("own:"))


def _checkin(s: Session, row: CheckInRow) -> CheckIn:
    signals = s.scalars(select(SignalRow).where(SignalRow.checkin_id == row.id, SignalRow.deleted_at.is_(None))
                        .order_by(SignalRow.created_at, SignalRow.id))
    return CheckIn(row.day, tuple(SignalEntry(r.signal, r.intensity, r.note) for r in signals), row.id)


def _day_row(s: Session, workbook_id: str, day: date) -> CheckInRow | None:
    found: CheckInRow | None = s.scalars(first_to_reuse(select(CheckInRow).where(
        CheckInRow.workbook_id == workbook_id, CheckInRow.day == day))).first()
    return found


def get_checkin(store: Store, workbook_id: str, day: date) -> CheckIn | None:
    with store.transaction() as s:
        row = _day_row(s, workbook_id, day)
        return _checkin(s, row) if row is not None and row.deleted_at is None else None


def list_checkins(store: Store, workbook_id: str, since: date | None = None) -> list[CheckIn]:
    """The check-ins (from ``since``), oldest first: two queries however many days there are."""
    with store.transaction() as s:
        days = select(CheckInRow.id, CheckInRow.day).where(CheckInRow.workbook_id == workbook_id,
                                                            CheckInRow.deleted_at.is_(None))
        if since is not None:
            days = days.where(CheckInRow.day >= since)
        rows = s.execute(days.order_by(CheckInRow.day)).all()
        signals: dict[str, list[SignalEntry]] = {checkin_id: [] for checkin_id, _day in rows}
        found = select(SignalRow.checkin_id, SignalRow.signal, SignalRow.intensity, SignalRow.note).join(
            CheckInRow, CheckInRow.id == SignalRow.checkin_id).where(
            CheckInRow.workbook_id == workbook_id, CheckInRow.deleted_at.is_(None), SignalRow.deleted_at.is_(None))
        if since is not None:
            found = found.where(CheckInRow.day >= since)
        for checkin_id, key, intensity, note in s.execute(found.order_by(SignalRow.created_at, SignalRow.id)):
            signals[checkin_id].append(SignalEntry(key, intensity, note))
        return [CheckIn(day, tuple(signals[checkin_id]), checkin_id) for checkin_id, day in rows]


def save_checkin(store: Store, workbook_id: str, checkin: CheckIn) -> CheckIn:
    """The check-in of ``checkin.day``: created, or (one per day) its signals edited in place — a
    corrected intensity changes the signal's row, an unticked signal becomes a tombstone, one
    ticked again comes back. The day's row is stamped whenever anything changed."""
    clean = validate_checkin(checkin)
    with store.transaction() as s:
        row = _day_row(s, workbook_id, clean.day)
        live = row if row is not None and row.deleted_at is None else None
        merged = merge_checkin(_checkin(s, live) if live is not None else None, clean)
        changed = row is None or row.deleted_at is not None
        if row is None:
            row = CheckInRow(workbook_id=workbook_id, day=clean.day)
            s.add(row)
            s.flush()
        row.deleted_at = None
        kept: dict[str, SignalRow] = {}
        for r in s.scalars(reuse_order(select(SignalRow).where(SignalRow.checkin_id == row.id))):
            kept.setdefault(r.signal, r)  # per key: the one in use, else the oldest tombstone
        wanted = {e.key: e for e in merged.signals}
        now = utcnow()
        for r in s.scalars(select(SignalRow).where(SignalRow.checkin_id == row.id, SignalRow.deleted_at.is_(None))):
            if r.signal not in wanted or kept[r.signal] is not r:
                r.deleted_at, changed = now, True
        for entry in merged.signals:
            signal = kept.get(entry.key)
            if signal is None:
                s.add(SignalRow(checkin_id=row.id, signal=entry.key, intensity=entry.intensity, note=entry.note))
                changed = True
            elif (signal.deleted_at, signal.intensity, signal.note) != (None, entry.intensity, entry.note):
                signal.deleted_at, signal.intensity, signal.note = None, entry.intensity, entry.note
                changed = True
        if changed:
            row.updated_at = now  # the day's row says the day changed (a hand-over compares it)
        s.flush()
        touch_workbook(s, workbook_id)
        return _checkin(s, row)


def delete_checkin(store: Store, workbook_id: str, day: date) -> None:
    """Clear the check-in of ``day``: it and its signals become tombstones (a handed-over copy
    learns of it; ticking the day again brings the same rows back)."""
    with store.transaction() as s:
        row = _day_row(s, workbook_id, day)
        if row is not None and row.deleted_at is None:
            now = utcnow()
            row.deleted_at = now
            for signal in s.scalars(select(SignalRow).where(SignalRow.checkin_id == row.id,
                                                            SignalRow.deleted_at.is_(None))):
                signal.deleted_at = now
        touch_workbook(s, workbook_id)


# ----- reflections --------------------------------------------------------------------------
def list_answers(store: Store, workbook_id: str, question: str, limit: int | None = None) -> list[Answer]:
    """A question's answers, newest first (the latest ``limit`` of them when given)."""
    check_question(question)
    with store.transaction() as s:
        rows = s.scalars(select(AnswerRow).where(AnswerRow.workbook_id == workbook_id, AnswerRow.question == question,
                                                 AnswerRow.deleted_at.is_(None))
                         .order_by(AnswerRow.answered_on.desc()).limit(limit))
        return [Answer(r.question, r.answered_on, r.text, r.id) for r in rows]


def save_answer(store: Store, workbook_id: str, question: str, day: date, text: str) -> Answer | None:
    """The answer of ``day`` (one per question per day); an emptied answer becomes a tombstone
    (typing again that day brings the same row back)."""
    check_question(question)
    text = (text or "").strip()
    with store.transaction() as s:
        row = s.scalars(first_to_reuse(select(AnswerRow).where(AnswerRow.workbook_id == workbook_id,
                                                       AnswerRow.question == question,
                                                       AnswerRow.answered_on == day))).first()
        if not text:
            if row is not None and row.deleted_at is None:
                row.deleted_at = utcnow()
                touch_workbook(s, workbook_id)
            return None
        if row is None:
            row = AnswerRow(workbook_id=workbook_id, question=question, answered_on=day)
            s.add(row)
        row.deleted_at = None
        if row.text != text:
            row.text = text
        s.flush()
        touch_workbook(s, workbook_id)
        return Answer(question, day, text, row.id)


# ----- outlet -------------------------------------------------------------------------------
def get_outlet(store: Store, workbook_id: str) -> Outlet:
    with store.transaction() as s:
        row = s.scalars(select(OutletRow).where(OutletRow.workbook_id == workbook_id,
                                                OutletRow.deleted_at.is_(None))).first()
        subs = tuple(_substitute(r) for r in live_rows(s, SubstituteRow, workbook_id, SubstituteRow.created_at))
        if row is None:
            return Outlet(substitutes=subs)
        chosen = row.chosen_id if any(x.id == row.chosen_id for x in subs) else None
        return Outlet(row.old_outlet, row.why, tuple(g for g in row.gains.split(",") if g), subs, chosen)


def save_outlet(store: Store, workbook_id: str, **fields: Any) -> Outlet:
    """Save any of ``old_outlet``, ``why``, ``gains``, ``chosen_id``."""
    unknown = set(fields) - {"old_outlet", "why", "gains", "chosen_id"}
    if unknown:
        raise DomainError(f"{CHAPTER}.unknown_field", fields=sorted(unknown))
    if "gains" in fields:
        fields["gains"] = ",".join(check_gains(fields["gains"]))
    with store.transaction() as s:
        row = s.scalars(first_to_reuse(select(OutletRow).where(OutletRow.workbook_id == workbook_id))).first()
        if row is None:
            row = OutletRow(workbook_id=workbook_id)
            s.add(row)
        row.deleted_at = None
        for name, value in fields.items():
            setattr(row, name, value.strip() if isinstance(value, str) and name != "gains" else value)
        touch_workbook(s, workbook_id)
    return get_outlet(store, workbook_id)


def _substitute(r: SubstituteRow) -> Substitute:
    return Substitute(r.id, r.name, r.tried, r.outcome)


def get_substitute(store: Store, workbook_id: str, sub_id: str) -> Substitute:
    with store.transaction() as s:
        return _substitute(owned(s, SubstituteRow, workbook_id, sub_id))


def save_substitute(store: Store, workbook_id: str, sub: Substitute) -> Substitute:
    clean = validate_substitute(sub)
    with store.transaction() as s:
        row = upsert(s, SubstituteRow, workbook_id, clean.id)
        row.name, row.tried, row.outcome = clean.name, clean.tried, clean.outcome
        s.flush()
        touch_workbook(s, workbook_id)
        return _substitute(row)


def delete_substitute(store: Store, workbook_id: str, sub_id: str) -> bool:
    return tombstone(store, SubstituteRow, workbook_id, sub_id)


# ----- the home page ------------------------------------------------------------------------
def summary(store: Store, workbook_id: str, today: date) -> tuple[int, str | None, int]:
    """(signals noted this week, the group that came up most, this chapter's causes ticked)."""
    with store.transaction():
        total, top = week_summary(list_checkins(store, workbook_id, since=week_start(today)), today)
        return total, top, len(list_cause_ticks(store, workbook_id))
