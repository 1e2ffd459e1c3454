"""Reading many owners' rows at once (workbooks, plans), each owner from its own first day."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import Select, String, and_, column, false, values
from sqlalchemy.orm import QueryableAttribute

Ts = TypeVarTuple("Ts")

#: first days this close together share one lower bound: a few weeks of extra rows cost less
#: than a table of owners and their days (~15–25 ms to build for 200 workbooks)
SHARED_BOUND = timedelta(weeks=8)


def from_each(stmt: Select[*Ts], owner: QueryableAttribute[str], day: QueryableAttribute[Any],
              firsts: Mapping[str, Any]) -> Select[*Ts]:
    """``stmt`` limited to the rows of the owners in ``firsts`` (owner id → its first day or
    moment), from about that day on: the caller still compares each row with its owner's day.

    Usually the days are close together (the last consultations of a practice's patients) and
    one lower bound serves all. When they lie far apart (an archived workbook whose last
    consultation was years ago), a bound shared by all would read years of every workbook's
    rows (one such workbook made the overview's full read fetch 7× as many rows), and ``OR``-ed
    bounds per owner make SQLite scan the whole table. The owners and their days are then a
    small table (``VALUES``) joined to ``stmt``: each owner's rows are sought from its own day
    in the (owner, day) index."""
    if not firsts:
        return stmt.where(false())
    earliest, latest = min(firsts.values()), max(firsts.values())
    if latest - earliest <= SHARED_BOUND:
        return stmt.where(owner.in_(list(firsts)), day >= earliest)
    table = values(column("owner", String), column("first", day.type), name="firsts").data(
        sorted(firsts.items())).cte("firsts")
    return stmt.join(table, and_(table.c.owner == owner, day >= table.c.first))
