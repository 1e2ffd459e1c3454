"""Reading a long log a page at a time (issue #18): keyset pages and a log's span.

A log of 100,000 entries (check-ins, relaxation sessions, chains) is never read in one go by
the printout. A page is asked for *after* the last row of the page before — its values in the
log's order, ending with the row's id, so the order is total — not by ``OFFSET``, which makes
the database step over every earlier row again for each page. The condition is written out
("day < d, or day = d and id < i", with "day <= d" in front so an index on the day can start
there), which SQLite and PostgreSQL both read, and every value is bound with its column's type.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import ColumnElement, Select

T = TypeVar("T")
#: the order values of the last row of the page before (the log's order columns, id last)
Cursor = tuple[Any, ...]
#: rows a page holds at most (also below every database's limit on bound values in ``IN``)
MAX_PAGE = 500


@dataclass(frozen=True)
class Page(Generic[T]):
    """Entries in the log's order; ``after`` reads on from here (None: this was the last page)."""

    items: list[T] = field(default_factory=list)
    after: Cursor | None = None


@dataclass(frozen=True)
class Span:
    """How many entries a part of a log holds, and its first and last day (None when empty)."""

    count: int = 0
    first: date | None = None
    last: date | None = None


def beyond(order: Sequence[InstrumentedAttribute[Any]], cursor: Cursor, newest_first: bool) -> ColumnElement[bool]:
    """The rows that come after ``cursor`` in ``order`` (descending when ``newest_first``)."""
    options = []
    for i, column in enumerate(order):
        same = [order[j] == cursor[j] for j in range(i)]
        step = column < cursor[i] if newest_first else column > cursor[i]
        options.append(and_(*same, step))
    head = order[0] <= cursor[0] if newest_first else order[0] >= cursor[0]
    return and_(head, or_(*options))


def read_page(s: Session, stmt: Select[Any], order: Sequence[InstrumentedAttribute[Any]],
              after: Cursor | None, limit: int, *, newest_first: bool,
              convert: Callable[[Any], T]) -> Page[T]:
    """One page of ``stmt`` (a select of one mapped row class) after ``after``, at most ``limit``
    rows (1 … :data:`MAX_PAGE`), each made a domain value by ``convert``."""
    limit = max(1, min(limit, MAX_PAGE))
    if after is not None:
        stmt = stmt.where(beyond(order, after, newest_first))
    stmt = stmt.order_by(*(c.desc() if newest_first else c.asc() for c in order)).limit(limit)
    rows = list(s.scalars(stmt))
    last = tuple(getattr(rows[-1], c.key) for c in order) if len(rows) == limit else None
    return Page([convert(r) for r in rows], last)


def span(s: Session, day: InstrumentedAttribute[Any], *where: ColumnElement[bool]) -> Span:
    """Count, first and last day of the rows matching ``where`` (one query)."""
    count, first, last = s.execute(select(func.count(), func.min(day), func.max(day)).where(*where)).one()
    return Span(int(count or 0), first, last)
