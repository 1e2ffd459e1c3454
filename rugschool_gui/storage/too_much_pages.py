"""The long logs of "doing too much" read a page at a time (issue #18): stress check-ins,
relaxation sessions and reflection answers, latest first, for a printout of every entry (see
``storage/paging.py``).

Check-ins go by (day, id) and answers by (day, id) — one per day (per question) among the rows in
use —, relaxation sessions by (day, moment written, id), the order the screen and
``too_much_practice.list_relaxation`` show them in.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql import ColumnElement

from ..domain.too_much import Answer, CheckIn, RelaxationSession, SignalEntry, check_question
from .db import Store
from .paging import Cursor, Page, Span, read_page, span
from .too_much import AnswerRow, CheckInRow, SignalRow
from .too_much_practice import RelaxationRow, relaxation_of

CHECKIN_ORDER = (CheckInRow.day, CheckInRow.id)
RELAXATION_ORDER = (RelaxationRow.day, RelaxationRow.created_at, RelaxationRow.id)
ANSWER_ORDER = (AnswerRow.answered_on, AnswerRow.id)


def _days(column: Any, since: date | None, before: date | None) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if since is not None:
        out.append(column >= since)
    if before is not None:
        out.append(column < before)
    return out


def _live_checkins(workbook_id: str, since: date | None, before: date | None) -> list[ColumnElement[bool]]:
    return [CheckInRow.workbook_id == workbook_id, CheckInRow.deleted_at.is_(None),
            *_days(CheckInRow.day, since, before)]


def checkin_span(store: Store, workbook_id: str, *, since: date | None = None,
                 before: date | None = None) -> Span:
    """How many check-ins there are (on or after ``since``, before ``before``), first and last day."""
    with store.transaction() as s:
        return span(s, CheckInRow.day, *_live_checkins(workbook_id, since, before))


def checkin_page(store: Store, workbook_id: str, *, after: Cursor | None = None, limit: int = 500,
                 since: date | None = None) -> Page[CheckIn]:
    """Up to ``limit`` check-ins with their signals, latest first, after the page that ended at
    ``after`` (from the latest when None); only days on or after ``since`` when given."""
    with store.transaction() as s:
        stmt = select(CheckInRow).where(*_live_checkins(workbook_id, since, None))
        page = read_page(s, stmt, CHECKIN_ORDER, after, limit, newest_first=True,
                         convert=lambda r: (r.id, r.day))
        ids = [checkin_id for checkin_id, _day in page.items]
        signals: dict[str, list[SignalEntry]] = {checkin_id: [] for checkin_id in ids}
        if ids:
            found = select(SignalRow.checkin_id, SignalRow.signal, SignalRow.intensity, SignalRow.note).where(
                SignalRow.checkin_id.in_(ids), SignalRow.deleted_at.is_(None))
            for checkin_id, key, intensity, note in s.execute(found.order_by(SignalRow.created_at, SignalRow.id)):
                signals[checkin_id].append(SignalEntry(key, intensity, note))
        return Page([CheckIn(day, tuple(signals[checkin_id]), checkin_id) for checkin_id, day in page.items],
                    page.after)


def _live_sessions(workbook_id: str, since: date | None, before: date | None) -> list[ColumnElement[bool]]:
    return [RelaxationRow.workbook_id == workbook_id, RelaxationRow.deleted_at.is_(None),
            *_days(RelaxationRow.day, since, before)]


def relaxation_span(store: Store, workbook_id: str, *, since: date | None = None,
                    before: date | None = None) -> Span:
    """How many relaxation sessions there are (on or after ``since``, before ``before``)."""
    with store.transaction() as s:
        return span(s, RelaxationRow.day, *_live_sessions(workbook_id, since, before))


def relaxation_log_page(store: Store, workbook_id: str, *, after: Cursor | None = None, limit: int = 500,
                        since: date | None = None) -> Page[RelaxationSession]:
    """Up to ``limit`` relaxation sessions, latest first, after the page that ended at ``after``."""
    with store.transaction() as s:
        stmt = select(RelaxationRow).where(*_live_sessions(workbook_id, since, None))
        return read_page(s, stmt, RELAXATION_ORDER, after, limit, newest_first=True, convert=relaxation_of)


def _live_answers(workbook_id: str, question: str, since: date | None,
                  before: date | None) -> list[ColumnElement[bool]]:
    check_question(question)
    return [AnswerRow.workbook_id == workbook_id, AnswerRow.question == question, AnswerRow.deleted_at.is_(None),
            *_days(AnswerRow.answered_on, since, before)]


def answer_span(store: Store, workbook_id: str, question: str, *, since: date | None = None,
                before: date | None = None) -> Span:
    """How many answers a reflection question has (on or after ``since``, before ``before``)."""
    with store.transaction() as s:
        return span(s, AnswerRow.answered_on, *_live_answers(workbook_id, question, since, before))


def answer_page(store: Store, workbook_id: str, question: str, *, after: Cursor | None = None, limit: int = 500,
                since: date | None = None) -> Page[Answer]:
    """Up to ``limit`` answers to ``question``, newest first (one a day), after ``after``."""
    with store.transaction() as s:
        stmt = select(AnswerRow).where(*_live_answers(workbook_id, question, since, None))
        return read_page(s, stmt, ANSWER_ORDER, after, limit, newest_first=True,
                         convert=lambda r: Answer(r.question, r.answered_on, r.text, r.id))
