"""The one way the screen writes a date, per language — the same as the paper's
(``export/texts.py``): "1 september 2026" / "1 September 2026" everywhere a date is read, the
month shortened ("1 sep") only on a chart's axis where room is short.

Qt's locale (set by ``ui.i18n``: Dutch-Belgium or English-UK) gives the month names; the
patterns are kept here so no page invents its own ("6/08/2026" beside "30 nov 2026").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

LONG = "d MMMM yyyy"  # 1 september 2026
DAY_MONTH = "d MMMM"  # 1 september (the year is said above it)
WEEKDAY = "dddd d MMMM yyyy"  # dinsdag 1 september 2026 (a day chosen in a form)
AXIS = "d MMM"  # 1 sep (a chart's axis)
AXIS_YEAR = "d MMM yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: date | datetime) -> date:
    return value.astimezone().date() if isinstance(value, datetime) else value


def long_date(day: date | datetime) -> str:
    """ "1 september 2026": every date a person reads on screen (a list, a table, a sentence)."""
    return QLocale().toString(qdate(_day(day)), LONG)


def day_month(day: date | datetime) -> str:
    """ "1 september": a date whose year is already said (the days of a shown week)."""
    return QLocale().toString(qdate(_day(day)), DAY_MONTH)


def weekday_date(day: date | datetime) -> str:
    """ "dinsdag 1 september 2026"."""
    return QLocale().toString(qdate(_day(day)), WEEKDAY)


def weekday_name(day: date | datetime) -> str:
    """ "dinsdag"."""
    return QLocale().toString(qdate(_day(day)), "dddd")


def axis_date(day: date | datetime, with_year: bool = False) -> str:
    """ "1 sep" on a chart's axis ("1 sep 2026" when the chart spans two years)."""
    return QLocale().toString(qdate(_day(day)), AXIS_YEAR if with_year else AXIS)


def axis_dates(days) -> Callable[[date], str]:
    """The axis-label function for a chart over ``days``: with the year when they span two."""
    with_year = len({_day(d).year for d in days}) > 1
    return lambda d: axis_date(d, with_year)


def moment(when: datetime) -> str:
    """A moment as local date and time: "24 november 2026 14:05" (an aware moment in UTC or any
    zone is shown in the computer's own time)."""
    local = when.astimezone() if when.tzinfo is not None else when
    return QLocale().toString(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)), f"{LONG} HH:mm")
