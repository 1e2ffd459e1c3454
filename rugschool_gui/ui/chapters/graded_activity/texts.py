"""Words of the graded activity chapter on screen: units, amounts, counts, chart labels.

The sentences the screen and the PDF share come from ``wording/graded_activity.py`` (in the
screen's language); this module writes numbers the way the person's language does (26,7 in
Dutch). The home page imports it before the first paint, so the domain module is imported
inside the functions that need it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from ....wording import graded_activity as wording
from ....wording.graded_activity import words


def chapter_title() -> str:
    return words("title")


def unit_name(unit: str) -> str:
    """The unit as a choice in the form: "minuten", "herhalingen", "meter"."""
    return wording.unit_name(unit)


def unit_suffix(unit: str) -> str:
    """The short unit after a number in a spin box: " min", " herhalingen", " m"."""
    return wording.unit_suffix(unit)


def number(value: float, decimals: int = 1) -> str:
    """A number as the person's language writes it: 26,7 in Dutch, 26.7 in English (up to
    ``decimals`` places, trailing zeros dropped: 6,25 and 6,5)."""
    from ....domain.graded_activity_reading import round_half_up

    locale = QLocale()
    value = round_half_up(float(value), decimals)
    if value.is_integer():
        return locale.toString(int(value))
    text = locale.toString(value, "f", decimals)
    return text.rstrip("0") if locale.decimalPoint() in text else text


def amount(value: float, unit: str) -> str:
    """An amount the way a person reads it: whole minutes, repetitions or metres ("24 min")."""
    from ....domain.graded_activity_reading import display_amount

    shown = display_amount(value)
    return QLocale().toString(shown) + wording.unit_suffix(unit, value=shown)


def level(value: float, unit: str, baseline: float | None = None) -> str:
    """A planned level or quota as the person reads it (``domain.graded_activity_reading.shown_level``):
    whole units, never at the baseline when below it, one decimal under one unit."""
    from ....domain.graded_activity_reading import shown_level

    shown = shown_level(value, baseline)
    return number(shown) + wording.unit_suffix(unit, value=shown)


def exact_amount(value: float, unit: str) -> str:
    """An amount with one decimal where it has one (the baseline calculation)."""
    return number(value) + unit_suffix(unit)


def increment(value: float, unit: str) -> str:
    """The weekly increment, exact to two places so it adds up: 6,25 min (never 6,2)."""
    from ....domain.graded_activity_reading import INCREMENT_DECIMALS

    return number(value, INCREMENT_DECIMALS) + unit_suffix(unit)


def week_name(week: int) -> str:
    """Plan week ``week`` as read: "startweek", "week 1" … (``human_week``)."""
    from ....domain.graded_activity import human_week

    return wording.week_name(human_week(week))


def week_of(week: int, weeks: int) -> str:
    """ "week 3 van 8", or "startweek"."""
    from ....domain.graded_activity import human_week

    return wording.week_of(human_week(week), weeks)


def count_times(count: int) -> str:
    return wording.count_times(count)


def times(done: int, required: int) -> str:
    """ "2 van 3 keer" """
    return words("times", done=done, required=required)


def measurements_needed(count: int) -> str:
    return wording.measurements_needed(count)


def status_name(status: str) -> str:
    return wording.status_name(status)


def chart_label(key: str) -> str:
    return wording.chart_label(key)


def date_text(day: date, pattern: str = "d MMMM yyyy") -> str:
    """A day in the screen's language ("2 november 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
