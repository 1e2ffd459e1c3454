"""How much history a filled-in PDF prints: the recent weeks in full, older entries counted.

Five years of daily check-ins would make a 130-page handout nobody reads (and a slow one). By
default each log prints its last ``HISTORY_WEEKS`` weeks and one line saying how many older
entries there are and since when (``Printout.older_note``); "Ook oudere notities" in the PDF
dialog prints everything, and the cover says so once.
Charts draw the latest ``CHART_ENTRIES`` entries (denser is unreadable on paper, and slow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from ..domain.charts import RECENT_ENTRIES

#: weeks of every log a filled-in PDF prints in full unless all history is asked for (issue #10)
HISTORY_WEEKS = 12
#: entries a chart on paper draws at most, unless all history is asked for (the screen's rule too)
CHART_ENTRIES = RECENT_ENTRIES

def since_for(today: date, full_history: bool) -> date | None:
    return None if full_history else today - timedelta(weeks=HISTORY_WEEKS)


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def split_recent(items: Iterable, day_of: Callable, since: date | None,
                 keep_latest: bool = False) -> tuple[list, list]:
    """``items`` on or after ``since`` (all when ``since`` is None), and the older ones, each in
    the order given. ``keep_latest``: when nothing is recent, the latest entry still shows."""
    items = list(items)
    if since is None:
        return items, []
    recent = [i for i in items if _day(day_of(i)) >= since]
    older = [i for i in items if _day(day_of(i)) < since]
    if keep_latest and not recent and older:
        latest = max(older, key=lambda i: _day(day_of(i)))
        recent = [latest]
        older = [i for i in older if i is not latest]
    return recent, older


def for_chart(items: list, since: date | None) -> list:
    """The entries a chart draws: the latest ``CHART_ENTRIES`` (all with full history)."""
    return list(items) if since is None else list(items)[-CHART_ENTRIES:]
