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


def number(value: float) -> str:
    """A number as the person's language writes it: 26,7 in Dutch, 26.7 in English."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


def amount(value: float, unit: str) -> str:
    """An amount the way a person reads it: whole minutes, repetitions or metres ("24 min")."""
    from ....domain.graded_activity import display_amount

    return QLocale().toString(display_amount(value)) + unit_suffix(unit)


def exact_amount(value: float, unit: str) -> str:
    """An amount with one decimal where it has one (the baseline calculation)."""
    return number(round(value, 1)) + unit_suffix(unit)


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
