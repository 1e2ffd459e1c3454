"""How much history a filled-in PDF prints: the recent weeks in full, older entries counted.

Five years of daily check-ins would make a 130-page handout nobody reads (and a slow one). By
default each log prints its last ``HISTORY_WEEKS`` weeks and one line saying how many older
entries there are and since when; "Ook oudere notities" in the PDF dialog prints everything.
Charts draw the latest ``CHART_ENTRIES`` entries (denser is unreadable on paper, and slow).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from ..domain.charts import RECENT_ENTRIES
from ..wording import numbered
from .texts import long_date, pick

#: weeks of every log a filled-in PDF prints in full unless all history is asked for (issue #10)
HISTORY_WEEKS = 12
#: entries a chart on paper draws at most, unless all history is asked for (the screen's rule too)
CHART_ENTRIES = RECENT_ENTRIES

TEXTS = {
    "nl": {"older": "Daarvoor nog %1 eerdere notities, van %2 tot %3. Ze staan in de app; kies bij het "
                    "afdrukken „Ook oudere notities” om ze allemaal op papier te zetten.",
           "older_one": "Daarvoor nog één eerdere notitie, van %2. Ze staat in de app; kies bij het "
                        "afdrukken „Ook oudere notities” om ze op papier te zetten."},
    "en": {"older": "Before that, %1 earlier entries, from %2 to %3. They are in the app; choose "
                    "“Include older entries” when printing to put them all on paper.",
           "older_one": "Before that, one earlier entry, from %2. It is in the app; choose "
                        "“Include older entries” when printing to put it on paper."},
}


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


def older_note(older: list, day_of: Callable, lang: str) -> list:
    """One small line about the entries left out, or nothing when none were."""
    if not older:
        return []
    from .styles import para  # reportlab only when printing; the constants above stay cheap

    t = pick(TEXTS, lang)
    days = sorted(_day(day_of(i)) for i in older)
    text = t["older"] if len(older) > 1 else t["older_one"]
    return [para(numbered(text, len(older), long_date(days[0], lang), long_date(days[-1], lang)), "small")]
